// The tensor types the synthetic model writes: their ggml type ids, block sizes and encoders.
// Q8_0 and Q4_0 follow ggml's reference quantizers (`quantize_row_q8_0_ref`,
// `quantize_row_q4_0_ref` in ggml/src/ggml-quants.c; the block structs in ggml/src/ggml-common.h,
// https://github.com/ggml-org/llama.cpp), so a file is what llama-quantize would make of the same
// f16 weights:
//   block_q8_0 (34 bytes per 32 weights): fp16 d = amax/127, then 32 int8 q = round(w/d); w ≈ q·d.
//   block_q4_0 (18 bytes per 32 weights): fp16 d = max/−8 (max: the weight of largest magnitude,
//     signed), then 16 bytes of 4-bit q = min(15, trunc(w/d + 8.5)); byte j holds weight j in its
//     low nibble and weight j+16 in its high nibble; w ≈ (q − 8)·d.
import { f32ToF16Bits } from './half.ts';

export type TensorType = 'f32' | 'f16' | 'q8_0' | 'q4_0';

interface TypeInfo {
  /** ggml_type id (ggml.h). */
  ggml: number;
  /** Weights per block; a row's length must be a multiple of it. */
  block: number;
  /** Bytes per block. */
  bytes: number;
}

export const TENSOR_TYPES: Record<TensorType, TypeInfo> = {
  f32: { ggml: 0, block: 1, bytes: 4 },
  f16: { ggml: 1, block: 1, bytes: 2 },
  q4_0: { ggml: 2, block: 32, bytes: 18 },
  q8_0: { ggml: 8, block: 32, bytes: 34 },
};

/** ggml's roundf: halves away from zero (Math.round rounds them up). */
const roundAway = (x: number) => (x < 0 ? -Math.round(-x) : Math.round(x));

/** `vals.length` weights (a multiple of 32) → Q8_0 blocks. */
export function encodeQ8_0(vals: Float32Array): Buffer {
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
    out[o] = h & 0xff;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 32; j++) out[o + 2 + j] = roundAway(Math.fround(vals[x + j] * id)) & 0xff;
  }
  return out;
}

/** `vals.length` weights (a multiple of 32) → Q4_0 blocks. */
export function encodeQ4_0(vals: Float32Array): Buffer {
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
    out[o] = h & 0xff;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 16; j++) {
      const lo = Math.min(15, Math.trunc(Math.fround(Math.fround(vals[x + j] * id) + 8.5)));
      const hi = Math.min(15, Math.trunc(Math.fround(Math.fround(vals[x + 16 + j] * id) + 8.5)));
      out[o + 2 + j] = lo | (hi << 4);
    }
  }
  return out;
}

/** `vals` as the bytes of `type` (for quantized types `vals.length` is a multiple of 32). */
export function encodeTensorData(type: TensorType, vals: Float32Array): Buffer {
  switch (type) {
    case 'f32':
      return Buffer.from(vals.buffer, vals.byteOffset, vals.length * 4);
    case 'f16': {
      const half = new Uint16Array(vals.length);
      for (let k = 0; k < vals.length; k++) half[k] = f32ToF16Bits(vals[k]);
      return Buffer.from(half.buffer);
    }
    case 'q8_0':
      return encodeQ8_0(vals);
    case 'q4_0':
      return encodeQ4_0(vals);
  }
}
