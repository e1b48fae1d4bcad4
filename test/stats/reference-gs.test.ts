// Group-sequential boundaries against independent references: the exact signed-rank boundaries of
// scripts/gen-gs-signed-rank-fixtures.py (enumeration, n ≤ 20) and the normal-theory boundaries of
// R's rpact (scripts/gen-gs-normal-fixtures.R).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { signedRankLook, EXACT_MAX } from '../../src/stats/gs-signed-rank.ts';
import { normalBoundary } from '../../src/stats/gs-normal.ts';
import type { Spending } from '../../src/stats/types.ts';
import type { SpendingCurve } from '../../src/stats/spending.ts';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/stats/${name}`, import.meta.url), 'utf8'));

test('exact signed-rank boundaries (pocock, obf, and both curves of the default split design): equal to enumeration up to 16 blocks; from 17 to 20 never above it and at most 2 below', () => {
  const ref = load('gs-signed-rank.json') as { designs: Array<{ horizon: number; alpha: number; spending: SpendingCurve; looks: number[]; crit: number[]; spent: number[] }> };
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

// Past EXACT_MAX the boundaries come from seeded simulated null paths. A stored experiment replays its
// looks with them (resume, more, the strict reader), so they must not move from one version to the
// next: these values were computed by the first implementation of the simulation (2026-11).
test('simulated boundaries past 16 blocks are the same from one version to the next (pinned values)', () => {
  const pinned: Array<{ looks: number[]; horizon: number; alpha: number; spending: Spending; crit: number[]; spent: number[] }> = [
    { looks: [7, 30], horizon: 30, alpha: 0.05, spending: 'pocock', crit: [1, 144], spent: [0.015624999999999995, 0.04726954636998925] },
    { looks: [10, 25, 60], horizon: 60, alpha: 0.05, spending: 'obf', crit: [-1, 57, 684], spent: [0, 0.001739501953125, 0.04736328125] },
    { looks: [7, 50, 120, 200], horizon: 200, alpha: 0.05, spending: 'pocock', crit: [-1, 419, 2868, 8423], spent: [0, 0.016143798828125, 0.03338623046875, 0.047576904296875] },
    { looks: [20, 100, 300], horizon: 300, alpha: 0.01, spending: 'pocock', crit: [26, 1729, 18744], spent: [0.000701904296875, 0.003814697265625, 0.0089111328125] },
  ];
  for (const d of pinned) {
    d.looks.forEach((_, k) => {
      const got = signedRankLook(d.looks.slice(0, k + 1), d.horizon, d.alpha, d.spending);
      assert.deepEqual([got.crit, got.spent], [d.crit[k], d.spent[k]], `${d.spending} ${d.looks.slice(0, k + 1).join(',')} of ${d.horizon}`);
    });
  }
});

test('normal-theory boundaries match rpact to 1e-4 on the z scale (1e-3 relative beyond z = 5, where rpact\'s tail arithmetic stops), the split design\'s curves included', () => {
  const ref = load('gs-normal.json') as { designs: Array<{ alpha: number; spending: SpendingCurve; fractions: number[]; z: number[]; spent: number[] }> };
  for (const d of ref.designs) {
    const got = normalBoundary(d.fractions, d.alpha, d.spending);
    d.z.forEach((z, k) => {
      assert.ok(Math.abs(got.z[k] - z) < (z > 5 ? 1e-3 * z : 1e-4), `${d.spending} α=${d.alpha} t=${d.fractions.join(',')} look ${k + 1}: ${got.z[k]} vs rpact ${z}`);
      assert.ok(Math.abs(got.spent[k] - d.spent[k]) < 1e-7, `${d.spending} spent at look ${k + 1}`);
    });
  }
});
