// Contract of the decision engine (issue 3). Field names are snake_case because this object is
// printed as-is by `analyze --format json` and stored in results.json.
import type { DepthPointKey } from '../plan/depth-sweep.ts';

/** `failed`: a variant has no successful counted launch of this workload (nothing to compare). */
export type Verdict = 'neutral' | 'regression' | 'improvement' | 'inconclusive' | 'failed';

/** One launch's observation: the median of its samples_ts (t/s). */
export interface Observation {
  /** Block index (pairing key). Launches from files: the file's position. */
  block: number;
  value: number;
  /** Launch order across the whole run, for drift detection. */
  seq?: number;
}

export interface WorkloadInput {
  name: string;
  a: Observation[];
  b: Observation[];
  /** A depth-sweep point (from the depth launches), as data; absent for a llama-bench workload. */
  point?: DepthPointKey;
}

export interface AnalyzeOptions {
  margin: number; // 0.02 → bounds [1/1.02, 1.02]
  alpha: number; // 0.05 → 90% interval
  method: 'hl' | 't';
  /** Sequential looks already taken including this one (1 = a single fixed-n analysis). */
  look?: number;
  /** Number of looks planned (for widening intervals); 1 = fixed n. */
  plannedLooks?: number;
}

export interface WorkloadAnalysis {
  name: string;
  n: number;
  paired: boolean;
  method: 'hl' | 't';
  /** B/A throughput ratio (point estimate). Below 1 = B slower. */
  ratio: number | null;
  ci: [number, number] | null;
  ci_level: number;
  p_regression: number | null;
  p_regression_adj: number | null;
  p_improvement: number | null;
  p_improvement_adj: number | null;
  verdict: Verdict;
  /** Blocks per arm a decision would need at the observed spread; null when decided. */
  blocks_needed: number | null;
  /** Spread of the log-ratios (paired) or pooled log values (unpaired), as a fraction. */
  spread: number | null;
  /**
   * The flags in words: worded from `flagged` by the report's vocabulary (report/reason-words.ts)
   * before results.json is written; the decision engine leaves it empty. An older results.json has
   * only these strings.
   */
  flags: string[];
  /** The quality and pairing flags as data: a kind and its numbers (the engine's; words are the report's). */
  flagged?: Flag[];
  /**
   * Why the verdict is what it is, in one sentence: worded from `why` by the report's vocabulary
   * (report/reason-words.ts) before results.json is written; the decision engine leaves it empty.
   * An older results.json has only this sentence.
   */
  reason: string;
  /** Why, as data: the kind of reason and its numbers (the engine's; words are the report's). */
  why?: Reason;
  /** Counted blocks at the look that decided this workload; null while undecided. (Sequential v2.) */
  look?: number | null;
  /** One-sided α the design has spent by this look (Lan–DeMets α(t), t = blocks / horizon). */
  alpha_spent?: number;
  /** α still available before the horizon: alpha − alpha_spent. */
  alpha_remaining?: number;
}

/** α-spending function of the group-sequential design (Lan & DeMets 1983). */
export type Spending = 'obf' | 'pocock' | 'reserve' | 'split';

/** One look taken: when, how many counted blocks, and what it decided. */
export interface LookRecord {
  /** Counted (non-warm-up) blocks at this look. */
  blocks: number;
  /** ISO time of the look (informational). */
  at?: string;
  /** Cumulative one-sided α the design has spent by this look: α(blocks / horizon). */
  alpha_spent: number;
  /** Workloads decided at this look. */
  decided: Array<{ name: string; verdict: Exclude<Verdict, 'inconclusive'> }>;
}

/**
 * Persisted design state of one experiment (JSON-serialisable): the declared design, fixed when the
 * experiment starts, and the looks taken so far. Pass it back to `decide` on resume or extension.
 */
export interface DesignState {
  version: 2;
  method: 'hl' | 't';
  alpha: number;
  margin: number;
  /** Declared maximum of counted blocks; looks beyond it are refused. */
  horizon: number;
  spending: Spending;
  looks: LookRecord[];
}

export interface Analysis {
  verdict: Verdict;
  margin: number;
  alpha: number;
  geomean_ratio: number | null;
  workloads: WorkloadAnalysis[];
  /**
   * Workloads present on one side only, and similar input problems, in words: worded from `warned`
   * by the report's vocabulary (report/warning-words.ts) before results.json is written; the engine
   * leaves it empty. An older results.json has only these strings.
   */
  warnings: string[];
  /** The warnings as data (the engine's; words are the report's). */
  warned?: Warning[];
  /** Resident memory B/A per depth of the depth sweep (stats/depth-memory.ts); absent without one. */
  depth_memory?: DepthMemoryAnalysis[];
  /**
   * The launches ran in an emulated guest (--numa-guest): every throughput figure is emulated, and
   * the verdict is `failed` when a variant failed, else `inconclusive` — speed never gates there.
   */
  emulated?: true;
  /** Where memory and threads went per depth in the emulated guest (stats/placement.ts); reported, never gating. */
  placement?: import('./placement.ts').PlacementAnalysis;
  /**
   * Set when the experiment stopped before its planned blocks with workloads still undecided
   * (decide.ts): it never had the chance to decide them, so the run is incomplete, not inconclusive
   * (policy.ts runOutcome). Absent when it ran its plan or decided everything.
   */
  incomplete?: Incomplete;
}

/** How far an unfinished experiment got: "measured 4 of 11 planned blocks; stopped: …". */
export interface Incomplete {
  /** Counted blocks measured (and scheduled) for the least-measured undecided workload. */
  measured_blocks: number;
  /** The plan's counted blocks (--max-blocks; an extension's end after `more`). */
  planned_blocks: number;
  /** The run's stop reason, as recorded (a file's is its own claim). */
  stop_reason: string;
}

/**
 * Resident memory of the depth sweep at one depth, B against A, paired by block with the engine's
 * estimate and interval. Reported, never gating: for memory the margin and the verdict words of
 * throughput do not apply.
 */
export interface DepthMemoryAnalysis {
  /** sweep:mem@dDEPTH (with several models tiny/sweep:mem@dDEPTH) */
  name: string;
  depth: number;
  /** The model, with several in the experiment; absent with one. */
  model?: string;
  /** Blocks paired. */
  n: number;
  /** Median total resident KiB of A and of B over the counted launches. */
  a_kib: number | null;
  b_kib: number | null;
  /** Median anonymous resident KiB (heap KV lives here; a shared mapping does not). */
  a_anon_kib: number | null;
  b_anon_kib: number | null;
  /** B/A of total resident memory and its interval at ci_level; null below the engine's minimum n. */
  ratio: number | null;
  ci: [number, number] | null;
  ci_level: number;
}

/**
 * One flag on a workload's data, as data. Outliers, drift and bimodality on one variant's log
 * throughput (stats/flags.ts; reported, they decide nothing); blocks left out of the pairing or no
 * pairing at all (workload-input.ts); the look that decided a sequential point (sequential.ts).
 */
export type Flag =
  | { kind: 'outlier'; variant: 'A' | 'B'; blocks: number[]; rule: 'modified-z'; limit: number }
  | { kind: 'outlier'; variant: 'A' | 'B'; blocks: number[]; rule: 'tukey' }
  | { kind: 'drift'; variant: 'A' | 'B'; rho: number; p: number }
  /** `gap`: the change between the two modes, as a fraction. */
  | { kind: 'bimodal'; variant: 'A' | 'B'; low: number; high: number; gap: number }
  | { kind: 'unmatched'; blocks: { variant: 'A' | 'B'; block: number }[] }
  | { kind: 'unpaired' }
  /** `index`: the look's number (1-based); `blocks` of `horizon`. */
  | { kind: 'decided-at'; index: number; blocks: number; horizon: number };

/** Why a results file's recorded looks were not replayed (design-replay.ts): the first inconsistency found. */
export type DesignProblem =
  | { kind: 'declared'; key: 'method' | 'alpha' | 'margin' | 'horizon' | 'spending'; got: string | number; plan: string | number }
  | { kind: 'looks-not-increasing'; looks: number[] }
  | { kind: 'look-past-measured'; look: number; counted: number }
  | { kind: 'look-not-planned'; look: number; looks: number[]; horizon: number }
  /** `unit`: a workload, or null for the depth sweep's points together. `decided`: null when no look decides it. */
  | { kind: 'measured-past-looks'; unit: string | null; last: number; decided: number | null }
  | { kind: 'decided-before-last'; unit: string | null; decided: number; last: number }
  | { kind: 'look-missing'; look: number };

/** A warning on an analysis, as data. */
export type Warning =
  | { kind: 'one-side'; workload: string; missing: 'A' | 'B' }
  | { kind: 'no-workloads' }
  | { kind: 'design-state-unused'; problem: DesignProblem }
  /** A results file's own analysis disagreed with the one decided from its samples. */
  | { kind: 'claimed'; claimed: Verdict | null; recomputed: Verdict; changes: { name: string; from: Verdict | null; to: Verdict }[] };

/** An interval as a reason shows it: its two-sided level and ends on the B/A scale. */
export interface ReasonCi {
  level: number;
  lo: number;
  hi: number;
  /** A look's repeated interval (v2), not a fixed-n one. */
  repeated: boolean;
}

/** The look a reason was taken at (v2): blocks, horizon, α spent of α. */
export interface ReasonLook {
  n: number;
  horizon: number;
  spent: number;
  alpha: number;
}

/** Blocks a decision would need: not computed (an earlier look), or a count (past the horizon or not). */
export type ReasonNeeded = { skipped: true } | { blocks: number; horizon: number | null };

/** When a sequential point was decided, or at which looks it was still open (issue 19). */
export type ReasonHistory = { decidedAt: number; blocks: number; horizon: number; openAt: number[] } | { openAt: number[]; horizon: number };

/** The model a failure is on, with several models in one experiment. */
export interface ReasonModel {
  name: string;
  path: string;
}

/**
 * The reason of a workload's verdict as data. Fixed-n kinds have no `look`; a look's have one.
 * `between` marks a current reading between looks (nothing decided); `history` the look history.
 */
export type Reason = (
  | { kind: 'one-side'; missing: 'A' | 'B' }
  | { kind: 'no-counted-launch'; variant: 'A' | 'B'; name: string; stop: string; model?: ReasonModel }
  | { kind: 'could-not-run'; variant: 'A' | 'B'; name: string; counts: [string, number][]; of: number; last: string; stderr: string; model?: ReasonModel }
  | { kind: 'identical'; n: number; look?: ReasonLook }
  | { kind: 'too-few-t'; n: number }
  | { kind: 'too-few'; n: number; paired: boolean; minN: number; level: number; test: 'signed-rank' | 'Mann–Whitney' | 't'; reachable: number; needed: number }
  | { kind: 'too-early'; n: number; paired: boolean; test: 'signed-rank' | 'normal-theory'; needed: ReasonNeeded; look: ReasonLook }
  | { kind: 'neutral'; ci: ReasonCi; margin: number; change: { by: number; slower: boolean } | null; look?: ReasonLook }
  | { kind: 'changed'; slower: boolean; by: number; ci: ReasonCi; p: number; adj: number; m: number; alpha: number; look?: ReasonLook }
  | { kind: 'not-significant'; ci: ReasonCi; adj: number; m: number; alpha: number; spread: number; paired: boolean; needed: ReasonNeeded; look?: ReasonLook }
  | { kind: 'wide'; ci: ReasonCi; margin: number; spread: number; paired: boolean; needed: ReasonNeeded; look?: ReasonLook }
) & {
  between?: boolean;
  history?: ReasonHistory;
  /** Emulated throughput (--numa-guest): the call the engine made, which the verdict does not take. */
  emulated?: 'neutral' | 'regression' | 'improvement';
};
