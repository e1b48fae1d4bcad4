// Per-workload and per-variant parts of the report model: a workload's figures, its reason and flags
// in words, what a decision would take; a variant's name, ref, commit and injected slowdown.
import type { Results } from '../store/results.ts';
import type { WorkloadAnalysis } from '../stats/types.ts';
import { detectable, type Detectable } from '../stats/mde.ts';
import { slowdownOfVariant } from '../plan/slowdown.ts';
import type { MachineSummary, Outcome, WorkloadSummary } from './summary.ts';
import { blocksNeededPhrase } from './format.ts';
import { reasonOf } from './reason-words.ts';
import { flagsOf } from './flag-words.ts';
import { levelNote } from './vocabulary.ts';
import { refBesideCommit, shortSha } from './model-sections.ts';
import { undecidedAgainstMde } from './runner.ts';

export interface WorkloadModel {
  id: string;
  outcome: Outcome;
  aTs: number | null;
  bTs: number | null;
  /** The engine's B/A estimate, or the ratio of medians when the engine did not run. */
  ratio: number | null;
  ci: [number, number] | null;
  ciLevel: number | null;
  /** Why this interval's level differs from the run's, or null. */
  levelNote: string | null;
  cvA: number | null;
  cvB: number | null;
  okA: number;
  okB: number;
  failedA: number;
  failedB: number;
  /** Counted blocks behind the estimate. */
  n: number;
  spread: number | null;
  blocksNeeded: number | null;
  /** What a decision would take and how many blocks were counted, in words; null when decided. */
  needs: string | null;
  /** The engine's reason and flags, or why there is no verdict. */
  why: string;
  /** A and B by block (counted launches). */
  blocks: WorkloadSummary['blocks'];
  /** The engine's full record (looks, α spent, p-values), when it ran. */
  analysis: WorkloadAnalysis | null;
  /** Smallest change this run could detect (stats/mde.ts): at the level its test had and at α alone. */
  detectable: Detectable | null;
  /** For an inconclusive workload: what its verdict reads against (the MDE), else null. */
  againstMde: string | null;
}

export interface VariantSide {
  id: 'A' | 'B';
  name: string;
  ref: string;
  /** The ref unless it is the commit itself. */
  refShown: string | null;
  commit: string | null;
  shortCommit: string | null;
  /** "same build + injected 3.0% slowdown (LD_PRELOAD shim)", or null. */
  slowdown: string | null;
}

/** The interval is from the design's only look, which spent all of α (a look at the horizon): no α went elsewhere. */
function onlyLookAllAlpha(a: WorkloadAnalysis): boolean {
  const look = a.why && 'look' in a.why ? a.why.look : undefined;
  const history = a.why?.history;
  if (!look || !history || look.spent < look.alpha - 1e-12) return false;
  return 'decidedAt' in history ? history.decidedAt === 1 : history.openAt.length <= 1;
}

export function workloadModel(w: WorkloadSummary, m: MachineSummary, runLevel: number, minBlocks: number): WorkloadModel {
  const a = w.analysis;
  const flagged = a ? flagsOf(a) : [];
  const flags = flagged.length > 0 ? ` Flags: ${flagged.join(', ')}.` : '';
  const reason = a ? reasonOf(a).replace(/\s+$/, '') : '';
  const why = !a
    ? w.a.ok === 0 || w.b.ok === 0
      ? `no counted launch for ${w.a.ok === 0 ? 'A' : 'B'}`
      : 'descriptive only: ratio of medians, no verdict computed'
    : (/[.!?]$/.test(reason) ? reason : `${reason}.`) + flags;
  const n = a?.n ?? Math.min(w.a.ok, w.b.ok);
  const det = a ? detectable(m.results.analysis ?? { alpha: m.results.plan.alpha, workloads: [a] }, a, m.results.design) : null;
  return {
    id: w.id,
    outcome: w.verdict,
    aTs: w.a.median,
    bTs: w.b.median,
    ratio: w.ratio,
    ci: w.ci,
    ciLevel: a && w.ci ? a.ci_level : null,
    levelNote: a && w.ci ? levelNote(a.ci_level, runLevel, n, minBlocks, onlyLookAllAlpha(a)) : null,
    cvA: w.a.cv,
    cvB: w.b.cv,
    okA: w.a.ok,
    okB: w.b.ok,
    failedA: w.a.failed,
    failedB: w.b.failed,
    n,
    spread: a?.spread ?? null,
    blocksNeeded: a?.blocks_needed ?? null,
    needs: w.verdict !== 'inconclusive' ? null
      // The engine's count is a planning figure; at or below the blocks counted it says only "more".
      : a?.blocks_needed != null && a.blocks_needed <= n ? `${n} blocks per variant were counted and more are needed`
        : `${blocksNeededPhrase(a?.ratio, m.margin, a?.blocks_needed)} per variant, ${n} were counted`,
    why,
    blocks: w.blocks,
    analysis: a,
    detectable: det,
    againstMde: w.verdict === 'inconclusive' && a ? undecidedAgainstMde(det?.mde ?? null, n) : null,
  };
}

export function sidesOf(r: Results): VariantSide[] {
  return (['A', 'B'] as const).map((id) => {
    const v = r.plan.variants.find((x) => x.id === id);
    const commit = r.builds.find((b) => b.variant === id)?.commit ?? null;
    const ref = v?.ref ?? '';
    const other = r.plan.variants.find((x) => x.id !== id);
    const slowdown = v ? slowdownOfVariant(v, commit, other ? { cmakeArgs: other.cmakeArgs, commit: r.builds.find((b) => b.variant === other.id)?.commit ?? null } : null) : null;
    return { id, name: v?.name ?? id, ref, refShown: refBesideCommit(ref, commit), commit, shortCommit: shortSha(commit), slowdown };
  });
}
