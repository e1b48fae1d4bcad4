// The memory-at-depth phase on the fake llama-batched-bench (fixtures/fake-runner): real processes,
// real sampling of /proc, the heap vs lazily touched KV cache the fake imitates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Plan, Variant } from '../../src/plan/types.ts';
import type { BuildOutcome } from '../../src/store/results.ts';
import { depthArgs, depthOrder, depthPlacement, depthSteps, recordOf, runMemoryDepth, sharedDepthTool, DEPTH_TG } from '../../src/bench/memory-depth.ts';
import { curveByDepth } from '../../src/host/memory-curve.ts';
import { buildFakeRunner, fakeModel } from '../helpers/fake-build.ts';

const OUT = mkdtempSync(join(tmpdir(), 'lpg-depth-'));

function plan(o: Partial<Plan> = {}, envB: Record<string, string> = { LLAMA_KV_MMAP: '1' }): Plan {
  const v = (id: 'A' | 'B', env: Record<string, string>): Variant => ({ id, name: id === 'A' ? 'heap' : 'mmap', ref: 'x', cmakeArgs: [], runArgs: [], env });
  return {
    repo: '/r', model: fakeModel(), out: OUT, variants: [v('A', {}), v('B', envB)], workloads: [], threads: 2,
    levers: { repetitions: 1 }, maxBlocks: 2, warmupBlocks: 0, looks: [2], seed: 3, timeoutSec: 30, margin: 0.02, alpha: 0.05, method: 'hl',
    depthCtx: 4096, ...o,
  };
}

function builds(binDir: string | null, toolA: string | null = 'llama-batched-bench', toolB: string | null = toolA): BuildOutcome[] {
  const b = (variant: 'A' | 'B', depthTool: string | null): BuildOutcome => ({
    variant, ok: binDir !== null, ref: 'x', commit: null, cmakeArgs: [], binDir, depthTool, reused: false, seconds: 0, logPath: null, logTail: null, error: null,
  });
  return [b('A', toolA), b('B', toolB)];
}

test('depth steps stay below the context: 1/32, 1/8, 1/4, 1/2 of it', () => {
  assert.deepEqual(depthSteps(8192), [256, 1024, 2048, 4096]);
  assert.deepEqual(depthSteps(256), [32, 64, 128], '256/32 = 8 is below the 16 generated tokens: dropped');
  for (const ctx of [256, 1000, 8192, 65536]) for (const s of depthSteps(ctx)) assert.ok(s + DEPTH_TG <= ctx / 2 + DEPTH_TG && s >= DEPTH_TG, `${ctx}: ${s}`);
});

test('tool arguments: batched-bench walks prompt lengths with one sequence; sweep-bench gets the context', () => {
  const input = { bin: '/b', model: '/m.gguf', ctx: 8192, threads: 2 };
  assert.deepEqual(depthArgs({ ...input, tool: 'llama-batched-bench' }), ['-m', '/m.gguf', '-c', '8192', '-t', '2', '-npp', '256,1024,2048,4096,256', '-ntg', '16', '-npl', '1', '--output-format', 'jsonl']);
  assert.deepEqual(depthArgs({ ...input, tool: 'llama-sweep-bench' }), ['-m', '/m.gguf', '-c', '8192', '-t', '2']);
  assert.throws(() => depthArgs({ ...input, tool: 'llama-cli' }), /no memory-at-depth arguments for llama-cli/);
});

test('both variants need the same depth tool; otherwise the phase says why it was skipped', () => {
  assert.deepEqual(sharedDepthTool(builds('/bin')), { tool: 'llama-batched-bench' });
  assert.match((sharedDepthTool(builds('/bin', null)) as { skipped: string }).skipped, /neither build has llama-batched-bench or llama-sweep-bench/);
  assert.match((sharedDepthTool(builds('/bin', 'llama-sweep-bench', 'llama-batched-bench')) as { skipped: string }).skipped, /variant A has llama-sweep-bench, variant B has llama-batched-bench/);
  assert.match((sharedDepthTool(builds('/bin', 'llama-batched-bench', null)) as { skipped: string }).skipped, /variant B has no depth tool/);
});

test('the A/B order comes from the seed: replayable, and both orders occur', () => {
  assert.deepEqual(depthOrder(7), depthOrder(7));
  const orders = new Set(Array.from({ length: 20 }, (_, s) => depthOrder(s).join('')));
  assert.deepEqual([...orders].sort(), ['AB', 'BA']);
});

test('placement: the workloads\' shared NUMA policy, none when they differ or have none', () => {
  const w = (numa: Plan['workloads'][number]['numa']) => ({ id: 'x', label: 'x', nPrompt: 0, nGen: 1, nDepth: 0, numa });
  const place = (p: unknown) => JSON.stringify(p);
  assert.equal(depthPlacement(plan({ workloads: [w({ kind: 'interleave' }), w({ kind: 'interleave' })] }), place), '{"kind":"interleave"}');
  assert.equal(depthPlacement(plan({ workloads: [w({ kind: 'interleave' }), w({ kind: 'bind', node: 0 })] }), place), null);
  assert.equal(depthPlacement(plan({ workloads: [w({ kind: 'none' })] }), place), null);
});

test('record status: timeout, crash, no rows, ok', () => {
  const ctx = { variant: 'A' as const, tool: 'llama-batched-bench', ctx: 4096, argv: ['x'], startedAt: 'now', wallMs: 1, timeoutSec: 5 };
  const row = { tMs: 1, rssKiB: 10, anonKiB: 5, nodeKiB: {}, anonNodeKiB: {}, nKv: 272 };
  const curve = { points: [row], exitCode: 0, signal: null, stdout: '', stderr: 'W llama_kv_cache: LLAMA_KV_MMAP: KV cache in CPU_MMAP buffer (x)\n' };
  const ok = recordOf(curve, ctx);
  assert.equal(ok.status, 'ok');
  assert.equal(ok.kvBuffer, 'mmap');
  assert.equal(ok.stderrTail, null);
  assert.equal(recordOf({ ...curve, points: [{ ...row, nKv: null }] }, ctx).status, 'no-rows');
  const crash = recordOf({ ...curve, exitCode: 134, stderr: 'GGML_ASSERT failed' }, ctx);
  assert.equal(crash.status, 'crashed');
  assert.equal(crash.stderrTail, 'GGML_ASSERT failed');
  const slow = recordOf({ ...curve, exitCode: null, signal: 'SIGTERM', timedOut: true }, ctx);
  assert.equal(slow.status, 'timeout');
  assert.match(slow.error ?? '', /--timeout 5s/);
});

test('off with --depth-ctx 0, skipped with a reason without a shared tool; nothing is launched', async () => {
  let launched = 0;
  const sample = (async () => {
    launched++;
    throw new Error('not expected');
  }) as unknown as NonNullable<Parameters<typeof runMemoryDepth>[0]['sample']>;
  assert.deepEqual(await runMemoryDepth({ plan: plan({ depthCtx: 0 }), builds: builds('/bin'), sample }), { records: [], skipped: null });
  const r = await runMemoryDepth({ plan: plan(), builds: builds('/bin', null), sample });
  assert.equal(r.records.length, 0);
  assert.match(r.skipped ?? '', /neither build/);
  assert.equal(launched, 0);
});

test('on the fake batched-bench: heap KV is resident from the first row, mmap KV grows with depth', async () => {
  const binDir = dirname(buildFakeRunner());
  const p = plan();
  const saved: number[] = [];
  const r = await runMemoryDepth({ plan: p, builds: builds(binDir), intervalMs: 100, onRecord: (rs) => saved.push(rs.length) });
  assert.equal(r.skipped, null);
  assert.deepEqual(saved, [1, 2], 'results saved after each launch');
  assert.deepEqual(r.records.map((x) => x.variant), depthOrder(p.seed));
  const of = (v: 'A' | 'B') => r.records.find((x) => x.variant === v)!;
  for (const rec of r.records) {
    assert.equal(rec.status, 'ok', `${rec.variant}: ${rec.error} ${rec.stderrTail}`);
    assert.equal(rec.tool, 'llama-batched-bench');
    assert.ok(rec.argv.includes('4096'));
  }
  assert.equal(of('A').kvBuffer, 'heap');
  assert.equal(of('B').kvBuffer, 'mmap');
  const rows = (v: 'A' | 'B') => curveByDepth({ points: of(v).points, exitCode: 0, signal: null, stdout: '', stderr: '' });
  const a = rows('A');
  const b = rows('B');
  // The first step is repeated at the end (keeps the process alive while the deepest row is sampled).
  assert.deepEqual(a.map((x) => x.nKv), [144, 528, 1040, 2064, 144]);
  assert.deepEqual(b.map((x) => x.nKv), [144, 528, 1040, 2064, 144]);
  assert.ok(b[4].anonKiB >= b[3].anonKiB * 0.95, 'the repeat does not give touched pages back');
  // The fake's KV cache: 4096 cells × 8 KiB = 32 MiB.
  const kvKiB = 4096 * 8;
  assert.ok(a[0].anonKiB - b[0].anonKiB > kvKiB * 0.8, `first row: A ${a[0].anonKiB} KiB, B ${b[0].anonKiB} KiB anonymous`);
  assert.ok(b[3].anonKiB - b[0].anonKiB > (2064 - 144) * 8 * 0.8, `B grows with depth: ${b.map((x) => x.anonKiB).join(', ')}`);
  assert.ok(Math.abs(a[3].anonKiB - a[0].anonKiB) < kvKiB * 0.1, `A stays flat: ${a.map((x) => x.anonKiB).join(', ')}`);
});

test('a crashing depth launch is recorded, the other variant still runs', async () => {
  const binDir = dirname(buildFakeRunner());
  const r = await runMemoryDepth({ plan: plan({}, { LLAMA_KV_MMAP: '1', FAKE_CRASH: '1' }), builds: builds(binDir), intervalMs: 100 });
  const b = r.records.find((x) => x.variant === 'B')!;
  assert.equal(b.status, 'crashed');
  assert.equal(b.signal, 'SIGABRT');
  assert.equal(r.records.find((x) => x.variant === 'A')!.status, 'ok');
});
