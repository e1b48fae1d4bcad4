// Randomized interleaved blocks. Within a block every workload runs once per variant, workloads in a
// shuffled order, and the two variants of a workload back to back in a random order — so each A/B pair
// shares the machine's state of that moment and drift cancels in the paired difference. A workload
// here is anything with an id: a llama-bench test, or the depth-sweep family (one launch per variant).
import type { VariantId } from '../plan/types.ts';

/** mulberry32: small seeded PRNG; the seed is recorded so a schedule can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Slot {
  variant: VariantId;
  workload: string;
}

function shuffle<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The order of launches in one block, for the workloads still running. */
export function blockOrder(workloads: readonly { id: string }[], rand: () => number): Slot[] {
  return shuffle(workloads, rand).flatMap((w) => {
    const pair: VariantId[] = rand() < 0.5 ? ['A', 'B'] : ['B', 'A'];
    return pair.map((variant) => ({ variant, workload: w.id }));
  });
}
