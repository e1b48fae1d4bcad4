// α-spending functions (Lan & DeMets 1983): how much of the one-sided α a group-sequential design
// may have used by information fraction t = blocks / horizon. Every curve reaches α at t = 1.
import { normCdf, normQuantile } from './dist/normal.ts';
import type { Spending } from './types.ts';

export const SPENDINGS: readonly Spending[] = ['obf', 'pocock', 'reserve', 'split'];
/**
 * Spending of a design that recorded none (plans from before --spending); a new plan always records
 * its own (the flag's default is `split`, why: src/stats/README.md, "Choosing the defaults").
 */
export const DEFAULT_SPENDING: Spending = 'pocock';
/** Largest horizon the exact/simulated signed-rank tables are built for: the flags' bound (plan/options.ts). */
export { MAX_HORIZON } from '../plan/options.ts';
/** Share of α the `reserve` and `split` spendings keep for extensions past half the horizon (why 5%: src/stats/README.md). */
export const RESERVE = 0.05;
/** Hwang–Shih–DeCani γ of `split`'s change curve over the runner's half: −1 keeps the last look's power (measured: src/stats/README.md). */
export const SPLIT_GAMMA = -1;

/**
 * One curve of α(t). `split` is two: `reserve` for equivalence (neutral) and `reserve-hsd` for a
 * change (regression, improvement); the others use one curve for both.
 */
export type SpendingCurve = Exclude<Spending, 'split'> | 'reserve-hsd';
/** What a boundary tests: the two TOST halves (neutral), or a change against 1 (regression / improvement). */
export type Purpose = 'equivalence' | 'change';

/** The curve a design spends for one purpose. */
export function curveOf(spending: Spending, purpose: Purpose): SpendingCurve {
  if (spending !== 'split') return spending;
  return purpose === 'equivalence' ? 'reserve' : 'reserve-hsd';
}

/**
 * Cumulative one-sided α spent by information fraction t ∈ (0, 1].
 * obf: O'Brien–Fleming type 2 − 2Φ(z_{1−α/2} / √t) (almost nothing early, near fixed-n power at the end);
 * pocock: Pocock type α·ln(1 + (e − 1)·t) (spends evenly, allows early stops);
 * reserve: Pocock type over the first half of the horizon (the runner's --max-blocks at the default
 * horizon of twice that) up to (1 − RESERVE)·α, then the last RESERVE·α linearly over the second
 * half: the room `more` extends into, at a small cost to the runner's own looks;
 * reserve-hsd: the same, with the Hwang–Shih–DeCani curve (1 − e^(−γu)) / (1 − e^(−γ)), u = 2t,
 * γ = SPLIT_GAMMA, over the first half: less α early, more at the runner's last look;
 * split (a design's name, not a curve): reserve for equivalence, reserve-hsd for a change — what it
 * spends on a change is what a look reports as "α spent".
 */
export function alphaSpent(spending: Spending | SpendingCurve, alpha: number, t: number): number {
  if (!(t > 0)) return 0;
  const u = Math.min(1, t);
  if (spending === 'pocock') return alpha * Math.log(1 + (Math.E - 1) * u);
  if (spending === 'reserve' || spending === 'reserve-hsd' || spending === 'split') {
    if (u > 0.5) return alpha * (1 - RESERVE * (2 - 2 * u));
    const g = SPLIT_GAMMA;
    const shape = spending === 'reserve' ? Math.log(1 + (Math.E - 1) * 2 * u) : (1 - Math.exp(-g * 2 * u)) / (1 - Math.exp(-g));
    return (1 - RESERVE) * alpha * shape;
  }
  return Math.min(alpha, 2 * (1 - normCdf(normQuantile(1 - alpha / 2) / Math.sqrt(u))));
}
