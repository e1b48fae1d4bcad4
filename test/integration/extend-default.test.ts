// Extending is the default path (issue 19): a run that declared no horizon can be continued with
// `more` (the default horizon is twice --max-blocks), and its report says how far and how.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { cli as runCli } from '../helpers/cli.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';

test('run with no --horizon, then more: extended (3 → 6 blocks), the report names the room left and the exact next step', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lpg-extend-'));
  const model = join(root, 'tiny.gguf');
  writeTinyModel(model);
  const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
  const out = join(root, 'perf-out');
  const store = join(root, 'experiments.sqlite');
  const env = { LLAMA_PERF_GATE_CACHE: join(root, 'cache'), FAKE_NOISE: '0.15', FAKE_SEED: '3' };
  const run = await runCli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_SLOWDOWN=1.0', '--model', model,
    '--workloads', 'tg16', '--threads', '1', '--max-blocks', '3', '--out', out, '--store', store], env);
  const r = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  assert.equal(run.code, exitCodeFor(runOutcome(r.analysis!)), run.stderr); // inconclusive: the gate's on-inconclusive rule
  assert.equal(r.plan.horizon, 6, 'default horizon: twice --max-blocks');
  assert.equal(r.plan.spending, 'split');
  assert.equal(r.analysis?.verdict, 'inconclusive'); // 3 blocks can never decide (5 needed)
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /Up to 3 more blocks \(horizon 6\): `npx llama-perf-gate more --blocks 3`, or comment `\/perf more 3` on the PR/);
  const more = await runCli(['more', '--out', out, '--blocks', '3', '--store', store], env);
  assert.match(more.stderr, /: 3 → 6 blocks/);
  const r2 = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  assert.equal(more.code, exitCodeFor(runOutcome(r2.analysis!)), more.stderr);
  assert.ok(r2.launches.some((l) => l.block === 6), 'blocks 4..6 ran');
  if (r2.analysis?.verdict === 'inconclusive') assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /horizon of 6 blocks is reached/);
});
