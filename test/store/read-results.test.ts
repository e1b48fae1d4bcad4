// The strict reader's numbers: JSON has no Infinity, but 1e999 parses to it. Every numeric field is
// finite (wall times, memory, depth rows, plan values: unguarded downstream otherwise), and
// throughputs stay below the bound the run itself applies (parse/types.ts MAX_MEASURE). A reason
// (why) and a guest placement are read by their real shapes (store/check-analysis.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/sys/errors.ts';
import { readResultsFileSync } from '../../src/store/read-results.ts';
import { MAX_MEASURE } from '../../src/parse/types.ts';
import { depthLaunches, DEPTH_SWEEP } from '../../fixtures/results/make-results.ts';
import { placementAnalysis, type PlacementAnalysis } from '../../src/stats/placement.ts';
import type { DepthLaunchRecord } from '../../src/bench/types.ts';
import type { Plan } from '../../src/plan/types.ts';

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

const why = { kind: 'too-early', n: 2, paired: true, test: 'signed-rank', needed: { blocks: 11, horizon: 4 }, look: { n: 2, horizon: 4, spent: 0.0475, alpha: 0.05 }, history: { openAt: [2], horizon: 4 } };

/** A real placement: stats/placement.ts on two blocks of a two-node guest. */
function realPlacement(): PlacementAnalysis {
  const plan = { levers: { repetitions: 1, numaGuest: 2 }, threads: 2, alpha: 0.05, warmupBlocks: 0, depthSweep: { depths: [0], gen: 16 } } as unknown as Plan;
  const point = (anon: [number, number]) => ({
    depth: 0, speedTg: 10, speedPp: null,
    memory: { tMs: 1, rssKiB: 1, anonKiB: anon[0] + anon[1], nodeKiB: {}, anonNodeKiB: { '0': anon[0], '1': anon[1] }, nKv: 0, threadCpus: { '0': 1, '1': 1 } },
  });
  const launch = (block: number, variant: 'A' | 'B', anon: [number, number]) => ({
    block, slot: 0, seq: 2 * block + (variant === 'A' ? 0 : 1), variant, warmup: false, tool: 'llama-batched-bench', ctx: 2048, argv: [], startedAt: '', wallMs: 1,
    status: 'ok', exitCode: 0, signal: null, kvBuffer: null, points: [point(anon)], rows: [], samples: [], stderrTail: null, error: null,
  }) as DepthLaunchRecord;
  return placementAnalysis({ plan, depthLaunches: [1, 2, 3].flatMap((b) => [launch(b, 'A', [1000, b]), launch(b, 'B', [400 + b, 420])]) })!;
}

/** Refused with the reader's one-line error naming the field's path and what it must be. */
const mistyped = (fn: () => unknown, message: RegExp) =>
  assert.throws(fn, (e: unknown) => e instanceof UserError && !e.message.includes('\n') && /is not a valid llama-perf-gate results file/.test(e.message) && message.test(e.message), String(message));

test('why and placement are read by their real shapes: what the engine writes comes back as written', () => {
  const placement = realPlacement();
  assert.equal(placement.rows.length, 2);
  const read = readWith((r) => { r.analysis.workloads[0].why = why; r.analysis.placement = placement; }, '')() as any;
  assert.deepEqual(JSON.parse(JSON.stringify(read.analysis.workloads[0].why)), why);
  assert.deepEqual(JSON.parse(JSON.stringify(read.analysis.placement)), JSON.parse(JSON.stringify(placement)));
  const changed = { kind: 'changed', slower: true, by: 0.031, ci: { level: 0.9, lo: 0.95, hi: 0.98, repeated: true }, p: 0.001, adj: 0.003, m: 3, alpha: 0.05, between: true, history: { decidedAt: 1, blocks: 10, horizon: 30, openAt: [] } };
  const failed = { kind: 'could-not-run', variant: 'B', name: 'tg128', counts: [['crashed', 3]], of: 3, last: 'exit 1', stderr: 'failed to load model', model: { name: 'tiny', path: '/m/tiny.gguf' } };
  for (const w of [changed, failed]) {
    assert.deepEqual(JSON.parse(JSON.stringify((readWith((r) => (r.analysis.workloads[0].why = w), '')() as any).analysis.workloads[0].why)), w);
  }
});

test('a results file whose only fault is a mistyped why is refused in one line naming the field', () => {
  mistyped(readWith((r) => (r.analysis.workloads[0].why = { ...why, n: '2' }), ''), /\$\.analysis\.workloads\[0\]\.why\.n must be an integer \(got string\)/);
  mistyped(readWith((r) => (r.analysis.workloads[0].why = { ...why, needed: { blocks: '11', horizon: 4 } }), ''), /why\.needed\.blocks must be a finite number \(got string\)/);
  mistyped(readWith((r) => (r.analysis.workloads[0].why = { ...why, kind: 'trust-me' }), ''), /why\.kind must be one of one-side, .*wide \(got "trust-me"\)/);
  mistyped(readWith((r) => (r.analysis.workloads[0].why = 'neutral'), ''), /why must be an object \(got string\)/);
  mistyped(readWith((r) => (r.analysis.workloads[0].why = { ...why, history: { decidedAt: 1, openAt: [], horizon: 4 } }), ''), /why\.history\.blocks must be an integer \(got undefined\)/);
  refused(readWith((r) => (r.analysis.workloads[0].why = { kind: 'wide', ci: { level: 0.9, lo: 0.9, hi: 1.1, repeated: false }, margin: 0.02, spread: INF, paired: true, needed: { skipped: true } }), '1e999'), /\$\.analysis\.workloads\[0\]\.why\.spread/);
});

test('a results file whose only fault is a mistyped placement is refused in one line naming the field', () => {
  mistyped(readWith((r) => { r.analysis.placement = realPlacement(); r.analysis.placement.rows[0].evenness = '0.5'; }, ''), /\$\.analysis\.placement\.rows\[0\]\.evenness must be a finite number \(got string\)/);
  mistyped(readWith((r) => { r.analysis.placement = realPlacement(); r.analysis.placement.rows[1].variant = 'C'; }, ''), /placement\.rows\[1\]\.variant must be one of A, B/);
  mistyped(readWith((r) => { r.analysis.placement = realPlacement(); r.analysis.placement.evenness[0].ci = [0.1]; }, ''), /placement\.evenness\[0\]\.ci must have exactly 2 items/);
  // The shape bounded JSON let through before: any object at all.
  mistyped(readWith((r) => (r.analysis.placement = { points: [{ depth: 0, nodes: [1.5, 2] }] }), ''), /\$\.analysis\.placement\.nodes must be an array \(got undefined\)/);
});

test('flagged and warned (flags and warnings as data) are read by their real shapes; a mistyped one is refused naming the field', () => {
  const flagged = [{ kind: 'outlier', variant: 'B', blocks: [5], rule: 'modified-z', limit: 3.5 }, { kind: 'unmatched', blocks: [{ variant: 'A', block: 10 }] }, { kind: 'decided-at', index: 1, blocks: 10, horizon: 60 }];
  const warned = [{ kind: 'claimed', claimed: null, recomputed: 'regression', changes: [{ name: 'tg128', from: null, to: 'regression' }] }, { kind: 'design-state-unused', problem: { kind: 'declared', key: 'alpha', got: 0.1, plan: 0.05 } }];
  const read = readWith((r) => { r.analysis.workloads[0].flagged = flagged; r.analysis.warned = warned; }, '')() as any;
  assert.deepEqual(JSON.parse(JSON.stringify(read.analysis.workloads[0].flagged)), flagged);
  assert.deepEqual(JSON.parse(JSON.stringify(read.analysis.warned)), warned);
  mistyped(readWith((r) => (r.analysis.workloads[0].flagged = [{ kind: 'drift', variant: 'A', rho: '-0.9', p: 0.001 }]), ''), /\$\.analysis\.workloads\[0\]\.flagged\[0\]\.rho must be a finite number \(got string\)/);
  mistyped(readWith((r) => (r.analysis.warned = [{ kind: 'design-state-unused', problem: { kind: 'look-missing' } }]), ''), /\$\.analysis\.warned\[0\]\.problem\.look must be an integer \(got undefined\)/);
});
