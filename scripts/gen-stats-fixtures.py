#!/usr/bin/env python3
"""Reference values for the decision engine's tests (fixtures/stats/reference.json).

Produced with scipy (norm, t, wilcoxon and mannwhitneyu with method='exact', ttest_1samp,
ttest_ind) and with independent re-implementations where scipy has no function:
  * exact signed-rank and Mann-Whitney distributions as exact integer counts (Python big ints),
  * the Hodges-Lehmann intervals, choosing the order statistics exactly as R's
    wilcox.test(conf.int=TRUE) does (qsignrank/qwilcox, "if (qu == 0) qu <- 1", diffs[qu] and
    diffs[ql + 1]); scipy's wilcoxon has no interval, so R's algorithm is re-implemented here,
    independently of the TypeScript code, including its normal-approximation branch for ties /
    zeros / n >= 50 (root of the continuity-corrected z statistic, found here with brentq),
  * Holm's step-down adjustment (statsmodels is not installed here).
Run: python3 scripts/gen-stats-fixtures.py   (scipy 1.17, numpy 2.x)
"""
import json
import math
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import scipy
from scipy import stats, optimize

EPS = sys.float_info.epsilon
OUT = Path(__file__).resolve().parent.parent / "fixtures" / "stats" / "reference.json"


# ---- exact distributions as integer counts --------------------------------------------------
def signed_rank_counts(n):
    c = [1]
    for m in range(1, n + 1):
        nxt = [0] * (len(c) + m)
        for k, v in enumerate(c):
            nxt[k] += v
            nxt[k + m] += v
        c = nxt
    return c  # total 2**n


def mann_whitney_counts(m, n):
    # Gaussian binomial coefficient [m+n choose m]_q by the recurrence on the largest element.
    memo = {}

    def f(i, j):
        if i == 0 or j == 0:
            return [1]
        key = (i, j)
        if key in memo:
            return memo[key]
        a = f(i - 1, j)  # largest is an x: adds j pairs
        b = f(i, j - 1)  # largest is a y
        out = [0] * (i * j + 1)
        for k, v in enumerate(a):
            out[k + j] += v
        for k, v in enumerate(b):
            out[k] += v
        memo[key] = out
        return out

    return f(m, n)  # total C(m+n, m)


def cdf_counts(counts, q):
    total = sum(counts)
    q = math.floor(q + 1e-7)
    if q < 0:
        return 0.0
    return float(Fraction(sum(counts[: q + 1]), total))


def quantile_counts(counts, p):
    """R's qsignrank / qwilcox: smallest q with F(q) >= p, with R's 10*eps fuzz and mirror."""
    total = sum(counts)
    probs = [c / total for c in counts]
    top = len(counts) - 1
    s = 0.0
    if p <= 0.5:
        x = p - 10 * EPS
        for q in range(top + 1):
            s += probs[q]
            if s >= x:
                return q
        return top
    x = 1 - p + 10 * EPS
    for q in range(top + 1):
        s += probs[q]
        if s > x:
            return top - q
    return 0


# ---- R's wilcox.test(conf.int=TRUE), two-sided interval, re-implemented ----------------------
def tie_sizes(values):
    _, counts = np.unique(values, return_counts=True)
    return counts


def r_signed_rank(d, level):
    d = np.asarray(d, dtype=float)
    walsh = np.sort(np.array([(d[i] + d[j]) / 2 for i in range(len(d)) for j in range(i, len(d))]))
    estimate = float(np.median(walsh))
    x = d[d != 0]
    zeroes = len(x) < len(d)
    n = len(x)
    r = stats.rankdata(np.abs(x))
    ties = len(np.unique(r)) != len(r)
    V = float(np.sum(r[x > 0]))
    alpha = 1 - level
    if n < 50 and not ties and not zeroes:
        counts = signed_rank_counts(n)
        N = n * (n + 1) // 2
        qu = quantile_counts(counts, alpha / 2)
        if qu == 0:
            qu = 1
        ql = N - qu
        achieved = 2 * cdf_counts(counts, qu - 1)
        # p-values from scipy (exact), cross-checked against the counts below
        p_less = stats.wilcoxon(x, alternative="less", method="exact").pvalue
        p_greater = stats.wilcoxon(x, alternative="greater", method="exact").pvalue
        assert abs(p_less - cdf_counts(counts, V)) <= 1e-12 * max(p_less, 1e-300)
        return dict(exact=True, statistic=V, estimate=estimate, lo=float(walsh[qu - 1]), hi=float(walsh[ql]),
                    level=1 - achieved, p_less=float(p_less), p_greater=float(p_greater))
    nt = tie_sizes(r)
    sigma = math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - np.sum(nt ** 3 - nt) / 48)
    mean = n * (n + 1) / 4
    p_less = stats.norm.cdf((V - mean + 0.5) / sigma)
    p_greater = stats.norm.sf((V - mean - 0.5) / sigma)

    def W(dd):
        xd = x - dd
        xd = xd[xd != 0]
        nx = len(xd)
        dr = stats.rankdata(np.abs(xd))
        zd = np.sum(dr[xd > 0]) - nx * (nx + 1) / 4
        t = tie_sizes(dr)
        s = math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - np.sum(t ** 3 - t) / 48)
        return (zd - np.sign(zd) * 0.5) / s

    mumin, mumax = float(np.min(x)), float(np.max(x))
    if mumin == mumax:  # all equal: R's uniroot would fail; the engine defines the point interval
        return dict(exact=False, statistic=V, estimate=estimate, lo=mumin, hi=mumax, level=level,
                    p_less=float(p_less), p_greater=float(p_greater))
    wmin, wmax = W(mumin), W(mumax)
    a = alpha
    while a < 1 and (wmin - stats.norm.ppf(1 - a / 2) < 0 or wmax - stats.norm.ppf(a / 2) > 0):
        a *= 2
    zl, zu = stats.norm.ppf(1 - a / 2), stats.norm.ppf(a / 2)
    lo = optimize.brentq(lambda t: W(t) - zl, mumin, mumax, xtol=1e-15, rtol=4 * EPS, maxiter=500)
    hi = optimize.brentq(lambda t: W(t) - zu, mumin, mumax, xtol=1e-15, rtol=4 * EPS, maxiter=500)
    return dict(exact=False, statistic=V, estimate=estimate, lo=lo, hi=hi, level=1 - a,
                p_less=float(p_less), p_greater=float(p_greater))


def r_mann_whitney(x, y, level):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    nx, ny = len(x), len(y)
    diffs = np.sort(np.subtract.outer(x, y).ravel())
    estimate = float(np.median(diffs))
    r = stats.rankdata(np.concatenate([x, y]))
    ties = len(np.unique(r)) != len(r)
    W = float(np.sum(r[:nx]) - nx * (nx + 1) / 2)
    alpha = 1 - level
    if nx < 50 and ny < 50 and not ties:
        counts = mann_whitney_counts(nx, ny)
        qu = quantile_counts(counts, alpha / 2)
        if qu == 0:
            qu = 1
        ql = nx * ny - qu
        achieved = 2 * cdf_counts(counts, qu - 1)
        p_less = stats.mannwhitneyu(x, y, alternative="less", method="exact").pvalue
        p_greater = stats.mannwhitneyu(x, y, alternative="greater", method="exact").pvalue
        assert abs(p_less - cdf_counts(counts, W)) <= 1e-12 * max(p_less, 1e-300)
        return dict(exact=True, statistic=W, estimate=estimate, lo=float(diffs[qu - 1]), hi=float(diffs[ql]),
                    level=1 - achieved, p_less=float(p_less), p_greater=float(p_greater))
    N = nx + ny

    def sig(t):
        return math.sqrt((nx * ny / 12) * ((N + 1) - np.sum(t ** 3 - t) / (N * (N - 1))))

    sigma = sig(tie_sizes(r))
    z = W - nx * ny / 2
    p_less = stats.norm.cdf((z + 0.5) / sigma)
    p_greater = stats.norm.sf((z - 0.5) / sigma)

    def Wd(d):
        dr = stats.rankdata(np.concatenate([x - d, y]))
        dz = np.sum(dr[:nx]) - nx * (nx + 1) / 2 - nx * ny / 2
        return (dz - np.sign(dz) * 0.5) / sig(tie_sizes(dr))

    mumin, mumax = float(np.min(x) - np.max(y)), float(np.max(x) - np.min(y))
    wmin, wmax = Wd(mumin), Wd(mumax)

    def root(zq):
        if wmin - zq <= 0:
            return mumin
        if wmax - zq >= 0:
            return mumax
        return optimize.brentq(lambda t: Wd(t) - zq, mumin, mumax, xtol=1e-15, rtol=4 * EPS, maxiter=500)

    return dict(exact=False, statistic=W, estimate=estimate, lo=root(stats.norm.ppf(1 - alpha / 2)),
                hi=root(stats.norm.ppf(alpha / 2)), level=level, p_less=float(p_less), p_greater=float(p_greater))


def holm(p):
    order = sorted(range(len(p)), key=lambda i: p[i])
    m = len(p)
    out = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        out[i] = running
    return out


def main():
    rng = np.random.default_rng(20261126)
    ref = {"generator": "scripts/gen-stats-fixtures.py", "scipy": scipy.__version__, "numpy": np.__version__}

    ref["norm_cdf"] = [[x, float(stats.norm.cdf(x))] for x in
                       [-35.0, -20.0, -10.0, -5.0, -1.959963984540054, -0.5, 0.0, 0.3, 1.2, 3.0, 8.0]]
    ref["norm_ppf"] = [[p, float(stats.norm.ppf(p))] for p in
                       [1e-300, 1e-50, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.0749, 0.0751, 0.3, 0.5, 0.7,
                        0.925, 0.95, 0.975, 0.999, 1 - 1e-10]]
    dfs = [1, 2, 2.5, 3, 4.7, 9, 17.3, 29, 100, 1e4]
    ref["t_cdf"] = [[t, df, float(stats.t.cdf(t, df))] for df in dfs for t in
                    [-30.0, -5.0, -2.5, -1.0, -0.1, 0.0, 0.01, 1.5, 3.0, 12.0]]
    ref["t_ppf"] = [[p, df, float(stats.t.ppf(p, df))] for df in dfs for p in
                    [1e-12, 1e-6, 0.001, 0.0125, 0.025, 0.05, 0.1, 0.4, 0.6, 0.95, 0.975, 0.999]]
    ref["welch_df"] = []
    for (v1, n1, v2, n2) in [(1.0, 5, 2.0, 7), (0.01, 10, 0.04, 10), (3.3, 30, 0.2, 12)]:
        a, b = v1 / n1, v2 / n2
        ref["welch_df"].append([v1, n1, v2, n2, (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))])

    # Exact distributions: CDF and R's quantile at chosen points.
    sr = []
    for n in [1, 2, 4, 5, 6, 7, 10, 15, 20, 30, 49]:
        counts = signed_rank_counts(n)
        top = n * (n + 1) // 2
        for q in sorted({0, 1, top // 5, top // 3, top // 2, top - 3, top}):
            sr.append(["cdf", n, q, cdf_counts(counts, q)])
        for p in [0.0125, 0.025, 0.05, 0.5, 0.9]:
            sr.append(["quantile", n, p, quantile_counts(counts, p)])
    ref["signed_rank"] = sr
    mw = []
    for (m, n) in [(1, 1), (3, 4), (5, 5), (6, 9), (10, 10), (12, 20), (30, 30), (49, 45)]:
        counts = mann_whitney_counts(m, n)
        top = m * n
        for q in sorted({0, 1, top // 5, top // 3, top // 2, top - 3, top}):
            if q >= 0:
                mw.append(["cdf", m, n, q, cdf_counts(counts, q)])
        for p in [0.0125, 0.025, 0.05, 0.5, 0.9]:
            mw.append(["quantile", m, n, p, quantile_counts(counts, p)])
    ref["mann_whitney"] = mw

    # Paired data sets: continuous (exact branch), with ties, with zeros, n >= 50 (normal branch).
    paired = []
    for n in [4, 5, 6, 7, 8, 10, 12, 15, 20, 30, 49, 60]:
        paired.append([float(v) for v in rng.normal(-0.01, 0.05, n)])
    paired.append([round(float(v), 2) for v in rng.normal(0.0, 0.03, 15)])  # ties
    paired.append([0.0, 0.01, -0.02, 0.03, 0.0, 0.015, 0.04, -0.01, 0.02, 0.025])  # zeros
    paired.append([0.02] * 8)  # all equal, non-zero
    ref["paired_hl"] = []
    ref["paired_t"] = []
    for d in paired:
        for level in [0.9, 0.95, 0.975]:
            ref["paired_hl"].append({"d": d, "requested": level, **r_signed_rank(d, level)})
        if len(set(d)) > 1:
            for level in [0.9, 0.975]:
                less = stats.ttest_1samp(d, 0.0, alternative="less")
                ci = stats.ttest_1samp(d, 0.0).confidence_interval(level)
                ref["paired_t"].append({"d": d, "level": level, "estimate": float(np.mean(d)), "lo": float(ci.low),
                                        "hi": float(ci.high), "p_less": float(less.pvalue),
                                        "p_greater": float(stats.ttest_1samp(d, 0.0, alternative="greater").pvalue)})

    unpaired = []
    for (m, n) in [(3, 3), (5, 6), (8, 8), (10, 12), (20, 20), (30, 25), (55, 50)]:
        unpaired.append(([float(v) for v in rng.normal(0.02, 0.05, m)], [float(v) for v in rng.normal(0, 0.05, n)]))
    unpaired.append(([round(float(v), 2) for v in rng.normal(0.01, 0.03, 12)],
                     [round(float(v), 2) for v in rng.normal(0, 0.03, 10)]))  # ties
    ref["unpaired_hl"] = []
    ref["welch_t"] = []
    for (x, y) in unpaired:
        for level in [0.9, 0.975]:
            ref["unpaired_hl"].append({"x": x, "y": y, "requested": level, **r_mann_whitney(x, y, level)})
            res = stats.ttest_ind(x, y, equal_var=False)
            ci = res.confidence_interval(level)
            ref["welch_t"].append({"x": x, "y": y, "level": level, "estimate": float(np.mean(x) - np.mean(y)),
                                   "lo": float(ci.low), "hi": float(ci.high),
                                   "p_less": float(stats.ttest_ind(x, y, equal_var=False, alternative="less").pvalue),
                                   "p_greater": float(stats.ttest_ind(x, y, equal_var=False,
                                                                      alternative="greater").pvalue)})

    holm_sets = [[0.01, 0.04, 0.03, 0.005], [0.5, 0.2, 0.9], [0.001, 0.001, 0.2, 0.04, 0.03], [0.3]]
    ref["holm"] = [[p, holm(p)] for p in holm_sets]

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(ref, indent=1) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
