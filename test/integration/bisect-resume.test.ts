// `bisect` cut short and run again, on the fake llama-bench: --minutes stops the step that is running
// when the time is up (its blocks kept in the store, nothing vouched for that was not called), and the
// same command resumes that step's experiment; kill -9 mid-step, and the same command reuses the
// finished steps, resumes the cut one with its launches kept, and finds the culprit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeSeries, type SeriesStep } from '../helpers/fake-series.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { cli as runCli, startCli } from '../helpers/cli.ts';
import type { BisectResult } from '../../src/report/bisect.ts';
import { ExperimentStore } from '../../src/store/experiment-store.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-bisect-resume-'));
const cache = join(root, 'cache');
const model = join(root, 'tiny.gguf');
writeTinyModel(model);
const env = { LLAMA_PERF_GATE_CACHE: cache };
const cli = (args: string[]) => runCli(args, env, { timeout: 900_000 });
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
  // No regression to find and 3% noise: the confirming step stays undecided for many blocks (α 0.001:
  // a chance call on these A/A commits before the deadline, 1 run in ~10 at α 0.05, made it flaky), each
  // launch lasting 0.7 s (FAKE_LAUNCH_MS, its numbers untouched), so the time runs out inside it.
  const { repo, commits } = makeFakeSeries(join(root, 'minutes'), [doc, doc]);
  const out = join(root, 'out-minutes');
  const args = (minutes: string) => ['bisect', '--repo', repo, '--good', commits[0], '--bad', commits[2], '--model', model, '--workloads', 'tg128',
    '--threads', '1', '--env', 'FAKE_NOISE=0.03', '--env', 'FAKE_LAUNCH_MS=700', '--env', `FAKE_SEED_FILE=${out}.seq`, '--max-blocks', '40', '--alpha', '0.001', '--seed', '5', '--out', out, '--minutes', minutes];

  // The time (6 s) is up while the ends build: they are built (and kept), nothing is measured. On a
  // quiet machine with a warm compiler cache the builds can beat it and the confirming step has just
  // begun: then it is cut. Either way nothing is vouched for and nothing is guessed.
  const first = await cli(args('0.1'));
  assert.equal(first.code, 1, first.stderr);
  const none = read(out);
  assert.equal(none.outcome, 'incomplete');
  assert.deepEqual([none.culprits, none.unresolved], [[], []]);
  if (none.steps.length === 0) assert.match(none.summary, /--minutes 0\.1 reached while building the ends: nothing was measured/);
  else assert.deepEqual(none.steps.map((s) => s.cut), [true], JSON.stringify(none.steps));

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

  // The same command: the step's experiment resumes where it stopped (its launches kept), and goes on
  // (to its own end, neutral, or to the time again).
  const again = await cli(args('0.5'));
  assert.match(again.stderr, new RegExp(`resuming experiment ${step.experiment!.slice(0, 4)}… at block \\d+ of 40 \\(${kept.launches} launches stored`));
  const r2 = read(out);
  // Run to its own end, the A/A step is neutral (not a regression: exit 0) or, at α 0.001, may still be
  // inconclusive after its 40 blocks (incomplete: exit 1, nothing vouched for); cut again, incomplete.
  const done = !r2.steps[0].cut;
  if (done) assert.ok(r2.outcome === 'not-a-regression' || (r2.outcome === 'incomplete' && r2.steps[0].verdict === 'inconclusive' && r2.steps[0].counted_blocks === 40), r2.summary);
  assert.equal(again.code, done && r2.outcome === 'not-a-regression' ? 0 : 1, again.stderr);
  assert.equal(r2.steps[0].experiment, step.experiment);
  assert.ok(r2.steps[0].counted_blocks > step.counted_blocks, `${step.counted_blocks} → ${r2.steps[0].counted_blocks} blocks`);
  assert.ok(launchesOf(step.experiment!).launches > kept.launches);
});

test('kill -9 mid-step, the same command again: finished steps reused, the cut step resumed with its launches kept, the culprit found (every workload it slowed quoted)', async () => {
  const { repo, commits } = makeFakeSeries(join(root, 'kill'), [doc, { kind: 'slow', factor: 0.96 }, doc]);
  const out = join(root, 'out-kill');
  // Small noise: this checks resuming, not power. Launches that last (FAKE_LAUNCH_MS), so a step lasts long enough to be cut.
  const args = ['bisect', '--repo', repo, '--good', commits[0], '--bad', commits[3], '--model', model, '--workloads', 'tg128,pp64',
    '--threads', '1', '--env', 'FAKE_NOISE=0.005', '--env', 'FAKE_LAUNCH_MS=150', '--env', `FAKE_SEED_FILE=${out}.seq`, '--seed', '7', '--out', out];

  // 1. Killed (SIGKILL: no handler runs) a few blocks into the first probe's step, the confirming step finished.
  const run = startCli(args, env);
  const seen = await run.stderrMatch(/probe [0-9a-f]{9} vs [0-9a-f]{9}: measuring \(([^)]+)\)[\s\S]*?\[bench\] block 4\//);
  run.child.kill('SIGKILL');
  const killed = await run.done;
  assert.equal(killed.signal, 'SIGKILL');
  assert.match(killed.stderr, /confirm [0-9a-f]{9} vs [0-9a-f]{9}: regression/);
  const stepOut = /measuring \(([^)]+)\)/.exec(seen)![1];
  const cutId = (JSON.parse(readFileSync(join(stepOut, 'results.json'), 'utf8')) as { experiment: { id: string } }).experiment.id;
  const before = launchesOf(cutId);
  assert.equal(before.finished, null);
  assert.ok(before.launches > 0, 'the cut step has launches in the store');
  assert.equal(existsSync(join(stepOut, 'step.json')), false);

  // 2. The same command: the confirming step is reused, the cut step resumes its experiment, the culprit is found.
  const again = await cli(args);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /confirm [0-9a-f]{9} vs [0-9a-f]{9}: regression.*\(finished earlier: reused\)/);
  assert.match(again.stderr, new RegExp(`resuming experiment ${cutId.slice(0, 4)}… at block \\d+ of \\d+ \\(${before.launches} launches stored`));
  const r = read(out);
  assert.equal(r.outcome, 'culprits', r.summary);
  assert.deepEqual(r.culprits.map((c) => c.commit), [commits[2]]);
  const [c] = r.culprits;
  assert.equal(c.verified, true);
  assert.ok(r.steps.some((s) => s.experiment === cutId && s.role === 'probe' && !s.reused), 'the cut step finished in its own experiment');
  assert.ok(launchesOf(cutId).launches > before.launches);
  // The compiled-in slowdown slows both workloads: both regressed at the culprit's step, both quoted.
  assert.deepEqual(c.regressed.map((w) => w.name).sort(), ['pp64', 'tg128']);
  assert.ok(c.regressed.every((w) => w.ci![1] < 1), JSON.stringify(c.regressed));
  const other = c.regressed.find((w) => w.name !== c.workload)!;
  assert.match(again.stdout.trim().split('\n').at(-1)!, new RegExp(`^culprit: ${commits[2].slice(0, 9)} speed × 0\\.96  B/A 0\\.9\\d\\d \\[.*\\] \\(${c.workload}; ${other.name} B/A 0\\.9\\d\\d \\[.*\\]; verified\\)$`));
});
