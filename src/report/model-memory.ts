// Per-launch memory of the llama-bench launches (peak RSS, faults, per NUMA node) per workload and
// variant, with the paired B/A interval of peak RSS from the decision engine. Computed once by
// buildReportModel; renderers only format.
import { median } from 'simple-statistics';
import type { Results } from '../store/results.ts';
import type { LaunchRecord } from '../bench/types.ts';
import type { Plan } from '../plan/types.ts';
import { analyze } from '../stats/analyze.ts';

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

export interface PeakRss {
  ratio: number;
  ci: [number, number] | null;
  level: number | null;
  /** Method behind the interval: the engine's (hl) or, when ties make its interval unusable, t. */
  method: 'hl' | 't' | null;
  /** Block pairs with exactly the same peak RSS. */
  ties: number;
  pairs: number;
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
    const peak = peakRss(results.plan, w, mine) ?? (a.peakRssKiB && b.peakRssKiB ? { ratio: b.peakRssKiB / a.peakRssKiB, ci: null, level: null, method: null, ties: 0, pairs: 0 } : null);
    out.push({ name: w, rows: [a, b].filter((r) => r.launches > 0), peak });
  }
  return { nodeIds, workloads: out };
}

const contains = (ci: [number, number], x: number) => ci[0] <= x + 1e-12 && x <= ci[1] + 1e-12;

/**
 * Peak RSS B/A with the throughput statistics (paired by block, the run's α): the interval says
 * whether a memory difference is real. Peak RSS often repeats to the KiB across launches; the
 * signed-rank interval drops those zero differences while the estimate keeps them, and can then
 * exclude its own estimate. Then the paired t interval (which keeps every pair) is shown instead.
 */
function peakRss(plan: Plan, workload: string, launches: LaunchRecord[]): PeakRss | null {
  const obs = (v: 'A' | 'B') => launches.filter((l) => l.variant === v && l.memory!.peakRssKiB > 0).map((l) => ({ block: l.block, value: l.memory!.peakRssKiB, seq: l.seq }));
  const a = obs('A');
  const b = obs('B');
  const pairs = a.filter((x) => b.some((y) => y.block === x.block));
  const ties = pairs.filter((x) => b.find((y) => y.block === x.block)!.value === x.value).length;
  const runLevel = 1 - 2 * plan.alpha;
  const run = (method: 'hl' | 't') => analyze([{ name: workload, a, b }], { margin: plan.margin, alpha: plan.alpha, method }).workloads[0];
  let wa = run('hl');
  let method: 'hl' | 't' = 'hl';
  // Below the engine's minimum n it offers a lower-level interval; a memory line shows only the run's level.
  if (!wa || wa.ratio === null || !wa.ci || wa.ci_level < runLevel - 1e-9) return null;
  if (!contains(wa.ci, wa.ratio)) {
    wa = run('t');
    method = 't';
    if (!wa || wa.ratio === null || !wa.ci || !contains(wa.ci, wa.ratio)) return null;
  }
  return { ratio: wa.ratio, ci: wa.ci, level: wa.ci_level, method, ties, pairs: pairs.length };
}
