import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProbeArgs } from '../../src/cli/probe.ts';
import { formatProbe, formatProbeReport } from '../../src/report/probe.ts';
import { runProbe } from '../../src/host/probe-run.ts';
import { UserError } from '../../src/sys/errors.ts';

test('probe flags: defaults, values, and actionable errors', () => {
  assert.deepEqual(parseProbeArgs([], 8), { kvMiB: 512, fill: 0.25, threads: 8, kinds: ['heap', 'mmap'], timeMs: 1000, iterations: 10 });
  const o = parseProbeArgs(['--kv-mib', '64', '--fill', '0.5', '--threads', '3', '--kinds', 'heap,shared'], 8)!;
  assert.equal(o.kvMiB, 64);
  assert.equal(o.fill, 0.5);
  assert.equal(o.threads, 3);
  assert.deepEqual(o.kinds, ['heap', 'shared']);
  assert.equal(parseProbeArgs(['--help'], 8), null);
  for (const bad of [['--fill', '0'], ['--fill', '1.5'], ['--kv-mib', 'x'], ['--threads', '0'], ['--kinds', 'heap,zram'], ['--bogus']]) {
    assert.throws(() => parseProbeArgs(bad, 8), UserError, bad.join(' '));
  }
});

test('probe on this machine: table rows match the measurements', async () => {
  const r = await runProbe({ kvMiB: 16, fill: 0.25, threads: 2, kinds: ['heap', 'mmap'], timeMs: 0, iterations: 3 });
  const [heap, mmap] = r.kinds;
  assert.equal(heap.kind, 'heap');
  assert.ok(heap.residentAfterAlloc! >= 16 * 1024 * 1024);
  assert.ok(mmap.residentAfterAlloc! < 1024 * 1024);
  assert.ok(mmap.residentAfterFill! >= 4 * 1024 * 1024 && mmap.residentAfterFill! < 5 * 1024 * 1024);
  for (const k of r.kinds) {
    assert.ok(k.scans >= 3);
    assert.ok(k.scanMeanBps > 0 && Number.isFinite(k.scanCv));
  }
  if (r.host.numaNodes.length === 1) {
    assert.deepEqual(Object.keys(mmap.placementAfterFill!.nodeBytes), [String(r.host.numaNodes[0].id)]);
  }
  const table = formatProbe(r);
  assert.match(table, /\| resident after alloc MiB +\| +16\.0 \| +0\.0 \| +0\.000 \|/);
  assert.match(table, /\| resident after fill MiB +\| +16\.0 \| +4\.0 \| +0\.250 \|/);
  assert.match(formatProbeReport(r), /^noise: CV of repeated scans heap [\d.]+% \(robust [\d.]+%, n=\d+\), mmap/m);
});
