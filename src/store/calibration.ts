// Host calibration: what an A/A run (the base against itself, identical binaries) shows about this
// machine — per workload, the paired spread of the block-by-block B/A log-ratios, the offset the
// A/A run still measured, the false-call rate they imply, and the blocks a ±2% decision needs
// (computed in stats/calibration.ts).
// Stored under the cache directory, one file per host (keyed by its fingerprint), so every later
// run on the host can say whether its "improvement" is within what the host produces by itself.
// The spread depends on the model too: each workload's entry names the model it ran on (its
// content, as the experiment identity does), and a later run quotes only its own models' entries.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostFingerprint } from '../host/types.ts';
import type { Results } from './results.ts';
import { writeJsonAtomic } from './write.ts';
import { noiseOf } from '../stats/calibration.ts';
import { modelOf } from '../plan/models.ts';
import type { ModelRef } from '../plan/types.ts';
import { modelIdentity } from './identity.ts';

export const CALIBRATION_SCHEMA = 'llama-perf-gate/calibration@1';

export interface WorkloadCalibration {
  /** Workload as shown (flavour's label) and its normalised label (what later runs match on, with the model). */
  workload: string;
  label: string;
  /**
   * The model it ran on: file name, and its content key (size and header hash, as the experiment
   * identity has it) that later runs match on. Absent in records written before models were keyed:
   * those match by the record's `model` file name.
   */
  modelFile?: string;
  modelKey?: string;
  /** Blocks the A/A run counted for it. */
  blocks: number;
  /** Paired spread of the per-block log-ratios (robust sd), as a fraction: 0.02 = 2 %. */
  spread: number;
  /** B/A the A/A run measured (1 in a perfect world) and its verdict (anything but inconclusive/equivalent is a false call). */
  ratio: number | null;
  verdict: string;
  /** Probability that a run of `blocks` blocks calls a change between identical binaries, at the run's α, given this offset and spread. */
  falseCallRate: number;
  /** Blocks a ±2 % decision needs at this spread (paired, 80 % power, α of the run). */
  blocksFor2pct: number;
}

export interface HostCalibration {
  schema: typeof CALIBRATION_SCHEMA;
  hostKey: string;
  host: { hostname: string | null; cpuModel: string | null; logicalCpus: number; kernel: string | null };
  createdAt: string;
  /** What was run: ref, model file name, threads, α (as given), blocks. */
  ref: string;
  model: string;
  threads: number;
  alpha: number;
  workloads: WorkloadCalibration[];
}

/** A host's identity for calibration: what makes its noise its own (not the load, which varies). */
export function hostKey(fp: HostFingerprint): string {
  const id = [fp.hostname, fp.cpuModel, fp.sockets, fp.coresPerSocket, fp.threadsPerCore, fp.logicalCpus, fp.numaNodes.length];
  return createHash('sha256').update(JSON.stringify(id)).digest('hex').slice(0, 16);
}

export function calibrationPath(cacheDir: string, fp: HostFingerprint): string {
  return join(cacheDir, 'calibration', `${hostKey(fp)}.json`);
}

/** The calibration an A/A run's results give; null when it has no analysis to draw on. */
export function calibrationFromResults(r: Results): HostCalibration | null {
  if (!r.analysis || !r.host) return null;
  // The numbers are the statistics stage's (stats/calibration.ts); the file matches workloads by label.
  const workloads: WorkloadCalibration[] = noiseOf(r.analysis, r.plan.alpha).map(({ name, ...n }) => {
    const w = r.plan.workloads.find((x) => x.id === name);
    const m = w ? modelOf(r.plan, w) : r.plan.models.length === 1 ? r.plan.models[0] : null;
    return { workload: name, label: w?.label ?? name, ...(m && { modelFile: fileName(m.path), modelKey: modelKey(m.path) ?? undefined }), ...n };
  });
  if (workloads.length === 0) return null;
  const fp = r.host;
  return {
    schema: CALIBRATION_SCHEMA,
    hostKey: hostKey(fp),
    host: { hostname: fp.hostname, cpuModel: fp.cpuModel, logicalCpus: fp.logicalCpus, kernel: fp.kernel },
    createdAt: r.finishedAt ?? new Date().toISOString(),
    ref: r.plan.variants[0].ref,
    model: r.plan.models.map((m) => fileName(m.path)).join(','),
    threads: r.plan.threads,
    alpha: r.plan.alpha,
    workloads,
  };
}

export function writeCalibration(cacheDir: string, cal: HostCalibration, fp: HostFingerprint): string {
  const path = calibrationPath(cacheDir, fp);
  writeJsonAtomic(path, cal);
  return path;
}

/** This host's calibration, or null (none yet, another host's file, or unreadable: never fatal). */
export function readCalibration(cacheDir: string, fp: HostFingerprint): HostCalibration | null {
  try {
    const c = JSON.parse(readFileSync(calibrationPath(cacheDir, fp), 'utf8')) as HostCalibration;
    if (c?.schema !== CALIBRATION_SCHEMA || c.hostKey !== hostKey(fp) || !Array.isArray(c.workloads)) return null;
    const ok = c.workloads.every((w) => typeof w.label === 'string' && Number.isFinite(w.spread) && Number.isFinite(w.blocksFor2pct) && Number.isFinite(w.falseCallRate));
    return ok ? c : null;
  } catch {
    return null;
  }
}

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`;
const fileName = (path: string) => path.split('/').pop() ?? path;

/** A model file's content key (size and header hash); null when it cannot be read. */
export function modelKey(path: string): string | null {
  const id = modelIdentity(path);
  return id ? `${id.size}:${id.headSha256}` : null;
}

/** What a later run's workload is matched on: its normalised label and its model. */
export interface CalibrationKey {
  label: string;
  model: Pick<ModelRef, 'path'>;
}

/** The run's workloads as calibration keys (each with the model it runs on). */
export function calibrationKeys(plan: { models: ModelRef[]; workloads: { label: string; model?: string }[] }): CalibrationKey[] {
  return plan.workloads.map((w) => ({ label: w.label, model: modelOf(plan, w) }));
}

function sameModel(cal: HostCalibration, w: WorkloadCalibration, path: string, keys: Map<string, string | null>): boolean {
  if (w.modelKey === undefined) return cal.model === fileName(path);
  if (!keys.has(path)) keys.set(path, modelKey(path));
  return keys.get(path) === w.modelKey;
}

/**
 * The line a report on this host shows, for the workloads of the run at hand (matched by their
 * normalised label and their model's content): "this host's A/A spread: pp512 1.8% (a ±2% call
 * needs ~6 blocks), ...". Null when none of them was calibrated on that model.
 */
export function calibrationNote(cal: HostCalibration, wanted: readonly CalibrationKey[]): string | null {
  const keys = new Map<string, string | null>();
  const mine = cal.workloads.filter((w) => wanted.some((k) => k.label === w.label && sameModel(cal, w, k.model.path, keys)));
  if (mine.length === 0) return null;
  const parts = mine.map((w) => `${w.workload} ${pct(w.spread)} (a ±2% call needs ~${w.blocksFor2pct} blocks; A/A B/A ${w.ratio?.toFixed(3) ?? '–'}, implied false-call rate ${pct(w.falseCallRate, 0)} at ${w.blocks} blocks)`);
  return `This host's A/A spread (calibrated ${cal.createdAt.slice(0, 10)} on ${cal.ref.slice(0, 12)}, identical binaries): ${parts.join('; ')}. A change smaller than this spread is within what the host produces by itself.`;
}
