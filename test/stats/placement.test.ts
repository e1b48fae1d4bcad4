// Placement in the emulated guest: per node by kind, threads per node, evenness, B − A paired by
// block (stats/placement.ts); rows matched to the sample taken after their line (host/guest/curve.ts);
// the report's placement table (report/model-placement.ts, templates/partials/placement.hbs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placementAnalysis, pointShares } from '../../src/stats/placement.ts';
import { rowsWithSamples } from '../../src/host/guest/curve.ts';
import { guestNodes, guestShape } from '../../src/host/guest/index.ts';
import { placementOf } from '../../src/report/model-placement.ts';
import { fmtShareInterval } from '../../src/report/format.ts';
import type { DepthLaunchRecord, DepthPoint } from '../../src/bench/types.ts';
import type { Plan } from '../../src/plan/types.ts';

const nodes = guestNodes(guestShape(2, 2));

function point(depth: number, anon: [number, number], shmem: [number, number], cpus: Record<string, number>): DepthPoint {
  const rec = (x: [number, number]) => ({ '0': x[0], '1': x[1] });
  return {
    depth, speedTg: 10, speedPp: null,
    memory: { tMs: 1, rssKiB: 1, anonKiB: anon[0] + anon[1], shmemKiB: shmem[0] + shmem[1], fileKiB: 0, nodeKiB: {}, anonNodeKiB: rec(anon), shmemNodeKiB: rec(shmem), fileNodeKiB: { '0': 500 }, nKv: depth, threadCpus: cpus },
  };
}

function launch(block: number, variant: 'A' | 'B', points: DepthPoint[]): DepthLaunchRecord {
  return {
    block, slot: 0, seq: block * 2 + (variant === 'A' ? 0 : 1), variant, warmup: false, tool: 'llama-batched-bench', ctx: 2048, argv: [], startedAt: '', wallMs: 1,
    status: 'ok', exitCode: 0, signal: null, kvBuffer: null, points, rows: [], samples: [], stderrTail: null, error: null,
  };
}

test('one point: per node by kind, threads by their CPU\'s node, the smallest node\'s share of anonymous memory', () => {
  const s = pointShares(point(0, [300, 100], [0, 0], { '0': 1, '1': 2 }), nodes)!;
  assert.deepEqual(s.shares['0'], { anonKiB: 300, shmemKiB: 0, fileKiB: 500, threads: 1 });
  assert.deepEqual(s.shares['1'], { anonKiB: 100, shmemKiB: 0, fileKiB: 0, threads: 2 });
  assert.equal(s.evenness, 0.25);
});

test('A heap on node 0, B spread: evenness per variant and B − A paired by block with an interval', () => {
  const plan = { levers: { repetitions: 1, numaGuest: 2 }, threads: 2, alpha: 0.05, depthSweep: { depths: [0, 1024], gen: 16 } } as unknown as Plan;
  const depthLaunches: DepthLaunchRecord[] = [];
  for (let b = 1; b <= 8; b++) {
    depthLaunches.push(launch(b, 'A', [point(0, [1000, 0], [0, 0], { '0': 2 }), point(1024, [1000, 10], [0, 0], { '0': 1, '1': 1 })]));
    const half = 400 + b; // spread, with a little block-to-block variation
    depthLaunches.push(launch(b, 'B', [point(0, [10, 0], [0, 0], { '0': 1, '1': 1 }), point(1024, [0, 0], [half, half + 20], { '0': 1, '1': 1 })]));
  }
  const p = placementAnalysis({ plan, depthLaunches })!;
  assert.deepEqual(p.nodes, [0, 1]);
  const row = (d: number, v: 'A' | 'B') => p.rows.find((r) => r.depth === d && r.variant === v)!;
  assert.equal(row(0, 'A').evenness, 0);
  assert.equal(row(0, 'A').nodes['0'].threads, 2);
  assert.ok(Math.abs(row(1024, 'B').evenness! - 0.488) < 0.01, String(row(1024, 'B').evenness));
  assert.equal(row(1024, 'B').nodes['1'].shmemKiB, 424.5);
  const d = p.evenness.find((x) => x.depth === 1024)!;
  assert.equal(d.n, 8);
  assert.ok(d.diff! > 0.45 && d.ci && d.ci[0] > 0.4, JSON.stringify(d));

  const model = placementOf({ plan, analysis: { verdict: 'inconclusive', margin: 0.02, alpha: 0.05, geomean_ratio: null, workloads: [], warnings: [], placement: p } } as never)!;
  assert.equal(model.rows.length, 4);
  assert.deepEqual(model.diffs.map((x) => x.depth), [0, 1024]);
  // Without the guest there is no placement section.
  assert.equal(placementAnalysis({ plan: { ...plan, levers: { repetitions: 1 } }, depthLaunches }), null);
});

test('a row is matched to the first sample the wrapper took after its line; interval samples stay depth-less', () => {
  const row = (nKv: number) => JSON.stringify({ n_kv_max: 2560, n_batch: 2048, n_ubatch: 512, flash_attn: -1, is_pp_shared: 0, n_gpu_layers: -1, n_threads: 2, n_threads_batch: 2, pp: Math.max(1, nKv), tg: 16, pl: 1, n_kv: nKv + 16, t_pp: 0.1, speed_pp: 100, t_tg: 0.1, speed_tg: 160, t: 0.2, speed: 100 });
  const stdout = ['', row(0), row(1024), ''].join('\n');
  const sample = (t: number, anon: number) => ({ t_ms: t, vmrss_kib: anon, vmhwm_kib: anon, rss_anon_kib: anon, rss_file_kib: 0, nodes_kib: { '0': anon + 8 }, anon_nodes_kib: { '0': anon }, shmem_nodes_kib: {} });
  const trace: Parameters<typeof rowsWithSamples>[2] = [
    { lines_out: 0, lines_err: 3, cpus: { '0': 1 }, sample: sample(10, 100) },
    { lines_out: 2, lines_err: 3, cpus: { '0': 1, '1': 1 }, sample: sample(20, 200) },
    { lines_out: 3, lines_err: 3, cpus: { '1': 2 }, sample: sample(30, 300) },
  ];
  const { rows, points } = rowsWithSamples(stdout, 'log\nlog\nlog\n', trace);
  assert.equal(rows.length, 2);
  const at = points.filter((p) => p.nKv !== null).map((p) => [p.nKv, p.anonKiB, p.fileKiB, JSON.stringify(p.threadCpus)]);
  assert.deepEqual(at.map((x) => x[1]), [200, 300]);
  assert.equal(at[0][2], 8);
  assert.equal(points.filter((p) => p.nKv === null).length, 3);
});

test('evenness placed alike in every block: flagged identical (its [0, 0] interval is not a precision), said so in words', () => {
  const plan = { levers: { repetitions: 1, numaGuest: 2 }, threads: 2, alpha: 0.05, depthSweep: { depths: [0, 1024], gen: 16 } } as unknown as Plan;
  const depthLaunches: DepthLaunchRecord[] = [];
  for (let b = 1; b <= 6; b++) {
    for (const v of ['A', 'B'] as const) depthLaunches.push(launch(b, v, [point(0, [1000, 0], [0, 0], { '0': 2 }), point(1024, [500 + b, v === 'A' ? 500 : 400], [0, 0], { '0': 1, '1': 1 })]));
  }
  const p = placementAnalysis({ plan, depthLaunches })!;
  const at = (d: number) => p.evenness.find((x) => x.depth === d)!;
  assert.deepEqual([at(0).identical, at(0).ci], [true, [0, 0]]);
  assert.equal(at(1024).identical, false);
  assert.equal(fmtShareInterval(at(0).ci, at(0).identical), 'identical in every block');
  assert.match(fmtShareInterval(at(1024).ci, at(1024).identical), /^\[-0\.\d{3}, -0\.\d{3}\]$/);
  assert.equal(fmtShareInterval(null), '–');
});
