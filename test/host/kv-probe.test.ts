import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { DEFAULT_GEOMETRY, KvBuffer, spreadCpus } from '../../src/host/kv-probe.ts';
import { readFingerprint } from '../../src/host/fingerprint.ts';

const MIB = 1 << 20;
const geometry = { ...DEFAULT_GEOMETRY, bytes: 32 * MIB };
const host = readFingerprint();
const nodeIds = host.numaNodes.map((n) => String(n.id));
const cpus = spreadCpus(host.numaNodes, 2);
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

test('heap: every page resident right after allocation (the clear touches them)', () => {
  const b = KvBuffer.allocate('heap', geometry);
  try {
    assert.ok(b.residentBytes()! >= geometry.bytes, `resident ${b.residentBytes()}`);
    assert.ok(b.alloc.minorFaults >= geometry.bytes / 4096 / 2, `faults ${b.alloc.minorFaults}`);
    const p = b.placement();
    if (p) {
      assert.ok(sum(p.nodeBytes) >= geometry.bytes);
      for (const n of Object.keys(p.nodeBytes)) assert.ok(nodeIds.includes(n));
      if (nodeIds.length === 1) assert.deepEqual(Object.keys(p.nodeBytes), nodeIds);
    }
  } finally {
    b.free();
  }
});

test('mmap: nothing resident until filled, then only the filled quarter', () => {
  const b = KvBuffer.allocate('mmap', geometry);
  try {
    assert.ok(b.residentBytes()! < geometry.bytes / 100, `resident after alloc ${b.residentBytes()}`);
    const rows = b.rowsFor(0.25);
    const fill = b.fill(rows, 2, cpus);
    assert.equal(fill.bytes, rows * geometry.rowBytes * geometry.segments);
    assert.ok(fill.minorFaults >= fill.bytes / 4096 / 2, `fill faults ${fill.minorFaults}`);
    const resident = b.residentBytes()!;
    assert.ok(resident >= fill.bytes && resident <= fill.bytes + geometry.segments * 4096, `resident after fill ${resident}`);
    const p = b.placement();
    if (p) {
      assert.equal(sum(p.nodeBytes) + p.absentBytes, geometry.bytes);
      assert.equal(sum(p.nodeBytes), resident);
      if (nodeIds.length === 1) assert.deepEqual(Object.keys(p.nodeBytes), nodeIds);
    }
    const scan = b.scan(rows, 2, cpus);
    assert.equal(scan.bytes, fill.bytes);
    assert.ok(scan.seconds > 0);
    assert.equal(b.residentBytes(), resident, 'reading filled rows adds no pages');
  } finally {
    b.free();
  }
});

test('mmap resident after alloc ≪ heap resident after alloc', () => {
  const heap = KvBuffer.allocate('heap', geometry);
  const mmap = KvBuffer.allocate('mmap', geometry);
  try {
    assert.ok(mmap.residentBytes()! * 50 < heap.residentBytes()!);
  } finally {
    heap.free();
    mmap.free();
  }
});

test('a fill larger than the buffer is refused by the native side', () => {
  const b = KvBuffer.allocate('mmap', geometry);
  try {
    assert.throws(() => b.fill(b.rowsFor(1) + 1, 1), /lpg_kv_fill failed/);
    assert.equal(b.rowsFor(2), b.rowsFor(1), 'fill fractions clamp to the buffer');
  } finally {
    b.free();
  }
  assert.throws(() => b.address, /after free/);
});

test('spreadCpus alternates nodes (two-socket fixture)', () => {
  const xeon = readFingerprint(fileURLToPath(new URL('../../fixtures/host/two-socket-xeon', import.meta.url)));
  assert.deepEqual(spreadCpus(xeon.numaNodes, 4), [0, 16, 1, 17]);
  assert.deepEqual(spreadCpus([], 4), []);
});
