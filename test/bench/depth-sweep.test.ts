// The depth-sweep family on the fake llama-batched-bench (fixtures/fake-runner): tool arguments, run
// args and levers mapped onto the tool, rows → depth points, real launches with real /proc sampling
// (heap vs lazily touched KV), and the family as a slot of the interleaved blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Plan, Variant } from '../../src/plan/types.ts';
import type { BuildOutcome } from '../../src/build/types.ts';
import type { DepthLaunchRecord } from '../../src/bench/types.ts';
import type { SweepRecord } from '../../src/parse/types.ts';
import type { MemoryPoint } from '../../src/host/memory-curve.ts';
import {
  checkDepths, depthContext, depthNoMmapArgs, depthPlacement, depthPoints, depthRunArgs, depthToolArgs, probeDepthTool, runDepthLaunch, sharedDepthTool,
} from '../../src/bench/depth-sweep.ts';
import { commonToolFlags } from '../../src/parse/help.ts';
import { runBlocks } from '../../src/bench/run-blocks.ts';
import { probeRunner } from '../../src/bench/flavour.ts';
import { DEPTH_FAMILY } from '../../src/plan/depth-sweep.ts';
import { parseWorkloads } from '../../src/plan/workload.ts';
import { UserError } from '../../src/sys/errors.ts';
import { buildFakeRunner, fakeModel } from '../helpers/fake-build.ts';

const SWEEP = { depths: [0, 1024, 2048, 4096], gen: 32 };

function plan(o: Partial<Plan> = {}, envB: Record<string, string> = { LLAMA_KV_MMAP: '1' }, runArgsB: string[] = []): Plan {
  const v = (id: 'A' | 'B', env: Record<string, string>, runArgs: string[]): Variant => ({ id, name: id === 'A' ? 'heap' : 'mmap', ref: 'x', cmakeArgs: [], runArgs, env });
  return {
    repo: '/r', models: [{ name: 'm', path: fakeModel() }], out: '/o', variants: [v('A', {}, []), v('B', envB, runArgsB)], workloads: parseWorkloads('tg128'), threads: 2,
    levers: { repetitions: 1 }, maxBlocks: 2, warmupBlocks: 0, looks: [2], seed: 3, timeoutSec: 30, margin: 0.02, alpha: 0.05, method: 'hl',
    depthSweep: SWEEP, ...o,
  };
}

function builds(binDir: string | null, toolA: string | null = 'llama-batched-bench', toolB: string | null = toolA): BuildOutcome[] {
  const b = (variant: 'A' | 'B', depthTool: string | null): BuildOutcome => ({
    variant, ok: binDir !== null, ref: 'x', commit: null, cmakeArgs: [], binDir, depthTool, reused: false, seconds: 0, logPath: null, logTail: null, error: null,
  });
  return [b('A', toolA), b('B', toolB)];
}

const userError = (fn: () => unknown, re: RegExp) => assert.throws(fn, (e: unknown) => e instanceof UserError && re.test(e.message), String(re));

test('tool arguments: batched-bench one prompt per depth (1 for depth 0) with one sequence; sweep-bench the context and ubatch', () => {
  assert.equal(depthContext(SWEEP), 4096 + 512);
  assert.equal(depthContext({ depths: [0, 8192], gen: 1024 }), 8192 + 1024);
  assert.deepEqual(depthToolArgs('llama-batched-bench', SWEEP, '/m.gguf', 2), [
    '-m', '/m.gguf', '-c', '4608', '-t', '2', '-npp', '1,1024,2048,4096,1', '-ntg', '32', '-npl', '1', '--output-format', 'jsonl',
  ]);
  assert.deepEqual(depthToolArgs('llama-sweep-bench', SWEEP, '/m.gguf', 2), ['-m', '/m.gguf', '-c', '4608', '-t', '2', '-ub', '512', '-n', '32']);
  // A batched-bench whose --help lists -lv logs its KV buffer line at verbosity 4 (and only there).
  assert.deepEqual(depthToolArgs('llama-batched-bench', SWEEP, '/m.gguf', 2, new Set(['-m', '-lv'])).slice(-3), ['jsonl', '-lv', '4']);
  assert.equal(depthToolArgs('llama-batched-bench', SWEEP, '/m.gguf', 2, new Set(['-m'])).includes('-lv'), false);
  userError(() => checkDepths({ depths: [0, 1000, 1500], gen: 32 }, 'llama-sweep-bench'), /steps of its ubatch \(at least 64\); 1000, 1500 are not a multiple of 64/);
  // Finer depths run with a smaller ubatch, so sweep-bench's rows land on them.
  assert.deepEqual(depthToolArgs('llama-sweep-bench', { depths: [0, 256, 512, 768], gen: 16 }, '/m.gguf', 2), ['-m', '/m.gguf', '-c', '1024', '-t', '2', '-ub', '256', '-n', '16']);
  checkDepths({ depths: [0, 1000], gen: 32 }, 'llama-batched-bench');
  userError(() => depthToolArgs('llama-cli', SWEEP, '/m', 2), /no depth-sweep arguments for llama-cli/);
});

test('both variants need the same depth tool: otherwise a one-line error, not a silent skip', () => {
  assert.equal(sharedDepthTool(builds('/bin')), 'llama-batched-bench');
  userError(() => sharedDepthTool(builds('/bin', null)), /--depth-sweep: neither build has llama-batched-bench or llama-sweep-bench/);
  userError(() => sharedDepthTool(builds('/bin', 'llama-sweep-bench', 'llama-batched-bench')), /variant A has llama-sweep-bench, variant B has llama-batched-bench/);
  userError(() => sharedDepthTool(builds('/bin', 'llama-batched-bench', null)), /variant B has no depth tool/);
});

test('--head-arg reaches the depth tool when the tool has the option; anything else is named, never dropped', () => {
  const flags = new Set(['-m', '-fa', '--flash-attn', '-ngl', '--prio', '--poll', '-C', '--cpu-mask', '--cpu-strict']);
  const p = plan({}, {}, ['-fa', '1', '-ngl', '-1']);
  assert.deepEqual(depthRunArgs(p, p.variants[1], 'llama-batched-bench', flags), ['-fa', '1', '-ngl', '-1']);
  assert.deepEqual(depthRunArgs(p, p.variants[0], 'llama-batched-bench', flags), []);
  const q = plan({}, {}, ['--flash-attn=on']);
  assert.deepEqual(depthRunArgs(q, q.variants[1], 'llama-batched-bench', flags), ['--flash-attn=on']);
  const mla = plan({}, {}, ['-mla', '3']);
  userError(() => depthRunArgs(mla, mla.variants[1], 'llama-batched-bench', flags), /--head-arg -mla is not an option of llama-batched-bench, which runs the depth sweep for variant B/);
  const list = plan({}, {}, ['-fa', '0,1']);
  userError(() => depthRunArgs(list, list.variants[1], 'llama-batched-bench', flags), /--head-arg -fa 0,1: llama-batched-bench \(the depth sweep\) takes one value per option/);
  // Levers the tool has are passed; --delay (llama-bench only) is an error.
  const lev = plan({ levers: { repetitions: 1, prio: 2, poll: 0, cpuMask: '0x3', cpuStrict: true } });
  assert.deepEqual(depthRunArgs(lev, lev.variants[0], 'llama-batched-bench', flags), ['--prio', '2', '--cpu-mask', '0x3', '--cpu-strict', '1', '--poll', '0']);
  const delay = plan({ levers: { repetitions: 1, delay: 1 } });
  userError(() => depthRunArgs(delay, delay.variants[0], 'llama-batched-bench', flags), /--delay is a llama-bench option; llama-batched-bench, which runs the depth sweep, has none/);
  userError(() => depthRunArgs(lev, lev.variants[0], 'llama-sweep-bench', new Set(['-m'])), /--prio: llama-sweep-bench, which runs the depth sweep, has no --prio option/);
});

test('--no-mmap reaches both depth tools as their own flag, for both variants; a tool lacking it is one line', async () => {
  const on = plan({ levers: { repetitions: 1, noMmap: true } });
  // mainline's common lists --load-mode (and deprecates --no-mmap for it): the fake's --help mirrors it
  const batched = await probeDepthTool(join(dirname(buildFakeRunner()), 'llama-batched-bench'));
  for (const v of on.variants) assert.deepEqual(depthRunArgs(on, v, 'llama-batched-bench', batched), ['--load-mode', 'none']);
  // ik's llama-sweep-bench (8337e4cd3, the real --help) has --no-mmap; the PR-290-era one lists nothing
  const ikHelp = readFileSync(new URL('../../fixtures/llama-bench/ik/8337e4cd3/sweep/help.stdout', import.meta.url), 'utf8');
  const sweep = commonToolFlags(ikHelp);
  assert.ok(!sweep.has('--load-mode'));
  for (const v of on.variants) assert.deepEqual(depthRunArgs(on, v, 'llama-sweep-bench', sweep), ['--no-mmap']);
  assert.deepEqual(depthRunArgs(on, on.variants[1], 'llama-sweep-bench', null), ['--no-mmap'], 'unlisted options: passed, the tool refuses what it lacks');
  assert.deepEqual(depthNoMmapArgs('llama-batched-bench', batched, false), []);
  userError(() => depthRunArgs(on, on.variants[0], 'llama-batched-bench', new Set(['-m'])), /^--no-mmap: llama-batched-bench, which runs the depth sweep, has neither --no-mmap nor --load-mode$/);
});

test('the fake batched-bench lists its options in --help like common does', async () => {
  const bin = join(dirname(buildFakeRunner()), 'llama-batched-bench');
  const flags = await probeDepthTool(bin);
  assert.ok(flags);
  for (const f of ['-m', '-c', '-t', '-fa', '--flash-attn', '-npp', '--prio', '--numa']) assert.ok(flags.has(f), f);
  await assert.rejects(probeDepthTool('/nonexistent/llama-batched-bench'), /did not list its options/);
});

test('placement: the workloads\' shared NUMA policy, none when they differ or have none', () => {
  const w = (numa: Plan['workloads'][number]['numa']) => ({ id: 'x', label: 'x', nPrompt: 0, nGen: 1, nDepth: 0, numa });
  const place = (p: unknown) => JSON.stringify(p);
  assert.equal(depthPlacement(plan({ workloads: [w({ kind: 'interleave' }), w({ kind: 'interleave' })] }), place), '{"kind":"interleave"}');
  assert.equal(depthPlacement(plan({ workloads: [w({ kind: 'interleave' }), w({ kind: 'bind', node: 0 })] }), place), null);
  assert.equal(depthPlacement(plan({ workloads: [w({ kind: 'none' })] }), place), null);
});

const row = (o: Partial<SweepRecord>): SweepRecord => ({ tool: 'batched-bench', nKv: 0, pp: 0, tg: 32, pl: 1, tPpSec: 1, speedPp: 1000, tTgSec: 1, speedTg: 100, nThreads: 2, raw: {}, ...o });
const sample = (nKv: number | null, rssKiB: number): MemoryPoint => ({ tMs: 0, rssKiB, anonKiB: rssKiB / 2, nodeKiB: {}, anonNodeKiB: {}, nKv });

test('rows → depth points: batched-bench by prompt length (no S_PP at depth 0), sweep-bench by N_KV; first row and sample per depth win', () => {
  const rows = [row({ pp: 1, nKv: 33, speedTg: 300, speedPp: 5 }), row({ pp: 1024, nKv: 1056, speedTg: 240, speedPp: 1900 }), row({ pp: 1, nKv: 33, speedTg: 1 })];
  const samples = [sample(null, 10), sample(33, 100), sample(1056, 200), sample(33, 999)];
  assert.deepEqual(depthPoints('llama-batched-bench', { depths: [0, 1024, 2048], gen: 32 }, rows, samples), [
    { depth: 0, speedTg: 300, speedPp: null, memory: samples[1] },
    { depth: 1024, speedTg: 240, speedPp: 1900, memory: samples[2] },
  ]);
  const sweep = [0, 512, 1024].map((n) => row({ tool: 'ik-sweep-bench', pp: 512, nKv: n, speedTg: 300 - n / 10, speedPp: 2000 - n }));
  assert.deepEqual(depthPoints('llama-sweep-bench', { depths: [0, 1024], gen: 32 }, sweep, [sample(1024, 7)]).map((p) => [p.depth, p.speedTg, p.speedPp, p.memory?.rssKiB ?? null]), [
    [0, 300, 2000, null],
    [1024, 197.6, 976, 7],
  ]);
});

async function launchOn(p: Plan, variant: 'A' | 'B', env: Record<string, string>, extra: string[] = []): Promise<DepthLaunchRecord> {
  const bin = join(dirname(buildFakeRunner()), 'llama-batched-bench');
  return runDepthLaunch({
    block: 1, slot: 0, seq: 5, variant, warmup: false, tool: 'llama-batched-bench', sweep: p.depthSweep!,
    argv: [bin, ...depthToolArgs('llama-batched-bench', p.depthSweep!, p.models[0].path, 2), ...extra], env, timeoutSec: p.timeoutSec, intervalMs: 100,
  });
}

test('on the fake batched-bench: S_TG falls with depth; heap KV is resident from the first depth, mmap KV grows with it', async () => {
  const p = plan();
  const a = await launchOn(p, 'A', { FAKE_NOISE: '0' });
  const b = await launchOn(p, 'B', { LLAMA_KV_MMAP: '1', FAKE_NOISE: '0' });
  for (const r of [a, b]) {
    assert.equal(r.status, 'ok', `${r.variant}: ${r.error} ${r.stderrTail}`);
    assert.equal(r.ctx, 4608);
    assert.deepEqual([r.block, r.seq, r.variant], [1, 5, r.variant]);
    assert.deepEqual(r.points.map((x) => x.depth), [0, 1024, 2048, 4096]);
    assert.equal(r.rows.length, 5, 'the trailing repeat of the first step is kept in rows');
    assert.equal(r.points[0].speedPp, null);
    assert.ok(r.points.every((x) => x.memory !== null), 'a sample at every depth');
    const tg = r.points.map((x) => x.speedTg);
    assert.ok(tg.every((v, i) => i === 0 || v < tg[i - 1]), `S_TG falls with depth: ${tg}`);
  }
  assert.equal(a.kvBuffer, 'heap');
  assert.equal(b.kvBuffer, 'mmap');
  const anon = (r: DepthLaunchRecord) => r.points.map((x) => x.memory!.anonKiB);
  const kvKiB = 4608 * 8; // the fake's cache: -c cells × 8 KiB
  assert.ok(anon(a)[0] - anon(b)[0] > kvKiB * 0.8, `first depth: A ${anon(a)[0]} KiB, B ${anon(b)[0]} KiB anonymous`);
  assert.ok(anon(b)[3] - anon(b)[0] > 4096 * 8 * 0.8, `B grows with depth: ${anon(b)}`);
  assert.ok(Math.abs(anon(a)[3] - anon(a)[0]) < kvKiB * 0.1, `A stays flat: ${anon(a)}`);
});

test('a crash, a timeout, a missing depth and a missing binary are recorded, never thrown', async () => {
  const p = plan();
  const crash = await launchOn(p, 'B', { FAKE_CRASH: '1' });
  assert.deepEqual([crash.status, crash.signal], ['crashed', 'SIGABRT']);
  assert.equal(crash.points.length, 1, 'the row before the crash is kept');
  assert.ok(crash.stderrTail && crash.stderrTail.split('\n').length <= 20);
  const hang = await launchOn(plan({ timeoutSec: 1 }), 'B', { FAKE_HANG: '1' });
  assert.equal(hang.status, 'timeout');
  assert.match(hang.error ?? '', /--timeout 1s/);
  // A context too small for the deepest prompt: the tool skips it, as the real one does.
  const short = await launchOn(p, 'A', {}, ['-c', '3000']);
  assert.equal(short.status, 'parse-error');
  assert.match(short.error ?? '', /no row at depth 4096/);
  const missing = await runDepthLaunch({
    block: 0, slot: 0, seq: 0, variant: 'A', warmup: true, tool: 'llama-batched-bench', sweep: SWEEP, argv: ['/nonexistent/tool'], env: {}, timeoutSec: 5,
  });
  assert.equal(missing.status, 'crashed');
  // Spawned directly: "could not start"; through stdbuf (line-buffered rows): stdbuf's exit code 127.
  assert.match(missing.error ?? '', /could not start \/nonexistent\/tool|exit code 127/);
});

test('in the blocks: one depth launch per variant per block, interleaved with the workloads, numbered with them', async () => {
  const bench = buildFakeRunner();
  const info = await probeRunner(bench);
  const p = plan({ workloads: parseWorkloads('pp64,tg16'), maxBlocks: 3, warmupBlocks: 1, seed: 11 });
  const seen: number[] = [];
  const loop = await runBlocks({
    plan: p, binaries: { A: bench, B: bench }, info, workDir: mkdtempSync(join(tmpdir(), 'lpg-depth-')),
    depthLaunch: async (s) => runDepthLaunch({
      ...s, tool: 'llama-batched-bench', sweep: SWEEP, argv: [join(dirname(bench), 'llama-batched-bench'), ...depthToolArgs('llama-batched-bench', SWEEP, p.models[0].path, 2)],
      env: { FAKE_ROW_MS: '60' }, timeoutSec: 30, intervalMs: 100,
    }),
    afterBlock: (_l, _c, depth) => {
      seen.push(depth.length);
      return null;
    },
  });
  assert.deepEqual(seen, [2, 4, 6, 8], 'afterBlock sees the depth launches so far (warm-up block included)');
  assert.equal(loop.depthLaunches.length, 8);
  assert.deepEqual(loop.depthLaunches.map((l) => l.warmup), [true, true, false, false, false, false, false, false]);
  for (const [block, { order }] of loop.schedule.entries()) {
    const sweepSlots = order.filter((s) => s.workload === DEPTH_FAMILY);
    assert.deepEqual(sweepSlots.map((s) => s.variant).sort(), ['A', 'B'], `block ${block}`);
    const mine = loop.depthLaunches.filter((l) => l.block === block);
    assert.deepEqual(mine.map((l) => l.slot), order.flatMap((s, i) => (s.workload === DEPTH_FAMILY ? [i] : [])));
  }
  // One numbering across both kinds of launch, in run order.
  const seqs = [...loop.launches.map((l) => l.seq), ...loop.depthLaunches.map((l) => l.seq)].sort((x, y) => x - y);
  assert.deepEqual(seqs, Array.from({ length: 24 }, (_, i) => i));
  assert.ok(new Set(loop.schedule.map((b) => order(b.order))).size > 1, 'the family moves around between blocks');
  assert.ok(loop.depthLaunches.every((l) => l.status === 'ok'), JSON.stringify(loop.depthLaunches.map((l) => l.error)));
});

function order(o: { workload: string; variant: string }[]): number {
  return o.findIndex((s) => s.workload === DEPTH_FAMILY);
}

test('sequential stopping: the family runs on while one of its points is pending, and stops when none is', async () => {
  const bench = buildFakeRunner();
  const info = await probeRunner(bench);
  const p = plan({ workloads: parseWorkloads('tg16'), maxBlocks: 4, warmupBlocks: 0 });
  const fake = async (s: { block: number; slot: number; seq: number; variant: 'A' | 'B'; warmup: boolean }): Promise<DepthLaunchRecord> => ({
    ...s, tool: 't', ctx: 1, argv: [], startedAt: '', wallMs: 1, status: 'ok', exitCode: 0, signal: null, kvBuffer: null, points: [], rows: [], samples: [], stderrTail: null, error: null,
  });
  const pending = [['sweep:tg@d2048'], ['tg16'], []];
  const loop = await runBlocks({ plan: p, binaries: { A: bench, B: bench }, info, workDir: mkdtempSync(join(tmpdir(), 'lpg-depth-')), depthLaunch: fake, afterBlock: () => pending.shift() ?? [] });
  assert.deepEqual(loop.schedule.map((b) => [...new Set(b.order.map((s) => s.workload))].sort()), [['sweep', 'tg16'], ['sweep'], ['tg16']]);
  assert.deepEqual(loop.stop, { kind: 'all-decided', counted: 3 });
});

test('without the family the block order of a seed is unchanged', async () => {
  const bench = buildFakeRunner();
  const info = await probeRunner(bench);
  const p = plan({ workloads: parseWorkloads('pp64,tg16'), maxBlocks: 2, warmupBlocks: 0, seed: 5, depthSweep: null });
  const loop = await runBlocks({ plan: p, binaries: { A: bench, B: bench }, info, workDir: mkdtempSync(join(tmpdir(), 'lpg-depth-')) });
  const { blockOrder, prng } = await import('../../src/bench/schedule.ts');
  const rand = prng(5);
  assert.deepEqual(loop.schedule.map((b) => b.order), [blockOrder(p.workloads, rand), blockOrder(p.workloads, rand)]);
  assert.deepEqual(loop.depthLaunches, []);
});

test('an interrupt during a depth launch stops its process group; the launch is kept as skipped and the loop stops', async (t) => {
  const { stopAll, resetInterrupt, liveGroups } = await import('../../src/sys/children.ts');
  t.after(resetInterrupt);
  const bench = buildFakeRunner();
  const info = await probeRunner(bench);
  const p = plan({ workloads: parseWorkloads('tg16'), maxBlocks: 3, warmupBlocks: 0, seed: 1 });
  const bin = join(dirname(bench), 'llama-batched-bench');
  let interrupted = false;
  const loop = await runBlocks({
    plan: p, binaries: { A: bench, B: bench }, info, workDir: mkdtempSync(join(tmpdir(), 'lpg-depth-')),
    depthLaunch: (s) => {
      const run = runDepthLaunch({ ...s, tool: 'llama-batched-bench', sweep: SWEEP, argv: [bin, ...depthToolArgs('llama-batched-bench', SWEEP, p.models[0].path, 2)], env: { FAKE_HANG: '1' }, timeoutSec: 30 });
      if (!interrupted) {
        interrupted = true;
        setTimeout(() => void stopAll('SIGINT', 500), 300);
      }
      return run;
    },
  });
  assert.deepEqual(loop.stop, { kind: 'interrupted', signal: 'SIGINT', block: 1, warmup: false });
  assert.equal(loop.depthLaunches.length, 1);
  assert.deepEqual([loop.depthLaunches[0].status, loop.depthLaunches[0].error], ['skipped', 'interrupted by SIGINT']);
  assert.deepEqual(liveGroups(), [], 'no process left behind');
  assert.ok(loop.launches.length <= 2);
});
