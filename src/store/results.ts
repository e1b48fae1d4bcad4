// results.json: the one record of a run. Written before anything is posted; every raw sample kept.
import type { Plan, VariantId } from '../plan/types.ts';
import type { BenchRecord, Flavour } from '../parse/types.ts';
import type { HostFingerprint, LaunchMemory } from '../host/types.ts';
import type { Analysis } from '../stats/types.ts';
import type { MemoryPoint } from '../host/memory-curve.ts';

export const RESULTS_SCHEMA = 'llama-perf-gate/results@1';

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

export type DepthCurveStatus = 'ok' | 'crashed' | 'timeout' | 'no-rows';

/**
 * One "memory at depth" launch (src/bench/memory-depth.ts): the variant's depth tool in a context
 * larger than it fills, resident memory sampled at intervals and as each depth row is reported.
 */
export interface DepthCurveRecord {
  variant: VariantId;
  /** Executable name: llama-batched-bench or llama-sweep-bench. */
  tool: string;
  /** Context size (-c) given to the tool. */
  ctx: number;
  argv: string[];
  startedAt: string;
  wallMs: number;
  /** Every sample; those taken because a row was reported carry its KV depth (nKv). */
  points: MemoryPoint[];
  status: DepthCurveStatus;
  exitCode: number | null;
  signal: string | null;
  /** KV buffer type the process logged (patched builds): mmap, heap, or null when it did not say. */
  kvBuffer: 'mmap' | 'heap' | null;
  /** The KV buffer type's name as the process logged it (CPU, CPU_MMAP, CPU NUMA ...); null when not found. Absent in old results. */
  kvBufferName?: string | null;
  stderrTail: string | null;
  error: string | null;
}

export interface Results {
  schema: typeof RESULTS_SCHEMA;
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
  /** Memory-at-depth curves, in launch order; absent when not run (--depth-ctx 0, no tool, older runs). */
  memoryCurves?: DepthCurveRecord[];
}
