// `llama-perf-gate model` with --preset and --type: the preset's shape, a flag beside it winning,
// and a shape the block types cannot store refused in one error line (exit 2) before any file exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufHeader } from '../../src/model/gguf-reader.ts';
import { MAIN } from '../helpers/cli.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [MAIN, 'model', ...args], { encoding: 'utf8' });

test('model --preset smollm2-135m --layers 1 --type q8_0: the preset shape, --layers overriding it', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'lpg-model-cli-')), 'm.gguf');
  const r = run('--out', out, '--preset', 'smollm2-135m', '--layers', '1', '--type', 'q8_0');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /wrote .*m\.gguf: 31\.9M parameters \(smollm2-135m shape\), q8_0, 32\.3 MiB/);
  const h = readGgufHeader(out);
  assert.deepEqual(
    ['embedding_length', 'block_count', 'feed_forward_length', 'attention.head_count', 'attention.head_count_kv', 'vocab_size', 'context_length', 'rope.freq_base'].map((k) => h.meta[`llama.${k}`]),
    [576, 1, 1536, 9, 3, 49152, 8192, 100000]);
  assert.ok(!h.tensors.some((t) => t.name === 'output.weight'), 'SmolLM2 ties its output to the embedding');
  assert.ok(h.tensors.filter((t) => t.name.endsWith('_norm.weight')).every((t) => t.type === 0));
  assert.ok(h.tensors.filter((t) => !t.name.endsWith('_norm.weight')).every((t) => t.type === 8));
});

test('model: a row length the block type cannot store is one error line and exit 2, no file written', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'lpg-model-cli-')), 'm.gguf');
  const r = run('--out', out, '--type', 'q4_0', '--embd', '400', '--heads', '4', '--kv-heads', '4');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^error: model shape: --type q4_0 stores rows in blocks of 32 weights, and --embd 400 is not a multiple of 32\nexample: --type q4_0 --embd 384 --ff 1024/);
  assert.equal(existsSync(out), false);
  const bad = run('--out', out, '--preset', 'llama-70b');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--preset/);
  assert.match(bad.stderr, /llama-8b/);
});
