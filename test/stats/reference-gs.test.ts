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

// A single look (a fixed-n analysis, a first look past 16 blocks) has the plain signed-rank null
// law: its boundary is R's, whatever n. Values from R 4.2:
// c = qsignrank(t, n), one less when psignrank(c, n) > t; spent = psignrank(c, n).
test('a single look is exact past 16 blocks too: R\'s qsignrank / psignrank', () => {
  const r: Array<[looks: number[], horizon: number, alpha: number, spending: Spending, crit: number, spent: number]> = [
    [[17], 17, 0.05, 'pocock', 41, 0.049186706542968757],
    [[30], 30, 0.05, 'obf', 151, 0.048050786368548877],
    [[100], 100, 0.05, 'split', 2045, 0.04967966271309153],
    [[300], 300, 0.05, 'reserve', 20100, 0.049952786765357374],
  ];
  for (const [looks, horizon, alpha, spending, crit, spent] of r) {
    const got = signedRankLook(looks, horizon, alpha, spending === 'split' ? 'reserve-hsd' : spending);
    assert.equal(got.crit, crit, `${spending} ${looks.join(',')} of ${horizon}`);
    assert.ok(Math.abs(got.spent - spent) <= 1e-12 && got.se === 0, `${looks.join(',')}: spent ${got.spent} ± ${got.se}`);
  }
});

// Past EXACT_MAX the boundaries come from seeded simulated null paths. A stored experiment replays its
// looks with them (resume, more, the strict reader), so they must not move from one version to the
// next: these values were computed by the first implementation of the simulation (2026-11); a single
// look is exact since 2026-12 (R's values above), and the looks after it simulate from there (the
// last row below moved then: c = 26 at 20 blocks as before, its spent now R's psignrank).
test('simulated boundaries past 16 blocks are the same from one version to the next (pinned values)', () => {
  const pinned: Array<{ looks: number[]; horizon: number; alpha: number; spending: Spending; crit: number[]; spent: number[] }> = [
    { looks: [7, 30], horizon: 30, alpha: 0.05, spending: 'pocock', crit: [1, 144], spent: [0.015624999999999995, 0.04726954636998925] },
    { looks: [10, 25, 60], horizon: 60, alpha: 0.05, spending: 'obf', crit: [-1, 57, 684], spent: [0, 0.001739501953125, 0.04736328125] },
    { looks: [7, 50, 120, 200], horizon: 200, alpha: 0.05, spending: 'pocock', crit: [-1, 419, 2868, 8423], spent: [0, 0.016143798828125, 0.03338623046875, 0.047576904296875] },
    { looks: [20, 100, 300], horizon: 300, alpha: 0.01, spending: 'pocock', crit: [26, 1724, 18738], spent: [0.0009927749633789062, 0.003922462463378906, 0.008988380432128906] },
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
