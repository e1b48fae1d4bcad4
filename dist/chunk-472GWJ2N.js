import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/model/half.ts
var f32Scratch = new Float32Array(1);
var u32Scratch = new Uint32Array(f32Scratch.buffer);
function f32ToF16Bits(value) {
  f32Scratch[0] = value;
  const x = u32Scratch[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  let mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 8388608;
    const shift = 14 - e;
    let half2 = mant >>> shift;
    const rem2 = mant & (1 << shift) - 1;
    const mid = 1 << shift - 1;
    if (rem2 > mid || rem2 === mid && half2 & 1) half2++;
    return sign | half2;
  }
  let half = e << 10 | mant >>> 13;
  const rem = mant & 8191;
  if (rem > 4096 || rem === 4096 && half & 1) half++;
  return sign | half;
}
function decodeHalf(h) {
  const sign = h & 32768 ? -1 : 1;
  const exp = h >>> 10 & 31;
  const mant = h & 1023;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}
var table;
function f16BitsToF32(h) {
  if (!table) {
    table = new Float32Array(65536);
    for (let i = 0; i < 65536; i++) table[i] = decodeHalf(i);
  }
  return table[h & 65535];
}
function roundToF16(vals) {
  const bits = new Uint32Array(vals.buffer, vals.byteOffset, vals.length);
  for (let i = 0; i < bits.length; i++) {
    const x = bits[i];
    const exp = x >>> 23 & 255;
    if (exp >= 113 && exp <= 141) {
      bits[i] = (x + 4095 + (x >>> 13 & 1) & ~8191) >>> 0;
    } else {
      vals[i] = f16BitsToF32(f32ToF16Bits(vals[i]));
    }
  }
}

// src/model/tensor-types.ts
var TENSOR_TYPES = {
  f32: { ggml: 0, block: 1, bytes: 4 },
  f16: { ggml: 1, block: 1, bytes: 2 },
  q4_0: { ggml: 2, block: 32, bytes: 18 },
  q8_0: { ggml: 8, block: 32, bytes: 34 }
};
var roundAway = (x) => x < 0 ? -Math.round(-x) : Math.round(x);
function encodeQ8_0(vals) {
  const nb = vals.length / 32;
  const out = Buffer.allocUnsafe(nb * 34);
  for (let b = 0; b < nb; b++) {
    const x = b * 32;
    let amax = 0;
    for (let j = 0; j < 32; j++) amax = Math.max(amax, Math.abs(vals[x + j]));
    const d = Math.fround(amax / 127);
    const id = d ? Math.fround(1 / d) : 0;
    const o = b * 34;
    const h = f32ToF16Bits(d);
    out[o] = h & 255;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 32; j++) out[o + 2 + j] = roundAway(Math.fround(vals[x + j] * id)) & 255;
  }
  return out;
}
function encodeQ4_0(vals) {
  const nb = vals.length / 32;
  const out = Buffer.allocUnsafe(nb * 18);
  for (let b = 0; b < nb; b++) {
    const x = b * 32;
    let amax = 0;
    let max = 0;
    for (let j = 0; j < 32; j++) {
      const v = vals[x + j];
      if (amax < Math.abs(v)) {
        amax = Math.abs(v);
        max = v;
      }
    }
    const d = Math.fround(max / -8);
    const id = d ? Math.fround(1 / d) : 0;
    const o = b * 18;
    const h = f32ToF16Bits(d);
    out[o] = h & 255;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 16; j++) {
      const lo = Math.min(15, Math.trunc(Math.fround(Math.fround(vals[x + j] * id) + 8.5)));
      const hi = Math.min(15, Math.trunc(Math.fround(Math.fround(vals[x + 16 + j] * id) + 8.5)));
      out[o + 2 + j] = lo | hi << 4;
    }
  }
  return out;
}
function encodeTensorData(type, vals) {
  switch (type) {
    case "f32":
      return Buffer.from(vals.buffer, vals.byteOffset, vals.length * 4);
    case "f16": {
      const half = new Uint16Array(vals.length);
      for (let k = 0; k < vals.length; k++) half[k] = f32ToF16Bits(vals[k]);
      return Buffer.from(half.buffer);
    }
    case "q8_0":
      return encodeQ8_0(vals);
    case "q4_0":
      return encodeQ4_0(vals);
  }
}

export {
  roundToF16,
  TENSOR_TYPES,
  encodeTensorData
};
