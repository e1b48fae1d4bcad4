// The strict reader's numbers: JSON has no Infinity, but 1e999 parses to it. Every numeric field is
// finite (wall times, memory, depth rows, plan values: unguarded downstream otherwise), and
// throughputs stay below the bound the run itself applies (parse/types.ts MAX_MEASURE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/sys/errors.ts';
import { readResultsFileSync } from '../../src/store/read-results.ts';
import { MAX_MEASURE } from '../../src/parse/types.ts';
import { depthLaunches, DEPTH_SWEEP } from '../../fixtures/results/make-results.ts';

const FIXTURE = new URL('../../fixtures/results/with-analysis.json', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'lpg-read-'));
const INF = '__INF__';

/** The fixture with one field set to `text` (a JSON number literal such as 1e999), read back. */
function readWith(edit: (r: any) => void, text: string): () => unknown {
  const r = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  r.plan.depthSweep = DEPTH_SWEEP;
  for (const b of r.builds) b.depthTool = 'llama-batched-bench';
  r.depthLaunches = depthLaunches({});
  edit(r);
  const file = join(dir, 'results.json');
  writeFileSync(file, JSON.stringify(r).replace(`"${INF}"`, text));
  return () => readResultsFileSync(file);
}

const refused = (fn: () => unknown, path: RegExp) =>
  assert.throws(fn, (e: unknown) => e instanceof UserError && path.test(e.message) && /must be a (finite|positive) number|must be a number from 0/.test(e.message), String(path));

test('±Infinity (1e999 in the file) is refused in wall times, memory fields, depth rows and plan numbers', () => {
  assert.doesNotThrow(readWith(() => {}, ''));
  const i = 0;
  const cases: [string, (r: any) => void, RegExp][] = [
    ['launch wall time', (r) => (r.launches[i].wallMs = INF), /\$\.launches\[0\]\.wallMs/],
    ['launch memory', (r) => (r.launches[i].memory = { peakRssKiB: INF, minorFaults: 0, majorFaults: 0, nodeKiB: null }), /\$\.launches\[0\]\.memory\.peakRssKiB/],
    ['depth launch wall time', (r) => (r.depthLaunches[0].wallMs = INF), /\$\.depthLaunches\[0\]\.wallMs/],
    ['depth row time', (r) => (r.depthLaunches[0].rows[0].tTgSec = INF), /\$\.depthLaunches\[0\]\.rows\[0\]\.tTgSec/],
    ['depth row speed', (r) => (r.depthLaunches[0].rows[0].speedTg = INF), /\$\.depthLaunches\[0\]\.rows\[0\]\.speedTg/],
    ['memory sample', (r) => (r.depthLaunches[0].samples[0].rssKiB = INF), /\$\.depthLaunches\[0\]\.samples\[0\]\.rssKiB/],
    ['plan timeout', (r) => (r.plan.timeoutSec = INF), /\$\.plan\.timeoutSec/],
    ['host memory', (r) => (r.host.numaNodes = [{ id: 0, cpus: [0], memTotalKiB: INF, memFreeKiB: null }]), /\$\.host\.numaNodes\[0\]\.memTotalKiB/],
  ];
  for (const [what, edit, path] of cases) {
    for (const inf of ['1e999', '-1e999']) refused(readWith(edit, inf), path);
    assert.ok(what);
  }
});

test('a depth row speed at or beyond the run\'s bound is refused like a llama-bench throughput', () => {
  refused(readWith((r) => (r.depthLaunches[0].rows[0].speedPp = INF), String(MAX_MEASURE)), /\$\.depthLaunches\[0\]\.rows\[0\]\.speedPp must be a number from 0 to below 1e12/);
  refused(readWith((r) => (r.launches.find((l: any) => l.records.length).records[0].avgTs = INF), '1e308'), /avgTs must be a positive number below 1e12/);
});

test('a reason as data (why) and a guest placement are kept as written, bounded: non-finite numbers and deep nesting are refused', () => {
  const why = { kind: 'too-early', n: 2, paired: true, test: 'signed-rank', needed: { blocks: 11, horizon: 4 }, look: { n: 2, horizon: 4, spent: 0.0475, alpha: 0.05 }, history: { openAt: [2], horizon: 4 } };
  const placement = { points: [{ depth: 0, nodes: [1.5, 2] }] };
  const read = readWith((r) => { r.analysis.workloads[0].why = why; r.analysis.placement = placement; }, '')() as any;
  assert.deepEqual(JSON.parse(JSON.stringify(read.analysis.workloads[0].why)), why);
  assert.deepEqual(JSON.parse(JSON.stringify(read.analysis.placement)), placement);
  refused(readWith((r) => (r.analysis.workloads[0].why = { kind: 'wide', spread: INF }), '1e999'), /\$\.analysis\.workloads\[0\]\.why\.spread/);
  let deep: any = 1;
  for (let i = 0; i < 12; i++) deep = { d: deep };
  assert.throws(readWith((r) => (r.analysis.placement = deep), ''), (e: unknown) => e instanceof UserError && /nested too deeply/.test(e.message));
});
