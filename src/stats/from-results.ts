// results.json → the decision engine's input: one observation per launch (median of its samples_ts),
// warm-up blocks and failed launches left out, keyed by block so A and B pair up.
import { median } from 'simple-statistics';
import type { Results, LaunchRecord } from '../store/results.ts';
import type { BenchRecord } from '../parse/types.ts';
import type { Observation, WorkloadInput } from './types.ts';

/** The throughput of one launch: median of its per-repetition t/s (avg_ts when samples are absent). */
export function launchValue(rec: BenchRecord): number {
  return rec.samplesTs.length > 0 ? median(rec.samplesTs) : rec.avgTs;
}

function observation(l: LaunchRecord): Observation | null {
  if (l.status !== 'ok' || l.warmup || l.records.length === 0) return null;
  return { block: l.block, value: launchValue(l.records[0]), seq: l.seq };
}

export function workloadInputsFromResults(results: Results): WorkloadInput[] {
  return workloadInputsFromLaunches(results.plan.workloads.map((w) => w.id), results.launches);
}

/** Same, from the launches so far (for `decide` between blocks, before results.json exists). */
export function workloadInputsFromLaunches(workloadIds: string[], launches: LaunchRecord[]): WorkloadInput[] {
  return workloadIds.map((id) => {
    const mine = launches.filter((l) => l.workload === id);
    const pick = (v: 'A' | 'B') =>
      mine.filter((l) => l.variant === v).map(observation).filter((o): o is Observation => o !== null);
    return { name: id, a: pick('A'), b: pick('B') };
  });
}
