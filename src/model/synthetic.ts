// A synthetic llama-architecture GGUF that llama-bench accepts: no vocabulary ("no_vocab"), random
// weights (uniform, σ≈0.02), sizes chosen by the caller. Speed depends only on shapes, not on values,
// so this stands in for a real model in the demo and the tests without downloading one.
import type { MetaValue, TensorSpec } from './gguf-writer.ts';
import { writeGguf } from './gguf-writer.ts';
import { roundToF16 } from './half.ts';
import { TENSOR_TYPES, type TensorType } from './tensor-types.ts';
import { UserError } from '../sys/errors.ts';

export interface ModelShape {
  embd: number;
  layers: number;
  ff: number;
  vocab: number;
  heads: number;
  kvHeads: number;
  ctx: number;
  /** Weight type of the matrices (norms are always f32; see `outputType`). */
  type: TensorType;
  seed: number;
  /** RoPE base frequency (default 10000). */
  ropeTheta?: number;
  /** The output projection is the token embedding (no output.weight; default true). */
  tied?: boolean;
}

/** The demo's default: ~20M parameters, f16 — pp512 in well under a second on 2 cores. */
export const DEFAULT_SHAPE: ModelShape = {
  embd: 384, layers: 6, ff: 1024, vocab: 32000, heads: 6, kvHeads: 6, ctx: 8192, type: 'f16', seed: 1,
};

/**
 * The output projection's type. llama.cpp's quantize keeps it above Q4_0 by default (Q6_K, for the
 * token embedding too when tied: llama_tensor_get_type_impl in src/llama-quant.cpp); we write Q8_0,
 * the nearest type we encode, so the last matmul of every token costs about what it does in a real
 * Q4_0 file. Q8_0 stays Q8_0, as there.
 */
export function outputType(t: TensorType): TensorType {
  return t === 'q4_0' ? 'q8_0' : t;
}

/** llama_ftype of general.file_type (llama.h): ALL_F32, MOSTLY_F16, MOSTLY_Q4_0, MOSTLY_Q8_0. */
const FILE_TYPE: Record<TensorType, number> = { f32: 0, f16: 1, q4_0: 2, q8_0: 7 };

export function checkShape(s: ModelShape): void {
  for (const k of ['embd', 'layers', 'ff', 'vocab', 'heads', 'kvHeads', 'ctx'] as const) {
    if (!Number.isInteger(s[k]) || s[k] <= 0) {
      throw new UserError(`model shape: ${k} must be a positive integer (got ${s[k]})`, 'example: --embd 384 --layers 6');
    }
  }
  if (s.embd % s.heads !== 0) throw new UserError(`model shape: embd ${s.embd} is not divisible by heads ${s.heads}`);
  if (s.heads % s.kvHeads !== 0) throw new UserError(`model shape: heads ${s.heads} is not divisible by kv-heads ${s.kvHeads}`);
  if ((s.embd / s.heads) % 2 !== 0) throw new UserError(`model shape: head size ${s.embd / s.heads} must be even (RoPE)`);
  // A row (ggml's first dimension) is embd long in every matrix but ffn_down, where it is ff.
  const block = TENSOR_TYPES[s.type].block;
  for (const [k, flag] of [['embd', '--embd'], ['ff', '--ff']] as const) {
    if (s[k] % block !== 0) {
      throw new UserError(`model shape: --type ${s.type} stores rows in blocks of ${block} weights, and ${flag} ${s[k]} is not a multiple of ${block}`,
        `example: --type ${s.type} --embd 384 --ff 1024 (or --type f16)`);
    }
  }
}

export function parameterCount(s: ModelShape): number {
  const kv = (s.embd / s.heads) * s.kvHeads;
  const perLayer = 2 * s.embd + 2 * s.embd * s.embd + 2 * s.embd * kv + 3 * s.embd * s.ff;
  return s.vocab * s.embd * (s.tied === false ? 2 : 1) + s.embd + s.layers * perLayer;
}

/** mulberry32: tiny, seeded, good enough for weights. */
function uniformFill(seed: number, scale: number): (out: Float32Array, offset: number) => void {
  return (out, offset) => {
    let a = (seed ^ Math.imul(offset, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < out.length; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      out[i] = ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1) * scale;
    }
  };
}
const ones = (out: Float32Array) => out.fill(1);

/** Quantized tensors are made from the f16 weights, as llama-quantize makes them from an f16 file. */
function viaF16(fill: TensorSpec['fill']): TensorSpec['fill'] {
  return (out, offset) => {
    fill(out, offset);
    roundToF16(out);
  };
}

export function writeSyntheticModel(path: string, s: ModelShape): { bytes: number; params: number } {
  checkShape(s);
  const headDim = s.embd / s.heads;
  const kv = headDim * s.kvHeads;
  const tied = s.tied !== false;
  const a = 0.02 * Math.sqrt(3); // uniform[-a, a] has σ = 0.02
  let n = 0;
  const w = (name: string, dims: number[], type: TensorType = s.type): TensorSpec => {
    const fill = uniformFill(s.seed + n++, a);
    return { name, dims, type, fill: type === 'f32' || type === 'f16' ? fill : viaF16(fill) };
  };
  const norm = (name: string): TensorSpec => ({ name, dims: [s.embd], type: 'f32', fill: ones });

  const tensors: TensorSpec[] = [w('token_embd.weight', [s.embd, s.vocab], tied ? outputType(s.type) : s.type), norm('output_norm.weight')];
  if (!tied) tensors.push(w('output.weight', [s.embd, s.vocab], outputType(s.type)));
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
      w(`${p}ffn_down.weight`, [s.ff, s.embd]),
    );
  }
  const params = parameterCount(s);
  const meta: [string, MetaValue][] = [
    ['general.architecture', { str: 'llama' }],
    ['general.name', { str: `llama-perf-gate synthetic ${(params / 1e6).toFixed(0)}M ${s.type}` }],
    ['general.file_type', { u32: FILE_TYPE[s.type] }],
    ['llama.context_length', { u32: s.ctx }],
    ['llama.embedding_length', { u32: s.embd }],
    ['llama.block_count', { u32: s.layers }],
    ['llama.feed_forward_length', { u32: s.ff }],
    ['llama.attention.head_count', { u32: s.heads }],
    ['llama.attention.head_count_kv', { u32: s.kvHeads }],
    ['llama.attention.layer_norm_rms_epsilon', { f32: 1e-5 }],
    ['llama.rope.dimension_count', { u32: headDim }],
    ['llama.rope.freq_base', { f32: s.ropeTheta ?? 10000 }],
    ['llama.vocab_size', { u32: s.vocab }],
    ['tokenizer.ggml.model', { str: 'no_vocab' }],
  ];
  return { bytes: writeGguf(path, meta, tensors), params };
}
