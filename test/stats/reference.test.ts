// Every distribution and test function against scipy / the independent Python re-implementation of
// R's rules (scripts/gen-stats-fixtures.py → fixtures/stats/reference.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normCdf, normQuantile } from '../../src/stats/dist/normal.ts';
import { tCdf, tQuantile, welchDf } from '../../src/stats/dist/student-t.ts';
import { signedRankCdf, signedRankQuantile } from '../../src/stats/dist/signed-rank.ts';
import { mannWhitneyCdf, mannWhitneyQuantile } from '../../src/stats/dist/mann-whitney.ts';
import { signedRankShift, mannWhitneyShift } from '../../src/stats/hodges-lehmann.ts';
import { pairedT, welchT } from '../../src/stats/t-interval.ts';
import { holmAdjust } from '../../src/stats/holm.ts';

const ref = JSON.parse(readFileSync(new URL('../../fixtures/stats/reference.json', import.meta.url), 'utf8'));

/** Relative 1e-9 (absolute `abs` for values that are exactly 0 or found by root search). */
function close(actual: number, expected: number, what: string, rel = 1e-9, abs = 0): void {
  if (actual === expected) return;
  const err = Math.abs(actual - expected);
  assert.ok(err <= rel * Math.abs(expected) || err <= abs, `${what}: got ${actual}, expected ${expected} (err ${err})`);
}

test('normal CDF, tails included, to 1e-9 relative', () => {
  for (const [x, p] of ref.norm_cdf) close(normCdf(x), p, `normCdf(${x})`);
});

test('normal quantile (AS241) to 1e-9 relative', () => {
  for (const [p, x] of ref.norm_ppf) close(normQuantile(p), x, `normQuantile(${p})`);
});

test('Student t CDF for integer and non-integer df', () => {
  for (const [t, df, p] of ref.t_cdf) close(tCdf(t, df), p, `tCdf(${t}, ${df})`);
});

test('Student t quantile for integer and non-integer df', () => {
  for (const [p, df, t] of ref.t_ppf) close(tQuantile(p, df), t, `tQuantile(${p}, ${df})`);
});

test('Welch degrees of freedom', () => {
  for (const [v1, n1, v2, n2, df] of ref.welch_df) close(welchDf(v1, n1, v2, n2), df, 'welchDf');
});

test('exact signed-rank distribution: CDF and R quantile', () => {
  for (const row of ref.signed_rank) {
    if (row[0] === 'cdf') close(signedRankCdf(row[2], row[1]), row[3], `psignrank(${row[2]}, ${row[1]})`);
    else assert.equal(signedRankQuantile(row[2], row[1]), row[3], `qsignrank(${row[2]}, ${row[1]})`);
  }
});

test('exact Mann-Whitney distribution: CDF and R quantile', () => {
  for (const row of ref.mann_whitney) {
    if (row[0] === 'cdf') close(mannWhitneyCdf(row[3], row[1], row[2]), row[4], `pwilcox(${row[3]}, ${row[1]}, ${row[2]})`);
    else assert.equal(mannWhitneyQuantile(row[3], row[1], row[2]), row[4], `qwilcox(${row[3]}, ${row[1]}, ${row[2]})`);
  }
});

type HlRef = { requested: number; exact: boolean; statistic: number; estimate: number; lo: number; hi: number; level: number; p_less: number; p_greater: number };

function checkShift(got: ReturnType<typeof signedRankShift>, r: HlRef, what: string): void {
  assert.equal(got.exact, r.exact, `${what}: exact branch`);
  close(got.statistic, r.statistic, `${what} statistic`);
  close(got.estimate, r.estimate, `${what} estimate`, 1e-9, 1e-15);
  // Exact branch: order statistics, equal to 1e-9. Normal branch: a root search lands on the same
  // jump of the step function; brentq stops within ~1e-15 of it.
  const abs = r.exact ? 1e-15 : 1e-12;
  close(got.lo, r.lo, `${what} lo`, 1e-9, abs);
  close(got.hi, r.hi, `${what} hi`, 1e-9, abs);
  close(got.level, r.level, `${what} achieved level`);
  close(got.pLess, r.p_less, `${what} p_less`);
  close(got.pGreater, r.p_greater, `${what} p_greater`);
}

test('paired HL with the interval R picks (exact, ties, zeros, n >= 50, all equal)', () => {
  assert.ok(ref.paired_hl.length > 30);
  for (const r of ref.paired_hl) checkShift(signedRankShift(r.d, r.requested), r, `signed rank n=${r.d.length} level=${r.requested}`);
});

test('unpaired HL shift with the Mann-Whitney interval R picks', () => {
  for (const r of ref.unpaired_hl) {
    checkShift(mannWhitneyShift(r.x, r.y, r.requested), r, `mann-whitney ${r.x.length}x${r.y.length} level=${r.requested}`);
  }
});

test('paired t and Welch t intervals and one-sided p-values', () => {
  for (const r of ref.paired_t) {
    const g = pairedT(r.d, r.level);
    close(g.estimate, r.estimate, 'paired t estimate', 1e-9, 1e-16);
    close(g.lo, r.lo, 'paired t lo');
    close(g.hi, r.hi, 'paired t hi');
    close(g.pLess, r.p_less, 'paired t p_less');
    close(g.pGreater, r.p_greater, 'paired t p_greater');
  }
  for (const r of ref.welch_t) {
    const g = welchT(r.x, r.y, r.level);
    close(g.estimate, r.estimate, 'welch estimate', 1e-9, 1e-16);
    close(g.lo, r.lo, 'welch lo');
    close(g.hi, r.hi, 'welch hi');
    close(g.pLess, r.p_less, 'welch p_less');
    close(g.pGreater, r.p_greater, 'welch p_greater');
  }
});

test('Holm adjustment', () => {
  for (const [p, adj] of ref.holm) {
    const got = holmAdjust(p);
    got.forEach((g, i) => close(g as number, adj[i], `holm ${p}`));
  }
  assert.deepEqual(holmAdjust([null, 0.02, null]), [null, 0.02, null]);
});

test("R's own printed output for the ?wilcox.test examples (Hollander & Wolfe)", () => {
  // R: wilcox.test(x, y, paired = TRUE, conf.int = TRUE): V = 40, (pseudo)median 0.46,
  // 95 percent confidence interval 0.01 0.786; alternative = "greater": p-value = 0.01953.
  const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
  const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
  const r = signedRankShift(x.map((v, i) => v - y[i]), 0.95);
  assert.equal(r.statistic, 40);
  close(r.estimate, 0.46, 'pseudo-median', 1e-12);
  close(r.lo, 0.01, 'lo', 1e-12);
  close(r.hi, 0.786, 'hi', 1e-12);
  close(r.pGreater, 10 / 512, 'p greater');
  // R: wilcox.test(x, y, alternative = "g") on the permeability data: W = 35, p-value = 0.1272.
  const mw = mannWhitneyShift([0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46], [1.15, 0.88, 0.9, 0.74, 1.21], 0.95);
  assert.equal(mw.statistic, 35);
  assert.equal(Number(mw.pGreater.toFixed(4)), 0.1272);
});
