import { test } from 'node:test';
import assert from 'node:assert/strict';
import { curveByDepth, sampleMemoryCurve } from '../../src/host/memory-curve.ts';
import { formatDepthCurves } from '../../src/report/depth-curves.ts';
import { findExecutable } from '../../src/host/numa-policy.ts';

test('a process whose memory grows with depth gives a rising curve', async () => {
  // Stand-in for a lazily touched KV cache: 8 MiB more resident per reported row.
  const script = `
    const keep = [];
    console.log('|    PP |     TG |   N_KV |   T_PP s | S_PP t/s |   T_TG s | S_TG t/s |');
    let i = 0;
    const step = () => {
      keep.push(Buffer.alloc(8 * 1048576, 1));
      console.log('|   512 |    128 | ' + String(i * 512).padStart(6) + ' |    0.100 |  5120.00 |    1.000 |   128.00 |');
      if (++i < 5) setTimeout(step, 150); else setTimeout(() => {}, 150);
    };
    setTimeout(step, 100);`;
  const curve = await sampleMemoryCurve([process.execPath, '-e', script], { intervalMs: 50 });
  assert.equal(curve.exitCode, 0, curve.stderr);
  const rows = curveByDepth(curve);
  assert.deepEqual(rows.map((p) => p.nKv), [0, 512, 1024, 1536, 2048]);
  const growth = rows[4].anonKiB - rows[0].anonKiB;
  assert.ok(growth >= 4 * 8 * 1024 * 0.9, `anonymous memory grew by ${growth} KiB over four rows`);
  assert.ok(curve.points.length > rows.length, 'interval samples too');
  const table = formatDepthCurves({ lazy: curve });
  assert.match(table, /^\| N_KV \| lazy RSS MiB \| lazy anon MiB \| lazy shmem MiB \|$/m);
  assert.equal(table.split('\n').length, 2 + 5);
});

test('rows on stderr count as rows, and the kinds add up to the total', async () => {
  // ik sweep-bench at the PR-290 base logs its table to stderr.
  const script = `
    process.stderr.write('|    PP |     TG |   N_KV |   T_PP s | S_PP t/s |   T_TG s | S_TG t/s |\\n');
    process.stderr.write('|-------|--------|--------|----------|----------|----------|----------|\\n');
    let i = 0;
    const step = () => {
      process.stderr.write('|   512 |    128 | ' + String(i * 512).padStart(6) + ' |    0.100 |  5120.00 |    1.000 |   128.00 |\\n');
      if (++i < 3) setTimeout(step, 100); else setTimeout(() => {}, 100);
    };
    setTimeout(step, 100);`;
  const curve = await sampleMemoryCurve([process.execPath, '-e', script], { intervalMs: 50 });
  assert.equal(curve.exitCode, 0, curve.stderr);
  assert.deepEqual(curveByDepth(curve).map((p) => p.nKv), [0, 512, 1024]);
  assert.deepEqual(curve.rows!.map((r) => [r.nKv, r.speedPp]), [[0, 5120], [512, 5120], [1024, 5120]]);
  for (const p of curveByDepth(curve)) {
    // The kinds add up to about VmRSS (the kernel's counters lag the page-table walk a little).
    const kinds = p.anonKiB + p.shmemKiB! + p.fileKiB!;
    assert.ok(Math.abs(kinds - p.rssKiB) < Math.max(0.15 * p.rssKiB, 4096), JSON.stringify(p));
    assert.equal(typeof p.shmemNodeKiB, 'object');
  }
});

test('a MAP_SHARED|MAP_ANONYMOUS buffer (PR 290\'s KV cache) is resident as shmem, not anon', async (t) => {
  const python = findExecutable('python3');
  if (!python) return t.skip('python3 is not installed (it provides the shared anonymous mmap)');
  // 64 MiB shared anonymous, touched page by page; a row after each 16 MiB.
  const script = [
    'import mmap, sys, time',
    'm = mmap.mmap(-1, 64 << 20, flags=mmap.MAP_SHARED | mmap.MAP_ANONYMOUS)',
    'print("|    PP |     TG |   N_KV |   T_PP s | S_PP t/s |   T_TG s | S_TG t/s |", flush=True)',
    'for i in range(5):',
    '    print("|   512 |    128 | %6d |    0.100 |  5120.00 |    1.000 |   128.00 |" % (i * 512), flush=True)',
    '    time.sleep(0.15)',
    '    if i < 4:',
    '        for off in range(i * (16 << 20), (i + 1) * (16 << 20), 4096): m[off] = 1',
  ].join('\n');
  const curve = await sampleMemoryCurve([python, '-c', script], { intervalMs: 50 });
  assert.equal(curve.exitCode, 0, curve.stderr);
  const rows = curveByDepth(curve);
  assert.deepEqual(rows.map((p) => p.nKv), [0, 512, 1024, 1536, 2048]);
  const shmemGrowth = rows[4].shmemKiB! - rows[0].shmemKiB!;
  const anonGrowth = rows[4].anonKiB - rows[0].anonKiB;
  const rssGrowth = rows[4].rssKiB - rows[0].rssKiB;
  assert.ok(shmemGrowth >= 64 * 1024 * 0.7, `shmem grew by ${shmemGrowth} KiB`);
  assert.ok(anonGrowth < 8 * 1024, `anon grew by only ${anonGrowth} KiB`);
  assert.ok(rssGrowth >= 64 * 1024 * 0.7, `the headline (VmRSS) grew by ${rssGrowth} KiB`);
  const node = Object.values(rows[4].shmemNodeKiB!).reduce((a, b) => a + b, 0);
  assert.ok(node >= 64 * 1024 * 0.7, `numa_maps shows the shmem per node too: ${node} KiB`);
});
