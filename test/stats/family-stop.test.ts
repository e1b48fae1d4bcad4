// Stop the run, not the workload (issue 19): a PR's family of points stops at the first look where
// every point is decided or a regression is called (policy.ts stopsAt), and with the default design
// (looks at a third, two fifths, half and two thirds of --max-blocks, `split` spending) it stops
// early: on the seeded family simulation (bench/stats-family-sim.ts, the fake runner's noise model).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stopsAt } from '../../src/stats/policy.ts';
import { defaultHorizon, looksFor } from '../../src/plan/decision-rule.ts';
import { E2E_FAMILY, DEMO_FAMILY, quantile, tally, type FamilyDesign } from '../../bench/stats-family-sim.ts';

test('stop rule: every point decided, or a regression called at this look; a regression of an earlier look (an extension) does not stop it again', () => {
  const look = (blocks: number, decided: { name: string; verdict: 'neutral' | 'regression' | 'improvement' }[]) => ({ blocks, alpha_spent: 0.01, decided });
  assert.equal(stopsAt([], look(10, [])), 'decided');
  assert.equal(stopsAt([], look(10, [{ name: 'tg', verdict: 'regression' }])), 'decided');
  assert.equal(stopsAt(['pp'], look(10, [{ name: 'tg', verdict: 'regression' }])), 'regression');
  assert.equal(stopsAt(['pp'], look(10, [{ name: 'tg', verdict: 'improvement' }, { name: 'x', verdict: 'neutral' }])), null);
  assert.equal(stopsAt(['pp'], look(40, [])), null);
  assert.equal(stopsAt(['pp'], undefined), null);
});

const DEFAULT: FamilyDesign = { name: 'default', spending: 'split', horizon: defaultHorizon(30), looks: looksFor(30), stopOnRegression: true };
const OLD: FamilyDesign = { name: 'reserve 7/30, every point', spending: 'reserve', horizon: 60, looks: [7, 30], stopOnRegression: false };

test('default design on the family pp64,tg16,tg16@d512 + 3 depths (8 points): quiet A/A stops by a median of 10 blocks, neutral; a 10% slowdown on a noisy host by 12, regression', () => {
  assert.deepEqual(DEFAULT.looks, [10, 12, 15, 20, 30]);
  const [quiet, quietOld] = tally(E2E_FAMILY, 0.007, 1, [DEFAULT, OLD], 40);
  assert.ok(quantile(quiet.blocks, 0.5) <= 10, `quiet median ${quantile(quiet.blocks, 0.5)}`);
  assert.ok((quiet.verdicts.get('neutral') ?? 0) >= 38, `quiet verdicts ${[...quiet.verdicts]}`);
  assert.equal(quantile(quietOld.blocks, 0.5), 30, 'the design before issue 19 ran on to 30');
  const [noisy, noisyOld] = tally(E2E_FAMILY, 0.07, 0.9, [DEFAULT, OLD], 40);
  assert.ok(quantile(noisy.blocks, 0.5) <= 12, `noisy median ${quantile(noisy.blocks, 0.5)}`);
  assert.equal(noisy.verdicts.get('regression'), 40);
  assert.equal(quantile(noisyOld.blocks, 0.5), 30);
});

test('the demo\'s family (10 points, -r 3) stops as early under the default design', () => {
  const [quiet] = tally(DEMO_FAMILY, 0.007, 1, [DEFAULT], 30);
  assert.ok(quantile(quiet.blocks, 0.5) <= 10, `quiet median ${quantile(quiet.blocks, 0.5)}`);
  const [noisy] = tally(DEMO_FAMILY, 0.07, 0.9, [DEFAULT], 30);
  assert.ok(quantile(noisy.blocks, 0.5) <= 12, `noisy median ${quantile(noisy.blocks, 0.5)}`);
  assert.equal(noisy.verdicts.get('regression'), 30);
});
