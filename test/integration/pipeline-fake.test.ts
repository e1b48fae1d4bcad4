// The whole pipeline through the real CLI on the fake llama-bench: real git worktrees, real CMake
// builds, real processes, real parsing, real statistics and report — in seconds, not minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeSyntheticModel, DEFAULT_SHAPE } from '../../src/model/synthetic.ts';
import type { Results } from '../../src/store/results.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'lpg-int-'));
const cache = join(root, 'cache');
const model = join(root, 'tiny.gguf');
writeSyntheticModel(model, { ...DEFAULT_SHAPE, embd: 32, layers: 1, ff: 64, vocab: 64, heads: 2, kvHeads: 2 });

// Knobs of the fake llama-bench go through the plan (--base-env/--head-env): benchmark processes
// get an allowlisted environment, not this one (src/build/child-env.ts).
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, LLAMA_PERF_GATE_CACHE: cache, ...env }, timeout: 300_000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const results = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;

test('a 20% slower head is a regression on every workload; every raw sample is kept', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'slow'), { headSlowdown: 0.8 });
  const out = join(root, 'out-slow');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model,
    '--workloads', 'pp512,tg128,tg128@d4096', '--threads', '2', '--max-blocks', '10', '--seed', '3', '--out', out, '--base-env', 'FAKE_NOISE=0.01', '--head-env', 'FAKE_NOISE=0.01']);
  assert.equal(r.code, 1, r.stderr); // a regression fails the command
  const res = results(out);
  assert.equal(res.analysis?.verdict, 'regression', r.stdout);
  for (const w of res.analysis!.workloads) {
    assert.equal(w.verdict, 'regression', w.name);
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
  // Memory at depth ran once per variant with the fake batched-bench (heap KV: no LLAMA_KV_MMAP).
  assert.deepEqual(res.builds.map((b) => b.depthTool), ['llama-batched-bench', 'llama-batched-bench']);
  assert.deepEqual(res.memoryCurves?.map((c) => [c.variant, c.status, c.ctx]).sort(), [['A', 'ok', 8192], ['B', 'ok', 8192]]);
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /<!-- llama-perf-gate -->/);
  assert.match(r.stdout, /tg128@d4096/);
  assert.match(r.stderr, /\[bench\] .*block/);
});

test('memory at depth: with LLAMA_KV_MMAP=1 only the KV pages reached are resident; heap KV is all resident at once', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'depth'), {});
  const out = join(root, 'out-depth');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'LLAMA_KV_MMAP=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '2', '--depth-ctx', '16384', '--seed', '2', '--out', out, '--base-env', 'FAKE_NOISE=0.01', '--head-env', 'FAKE_NOISE=0.01']);
  assert.equal(r.code, 0, r.stderr);
  const res = results(out);
  const curves = res.memoryCurves ?? [];
  assert.equal(curves.length, 2);
  const rows = (v: 'A' | 'B') => curves.find((c) => c.variant === v)!.points.filter((p) => p.nKv !== null);
  for (const v of ['A', 'B'] as const) assert.deepEqual(rows(v).map((p) => p.nKv), [528, 2064, 4112, 8208, 528], v);
  assert.equal(curves.find((c) => c.variant === 'B')!.kvBuffer, 'mmap');
  // The fake's KV cache is 16384 cells × 8 KiB = 128 MiB; B has touched 528 cells at the first row.
  const [a0, b0] = [rows('A')[0].anonKiB, rows('B')[0].anonKiB];
  assert.ok(a0 - b0 > 128 * 1024 * 0.8, `first row: A ${a0} KiB, B ${b0} KiB anonymous resident`);
  const bLast = rows('B')[3].anonKiB;
  assert.ok(bLast - b0 > (8208 - 528) * 8 * 0.8, `B grows with depth: ${rows('B').map((p) => p.anonKiB).join(', ')}`);
  assert.ok(bLast < rows('A')[3].anonKiB, 'half the context used: B stays below A');
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(report, /#### Memory at KV depth/);
  // total, anon, shmem per side, then B/A of the totals
  assert.match(report, /\| 528 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| 0\.\d{3} \|/);
  assert.match(r.stdout, /Memory at KV depth \(llama-batched-bench -c 16384, resident\): depth 528: A [\d.]+ MiB, B [\d.]+ MiB/);

  // --depth-ctx 0: no depth launch at all.
  const out0 = join(root, 'out-depth0');
  const r0 = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'LLAMA_KV_MMAP=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '2', '--depth-ctx', '0', '--seed', '2', '--out', out0]);
  assert.equal(r0.code, 0, r0.stderr);
  assert.equal(results(out0).memoryCurves, undefined);
  assert.doesNotMatch(readFileSync(join(out0, 'report.md'), 'utf8'), /Memory at KV depth/);
});

test('A/A on the same build with low noise is neutral and stops early at a look', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'same'), {});
  const out = join(root, 'out-same');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-name', 'same', '--model', model,
    '--workloads', 'pp512,tg128', '--max-blocks', '30', '--seed', '5', '--out', out, '--base-env', 'FAKE_NOISE=0.002', '--head-env', 'FAKE_NOISE=0.002']);
  assert.equal(r.code, 0, r.stderr);
  const res = results(out);
  assert.equal(res.analysis?.verdict, 'neutral', r.stdout);
  assert.match(res.stopReason, /all workloads decided after (10|20) counted blocks/);
});

test('a head that crashes every launch is failed: recorded, reported, exit 1, and the run stops early', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'crash'), {});
  const out = join(root, 'out-crash');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_CRASH=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '10', '--seed', '1', '--out', out]);
  assert.equal(r.code, 1, `failure is never a pass: ${r.stderr}`);
  const res = results(out);
  const b = res.launches.filter((l) => l.variant === 'B');
  assert.ok(b.length > 0 && b.every((l) => l.status === 'crashed' && l.stderrTail !== null));
  assert.match(res.stopReason, /every launch of variant B failed/);
  // The depth launch of B crashes too: recorded, not fatal.
  assert.equal(res.memoryCurves?.find((c) => c.variant === 'B')?.status, 'crashed');
  assert.equal(res.memoryCurves?.find((c) => c.variant === 'A')?.status, 'ok');
  assert.equal(res.analysis?.verdict, 'failed');
  assert.match(res.analysis!.workloads[0].reason, /^variant B \(head\) could not run: \d+ crashed of \d+ launches/);
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(report, /crashed/);
  assert.match(report, /Run failed/);
});

test('a hung launch is killed at --timeout and recorded as a timeout', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'hang'), {});
  const out = join(root, 'out-hang');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_HANG=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '2', '--timeout', '1', '--seed', '1', '--out', out]);
  assert.equal(r.code, 1, `B never ran to the end: failed, never a pass. ${r.stderr}`);
  assert.equal(results(out).analysis?.verdict, 'failed');
  const b = results(out).launches.filter((l) => l.variant === 'B');
  assert.ok(b.length > 0 && b.every((l) => l.status === 'timeout'), JSON.stringify(b.map((l) => l.status)));
  assert.equal(results(out).memoryCurves?.find((c) => c.variant === 'B')?.status, 'timeout');
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
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model, '--workloads', 'tg128', '--prio', '1', '--depth-ctx', '0', '--out', out]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /has no --prio option/);
  const res = results(out);
  assert.deepEqual(res.builds.map((b) => b.ok), [true, true]);
  assert.equal(res.flavour, 'ik');
  assert.match(res.stopReason, /^stopped by an error: this llama-bench \(ik\) has no --prio option/);
});
