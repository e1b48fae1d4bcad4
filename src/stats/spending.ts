// α-spending functions (Lan & DeMets 1983): how much of the one-sided α a group-sequential design
// may have used by information fraction t = blocks / horizon. Both reach α at t = 1.
import { normCdf, normQuantile } from './dist/normal.ts';
import type { Spending } from './types.ts';

export const SPENDINGS: readonly Spending[] = ['obf', 'pocock', 'reserve'];
/**
 * Spending of a design that recorded none (plans from before --spending); a new plan always records
 * its own (the flag's default is `reserve`, why: src/stats/README.md, "Choosing the defaults").
 */
export const DEFAULT_SPENDING: Spending = 'pocock';
/** Largest horizon the exact/simulated signed-rank tables are built for: the flags' bound (plan/options.ts). */
export { MAX_HORIZON } from '../plan/options.ts';
/** Share of α the `reserve` spending keeps for extensions past half the horizon (why 5%: src/stats/README.md). */
export const RESERVE = 0.05;

/**
 * Cumulative one-sided α spent by information fraction t ∈ (0, 1].
 * obf: O'Brien–Fleming type 2 − 2Φ(z_{1−α/2} / √t) (almost nothing early, near fixed-n power at the end);
 * pocock: Pocock type α·ln(1 + (e − 1)·t) (spends evenly, allows early stops);
 * reserve: Pocock type over the first half of the horizon (the runner's --max-blocks at the default
 * horizon of twice that) up to (1 − RESERVE)·α, then the last RESERVE·α linearly over the second
 * half: the room `more` extends into, at a small cost to the runner's own looks.
 */
export function alphaSpent(spending: Spending, alpha: number, t: number): number {
  if (!(t > 0)) return 0;
  const u = Math.min(1, t);
  if (spending === 'pocock') return alpha * Math.log(1 + (Math.E - 1) * u);
  if (spending === 'reserve') return u <= 0.5 ? (1 - RESERVE) * alpha * Math.log(1 + (Math.E - 1) * 2 * u) : alpha * (1 - RESERVE * (2 - 2 * u));
  return Math.min(alpha, 2 * (1 - normCdf(normQuantile(1 - alpha / 2) / Math.sqrt(u))));
}
