// The decision (stats/decide.ts) replays the looks the experiment took (results.json `design`), so a file read
// later decides as the pipeline did; a state that does not fit its plan and launches is not used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Results } from '../../src/store/results.ts';
import type { DesignState } from '../../src/stats/types.ts';
import { validateResults } from '../../src/store/read-results.ts';
import { decideAll } from '../../src/stats/decide.ts';
import { designOf } from '../../src/stats/design-replay.ts';
import { decide } from '../../src/stats/sequential.ts';
import { workloadInputsFromResults } from '../../src/stats/from-results.ts';
import { UserError } from '../../src/sys/errors.ts';
import { emptyResults, launches, testPlan } from '../store/helpers.ts';
import { flagsOf } from '../../src/report/flag-words.ts';
import { warningsOf } from '../../src/report/warning-words.ts';

/** A finished run of `blocks` counted blocks (plus one warm-up); `stop` ends a workload's launches at a counted block. */
function run(workloads: string, ratios: Record<string, number>, stop: Record<string, number> = {}, blocks = 20): Results {
  const plan = { ...testPlan(workloads, blocks), looks: [10, blocks] };
  const r = emptyResults(plan);
  const all = [...launches(plan, blocks + 1, 1, 0.03, 5)].map((l) => {
    const v = l.records[0];
    const k = l.variant === 'B' ? ratios[l.workload] ?? 1 : 1;
    const samplesTs = v.samplesTs.map((x) => x * k);
    return { ...l, records: [{ ...v, avgTs: v.avgTs * k, samplesTs, samplesNs: v.samplesNs.map((x) => Math.round(x / k)) }] };
  });
  r.launches = all.filter((l) => stop[l.workload] === undefined || l.block <= stop[l.workload]).map((l, seq) => ({ ...l, seq }));
  const byBlock = new Map<number, Results['schedule']['blocks'][number]['order']>();
  for (const l of r.launches) byBlock.set(l.block, [...(byBlock.get(l.block) ?? []), { variant: l.variant, workload: l.workload }]);
  r.schedule.blocks = [...byBlock].map(([block, order]) => ({ block, order }));
  return r;
}

/** The state the pipeline persists: a decision at each look taken, the state passed on. */
function lookedAt(r: Results, looks: number[]): DesignState {
  let state: DesignState | undefined;
  for (const n of looks) {
    const inputs = workloadInputsFromResults({ ...r, launches: r.launches.filter((l) => l.block <= n) });
    state = decide(inputs, { ...designOf(r.plan), looks: looks.filter((l) => l <= n), nBlocks: n, state }).state;
  }
  return state!;
}

const roundTrip = (r: Results): Results => validateResults(JSON.parse(JSON.stringify(r)), 'results.json');

test('the looks the experiment took are replayed: a look the run never took decides nothing in the file', () => {
  // B 10% slower: the plan's look at 10 would decide it, but this run's look at 10 was never taken
  // (its launches went on to block 20), so the run decided at 20, and so must every reader.
  const r = run('tg128', { tg128: 0.9 });
  r.design = lookedAt(r, [20]);
  const pipeline = decide(workloadInputsFromResults(r), { ...designOf(r.plan), nBlocks: 20, state: r.design }).analysis;
  const read = decideAll(roundTrip(r))!;
  assert.deepEqual(read.workloads, pipeline.workloads);
  assert.equal(read.workloads[0].verdict, 'regression');
  assert.match(flagsOf(read.workloads[0]).join(' '), /decided at look 1 \(20 of 20 blocks\)/);
  assert.deepEqual(warningsOf(read).filter((w) => /design state/.test(w)), []);
  // Without the state the plan's looks decide it at 10: a different interval and α.
  const planOnly = decideAll(roundTrip({ ...r, design: undefined }))!;
  assert.match(flagsOf(planOnly.workloads[0]).join(' '), /decided at look 1 \(10 of 20 blocks\)/);
});

test('an honest state with a workload stopped at its look is used as it is', () => {
  const r = run('pp512,tg128', { tg128: 0.9, pp512: 1 }, { tg128: 10 });
  r.design = lookedAt(r, [10, 20]);
  const read = decideAll(roundTrip(r))!;
  assert.deepEqual(warningsOf(read).filter((w) => /design state/.test(w)), []);
  assert.equal(read.workloads.find((w) => w.name === 'tg128')?.verdict, 'regression');
});

test('a forged design state is not used: one warning, and the plan\'s looks decide', () => {
  const honest = run('pp512,tg128', { tg128: 0.9, pp512: 1 }, { tg128: 10 });
  honest.design = lookedAt(honest, [10, 20]);
  const planOnly = decideAll(roundTrip({ ...honest, design: undefined }))!;
  const forged = (edit: (s: DesignState) => DesignState, r = honest) => decideAll(roundTrip({ ...r, design: edit(structuredClone(r.design!)) }))!;
  const cases: [string, (s: DesignState) => DesignState, RegExp][] = [
    // Dropping the look that stopped tg128 would let it be judged on 10 blocks it never had.
    ['look dropped', (s) => ({ ...s, looks: s.looks.filter((l) => l.blocks !== 10) }), /tg128 was measured up to block 10 but its looks decide it at 20/],
    ['horizon', (s) => ({ ...s, horizon: 21 }), /its horizon 21 is not the plan's 20/],
    ['spending', (s) => ({ ...s, spending: s.spending === 'obf' ? 'pocock' : 'obf' }), /its spending \w+ is not the plan's/],
    ['alpha', (s) => ({ ...s, alpha: 0.2 }), /its alpha 0.2 is not the plan's 0.05/],
    ['past the data', (s) => ({ ...s, looks: [...s.looks, { blocks: 22, alpha_spent: 0.05, decided: [] }] }), /look at 22 blocks is past the 20 blocks measured/],
    ['not a planned look', (s) => ({ ...s, looks: [{ ...s.looks[0], blocks: 15 }, s.looks[1]] }), /look at 15 blocks is not a look of the plan \(10, 20; horizon 20\)/],
    ['out of order', (s) => ({ ...s, looks: [s.looks[1], s.looks[0]] }), /do not increase/],
  ];
  for (const [name, edit, why] of cases) {
    const a = forged(edit);
    assert.match(warningsOf(a)[0], /^the results file's design state was not used \(/, name);
    assert.match(warningsOf(a)[0], why, name);
    assert.deepEqual(a.workloads, planOnly.workloads, `${name}: decided with the plan's looks`);
  }
  // Every workload measured to the end: dropping a look where nothing stopped would give the last
  // look more α than the plan's looks allow. Refused: no launch shows the look was skipped.
  const even = run('pp512,tg128', { tg128: 1, pp512: 1 });
  even.design = lookedAt(even, [10, 20]);
  const a = forged((s) => ({ ...s, looks: s.looks.filter((l) => l.blocks !== 10) }), even);
  assert.match(warningsOf(a)[0], /the plan's look at 10 blocks is missing, and no launch shows it was skipped/);
});

test('a design state of another shape is refused by the validator with its path', () => {
  const r = run('tg128', { tg128: 1 });
  r.design = lookedAt(r, [10, 20]);
  assert.throws(() => roundTrip({ ...r, design: { ...r.design, version: 3 } as unknown as DesignState }), (e: Error) => e instanceof UserError && /\$\.design\.version must be 2/.test(e.message));
  assert.throws(() => roundTrip({ ...r, design: { ...r.design!, looks: [{ blocks: 0, alpha_spent: 0, decided: [] }] } }), /\$\.design\.looks\[0\]\.blocks must be between 1/);
});
