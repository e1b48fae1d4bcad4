// A host calibration from an A/A run's results: the statistics stage's numbers per workload
// (stats/calibration.ts noiseOf), keyed by workload label and model for the store's record
// (store/calibration.ts), which only reads, writes and matches it.
import type { Results } from '../store/results.ts';
import { CALIBRATION_SCHEMA, hostKey, modelFileName, modelKey, type HostCalibration, type WorkloadCalibration } from '../store/calibration.ts';
import { noiseOf } from '../stats/calibration.ts';
import { modelOf } from '../plan/models.ts';
import { depthModelNames, depthPointModels } from '../plan/depth-sweep.ts';

/** The calibration an A/A run's results give; null when it has no analysis to draw on. */
export function calibrationFromResults(r: Results): HostCalibration | null {
  if (!r.analysis || !r.host) return null;
  // Depth points (sweep:tg@dD) on their model with several (tiny/sweep:tg@dD), labelled without it like workloads.
  const points = depthPointModels(r.plan.depthSweep?.depths ?? [], depthModelNames(r.plan));
  const workloads: WorkloadCalibration[] = noiseOf(r.analysis, r.plan.alpha).map(({ name, ...n }) => {
    const w = r.plan.workloads.find((x) => x.id === name);
    const on = points.get(name);
    const m = w ? modelOf(r.plan, w) : on !== undefined ? modelOf(r.plan, { model: on }) : r.plan.models.length === 1 ? r.plan.models[0] : null;
    const label = w?.label ?? (on !== undefined ? name.slice(on.length + 1) : name);
    return { workload: name, label, ...(m && { modelFile: modelFileName(m.path), modelKey: modelKey(m.path) ?? undefined }), ...n };
  });
  if (workloads.length === 0) return null;
  const fp = r.host;
  return {
    schema: CALIBRATION_SCHEMA,
    hostKey: hostKey(fp),
    host: { hostname: fp.hostname, cpuModel: fp.cpuModel, logicalCpus: fp.logicalCpus, kernel: fp.kernel },
    createdAt: r.finishedAt ?? new Date().toISOString(),
    ref: r.plan.variants[0].ref,
    model: r.plan.models.map((m) => modelFileName(m.path)).join(','),
    threads: r.plan.threads,
    alpha: r.plan.alpha,
    workloads,
  };
}
