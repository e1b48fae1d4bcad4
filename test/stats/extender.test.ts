// The maintainer who extends after peeking (issue 19): `more` may be asked for any number of blocks
// after reading a look, so look times can depend on the data. The type-I error of a regression call
// must stay ≤ α all the same: exact up to 16 blocks (bench/stats-extender-exact.ts), and on the
// seeded family simulation at the default horizon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksFor, defaultHorizon } from '../../src/plan/decision-rule.ts';
import { typeOneError, peeking, greedy, designBoundary, fixedNBoundary } from '../../bench/stats-extender-exact.ts';
import { E2E_FAMILY, tally, type FamilyDesign } from '../../bench/stats-family-sim.ts';

test('a maintainer who times `more` by peeking at each look: the exact type-I error of a regression call stays ≤ α (reserve and split, horizon 16)', () => {
  const max = 8;
  const horizon = defaultHorizon(max);
  assert.equal(horizon, 16);
  for (const spending of ['reserve', 'split'] as const) {
    const design = designBoundary(spending, horizon);
    for (const [name, choose] of [['peeking', peeking], ['greedy', greedy], ['every block', () => 1]] as const) {
      const e = typeOneError(design, horizon, looksFor(max), choose);
      assert.ok(e <= 0.05 + 1e-12, `${spending}, ${name} extender: type-I error ${e}`);
      assert.ok(e > 0.02, `${spending}, ${name}: the design spends its α (${e})`);
    }
  }
  // The check can fail: the fixed-n boundary at α re-used at every look (no spending) exceeds α
  // with the same extender.
  const naive = typeOneError(fixedNBoundary, horizon, looksFor(max), peeking);
  assert.ok(naive > 0.08, `no spending: ${naive}`);
});

test('the peeking extender on the seeded family simulation (8 points, noisy A/A, default design): no false regression beyond α', () => {
  const design: FamilyDesign = { name: 'default', spending: 'split', horizon: defaultHorizon(30), looks: looksFor(30), stopOnRegression: true };
  const [t] = tally(E2E_FAMILY, 0.07, 1, [design], 60, 'peeking');
  const falseRegressions = t.extendedVerdicts.get('regression') ?? 0;
  // 60 runs: at a family-wise α of 5% the expected count is 3; more than 8 has probability < 0.5%.
  assert.ok(falseRegressions <= 8, `${falseRegressions} of 60 A/A runs called a regression`);
  assert.ok(t.blocks.every((b) => b <= 30));
});
