// End to end on the real thing: the llama.cpp git bundle from the node-llama-cpp npm package, the
// project's mmap-KV patch on a branch, real CMake builds of llama-bench, a synthetic model, real
// interleaved launches — through `llama-perf-gate demo`, the command behind `npm start`.
// Slow (two llama.cpp builds on a cold cache: ~10 minutes on 2 cores); run by .ci/run via `npm run test:e2e`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Results } from '../../src/store/results.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const WORKLOADS = ['pp64', 'tg16', 'tg16@d256'];

test('demo: both variants build, every workload has samples from both, report renders', { timeout: 60 * 60_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'lpg-e2e-'));
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [MAIN, 'demo', '--workloads', WORKLOADS.join(','), '--max-blocks', '3', '--repetitions', '2', '--seed', '11', '--out', out],
      { maxBuffer: 64 << 20 }, (err, stdout, stderr) => done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
  process.stderr.write(r.stdout);
  assert.equal(r.code, 0, r.stderr.slice(-4000));
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
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
  assert.equal(res.analysis!.workloads.length, WORKLOADS.length);
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(report, /<!-- llama-perf-gate -->/);
  for (const w of WORKLOADS) assert.ok(report.includes(w), `report mentions ${w}`);
  assert.match(r.stderr, /\[build [AB]\]/);
  assert.match(r.stderr, /\[bench\] block 3\/3/);
  // Memory at KV depth: llama-batched-bench in a context of 8192; heap KV resident from the first
  // row, the mmap KV of B only as far as the depth reached.
  assert.deepEqual(res.builds.map((b) => b.depthTool), ['llama-batched-bench', 'llama-batched-bench']);
  const curves = res.memoryCurves ?? [];
  assert.deepEqual(curves.map((c) => [c.variant, c.status]).sort(), [['A', 'ok'], ['B', 'ok']], JSON.stringify(curves.map((c) => c.error)));
  assert.equal(curves.find((c) => c.variant === 'B')!.kvBuffer, 'mmap');
  const firstAnon = (v: 'A' | 'B') => curves.find((c) => c.variant === v)!.points.find((p) => p.nKv !== null)!.anonKiB;
  assert.ok(firstAnon('B') < firstAnon('A') / 2, `anonymous resident at the first depth: A ${firstAnon('A')} KiB, B ${firstAnon('B')} KiB`);
  assert.match(report, /#### Memory at KV depth/);

  // The head binary really takes the mmap path when LLAMA_KV_MMAP=1, and only then.
  const headBench = join(res.builds[1].binDir!, 'llama-bench');
  const kvLog = (env: Record<string, string>) => {
    const p = spawnSync(headBench, ['-m', res.plan.model, '-p', '16', '-n', '0', '-r', '1', '--no-warmup', '-v'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.equal(p.status, 0, p.stderr);
    return p.stderr;
  };
  assert.match(kvLog({ LLAMA_KV_MMAP: '1' }), /CPU_MMAP/);
  assert.doesNotMatch(kvLog({}), /CPU_MMAP/);
});
