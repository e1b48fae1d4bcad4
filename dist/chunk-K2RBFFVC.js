import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  TENSOR_TYPES
} from "./chunk-472GWJ2N.js";
import {
  PRESET_NAMES
} from "./chunk-XFPE7NQW.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
  var besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
function sampleStandardDeviation(x) {
  var sampleVarianceX = sampleVariance(x);
  return Math.sqrt(sampleVarianceX);
}
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results = [];
    for (var i = 0; i < p.length; i++) {
      results[i] = quantileSorted(copy, p[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function median(x) {
  return +quantile(x, 0.5);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/stats/dist/special.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z2 = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < LANCZOS_G + 2; i++) s += LANCZOS[i] / (z2 + i);
  const t = z2 + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z2 + 0.5) * Math.log(t) - t + Math.log(s);
}
function logBeta(a, b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
var EPS = 1e-16;
var TINY = 1e-300;
function betaContinuedFraction(x, a, b) {
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e4; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
function incompleteBeta(x, a, b, y = 1 - x) {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(x, a, b) / a;
  return 1 - front * betaContinuedFraction(y, b, a) / b;
}
function upperIncompleteGamma(a, x) {
  if (x <= 0) return 1;
  const lfront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let sum2 = 1 / a;
    let term = sum2;
    for (let n = 1; n < 1e4; n++) {
      term *= x / (a + n);
      sum2 += term;
      if (Math.abs(term) < Math.abs(sum2) * EPS) break;
    }
    return 1 - sum2 * Math.exp(lfront);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(lfront) * h;
}

// src/stats/dist/normal.ts
function normCdf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const tail = 0.5 * upperIncompleteGamma(0.5, x * x / 2);
  return x < 0 ? tail : 1 - tail;
}
function normPdf(x) {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
var A = [
  2509.0809287301227,
  33430.57558358813,
  67265.7709270087,
  45921.95393154987,
  13731.69376550946,
  1971.5909503065513,
  133.14166789178438,
  3.3871328727963665
];
var B = [
  5226.495278852854,
  28729.085735721943,
  39307.89580009271,
  21213.794301586597,
  5394.196021424751,
  687.1870074920579,
  42.31333070160091,
  1
];
var C = [
  7745450142783414e-19,
  0.022723844989269184,
  0.2417807251774506,
  1.2704582524523684,
  3.6478483247632045,
  5.769497221460691,
  4.630337846156546,
  1.4234371107496835
];
var D = [
  10507500716444169e-25,
  5475938084995345e-19,
  0.015198666563616457,
  0.14810397642748008,
  0.6897673349851,
  1.6763848301838038,
  2.053191626637759,
  1
];
var E = [
  20103343992922881e-23,
  27115555687434876e-21,
  0.0012426609473880784,
  0.026532189526576124,
  0.29656057182850487,
  1.7848265399172913,
  5.463784911164114,
  6.657904643501103
];
var F = [
  20442631033899397e-31,
  1421511758316446e-22,
  18463183175100548e-21,
  7868691311456133e-19,
  0.014875361290850615,
  0.1369298809227358,
  0.599832206555888,
  1
];
function horner(c, x) {
  let s = c[0];
  for (let i = 1; i < c.length; i++) s = s * x + c[i];
  return s;
}
function normQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * horner(A, r2) / horner(B, r2);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const x = r <= 5 ? horner(C, r -= 1.6) / horner(D, r) : horner(E, r -= 5) / horner(F, r);
  return q < 0 ? -x : x;
}

// src/stats/dist/student-t.ts
function tCdf(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df === Infinity) return normCdf(t);
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5, y);
  return t < 0 ? tail : 1 - tail;
}
function tPdf(t, df) {
  return Math.exp(-((df + 1) / 2) * Math.log1p(t * t / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}
var quantiles = /* @__PURE__ */ new Map();
function tQuantile(p, df) {
  const key = `${p}|${df}`;
  let q = quantiles.get(key);
  if (q === void 0) {
    if (quantiles.size >= 1e5) quantiles.clear();
    quantiles.set(key, q = solveTQuantile(p, df));
  }
  return q;
}
function solveTQuantile(p, df) {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normQuantile(p);
  const lower = p < 0.5;
  const target = lower ? p : 1 - p;
  if (df === 1) {
    const v = -1 / Math.tan(Math.PI * target);
    return lower ? v : -v;
  }
  if (df === 2) {
    const exact = (2 * target - 1) / Math.sqrt(2 * target * (1 - target));
    return lower ? exact : -exact;
  }
  let lo = Math.min(-1, normQuantile(target) * 2);
  while (tCdf(lo, df) > target) lo *= 2;
  let hi = 0;
  const z2 = normQuantile(target);
  let t = z2 + (z2 * z2 * z2 + z2) / (4 * df);
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  const logTarget = Math.log(target);
  for (let i = 0; i < 200; i++) {
    const f = tCdf(t, df);
    if (f > target) hi = t;
    else lo = t;
    const step = (Math.log(f) - logTarget) * f / tPdf(t, df);
    let next = t - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) {
      t = next;
      break;
    }
    t = next;
  }
  return lower ? t : -t;
}
function welchDf(var1, n1, var2, n2) {
  const a = var1 / n1;
  const b = var2 / n2;
  if (a + b === 0) return n1 + n2 - 2;
  return (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
}

// src/stats/power.ts
var POWER = 0.8;
var CAP = 1e5;
function blocksNeeded(sigma, margin, alpha, estimate, paired) {
  const bound = Math.log1p(margin);
  const k = paired ? 1 : 2;
  const inside = Math.abs(estimate) < bound;
  const beta = inside ? (1 - POWER) / 2 : 1 - POWER;
  const delta = inside ? bound : Math.abs(estimate);
  if (!(sigma > 0)) return 2;
  let n = 2;
  for (let i = 0; i < 30; i++) {
    const df = Math.max(1, paired ? n - 1 : 2 * n - 2);
    const q = tQuantile(1 - alpha, df) + tQuantile(1 - beta, df);
    const next = Math.min(CAP, Math.max(2, Math.ceil(k * sigma * sigma * q * q / (delta * delta))));
    if (next === n) break;
    n = next;
  }
  return n;
}

// src/plan/models.ts
import { existsSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";

// src/model/gguf-reader.ts
import { openSync, readSync, closeSync, fstatSync } from "node:fs";
var HEADER_READ_LIMIT = 64 << 20;
function readGgufHeader(path) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw new UserError(`model file ${path} cannot be opened: ${e.message}`, "pass --model PATH to a .gguf file");
  }
  const buf = Buffer.alloc(HEADER_READ_LIMIT);
  const len = readSync(fd, buf, 0, buf.length, 0);
  const fileSize = fstatSync(fd).size;
  closeSync(fd);
  let p = 0;
  const need = (n) => {
    if (p + n > len) throw new UserError(`model file ${path} is truncated or its header exceeds ${HEADER_READ_LIMIT} bytes (at byte ${p})`);
  };
  const u32 = () => (need(4), p += 4, buf.readUInt32LE(p - 4));
  const u64 = () => (need(8), p += 8, Number(buf.readBigUInt64LE(p - 8)));
  const str = () => {
    const n = u64();
    need(n);
    p += n;
    return buf.toString("utf8", p - n, p);
  };
  const scalar = (t) => {
    switch (t) {
      case 0:
        return need(1), buf.readUInt8(p++);
      case 1:
        return need(1), buf.readInt8(p++);
      case 2:
        return need(2), p += 2, buf.readUInt16LE(p - 2);
      case 3:
        return need(2), p += 2, buf.readInt16LE(p - 2);
      case 4:
        return u32();
      case 5:
        return need(4), p += 4, buf.readInt32LE(p - 4);
      case 6:
        return need(4), p += 4, buf.readFloatLE(p - 4);
      case 7:
        return need(1), buf.readUInt8(p++) !== 0;
      case 8:
        return str();
      case 9: {
        const et = u32();
        const n = u64();
        const out = [];
        for (let i = 0; i < n; i++) out.push(scalar(et));
        return out;
      }
      case 10:
        return u64();
      case 11:
        return need(8), p += 8, Number(buf.readBigInt64LE(p - 8));
      case 12:
        return need(8), p += 8, buf.readDoubleLE(p - 8);
      default:
        throw new UserError(`model file ${path}: unknown GGUF value type ${t} at byte ${p}`);
    }
  };
  if (len < 4 || buf.readUInt32LE(0) !== 1179993927) {
    throw new UserError(`model file ${path} is not a GGUF file (bad magic)`, "llama-bench needs a .gguf model; `llama-perf-gate model --out model.gguf` writes a synthetic one");
  }
  p = 4;
  const version = u32();
  const nTensors = u64();
  const nMeta = u64();
  const meta = {};
  for (let i = 0; i < nMeta; i++) {
    const k = str();
    meta[k] = scalar(u32());
  }
  const tensors = [];
  for (let i = 0; i < nTensors; i++) {
    const name = str();
    const nd = u32();
    const dims = [];
    for (let d = 0; d < nd; d++) dims.push(u64());
    tensors.push({ name, dims, type: u32(), offset: u64() });
  }
  checkTensorData(path, tensors, p, meta["general.alignment"], fileSize);
  return { version, meta, tensors, headerBytes: p };
}
var TYPE_SIZE = {
  0: [1, 4],
  1: [1, 2],
  2: [32, 18],
  3: [32, 20],
  6: [32, 22],
  7: [32, 24],
  8: [32, 34],
  9: [32, 36],
  10: [256, 84],
  11: [256, 110],
  12: [256, 144],
  13: [256, 176],
  14: [256, 210],
  15: [256, 292],
  16: [256, 66],
  17: [256, 74],
  18: [256, 98],
  19: [256, 50],
  20: [32, 18],
  21: [256, 110],
  22: [256, 82],
  23: [256, 136],
  24: [1, 1],
  25: [1, 2],
  26: [1, 4],
  27: [1, 8],
  28: [1, 8],
  29: [256, 56],
  30: [1, 2]
};
function checkTensorData(path, tensors, headerEnd, alignMeta, fileSize) {
  const align = typeof alignMeta === "number" && alignMeta > 0 ? alignMeta : 32;
  const dataStart = Math.ceil(headerEnd / align) * align;
  for (const t of tensors) {
    const size = TYPE_SIZE[t.type];
    const bytes = size ? t.dims.reduce((a, b) => a * b, 1) / size[0] * size[1] : 1;
    const end = dataStart + t.offset + bytes;
    if (!(end <= fileSize)) {
      throw new UserError(
        `model file ${path} is truncated: tensor "${t.name}" ends at byte ${end}, but the file has ${fileSize} bytes`,
        "download or write it again (llama-perf-gate model --out model.gguf writes a synthetic one)"
      );
    }
  }
}

// src/plan/models.ts
var EXAMPLE = "example: --model tiny.gguf,big.gguf or --model tiny.gguf --model smollm2-135m:q8_0  (or: llama-perf-gate model --out model.gguf)";
var COMMA_RULE = "--model takes a value as one path when that file exists as written, otherwise as a comma-separated list";
function modelEntries(value) {
  if (!value.includes(",") || statSync(resolve(value), { throwIfNoEntry: false })?.isFile()) return [{ item: value.trim(), from: null }];
  return value.split(",").map((s) => s.trim()).filter(Boolean).map((item) => ({ item, from: value }));
}
var MAX_MODELS = 16;
function presetEntry(text) {
  const [name, type = "f16", ...rest] = text.split(":");
  if (rest.length || !PRESET_NAMES.includes(name) || !(type in TENSOR_TYPES)) return null;
  return { preset: name, type };
}
function presetPath(cacheDir, preset, type) {
  return join(cacheDir, "models", `preset-${preset}-${type}.gguf`);
}
function parseModels(values, cacheDir) {
  const entries = (typeof values === "string" ? [values] : values).flatMap(modelEntries).filter((e) => e.item !== "");
  const items = entries.map((e) => e.item);
  if (items.length === 0) throw new UserError("--model is empty", EXAMPLE);
  if (items.length > MAX_MODELS) throw new UserError(`--model lists ${items.length} models; at most ${MAX_MODELS}`, EXAMPLE);
  const out = entries.map(({ item, from }) => {
    const path = resolve(item);
    const preset = existsSync(path) ? null : presetEntry(item);
    if (preset) return { name: `${preset.preset}-${preset.type}`, path: presetPath(cacheDir, preset.preset, preset.type), preset };
    if (from !== null && !existsSync(path)) {
      throw new UserError(`--model ${item}: no such file or preset, split from "${from}" (${COMMA_RULE})`, "give a path with a comma as its own --model (the file must exist); several models: repeat --model or separate with commas");
    }
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`--model ${item} is a directory, not a GGUF file`, EXAMPLE);
    if (!existsSync(path) && /^[a-z0-9.-]+(:[a-z0-9_]+)?$/.test(item) && !item.endsWith(".gguf")) {
      throw new UserError(`--model ${item} is neither a file nor a preset (presets: ${PRESET_NAMES.join(", ")}, optionally :f16|f32|q8_0|q4_0)`, EXAMPLE);
    }
    readGgufHeader(path);
    return { name: basename(path).replace(/\.gguf$/i, ""), path };
  });
  const seen = /* @__PURE__ */ new Map();
  for (const m of out) {
    const had = seen.get(m.name);
    if (had !== void 0) throw new UserError(`--model lists two models named ${m.name} (${had} and ${m.path})`, "give each model a different file name");
    seen.set(m.name, m.path);
  }
  return out;
}
function modelOf(plan, w) {
  return plan.models.find((m) => m.name === w.model) ?? plan.models[0];
}

export {
  normCdf,
  normPdf,
  normQuantile,
  tCdf,
  tQuantile,
  welchDf,
  mean,
  sampleStandardDeviation,
  quantileSorted,
  median,
  blocksNeeded,
  readGgufHeader,
  MAX_MODELS,
  presetEntry,
  parseModels,
  modelOf
};
