// The gate policy (src/stats/policy.ts): the gate rule, combining, the pass rule, exit codes, conclusions, and the `failed` workload verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gate, combineOutcomes, asGateOutcome, passes, exitCodeFor, checkConclusion, bisectConclusion, signalExitCode, EXIT, type GateOutcome } from '../../src/stats/policy.ts';
import { analyze } from '../../src/stats/analyze.ts';
import type { Verdict } from '../../src/stats/types.ts';
import { reasonOf } from '../../src/report/reason-words.ts';

const ws = (...v: Verdict[]) => v.map((verdict) => ({ verdict }));

test('gate: regression first, then a workload that could not run, then the rest', () => {
  assert.equal(gate(ws('neutral', 'regression', 'failed')), 'regression');
  assert.equal(gate(ws('neutral', 'failed')), 'failed');
  assert.equal(gate(ws('improvement', 'failed', 'inconclusive')), 'failed');
  assert.equal(gate(ws('neutral', 'neutral')), 'neutral');
  assert.equal(gate(ws('neutral', 'improvement')), 'improvement');
  assert.equal(gate(ws('neutral', 'inconclusive')), 'inconclusive');
  assert.equal(gate([]), 'inconclusive');
});

test('fleet outcome: the most serious machine; nothing at all has no verdict (a failure for the gate)', () => {
  assert.equal(combineOutcomes(['neutral', 'incomplete', 'inconclusive']), 'incomplete');
  assert.equal(combineOutcomes(['incomplete', 'failed']), 'failed');
  assert.equal(combineOutcomes(['failed', 'regression']), 'regression');
  assert.equal(combineOutcomes(['neutral', 'improvement']), 'improvement');
  assert.equal(combineOutcomes([]), 'no-verdict');
  assert.equal(asGateOutcome(combineOutcomes([])), 'failed');
});

test('pass rule and exit codes: failure is never a pass; inconclusive and incomplete follow the policy', () => {
  const table: [GateOutcome, 'pass' | 'fail', 'pass' | 'fail', number, string][] = [
    ['neutral', 'fail', 'fail', 0, 'success'],
    ['improvement', 'fail', 'fail', 0, 'success'],
    ['inconclusive', 'pass', 'fail', 0, 'neutral'],
    ['inconclusive', 'fail', 'pass', 1, 'failure'],
    ['incomplete', 'pass', 'fail', 1, 'failure'],
    ['incomplete', 'pass', 'pass', 0, 'neutral'],
    ['regression', 'pass', 'pass', 1, 'failure'],
    ['failed', 'pass', 'pass', 1, 'failure'],
  ];
  for (const [outcome, onInconclusive, onIncomplete, code, conclusion] of table) {
    const policy = { onInconclusive, onIncomplete };
    assert.equal(exitCodeFor(outcome, policy), code, `${outcome} ${JSON.stringify(policy)}`);
    assert.equal(passes(outcome, policy), code === 0);
    assert.equal(checkConclusion(outcome, policy), conclusion);
  }
  assert.deepEqual(EXIT, { pass: 0, gateFailure: 1, badInput: 2, environment: 3 });
  assert.deepEqual([signalExitCode('SIGHUP'), signalExitCode('SIGINT'), signalExitCode('SIGTERM')], [129, 130, 143]);
});

test('a workload whose B never ran successfully is failed, and so is the run — not "too noisy"', () => {
  const a = [1, 2, 3, 4, 5, 6].map((block) => ({ block, value: 100 + block }));
  const ok = a.map((o) => ({ ...o, value: o.value * 1.001 }));
  const r = analyze([{ name: 'pp512', a, b: ok }, { name: 'tg128', a, b: [] }], { margin: 0.02, alpha: 0.05, method: 'hl' });
  assert.equal(r.workloads[1].verdict, 'failed');
  assert.match(reasonOf(r.workloads[1]), /variant B has no successful launch/);
  assert.equal(r.verdict, 'failed');
});

test("bisect's own check: culprits named pass, nothing to bisect is neutral, stopped short or failed never passes", () => {
  assert.equal(bisectConclusion('culprits'), 'success');
  assert.equal(bisectConclusion('not-a-regression'), 'neutral');
  assert.equal(bisectConclusion('incomplete'), 'failure');
  assert.equal(bisectConclusion('failed'), 'failure');
});
