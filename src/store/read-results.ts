// results.json from another job is untrusted data: a fork's benchmark job can upload anything as
// its artifact. Before a trusted job renders it into a comment or a check, every field is checked
// for type and size, and the object is rebuilt from known fields only (unknown ones are dropped, so
// nothing unexpected reaches a template). The first problem is reported with its JSON path. Its
// verdicts are never believed: the analysis is recomputed from the raw launches (withTrustedAnalysis).
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../sys/errors.ts';
import { RESULTS_SCHEMA, RESULTS_SCHEMAS, type Results } from './results.ts';
import type { NumaPolicy, Plan, VariantId } from '../plan/types.ts';
import type { Analysis } from '../stats/types.ts';
import { gate } from '../stats/gate.ts';
import { decide } from '../stats/sequential.ts';
import { workloadInputsFromResults } from '../stats/from-results.ts';
import { withDepthMemory } from '../stats/depth-memory.ts';
import { inRange, optionSpec, rangeText } from '../plan/options.ts';
import { parseDepthPointId } from '../plan/depth-sweep.ts';
import { depthPoints } from '../bench/depth-sweep.ts';
import { countedBlocksOf, designOf, trustedDesign } from './design-state.ts';
import type { DesignState } from '../stats/types.ts';

export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;
const MAX_SHORT = 4096; // names, refs, paths, labels
const MAX_LONG = 64 * 1024; // log and stderr tails, reasons
const MAX_ITEMS = 200_000; // launches, samples
const MAX_BLOCKS = 100_000;
const MAX_SAMPLES = 10_000; // repetitions inside one launch
const MAX_TOKENS = 10_000_000;
/** samples_ts must be the tokens over samples_ns within this relative tolerance. */
export const TS_TOLERANCE = 0.01;

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
/** An integer in [min, max]: counts, sizes and indices are bounded, so nothing downstream loops forever. */
const intIn = (min: number, max: number): Check<number> => (v, p) => {
  const n = int(v, p);
  return n >= min && n <= max ? n : fail(p, `must be between ${min} and ${max} (got ${n})`);
};
/** A number strictly inside (lo, hi), e.g. the margin and α the decision is recomputed with. */
const numIn = (lo: number, hi: number): Check<number> => (v, p) => {
  const n = num(v, p);
  return n > lo && n < hi ? n : fail(p, `must be greater than ${lo} and less than ${hi} (got ${n})`);
};
/** A number within a flag's range in the option table (plan/options.ts): the range the CLI accepts. */
const inFlagRange = (name: string): Check<number> => {
  const s = optionSpec('run', name);
  return (v, p) => {
    const n = num(v, p);
    return inRange(s, n) ? n : fail(p, `must be ${rangeText(s)} (got ${n})`);
  };
};
/** Throughput and durations: finite and > 0 (a zero, negative or absurd t/s is no measurement). */
const positive: Check<number> = (v, p) => {
  const n = num(v, p);
  return n > 0 && n < 1e12 ? n : fail(p, `must be a positive number below 1e12 (got ${n})`);
};
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
const verdict = oneOf('neutral', 'regression', 'improvement', 'inconclusive', 'failed');
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
  workloads: arr(obj({ id: str(), label: str(256), nPrompt: intIn(0, MAX_TOKENS), nGen: intIn(0, MAX_TOKENS), nDepth: intIn(0, MAX_TOKENS), numa }), 1000),
  threads: int,
  levers: obj({ repetitions: int, prio: optional(int), delay: optional(num), cpuMask: optional(str(256)), cpuStrict: optional(bool), poll: optional(int) }),
  // The decision is recomputed with these: the same ranges the CLI accepts.
  maxBlocks: intIn(1, MAX_BLOCKS), warmupBlocks: intIn(0, MAX_BLOCKS), looks: arr(intIn(1, MAX_BLOCKS), 1000), seed: int, timeoutSec: num,
  margin: inFlagRange('margin'), alpha: numIn(0, 0.5),
  method: oneOf('hl', 't'),
  horizon: optional(int), spending: optional(oneOf('obf', 'pocock')),
  depthSweep: optional(nullable(obj({ depths: arr(intIn(0, MAX_TOKENS), 64), gen: intIn(1, MAX_TOKENS) }))),
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
const benchRecordShape = obj({
  flavour: oneOf('mainline', 'ik'), label: str(256), nPrompt: intIn(0, MAX_TOKENS), nGen: intIn(0, MAX_TOKENS), nDepth: intIn(0, MAX_TOKENS), nThreads: nullable(int),
  samplesNs: arr(positive, MAX_SAMPLES), samplesTs: arr(positive, MAX_SAMPLES), avgTs: positive, stddevTs: nullable(num),
  buildCommit: nullable(str(256)), buildNumber: nullable(num), cpuInfo: nullable(str()), modelType: nullable(str()),
  raw: rawFields,
});
// llama-bench's samples_ts is the timed tokens over samples_ns: a file whose two disagree was edited.
const benchRecord: Check<ReturnType<typeof benchRecordShape>> = (v, p) => {
  const r = benchRecordShape(v, p);
  if (r.samplesNs.length !== r.samplesTs.length) fail(`${p}.samplesTs`, `has ${r.samplesTs.length} values but samplesNs has ${r.samplesNs.length}`);
  const tokens = r.nPrompt + r.nGen;
  if (tokens === 0) fail(p, 'has nPrompt = nGen = 0: nothing was timed');
  r.samplesTs.forEach((ts, i) => {
    const expected = (tokens * 1e9) / r.samplesNs[i];
    if (Math.abs(ts / expected - 1) > TS_TOLERANCE) {
      fail(`${p}.samplesTs[${i}]`, `is ${ts} t/s, but ${tokens} tokens in samplesNs[${i}] = ${r.samplesNs[i]} ns is ${expected.toPrecision(6)} t/s (more than ${100 * TS_TOLERANCE}% apart)`);
    }
  });
  return r;
};
const launch = obj({
  block: intIn(0, MAX_BLOCKS * 2), slot: intIn(0, MAX_ITEMS), seq: intIn(0, MAX_ITEMS), variant: variantId, workload: str(), warmup: bool, startedAt: str(64), wallMs: num,
  status: oneOf('ok', 'crashed', 'timeout', 'parse-error', 'skipped'),
  exitCode: nullable(int), signal: nullable(str(64)), argv: arr(str(), 1000), records: arr(benchRecord, 1000),
  memory: nullable(obj({
    peakRssKiB: num, minorFaults: num, majorFaults: num, nodeKiB: nullable(record(num, 1024)),
    anonNodeKiB: optional(nullable(record(num, 1024))), shmemNodeKiB: optional(nullable(record(num, 1024))), sampleRssKiB: optional(nullable(num)), sampleAtMs: optional(nullable(num)),
    lastNodeKiB: optional(nullable(record(num, 1024))), samples: optional(num), sampleCostMs: optional(num), userMs: optional(num), sysMs: optional(num),
  })),
  stderrTail: nullable(str(MAX_LONG)), error: nullable(str(MAX_LONG)),
});
const memoryPoint = obj({
  tMs: num, rssKiB: num, anonKiB: num, shmemKiB: optional(num), fileKiB: optional(num),
  nodeKiB: record(num, 1024), anonNodeKiB: record(num, 1024), shmemNodeKiB: optional(record(num, 1024)), fileNodeKiB: optional(record(num, 1024)),
  nKv: nullable(int),
});
const sweepRow = obj({
  tool: oneOf('ik-sweep-bench', 'batched-bench'), nKv: int, pp: int, tg: int, pl: int, tPpSec: num, speedPp: num, tTgSec: num, speedTg: num,
  nThreads: nullable(int), raw: rawFields,
});
const depthLaunch = obj({
  block: int, slot: int, seq: int, variant: variantId, warmup: bool, tool: str(256), ctx: int, argv: arr(str(), 1000),
  startedAt: str(64), wallMs: num, status: oneOf('ok', 'crashed', 'timeout', 'parse-error', 'skipped'),
  exitCode: nullable(int), signal: nullable(str(64)), kvBuffer: nullable(oneOf('mmap', 'heap')), kvBufferName: optional(nullable(str(256))),
  points: arr(obj({ depth: int, speedTg: num, speedPp: nullable(num), memory: nullable(memoryPoint) }), 1000),
  rows: arr(sweepRow, 10_000), samples: arr(memoryPoint, 100_000),
  stderrTail: nullable(str(MAX_LONG)), error: nullable(str(MAX_LONG)),
});
const workloadAnalysis = obj({
  name: str(), n: int, paired: bool, method: oneOf('hl', 't'), ratio: nullable(num), ci: nullable(pair(num)), ci_level: num,
  p_regression: nullable(num), p_regression_adj: nullable(num), p_improvement: nullable(num), p_improvement_adj: nullable(num),
  verdict, blocks_needed: nullable(num), spread: nullable(num), flags: arr(str(), 100), reason: str(MAX_LONG),
  look: optional(nullable(int)), alpha_spent: optional(num), alpha_remaining: optional(num),
});
const depthMemory = obj({
  name: str(), depth: int, n: int, a_kib: nullable(num), b_kib: nullable(num), a_anon_kib: nullable(num), b_anon_kib: nullable(num),
  ratio: nullable(num), ci: nullable(pair(num)), ci_level: num,
});
const analysis = obj({
  verdict, margin: num, alpha: num, geomean_ratio: nullable(num), workloads: arr(workloadAnalysis, 1000), warnings: arr(str(MAX_LONG), 1000),
  depth_memory: optional(arr(depthMemory, 1000)),
});
const decidedVerdict = oneOf('neutral', 'regression', 'improvement', 'failed');
const two: Check<2> = (v, p) => (v === 2 ? 2 : fail(p, `must be 2 (got ${short(v)})`));
// The looks the experiment took: checked here for shape, against the plan and launches when replayed.
const design: Check<DesignState> = obj({
  version: two, method: oneOf('hl', 't'), alpha: num, margin: num, horizon: intIn(1, MAX_BLOCKS), spending: oneOf('obf', 'pocock'),
  looks: arr(obj({ blocks: intIn(1, MAX_BLOCKS), at: optional(str(64)), alpha_spent: num, decided: arr(obj({ name: str(), verdict: decidedVerdict }), 1000) }), 1000),
});
const results = obj({
  schema: oneOf(...RESULTS_SCHEMAS),
  tool: obj({ name: str(256), version: str(256) }),
  startedAt: str(64), finishedAt: nullable(str(64)),
  plan, host: nullable(host), flavour: nullable(oneOf('mainline', 'ik')),
  builds: arr(build, 10),
  schedule: obj({ seed: int, blocks: arr(obj({ block: int, order: arr(obj({ variant: variantId, workload: str() }), 10_000) }), 100_000) }),
  launches: arr(launch), analysis: nullable(analysis), stopReason: str(MAX_LONG), notes: arr(str(MAX_LONG), 1000),
  depthLaunches: optional(arr(depthLaunch)),
  design: optional(design),
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
    const r = results(data, '$');
    checkDepthLaunches(r);
    return r;
  } catch (e) {
    if (e instanceof Invalid) {
      throw new UserError(`${source} is not a valid llama-perf-gate results file: ${e.message}`, `expected schema ${RESULTS_SCHEMA}, as written by llama-perf-gate run`);
    }
    throw e;
  }
}

/** Timings printed with 6 decimals: below this many seconds the rounding alone can exceed TS_TOLERANCE. */
const MIN_CHECKED_SEC = 0.01;

/**
 * A depth launch's rows must agree with their own timings (speed = tokens / time, like samples_ts
 * against samples_ns), and its points — what the decision uses — must be the ones its rows and
 * samples give (bench/depth-sweep.ts): a file where either disagrees was edited.
 */
function checkDepthLaunches(r: Results): void {
  const sweep = r.plan.depthSweep;
  (r.depthLaunches ?? []).forEach((l, i) => {
    const p = `$.depthLaunches[${i}]`;
    l.rows.forEach((row, j) => {
      const tokens = { tg: row.pl * row.tg, pp: row.tool === 'batched-bench' ? row.pl * row.pp : row.pp };
      for (const [k, speed, sec] of [['tg', row.speedTg, row.tTgSec], ['pp', row.speedPp, row.tPpSec]] as const) {
        if (sec < MIN_CHECKED_SEC) continue;
        const expected = tokens[k] / sec;
        if (Math.abs(speed / expected - 1) > TS_TOLERANCE) {
          fail(`${p}.rows[${j}].speed${k === 'tg' ? 'Tg' : 'Pp'}`, `is ${speed} t/s, but ${tokens[k]} tokens in ${sec} s is ${expected.toPrecision(6)} t/s (more than ${100 * TS_TOLERANCE}% apart)`);
        }
      }
    });
    if (sweep && JSON.stringify(depthPoints(l.tool, sweep, l.rows, l.samples)) !== JSON.stringify(l.points)) {
      fail(`${p}.points`, 'differ from the points its rows and memory samples give');
    }
  });
}

/**
 * The decision, computed from the raw launches with the decision engine and the plan's margin, α,
 * method and looks — the only analysis anything gates on. The looks replayed are the ones the
 * experiment took (the file's design state), when they are consistent with the plan and the launches
 * (store/design-state.ts); else the plan's, with a warning. A workload whose variant has no
 * successful launch is `failed`; its reason names the variant and the tail of its last failed
 * launch's stderr. Null when nothing was launched (a build failed first).
 */
export function analysisOf(r: Results): Analysis | null {
  if (r.launches.length === 0) return null;
  const counted = countedBlocksOf(r);
  const inputs = workloadInputsFromResults(r);
  const design = trustedDesign(r, inputs, counted);
  const { analysis } = decide(inputs, { ...designOf(r.plan), nBlocks: counted, state: design.state });
  if (design.warning) analysis.warnings.unshift(design.warning);
  // Failure is never a pass, at a look or between looks: a side without a single observation is failed.
  for (const w of analysis.workloads) {
    const input = inputs.find((i) => i.name === w.name);
    if (w.verdict === 'failed' || (input && (input.a.length === 0 || input.b.length === 0))) {
      w.verdict = 'failed';
      w.reason = failedReason(r, w.name, w.reason);
    }
  }
  analysis.verdict = gate(analysis.workloads);
  return withDepthMemory(analysis, r);
}

const STDERR_LINES = 5;

function failedReason(r: Results, workload: string, fallback: string): string {
  // A depth-sweep point (sweep:tg@d2048) comes from the depth launches, every other workload from its own.
  const launches = parseDepthPointId(workload) ? (r.depthLaunches ?? []) : r.launches.filter((l) => l.workload === workload);
  const ok = (v: VariantId) => launches.some((l) => l.variant === v && !l.warmup && l.status === 'ok');
  const v: VariantId | undefined = (['B', 'A'] as const).find((x) => !ok(x));
  if (!v) return fallback;
  const name = r.plan.variants.find((x) => x.id === v)?.name ?? v;
  const mine = launches.filter((l) => l.variant === v && !l.warmup);
  if (mine.length === 0) return `variant ${v} (${name}) has no counted launch (stop reason: ${r.stopReason || 'none recorded'})`;
  const counts = new Map<string, number>();
  for (const l of mine) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const last = [...mine].reverse().find((l) => l.status !== 'ok')!;
  const how = last.exitCode !== null ? `exit ${last.exitCode}` : last.signal ? `signal ${last.signal}` : last.status;
  const tail = (last.stderrTail ?? last.error ?? '').trimEnd().split('\n').map((l) => l.trim()).filter(Boolean).slice(-STDERR_LINES).join(' ⏎ ');
  return `variant ${v} (${name}) could not run: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')} of ${mine.length} launches (last: ${how})` +
    (tail ? `; stderr: ${tail}` : '');
}

/** The verdicts a file states, in words, for the "claimed … ; recomputed …" warning. */
function claims(a: Analysis | null): string {
  return a ? a.verdict : 'no analysis';
}

/**
 * Replace a file's analysis with the one recomputed from its samples. Whatever the file said is
 * ignored for the gate; where it disagrees it is named in the analysis warnings (shown in the report).
 */
export function withTrustedAnalysis(r: Results): Results {
  const analysis = analysisOf(r);
  if (analysis) {
    const claimed = r.analysis;
    const differs = (w: { name: string; verdict: string }) => claimed?.workloads.find((c) => c.name === w.name)?.verdict !== w.verdict;
    if (claimed === null || claimed.verdict !== analysis.verdict || analysis.workloads.some(differs) || claimed.workloads.length !== analysis.workloads.length) {
      const perWorkload = analysis.workloads.filter(differs).map((w) => `${w.name} ${claimed?.workloads.find((c) => c.name === w.name)?.verdict ?? 'absent'} → ${w.verdict}`);
      analysis.warnings.unshift(
        `the results file claimed ${claims(claimed)}; recomputed from its samples: ${analysis.verdict}` + (perWorkload.length ? ` (${perWorkload.join(', ')})` : ''),
      );
    }
  }
  return { ...r, analysis };
}

/** Read, size-check, parse and validate one results file; its analysis is recomputed from the samples. */
export function readResultsFileSync(path: string, maxBytes = MAX_RESULTS_BYTES): Results {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new UserError(`cannot read results file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'check the results / results-path input and that the artifact was downloaded');
  }
  if (size > maxBytes) throw new UserError(`${path} is ${size} bytes; results files are limited to ${maxBytes} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  return withTrustedAnalysis(validateResults(data, path));
}

/** The same, as a promise (the Action and the fleet merge). */
export async function readResultsFile(path: string, maxBytes = MAX_RESULTS_BYTES): Promise<Results> {
  return readResultsFileSync(path, maxBytes);
}
