// One normalized llama-bench test result, whatever the output format or flavour it came from.

export type Flavour = 'mainline' | 'ik';

/**
 * The largest throughput (t/s) and sample time (ns) a measurement may have: no CPU runs 1e12 t/s,
 * and 1e308 t/s would make every ratio infinite. The run, the reader of posted files and the depth
 * rows refuse the same values (one bound), so garbage is a failed launch, never a verdict.
 */
export const MAX_MEASURE = 1e12;
export const MAX_MEASURE_TEXT = '1e12';

export interface BenchRecord {
  flavour: Flavour;
  /** Canonical workload label: pp512, tg128, pp512+tg128, tg128@d4096 (ik -gp: tg128@d4096 too). */
  label: string;
  nPrompt: number;
  nGen: number;
  nDepth: number;
  nThreads: number | null;
  /** Per-repetition times and throughputs; empty when the format does not carry them (csv, md, sql). */
  samplesNs: number[];
  samplesTs: number[];
  avgTs: number;
  stddevTs: number | null;
  buildCommit: string | null;
  buildNumber: number | null;
  cpuInfo: string | null;
  modelType: string | null;
  /** Every field as printed, unknown ones included. */
  raw: Record<string, unknown>;
}

/** The five output formats of llama-bench's `-o` (ik_llama.cpp has no jsonl). */
export type BenchFormat = 'json' | 'jsonl' | 'csv' | 'md' | 'sql';

/** Which sweep tool printed a sweep record. */
export type SweepTool = 'ik-sweep-bench' | 'batched-bench';

/**
 * One row of ik_llama.cpp `llama-sweep-bench` (table or `--output-format jsonl`) or of mainline
 * `llama-batched-bench --output-format jsonl`: at KV depth nKv, one ubatch of prompt (pp tokens)
 * and tg generated tokens, timed once each. One sample per row, not a distribution.
 */
export interface SweepRecord {
  tool: SweepTool;
  /** Tokens already in the KV cache when the row was timed. */
  nKv: number;
  pp: number;
  tg: number;
  /** batched-bench: number of parallel sequences; sweep-bench: 1. */
  pl: number;
  tPpSec: number;
  speedPp: number;
  tTgSec: number;
  speedTg: number;
  nThreads: number | null;
  /** Every field as printed (table rows: the column values). */
  raw: Record<string, unknown>;
}
