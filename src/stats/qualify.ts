// What a runner qualification shows, per workload, from the analyses of its two experiments:
// A/A′ (two separate builds of one commit: any call is a false alarm) and A/A+k (the same build,
// B slowed by the shim at k: the truth is 1/(1+k), a regression that must be called).
import type { Analysis, DesignState, Verdict, WorkloadAnalysis } from './types.ts';
import { detectable } from './mde.ts';

export interface QualifiedSide {
  verdict: Verdict;
  ratio: number | null;
  ci: [number, number] | null;
  /** Counted blocks; the look that decided it (null: undecided); the paired spread. */
  n: number;
  look: number | null;
  spread: number | null;
}

export interface QualifiedWorkload {
  /** The workload id of the runs (what later runs match on, as the calibration does by label). */
  workload: string;
  aaPrime: QualifiedSide;
  injected: QualifiedSide & {
    /** The known truth 1/(1+k), whether the interval covers it, whether it was called a regression. */
    expected: number;
    covers: boolean;
    called: boolean;
  };
  /** Smallest change A/A′'s blocks and spread could detect (80% power at the level its test had; stats/mde.ts). */
  mde: number | null;
}

/** qualified: no false alarm and every slowdown called; short: measured, but one of those failed. */
export type QualificationStatus = 'qualified' | 'short' | 'failed';

const side = (w: WorkloadAnalysis): QualifiedSide => ({ verdict: w.verdict, ratio: w.ratio, ci: w.ci, n: w.n, look: w.look ?? null, spread: w.spread });

/** Per workload present in both analyses, in A/A′'s order (`aaDesign`: A/A′'s looks, for its MDE). */
export function qualifyWorkloads(aaPrime: Analysis, injected: Analysis, k: number, aaDesign?: DesignState | null): QualifiedWorkload[] {
  const expected = 1 / (1 + k);
  const out: QualifiedWorkload[] = [];
  for (const a of aaPrime.workloads) {
    const b = injected.workloads.find((x) => x.name === a.name);
    if (!b) continue;
    const covers = b.ci !== null && b.ci[0] <= expected && expected <= b.ci[1];
    out.push({
      workload: a.name,
      aaPrime: side(a),
      injected: { ...side(b), expected, covers, called: b.verdict === 'regression' },
      mde: detectable(aaPrime, a, aaDesign).mde,
    });
  }
  return out;
}

/** Why a qualification falls short, as data (worded by report/qualify.ts, one clause each). */
export type QualifyFinding =
  | { kind: 'no-launch'; workload: string }
  | { kind: 'false-alarm'; workload: string; called: 'regression' | 'improvement' }
  | { kind: 'missed'; workload: string; k: number; verdict: Verdict; n: number }
  | { kind: 'none-measured' }
  /** One of the two experiments gave nothing to qualify on: `step` names it (A/A′ or A/A+k). */
  | { kind: 'build-failed'; step: string; builds: { variant: string; error: string | null }[] }
  | { kind: 'undecided'; step: string; stop: string }
  | { kind: 'no-successful-launch'; step: string; workloads: string[] };

/** The finding and, when it falls short, why (one finding per workload and failed check). */
export function qualificationStatus(ws: QualifiedWorkload[], k: number): { status: QualificationStatus; findings: QualifyFinding[] } {
  const findings: QualifyFinding[] = [];
  for (const w of ws) {
    if (w.aaPrime.verdict === 'failed' || w.injected.verdict === 'failed') return { status: 'failed', findings: [{ kind: 'no-launch', workload: w.workload }] };
    if (w.aaPrime.verdict === 'regression' || w.aaPrime.verdict === 'improvement') findings.push({ kind: 'false-alarm', workload: w.workload, called: w.aaPrime.verdict });
    if (!w.injected.called) findings.push({ kind: 'missed', workload: w.workload, k, verdict: w.injected.verdict, n: w.injected.n });
  }
  if (ws.length === 0) return { status: 'failed', findings: [{ kind: 'none-measured' }] };
  return { status: findings.length === 0 ? 'qualified' : 'short', findings };
}
