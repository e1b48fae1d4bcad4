// Synthetic paired inputs for the engine's tests, from the seeded PRNG (no hard-coded answers).
import { createRng } from '../../src/stats/dist/prng.ts';
import type { WorkloadInput } from '../../src/stats/types.ts';

export function pairedWorkload(name: string, n: number, ratio: number, sd: number, seed = 1): WorkloadInput {
  const rng = createRng(seed);
  const a = [];
  const b = [];
  for (let i = 0; i < n; i++) {
    const base = 50 * Math.exp(0.05 * rng.normal()); // shared per-block level: pairing cancels it
    a.push({ block: i + 1, value: base * Math.exp(sd * rng.normal()), seq: 2 * i });
    b.push({ block: i + 1, value: ratio * base * Math.exp(sd * rng.normal()), seq: 2 * i + 1 });
  }
  return { name, a, b };
}
