import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KvDepthReader, curveByDepth, formatDepthCurves, sampleMemoryCurve } from '../../src/host/memory-curve.ts';

test('KV depth from sweep-bench and batched-bench tables and from JSON lines', () => {
  const sweep = new KvDepthReader();
  assert.equal(sweep.depth('|   512 |    128 |      0 |    1.234 |   414.88 |    2.345 |    54.58 |'), null, 'no header seen yet');
  assert.equal(sweep.depth('|    PP |     TG |   N_KV |   T_PP s | S_PP t/s |   T_TG s | S_TG t/s |'), null);
  assert.equal(sweep.depth('|-------|--------|--------|----------|----------|----------|----------|'), null);
  assert.equal(sweep.depth('|   512 |    128 |   1024 |    1.234 |   414.88 |    2.345 |    54.58 |'), 1024);
  const batched = new KvDepthReader();
  batched.depth('|    PP |     TG |    B |   N_KV |   T_PP s | S_PP t/s |   T_TG s | S_TG t/s |      T s |    S t/s |');
  assert.equal(batched.depth('|   128 |    128 |    4 |   1024 |    0.512 |  1000.00 |    1.024 |   500.00 |    1.536 |   666.67 |'), 1024);
  const jsonl = new KvDepthReader();
  assert.equal(jsonl.depth('{"n_kv_max": 8192, "pp": 512, "tg": 128, "n_kv": 2048, "speed_tg": 50.1}'), 2048);
  assert.equal(jsonl.depth('main: n_kv_max = 8192'), null);
});

test('a process whose memory grows with depth gives a rising curve', async () => {
  // Stand-in for a lazily touched KV cache: 8 MiB more resident per reported row.
  const script = `
    const keep = [];
    console.log('|    PP |     TG |   N_KV |   T_PP s |');
    let i = 0;
    const step = () => {
      keep.push(Buffer.alloc(8 * 1048576, 1));
      console.log('|   512 |    128 | ' + String(i * 512).padStart(6) + ' |    0.100 |');
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
  assert.match(table, /^\| N_KV \| lazy RSS MiB \| lazy anon MiB \|$/m);
  assert.equal(table.split('\n').length, 2 + 5);
});
