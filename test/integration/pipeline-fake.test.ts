// The whole pipeline through the real CLI on the fake llama-bench: real git worktrees, real CMake
// builds, real processes, real parsing, real statistics and report — in seconds, not minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { cli as runCli } from '../helpers/cli.ts';
import { readProactiveReclaim, RECLAIM_MMAP_WARNING } from '../../src/host/damon.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-int-'));
const cache = join(root, 'cache');
const model = join(root, 'tiny.gguf');
writeTinyModel(model);

// Knobs of the fake llama-bench go through the plan (--base-env/--head-env): benchmark processes
// get an allowlisted environment, not this one (src/sys/child-env.ts).
const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { LLAMA_PERF_GATE_CACHE: cache, ...env });

/** The same env for both variants' processes (the tool passes only the plan's env to them). */
const bothEnv = (...kv: string[]): string[] => kv.flatMap((x) => ['--base-env', x, '--head-env', x]);

const results = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;

test('a 20% slower head is a regression on every workload and every depth of the sweep; every raw sample is kept', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'slow'), { headSlowdown: 0.8 });
  const out = join(root, 'out-slow');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model,
    '--workloads', 'pp512,tg128,tg128@d4096', '--threads', '2', '--max-blocks', '10', '--seed', '3', '--out', out,
    '--depth-sweep', '0,1024,2048', '--depth-gen', '16', ...bothEnv('FAKE_NOISE=0.01', 'FAKE_ROW_MS=60')]);
  assert.equal(r.code, 1, r.stderr); // a regression fails the command
  const res = results(out);
  assert.equal(res.analysis?.verdict, 'regression', r.stdout);
  const sweepIds = ['sweep:tg@d0', 'sweep:tg@d1024', 'sweep:pp@d1024', 'sweep:tg@d2048', 'sweep:pp@d2048'];
  assert.deepEqual(res.analysis!.workloads.map((w) => w.name), ['pp512', 'tg128', 'tg128@d4096', ...sweepIds]);
  for (const w of res.analysis!.workloads) {
    assert.equal(w.verdict, 'regression', `${w.name}: ${w.reason}`);
    assert.ok(w.ratio! > 0.75 && w.ratio! < 0.85, `${w.name} ratio ${w.ratio}`);
  }
  // warm-up block kept in results.json, left out of the analysis
  assert.ok(res.launches.some((l) => l.warmup));
  for (const v of ['A', 'B']) for (const w of ['pp512', 'tg128', 'tg128@d4096']) {
    const ls = res.launches.filter((l) => l.variant === v && l.workload === w && l.status === 'ok');
    assert.ok(ls.length >= 6, `${v} ${w}: ${ls.length} launches`);
    assert.equal(ls[0].records[0].samplesTs.length, 3); // -r 3
  }
  assert.ok(res.launches.every((l) => l.memory && l.memory.peakRssKiB > 0), 'memory measured per launch');
  // The sweep: one launch per variant per block, in the schedule with the workloads.
  assert.deepEqual(res.builds.map((b) => b.depthTool), ['llama-batched-bench', 'llama-batched-bench']);
  const depth = res.depthLaunches ?? [];
  const blocks = res.schedule.blocks.length;
  assert.equal(depth.length, 2 * blocks);
  for (const b of res.schedule.blocks) assert.deepEqual(b.order.filter((s) => s.workload === 'sweep').map((s) => s.variant).sort(), ['A', 'B']);
  assert.ok(depth.every((l) => l.status === 'ok' && l.points.length === 3 && l.ctx === 2048 + 512), JSON.stringify(depth.map((l) => l.error)));
  const n = res.analysis!.workloads.find((w) => w.name === 'sweep:tg@d0')!.n;
  assert.equal(n, blocks - 1, 'every counted block paired');
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /<!-- llama-perf-gate -->/);
  assert.match(r.stdout, /tg128@d4096/);
  assert.match(r.stderr, /\[bench\] .*block/);
  // A mapped model on a host whose DAMON pages out (this project's VM) is warned about in one line.
  assert.equal(r.stderr.includes(`warning: ${RECLAIM_MMAP_WARNING}`), readProactiveReclaim().active === true);
  assert.equal(res.host?.warnings.includes(RECLAIM_MMAP_WARNING), readProactiveReclaim().active === true);
});

test('depth sweep: S_TG per depth with repetitions; with LLAMA_KV_MMAP=1 only the KV pages reached are resident, heap KV all at once', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'depth'), {});
  const out = join(root, 'out-depth');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'LLAMA_KV_MMAP=1', '--head-arg=-fa', '--head-arg', 'on', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '5', '--looks', '5', '--depth-sweep', '0,2048,8192', '--depth-gen', '16', '--seed', '2', '--out', out, ...bothEnv('FAKE_NOISE=0.01')]);
  assert.equal(r.code, 0, r.stderr);
  const res = results(out);
  const launches = res.depthLaunches ?? [];
  assert.equal(launches.length, 12, '6 blocks (1 warm-up) × 2 variants');
  assert.ok(launches.every((l) => l.status === 'ok'), JSON.stringify(launches.map((l) => l.error)));
  // The variant's run args reach the depth tool too.
  for (const l of launches) assert.equal(l.argv.join(' ').includes('-fa on'), l.variant === 'B', l.argv.join(' '));
  assert.ok(launches.filter((l) => l.variant === 'B').every((l) => l.kvBuffer === 'mmap'));
  // Memory: the fake's KV cache is (8192 + 512) cells × 8 KiB = 68 MiB; at depth 0 B has touched 17 cells.
  const mem = res.analysis?.depth_memory ?? [];
  assert.deepEqual(mem.map((m) => [m.depth, m.n]), [[0, 5], [2048, 5], [8192, 5]]);
  const kvKiB = 8704 * 8;
  assert.ok(mem[0].a_anon_kib! - mem[0].b_anon_kib! > kvKiB * 0.8, `depth 0: A ${mem[0].a_anon_kib} KiB, B ${mem[0].b_anon_kib} KiB anonymous`);
  assert.ok(mem[0].ci && mem[0].ci[1] < 0.9, `depth 0: B/A ${mem[0].ratio} ${mem[0].ci}`);
  assert.ok(mem[2].b_anon_kib! - mem[0].b_anon_kib! > 8192 * 8 * 0.8, 'B grows with depth');
  assert.ok(Math.abs(mem[2].ratio! - 1) < 0.1, `deepest point: all of the KV touched on both sides (${mem[2].ratio})`);
  // Speed per depth from the sweep, decided like any workload.
  const tg = (d: number) => res.analysis!.workloads.find((w) => w.name === `sweep:tg@d${d}`)!;
  for (const d of [0, 2048, 8192]) assert.equal(tg(d).n, 5, `sweep:tg@d${d}`);
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(report, /#### Speed and memory at KV depth/);
  // total, anon, shmem per side, then B/A of the totals
  assert.match(report, /\| 2048 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| 0\.\d{3} \|/);
  assert.match(report, /\| KV depth \| S_TG A t\/s \|/); // the per-depth table, whatever is still undecided
  assert.match(r.stdout, /Memory at KV depth \(llama-batched-bench -c 8704, resident, medians over 5 launches per variant\): depth 0: A [\d.]+ MiB, B [\d.]+ MiB/);

  // Without --depth-sweep: no depth launch at all.
  const out0 = join(root, 'out-depth0');
  const r0 = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'LLAMA_KV_MMAP=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '2', '--seed', '2', '--out', out0]);
  assert.equal(r0.code, 0, r0.stderr);
  assert.equal(results(out0).depthLaunches, undefined);
  assert.ok(!results(out0).schedule.blocks.some((b) => b.order.some((s) => s.workload === 'sweep')));
  assert.doesNotMatch(readFileSync(join(out0, 'report.md'), 'utf8'), /Memory at KV depth/);

  // A run arg the depth tool does not have: one line before any launch, exit 2.
  const out2 = join(root, 'out-depth2');
  const r2 = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'LLAMA_KV_MMAP=1', '--head-arg=-v', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '2', '--depth-sweep', '0,1024', '--out', out2]);
  assert.equal(r2.code, 2, r2.stderr);
  assert.match(r2.stderr, /--head-arg -v is not an option of llama-batched-bench, which runs the depth sweep for variant B/);
  assert.deepEqual(results(out2).launches, []);
});

test('A/A on the same build with low noise is neutral and stops early at a look', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'same'), {});
  const out = join(root, 'out-same');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-name', 'same', '--model', model,
    '--workloads', 'pp512,tg128', '--max-blocks', '30', '--seed', '5', '--out', out, '--base-env', 'FAKE_NOISE=0.002', '--head-env', 'FAKE_NOISE=0.002']);
  assert.equal(r.code, 0, r.stderr);
  const res = results(out);
  assert.equal(res.analysis?.verdict, 'neutral', r.stdout);
  assert.match(res.stopReason, /all workloads decided after 10 counted blocks/);
});

test('--no-mmap: both flavours\' fakes run every launch with their own flag, recorded in results.json and the report; proactive reclaim is read', async () => {
  for (const flavour of ['mainline', 'ik'] as const) {
    const { repo } = makeFakeRunnerRepo(join(root, `nommap-${flavour}`), { flavour });
    const out = join(root, `out-nommap-${flavour}`);
    const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-name', 'same', '--model', model, '--no-mmap',
      '--workloads', 'tg16', '--max-blocks', '2', '--warmup-blocks', '0', '--seed', '1', '--out', out,
      '--depth-sweep', '0,512', '--depth-gen', '8', ...bothEnv('FAKE_ROW_MS=0')]);
    assert.equal(r.code, 0, r.stderr);
    const res = results(out);
    assert.equal(res.plan.levers.noMmap, true);
    const flag = flavour === 'ik' ? ['-mmp', '0'] : ['-lm', 'none'];
    const has = (argv: string[], f: string[]) => argv.some((a, i) => a === f[0] && argv[i + 1] === f[1]);
    assert.ok(res.launches.length >= 4 && res.launches.every((l) => l.status === 'ok' && has(l.argv, flag)), flavour);
    assert.ok(res.depthLaunches!.length === 4 && res.depthLaunches!.every((l) => l.status === 'ok' && has(l.argv, ['--load-mode', 'none'])), flavour);
    assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /\| Model loading \(--no-mmap\) \| read into memory/);
    // the host's reclaim is recorded; with --no-mmap it is not warned about
    assert.deepEqual(res.host?.proactiveReclaim, readProactiveReclaim());
    assert.ok(!r.stderr.includes(RECLAIM_MMAP_WARNING));
  }
});

test('a head that crashes every launch is failed: recorded, reported, exit 1, and the run stops early', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'crash'), {});
  const out = join(root, 'out-crash');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_CRASH=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '10', '--seed', '1', '--depth-sweep', '0,1024', '--out', out]);
  assert.equal(r.code, 1, `failure is never a pass: ${r.stderr}`);
  const res = results(out);
  const b = res.launches.filter((l) => l.variant === 'B');
  assert.ok(b.length > 0 && b.every((l) => l.status === 'crashed' && l.stderrTail !== null));
  assert.match(res.stopReason, /every launch of variant B failed/);
  // The depth launches of B crash too: recorded, not fatal; the sweep points fail with the workloads.
  assert.ok(res.depthLaunches!.filter((c) => c.variant === 'B').every((c) => c.status === 'crashed' && c.signal === 'SIGABRT'));
  assert.ok(res.depthLaunches!.filter((c) => c.variant === 'A').every((c) => c.status === 'ok'));
  assert.equal(res.analysis?.verdict, 'failed');
  assert.match(res.analysis!.workloads[0].reason, /^variant B \(head\) could not run: \d+ crashed of \d+ launches/);
  const sweep = res.analysis!.workloads.find((w) => w.name === 'sweep:tg@d1024')!;
  assert.equal(sweep.verdict, 'failed');
  assert.match(sweep.reason, /^variant B \(head\) could not run: \d+ crashed of \d+ launches \(last: signal SIGABRT\)/);
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(report, /crashed/);
  assert.match(report, /Run failed/);
});

test('a hung launch is killed at --timeout and recorded as a timeout; a variant that never ran fails the gate', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'hang'), {});
  const out = join(root, 'out-hang');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_HANG=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '2', '--timeout', '1', '--seed', '1', '--depth-sweep', '0', '--out', out]);
  assert.equal(r.code, 1, `B never ran to the end: failed, never a pass. ${r.stderr}`);
  assert.equal(results(out).analysis?.verdict, 'failed');
  const b = results(out).launches.filter((l) => l.variant === 'B');
  assert.ok(b.length > 0 && b.every((l) => l.status === 'timeout'), JSON.stringify(b.map((l) => l.status)));
  assert.ok(results(out).depthLaunches!.filter((c) => c.variant === 'B').every((c) => c.status === 'timeout'));
});

test('a head that does not compile is a reported outcome with the log tail, not a stack trace', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'broken'), { breakHead: true });
  const out = join(root, 'out-broken');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model, '--workloads', 'tg128', '--out', out]);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stderr, /\n\s+at .*\.ts:\d+/); // no stack trace
  const res = results(out);
  const head = res.builds.find((b) => b.variant === 'B')!;
  assert.equal(head.ok, false);
  assert.match(head.logTail ?? '', /does not compile/);
  assert.ok(head.logPath && existsSync(head.logPath));
  assert.equal(res.builds.find((b) => b.variant === 'A')!.ok, true);
  assert.match(r.stdout + r.stderr, /build/i);
});

test('bad flags are one line with an example and exit code 2', async () => {
  const r = await cli(['run', '--repo', root, '--model', model, '--base', 'a', '--head', 'b', '--workloads', 'pp512,bogus']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^error: unknown workload "bogus"/);
  assert.match(r.stderr, /example: --workloads pp512,tg128,tg128@d4096/);
});

test('an error after the builds leaves results.json with the builds and the reason', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'ik'), { flavour: 'ik' });
  const out = join(root, 'out-ik-prio');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model, '--workloads', 'tg128', '--prio', '1', '--out', out]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /has no --prio option/);
  const res = results(out);
  assert.deepEqual(res.builds.map((b) => b.ok), [true, true]);
  assert.equal(res.flavour, 'ik');
  assert.match(res.stopReason, /^stopped by an error: this llama-bench \(ik\) has no --prio option/);
});
