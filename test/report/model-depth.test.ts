// The depth-sweep family in the model: medians and ranges per depth from the launches, the engine's
// per-depth ratio, interval and verdict (sweep:tg@dD workloads), failures one line per variant; the
// family's points gate (first line) but stay out of the workload table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeResults, workloadAnalysis } from '../../fixtures/results/make-results.ts';
import type { Results } from '../../src/store/results.ts';
import { plain } from '../../src/report/index.ts';
import { model, markdown } from './helpers.ts';

const DEPTHS = [0, 1024, 2048];

function withSweep(): Results {
  const r = makeResults({ workloads: [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 20, trueRatio: 1 }], timeout: null });
  const launches = [];
  for (let block = 0; block < 4; block++) {
    for (const variant of ['A', 'B'] as const) {
      const failed = variant === 'B' && block === 2;
      launches.push({
        block, variant, warmup: block === 0, status: failed ? 'crashed' : 'ok', tool: 'llama-sweep-bench', ctx: 4096, kvBuffer: variant === 'A' ? 'heap' : 'mmap',
        exitCode: failed ? 134 : 0, signal: null, error: failed ? 'exit 134' : null, stderrTail: failed ? 'GGML_ASSERT' : null,
        points: failed ? [] : DEPTHS.map((d) => ({
          depth: d,
          speedTg: (variant === 'A' ? 20 : 18) - d / 1024 + block * 0.1,
          speedPp: 100 - d / 100,
          memory: { tMs: 0, rssKiB: 100_000 + d, anonKiB: variant === 'A' ? 80_000 : 40_000 + d * 8, nodeKiB: { '0': 1500, '1': 2500 }, anonNodeKiB: { '0': 1000, '1': 2000 }, nKv: d },
        })),
      });
    }
  }
  (r as unknown as { depthLaunches: unknown }).depthLaunches = launches;
  r.analysis = {
    verdict: 'regression', margin: 0.02, alpha: 0.05, geomean_ratio: null, warnings: [],
    workloads: [
      workloadAnalysis('tg128', 'neutral', 1.001, [0.99, 1.01]),
      ...DEPTHS.map((d) => workloadAnalysis(`sweep:tg@d${d}`, 'regression', 0.9, [0.88, 0.92])),
      ...DEPTHS.map((d) => workloadAnalysis(`sweep:pp@d${d}`, 'neutral', 1.0, [0.99, 1.01])),
    ],
  };
  return r;
}

test('per depth: medians over counted launches, their range, and the engine\'s B/A, interval and verdict', () => {
  const d = model(withSweep()).machines[0].depth!;
  assert.equal(d.tool, 'llama-sweep-bench');
  assert.deepEqual(d.tg.map((p) => p.depth), DEPTHS);
  const p = d.tg[1];
  // A at 1024 over blocks 1..3: 19.1, 19.2, 19.3 → median 19.2, range [19.1, 19.3]
  assert.ok(Math.abs(p.a! - 19.2) < 1e-9 && Math.abs(p.aBand![0] - 19.1) < 1e-9 && Math.abs(p.aBand![1] - 19.3) < 1e-9, JSON.stringify(p));
  assert.deepEqual([p.ratio, p.ci, p.verdict], [0.9, [0.88, 0.92], 'regression']);
  assert.equal(d.launchesPerVariant, 3);
  assert.equal(d.kvBuffers, 'KV buffer type logged by the processes: A heap, B mmap');
  assert.deepEqual(d.nodes.map((n) => n.id), ['0', '1']);
  assert.deepEqual(d.failures.map((f) => f.detail), ['depth sweep, variant B (llama-sweep-bench): 1 of 4 launches failed (1 crashed); last, block 2: crashed, exit code 134, exit 134']);
});

test('the family gates (first line) but its points are not rows of the workload table', () => {
  const m = model(withSweep());
  assert.deepEqual(m.machines[0].workloads.map((w) => w.id), ['tg128']);
  assert.match(plain(m.firstLine), /^🔴 sweep:tg@d0 -10\.0% \[-12\.0%, -8\.0%\]; sweep:tg@d1024 .* — check fails$/);
  const body = markdown(withSweep());
  assert.doesNotMatch(body, /\| `sweep:tg@d0` \|/);
  assert.match(body, /\| 1024 \| 19\.20 \| [\d.]+ \| \*\*0\.900\*\* \| \[0\.880, 0\.920\] \| 🔴 regression \|/);
});
