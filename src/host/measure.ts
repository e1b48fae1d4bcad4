// Per-process memory of a benchmark launch, through the native exec wrapper (native/lpg-measure.c):
// exact peak RSS and page faults from wait4(), resident memory per NUMA node sampled from
// /proc/PID/numa_maps while the process runs. The wrapper exits with the child's code or signal
// and forwards TERM/INT/HUP/QUIT/USR1/USR2, so a supervisor can treat it as the benchmark itself.
import { readFileSync } from 'node:fs';
import { nativeArtifact } from './native.ts';
import type { LaunchMemory } from './types.ts';

export interface MeasureSample {
  t_ms: number;
  vmrss_kib: number;
  vmhwm_kib: number;
  rss_anon_kib: number;
  rss_file_kib: number;
  /** RssShmem (absent from wrappers built before it was added). */
  rss_shmem_kib?: number;
  nodes_kib: Record<string, number>;
  /** Private anonymous mappings per node. */
  anon_nodes_kib: Record<string, number>;
  /** Shared anonymous mappings (shmem) per node. */
  shmem_nodes_kib?: Record<string, number>;
}

/** The wrapper's JSON, as written. */
export interface MeasureReport {
  version: 1;
  exit_code: number | null;
  signal: number | null;
  exec_error: string | null;
  wall_ms: number;
  peak_rss_kib: number;
  minor_faults: number;
  major_faults: number;
  user_ms: number;
  sys_ms: number;
  interval_ms: number;
  samples: number;
  sample_cost_ms: number;
  /** Last complete sample before exit (can catch teardown, when buffers are already freed). */
  last: MeasureSample | null;
  /** The sample with the most memory resident (the fullest state: model, KV cache, buffers). */
  peak: MeasureSample | null;
}

export interface MeasureOptions {
  /** Starting sampling period (ms); the wrapper doubles it whenever a sample (a walk of numa_maps) costs more than 2% of it. */
  intervalMs?: number;
}

/** The argv to spawn instead of `argv`; the wrapper writes its JSON to `outFile` when the child ends. */
export function wrapMeasured(argv: string[], outFile: string, opts: MeasureOptions = {}): string[] {
  const interval = opts.intervalMs ?? 100;
  return [nativeArtifact('lpg-measure'), '--out', outFile, '--interval-ms', String(Math.max(1, Math.round(interval))), '--', ...argv];
}

/** The wrapper's full report, or null when there is none (killed with SIGKILL, never started). */
export function readMeasureReport(outFile: string): MeasureReport | null {
  try {
    const r = JSON.parse(readFileSync(outFile, 'utf8')) as MeasureReport;
    return r && r.version === 1 ? r : null;
  } catch {
    return null;
  }
}

export function toLaunchMemory(r: MeasureReport): LaunchMemory {
  // The peak sample stands for the run: llama-bench frees each test's context before the next,
  // and the last sample may already be in teardown.
  const s = r.peak ?? r.last;
  return {
    peakRssKiB: r.peak_rss_kib,
    minorFaults: r.minor_faults,
    majorFaults: r.major_faults,
    nodeKiB: s ? s.nodes_kib : null,
    anonNodeKiB: s ? s.anon_nodes_kib : null,
    shmemNodeKiB: s ? (s.shmem_nodes_kib ?? null) : null,
    sampleRssKiB: s ? s.vmrss_kib : null,
    sampleAtMs: s ? s.t_ms : null,
    lastNodeKiB: r.last ? r.last.nodes_kib : null,
    samples: r.samples,
    sampleCostMs: r.sample_cost_ms,
    userMs: r.user_ms,
    sysMs: r.sys_ms,
  };
}

export function readMeasurement(outFile: string): LaunchMemory | null {
  const r = readMeasureReport(outFile);
  return r ? toLaunchMemory(r) : null;
}

/** The bench stage's MeasureHooks (src/bench/run-blocks.ts), backed by the native wrapper. */
export function measureHooks(opts: MeasureOptions = {}): {
  wrap(argv: string[], outFile: string): string[];
  read(outFile: string): LaunchMemory | null;
} {
  return { wrap: (argv, outFile) => wrapMeasured(argv, outFile, opts), read: readMeasurement };
}
