// Host fingerprint (issue 5). Recorded in results.json; compared between runs.
import type { ProactiveReclaim } from './damon.ts';
export type { ProactiveReclaim } from './damon.ts';

export interface NumaNode {
  id: number;
  cpus: number[];
  memTotalKiB: number | null;
  memFreeKiB: number | null;
}

export interface HostFingerprint {
  // Fields read from files a container or VM may hide are null when unknown (never a guess).
  hostname: string | null;
  /** Kernel release (uname -r). */
  kernel: string | null;
  cpuModel: string | null;
  sockets: number | null;
  coresPerSocket: number | null;
  threadsPerCore: number | null;
  logicalCpus: number;
  smt: boolean | null;
  numaNodes: NumaNode[];
  numaBalancing: number | null;
  thpMode: string | null;
  governor: string | null;
  boost: boolean | null;
  loadAvgStart: [number, number, number] | null;
  loadAvgEnd?: [number, number, number];
  /** DAMON-based proactive reclaim (host/damon.ts); absent in files from before it was read. */
  proactiveReclaim?: ProactiveReclaim | null;
  /** Reasons the host is not quiet (load, governor, numa_balancing...). */
  warnings: string[];
}

/** Memory figures of one benchmark process. */
export interface LaunchMemory {
  peakRssKiB: number;
  minorFaults: number;
  majorFaults: number;
  /** Resident KiB per NUMA node, sampled late in the run (numa_maps); null when unavailable. */
  nodeKiB: Record<string, number> | null;
  // Added by the measuring wrapper (src/host/measure.ts); absent in records from older runs.
  /** Private anonymous mappings (heap, a malloc'd or MAP_PRIVATE KV cache) per node, same sample. */
  anonNodeKiB?: Record<string, number> | null;
  /** Shared anonymous mappings (shmem: a MAP_SHARED|MAP_ANONYMOUS KV cache) per node, same sample. */
  shmemNodeKiB?: Record<string, number> | null;
  /** VmRSS at the sample the node figures come from. */
  sampleRssKiB?: number | null;
  /** Milliseconds after start when that sample was taken. */
  sampleAtMs?: number | null;
  /** Per-node figures of the last complete sample before exit (may catch teardown). */
  lastNodeKiB?: Record<string, number> | null;
  /** Number of samples taken and the total time spent taking them (the wrapper's own cost). */
  samples?: number;
  sampleCostMs?: number;
  userMs?: number;
  sysMs?: number;
}
