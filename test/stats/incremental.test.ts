// Deciding at a look reuses the looks already replayed (issue 8 Performance): the outcome must be
// identical to a decision from scratch on the same data, and to a plain replay of every look with
// the look engine (blocks_needed included everywhere) — whatever the data did in between.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, forgetReplays, type DecideOptions } from '../../src/stats/sequential.ts';
import { analyzeLook, type LookDesign } from '../../src/stats/look.ts';
import { alphaSpent } from '../../src/stats/spending.ts';
import type { Analysis, DesignState, WorkloadAnalysis, WorkloadInput } from '../../src/stats/types.ts';
import { pairedWorkload } from './helpers.ts';
import { flagsOf } from '../../src/report/flag-words.ts';

function workloads(n: number): WorkloadInput[] {
  const noB = pairedWorkload('crashed-b', n, 1, 0.01, 6);
  return [
    pairedWorkload('slow', n, 0.95, 0.01, 1),
    pairedWorkload('same', n, 1, 0.004, 2),
    pairedWorkload('noisy', n, 0.99, 0.06, 3),
    pairedWorkload('fast', n, 1.04, 0.02, 4),
    pairedWorkload('edge', n, 0.985, 0.015, 5),
    { ...noB, b: [] },
  ];
}

const upTo = (ws: WorkloadInput[], blocks: number): WorkloadInput[] =>
  ws.map((w) => ({ name: w.name, a: w.a.filter((o) => o.block <= blocks), b: w.b.filter((o) => o.block <= blocks) }));

/** The looks as the engine documents them, one analyzeLook per look from the first, nothing remembered. */
function replay(ws: WorkloadInput[], looks: number[], opts: DecideOptions): WorkloadAnalysis[] {
  const decided = new Map<string, WorkloadAnalysis>();
  const carry = { regression: [] as number[], improvement: [] as number[] };
  let last: Analysis | null = null;
  looks.forEach((look, i) => {
    const design: LookDesign = { alpha: opts.alpha, margin: opts.margin, method: opts.method, horizon: opts.horizon!, spending: opts.spending!, looks: looks.slice(0, i + 1) };
    last = analyzeLook(upTo(ws, look).filter((w) => !decided.has(w.name)), design, carry);
    for (const w of last.workloads) {
      if (w.verdict === 'inconclusive') continue;
      const history = { decidedAt: i + 1, blocks: look, horizon: opts.horizon!, openAt: looks.slice(0, i) };
      decided.set(w.name, { ...w, why: { ...w.why!, history }, flagged: [...(w.flagged ?? []), { kind: 'decided-at', index: i + 1, blocks: look, horizon: opts.horizon! }] });
      // Holm with earlier rejections kept: a rejected null is carried as rejected.
      carry.regression.push(w.verdict === 'regression' ? 0 : (w.p_regression_adj ?? 1));
      carry.improvement.push(w.verdict === 'improvement' ? 0 : (w.p_improvement_adj ?? 1));
    }
  });
  const open = new Map(last!.workloads.map((w) => [w.name, w]));
  const spent = alphaSpent(opts.spending!, opts.alpha, looks[looks.length - 1] / opts.horizon!);
  const stillOpen = (w: WorkloadAnalysis) => (w.verdict === 'failed' ? w.why : { ...w.why!, history: { openAt: looks, horizon: opts.horizon! } });
  return ws.map((w) => decided.get(w.name) ?? { ...open.get(w.name)!, why: stillOpen(open.get(w.name)!), alpha_spent: spent, alpha_remaining: Math.max(0, opts.alpha - spent) });
}

const json = (x: unknown) => JSON.parse(JSON.stringify(x));

for (const [method, spending] of [['hl', 'pocock'], ['hl', 'obf'], ['t', 'pocock']] as const) {
  test(`incremental = from scratch = plain replay at every look (${method}, ${spending}, looks at irregular counts)`, () => {
    forgetReplays();
    const all = workloads(30);
    const opts: DecideOptions = { margin: 0.02, alpha: 0.05, method, spending, horizon: 30, looks: [5, 7, 10, 13, 17, 20, 24, 30], nBlocks: 0 };
    let state: DesignState | undefined;
    let decidedSomewhere = 0;
    for (let n = 1; n <= 30; n++) {
      const data = upTo(all, n);
      const d = decide(data, { ...opts, nBlocks: n, state });
      if (!d.atLook) continue;
      forgetReplays();
      const scratch = decide(data, { ...opts, nBlocks: n, state });
      assert.deepEqual(json(d), json(scratch), `look at ${n}: incremental vs from scratch`);
      const looks = d.state.looks.map((l) => l.blocks);
      assert.deepEqual(json(d.analysis.workloads), json(replay(data, looks, opts)), `look at ${n}: vs a plain replay`);
      state = d.state;
      decidedSomewhere = Math.max(decidedSomewhere, 6 - d.pending.length);
    }
    assert.ok(decidedSomewhere >= 3, 'some workloads are decided at early looks, so later looks reuse them');
  });
}

test('a changed block before the last look is noticed: the decision is the one from scratch on the new data', () => {
  forgetReplays();
  const opts: DecideOptions = { margin: 0.02, alpha: 0.05, method: 'hl', spending: 'pocock', horizon: 30, looks: [5, 10, 15, 20, 25, 30], nBlocks: 0 };
  const all = workloads(30);
  let state: DesignState | undefined;
  for (const n of [5, 10, 15, 20]) state = decide(upTo(all, n), { ...opts, nBlocks: n, state }).state;
  const before = decide(upTo(all, 25), { ...opts, nBlocks: 25, state });
  // a different experiment with the same design: block 3 of 'noisy' is now much slower on B
  const changed = upTo(all, 25).map((w) => (w.name === 'noisy' ? { ...w, b: w.b.map((o) => (o.block === 3 ? { ...o, value: o.value * 0.5 } : o)) } : w));
  const got = decide(changed, { ...opts, nBlocks: 25, state });
  forgetReplays();
  const scratch = decide(changed, { ...opts, nBlocks: 25, state });
  assert.deepEqual(json(got), json(scratch));
  assert.notDeepEqual(json(got.analysis), json(before.analysis), 'the change shows in the decision');
});

test('a caller editing the returned analysis does not change the next decision', () => {
  forgetReplays();
  const opts: DecideOptions = { margin: 0.02, alpha: 0.05, method: 'hl', spending: 'pocock', horizon: 30, looks: [5, 10, 20, 30], nBlocks: 20 };
  const data = upTo(workloads(30), 20);
  const first = decide(data, opts);
  const expected = json(first);
  for (const w of first.analysis.workloads) {
    w.verdict = 'failed';
    w.flagged!.push({ kind: 'unpaired' });
    if (w.ci) w.ci[0] = 0;
  }
  first.state.looks[0].decided.push({ name: 'x', verdict: 'neutral' });
  assert.deepEqual(json(decide(data, opts)), expected);
});

test('a look asked after later ones, with or without the forecast, is the decision from scratch (flags and blocks_needed whole)', () => {
  forgetReplays();
  const opts: DecideOptions = { margin: 0.02, alpha: 0.05, method: 'hl', spending: 'pocock', horizon: 30, looks: [5, 10, 20, 30], nBlocks: 0 };
  // an outlier on A at block 2 of an undecided workload: its flag belongs to every look's analysis
  const all = workloads(30).map((w) => (w.name === 'noisy' ? { ...w, a: w.a.map((o) => (o.block === 2 ? { ...o, value: o.value * 3 } : o)) } : w));
  const calls: Array<[number, boolean]> = [[20, false], [10, false], [20, true], [10, true], [12, false], [10, false], [25, true], [20, false]];
  let flagged = 0;
  for (const [n, forecast] of calls) {
    const data = upTo(all, n);
    const got = decide(data, { ...opts, nBlocks: n, forecast });
    forgetReplays();
    const scratch = decide(data, { ...opts, nBlocks: n, forecast });
    assert.deepEqual(json(got), json(scratch), `decide at ${n}, forecast ${forecast}`);
    const noisy = got.analysis.workloads.find((w) => w.name === 'noisy')!;
    if (flagsOf(noisy).some((f) => f.startsWith('outlier: A block 2'))) flagged++;
    assert.equal(noisy.blocks_needed === null, !forecast || noisy.verdict !== 'inconclusive', `blocks_needed at ${n}, forecast ${forecast}`);
  }
  assert.equal(flagged, calls.length, 'the outlier is flagged at every call');
});
