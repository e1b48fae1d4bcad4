// Runner qualifications (llama-perf-gate qualify): what this host has been shown to do — A/A′
// (two separate builds of one commit) and A/A+k (an injected slowdown of known size), per workload.
// Kept beside the host's calibration (store/calibration.ts: same directory, same host key), one
// file per host holding every attempt, oldest first, so `history` lists them over time and every
// later report on the host quotes the newest measured one. A failed attempt (a build or launch that
// failed) is kept as such and is never quoted as a qualification.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostFingerprint } from '../host/types.ts';
import type { QualificationStatus, QualifiedWorkload } from '../stats/qualify.ts';
import { hostKey } from './calibration.ts';
import { writeJsonAtomic } from './write.ts';

export const QUALIFICATION_SCHEMA = 'llama-perf-gate/qualifications@1';

export interface Qualification {
  createdAt: string;
  status: QualificationStatus;
  /** Why it fell short or failed (one clause each); empty when qualified. */
  reasons: string[];
  /** k of the injected slowdown; the truth of A/A+k is 1/(1+k). */
  k: number;
  ref: string;
  commit: string | null;
  model: string;
  threads: number;
  alpha: number;
  margin: number;
  /** The two experiments in the store (null when one never started). */
  experiments: { aaPrime: string | null; injected: string | null };
  /** Whether the two builds of A/A′ have the same machine code (executable sections of llama-bench and its libraries; null: unknown). */
  identicalBuilds: boolean | null;
  seconds: number;
  workloads: QualifiedWorkload[];
}

interface QualificationFile {
  schema: typeof QUALIFICATION_SCHEMA;
  hostKey: string;
  records: Qualification[];
}

export function qualificationPath(cacheDir: string, fp: HostFingerprint): string {
  return join(cacheDir, 'calibration', `${hostKey(fp)}.qualifications.json`);
}

/** This host's qualifications, oldest first; [] when none (or another host's or an unreadable file: never fatal). */
export function readQualifications(cacheDir: string, fp: HostFingerprint): Qualification[] {
  try {
    const f = JSON.parse(readFileSync(qualificationPath(cacheDir, fp), 'utf8')) as QualificationFile;
    if (f?.schema !== QUALIFICATION_SCHEMA || f.hostKey !== hostKey(fp) || !Array.isArray(f.records)) return [];
    return f.records.filter(isRecord);
  } catch {
    return [];
  }
}

function isRecord(r: Qualification): boolean {
  return typeof r?.createdAt === 'string' && ['qualified', 'short', 'failed'].includes(r.status) && Number.isFinite(r.k)
    && Array.isArray(r.workloads) && r.workloads.every((w) => typeof w?.workload === 'string' && w.aaPrime && w.injected);
}

/** Append one attempt to this host's file (atomically rewritten). */
export function appendQualification(cacheDir: string, fp: HostFingerprint, rec: Qualification): string {
  const path = qualificationPath(cacheDir, fp);
  const file: QualificationFile = { schema: QUALIFICATION_SCHEMA, hostKey: hostKey(fp), records: [...readQualifications(cacheDir, fp), rec] };
  writeJsonAtomic(path, file);
  return path;
}

/** What a report on this host quotes: the newest measured qualification (failed attempts are not one), for the run's workloads. */
export interface RunnerShown {
  at: string;
  /** Whole days between the qualification and the report. */
  ageDays: number;
  k: number;
  status: Exclude<QualificationStatus, 'failed'>;
  workloads: QualifiedWorkload[];
  /** The newest attempt failed after this one: when, and why. */
  laterFailure: { at: string; reason: string } | null;
}

export function runnerShown(records: Qualification[], workloads: readonly string[], now: Date): RunnerShown | null {
  const measured = records.filter((r) => r.status !== 'failed');
  const last = measured[measured.length - 1];
  if (!last) return null;
  const mine = last.workloads.filter((w) => workloads.includes(w.workload));
  const newest = records[records.length - 1];
  return {
    at: last.createdAt,
    ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(last.createdAt)) / 86_400_000)),
    k: last.k,
    status: last.status as RunnerShown['status'],
    workloads: mine.length > 0 ? mine : last.workloads,
    laterFailure: newest !== last && newest.status === 'failed' ? { at: newest.createdAt, reason: newest.reasons[0] ?? 'failed' } : null,
  };
}
