// Host fingerprint (issue 5). Recorded in results.json; compared between runs.

export interface NumaNode {
  id: number;
  cpus: number[];
  memTotalKiB: number | null;
  memFreeKiB: number | null;
}

export interface HostFingerprint {
  hostname: string;
  kernel: string;
  cpuModel: string;
  sockets: number;
  coresPerSocket: number;
  threadsPerCore: number;
  logicalCpus: number;
  smt: boolean;
  numaNodes: NumaNode[];
  numaBalancing: number | null;
  thpMode: string | null;
  governor: string | null;
  boost: boolean | null;
  loadAvgStart: [number, number, number];
  loadAvgEnd?: [number, number, number];
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
}
