import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksNeeded } from '../../src/stats/power.ts';
import { pairedWorkload } from './helpers.ts';

test('blocks per arm for 80% TOST power reproduce the table in the notes', () => {
  // Normal-approximation TOST sample sizes (Chow, Shao & Wang, ch. 10): spread 1%: 6/3/2 for margins 2/3/5%; 2%: 19/9/4; 3%: 41/19/8; 5%: 110/50/19.
  const table = [[0.01, [6, 3, 2]], [0.02, [19, 9, 4]], [0.03, [41, 19, 8]], [0.05, [110, 50, 19]]] as const;
  for (const [s, row] of table) {
    [0.02, 0.03, 0.05].forEach((m, i) => {
      const got = blocksNeeded(s, m, 0.05, 0, false);
      assert.ok(Math.abs(got - row[i]) <= 1, `spread ${s} margin ${m}: ${got} vs ${row[i]}`);
    });
  }
  assert.ok(blocksNeeded(0.01, 0.02, 0.05, 0, true) < blocksNeeded(0.01, 0.02, 0.05, 0, false));
});

