// What the bench stage produces: one record per benchmark process, llama-bench and the depth tool.
import type { VariantId } from '../plan/types.ts';
import type { BenchRecord, SweepRecord } from '../parse/types.ts';
import type { LaunchMemory } from '../host/types.ts';
import type { MemoryPoint } from '../host/memory-curve.ts';

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
  /** The model it ran, by name, with several models in the experiment (plan/depth-sweep.ts: depthUnits); absent with one. */
  model?: string;
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
