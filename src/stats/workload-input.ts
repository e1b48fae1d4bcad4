// What a look and the fixed-n analysis share before any test: the input checks, pairing A and B by
// block, the spread, the draft of a workload that ran on one side only, the pairing flags.
import { UserError } from '../sys/errors.ts';
import type { Flag, Observation, Reason, Warning, WorkloadInput } from './types.ts';
import { medianType7, middleDeviations, sortInPlace } from './ranks.ts';

/** Every value a positive throughput, every workload named once; else a one-line UserError. */
export function checkInputs(inputs: readonly WorkloadInput[]): void {
  const seen = new Set<string>();
  for (const w of inputs) {
    validateValues(w);
    if (seen.has(w.name)) throw new UserError(`workload ${w.name} appears twice in the input`, 'merge its observations into one entry');
    seen.add(w.name);
  }
}

/**
 * A workload with no observation of A or of B: the reason of its `failed` verdict (with a warning
 * pushed), else null. Failure is never a pass: a variant that could not run is its own verdict, not "too noisy".
 */
export function failedSide(w: WorkloadInput, warnings: Warning[]): Reason | null {
  if (w.a.length > 0 && w.b.length > 0) return null;
  const missing = w.a.length === 0 ? 'A' : 'B';
  warnings.push({ kind: 'one-side', workload: w.name, missing });
  return { kind: 'one-side', missing };
}

/** Flags for blocks left out of the pairing, and for a comparison that could not be paired. */
export function pairingFlags(prep: Prepared): Flag[] {
  const flags: Flag[] = [];
  if (prep.unmatched.length) flags.push({ kind: 'unmatched', blocks: prep.unmatched });
  if (!prep.paired) flags.push({ kind: 'unpaired' });
  return flags;
}

export function validateValues(w: WorkloadInput): void {
  for (const [label, obs] of [['A', w.a], ['B', w.b]] as const) {
    for (const o of obs) {
      if (!(Number.isFinite(o.value) && o.value > 0)) {
        throw new UserError(
          `workload ${w.name}: variant ${label} block ${o.block} has throughput ${o.value} t/s`,
          'throughput must be a positive number of tokens per second; check that the launch really ran (a crashed or empty launch must be left out, not recorded as 0)',
        );
      }
    }
  }
}

export interface Prepared {
  paired: boolean;
  n: number;
  d: number[]; // paired log-ratios
  la: number[]; // unpaired logs
  lb: number[];
  unmatched: { variant: 'A' | 'B'; block: number }[];
}

/** Pair A and B by block when blocks match; otherwise fall back to the unpaired comparison. */
export function prepare(w: WorkloadInput): Prepared {
  const la = w.a.map((o) => Math.log(o.value));
  const lb = w.b.map((o) => Math.log(o.value));
  // The common case, checked in one pass: both sides list the same blocks in increasing order.
  if (w.a.length >= 2 && w.a.length === w.b.length) {
    let same = true;
    for (let i = 0; i < w.a.length && same; i++) same = w.a[i].block === w.b[i].block && (i === 0 || w.a[i].block > w.a[i - 1].block);
    if (same) return { paired: true, n: la.length, d: lb.map((v, i) => v - la[i]), la, lb, unmatched: [] };
  }
  const byBlock = (obs: Observation[]): Map<number, number> | null => {
    const m = new Map<number, number>();
    for (const o of obs) {
      if (m.has(o.block)) return null; // several launches per block: no unique pairing
      m.set(o.block, o.value);
    }
    return m;
  };
  const ma = byBlock(w.a);
  const mb = byBlock(w.b);
  if (ma && mb) {
    const common = [...ma.keys()].filter((k) => mb.has(k)).sort((x, y) => x - y);
    if (common.length >= 2 && common.length * 2 >= Math.max(ma.size, mb.size)) {
      const d = common.map((k) => Math.log(mb.get(k)!) - Math.log(ma.get(k)!));
      const unmatched = [
        ...[...ma.keys()].filter((k) => !mb.has(k)).map((block) => ({ variant: 'A' as const, block })),
        ...[...mb.keys()].filter((k) => !ma.has(k)).map((block) => ({ variant: 'B' as const, block })),
      ];
      return { paired: true, n: common.length, d, la, lb, unmatched };
    }
  }
  return { paired: false, n: Math.min(la.length, lb.length), d: [], la, lb, unmatched: [] };
}

function sd(x: number[]): number {
  if (x.length < 2) return 0;
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1));
}

/** Spread used for blocks_needed: robust (1.4826·MAD) for HL, sd for t; per block (paired) or per launch. */
export function spreadOf(p: Prepared, method: 'hl' | 't'): number {
  const one = (x: number[]): number => {
    if (x.length < 2) return 0;
    if (method === 't') return sd(x);
    // simple-statistics' median of x and of |x − m|, from one sorted copy (every workload, every look)
    const s = sortInPlace(Float64Array.from(x));
    const m = medianType7(s);
    const [lo, hi] = middleDeviations(s, m);
    const r = 1.4826 * (x.length % 2 === 1 ? hi : lo + 0.5 * (hi - lo));
    return r > 0 ? r : sd(x);
  };
  if (p.paired) return one(p.d);
  const a = one(p.la);
  const b = one(p.lb);
  return Math.sqrt((a * a + b * b) / 2);
}
