// `bisect` cut short and run again, on the fake llama-bench: --minutes stops the step that is running
// when the time is up (its blocks kept in the store, nothing vouched for that was not called), and the
// same command resumes that step's experiment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeSeries, type SeriesStep } from '../helpers/fake-series.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { cli as runCli } from '../helpers/cli.ts';
import type { BisectResult } from '../../src/report/bisect.ts';
import { ExperimentStore } from '../../src/store/experiment-store.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-bisect-resume-'));
const cache = join(root, 'cache');
const model = join(root, 'tiny.gguf');
writeTinyModel(model);
const cli = (args: string[]) => runCli(args, { LLAMA_PERF_GATE_CACHE: cache }, { timeout: 900_000 });
const read = (out: string) => JSON.parse(readFileSync(join(out, 'bisect.json'), 'utf8')) as BisectResult;
const doc: SeriesStep = { kind: 'doc' };
const launchesOf = (id: string) => {
  const store = ExperimentStore.open(join(cache, 'experiments.sqlite'), { readOnly: true });
  try {
    return { launches: store.launches(id).length, finished: store.list().find((e) => e.id === id)!.finishedAt };
  } finally {
    store.close();
  }
};

test('--minutes: no step starts after the time is up, and the step running when it is up adds no block past it; the same command resumes that step', async () => {
  // No regression to find and 3% noise: the confirming step stays undecided for many blocks, each
  // launch spending real time (FAKE_REALTIME), so the time runs out inside it.
  const { repo, commits } = makeFakeSeries(join(root, 'minutes'), [doc, doc]);
  const out = join(root, 'out-minutes');
  const args = (minutes: string) => ['bisect', '--repo', repo, '--good', commits[0], '--bad', commits[2], '--model', model, '--workloads', 'tg128',
    '--threads', '1', '--env', 'FAKE_NOISE=0.03', '--env', 'FAKE_REALTIME=0.2', '--max-blocks', '40', '--seed', '5', '--out', out, '--minutes', minutes];

  // The time is up while the ends build: they are built (and kept), nothing is measured.
  const first = await cli(args('0.1'));
  assert.equal(first.code, 1, first.stderr);
  const none = read(out);
  assert.equal(none.outcome, 'incomplete');
  assert.deepEqual([none.steps.length, none.culprits, none.unresolved], [0, [], []]);
  assert.match(none.summary, /--minutes 0\.1 reached while building the ends: nothing was measured/);

  // The builds are reused; the confirming step is running when the 30 s are up and stops there.
  const cut = await cli(args('0.5'));
  assert.equal(cut.code, 1, cut.stderr);
  const r = read(out);
  assert.equal(r.steps.length, 1);
  const [step] = r.steps;
  assert.equal(step.cut, true, JSON.stringify(step));
  assert.notEqual(step.verdict, 'regression');
  assert.ok(step.counted_blocks < 40, `${step.counted_blocks} blocks`);
  // One block is ~1.5 s here: the step ended at the deadline, not at its own end (~60 s away).
  assert.ok(r.wall_seconds < 30 + 15, `wall ${r.wall_seconds} s`);
  assert.equal(r.outcome, 'incomplete');
  assert.deepEqual([r.culprits, r.unresolved], [[], []], 'nothing is vouched for that was not called');
  assert.match(r.budget.exhausted ?? '', /--minutes 0\.5 reached/);
  assert.match(cut.stdout, /--minutes 0\.5 reached while confirming [0-9a-f]{9} against [0-9a-f]{9} \(.*time ran out/);
  assert.equal(existsSync(join(step.out, 'step.json')), false, 'a cut step is not finished');
  const kept = launchesOf(step.experiment!);
  assert.equal(kept.finished, null, 'the experiment stays open in the store');
  assert.ok(kept.launches >= 2 * (step.counted_blocks + 1), `${kept.launches} launches stored`);

  // The same command: the step's experiment resumes where it stopped (its launches kept), and goes on.
  const again = await cli(args('0.5'));
  assert.equal(again.code, 1, again.stderr);
  assert.match(again.stderr, /resuming experiment/);
  const r2 = read(out);
  assert.equal(r2.steps[0].experiment, step.experiment);
  assert.ok(r2.steps[0].counted_blocks > step.counted_blocks, `${step.counted_blocks} → ${r2.steps[0].counted_blocks} blocks`);
  assert.ok(launchesOf(step.experiment!).launches > kept.launches);
});
