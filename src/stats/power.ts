// How many blocks a decision would need at the observed spread: normal-approximation TOST power
// (80%), refined with t quantiles. Paired: σ is the sd of the per-block log-ratios; unpaired: σ is
// the per-launch sd and the count is per arm (two-sample variance 2σ²).
import { tQuantile } from './dist/student-t.ts';

const POWER = 0.8;
const CAP = 100000;

/**
 * @param sigma spread on the log scale
 * @param margin relative margin m (bounds ±ln(1+m))
 * @param alpha one-sided level of each test (already divided for sequential looks)
 * @param estimate observed log-ratio. Inside the margin we plan for a true ratio of 1 (both
 *   one-sided TOST tests must pass, β split between them): planning on the noisy estimate itself
 *   would swing the answer by orders of magnitude. Outside the margin: blocks to show the direction.
 */
export function blocksNeeded(sigma: number, margin: number, alpha: number, estimate: number, paired: boolean): number {
  const bound = Math.log1p(margin);
  const k = paired ? 1 : 2;
  const inside = Math.abs(estimate) < bound;
  const beta = inside ? (1 - POWER) / 2 : 1 - POWER;
  const delta = inside ? bound : Math.abs(estimate);
  if (!(sigma > 0)) return 2;
  let n = 2;
  for (let i = 0; i < 30; i++) {
    const df = Math.max(1, paired ? n - 1 : 2 * n - 2);
    const q = tQuantile(1 - alpha, df) + tQuantile(1 - beta, df);
    const next = Math.min(CAP, Math.max(2, Math.ceil((k * sigma * sigma * q * q) / (delta * delta))));
    if (next === n) break;
    n = next;
  }
  return n;
}
