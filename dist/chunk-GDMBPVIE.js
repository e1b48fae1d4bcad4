import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  TENSOR_TYPES
} from "./chunk-472GWJ2N.js";
import {
  PRESET_NAMES
} from "./chunk-BJGFYZ3G.js";
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
  mean,
  sampleStandardDeviation,
  quantileSorted,
  median,
  readGgufHeader,
  MAX_MODELS,
  presetEntry,
  parseModels,
  modelOf
};
