// Per-launch memory of the llama-bench launches (peak RSS, faults, per NUMA node) per workload and
// variant, with the paired B/A interval of peak RSS (stats/depth-memory.ts). Computed once by
// buildReportModel; renderers only format.
import { median } from 'simple-statistics';
import type { Results } from '../store/results.ts';
import type { LaunchRecord } from '../bench/types.ts';
import { peakRssRatio, type PeakRss } from '../stats/depth-memory.ts';

export type { PeakRss };

export interface MemoryRow {
  variant: string;
  launches: number;
  peakRssKiB: number | null;
  minorFaults: number | null;
  majorFaults: number | null;
  /** Median resident KiB per node, in MemorySection.nodeIds order. */
  nodeKiB: (number | null)[];
  /** Largest / smallest node (1 = even); null on one node; Infinity when a node is empty. */
  evenness: number | null;
}

export interface MemoryWorkload {
  name: string;
  rows: MemoryRow[];
  peak: PeakRss | null;
}

export interface MemorySection {
  nodeIds: string[];
  workloads: MemoryWorkload[];
}

const med = (xs: number[]): number | null => (xs.length ? median(xs) : null);

export function memoryOf(results: Results, workloads: string[]): MemorySection | null {
  const measured = results.launches.filter((l) => l.memory && l.status === 'ok' && !l.warmup);
  if (measured.length === 0) return null;
  const nodeIds = [...new Set(measured.flatMap((l) => Object.keys(l.memory!.nodeKiB ?? {})))].sort((a, b) => Number(a) - Number(b));
  const rowFor = (variant: string, ls: LaunchRecord[]): MemoryRow => {
    const mems = ls.map((l) => l.memory!);
    const withNodes = mems.filter((mm) => mm.nodeKiB && Object.keys(mm.nodeKiB).length > 0);
    const evenness = withNodes.map((mm) => {
      const v = nodeIds.map((id) => mm.nodeKiB![id] ?? 0);
      const lo = Math.min(...v);
      return lo > 0 ? Math.max(...v) / lo : Infinity;
    });
    return {
      variant,
      launches: ls.length,
      peakRssKiB: med(mems.map((mm) => mm.peakRssKiB)),
      minorFaults: med(mems.map((mm) => mm.minorFaults)),
      majorFaults: med(mems.map((mm) => mm.majorFaults)),
      nodeKiB: nodeIds.map((id) => med(withNodes.map((mm) => mm.nodeKiB![id] ?? 0))),
      evenness: nodeIds.length < 2 ? null : med(evenness),
    };
  };
  const out: MemoryWorkload[] = [];
  for (const w of workloads) {
    const mine = measured.filter((l) => l.workload === w);
    if (mine.length === 0) continue;
    const a = rowFor('A', mine.filter((l) => l.variant === 'A'));
    const b = rowFor('B', mine.filter((l) => l.variant === 'B'));
    const peak = peakRssRatio(results.plan, w, mine) ?? (a.peakRssKiB && b.peakRssKiB ? { ratio: b.peakRssKiB / a.peakRssKiB, ci: null, level: null } : null);
    out.push({ name: w, rows: [a, b].filter((r) => r.launches > 0), peak });
  }
  return { nodeIds, workloads: out };
}
