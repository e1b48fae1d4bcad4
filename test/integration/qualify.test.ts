// Runner qualification through the real CLI on the fake llama-bench in its real-time mode
// (FAKE_REALTIME=1: the fake's libllama.so spends the modelled time in llama_decode, so the shim
// slows it for real; FAKE_NOISE shapes the spread). Thread CPU clocks, as in slowdown.test.ts, so
// other processes on a shared test machine cannot drown the effect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { readFingerprint } from '../../src/host/fingerprint.ts';
import { readQualifications } from '../../src/store/qualification.ts';
import type { Results } from '../../src/store/results.ts';
import { cli } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-qualify-int-'));
const cache = join(root, 'cache');
const env = { LLAMA_PERF_GATE_CACHE: cache, LPG_SLOWDOWN_CLOCK: 'thread' };
const model = writeTinyModel(join(root, 'tiny.gguf'));
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), { breakHead: true });
const realtime = ['FAKE_REALTIME=1', 'FAKE_CLOCK=cpu', 'FAKE_NOISE=0.005'].flatMap((x) => ['--base-env', x]);
const results = (dir: string): Results => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;

test('qualify: A/A′ of two separate builds is neutral, A/A+5% is called with an interval covering 1/1.05; stored, listed by history, quoted by the next report', async () => {
  const out = join(root, 'q');
  // 99.8% intervals at one look of 14 blocks (as slowdown.test.ts): both intervals cover the truth 99% of the time.
  const r = await cli(['qualify', '--repo', repo, '--base', 'base', '--model', model, '--workloads', 'pp64,tg8', '--threads', '1',
    '--seed', '3', '--alpha', '0.001', '--max-blocks', '14', '--looks', '14', '--slowdown', '0.05', '--out', out, ...realtime], env);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const aa = results(join(out, 'aa-prime'));
  assert.equal(aa.builds[0].commit, aa.builds[1].commit, 'one commit');
  assert.notEqual(aa.builds[0].binDir, aa.builds[1].binDir, 'two builds, two directories');
  assert.equal(aa.plan.variants[1].replica, 1);
  const inj = results(join(out, 'aa-k'));
  assert.equal(inj.builds[0].binDir, inj.builds[1].binDir, 'A/A+k: one build');
  assert.equal(inj.plan.variants[1].slowdown, 0.05);

  const [q] = readQualifications(cache, readFingerprint());
  assert.equal(q.status, 'qualified', q.reasons.join('; '));
  assert.equal(q.k, 0.05);
  assert.equal(q.identicalBuilds, true, 'two builds of one commit: the same machine code (RUNPATH and build-id aside)');
  assert.deepEqual(q.workloads.map((w) => w.workload), ['pp64', 'tg8']);
  for (const w of q.workloads) {
    assert.equal(w.aaPrime.verdict, 'neutral', `${w.workload} A/A′ ${w.aaPrime.ratio} [${w.aaPrime.ci}]`);
    assert.equal(w.injected.verdict, 'regression');
    assert.ok(w.injected.called && w.injected.covers, `${w.workload}: ${w.injected.ratio} [${w.injected.ci}] must cover ${1 / 1.05}`);
    assert.equal(w.injected.look, 14);
    assert.ok(w.mde !== null && w.mde > 0 && w.mde < 0.05, `MDE ${w.mde}`);
  }
  assert.match(r.stdout, /Runner qualification: ✅ qualified/);
  assert.match(r.stdout, /^\| pp64 \| [01]\.\d{3} \| \[/m); // the terminal table: the id as written (Markdown makes it a code span)

  const h = await cli(['history'], env);
  assert.equal(h.code, 0, h.stderr);
  assert.match(h.stdout, /Qualifications on this host \(oldest first\):\n.*qualified .*pp64 A\/A′ [01]\.\d{3} neutral, \+5\.0% → 0\.9\d\d called at 14/);

  // The next run on this host says what the runner has been shown to do, and what this run could detect.
  const ab = join(root, 'ab');
  const next = await cli(['run', '--repo', repo, '--base', 'base', '--head-name', 'again', '--model', model, '--workloads', 'tg8', '--threads', '1',
    '--max-blocks', '3', '--looks', '3', '--out', ab, ...realtime], env);
  assert.equal(next.code, 0, next.stderr);
  const report = readFileSync(join(ab, 'report.md'), 'utf8');
  assert.match(report, /Runner qualified today: A\/A′ neutral [01]\.\d{3} \\?\[[01]\.\d{3}, [01]\.\d{3}\\?\]; an injected 4\.8% slowdown was called a regression at 14 blocks \(measured 0\.9\d\d/);
  assert.doesNotMatch(report, /pp64: A\/A′/, 'only the workloads of the run');
  // Three blocks: the signed-rank test cannot reach α = 0.05 (2^-3 > α), so nothing is detectable.
  assert.match(report, /At the blocks measured this run could not detect any change of tg8 \(3 blocks\)/);
  assert.match(report, /`tg8`: .*; at 3 blocks this run could not detect any change\./);
});

test('a failed build is its own outcome: recorded as a failed attempt, exit 1, never quoted as a qualification', async () => {
  const out = join(root, 'broken');
  const r = await cli(['qualify', '--repo', repo, '--base', 'head', '--model', model, '--workloads', 'tg8', '--threads', '1',
    '--max-blocks', '3', '--out', out], env);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /Runner qualification: ❌ failed/);
  const all = readQualifications(cache, readFingerprint());
  const last = all[all.length - 1];
  assert.equal(last.status, 'failed');
  assert.match(last.reasons[0], /A\/A′: build of variant A/);
  assert.deepEqual(last.workloads, []);
});

test('qualify refuses flags that would make its B differ: one line, exit 2', async () => {
  const r = await cli(['qualify', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model], env);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /qualify makes its own B .*--head does not apply/);
  const k = await cli(['qualify', '--repo', repo, '--base', 'base', '--model', model, '--slowdown', '2'], env);
  assert.equal(k.code, 2, k.stderr);
  assert.match(k.stderr, /--slowdown/);
});
