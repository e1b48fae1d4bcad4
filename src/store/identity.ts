// What makes two runs the same experiment: the A and B specs (commit, CMake args, run args, env), the
// model (size + hash of its first MiBs: the GGUF header and metadata, without reading gigabytes),
// the workloads, the levers and decision settings, and the host fields that change throughput
// (CPU model, topology, kernel). Same identity + an unfinished experiment = resume; any change = a
// new experiment. Seed, output directory, timeouts and the number of blocks are not identity: a
// resumed experiment keeps its own, and `more` raises the block count.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { DepthSweep, ModelRef, Plan } from '../plan/types.ts';
import { readGgufHeader } from '../model/gguf-reader.ts';
import type { HostFingerprint } from '../host/types.ts';
import type { BuildOutcome } from '../build/types.ts';

const MODEL_HEAD_BYTES = 4 * 1024 * 1024;

export interface ModelIdentity {
  size: number;
  /** sha256 of the first 4 MiB, or of the whole header when it is longer (metadata and tensor index: a real model's token list can fill more). */
  headSha256: string;
}

/** With several models: each by name (ids and the report use the name; the content decides). */
export interface NamedModelIdentity {
  name: string;
  file: ModelIdentity | null;
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
  /** One model: as before models were a list (stored identities keep their hash); several: each named. */
  model: ModelIdentity | NamedModelIdentity[] | null;
  workloads: Plan['workloads'];
  threads: number;
  levers: Plan['levers'];
  decision: { warmupBlocks: number; margin: number; alpha: number; method: Plan['method'] };
  host: HostIdentity | null;
  /** The depth sweep's points, only when there is one (experiments without a sweep keep their hash):
   * another sweep measures other points, so it is another experiment, never a silent resume. */
  depthSweep?: DepthSweep;
}

export function modelIdentity(path: string): ModelIdentity | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(Math.min(Math.max(MODEL_HEAD_BYTES, headerBytes(path)), statSync(path).size));
    const n = readSync(fd, buf, 0, buf.length, 0);
    return { size: statSync(path).size, headSha256: createHash('sha256').update(buf.subarray(0, n)).digest('hex') };
  } finally {
    closeSync(fd);
  }
}

function headerBytes(path: string): number {
  try {
    return readGgufHeader(path).headerBytes;
  } catch {
    return 0; // not a GGUF (a test's stand-in): its first MiBs are its identity
  }
}

/** The identity of the plan's models: content, not paths, so another file under the same name is a change. */
export function modelsIdentity(models: readonly ModelRef[]): ExperimentIdentity['model'] {
  if (models.length === 1) return modelIdentity(models[0].path);
  return models.map((m) => ({ name: m.name, file: modelIdentity(m.path) }));
}

/** Which models differ between two identities, by name: "model tiny (another file: size or header hash)". */
export function modelChanges(a: ExperimentIdentity['model'], b: ExperimentIdentity['model']): string[] {
  if (canonical(a) === canonical(b)) return [];
  const named = (x: ExperimentIdentity['model']): NamedModelIdentity[] | null => (Array.isArray(x) ? x : null);
  const [na, nb] = [named(a), named(b)];
  if (!na || !nb) return [na || nb ? 'models (one model, not several)' : 'model (another file: size or header hash)'];
  const out: string[] = [];
  for (const m of nb) {
    const was = na.find((x) => x.name === m.name);
    if (!was) out.push(`model ${m.name} added`);
    else if (canonical(was.file) !== canonical(m.file)) out.push(`model ${m.name} (another file: size or header hash)`);
  }
  for (const m of na) if (!nb.some((x) => x.name === m.name)) out.push(`model ${m.name} removed`);
  if (out.length === 0) out.push('models (order)');
  return out;
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
    model: modelsIdentity(plan.models),
    workloads: plan.workloads,
    threads: plan.threads,
    levers: Object.fromEntries(Object.entries(plan.levers).sort()) as Plan['levers'],
    decision: { warmupBlocks: plan.warmupBlocks, margin: plan.margin, alpha: plan.alpha, method: plan.method },
    host: hostIdentity(host),
    ...(plan.depthSweep && { depthSweep: { depths: plan.depthSweep.depths, gen: plan.depthSweep.gen } }),
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
  out.push(...modelChanges(a.model, b.model));
  const parts: (keyof ExperimentIdentity)[] = ['workloads', 'threads', 'levers', 'decision', 'host', 'depthSweep'];
  for (const k of parts) if (canonical(a[k]) !== canonical(b[k])) out.push(k);
  return out;
}
