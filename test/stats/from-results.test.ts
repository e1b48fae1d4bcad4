import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workloadInputsFromResults, launchValue } from '../../src/stats/from-results.ts';
import type { Results } from '../../src/store/results.ts';
import type { LaunchRecord } from '../../src/bench/types.ts';
import type { BenchRecord } from '../../src/parse/types.ts';

const rec = (ts: number[]): BenchRecord => ({
  flavour: 'mainline', label: 'tg128', nPrompt: 0, nGen: 128, nDepth: 0, nThreads: 2,
  samplesNs: ts.map((t) => 128e9 / t), samplesTs: ts, avgTs: ts.reduce((a, b) => a + b) / ts.length,
  stddevTs: null, buildCommit: null, buildNumber: null, cpuInfo: null, modelType: null, raw: {},
});
const launch = (block: number, variant: 'A' | 'B', ts: number[], extra: Partial<LaunchRecord> = {}): LaunchRecord => ({
  block, slot: 0, seq: block * 2 + (variant === 'A' ? 0 : 1), variant, workload: 'tg128', warmup: block === 0,
  startedAt: '', wallMs: 1, status: 'ok', exitCode: 0, signal: null, argv: [], records: [rec(ts)],
  memory: null, stderrTail: null, error: null, ...extra,
});

test('launchValue is the median of samples_ts, not the mean', () => {
  assert.equal(launchValue(rec([10, 11, 30])), 11);
});

test('warm-up and failed launches are left out; blocks pair A with B', () => {
  const results = {
    plan: { workloads: [{ id: 'tg128' }] },
    launches: [
      launch(0, 'A', [1, 1, 1]), launch(0, 'B', [2, 2, 2]),
      launch(1, 'A', [10, 12, 11]), launch(1, 'B', [20, 22, 21]),
      launch(2, 'A', [9, 9, 9], { status: 'crashed', records: [] }), launch(2, 'B', [19, 19, 19]),
    ],
  } as unknown as Results;
  const [w] = workloadInputsFromResults(results);
  assert.deepEqual(w.a.map((o) => [o.block, o.value]), [[1, 11]]);
  assert.deepEqual(w.b.map((o) => [o.block, o.value]), [[1, 21], [2, 19]]);
});
