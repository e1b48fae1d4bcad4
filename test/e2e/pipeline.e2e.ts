// End to end on the real thing: the llama.cpp git bundle from the node-llama-cpp npm package, the
// project's mmap-KV patch on a branch, real CMake builds of llama-bench, a synthetic model, real
// interleaved launches — through `llama-perf-gate demo`, the command behind `npm start`.
// Slow (two llama.cpp builds on a cold cache: ~10 minutes on 2 cores); run by .ci/run via `npm run test:e2e`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../../src/store/results.ts';
import { cli } from '../helpers/cli.ts';
import { parseBenchOutput } from '../../src/parse/index.ts';
import { nativeArtifact } from '../../src/host/native.ts';
import { unshimmableReason } from '../../src/bench/slowdown.ts';

const WORKLOADS = ['pp64', 'tg16', 'tg16@d256'];
/** The base variant's llama-bench, built by the demo test, for the tests after it. */
let baseBench: string | undefined;
/** The demo's results, for the checks below that use its builds. */
let demo: Results | undefined;

test('demo: both variants build, every workload has samples from both, report renders', { timeout: 60 * 60_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'lpg-e2e-'));
  const r = await cli(['demo', '--workloads', WORKLOADS.join(','), '--max-blocks', '3', '--repetitions', '2', '--seed', '11', '--out', out], {}, { timeout: 0 });
  process.stderr.write(r.stdout);
  assert.equal(r.code, 0, r.stderr.slice(-4000));
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  demo = res;
  assert.deepEqual(res.builds.map((b) => [b.variant, b.ok]), [['A', true], ['B', true]]);
  assert.notEqual(res.builds[0].commit, res.builds[1].commit, 'head carries the patch commit');
  assert.equal(res.flavour, 'mainline');
  for (const v of ['A', 'B'] as const) {
    for (const w of WORKLOADS) {
      const ok = res.launches.filter((l) => l.variant === v && l.workload === w && !l.warmup && l.status === 'ok');
      assert.ok(ok.length >= 3, `${v} ${w}: ${ok.length} counted launches`);
      for (const l of ok) {
        assert.equal(l.records[0].samplesTs.length, 2);
        assert.ok(l.records[0].samplesTs.every((t) => t > 0));
        assert.ok(l.memory && l.memory.peakRssKiB > 0);
      }
    }
  }
  assert.ok(res.analysis, 'the decision engine ran');
  assert.equal(res.analysis!.workloads.filter((w) => !w.name.startsWith('sweep:')).length, WORKLOADS.length);
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(report, /<!-- llama-perf-gate -->/);
  for (const w of WORKLOADS) assert.ok(report.includes(w), `report mentions ${w}`);
  assert.match(r.stderr, /\[build [AB]\]/);
  assert.match(r.stderr, /\[bench\] block 3\/3/);
  // The depth sweep (the demo's default --depth-sweep 0,1024,2048,4096 --depth-gen 32): one
  // llama-batched-bench launch per variant per block; heap KV resident from the first depth, the
  // mmap KV of B only as far as the depth reached; S_TG and S_PP decided per depth.
  assert.deepEqual(res.builds.map((b) => b.depthTool), ['llama-batched-bench', 'llama-batched-bench']);
  const sweep = res.depthLaunches ?? [];
  assert.equal(sweep.length, 2 * res.schedule.blocks.length);
  assert.ok(sweep.every((l) => l.status === 'ok'), JSON.stringify(sweep.map((l) => l.error)));
  assert.ok(sweep.filter((l) => l.variant === 'B').every((l) => l.kvBuffer === 'mmap'));
  // batched-bench runs with -lv 4, so both KV buffer lines are logged and named as logged.
  assert.deepEqual([...new Set(sweep.map((l) => `${l.variant} ${l.kvBufferName}`))].sort(), ['A CPU', 'B CPU_MMAP']);
  const mem = res.analysis!.depth_memory ?? [];
  assert.deepEqual(mem.map((m) => m.depth), [0, 1024, 2048, 4096]);
  assert.ok(mem[0].b_anon_kib! < mem[0].a_anon_kib! / 2 || mem[0].ratio! < 0.9, `resident at depth 0: ${JSON.stringify(mem[0])}`);
  for (const d of [0, 1024, 2048, 4096]) {
    const tg = res.analysis!.workloads.find((w) => w.name === `sweep:tg@d${d}`);
    assert.ok(tg && tg.n >= 3, `sweep:tg@d${d}: ${tg?.n}`);
  }
  process.stderr.write(`depth sweep (median S_TG t/s and total resident MiB per depth, A / B):\n${depthTableText(res)}\n`);
  assert.match(report, /#### Speed and memory at KV depth/);
  // report.html beside it: one self-contained page with the depth curves.
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  assert.match(html, /data-chart="depth-tg"/);
  assert.match(html, /data-chart="depth-memory"/);

  baseBench = join(res.builds[0].binDir!, 'llama-bench');

  // The head binary really takes the mmap path when LLAMA_KV_MMAP=1, and only then.
  const headBench = join(res.builds[1].binDir!, 'llama-bench');
  const kvLog = (env: Record<string, string>) => {
    const p = spawnSync(headBench, ['-m', res.plan.models[0].path, '-p', '16', '-n', '0', '-r', '1', '--no-warmup', '-v'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.equal(p.status, 0, p.stderr);
    return p.stderr;
  };
  assert.match(kvLog({ LLAMA_KV_MMAP: '1' }), /CPU_MMAP/);
  assert.doesNotMatch(kvLog({}), /CPU_MMAP/);
});

// Quantized synthetic models load and run on mainline llama-bench: the demo's default shape (23M
// parameters), written by `llama-perf-gate model --type …`; a few seconds each on the built binary.
for (const [type, label] of [['q8_0', 'Q8_0'], ['q4_0', 'Q4_0']] as const) {
  test(`a ${type} synthetic model loads and runs on llama-bench`, { timeout: 10 * 60_000 }, async () => {
    assert.ok(baseBench, 'the demo test built llama-bench');
    const model = join(mkdtempSync(join(tmpdir(), 'lpg-e2e-quant-')), `m-${type}.gguf`);
    const w = await cli(['model', '--out', model, '--type', type]);
    assert.equal(w.code, 0, w.stderr);
    // One thread: two spinning threads on a busy 2-core machine measured 100× slower (0.8 t/s tg4).
    const p = spawnSync(baseBench, ['-m', model, '-p', '16', '-n', '4', '-r', '1', '-t', '1', '-o', 'json'], { encoding: 'utf8', timeout: 5 * 60_000 });
    assert.equal(p.status, 0, p.stderr.slice(-4000));
    const recs = parseBenchOutput(p.stdout, `llama-bench on ${type}`);
    assert.deepEqual(recs.map((r) => r.label), ['pp16', 'tg4']);
    for (const r of recs) {
      assert.match(r.modelType ?? '', new RegExp(label), `llama-bench names the file type: ${r.modelType}`);
      // A 23M-parameter model runs hundreds of tokens per second on 2 cores; 5 t/s means something broke.
      assert.ok(r.avgTs > 5 && Number.isFinite(r.avgTs), `${type} ${r.label}: ${r.avgTs} t/s`);
    }
    process.stderr.write(`${type}: ${recs.map((r) => `${r.label} ${r.avgTs.toFixed(1)} t/s`).join(', ')} (${recs[0].modelType})\n`);
  });
}

test('the slowdown shim loads into the real llama-bench and halves tg throughput at k = 1', { timeout: 10 * 60_000 }, () => {
  assert.ok(demo, 'the demo test ran first and built llama.cpp');
  const bench = join(demo.builds[0].binDir!, 'llama-bench');
  assert.equal(unshimmableReason(bench), null, 'the bundled llama.cpp loads libllama.so: the shim can reach llama_decode');
  const dir = mkdtempSync(join(tmpdir(), 'lpg-e2e-shim-'));
  // One thread and no warm-up: every llama_decode is a timed one, and no worker thread competes with the wait.
  const tg = (env: Record<string, string>) => {
    const p = spawnSync(bench, ['-m', demo!.plan.models[0].path, '-p', '0', '-n', '32', '-r', '3', '-t', '1', '--no-warmup', '-o', 'json'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.equal(p.status, 0, p.stderr);
    return (JSON.parse(p.stdout) as { avg_ts: number; samples_ns: number[] }[])[0];
  };
  const across: number[] = [];
  const within: number[] = [];
  for (let i = 0; i < 3; i++) {
    const a = tg({});
    const stats = join(dir, `k1-${i}.jsonl`);
    const b = tg({ LD_PRELOAD: nativeArtifact('lpg-slowdown'), LPG_SLOWDOWN: '1', LPG_SLOWDOWN_STATS: stats });
    across.push(b.avg_ts / a.avg_ts);
    // The shim's own account: it saw every llama_decode (3 × 32 tokens) and waited as long again...
    const s = JSON.parse(readFileSync(stats, 'utf8').trim().split('\n')[0]) as { calls: number; decode_ns: number; spin_ns: number };
    assert.equal(s.calls, 96);
    const total = (s.decode_ns + s.spin_ns) / s.decode_ns;
    assert.ok(total >= 2 - 1e-9 && total < 2.05, `(decode + wait) / decode = ${total}`);
    // ...and llama-bench timed both: the throughput it reports is 1/(1+k) of what it would be without the wait.
    const timed = b.samples_ns.reduce((x, y) => x + y, 0);
    assert.ok(Math.abs(timed / (s.decode_ns + s.spin_ns) - 1) < 0.05, `llama-bench timed ${timed} ns, the shim saw ${s.decode_ns + s.spin_ns} ns`);
    within.push((timed - s.spin_ns) / timed);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[1];
  process.stderr.write(`shim at k = 1 on real llama-bench tg32: B/A of tg t/s ${across.map((r) => r.toFixed(3)).join(', ')} (separate processes: the machine's noise), within B's processes ${within.map((r) => r.toFixed(3)).join(', ')}; expected 0.500\n`);
  assert.ok(Math.abs(med(within) - 0.5) < 0.03, `throughput within B's launches: ${med(within)} of what it would be without the wait`);
  assert.ok(med(across) < 0.8, `B/A ${med(across)}: B is clearly slower than A`);
});

/** The observed depth table, for the closing note: depth, S_TG A/B, S_PP A/B, total and anon MiB A/B. */
function depthTableText(res: Results): string {
  const counted = (res.depthLaunches ?? []).filter((l) => l.status === 'ok' && !l.warmup);
  const med = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
  const at = (v: 'A' | 'B', d: number, f: (p: NonNullable<Results['depthLaunches']>[number]['points'][number]) => number | null | undefined) =>
    med(counted.filter((l) => l.variant === v).flatMap((l) => l.points.filter((p) => p.depth === d).map(f)).filter((x): x is number => typeof x === 'number'));
  const lines = ['depth | S_TG A | S_TG B | S_PP A | S_PP B | total MiB A | total MiB B | anon MiB A | anon MiB B'];
  for (const d of res.plan.depthSweep?.depths ?? []) {
    const row = [d, at('A', d, (p) => p.speedTg), at('B', d, (p) => p.speedTg), at('A', d, (p) => p.speedPp), at('B', d, (p) => p.speedPp),
      at('A', d, (p) => p.memory && p.memory.rssKiB / 1024), at('B', d, (p) => p.memory && p.memory.rssKiB / 1024),
      at('A', d, (p) => p.memory && p.memory.anonKiB / 1024), at('B', d, (p) => p.memory && p.memory.anonKiB / 1024)];
    lines.push(row.map((x, i) => (i === 0 ? String(x) : Number.isNaN(x) ? '–' : x.toFixed(1))).join(' | '));
  }
  return lines.join('\n');
}
