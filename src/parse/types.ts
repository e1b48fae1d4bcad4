// One normalized llama-bench test result, whatever the output format or flavour it came from.

export type Flavour = 'mainline' | 'ik';

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
