// Resident memory along the depth sweep, B against A: per depth the engine's paired estimate and
// interval of total resident memory (one observation per counted launch, paired by block). Reported
// next to the speed verdicts, never gating: "less memory" is neither a regression nor neutral by a
// throughput margin. One analysis per depth, so no Holm: nothing here is a test that decides.
import { median } from 'simple-statistics';
import type { Evidence } from './evidence.ts';
import type { Analysis, DepthMemoryAnalysis } from './types.ts';
import { analyze } from './analyze.ts';
import { countedDepthLaunches, depthObservations } from './from-results.ts';
import { depthPointId } from '../plan/depth-sweep.ts';

export function depthMemoryAnalysis(results: Pick<Evidence, 'plan' | 'depthLaunches'>): DepthMemoryAnalysis[] {
  const { plan } = results;
  if (!plan.depthSweep) return [];
  const launches = countedDepthLaunches(results.depthLaunches);
  const level = 1 - 2 * plan.alpha;
  return plan.depthSweep.depths.map((depth) => {
    const name = depthPointId('mem', depth);
    const total = (v: 'A' | 'B') => depthObservations(launches, v, depth, (p) => p.memory?.rssKiB);
    const anon = (v: 'A' | 'B') => depthObservations(launches, v, depth, (p) => p.memory?.anonKiB);
    const med = (xs: { value: number }[]) => (xs.length ? median(xs.map((o) => o.value)) : null);
    const [a, b] = [total('A'), total('B')];
    const base = { name, depth, a_kib: med(a), b_kib: med(b), a_anon_kib: med(anon('A')), b_anon_kib: med(anon('B')), ci_level: level };
    if (a.length === 0 || b.length === 0) return { ...base, n: 0, ratio: null, ci: null };
    const [w] = analyze([{ name, a, b }], { margin: plan.margin, alpha: plan.alpha, method: 'hl' }).workloads;
    // Below the engine's minimum n it offers a lower-level interval: memory shows only the run's level.
    const full = w.ci !== null && w.ci_level >= level - 1e-9;
    return { ...base, n: w.n, ratio: w.ratio, ci: full ? w.ci : null };
  });
}

/** The analysis with the depth sweep's memory ratios, when the plan has a sweep. */
export function withDepthMemory(analysis: Analysis, results: Pick<Evidence, 'plan' | 'depthLaunches'>): Analysis {
  return results.plan.depthSweep ? { ...analysis, depth_memory: depthMemoryAnalysis(results) } : analysis;
}
