// Reads a GGUF file's header: metadata and tensor infos (not the weights). Used to check that
// --model is a GGUF at all, that every tensor's data lies inside the file (a truncated download is
// refused up front, not by every launch), and to record what model a run used.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { UserError } from '../sys/errors.ts';

export interface GgufHeader {
  version: number;
  meta: Record<string, unknown>;
  tensors: { name: string; dims: number[]; type: number; offset: number }[];
  /** Bytes of the header: magic, metadata and tensor index (the weights follow, aligned). */
  headerBytes: number;
}

const HEADER_READ_LIMIT = 64 << 20; // metadata of real models (token lists) fits well inside this

export function readGgufHeader(path: string): GgufHeader {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new UserError(`model file ${path} cannot be opened: ${(e as Error).message}`, 'pass --model PATH to a .gguf file');
  }
  const buf = Buffer.alloc(HEADER_READ_LIMIT);
  const len = readSync(fd, buf, 0, buf.length, 0);
  const fileSize = fstatSync(fd).size;
  closeSync(fd);
  let p = 0;
  const need = (n: number) => {
    if (p + n > len) throw new UserError(`model file ${path} is truncated or its header exceeds ${HEADER_READ_LIMIT} bytes (at byte ${p})`);
  };
  const u32 = () => (need(4), (p += 4), buf.readUInt32LE(p - 4));
  const u64 = () => (need(8), (p += 8), Number(buf.readBigUInt64LE(p - 8)));
  const str = () => {
    const n = u64();
    need(n);
    p += n;
    return buf.toString('utf8', p - n, p);
  };
  const scalar = (t: number): unknown => {
    switch (t) {
      case 0: return (need(1), buf.readUInt8(p++));
      case 1: return (need(1), buf.readInt8(p++));
      case 2: return (need(2), (p += 2), buf.readUInt16LE(p - 2));
      case 3: return (need(2), (p += 2), buf.readInt16LE(p - 2));
      case 4: return u32();
      case 5: return (need(4), (p += 4), buf.readInt32LE(p - 4));
      case 6: return (need(4), (p += 4), buf.readFloatLE(p - 4));
      case 7: return (need(1), buf.readUInt8(p++) !== 0);
      case 8: return str();
      case 9: {
        const et = u32();
        const n = u64();
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) out.push(scalar(et));
        return out;
      }
      case 10: return u64();
      case 11: return (need(8), (p += 8), Number(buf.readBigInt64LE(p - 8)));
      case 12: return (need(8), (p += 8), buf.readDoubleLE(p - 8));
      default: throw new UserError(`model file ${path}: unknown GGUF value type ${t} at byte ${p}`);
    }
  };
  if (len < 4 || buf.readUInt32LE(0) !== 0x46554747) {
    throw new UserError(`model file ${path} is not a GGUF file (bad magic)`, 'llama-bench needs a .gguf model; `llama-perf-gate model --out model.gguf` writes a synthetic one');
  }
  p = 4;
  const version = u32();
  const nTensors = u64();
  const nMeta = u64();
  const meta: Record<string, unknown> = {};
  for (let i = 0; i < nMeta; i++) {
    const k = str();
    meta[k] = scalar(u32());
  }
  const tensors: GgufHeader['tensors'] = [];
  for (let i = 0; i < nTensors; i++) {
    const name = str();
    const nd = u32();
    const dims: number[] = [];
    for (let d = 0; d < nd; d++) dims.push(u64());
    tensors.push({ name, dims, type: u32(), offset: u64() });
  }
  checkTensorData(path, tensors, p, meta['general.alignment'], fileSize);
  return { version, meta, tensors, headerBytes: p };
}

/**
 * [weights per block, bytes per block] of the ggml types both llama.cpp and ik_llama.cpp number
 * alike (ggml.h, ids 0–30; above that the forks' ids differ): a tensor of another type is only
 * checked to start inside the file.
 */
const TYPE_SIZE: Record<number, [number, number]> = {
  0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
  10: [256, 84], 11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 15: [256, 292],
  16: [256, 66], 17: [256, 74], 18: [256, 98], 19: [256, 50], 20: [32, 18], 21: [256, 110], 22: [256, 82],
  23: [256, 136], 24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 29: [256, 56], 30: [1, 2],
};

/** Every tensor's data (after the header, aligned) must lie inside the file. */
function checkTensorData(path: string, tensors: GgufHeader['tensors'], headerEnd: number, alignMeta: unknown, fileSize: number): void {
  const align = typeof alignMeta === 'number' && alignMeta > 0 ? alignMeta : 32;
  const dataStart = Math.ceil(headerEnd / align) * align;
  for (const t of tensors) {
    const size = TYPE_SIZE[t.type];
    const bytes = size ? (t.dims.reduce((a, b) => a * b, 1) / size[0]) * size[1] : 1;
    const end = dataStart + t.offset + bytes;
    if (!(end <= fileSize)) {
      throw new UserError(
        `model file ${path} is truncated: tensor "${t.name}" ends at byte ${end}, but the file has ${fileSize} bytes`,
        'download or write it again (llama-perf-gate model --out model.gguf writes a synthetic one)',
      );
    }
  }
}
