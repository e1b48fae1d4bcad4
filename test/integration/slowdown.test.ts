// An injected slowdown of known size through the whole pipeline, on the fake llama-bench in its
// real-time mode (FAKE_REALTIME=1: the fake's libllama.so spends the modelled time in llama_decode,
// and the shim native/lpg-slowdown.c, LD_PRELOADed into B's processes, waits k times as long after
// each call). One build, A without and B with the shim: the run must find 1/(1+k). The fake and the
// shim keep time on the thread's CPU clock (FAKE_CLOCK=cpu, LPG_SLOWDOWN_CLOCK=thread): on a shared
// test machine other processes' share of the CPU would otherwise drown 5% (the monotonic clock of
// a real run is tested in test/fake-runner/realtime.test.ts and on real llama.cpp in test/e2e).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { cli } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-slowdown-int-'));
const env = { LLAMA_PERF_GATE_CACHE: join(root, 'cache'), LPG_SLOWDOWN_CLOCK: 'thread' };
const model = writeTinyModel(join(root, 'tiny.gguf'));
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
const bothEnv = (...kv: string[]): string[] => kv.flatMap((x) => ['--base-env', x, '--head-env', x]);
const run = (out: string, extra: string[]) => cli(['run', '--repo', repo, '--base', 'base', '--model', model, '--workloads', 'pp64,tg8',
  '--threads', '1', '--repetitions', '3', '--seed', '7', '--out', join(root, out),
  ...bothEnv('FAKE_REALTIME=1', 'FAKE_CLOCK=cpu', 'FAKE_NOISE=0.005'), ...extra], env);
const results = (out: string): Results => JSON.parse(readFileSync(join(root, out, 'results.json'), 'utf8')) as Results;

test('k = 0.05 on one build: a regression on every workload and depth point, each interval covering the true 1/1.05', async () => {
  // 99.8% intervals (α = 0.001) at one look after 14 blocks: five 90% intervals would all cover the
  // truth only 59% of the time; these do 99% of the time, and 14 blocks decide even after Holm over five.
  const r = await run('k5', ['--head-slowdown', '0.05', '--alpha', '0.001', '--max-blocks', '14', '--looks', '14', '--depth-sweep', '0,256', '--depth-gen', '8', ...bothEnv('FAKE_ROW_MS=20')]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /variant B \(head\): injected 5\.0% slowdown \(LD_PRELOAD shim\) in llama-bench and llama-batched-bench/);
  const res = results('k5');
  assert.equal(res.plan.variants[1].slowdown, 0.05);
  assert.equal(res.builds[0].commit, res.builds[1].commit);
  assert.equal(res.analysis?.verdict, 'regression', r.stdout);
  assert.deepEqual(res.analysis!.workloads.map((w) => w.name), ['pp64', 'tg8', 'sweep:tg@d0', 'sweep:tg@d256', 'sweep:pp@d256']);
  for (const w of res.analysis!.workloads) {
    assert.equal(w.verdict, 'regression', `${w.name}: ${w.reason}`);
    const [lo, hi] = w.ci!;
    assert.ok(lo <= 1 / 1.05 && 1 / 1.05 <= hi, `${w.name}: B/A ${w.ratio} [${lo}, ${hi}] must cover ${1 / 1.05}`);
  }
  const report = readFileSync(join(root, 'k5', 'report.md'), 'utf8');
  assert.match(report, /same build \+ injected 5\.0% slowdown \(LD\\?_PRELOAD shim\)/);
  assert.match(readFileSync(join(root, 'k5', 'report.html'), 'utf8'), /same build \+ injected 5\.0% slowdown \(LD_PRELOAD shim\)/);
});

test('k = 0: the shim loaded but waiting nothing is neutral', async () => {
  const r = await run('k0', ['--head-slowdown', '0', '--max-blocks', '12']);
  assert.equal(r.code, 0, r.stderr);
  const res = results('k0');
  assert.equal(res.plan.variants[1].slowdown, 0);
  assert.equal(res.analysis?.verdict, 'neutral', res.analysis?.workloads.map((w) => `${w.name} ${w.verdict} ${w.ratio} [${w.ci}]`).join('; '));
});

test('a build linking libllama statically: one line before any launch, exit 2', async () => {
  const r = await run('static', ['--max-blocks', '12', '--head-slowdown', '0.05', '--base-cmake=-DFAKE_STATIC_LLAMA=ON', '--head-cmake=-DFAKE_STATIC_LLAMA=ON']);
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.trim().split('\n').filter((l) => /cannot be shimmed/.test(l));
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /variant B \(head\) asks for an injected slowdown \(--head-slowdown 0\.05\), but its build cannot be shimmed: llama-bench links libllama statically/);
  const res = results('static');
  assert.equal(res.launches.length, 0, 'nothing launched');
  assert.match(res.stopReason, /cannot be shimmed/);
});

test('with an injected slowdown a regression does not stop the run: every workload is measured to its call', async () => {
  // The rule under test alone: k = 0 (nothing waited); B's generation at depth 2048 is 40% slower
  // (FAKE_DEPTH_SLOWDOWN), called at the first look, while 5% launch noise keeps the other points
  // open there. A PR run stops at that look (test/integration/family-stop.test.ts); a run that
  // injects a slowdown is a measurement of the runner, so it goes on to its last look.
  const knobs = ['FAKE_NOISE=0.05', 'FAKE_ROW_MS=5', `FAKE_SEED_FILE=${join(root, 'go-on.seq')}`]; // the same draws every run
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--model', model, '--workloads', 'tg16', '--depth-sweep', '0,2048', '--depth-gen', '16',
    '--threads', '1', '--max-blocks', '14', '--looks', '10,14', '--out', join(root, 'go-on'), '--head-slowdown', '0',
    ...knobs.flatMap((k) => ['--base-env', k]), ...[...knobs, 'FAKE_DEPTH_SLOWDOWN=0.2'].flatMap((k) => ['--head-env', k])], env, { timeout: 0 });
  assert.equal(r.code, 1, r.stderr);
  const res = results('go-on');
  assert.equal(res.analysis?.workloads.find((w) => w.name === 'sweep:tg@d2048')?.verdict, 'regression');
  assert.doesNotMatch(res.stopReason, /^regression called at/);
  // tg16 is measured to its own call: the look that decided it, or all 14 blocks while open.
  const tg = res.analysis!.workloads.find((w) => w.name === 'tg16')!;
  assert.equal(res.launches.filter((l) => l.variant === 'B' && l.workload === 'tg16' && !l.warmup).length, tg.look ?? 14, `${res.stopReason}; tg16 ${tg.verdict}`);
});
