// Group-sequential boundaries against independent references: the exact signed-rank boundaries of
// scripts/gen-gs-signed-rank-fixtures.py (enumeration, n ≤ 20) and the normal-theory boundaries of
// R's rpact (scripts/gen-gs-normal-fixtures.R).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { signedRankLook, EXACT_MAX } from '../../src/stats/gs-signed-rank.ts';
import { normalBoundary } from '../../src/stats/gs-normal.ts';
import type { Spending } from '../../src/stats/types.ts';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/stats/${name}`, import.meta.url), 'utf8'));

test('exact signed-rank boundaries: equal to enumeration up to 16 blocks; from 17 to 20 never above it and at most 2 below', () => {
  const ref = load('gs-signed-rank.json') as { designs: Array<{ horizon: number; alpha: number; spending: Spending; looks: number[]; crit: number[]; spent: number[] }> };
  let checked = 0;
  for (const d of ref.designs) {
    d.looks.forEach((n, k) => {
      const got = signedRankLook(d.looks.slice(0, k + 1), d.horizon, d.alpha, d.spending);
      const what = `${d.spending} H=${d.horizon} α=${d.alpha} looks ${d.looks.slice(0, k + 1).join(',')}`;
      const exactSoFar = d.looks.slice(0, k + 1).every((l) => l <= EXACT_MAX);
      if (exactSoFar) {
        assert.equal(got.crit, d.crit[k], `${what}: crit`);
        assert.ok(Math.abs(got.spent - d.spent[k]) <= 1e-12, `${what}: spent ${got.spent} vs ${d.spent[k]}`);
      } else {
        assert.ok(got.crit <= d.crit[k] && got.crit >= d.crit[k] - 2, `${what}: crit ${got.crit} vs exact ${d.crit[k]}`);
        assert.ok(got.spent <= d.spent[k] + 3 * got.se, `${what}: spent ${got.spent} ± ${got.se} vs ${d.spent[k]}`);
      }
      checked++;
    });
  }
  assert.ok(checked > 60);
});

test('normal-theory boundaries match rpact to 1e-4 on the z scale (1e-3 relative beyond z = 5, where rpact\'s tail arithmetic stops)', () => {
  const ref = load('gs-normal.json') as { designs: Array<{ alpha: number; spending: Spending; fractions: number[]; z: number[]; spent: number[] }> };
  for (const d of ref.designs) {
    const got = normalBoundary(d.fractions, d.alpha, d.spending);
    d.z.forEach((z, k) => {
      assert.ok(Math.abs(got.z[k] - z) < (z > 5 ? 1e-3 * z : 1e-4), `${d.spending} α=${d.alpha} t=${d.fractions.join(',')} look ${k + 1}: ${got.z[k]} vs rpact ${z}`);
      assert.ok(Math.abs(got.spent[k] - d.spent[k]) < 1e-7, `${d.spending} spent at look ${k + 1}`);
    });
  }
});
