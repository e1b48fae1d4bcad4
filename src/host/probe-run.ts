// The model-free A/B of the two KV buffer types: allocate each kind like llama.cpp would, fill a
// prefix as prompt processing does, then let tinybench repeat the generation-style scan. The
// repeated scans double as a calibration of this host's noise before a long run.
import { Bench } from 'tinybench';
import { readFileSync } from 'node:fs';
import { UserError } from '../sys/errors.ts';
import { readFingerprint } from './fingerprint.ts';
import { DEFAULT_GEOMETRY, KvBuffer, spreadCpus } from './kv-probe.ts';
import type { KvKind, OpStats, Placement } from './kv-probe.ts';
import type { HostFingerprint } from './types.ts';

export interface ProbeOptions {
  kvMiB: number;
  /** Fraction of the context filled (0..1]. */
  fill: number;
  threads: number;
  kinds: KvKind[];
  /** tinybench time budget per kind, ms. */
  timeMs: number;
  /** Minimum scans per kind. */
  iterations: number;
}

export interface ProbeKindResult {
  kind: KvKind;
  alloc: OpStats;
  residentAfterAlloc: number | null;
  placementAfterAlloc: Placement | null;
  fill: OpStats;
  residentAfterFill: number | null;
  placementAfterFill: Placement | null;
  /** Scan bandwidth, bytes/s, from the mean and median scan time. */
  scanMeanBps: number;
  scanMedianBps: number;
  /** Coefficient of variation of the scan times (sd / mean). */
  scanCv: number;
  /** Robust CV: 1.4826·MAD / median (insensitive to the odd descheduled scan). */
  scanRobustCv: number;
  scans: number;
  scanMinorFaults: number;
}

export interface ProbeResult {
  options: ProbeOptions;
  host: HostFingerprint;
  cpus: number[];
  rowsFilled: number;
  kinds: ProbeKindResult[];
}

/** MemAvailable in KiB, or null. */
function memAvailableKiB(): number | null {
  try {
    const m = /^MemAvailable:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export async function runProbe(options: ProbeOptions): Promise<ProbeResult> {
  const host = readFingerprint();
  const bytes = options.kvMiB * 1024 * 1024;
  const avail = memAvailableKiB();
  // Heap buffers are fully resident; mmap ones only up to the fill. Keep clear of the OOM killer.
  const need = options.kinds.reduce((s, k) => s + (k === 'heap' ? bytes : bytes * options.fill), 0) / 1024;
  if (avail !== null && need > 0.8 * avail) {
    throw new UserError(
      `probe needs about ${Math.round(need / 1024)} MiB resident but only ${Math.round(avail / 1024)} MiB is available`,
      'use a smaller --kv-mib or --fill',
    );
  }
  const cpus = spreadCpus(host.numaNodes, options.threads);
  const geometry = { ...DEFAULT_GEOMETRY, bytes };
  const buffers: KvBuffer[] = [];
  const partial: Omit<ProbeKindResult, 'scanMeanBps' | 'scanMedianBps' | 'scanCv' | 'scanRobustCv' | 'scans' | 'scanMinorFaults'>[] = [];
  let rows = 0;
  try {
    for (const kind of options.kinds) {
      const b = KvBuffer.allocate(kind, geometry);
      buffers.push(b);
      const residentAfterAlloc = b.residentBytes();
      const placementAfterAlloc = b.placement();
      rows = b.rowsFor(options.fill);
      const fill = b.fill(rows, options.threads, cpus);
      partial.push({
        kind,
        alloc: b.alloc,
        residentAfterAlloc,
        placementAfterAlloc,
        fill,
        residentAfterFill: b.residentBytes(),
        placementAfterFill: b.placement(),
      });
    }
    const bench = new Bench({ time: options.timeMs, iterations: options.iterations, warmupIterations: 2, warmupTime: 0 });
    const faults = new Map<KvKind, number>();
    for (const b of buffers) {
      faults.set(b.kind, 0);
      bench.add(b.kind, () => {
        const s = b.scan(rows, options.threads, cpus);
        faults.set(b.kind, faults.get(b.kind)! + s.minorFaults);
        return { overriddenDuration: s.seconds * 1000 };
      });
    }
    await bench.run();
    const kinds = partial.map((p, i) => {
      const r = bench.tasks[i].result;
      if (!('latency' in r)) throw new Error(`scan of ${p.kind} did not complete (${r.state})`);
      const scanned = rows * geometry.rowBytes * geometry.segments;
      return {
        ...p,
        scanMeanBps: scanned / (r.latency.mean / 1000),
        scanMedianBps: scanned / (r.latency.p50 / 1000),
        scanCv: r.latency.sd / r.latency.mean,
        scanRobustCv: (1.4826 * r.latency.mad) / r.latency.p50,
        scans: r.latency.samplesCount,
        scanMinorFaults: faults.get(p.kind)!,
      };
    });
    return { options, host, cpus, rowsFilled: rows, kinds };
  } finally {
    for (const b of buffers) b.free();
  }
}
