// Resident memory along the depth sweep, B against A: per depth the engine's paired estimate and
// interval of total resident memory (one observation per counted launch, paired by block). Reported
// next to the speed verdicts, never gating: "less memory" is neither a regression nor neutral by a
// throughput margin. One analysis per depth (and model, with several), so no Holm: nothing here is
// a test that decides.
// Also the peak RSS B/A of the llama-bench launches per workload, for the report's memory table.
import { median } from 'simple-statistics';
import type { Evidence } from './evidence.ts';
import type { Analysis, DepthMemoryAnalysis } from './types.ts';
import { analyze } from './analyze.ts';
import { countedDepthLaunches, depthObservations } from './from-results.ts';
import { depthPointId, depthUnits, sameModel } from '../plan/depth-sweep.ts';
import type { Plan } from '../plan/types.ts';
import type { LaunchRecord } from '../bench/types.ts';

export function depthMemoryAnalysis(results: Pick<Evidence, 'plan' | 'depthLaunches'>): DepthMemoryAnalysis[] {
  const { plan } = results;
  if (!plan.depthSweep) return [];
  const counted = countedDepthLaunches(results.depthLaunches);
  const level = 1 - 2 * plan.alpha;
  return depthUnits(plan).flatMap((unit) => plan.depthSweep!.depths.map((depth): DepthMemoryAnalysis => {
    const name = depthPointId('mem', depth, unit.model);
    const launches = counted.filter((l) => sameModel(l, unit));
    const total = (v: 'A' | 'B') => depthObservations(launches, v, depth, (p) => p.memory?.rssKiB);
    const anon = (v: 'A' | 'B') => depthObservations(launches, v, depth, (p) => p.memory?.anonKiB);
    const med = (xs: { value: number }[]) => (xs.length ? median(xs.map((o) => o.value)) : null);
    const [a, b] = [total('A'), total('B')];
    const base = { name, depth, ...(unit.model !== undefined && { model: unit.model }), a_kib: med(a), b_kib: med(b), a_anon_kib: med(anon('A')), b_anon_kib: med(anon('B')), ci_level: level };
    if (a.length === 0 || b.length === 0) return { ...base, n: 0, ratio: null, ci: null };
    const [w] = analyze([{ name, a, b }], { margin: plan.margin, alpha: plan.alpha, method: 'hl' }).workloads;
    // Below the engine's minimum n it offers a lower-level interval: memory shows only the run's level.
    const full = w.ci !== null && w.ci_level >= level - 1e-9;
    return { ...base, n: w.n, ratio: w.ratio, ci: full ? w.ci : null };
  }));
}

/** The analysis with the depth sweep's memory ratios, when the plan has a sweep. */
export function withDepthMemory(analysis: Analysis, results: Pick<Evidence, 'plan' | 'depthLaunches'>): Analysis {
  return results.plan.depthSweep ? { ...analysis, depth_memory: depthMemoryAnalysis(results) } : analysis;
}

export interface PeakRss {
  ratio: number;
  ci: [number, number] | null;
  level: number | null;
}

/**
 * Peak RSS B/A with the throughput statistics (paired by block, the run's α): the interval says
 * whether a memory difference is real. Peak RSS often repeats to the KiB across launches: the
 * interval counts those zero differences among the Walsh averages, as the estimate does, so it
 * always contains its estimate (R's wilcox.test drops them and could exclude it).
 */
export function peakRssRatio(plan: Pick<Plan, 'alpha' | 'margin'>, workload: string, launches: LaunchRecord[]): PeakRss | null {
  const obs = (v: 'A' | 'B') => launches.filter((l) => l.variant === v && l.memory!.peakRssKiB > 0).map((l) => ({ block: l.block, value: l.memory!.peakRssKiB, seq: l.seq }));
  const [wa] = analyze([{ name: workload, a: obs('A'), b: obs('B') }], { margin: plan.margin, alpha: plan.alpha, method: 'hl' }).workloads;
  // Below the test's minimum n it offers a lower-level interval; a memory line shows only the run's level.
  if (!wa || wa.ratio === null || !wa.ci || wa.ci_level < 1 - 2 * plan.alpha - 1e-9) return null;
  return { ratio: wa.ratio, ci: wa.ci, level: wa.ci_level };
}
