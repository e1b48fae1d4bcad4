// --model a,b: the plan's models and the workloads per model; each rule its own test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromArgs } from '../../src/plan/from-args.ts';
import { labelWorkloads } from '../../src/plan/workload.ts';
import { presetPath } from '../../src/plan/models.ts';
import { depthGateIds, depthUnits } from '../../src/plan/depth-sweep.ts';
import { defaultCacheDir } from '../../src/sys/cache-dir.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { UserError } from '../../src/sys/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-plan-models-'));
const tiny = writeTinyModel(join(dir, 'tiny.gguf'));
const big = writeTinyModel(join(dir, 'big.gguf'), { layers: 2 });
const plan = (...extra: string[]) => planFromArgs(['--repo', dir, '--base', 'main', '--head', 'pr', '--out', join(dir, 'out'), ...extra]);

test('one model: ids, workloads and the plan as before (no model on the workloads)', () => {
  const p = plan('--model', tiny, '--workloads', 'pp512,tg128');
  assert.deepEqual(p.models, [{ name: 'tiny', path: tiny }]);
  assert.deepEqual(p.workloads.map((w) => [w.id, w.model]), [['pp512', undefined], ['tg128', undefined]]);
});

test('several models: every workload once per model, named model/test, NUMA and flavour labels kept', () => {
  const p = plan('--model', `${tiny},${big}`, '--workloads', 'pp512,tg64@d2048', '--numa', 'interleave');
  assert.deepEqual(p.models.map((m) => m.name), ['tiny', 'big']);
  assert.deepEqual(p.workloads.map((w) => w.id), ['tiny/pp512 [numa interleave]', 'tiny/tg64@d2048 [numa interleave]', 'big/pp512 [numa interleave]', 'big/tg64@d2048 [numa interleave]']);
  assert.deepEqual(p.workloads.map((w) => w.model), ['tiny', 'tiny', 'big', 'big']);
  assert.deepEqual(labelWorkloads(p.workloads, 'ik').map((w) => w.id).slice(2), ['big/pp512 [numa interleave]', 'big/tg64@pp2048 [numa interleave]']);
});

test('two entries with one name are one line naming both files', () => {
  mkdirSync(join(dir, 'other'), { recursive: true });
  const again = writeTinyModel(join(dir, 'other', 'tiny.gguf'));
  assert.throws(() => plan('--model', `${tiny},${again}`), (e: unknown) => e instanceof UserError && /--model lists two models named tiny/.test(e.message));
});

test('the depth sweep with several models: one unit per model in the blocks, each point named on its model; the emulated guest takes one model', () => {
  const p = plan('--model', `${tiny},${big}`, '--depth-sweep', '0,512', '--workloads', 'tg16');
  assert.deepEqual(depthUnits(p), [{ id: 'tiny/sweep', model: 'tiny' }, { id: 'big/sweep', model: 'big' }]);
  assert.deepEqual(depthGateIds(p, 'llama-batched-bench'), ['tiny/sweep:tg@d0', 'tiny/sweep:tg@d512', 'tiny/sweep:pp@d512', 'big/sweep:tg@d0', 'big/sweep:tg@d512', 'big/sweep:pp@d512']);
  // One model: the names as before.
  assert.deepEqual(depthGateIds(plan('--model', tiny, '--depth-sweep', '0,512'), 'llama-batched-bench'), ['sweep:tg@d0', 'sweep:tg@d512', 'sweep:pp@d512']);
  assert.throws(() => plan('--model', `llama-1b:q8_0,${tiny}`, '--depth-sweep', '0', '--numa-guest', '2'), (e: unknown) => e instanceof UserError
    && e.message === '--numa-guest with --depth-sweep takes one model; --model lists 2 (llama-1b-q8_0, tiny)' && e.hint === 'run the emulated guest on one model, e.g. --model llama-1b:q8_0');
});

test('a preset entry (NAME or NAME:TYPE) is a file in the cache named after it; a name that is neither file nor preset is one line', () => {
  const p = plan('--model', `${tiny},smollm2-135m:q8_0`);
  assert.deepEqual(p.models[1], { name: 'smollm2-135m-q8_0', path: presetPath(defaultCacheDir(), 'smollm2-135m', 'q8_0'), preset: { preset: 'smollm2-135m', type: 'q8_0' } });
  assert.equal(plan('--model', 'llama-1b').models[0].name, 'llama-1b-f16');
  assert.throws(() => plan('--model', 'llama-2b'), (e: unknown) => e instanceof UserError && /--model llama-2b is neither a file nor a preset/.test(e.message));
});

test('--model repeated: one model per flag, in order (not only the last)', () => {
  assert.deepEqual(plan('--model', tiny, '--model', big).models.map((m) => m.name), ['tiny', 'big']);
});

test('a value that is an existing file is one path, commas and all; other values split on commas', () => {
  const comma = writeTinyModel(join(dir, 'q8,v2.gguf'));
  assert.deepEqual(plan('--model', comma).models, [{ name: 'q8,v2', path: comma }]);
  assert.throws(() => plan('--model', `${big},${comma}`), (e: unknown) => e instanceof UserError && /--model .*\/q8: no such file or preset, split from/.test(e.message));
  assert.deepEqual(plan('--model', `${tiny},${big}`, '--model', comma).models.map((m) => m.name), ['tiny', 'big', 'q8,v2']);
});

test('a path that is missing because its value was split on a comma is one line naming the rule', () => {
  assert.throws(
    () => plan('--model', join(dir, 'q4,v9.gguf')),
    (e: unknown) => e instanceof UserError && e.message === `--model ${join(dir, 'q4')}: no such file or preset, split from "${join(dir, 'q4,v9.gguf')}" (--model takes a value as one path when that file exists as written, otherwise as a comma-separated list)`,
  );
});

test('a plan file gives the models as one string (comma-separated) or as a list (one model per item)', () => {
  const comma = writeTinyModel(join(dir, 'f16,v2.gguf'));
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify({ model: [tiny, comma] }));
  assert.deepEqual(plan('--plan', file).models.map((m) => m.name), ['tiny', 'f16,v2']);
  writeFileSync(file, JSON.stringify({ model: `${tiny},${big}` }));
  assert.deepEqual(plan('--plan', file).models.map((m) => m.name), ['tiny', 'big']);
});
