import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFingerprints, finishFingerprint, hostWarnings, readFingerprint } from '../../src/host/fingerprint.ts';
import { parseCpuList, formatCpuList } from '../../src/host/cpulist.ts';
import { describeReclaim, readProactiveReclaim, RECLAIM_MMAP_WARNING } from '../../src/host/damon.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/host/', import.meta.url));
const xeon = join(fixtures, 'two-socket-xeon');
const epyc = join(fixtures, 'four-node-epyc');

function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'lpg-fp-'));
}

test('cpulist: parses and formats the kernel format both ways', () => {
  assert.deepEqual(parseCpuList('0-3,8,10-11\n'), [0, 1, 2, 3, 8, 10, 11]);
  assert.equal(formatCpuList([47, 0, 1, 2, 32, 33, 15, 3]), '0-3,15,32-33,47');
  assert.equal(formatCpuList(parseCpuList('0-15,32-47')!), '0-15,32-47');
  assert.deepEqual(parseCpuList(''), []);
  assert.equal(parseCpuList('0-3,x'), null);
  assert.equal(parseCpuList('5-2'), null);
});

test('two-socket Xeon: sockets, cores, SMT and nodes from sysfs', () => {
  const fp = readFingerprint(xeon);
  assert.equal(fp.cpuModel, 'Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz');
  assert.equal(fp.sockets, 2);
  assert.equal(fp.coresPerSocket, 16);
  assert.equal(fp.threadsPerCore, 2);
  assert.equal(fp.smt, true);
  assert.equal(fp.logicalCpus, 64);
  assert.deepEqual(fp.numaNodes.map((n) => n.id), [0, 1]);
  assert.equal(formatCpuList(fp.numaNodes[0].cpus), '0-15,32-47');
  assert.equal(formatCpuList(fp.numaNodes[1].cpus), '16-31,48-63');
  assert.equal(fp.numaNodes[0].memTotalKiB, 263842304);
  assert.equal(fp.numaNodes[1].memFreeKiB, 255874048);
  assert.equal(fp.numaBalancing, 1);
  assert.equal(fp.thpMode, 'madvise');
  assert.equal(fp.governor, 'powersave');
  assert.equal(fp.boost, true, 'intel_pstate/no_turbo=0 means turbo on');
  assert.equal(fp.kernel, '5.15.0-91-generic');
  assert.equal(fp.hostname, 'xeon-runner-01');
  assert.deepEqual(fp.loadAvgStart, [0.08, 0.12, 0.09]);
  assert.equal(fp.warnings.length, 2);
  assert.match(fp.warnings.join('\n'), /governor is "powersave"/);
  assert.match(fp.warnings.join('\n'), /numa_balancing=1 on a 2-node host/);
});

test('four-node EPYC: one socket split into four nodes', () => {
  const fp = readFingerprint(epyc);
  assert.equal(fp.sockets, 1);
  assert.equal(fp.coresPerSocket, 32);
  assert.equal(fp.threadsPerCore, 2);
  assert.equal(fp.numaNodes.length, 4);
  assert.equal(formatCpuList(fp.numaNodes[2].cpus), '16-23,48-55');
  assert.equal(fp.governor, 'performance');
  assert.equal(fp.boost, true);
  assert.equal(fp.thpMode, 'always');
  assert.equal(fp.numaBalancing, 0);
  assert.equal(fp.warnings.length, 1);
  assert.match(fp.warnings[0], /load average 41\.52 on 64 CPUs/);
});

test('fixture layouts are self-consistent: nodes partition the CPUs', () => {
  for (const root of [xeon, epyc]) {
    const fp = readFingerprint(root);
    const all = fp.numaNodes.flatMap((n) => n.cpus).sort((a, b) => a - b);
    assert.deepEqual(all, [...Array(fp.logicalCpus).keys()]);
    assert.equal(fp.sockets! * fp.coresPerSocket! * fp.threadsPerCore!, fp.logicalCpus);
  }
});

test('an empty tree gives null fields and no warnings, not an exception', () => {
  const root = tempRoot();
  try {
    const fp = readFingerprint(root);
    assert.equal(fp.cpuModel, null);
    assert.equal(fp.sockets, null);
    assert.equal(fp.coresPerSocket, null);
    assert.equal(fp.smt, null);
    assert.equal(fp.kernel, null);
    assert.equal(fp.governor, null);
    assert.equal(fp.boost, null);
    assert.equal(fp.thpMode, null);
    assert.equal(fp.numaBalancing, null);
    assert.equal(fp.loadAvgStart, null);
    assert.deepEqual(fp.numaNodes, []);
    assert.equal(fp.logicalCpus, 0);
    assert.deepEqual(fp.warnings, []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('without sysfs topology, sockets and cores come from /proc/cpuinfo', () => {
  const root = tempRoot();
  try {
    mkdirSync(join(root, 'proc'));
    cpSync(join(xeon, 'proc/cpuinfo'), join(root, 'proc/cpuinfo'));
    const fp = readFingerprint(root);
    assert.equal(fp.logicalCpus, 64);
    assert.equal(fp.sockets, 2);
    assert.equal(fp.coresPerSocket, 16);
    assert.equal(fp.threadsPerCore, 2);
    assert.equal(fp.smt, true);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('this machine: a fingerprint that agrees with node:os', () => {
  const fp = readFingerprint();
  assert.equal(fp.kernel, os.release());
  assert.equal(fp.logicalCpus, os.cpus().length);
  assert.ok(fp.loadAvgStart && fp.loadAvgStart.every((x) => x >= 0));
  assert.ok(fp.cpuModel && fp.cpuModel.length > 0);
  for (const n of fp.numaNodes) for (const c of n.cpus) assert.ok(c < fp.logicalCpus);
  assert.deepEqual(fp.warnings, hostWarnings(fp));
});

test('hostWarnings: load above half the CPUs is flagged', () => {
  const fp = readFingerprint(xeon);
  assert.ok(!hostWarnings(fp).some((w) => w.startsWith('load')));
  assert.ok(hostWarnings({ ...fp, loadAvgStart: [33, 30, 20] }).some((w) => w.startsWith('load average 33.00 on 64 CPUs')));
  assert.ok(!hostWarnings({ ...fp, loadAvgStart: [31, 30, 20] }).some((w) => w.startsWith('load')));
  // numa_balancing matters only with more than one node
  assert.ok(!hostWarnings({ ...fp, numaNodes: fp.numaNodes.slice(0, 1) }).some((w) => w.includes('numa_balancing')));
});

test('finishFingerprint records the end load and warns when the host got busy', () => {
  const root = tempRoot();
  try {
    mkdirSync(join(root, 'proc'));
    writeFileSync(join(root, 'proc/loadavg'), '40.00 20.00 10.00 3/900 1234\n');
    const start = readFingerprint(xeon);
    const end = finishFingerprint(start, root);
    assert.deepEqual(end.loadAvgEnd, [40, 20, 10]);
    assert.match(end.warnings.at(-1)!, /^at the end of the run: load average 40\.00/);
    assert.equal(start.loadAvgEnd, undefined, 'the start fingerprint is not modified');
    const diffs = compareFingerprints(end, end);
    assert.ok(diffs.some((d) => /load average changed during the run, 0\.08 → 40\.00/.test(d)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('compareFingerprints: same host → nothing; different hosts → each difference named', () => {
  const a = readFingerprint(xeon);
  assert.deepEqual(compareFingerprints(a, readFingerprint(xeon)), []);
  const d = compareFingerprints(a, readFingerprint(epyc), ['runner-1', 'runner-2']);
  const text = d.join('\n');
  for (const what of ['hostname', 'CPU model', 'sockets', 'cores per socket', 'NUMA nodes', 'kernel', 'numa_balancing', 'transparent hugepages', 'CPU governor']) {
    assert.match(text, new RegExp(`^${what} differs`, 'm'), what);
  }
  assert.match(text, /CPU governor differs: runner-1 powersave, runner-2 performance/);
  assert.ok(!/turbo\/boost/.test(text), 'both have boost on');
  // same node count, different CPU layout
  const b = readFingerprint(xeon);
  b.numaNodes = [b.numaNodes[1], b.numaNodes[0]].map((n, i) => ({ ...n, id: i }));
  assert.match(compareFingerprints(a, b).join('\n'), /NUMA CPU layout differs/);
});

// Issue 24: DAMON-based proactive reclaim, read from a capture of this project's VM (fixtures/host/README.md).
const damon = join(fixtures, 'damon-pageout');
const KDAMOND0 = 'sys/kernel/mm/damon/admin/kdamonds/0';

/** A copy of the DAMON capture with files changed (relative path → content; null removes it). */
function damonVariant(files: Record<string, string | null>): string {
  const root = tempRoot();
  cpSync(damon, root, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    if (text === null) rmSync(join(root, rel), { force: true });
    else {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), `${text}\n`);
    }
  }
  return root;
}

test('DAMON: a kdamond on with a pageout scheme is proactive reclaim, and a mapped model is warned about', () => {
  const r = readProactiveReclaim(damon);
  assert.equal(r.active, true);
  assert.deepEqual(r.kdamonds, [{ id: '0', state: 'on', actions: ['pageout'] }]);
  assert.equal(r.damonReclaim, null, 'the captured machine has no damon_reclaim module');
  assert.equal(describeReclaim(r), 'DAMON pageout active (kdamond 0)');
  const mapped = readFingerprint(damon, { modelMapped: true });
  assert.deepEqual(mapped.proactiveReclaim, r);
  assert.deepEqual(mapped.warnings, [RECLAIM_MMAP_WARNING]);
  assert.equal(RECLAIM_MMAP_WARNING, "proactive reclaim (DAMON pageout) is active: the model's clean file pages can be evicted between launches; use --no-mmap");
  // --no-mmap (or no model at all): the fact is recorded, nothing to warn about
  assert.deepEqual(readFingerprint(damon).warnings, []);
  assert.equal(readFingerprint(damon).proactiveReclaim?.active, true);
});

test('DAMON: none, off, another action or unreadable state are not flagged; damon_reclaim enabled is', () => {
  for (const root of [xeon, epyc]) {
    const fp = readFingerprint(root, { modelMapped: true });
    assert.deepEqual(fp.proactiveReclaim, { active: false, kdamonds: [], damonReclaim: null });
    assert.ok(!fp.warnings.some((w) => w.includes('reclaim')));
    assert.equal(describeReclaim(fp.proactiveReclaim), 'none');
  }
  const cases: [Record<string, string | null>, boolean | null][] = [
    [{ [`${KDAMOND0}/state`]: 'off' }, false],
    [{ [`${KDAMOND0}/contexts/0/schemes/0/action`]: 'stat' }, false],
    [{ [`${KDAMOND0}/state`]: null }, null], // not root: the file cannot be read
    [{ [`${KDAMOND0}/contexts/0/schemes/0/action`]: null }, null],
    [{ [`${KDAMOND0}/state`]: 'off', 'sys/module/damon_reclaim/parameters/enabled': 'Y' }, true],
    [{ [`${KDAMOND0}/state`]: 'off', 'sys/module/damon_reclaim/parameters/enabled': 'N' }, false],
  ];
  for (const [files, active] of cases) {
    const root = damonVariant(files);
    try {
      const fp = readFingerprint(root, { modelMapped: true });
      assert.equal(fp.proactiveReclaim?.active, active, JSON.stringify(files));
      assert.equal(fp.warnings.includes(RECLAIM_MMAP_WARNING), active === true, JSON.stringify(files));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  assert.match(describeReclaim({ active: null, kdamonds: [{ id: '0', state: null, actions: [] }], damonReclaim: null }), /^unknown/);
  assert.equal(describeReclaim({ active: true, kdamonds: [], damonReclaim: true }), 'DAMON pageout active (damon_reclaim)');
  assert.equal(describeReclaim(undefined), 'not recorded', 'results.json from before the field');
});
