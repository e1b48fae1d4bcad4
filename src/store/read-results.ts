// results.json from another job is untrusted data: a fork's benchmark job can upload anything as
// its artifact. Before a trusted job renders it into a comment or a check, every field is checked
// for type and size, and the object is rebuilt from known fields only (unknown ones are dropped, so
// nothing unexpected reaches a template). The first problem is reported with its JSON path.
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../errors.ts';
import { RESULTS_SCHEMA, RESULTS_SCHEMAS, type Results } from './results.ts';
import type { NumaPolicy } from '../plan/types.ts';

export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;
const MAX_SHORT = 4096; // names, refs, paths, labels
const MAX_LONG = 64 * 1024; // log and stderr tails, reasons
const MAX_ITEMS = 200_000; // launches, samples

type Check<T> = (v: unknown, path: string) => T;

class Invalid extends Error {}
const fail = (path: string, what: string): never => {
  throw new Invalid(`${path} ${what}`);
};

const str = (max = MAX_SHORT): Check<string> => (v, p) => {
  if (typeof v !== 'string') return fail(p, `must be a string (got ${typeOf(v)})`);
  if (v.length > max) return fail(p, `is ${v.length} characters long (limit ${max})`);
  return v;
};
const num: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, `must be a finite number (got ${typeOf(v)})`));
const int: Check<number> = (v, p) => (Number.isSafeInteger(v) ? (v as number) : fail(p, `must be an integer (got ${typeOf(v)})`));
const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, `must be true or false (got ${typeOf(v)})`));
const oneOf = <T extends string>(...allowed: T[]): Check<T> => (v, p) =>
  (allowed as unknown[]).includes(v) ? (v as T) : fail(p, `must be one of ${allowed.join(', ')} (got ${short(v)})`);
// Absent counts as null: a writer may leave out a field that has no value.
const nullable = <T>(c: Check<T>): Check<T | null> => (v, p) => (v === null || v === undefined ? null : c(v, p));
const optional = <T>(c: Check<T>): Check<T | undefined> => (v, p) => (v === undefined ? undefined : c(v, p));
const arr = <T>(c: Check<T>, max = MAX_ITEMS): Check<T[]> => (v, p) => {
  if (!Array.isArray(v)) return fail(p, `must be an array (got ${typeOf(v)})`);
  if (v.length > max) return fail(p, `has ${v.length} items (limit ${max})`);
  return v.map((x, i) => c(x, `${p}[${i}]`));
};
const tuple = <T>(c: Check<T>, n: number): Check<T[]> => (v, p) => {
  const a = arr(c, n)(v, p);
  return a.length === n ? a : fail(p, `must have exactly ${n} items (got ${a.length})`);
};
const pair = <T>(c: Check<T>) => tuple(c, 2) as Check<[T, T]>;
const triple = <T>(c: Check<T>) => tuple(c, 3) as Check<[T, T, T]>;
const record = <T>(c: Check<T>, maxKeys = 1000): Check<Record<string, T>> => (v, p) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const keys = Object.keys(v);
  if (keys.length > maxKeys) return fail(p, `has ${keys.length} keys (limit ${maxKeys})`);
  const out: Record<string, T> = Object.create(null);
  for (const k of keys) {
    str(256)(k, `${p} key`);
    out[k] = c((v as Record<string, unknown>)[k], `${p}.${k}`);
  }
  return out;
};
type Shape = Record<string, Check<unknown>>;
// Keys whose check may yield undefined are optional properties, as in the contract types.
type Out<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: Exclude<ReturnType<S[K]>, undefined>;
};
const obj = <S extends Shape>(shape: S): Check<Out<S>> => (v, p) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const out: Record<string, unknown> = {};
  for (const [k, c] of Object.entries(shape)) {
    const x = c((v as Record<string, unknown>)[k], `${p}.${k}`);
    if (x !== undefined) out[k] = x;
  }
  return out as Out<S>;
};
// raw llama-bench fields: keep scalars and flat arrays of scalars (samples_ns, samples_ts), strings
// capped; drop anything more deeply nested.
const scalar = (x: unknown): boolean =>
  typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'boolean' || x === null;
const rawFields: Check<Record<string, unknown>> = (v, p) => {
  const src = record((x) => x, 500)(v, p);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(src)) {
    const cap = (y: unknown) => (typeof y === 'string' ? y.slice(0, MAX_SHORT) : y);
    if (scalar(x)) out[k] = cap(x);
    else if (Array.isArray(x) && x.length <= 100_000 && x.every(scalar)) out[k] = x.map(cap);
  }
  return out;
};

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
function short(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : typeOf(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

const variantId = oneOf('A', 'B');
const verdict = oneOf('neutral', 'regression', 'improvement', 'inconclusive');
const numa: Check<NumaPolicy> = (v, p): NumaPolicy => {
  const kind = obj({ kind: oneOf('none', 'interleave', 'bind', 'llama', 'cpus') })(v, p).kind;
  if (kind === 'bind') return obj({ kind: oneOf('bind'), node: int })(v, p);
  if (kind === 'llama') return obj({ kind: oneOf('llama'), mode: oneOf('distribute', 'isolate', 'numactl') })(v, p);
  if (kind === 'cpus') return obj({ kind: oneOf('cpus'), cpus: str(1024) })(v, p);
  return { kind };
};
const variant = obj({ id: variantId, name: str(), ref: str(), cmakeArgs: arr(str(), 500), runArgs: arr(str(), 500), env: record(str()) });
const plan = obj({
  repo: str(), model: str(), out: str(),
  variants: pair(variant),
  workloads: arr(obj({ id: str(), label: str(256), nPrompt: int, nGen: int, nDepth: int, numa }), 1000),
  threads: int,
  levers: obj({ repetitions: int, prio: optional(int), delay: optional(num), cpuMask: optional(str(256)), cpuStrict: optional(bool), poll: optional(int) }),
  maxBlocks: int, warmupBlocks: int, looks: arr(int, 1000), seed: int, timeoutSec: num, margin: num, alpha: num,
  method: oneOf('hl', 't'),
  depthCtx: optional(int),
});
const host = obj({
  hostname: nullable(str()), kernel: nullable(str()), cpuModel: nullable(str()),
  sockets: nullable(int), coresPerSocket: nullable(int), threadsPerCore: nullable(int), logicalCpus: int, smt: nullable(bool),
  numaNodes: arr(obj({ id: int, cpus: arr(int, 100_000), memTotalKiB: nullable(num), memFreeKiB: nullable(num) }), 1024),
  numaBalancing: nullable(num), thpMode: nullable(str()), governor: nullable(str()), boost: nullable(bool),
  loadAvgStart: nullable(triple(num)), loadAvgEnd: optional(triple(num)),
  warnings: arr(str(MAX_LONG), 1000),
});
const build = obj({
  variant: variantId, ok: bool, ref: str(), commit: nullable(str(256)), cmakeArgs: arr(str(), 500), binDir: nullable(str()),
  reused: bool, seconds: num, logPath: nullable(str()), logTail: nullable(str(MAX_LONG)), error: nullable(str(MAX_LONG)),
  depthTool: optional(nullable(str(256))),
});
const benchRecord = obj({
  flavour: oneOf('mainline', 'ik'), label: str(256), nPrompt: int, nGen: int, nDepth: int, nThreads: nullable(int),
  samplesNs: arr(num, 100_000), samplesTs: arr(num, 100_000), avgTs: num, stddevTs: nullable(num),
  buildCommit: nullable(str(256)), buildNumber: nullable(num), cpuInfo: nullable(str()), modelType: nullable(str()),
  raw: rawFields,
});
const launch = obj({
  block: int, slot: int, seq: int, variant: variantId, workload: str(), warmup: bool, startedAt: str(64), wallMs: num,
  status: oneOf('ok', 'crashed', 'timeout', 'parse-error', 'skipped'),
  exitCode: nullable(int), signal: nullable(str(64)), argv: arr(str(), 1000), records: arr(benchRecord, 1000),
  memory: nullable(obj({
    peakRssKiB: num, minorFaults: num, majorFaults: num, nodeKiB: nullable(record(num, 1024)),
    anonNodeKiB: optional(nullable(record(num, 1024))), sampleRssKiB: optional(nullable(num)), sampleAtMs: optional(nullable(num)),
    lastNodeKiB: optional(nullable(record(num, 1024))), samples: optional(num), sampleCostMs: optional(num), userMs: optional(num), sysMs: optional(num),
  })),
  stderrTail: nullable(str(MAX_LONG)), error: nullable(str(MAX_LONG)),
});
const memoryPoint = obj({ tMs: num, rssKiB: num, anonKiB: num, nodeKiB: record(num, 1024), anonNodeKiB: record(num, 1024), nKv: nullable(int) });
const depthCurve = obj({
  variant: variantId, tool: str(256), ctx: int, argv: arr(str(), 1000), startedAt: str(64), wallMs: num,
  points: arr(memoryPoint, 100_000), status: oneOf('ok', 'crashed', 'timeout', 'no-rows'),
  exitCode: nullable(int), signal: nullable(str(64)), kvBuffer: nullable(oneOf('mmap', 'heap')),
  stderrTail: nullable(str(MAX_LONG)), error: nullable(str(MAX_LONG)),
});
const workloadAnalysis = obj({
  name: str(), n: int, paired: bool, method: oneOf('hl', 't'), ratio: nullable(num), ci: nullable(pair(num)), ci_level: num,
  p_regression: nullable(num), p_regression_adj: nullable(num), p_improvement: nullable(num), p_improvement_adj: nullable(num),
  verdict, blocks_needed: nullable(num), spread: nullable(num), flags: arr(str(), 100), reason: str(MAX_LONG),
});
const analysis = obj({ verdict, margin: num, alpha: num, geomean_ratio: nullable(num), workloads: arr(workloadAnalysis, 1000), warnings: arr(str(MAX_LONG), 1000) });
const results = obj({
  schema: oneOf(...RESULTS_SCHEMAS),
  tool: obj({ name: str(256), version: str(256) }),
  startedAt: str(64), finishedAt: nullable(str(64)),
  plan, host: nullable(host), flavour: nullable(oneOf('mainline', 'ik')),
  builds: arr(build, 10),
  schedule: obj({ seed: int, blocks: arr(obj({ block: int, order: arr(obj({ variant: variantId, workload: str() }), 10_000) }), 100_000) }),
  launches: arr(launch), analysis: nullable(analysis), stopReason: str(MAX_LONG), notes: arr(str(MAX_LONG), 1000),
  memoryCurves: optional(arr(depthCurve, 10)),
  experiment: optional(obj({
    id: str(64), store: nullable(str()),
    segments: arr(obj({ kind: oneOf('run', 'resume', 'more'), at: str(64), fromBlocks: int, toBlocks: int }), 10_000),
  })),
});

// The validator and the contract must not drift apart: these fail to compile when a field is added
// to Results that the validator does not check, or when a field's type differs (e.g. becomes nullable).
type Validated = ReturnType<typeof results>;
export const _validatedIsResults: (v: Validated) => Results = (v) => v;
export const _resultsIsValidated: (r: Results) => Validated = (r) => r;

/** Validate parsed JSON as Results; throws UserError naming the source and the offending path. */
export function validateResults(data: unknown, source: string): Results {
  try {
    return results(data, '$');
  } catch (e) {
    if (e instanceof Invalid) {
      throw new UserError(`${source} is not a valid llama-perf-gate results file: ${e.message}`, `expected schema ${RESULTS_SCHEMA}, as written by llama-perf-gate run`);
    }
    throw e;
  }
}

/** Read, size-check, parse and validate one results file. */
export async function readResultsFile(path: string, maxBytes = MAX_RESULTS_BYTES): Promise<Results> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new UserError(`cannot read results file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'check the results / results-path input and that the artifact was downloaded');
  }
  if (size > maxBytes) throw new UserError(`${path} is ${size} bytes; results files are limited to ${maxBytes} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  return validateResults(data, path);
}
