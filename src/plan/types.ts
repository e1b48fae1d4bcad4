// The plan: what to build, what to run, and how to decide. Every later stage reads only this.

/** Where benchmark processes are placed. Part of a workload's identity when not `none`. */
export type NumaPolicy =
  | { kind: 'none' }
  | { kind: 'interleave' } // numactl --interleave=all
  | { kind: 'bind'; node: number } // numactl -N n -m n
  | { kind: 'llama'; mode: 'distribute' | 'isolate' | 'numactl' } // llama-bench --numa
  | { kind: 'cpus'; cpus: string }; // numactl --physcpubind=LIST

/** One llama-bench test, named as llama-bench names it: pp512, tg128, pp512+tg128, tg128@d4096. */
export interface Workload {
  /** Canonical id used everywhere (results, stats, report): label plus NUMA policy when set. */
  id: string;
  label: string;
  nPrompt: number;
  nGen: number;
  nDepth: number;
  numa: NumaPolicy;
}

export type VariantId = 'A' | 'B';

/** A side of the comparison. A and B may differ by ref, by CMake args, by runtime args or env. */
export interface Variant {
  id: VariantId;
  /** Human name: "base", "head", or what the user gave. */
  name: string;
  ref: string;
  cmakeArgs: string[];
  runArgs: string[];
  env: Record<string, string>;
}

export type StatsMethod = 'hl' | 't';

export interface Levers {
  /** llama-bench -r: repetitions inside one process (not independent observations). */
  repetitions: number;
  /** llama-bench --prio (mainline only). */
  prio?: number;
  /** llama-bench --delay seconds before each test (mainline only). */
  delay?: number;
  /** llama-bench -C / --cpu-mask (mainline only). */
  cpuMask?: string;
  cpuStrict?: boolean;
  /** llama-bench --poll 0..100 (mainline only). */
  poll?: number;
}

export interface Plan {
  repo: string;
  model: string;
  out: string;
  variants: [Variant, Variant];
  workloads: Workload[];
  threads: number;
  levers: Levers;
  /** Counted blocks at most (warm-up blocks come on top). */
  maxBlocks: number;
  /** Leading blocks run but left out of the analysis (caches, frequency ramp). */
  warmupBlocks: number;
  /** Looks for sequential stopping, in counted (non-warm-up) blocks. */
  looks: number[];
  seed: number;
  timeoutSec: number;
  margin: number;
  alpha: number;
  method: StatsMethod;
  /** Declared maximum of counted blocks for the sequential design (default maxBlocks); extensions stop here. */
  horizon?: number;
  /** α-spending function of the sequential design (default 'pocock'; why: src/stats/README.md). */
  spending?: 'obf' | 'pocock';
  /**
   * Context (-c) of the memory-at-depth launch after the blocks; 0 = no such launch. planFromArgs
   * always sets it (default DEFAULT_DEPTH_CTX); absent in plans written before it existed.
   */
  depthCtx?: number;
}

/** A context well beyond what the depth steps fill, so untouched KV pages can show as not resident. */
export const DEFAULT_DEPTH_CTX = 8192;
/** Smallest --depth-ctx accepted (besides 0): room for a few depth steps of the tool. */
export const MIN_DEPTH_CTX = 256;
