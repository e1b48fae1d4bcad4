// Host calibration: what an A/A run (the base against itself, identical binaries) shows about this
// machine — per workload, the paired spread of the block-by-block B/A log-ratios, the offset the
// A/A run still measured, the false-call rate they imply, and the blocks a ±2% decision needs
// (computed in stats/calibration.ts, composed into this record by pipeline/calibration.ts, worded by
// report/calibration-words.ts): this file defines the record, reads, writes and matches it.
// Stored under the cache directory, one file per host (keyed by its fingerprint), so every later
// run on the host can say whether its "improvement" is within what the host produces by itself.
// The spread depends on the model too: each workload's entry names the model it ran on (its
// content, as the experiment identity does), and a later run quotes only its own models' entries.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostFingerprint } from '../host/types.ts';
import { writeJsonAtomic } from './write.ts';
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

/** A model path's file name, as the record names models. */
export const modelFileName = (path: string) => path.split('/').pop() ?? path;

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
  if (w.modelKey === undefined) return cal.model === modelFileName(path);
  if (!keys.has(path)) keys.set(path, modelKey(path));
  return keys.get(path) === w.modelKey;
}

/** The entries of `cal` for the run's workloads: matched by normalised label and by their model's content. */
export function calibratedFor(cal: HostCalibration, wanted: readonly CalibrationKey[]): WorkloadCalibration[] {
  const keys = new Map<string, string | null>();
  return cal.workloads.filter((w) => wanted.some((k) => k.label === w.label && sameModel(cal, w, k.model.path, keys)));
}
