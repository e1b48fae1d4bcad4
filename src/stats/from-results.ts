// results.json → the decision engine's input: one observation per launch (median of its samples_ts),
// warm-up blocks and failed launches left out, keyed by block so A and B pair up. The depth sweep
// adds one input per depth and metric (sweep:tg@dD, sweep:pp@dD; per model with several:
// tiny/sweep:tg@dD), one observation per launch of that model.
import { medianType7, sortInPlace } from './ranks.ts';
import type { Evidence } from './evidence.ts';
import type { LaunchRecord, DepthLaunchRecord, DepthPoint } from '../bench/types.ts';
import type { BenchRecord } from '../parse/types.ts';
import type { Observation, WorkloadInput } from './types.ts';
import type { VariantId } from '../plan/types.ts';
import { depthGatePoints, depthPointId, sameModel } from '../plan/depth-sweep.ts';

/** The throughput of one launch: median of its per-repetition t/s (avg_ts when samples are absent). */
export function launchValue(rec: BenchRecord): number {
  const x = rec.samplesTs;
  // simple-statistics' median, the same number, from a sort with no comparator (every look reads every launch)
  return x.length === 0 ? rec.avgTs : medianType7(sortInPlace(Float64Array.from(x)));
}

function observation(l: LaunchRecord): Observation | null {
  if (l.status !== 'ok' || l.warmup || l.records.length === 0) return null;
  return { block: l.block, value: launchValue(l.records[0]), seq: l.seq };
}

export function workloadInputsFromResults(results: Pick<Evidence, 'plan' | 'builds' | 'launches' | 'depthLaunches'>): WorkloadInput[] {
  return [
    ...workloadInputsFromLaunches(results.plan.workloads.map((w) => w.id), results.launches),
    ...depthInputsFromResults(results),
  ];
}

/** Same, from the launches so far (for `decide` between blocks, before results.json exists). */
export function workloadInputsFromLaunches(workloadIds: string[], launches: LaunchRecord[]): WorkloadInput[] {
  // One pass over the launches (the pipeline decides over all of them at every look), in launch order.
  const by = new Map<string, WorkloadInput>(workloadIds.map((id) => [id, { name: id, a: [], b: [] }]));
  for (const l of launches) {
    const w = by.get(l.workload);
    if (!w || (l.variant !== 'A' && l.variant !== 'B')) continue;
    const o = observation(l);
    if (o) (l.variant === 'A' ? w.a : w.b).push(o);
  }
  return workloadIds.map((id) => by.get(id)!);
}

/** The depth tool both variants ran (from their builds), for the ids the family decides. */
export function depthToolOf(results: Pick<Evidence, 'builds' | 'depthLaunches'>): string | null {
  return results.builds.find((b) => b.ok && b.depthTool)?.depthTool ?? results.depthLaunches?.[0]?.tool ?? null;
}

/** The counted, successful depth launches: the ones that give observations. */
export function countedDepthLaunches(launches: DepthLaunchRecord[] | undefined): DepthLaunchRecord[] {
  return (launches ?? []).filter((l) => l.status === 'ok' && !l.warmup);
}

/** The depth-sweep family's speed inputs: S_TG and S_PP per depth (and model), one observation per launch. */
export function depthInputsFromResults(results: Pick<Evidence, 'plan' | 'builds' | 'depthLaunches'>): WorkloadInput[] {
  if (!results.plan.depthSweep) return [];
  const counted = countedDepthLaunches(results.depthLaunches);
  return depthGatePoints(results.plan, depthToolOf(results)).map((point) => {
    const value = (p: DepthPoint) => (point.metric === 'tg' ? p.speedTg : p.speedPp);
    const name = depthPointId(point.metric, point.depth, point.model);
    const launches = counted.filter((l) => sameModel(l, point));
    return { name, a: depthObservations(launches, 'A', point.depth, value), b: depthObservations(launches, 'B', point.depth, value), point };
  });
}

/** One observation per launch of `variant` that reported `depth` with a positive value. */
export function depthObservations(launches: DepthLaunchRecord[], variant: VariantId, depth: number, value: (p: DepthPoint) => number | null | undefined): Observation[] {
  const out: Observation[] = [];
  for (const l of launches) {
    if (l.variant !== variant) continue;
    const p = l.points.find((x) => x.depth === depth);
    const v = p ? value(p) : null;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out.push({ block: l.block, value: v, seq: l.seq });
  }
  return out;
}
