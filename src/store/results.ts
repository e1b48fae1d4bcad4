// results.json: the one record of a run. Written before anything is posted; every raw sample kept.
import type { Plan, VariantId } from '../plan/types.ts';
import type { BenchRecord, Flavour, SweepRecord } from '../parse/types.ts';
import type { HostFingerprint, LaunchMemory } from '../host/types.ts';
import type { Analysis, DesignState } from '../stats/types.ts';
import type { MemoryPoint } from '../host/memory-curve.ts';

/** @2: results.json is the export of one experiment of the store (adds `experiment`). */
export const RESULTS_SCHEMA = 'llama-perf-gate/results@2';
/** Every version a reader accepts: @1 files (no experiment) are still read. */
export const RESULTS_SCHEMAS = ['llama-perf-gate/results@1', RESULTS_SCHEMA] as const;
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

export interface BuildOutcome {
  variant: VariantId;
  ok: boolean;
  ref: string;
  commit: string | null;
  cmakeArgs: string[];
  /** Directory holding llama-bench (and the depth tool when built). */
  binDir: string | null;
  /**
   * Executable in binDir that walks the KV depth (llama-sweep-bench on ik, llama-batched-bench on
   * mainline); null when the tree has none. Absent in results from before it was recorded.
   */
  depthTool?: string | null;
  /** True when an earlier build with the same key was reused. */
  reused: boolean;
  seconds: number;
  logPath: string | null;
  /** Last lines of the build log when the build failed. */
  logTail: string | null;
  error: string | null;
}

export type LaunchStatus = 'ok' | 'crashed' | 'timeout' | 'parse-error' | 'skipped';

/** One benchmark process. */
export interface LaunchRecord {
  block: number;
  /** Position within the block (order of launches). */
  slot: number;
  /** Position in the whole run. */
  seq: number;
  variant: VariantId;
  workload: string;
  warmup: boolean;
  startedAt: string;
  wallMs: number;
  status: LaunchStatus;
  exitCode: number | null;
  signal: string | null;
  argv: string[];
  records: BenchRecord[];
  memory: LaunchMemory | null;
  stderrTail: string | null;
  error: string | null;
}

/**
 * One depth-sweep point of one launch (plan.depthSweep): what the depth tool reported at a KV depth
 * the plan asked for, and the resident memory sampled as that row appeared.
 */
export interface DepthPoint {
  /** KV depth as planned (tokens in the cache when generation was timed). */
  depth: number;
  /** S_TG: t/s of the generated tokens at this depth. */
  speedTg: number;
  /**
   * S_PP: t/s of prompt processing. llama-sweep-bench: one ubatch at this depth; llama-batched-bench:
   * a prompt of `depth` tokens from an empty cache (so null at depth 0, where there is none).
   */
  speedPp: number | null;
  /** Resident memory when the row was reported (total, anonymous, per NUMA node); null if missed. */
  memory: MemoryPoint | null;
}

/**
 * One launch of the depth-sweep family (src/bench/depth-sweep.ts): the variant's depth tool
 * (llama-sweep-bench on ik_llama.cpp, llama-batched-bench on mainline) in one context deeper than
 * the deepest point, interleaved with the llama-bench launches in the blocks. `points` is the data
 * the statistics and the report use; `rows` and `samples` are the raw record.
 */
export interface DepthLaunchRecord {
  block: number;
  /** Position within the block, and in the whole run (shared numbering with LaunchRecord). */
  slot: number;
  seq: number;
  variant: VariantId;
  warmup: boolean;
  /** Executable name: llama-sweep-bench or llama-batched-bench. */
  tool: string;
  /** Context (-c) given to the tool. */
  ctx: number;
  argv: string[];
  startedAt: string;
  wallMs: number;
  /** ok only when every planned depth was reported; parse-error when one is missing. */
  status: LaunchStatus;
  exitCode: number | null;
  signal: string | null;
  /** KV buffer type the process logged (patched builds): mmap, heap, or null when it did not say. */
  kvBuffer: 'mmap' | 'heap' | null;
  /** The KV buffer type's name as the process logged it (CPU, CPU_MMAP, CPU NUMA ...); null when not found. */
  kvBufferName?: string | null;
  /** One per planned depth the tool reported, ascending. */
  points: DepthPoint[];
  /** Every row the tool printed (sweep-bench also prints the depths between the points). */
  rows: SweepRecord[];
  /** Every memory sample: at intervals (nKv null) and as each row was reported (nKv set). */
  samples: MemoryPoint[];
  stderrTail: string | null;
  error: string | null;
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
   * parseDepthPointId; no `sweep:pp@d0` on llama-batched-bench), decided and gated like any workload;
   * `depth_memory` has B/A of total resident memory per depth with its interval (reported, not
   * gated). Curves for a report: per variant and depth, the counted launches' `points` (one value
   * per block; stats/from-results.ts depthObservations picks them).
   */
  depthLaunches?: DepthLaunchRecord[];
  /**
   * The sequential design state at the experiment's last look (stats/types.ts DesignState: horizon,
   * looks taken, α spent); the strict reader replays these looks (store/design-state.ts). Absent
   * before the first look and in files from before it was recorded.
   */
  design?: DesignState;
  /** The experiment this run belongs to; absent in @1 files and runs without a store. */
  experiment?: ExperimentInfo;
}
