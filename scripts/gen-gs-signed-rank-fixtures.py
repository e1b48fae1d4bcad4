#!/usr/bin/env python3
"""Exact group-sequential signed-rank boundaries for small looks (n <= 20):
fixtures/stats/gs-signed-rank.json, checked by test/stats/reference-gs.test.ts.

Written independently of src/stats/gs-signed-rank.ts. Under H0 the differences' signs are fair coins
independent of the magnitudes, whose order is a uniform permutation. The state after n differences
is the sign pattern ordered by magnitude (2^n patterns); the next difference takes a uniform rank
among n + 1 magnitudes and a fair sign. The signed-rank statistic of a pattern is the sum of the
(1-based) positions of its positive signs. At each look the boundary c is the largest value with
P(crossed at an earlier look) + P(V <= c, not crossed before) <= alpha(t), t = n / horizon
(Lan-DeMets spending); crossed patterns are removed. The chain itself is checked against a
brute-force enumeration of all sign vectors and permutations for n <= 6.
Run: python3 scripts/gen-gs-signed-rank-fixtures.py   (numpy 2.x, scipy 1.17)
"""
import itertools
import json
import math
from pathlib import Path

import numpy as np
from scipy.stats import norm

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "stats" / "gs-signed-rank.json"


RESERVE = 0.05  # share of alpha the reserve curves keep past half the horizon
GAMMA = -1.0  # Hwang-Shih-DeCani gamma of reserve-hsd (the change curve of the `split` design)


def spend(kind, alpha, t):
    t = min(1.0, t)
    if kind == "pocock":
        return alpha * math.log(1 + (math.e - 1) * t)
    if kind in ("reserve", "reserve-hsd"):
        if t > 0.5:
            return alpha * (1 - RESERVE * (2 - 2 * t))
        u = 2 * t
        shape = math.log(1 + (math.e - 1) * u) if kind == "reserve" else (1 - math.exp(-GAMMA * u)) / (1 - math.exp(-GAMMA))
        return (1 - RESERVE) * alpha * shape
    return min(alpha, 2 * norm.sf(norm.isf(alpha / 2) / math.sqrt(t)))


def v_of(n):
    s = np.arange(1 << n, dtype=np.int64)
    v = np.zeros(1 << n, dtype=np.int64)
    for r in range(n):
        v += ((s >> r) & 1) * (r + 1)
    return v


def insert(p, n):
    """Pattern distribution after one more difference (n -> n + 1)."""
    s = np.arange(1 << n, dtype=np.int64)
    q = np.zeros(1 << (n + 1))
    share = p / (2 * (n + 1))
    for r in range(n + 1):
        base = (s & ((1 << r) - 1)) | ((s >> r) << (r + 1))
        q[base] += share
        q[base | (1 << r)] += share
    return q


def boundaries(horizon, alpha, kind, looks):
    p = np.array([0.5, 0.5])
    n = 1
    total = 0.0
    crit, spent = [], []
    for look in looks:
        while n < look:
            p = insert(p, n)
            n += 1
        v = v_of(n)
        hist = np.bincount(v, weights=p, minlength=n * (n + 1) // 2 + 1)
        target = spend(kind, alpha, look / horizon)
        c, cum = -1, total
        for val, mass in enumerate(hist):
            if cum + mass > target * (1 + 1e-9) + 1e-12:
                break
            cum += mass
            c = val
        if c >= 0:
            p = np.where(v <= c, 0.0, p)
        total = cum
        crit.append(int(c))
        spent.append(float(total))
    return crit, spent


def brute_force_check(n_max=6):
    """The chain's joint law of (V_1 .. V_n) equals enumeration over signs x permutations."""
    for n in range(1, n_max + 1):
        joint = {}
        for perm in itertools.permutations(range(n)):
            for signs in itertools.product((0, 1), repeat=n):
                path = []
                for m in range(1, n + 1):
                    mags = perm[:m]
                    order = sorted(range(m), key=lambda i: mags[i])
                    rank = {i: k + 1 for k, i in enumerate(order)}
                    path.append(sum(rank[i] for i in range(m) if signs[i]))
                joint[tuple(path)] = joint.get(tuple(path), 0) + 1
        total = math.factorial(n) * 2**n
        # same joint law from the chain: enumerate patterns along the way
        chain = {(): 1.0}
        pats = {(): ()}
        states = [((), (), 1.0)]  # (pattern tuple ordered by magnitude, path, prob)
        for m in range(n):
            nxt = []
            for pat, path, pr in states:
                for r in range(m + 1):
                    for sg in (0, 1):
                        np_ = pat[:r] + (sg,) + pat[r:]
                        v = sum(k + 1 for k, b in enumerate(np_) if b)
                        nxt.append((np_, path + (v,), pr / (2 * (m + 1))))
            states = nxt
        law = {}
        for _, path, pr in states:
            law[path] = law.get(path, 0.0) + pr
        assert set(law) == set(joint), n
        for k, c in joint.items():
            assert abs(law[k] - c / total) < 1e-12, (n, k)
        del chain, pats


DESIGNS = [
    (20, 0.05, "obf", [5, 10, 15, 20]),
    (20, 0.05, "pocock", list(range(1, 21))),
    (20, 0.05, "obf", list(range(1, 21))),
    (30, 0.05, "pocock", [5, 10, 20]),
    (30, 0.05, "obf", [5, 10, 20]),
    (40, 0.05, "pocock", [6, 8, 12, 17, 19]),
    (16, 0.025, "obf", list(range(2, 17, 2))),
    (30, 0.05 / 3, "pocock", [7, 10, 14, 20]),
    # the default `split` design at --max-blocks 30 (horizon 60, looks 10/12/15/20): its two curves,
    # the change curve also at Holm's smallest level for 8 points
    (60, 0.05, "reserve", [10, 12, 15, 20]),
    (60, 0.05, "reserve-hsd", [10, 12, 15, 20]),
    (60, 0.05 / 8, "reserve-hsd", [10, 12, 15, 20]),
]


def main():
    brute_force_check()
    out = []
    for horizon, alpha, kind, looks in DESIGNS:
        crit, spent = boundaries(horizon, alpha, kind, looks)
        out.append({"horizon": horizon, "alpha": alpha, "spending": kind, "looks": looks, "crit": crit, "spent": spent})
    OUT.write_text(json.dumps({"generator": "scripts/gen-gs-signed-rank-fixtures.py", "designs": out}, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({len(out)} designs)")


if __name__ == "__main__":
    main()
