// results.json: the one record of a run. Written before anything is posted; every raw sample kept.
import type { Plan, VariantId } from '../plan/types.ts';
import type { BuildOutcome } from '../build/types.ts';
import type { DepthLaunchRecord, LaunchRecord } from '../bench/types.ts';
import type { Flavour } from '../parse/types.ts';
import type { HostFingerprint } from '../host/types.ts';
import type { Analysis, DesignState } from '../stats/types.ts';

/**
 * @2: results.json is the export of one experiment of the store (adds `experiment`). @3: `plan.models`
 * (a list, each named; workloads carry their model's name when there are several) replaces `plan.model`.
 */
export const RESULTS_SCHEMA = 'llama-perf-gate/results@3';
/** Every version a reader accepts: @1 files (no experiment) and @2 files are read in today's shape (store/migrate.ts). */
export const RESULTS_SCHEMAS = ['llama-perf-gate/results@1', 'llama-perf-gate/results@2', RESULTS_SCHEMA] as const;
export type ResultsSchema = (typeof RESULTS_SCHEMAS)[number];

/** One stretch of blocks an experiment got: its first run, a resume after an interrupt, or `more`. */
export interface ExperimentSegment {
  kind: 'run' | 'resume' | 'more';
  at: string;
  /** Counted blocks done when the stretch began, and the target it ran to. */
  fromBlocks: number;
  toBlocks: number;
}

/** Where this results file comes from in the experiment store (src/store/experiment-store.ts). */
export interface ExperimentInfo {
  id: string;
  /** The store's path on the machine that ran it. */
  store: string | null;
  segments: ExperimentSegment[];
}

export interface Results {
  schema: ResultsSchema;
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string | null;
  plan: Plan;
  host: HostFingerprint | null;
  flavour: Flavour | null;
  builds: BuildOutcome[];
  schedule: { seed: number; blocks: { block: number; order: { variant: VariantId; workload: string }[] }[] };
  launches: LaunchRecord[];
  analysis: Analysis | null;
  /** Why the run stopped: completed, all decided at a look, build failure, interrupted. */
  stopReason: string;
  notes: string[];
  /**
   * Depth-sweep launches in run order (warm-up and failed ones included); absent when not planned
   * (plan.depthSweep). The per-depth statistics are in `analysis`: `workloads` has one entry per
   * depth and metric, named `sweep:tg@dD` and `sweep:pp@dD` (plan/depth-sweep.ts: depthPointId,
   * the names of depthGatePoints; no `sweep:pp@d0` on llama-batched-bench), decided and gated like any workload;
   * `depth_memory` has B/A of total resident memory per depth with its interval (reported, not
   * gated). With several models each launch names its `model` and every name is on one
   * (`tiny/sweep:tg@dD`, `depth_memory[].model`). Curves for a report: per variant and depth, the counted launches' `points` (one value
   * per block; stats/from-results.ts depthObservations picks them).
   */
  depthLaunches?: DepthLaunchRecord[];
  /**
   * The sequential design state at the experiment's last look (stats/types.ts DesignState: horizon,
   * looks taken, α spent); every reader's decision replays these looks (stats/design-replay.ts). Absent
   * before the first look and in files from before it was recorded.
   */
  design?: DesignState;
  /** The experiment this run belongs to; absent in @1 files and runs without a store. */
  experiment?: ExperimentInfo;
}
