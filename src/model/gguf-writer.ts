// Minimal GGUF v3 writer: metadata key/values, tensor infos, aligned tensor data.
// Only what the synthetic model needs (scalars, strings, f32/f16 tensors); data is streamed in chunks
// so a 100 MB model never sits in memory twice.
import { openSync, writeSync, closeSync } from 'node:fs';

const GGUF_MAGIC = 0x46554747; // "GGUF" little-endian
const GGUF_VERSION = 3;
export const GGUF_ALIGNMENT = 32;

// gguf_type
const T_UINT32 = 4;
const T_FLOAT32 = 6;
const T_STRING = 8;

export type MetaValue = { u32: number } | { f32: number } | { str: string };

export type TensorType = 'f32' | 'f16';
const GGML_TYPE: Record<TensorType, number> = { f32: 0, f16: 1 };
const ELEM_BYTES: Record<TensorType, number> = { f32: 4, f16: 2 };

export interface TensorSpec {
  name: string;
  /** ggml order: innermost (contiguous) dimension first. */
  dims: number[];
  type: TensorType;
  /** Fills `out` (Float32Array of `out.length` elements) with the values starting at element `offset`. */
  fill: (out: Float32Array, offset: number) => void;
}

class ByteSink {
  private chunks: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }
  pad(to: number): void {
    const rem = this.length % to;
    if (rem !== 0) this.push(Buffer.alloc(to - rem));
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export function tensorBytes(t: Pick<TensorSpec, 'dims' | 'type'>): number {
  return t.dims.reduce((a, b) => a * b, 1) * ELEM_BYTES[t.type];
}

const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;

/** IEEE half from float, round-to-nearest-even; enough for weights (no NaN payloads needed). */
export function f32ToF16Bits(value: number): number {
  f32Scratch[0] = value;
  const x = u32Scratch[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
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
const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

export function writeGguf(path: string, meta: [string, MetaValue][], tensors: TensorSpec[]): number {
  const head = new ByteSink();
  head.u32(GGUF_MAGIC);
  head.u32(GGUF_VERSION);
  head.u64(tensors.length);
  head.u64(meta.length);
  for (const [key, v] of meta) {
    head.str(key);
    if ('u32' in v) {
      head.u32(T_UINT32);
      head.u32(v.u32);
    } else if ('f32' in v) {
      head.u32(T_FLOAT32);
      head.f32(v.f32);
    } else {
      head.u32(T_STRING);
      head.str(v.str);
    }
  }
  let offset = 0;
  const offsets: number[] = [];
  for (const t of tensors) {
    head.str(t.name);
    head.u32(t.dims.length);
    for (const d of t.dims) head.u64(d);
    head.u32(GGML_TYPE[t.type]);
    head.u64(offset);
    offsets.push(offset);
    offset = alignUp(offset + tensorBytes(t), GGUF_ALIGNMENT);
  }
  head.pad(GGUF_ALIGNMENT);

  const fd = openSync(path, 'w');
  try {
    const h = head.bytes();
    writeSync(fd, h);
    let written = h.length;
    const CHUNK = 1 << 20; // elements per chunk
    const vals = new Float32Array(CHUNK);
    tensors.forEach((t, i) => {
      const start = h.length + offsets[i];
      if (written < start) written += writeSync(fd, Buffer.alloc(start - written));
      const n = t.dims.reduce((a, b) => a * b, 1);
      for (let done = 0; done < n; done += CHUNK) {
        const m = Math.min(CHUNK, n - done);
        const view = vals.subarray(0, m);
        t.fill(view, done);
        let buf: Buffer;
        if (t.type === 'f32') {
          buf = Buffer.from(view.buffer, view.byteOffset, m * 4);
        } else {
          const half = new Uint16Array(m);
          for (let k = 0; k < m; k++) half[k] = f32ToF16Bits(view[k]);
          buf = Buffer.from(half.buffer);
        }
        written += writeSync(fd, buf);
      }
    });
    return written;
  } finally {
    closeSync(fd);
  }
}
