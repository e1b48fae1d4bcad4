// The fixed-n analysis is one look of the one decision path (issue 17): `analyze` calls
// `analyzeLook` with `fixedN`, so its intervals and verdicts are a single look's, tied values
// included, and its p-values agree with its calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stats/analyze.ts';
import { analyzeLook } from '../../src/stats/look.ts';
import { signedRankCdf } from '../../src/stats/dist/signed-rank.ts';
import { createRng } from '../../src/stats/dist/prng.ts';
import type { WorkloadInput } from '../../src/stats/types.ts';

/** Seeded paired workloads around 50 t/s; `ties`: rounded to 0.1 t/s (many equal and zero differences). */
function cases(count: number, ties: boolean): { n: number; inputs: WorkloadInput[] }[] {
  const rng = createRng(17);
  return Array.from({ length: count }, () => {
    const n = 5 + Math.floor(rng.next() * 20);
    const inputs = [0, 1].map((j) => {
      const effect = [0.97, 1, 1.03][Math.floor(rng.next() * 3)];
      const sd = 0.002 + rng.next() * 0.02;
      const a = [], b = [];
      for (let i = 0; i < n; i++) {
        let [va, vb] = [50 * Math.exp(sd * rng.normal()), 50 * effect * Math.exp(sd * rng.normal())];
        if (ties) [va, vb] = [Math.round(va * 10) / 10, Math.round(vb * 10) / 10];
        a.push({ block: i, value: va, seq: 2 * i });
        b.push({ block: i, value: vb, seq: 2 * i + 1 });
      }
      return { name: `w${j}`, a, b };
    });
    return { n, inputs };
  });
}

test('fixed n is a single look at horizon n: the same intervals and verdicts, continuous or tied values', () => {
  for (const ties of [false, true]) {
    for (const { n, inputs } of cases(300, ties)) {
      const fixed = analyze(inputs, { margin: 0.02, alpha: 0.05, method: 'hl' });
      const look = analyzeLook(inputs, { alpha: 0.05, margin: 0.02, method: 'hl', horizon: n, spending: 'pocock', looks: [n] });
      fixed.workloads.forEach((f, i) => {
        const l = look.workloads[i];
        assert.equal(f.verdict, l.verdict, `n ${n}, ties ${ties}`);
        assert.deepEqual(f.ci, l.ci, `n ${n}, ties ${ties}`);
        assert.equal(f.ci_level, 0.9, 'fixed n shows the requested level');
        assert.equal(f.why?.kind === 'changed' ? f.why.look : undefined, undefined, 'a fixed-n reason has no look');
      });
    }
  }
});

test('tied differences: the interval is the exact signed-rank one over the Walsh averages, [W(c+1), W(N−c)]', () => {
  const d = [-0.02, -0.02, -0.01, 0, 0, -0.03, -0.01, -0.02, 0.01, -0.02];
  const a = d.map((_, i) => ({ block: i, value: 50, seq: 2 * i }));
  const b = d.map((x, i) => ({ block: i, value: 50 * Math.exp(x), seq: 2 * i + 1 }));
  const w = analyze([{ name: 'tg', a, b }], { margin: 0.02, alpha: 0.05, method: 'hl' }).workloads[0];
  const walsh = d.flatMap((x, i) => d.slice(i).map((y) => (x + y) / 2)).sort((p, q) => p - q);
  let c = -1;
  while (signedRankCdf(c + 1, d.length) <= 0.05) c++;
  const close = (x: number, y: number) => Math.abs(x - y) < 1e-12;
  assert.ok(close(Math.log(w.ci![0]), walsh[c]) && close(Math.log(w.ci![1]), walsh[walsh.length - 1 - c]), `${w.ci} vs [${walsh[c]}, ${walsh[walsh.length - 1 - c]}]`);
});

test('with zero differences the one-sided p agrees with the interval: p ≤ α exactly when the interval is below 1', () => {
  let zeros = 0;
  for (const { inputs } of cases(300, true)) {
    for (const w of analyze(inputs.slice(0, 1), { margin: 0.02, alpha: 0.05, method: 'hl' }).workloads) {
      if (w.ci === null || w.p_regression === null) continue;
      if (inputs[0].a.some((x, i) => x.value === inputs[0].b[i].value)) zeros++;
      assert.equal(w.p_regression <= 0.05, w.ci[1] < 1 - 1e-12, `p ${w.p_regression}, ci ${w.ci}`);
      assert.equal(w.p_improvement! <= 0.05, w.ci[0] > 1 + 1e-12, `p ${w.p_improvement}, ci ${w.ci}`);
    }
  }
  assert.ok(zeros > 50, `cases with zero differences: ${zeros}`);
});
