// IEEE 754 half precision (binary16): the f16 weights of the synthetic model and the fp16 scales of
// the quantized blocks. Round-to-nearest-even one way, an exact table the other.

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

/** IEEE half from float, round-to-nearest-even; enough for weights (no NaN payloads needed). */
export function f32ToF16Bits(value: number): number {
  f32Scratch[0] = value;
  const x = u32Scratch[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    if (rem > mid || (rem === mid && (half & 1))) half++;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (half & 1))) half++;
  return sign | half;
}

function decodeHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** Every half's float value: 256 KiB, built on first use. */
let table: Float32Array | undefined;
export function f16BitsToF32(h: number): number {
  if (!table) {
    table = new Float32Array(65536);
    for (let i = 0; i < 65536; i++) table[i] = decodeHalf(i);
  }
  return table[h & 0xffff];
}

/**
 * Rounds every value to the nearest half (ties to even), in place and still as floats: the f16
 * weights a quantized tensor is made from. Normal halves by rounding the float's bits to 10
 * mantissa bits; the rare rest (subnormal, overflow) through the exact conversion.
 */
export function roundToF16(vals: Float32Array): void {
  const bits = new Uint32Array(vals.buffer, vals.byteOffset, vals.length);
  for (let i = 0; i < bits.length; i++) {
    const x = bits[i];
    const exp = (x >>> 23) & 0xff;
    if (exp >= 113 && exp <= 141) {
      bits[i] = ((x + 0xfff + ((x >>> 13) & 1)) & ~0x1fff) >>> 0;
    } else {
      vals[i] = f16BitsToF32(f32ToF16Bits(vals[i]));
    }
  }
}
