import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticModel, parameterCount, DEFAULT_SHAPE } from '../../src/model/synthetic.ts';
import { readGgufHeader } from '../../src/model/gguf-reader.ts';
import { GGUF_ALIGNMENT } from '../../src/model/gguf-writer.ts';
import { f32ToF16Bits } from '../../src/model/half.ts';
import { UserError } from '../../src/sys/errors.ts';

const tiny = { ...DEFAULT_SHAPE, embd: 64, layers: 2, ff: 128, vocab: 256, heads: 4, kvHeads: 2, ctx: 512 };

test('f32ToF16Bits matches IEEE half for known values', () => {
  assert.equal(f32ToF16Bits(1), 0x3c00);
  assert.equal(f32ToF16Bits(-2), 0xc000);
  assert.equal(f32ToF16Bits(0.1), 0x2e66);
  assert.equal(f32ToF16Bits(65504), 0x7bff);
  assert.equal(f32ToF16Bits(1e6), 0x7c00); // overflow → inf
  assert.equal(f32ToF16Bits(5.960464477539063e-8), 0x0001); // smallest subnormal
  assert.equal(f32ToF16Bits(0), 0);
});

test('synthetic model has the keys and tensors llama.cpp needs, in ggml dim order', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'lpg-model-')), 'm.gguf');
  const { bytes, params } = writeSyntheticModel(path, tiny);
  assert.equal(statSync(path).size, bytes);
  const h = readGgufHeader(path);
  assert.equal(h.version, 3);
  assert.equal(h.meta['general.architecture'], 'llama');
  assert.equal(h.meta['tokenizer.ggml.model'], 'no_vocab');
  assert.equal(h.meta['llama.vocab_size'], 256);
  assert.equal(h.meta['llama.attention.head_count_kv'], 2);
  assert.equal(h.meta['llama.rope.dimension_count'], 16);
  assert.ok(Math.abs((h.meta['llama.attention.layer_norm_rms_epsilon'] as number) - 1e-5) < 1e-9);
  assert.equal(h.tensors.length, 2 + 9 * tiny.layers);
  const byName = new Map(h.tensors.map((t) => [t.name, t]));
  assert.deepEqual(byName.get('token_embd.weight')?.dims, [64, 256]);
  assert.deepEqual(byName.get('blk.1.attn_k.weight')?.dims, [64, 32]); // kv = 16 * 2
  assert.deepEqual(byName.get('blk.0.ffn_down.weight')?.dims, [128, 64]);
  assert.equal(byName.get('blk.0.attn_norm.weight')?.type, 0); // norms f32
  assert.equal(byName.get('blk.0.attn_q.weight')?.type, 1); // matrices f16
  for (const t of h.tensors) assert.equal(t.offset % GGUF_ALIGNMENT, 0, t.name);
  const counted = h.tensors.reduce((a, t) => a + t.dims.reduce((x, y) => x * y, 1), 0);
  assert.equal(counted, params);
  assert.equal(params, parameterCount(tiny));
});

test('weights are random with sigma about 0.02 and reproducible by seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-model-'));
  writeSyntheticModel(join(dir, 'a.gguf'), { ...tiny, type: 'f32' });
  writeSyntheticModel(join(dir, 'b.gguf'), { ...tiny, type: 'f32' });
  writeSyntheticModel(join(dir, 'c.gguf'), { ...tiny, type: 'f32', seed: 2 });
  const a = readFileSync(join(dir, 'a.gguf'));
  assert.ok(a.equals(readFileSync(join(dir, 'b.gguf'))));
  assert.ok(!a.equals(readFileSync(join(dir, 'c.gguf'))));
  const h = readGgufHeader(join(dir, 'a.gguf'));
  const emb = h.tensors.find((t) => t.name === 'token_embd.weight')!;
  const dataStart = a.length - h.tensors.reduce((end, t) => Math.max(end, t.offset + t.dims.reduce((x, y) => x * y, 4)), 0);
  const vals = new Float32Array(a.buffer.slice(a.byteOffset + dataStart + emb.offset, a.byteOffset + dataStart + emb.offset + 4 * 4096));
  const mean = vals.reduce((s, v) => s + v, 0) / vals.length;
  const sd = Math.sqrt(vals.reduce((s, v) => s + (v - mean) ** 2, 0) / vals.length);
  assert.ok(Math.abs(sd - 0.02) < 0.002, `sd ${sd}`);
});

test('bad shapes and non-GGUF files are clear errors', () => {
  assert.throws(() => writeSyntheticModel('/nonexistent/x.gguf', { ...tiny, heads: 5 }), UserError);
  const p = join(mkdtempSync(join(tmpdir(), 'lpg-model-')), 'x.gguf');
  writeFileSync(p, 'not a model');
  assert.throws(() => readGgufHeader(p), /not a GGUF file/);
  assert.throws(() => readGgufHeader('/nonexistent.gguf'), /cannot be opened/);
});
