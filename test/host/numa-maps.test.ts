import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeEvenness, parseNumaMaps, parseNumaMapsLine, readProcessResidency, residentByNode } from '../../src/host/numa-maps.ts';
import { readFingerprint } from '../../src/host/fingerprint.ts';

const dir = fileURLToPath(new URL('../../fixtures/host/numa_maps/', import.meta.url));
const read = (f: string) => readFileSync(dir + f, 'utf8');

test('a two-node anonymous mapping: pages per node × page size', () => {
  const m = parseNumaMapsLine('7f1e00000000 default anon=262144 dirty=262144 active=0 N0=131072 N1=131072 kernelpagesize_kB=4')!;
  assert.equal(m.policy, 'default');
  assert.equal(m.anonymous, true);
  assert.equal(m.file, null);
  assert.deepEqual(m.nodePages, { '0': 131072, '1': 131072 });
  assert.equal(m.counters.anon, 262144);
  assert.deepEqual(residentByNode([m]).nodeKiB, { '0': 524288, '1': 524288 });
});

test('hugetlb pages count once with their 2 MiB page size, and are anonymous', () => {
  const m = parseNumaMapsLine('7f22c0000000 default file=/anon_hugepage\\040(deleted) huge anon=64 dirty=64 N0=32 N1=32 kernelpagesize_kB=2048')!;
  assert.equal(m.huge, true);
  assert.equal(m.pageKiB, 2048);
  assert.equal(m.file, '/anon_hugepage (deleted)');
  assert.equal(m.anonymous, true);
  assert.deepEqual(residentByNode([m]).anonNodeKiB, { '0': 65536, '1': 65536 });
});

test('policies, regions and file mappings are told apart', () => {
  const [interleave, bind, model, shared, untouched, stack] = [
    '7f2200000000 interleave:0-1 anon=65536 dirty=65536 active=0 N0=32768 N1=32768 kernelpagesize_kB=4',
    '7f2240000000 bind:1 anon=16384 dirty=16384 active=0 N1=16384 kernelpagesize_kB=4',
    '7f1f00000000 default file=/models/Llama-3.1-8B-Instruct-Q4_K_M.gguf mapped=1199328 mapmax=2 N0=600112 N1=599216 kernelpagesize_kB=4',
    '7f2280000000 default file=/dev/zero\\040(deleted) dirty=8192 active=0 N0=4096 N1=4096 kernelpagesize_kB=4',
    '7f1c44000000 default',
    '7ffd1a3c1000 default stack anon=34 dirty=34 active=1 N0=34 kernelpagesize_kB=4',
  ].map((l) => parseNumaMapsLine(l)!);
  assert.equal(interleave.policy, 'interleave:0-1');
  assert.equal(bind.policy, 'bind:1');
  assert.equal(model.anonymous, false);
  assert.equal(model.file, '/models/Llama-3.1-8B-Instruct-Q4_K_M.gguf');
  assert.equal(model.counters.mapmax, 2);
  assert.equal(shared.anonymous, true, 'MAP_SHARED|MAP_ANONYMOUS shows as /dev/zero');
  assert.equal(shared.kind, 'shmem', 'and is shared memory, not private anonymous');
  assert.equal(model.kind, 'file');
  assert.equal(bind.kind, 'anon');
  assert.deepEqual(untouched.nodePages, {});
  assert.equal(stack.region, 'stack');
  assert.equal(parseNumaMapsLine('7f8000000000 weighted interleave:0-3 anon=8 N0=8 kernelpagesize_kB=4')!.policy, 'weighted interleave:0-3');
  assert.equal(parseNumaMapsLine(''), null);
  assert.equal(parseNumaMapsLine('not a mapping'), null);
});

test('two-node llama-bench fixture: totals, anonymous and file parts', () => {
  const r = residentByNode(parseNumaMaps(read('two-node-llama-bench.numa_maps')));
  // Worked by hand from the fixture: anonymous N0 = (23130+2100+1048576+131072+32768+4096+500+13+34)×4 + 32×2048,
  // of which the MAP_SHARED|MAP_ANONYMOUS mapping (/dev/zero, 4096 pages per node) is shmem.
  assert.deepEqual(r.anonNodeKiB, { '0': 5034692 - 16384, '1': 811268 - 16384 });
  assert.deepEqual(r.shmemNodeKiB, { '0': 16384, '1': 16384 });
  assert.deepEqual(r.nodeKiB, { '0': 7438160, '1': 3208540 });
  for (const n of ['0', '1'] as const) assert.equal(r.anonNodeKiB[n] + r.shmemNodeKiB[n] + r.fileNodeKiB[n], r.nodeKiB[n]);
  assert.equal(r.totalKiB, 7438160 + 3208540);
  assert.equal(r.anonKiB, 5034692 + 811268 - 2 * 16384);
  assert.equal(r.shmemKiB, 2 * 16384);
  assert.equal(r.anonKiB + r.shmemKiB + r.fileKiB, r.totalKiB);
});

test('four-node interleaved fixture: even except where policy says otherwise', () => {
  const maps = parseNumaMaps(read('four-node-interleaved.numa_maps'));
  assert.equal(maps.length, 12);
  const kv = residentByNode(maps.filter((m) => m.address === '7f6a00000000'));
  const e = nodeEvenness(kv.nodeKiB, [0, 1, 2, 3])!;
  assert.equal(e.maxMinRatio, 1);
  assert.equal(e.maxShare, 0.25);
  const memfd = maps.find((m) => m.file?.startsWith('/memfd:'))!;
  assert.equal(memfd.anonymous, true);
  assert.equal(memfd.kind, 'shmem');
  const bind = residentByNode(maps.filter((m) => m.policy === 'bind:2-3'));
  const eb = nodeEvenness(bind.nodeKiB, [0, 1, 2, 3])!;
  assert.equal(eb.maxMinRatio, null, 'nodes 0 and 1 hold nothing');
  assert.equal(eb.maxShare, 0.5);
});

test('single-node VM capture (real kernel output): everything on node 0', () => {
  const maps = parseNumaMaps(read('single-node-vm.numa_maps'));
  assert.ok(maps.length > 100);
  const r = residentByNode(maps);
  assert.deepEqual(Object.keys(r.nodeKiB), ['0']);
  const huge = maps.filter((m) => m.huge);
  assert.equal(huge.length, 1);
  assert.equal(residentByNode(huge).anonKiB, 4096);
  assert.equal(nodeEvenness(r.nodeKiB)!.maxMinRatio, 1);
});

test('nodeEvenness: shares, max/min, and nothing resident', () => {
  const e = nodeEvenness({ '0': 100, '1': 300 })!;
  assert.deepEqual(e.shares, { '0': 0.25, '1': 0.75 });
  assert.equal(e.maxShare, 0.75);
  assert.equal(e.maxMinRatio, 3);
  assert.equal(nodeEvenness({}), null);
  assert.equal(nodeEvenness({ '0': 0 }, [0, 1]), null);
});

test('this process: numa_maps names only nodes this host has', () => {
  const r = readProcessResidency(process.pid)!;
  assert.ok(r.totalKiB > 1024, 'node itself is well over 1 MiB resident');
  const nodes = readFingerprint().numaNodes.map((n) => String(n.id));
  for (const k of Object.keys(r.nodeKiB)) assert.ok(nodes.includes(k), `node ${k}`);
  assert.equal(readProcessResidency(2 ** 22 + 12345), null, 'no such process');
});
