// Minimal GGUF v3 writer: metadata key/values, tensor infos, aligned tensor data.
// Only what the synthetic model needs (scalars, strings, f32/f16/q8_0/q4_0 tensors); data is streamed
// in chunks of 1M weights, so writing an 8B model takes a few MiB beyond Node itself.
import { openSync, writeSync, closeSync } from 'node:fs';
import { TENSOR_TYPES, encodeTensorData, type TensorType } from './tensor-types.ts';
import { replaceAtomically } from '../sys/atomic-file.ts';

const GGUF_MAGIC = 0x46554747; // "GGUF" little-endian
const GGUF_VERSION = 3;
export const GGUF_ALIGNMENT = 32;

// gguf_type
const T_UINT32 = 4;
const T_FLOAT32 = 6;
const T_STRING = 8;

export type MetaValue = { u32: number } | { f32: number } | { str: string };

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
  const { block, bytes } = TENSOR_TYPES[t.type];
  if (t.dims[0] % block !== 0) throw new Error(`${t.type} tensor rows must be a multiple of ${block} weights (got ${t.dims[0]})`);
  return (t.dims.reduce((a, b) => a * b, 1) / block) * bytes;
}

const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;

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
    head.u32(TENSOR_TYPES[t.type].ggml);
    head.u64(offset);
    offsets.push(offset);
    offset = alignUp(offset + tensorBytes(t), GGUF_ALIGNMENT);
  }
  head.pad(GGUF_ALIGNMENT);

  // Whole or not at all: a full disk never leaves a truncated model that a later run would load.
  return replaceAtomically(path, (tmp) => writeData(tmp, head.bytes(), tensors, offsets));
}

function writeData(path: string, h: Uint8Array, tensors: TensorSpec[], offsets: number[]): number {
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, h);
    let written = h.length;
    const CHUNK = 1 << 20; // elements per chunk: a whole number of 32-weight blocks
    const vals = new Float32Array(CHUNK);
    tensors.forEach((t, i) => {
      const start = h.length + offsets[i];
      if (written < start) written += writeAll(fd, Buffer.alloc(start - written));
      const n = t.dims.reduce((a, b) => a * b, 1);
      for (let done = 0; done < n; done += CHUNK) {
        const m = Math.min(CHUNK, n - done);
        const view = vals.subarray(0, m);
        t.fill(view, done);
        written += writeAll(fd, encodeTensorData(t.type, view));
      }
    });
    return written;
  } finally {
    closeSync(fd);
  }
}

/** write(2) may write less than asked (a disk filling up): the rest is written or the error thrown. */
function writeAll(fd: number, b: Uint8Array): number {
  for (let off = 0; off < b.length; ) off += writeSync(fd, b, off);
  return b.length;
}
