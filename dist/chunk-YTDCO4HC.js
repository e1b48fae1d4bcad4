import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  replaceAtomically
} from "./chunk-VK5KJTMD.js";
import {
  TENSOR_TYPES,
  encodeTensorData,
  roundToF16
} from "./chunk-472GWJ2N.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/model/gguf-writer.ts
import { openSync, writeSync, closeSync } from "node:fs";
var GGUF_MAGIC = 1179993927;
var GGUF_VERSION = 3;
var GGUF_ALIGNMENT = 32;
var T_UINT32 = 4;
var T_FLOAT32 = 6;
var T_STRING = 8;
var ByteSink = class {
  chunks = [];
  length = 0;
  push(b) {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  u64(v) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s) {
    const bytes = Buffer.from(s, "utf8");
    this.u64(bytes.length);
    this.push(bytes);
  }
  pad(to) {
    const rem = this.length % to;
    if (rem !== 0) this.push(Buffer.alloc(to - rem));
  }
  bytes() {
    return Buffer.concat(this.chunks);
  }
};
function tensorBytes(t) {
  const { block, bytes } = TENSOR_TYPES[t.type];
  if (t.dims[0] % block !== 0) throw new Error(`${t.type} tensor rows must be a multiple of ${block} weights (got ${t.dims[0]})`);
  return t.dims.reduce((a, b) => a * b, 1) / block * bytes;
}
var alignUp = (n, a) => Math.ceil(n / a) * a;
function writeGguf(path, meta, tensors) {
  const head = new ByteSink();
  head.u32(GGUF_MAGIC);
  head.u32(GGUF_VERSION);
  head.u64(tensors.length);
  head.u64(meta.length);
  for (const [key, v] of meta) {
    head.str(key);
    if ("u32" in v) {
      head.u32(T_UINT32);
      head.u32(v.u32);
    } else if ("f32" in v) {
      head.u32(T_FLOAT32);
      head.f32(v.f32);
    } else {
      head.u32(T_STRING);
      head.str(v.str);
    }
  }
  let offset = 0;
  const offsets = [];
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
  return replaceAtomically(path, (tmp) => writeData(tmp, head.bytes(), tensors, offsets));
}
function writeData(path, h, tensors, offsets) {
  const fd = openSync(path, "w");
  try {
    writeAll(fd, h);
    let written = h.length;
    const CHUNK = 1 << 20;
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
function writeAll(fd, b) {
  for (let off = 0; off < b.length; ) off += writeSync(fd, b, off);
  return b.length;
}

// src/model/synthetic.ts
var DEFAULT_SHAPE = {
  embd: 384,
  layers: 6,
  ff: 1024,
  vocab: 32e3,
  heads: 6,
  kvHeads: 6,
  ctx: 8192,
  type: "f16",
  seed: 1
};
function outputType(t) {
  return t === "q4_0" ? "q8_0" : t;
}
var FILE_TYPE = { f32: 0, f16: 1, q4_0: 2, q8_0: 7 };
function checkShape(s) {
  for (const k of ["embd", "layers", "ff", "vocab", "heads", "kvHeads", "ctx"]) {
    if (!Number.isInteger(s[k]) || s[k] <= 0) {
      throw new UserError(`model shape: ${k} must be a positive integer (got ${s[k]})`, "example: --embd 384 --layers 6");
    }
  }
  if (s.embd % s.heads !== 0) throw new UserError(`model shape: embd ${s.embd} is not divisible by heads ${s.heads}`);
  if (s.heads % s.kvHeads !== 0) throw new UserError(`model shape: heads ${s.heads} is not divisible by kv-heads ${s.kvHeads}`);
  if (s.embd / s.heads % 2 !== 0) throw new UserError(`model shape: head size ${s.embd / s.heads} must be even (RoPE)`);
  const block = TENSOR_TYPES[s.type].block;
  for (const [k, flag] of [["embd", "--embd"], ["ff", "--ff"]]) {
    if (s[k] % block !== 0) {
      throw new UserError(
        `model shape: --type ${s.type} stores rows in blocks of ${block} weights, and ${flag} ${s[k]} is not a multiple of ${block}`,
        `example: --type ${s.type} --embd 384 --ff 1024 (or --type f16)`
      );
    }
  }
}
function parameterCount(s) {
  const kv = s.embd / s.heads * s.kvHeads;
  const perLayer = 2 * s.embd + 2 * s.embd * s.embd + 2 * s.embd * kv + 3 * s.embd * s.ff;
  return s.vocab * s.embd * (s.tied === false ? 2 : 1) + s.embd + s.layers * perLayer;
}
function uniformFill(seed, scale) {
  return (out, offset) => {
    let a = (seed ^ Math.imul(offset, 2654435761)) >>> 0;
    for (let i = 0; i < out.length; i++) {
      a = a + 1831565813 >>> 0;
      let t = a;
      t = Math.imul(t ^ t >>> 15, t | 1);
      t ^= t + Math.imul(t ^ t >>> 7, t | 61);
      out[i] = (((t ^ t >>> 14) >>> 0) / 4294967296 * 2 - 1) * scale;
    }
  };
}
var ones = (out) => out.fill(1);
function viaF16(fill) {
  return (out, offset) => {
    fill(out, offset);
    roundToF16(out);
  };
}
function writeSyntheticModel(path, s) {
  checkShape(s);
  const headDim = s.embd / s.heads;
  const kv = headDim * s.kvHeads;
  const tied = s.tied !== false;
  const a = 0.02 * Math.sqrt(3);
  let n = 0;
  const w = (name, dims, type = s.type) => {
    const fill = uniformFill(s.seed + n++, a);
    return { name, dims, type, fill: type === "f32" || type === "f16" ? fill : viaF16(fill) };
  };
  const norm = (name) => ({ name, dims: [s.embd], type: "f32", fill: ones });
  const tensors = [w("token_embd.weight", [s.embd, s.vocab], tied ? outputType(s.type) : s.type), norm("output_norm.weight")];
  if (!tied) tensors.push(w("output.weight", [s.embd, s.vocab], outputType(s.type)));
  for (let i = 0; i < s.layers; i++) {
    const p = `blk.${i}.`;
    tensors.push(
      norm(`${p}attn_norm.weight`),
      w(`${p}attn_q.weight`, [s.embd, s.embd]),
      w(`${p}attn_k.weight`, [s.embd, kv]),
      w(`${p}attn_v.weight`, [s.embd, kv]),
      w(`${p}attn_output.weight`, [s.embd, s.embd]),
      norm(`${p}ffn_norm.weight`),
      w(`${p}ffn_gate.weight`, [s.embd, s.ff]),
      w(`${p}ffn_up.weight`, [s.embd, s.ff]),
      w(`${p}ffn_down.weight`, [s.ff, s.embd])
    );
  }
  const params = parameterCount(s);
  const meta = [
    ["general.architecture", { str: "llama" }],
    ["general.name", { str: `llama-perf-gate synthetic ${(params / 1e6).toFixed(0)}M ${s.type}` }],
    ["general.file_type", { u32: FILE_TYPE[s.type] }],
    ["llama.context_length", { u32: s.ctx }],
    ["llama.embedding_length", { u32: s.embd }],
    ["llama.block_count", { u32: s.layers }],
    ["llama.feed_forward_length", { u32: s.ff }],
    ["llama.attention.head_count", { u32: s.heads }],
    ["llama.attention.head_count_kv", { u32: s.kvHeads }],
    ["llama.attention.layer_norm_rms_epsilon", { f32: 1e-5 }],
    ["llama.rope.dimension_count", { u32: headDim }],
    ["llama.rope.freq_base", { f32: s.ropeTheta ?? 1e4 }],
    ["llama.vocab_size", { u32: s.vocab }],
    ["tokenizer.ggml.model", { str: "no_vocab" }]
  ];
  return { bytes: writeGguf(path, meta, tensors), params };
}

export {
  DEFAULT_SHAPE,
  outputType,
  checkShape,
  writeSyntheticModel
};
