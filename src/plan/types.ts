// The plan: what to build, what to run, and how to decide. Every later stage reads only this.
import type { PresetName } from '../model/presets.ts';
import type { TensorType } from '../model/tensor-types.ts';

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
  /**
   * The model's name (Plan.models) when the plan has several: the workload is then one model × test,
   * and its id says which. Absent with one model, so one-model ids, stores and identities are as before.
   */
  model?: string;
}

/** One model of the experiment: a GGUF file, named for ids and the report (unique within the plan). */
export interface ModelRef {
  name: string;
  path: string;
  /** A synthetic model the run writes into the cache the first time (plan/models.ts); absent for a file given. */
  preset?: { preset: PresetName; type: TensorType };
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
  /**
   * k of an injected slowdown (0 ≤ k ≤ 1, --head-slowdown): native/lpg-slowdown.c preloaded into the
   * variant's processes makes each llama_decode take (1 + k) times as long. Absent: no shim.
   */
  slowdown?: number;
  /**
   * Build replica (qualify's A/A′): a number > 0 makes a separate build of the same commit and flags
   * in its own build directory (part of the build key), so A/A′ sees the code-layout differences
   * two builds of one commit can have. Absent or 0: the one build of those inputs.
   */
  replica?: number;
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
  /** Read the model into memory instead of mapping it, both variants (llama-bench -mmp 0, the depth tools --no-mmap). */
  noMmap?: boolean;
  /**
   * Every launch runs in an emulated guest of this many NUMA nodes (src/host/guest/): both variants
   * built with -DGGML_NATIVE=OFF; throughput is emulated and never gated, placement is the finding.
   */
  numaGuest?: number;
}

export interface Plan {
  repo: string;
  /** One or more models (--model a.gguf,b.gguf); every workload runs on each (Workload.model). */
  models: ModelRef[];
  out: string;
  variants: [Variant, Variant];
  workloads: Workload[];
  threads: number;
  levers: Levers;
  /** Counted blocks at most (warm-up blocks come on top). */
  maxBlocks: number;
  /** Leading blocks run but left out of the analysis (caches, frequency ramp). */
  warmupBlocks: number;
  /** Looks for sequential stopping, in counted (non-warm-up) blocks, up to maxBlocks. */
  looks: number[];
  /** Declared looks past maxBlocks, up to the horizon: a run stops at maxBlocks, `more` takes them on its way. */
  laterLooks?: number[];
  seed: number;
  timeoutSec: number;
  margin: number;
  alpha: number;
  method: StatsMethod;
  /** Declared maximum of counted blocks for the sequential design (default maxBlocks); extensions stop here. */
  horizon?: number;
  /** α-spending function of the sequential design (default 'split'; absent in old plans: 'pocock'; why: src/stats/README.md). */
  spending?: 'obf' | 'pocock' | 'reserve' | 'split';
  /**
   * The depth-sweep workload family (src/bench/depth-sweep.ts): per block and variant one launch of
   * the flavour's depth tool, S_PP, S_TG and resident memory at each depth. Absent or null: off.
   */
  depthSweep?: DepthSweep | null;
  /** Which two commits the refs stand for (--compare); absent: refs, as before the flag. */
  compare?: CompareMode;
  /** The commits measured and why (pipeline/compare.ts); absent in files from before --compare. */
  comparison?: Comparison | null;
}

/**
 * merge: A = the base tip, B = the head merged into it (what merging does); branch-point: A = the
 * merge-base, B = the head (the head's own change); refs: exactly the two refs given.
 */
export type CompareMode = 'merge' | 'branch-point' | 'refs';
export const COMPARE_MODES: readonly CompareMode[] = ['merge', 'branch-point', 'refs'];

export interface Comparison {
  /** What was asked for, and what was measured: a merge that cannot be made falls back to branch-point. */
  requested: CompareMode;
  mode: CompareMode;
  /** Why `mode` is not `requested`, or null. */
  fallback: string | null;
  /** The refs as given, and the commits they named (base: the test merge's first parent when GitHub made it). */
  baseRef: string;
  headRef: string;
  base: string;
  head: string;
  /** merge-base of base and head (null: no common history in the checkout). */
  branchPoint: string | null;
  /** Commits on the base since the branch point (null when unknown). */
  baseMoved: number | null;
  /** The commits measured as A and B. */
  a: string;
  b: string;
  /** The merge commit measured as B: GitHub's test merge or one made here; null when B is not a merge. */
  merge: { commit: string; by: 'github' | 'local' } | null;
}

export interface DepthSweep {
  /** KV depths (tokens already in the cache), ascending, distinct: 0,1024,2048,4096. */
  depths: number[];
  /** Tokens generated at each depth (S_TG is timed over them). */
  gen: number;
}

/** Tokens generated per depth point when --depth-gen is not given. */
export const DEFAULT_DEPTH_GEN = 32;
