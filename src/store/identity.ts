// What makes two runs the same experiment: the A and B specs (commit, CMake args, run args, env), the
// model (size + hash of its first MiBs: the GGUF header and metadata, without reading gigabytes),
// the workloads, the levers and decision settings, and the host fields that change throughput
// (CPU model, topology, kernel). Same identity + an unfinished experiment = resume; any change = a
// new experiment. Seed, output directory, timeouts and the number of blocks are not identity: a
// resumed experiment keeps its own, and `more` raises the block count.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Plan } from '../plan/types.ts';
import type { HostFingerprint } from '../host/types.ts';
import type { BuildOutcome } from '../build/types.ts';

const MODEL_HEAD_BYTES = 4 * 1024 * 1024;

export interface ModelIdentity {
  size: number;
  /** sha256 of the first 4 MiB (header, metadata, first tensors). */
  headSha256: string;
}

export interface HostIdentity {
  cpuModel: string | null;
  sockets: number | null;
  coresPerSocket: number | null;
  threadsPerCore: number | null;
  logicalCpus: number;
  numaNodes: number;
  kernel: string | null;
}

export interface ExperimentIdentity {
  /** `slowdown` only when set, so experiments stored before it keep their identity. */
  variants: { id: string; commit: string | null; cmakeArgs: string[]; runArgs: string[]; env: Record<string, string>; slowdown?: number; replica?: number }[];
  model: ModelIdentity | null;
  workloads: Plan['workloads'];
  threads: number;
  levers: Plan['levers'];
  decision: { warmupBlocks: number; margin: number; alpha: number; method: Plan['method'] };
  host: HostIdentity | null;
}

export function modelIdentity(path: string): ModelIdentity | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(Math.min(MODEL_HEAD_BYTES, statSync(path).size));
    const n = readSync(fd, buf, 0, buf.length, 0);
    return { size: statSync(path).size, headSha256: createHash('sha256').update(buf.subarray(0, n)).digest('hex') };
  } finally {
    closeSync(fd);
  }
}

export function hostIdentity(h: HostFingerprint | null): HostIdentity | null {
  if (!h) return null;
  return {
    cpuModel: h.cpuModel, sockets: h.sockets, coresPerSocket: h.coresPerSocket, threadsPerCore: h.threadsPerCore,
    logicalCpus: h.logicalCpus, numaNodes: h.numaNodes.length, kernel: h.kernel,
  };
}

export function experimentIdentity(plan: Plan, builds: BuildOutcome[], host: HostFingerprint | null): ExperimentIdentity {
  return {
    variants: plan.variants.map((v) => ({
      id: v.id,
      commit: builds.find((b) => b.variant === v.id)?.commit ?? v.ref,
      cmakeArgs: v.cmakeArgs,
      runArgs: v.runArgs,
      env: Object.fromEntries(Object.entries(v.env).sort()),
      ...(v.slowdown !== undefined && { slowdown: v.slowdown }),
      ...(v.replica && { replica: v.replica }),
    })),
    model: modelIdentity(plan.model),
    workloads: plan.workloads,
    threads: plan.threads,
    levers: Object.fromEntries(Object.entries(plan.levers).sort()) as Plan['levers'],
    decision: { warmupBlocks: plan.warmupBlocks, margin: plan.margin, alpha: plan.alpha, method: plan.method },
    host: hostIdentity(host),
  };
}

/** Canonical JSON (sorted keys) → sha256 hex. */
export function identityHash(id: ExperimentIdentity): string {
  return createHash('sha256').update(canonical(id)).digest('hex');
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/** Names of the parts that differ, for "a changed plan is a new experiment (changed: …)". */
export function identityChanges(a: ExperimentIdentity, b: ExperimentIdentity): string[] {
  const out: string[] = [];
  for (const i of [0, 1]) {
    const [x, y] = [a.variants[i], b.variants[i]];
    const name = i === 0 ? 'A' : 'B';
    if (!x || !y) continue;
    if (x.commit !== y.commit) out.push(`${name} commit`);
    if (canonical(x.cmakeArgs) !== canonical(y.cmakeArgs)) out.push(`${name} CMake args`);
    if (canonical(x.runArgs) !== canonical(y.runArgs)) out.push(`${name} run args`);
    if (canonical(x.env) !== canonical(y.env)) out.push(`${name} env`);
    if (x.slowdown !== y.slowdown) out.push(`${name} slowdown`);
    if ((x.replica ?? 0) !== (y.replica ?? 0)) out.push(`${name} build replica`);
  }
  const parts: (keyof ExperimentIdentity)[] = ['model', 'workloads', 'threads', 'levers', 'decision', 'host'];
  for (const k of parts) if (canonical(a[k]) !== canonical(b[k])) out.push(k);
  return out;
}
