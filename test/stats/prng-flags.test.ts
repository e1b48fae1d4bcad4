import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/stats/dist/prng.ts';
import { modifiedZOutliers, tukeyOutliers, bimodality, drift } from '../../src/stats/flags.ts';
import { averageRanks, spearman } from '../../src/stats/ranks.ts';

test('seeded PRNG: same seed same stream, different seed different stream, moments of normal()', () => {
  const a = createRng(7), b = createRng(7), c = createRng(8);
  const xa = Array.from({ length: 5 }, () => a.next());
  assert.deepEqual(xa, Array.from({ length: 5 }, () => b.next()));
  assert.notDeepEqual(xa, Array.from({ length: 5 }, () => c.next()));
  assert.ok(xa.every((x) => x >= 0 && x < 1));
  const r = createRng(1);
  let s = 0, s2 = 0;
  const n = 20000;
  for (let i = 0; i < n; i++) { const z = r.normal(); s += z; s2 += z * z; }
  assert.ok(Math.abs(s / n) < 0.05 && Math.abs(s2 / n - 1) < 0.05);
});

test('fill() draws exactly the stream next() gives, and next() and normal() go on where it stopped', () => {
  const a = createRng(9), b = createRng(9);
  for (let k = 0; k < 200; k++) {
    const buf = new Float64Array(k % 37);
    b.fill(buf);
    assert.deepEqual(Array.from(buf), Array.from({ length: buf.length }, () => a.next()), `block ${k}`);
    assert.equal(b.next(), a.next());
    assert.equal(b.normal(), a.normal());
  }
});

test('average ranks and Spearman follow their definitions', () => {
  assert.deepEqual(averageRanks([3, 1, 3, 2]).ranks, [3.5, 1, 3.5, 2]);
  assert.deepEqual(averageRanks([3, 1, 3, 2]).tieSizes, [1, 1, 2]);
  assert.equal(spearman([1, 2, 3, 4], [10, 20, 30, 40]), 1);
  assert.equal(spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1);
});

test('outlier rules: modified z and Tukey fences', () => {
  const x = [1.0, 1.01, 0.99, 1.02, 0.98, 1.0, 1.01, 0.7];
  assert.deepEqual(modifiedZOutliers(x), [7]);
  assert.deepEqual(tukeyOutliers(x), [7]);
  assert.deepEqual(modifiedZOutliers([1, 1.01, 0.99, 1.02, 0.98]), []);
});

test('bimodality needs two clusters of ≥ 20% separated by > 4 within-cluster MADs', () => {
  const two = [1, 1.01, 1.02, 1.0, 1.01, 2, 2.01, 2.02, 2.0, 2.01];
  assert.deepEqual(bimodality(two)?.low, 5);
  const oneOff = [1, 1.01, 1.02, 1.0, 1.01, 1.0, 1.02, 1.01, 1.0, 2];
  assert.equal(bimodality(oneOff), null); // 10% cluster: an outlier, not a mode
  assert.equal(bimodality([1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9]), null);
});

test('drift: monotone trend is significant, shuffled values are not', () => {
  const order = Array.from({ length: 12 }, (_, i) => i);
  assert.ok(drift(order.map((i) => 50 - i), order)!.p < 0.01);
  assert.ok(drift([5, 1, 4, 2, 6, 3, 5.5, 1.5, 4.5, 2.5, 6.5, 3.5], order)!.p > 0.05);
  assert.equal(drift([1, 2, 3], [0, 1, 2]), null);
});
