// results.json from another job is untrusted data: a fork's benchmark job can upload anything as
// its artifact. Before a trusted job renders it into a comment or a check, every field is checked
// for type and size, and the object is rebuilt from known fields only (unknown ones are dropped, so
// nothing unexpected reaches a template). The first problem is reported with its JSON path. Its
// verdicts are never believed: every reader decides again from the raw launches (stats/decide.ts);
// the store reads, validates and writes, and decides nothing.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../sys/errors.ts';
import { RESULTS_SCHEMA, RESULTS_SCHEMAS, type Results } from './results.ts';
import type { NumaPolicy } from '../plan/types.ts';
import { depthPoints } from '../bench/depth-sweep.ts';
import { TS_TOLERANCE } from '../parse/record.ts';
import {
  MAX_SHORT, MAX_LONG, MAX_ITEMS, MAX_BLOCKS, MAX_SAMPLES, MAX_TOKENS, Invalid, fail, str, num, int, intIn, numIn, positive, bool, oneOf,
  nullable, optional, arr, pair, triple, record, obj, rawFields, short, inFlagRange, speed, type Check,
} from './check.ts';
import type { DesignState } from '../stats/types.ts';
import { flag, placement, reason, warning } from './check-analysis.ts';
import { PRESET_NAMES } from '../model/presets.ts';
import { TENSOR_TYPES, type TensorType } from '../model/tensor-types.ts';
import { MAX_MODELS } from '../plan/models.ts';
import { migrateResults } from './migrate.ts';

export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;

const variantId = oneOf('A', 'B');
const verdict = oneOf('neutral', 'regression', 'improvement', 'inconclusive', 'failed');
const numa: Check<NumaPolicy> = (v, p): NumaPolicy => {
  const kind = obj({ kind: oneOf('none', 'interleave', 'bind', 'llama', 'cpus') })(v, p).kind;
  if (kind === 'bind') return obj({ kind: oneOf('bind'), node: int })(v, p);
  if (kind === 'llama') return obj({ kind: oneOf('llama'), mode: oneOf('distribute', 'isolate', 'numactl') })(v, p);
  if (kind === 'cpus') return obj({ kind: oneOf('cpus'), cpus: str(1024) })(v, p);
  return { kind };
};
const compareMode = oneOf('merge', 'branch-point', 'refs');
const slowdownK: Check<number> = (v, p) => {
  const k = num(v, p);
  return k >= 0 && k <= 1 ? k : fail(p, `must be between 0 and 1 (got ${k})`);
};
const variant = obj({ id: variantId, name: str(), ref: str(), cmakeArgs: arr(str(), 500), runArgs: arr(str(), 500), env: record(str()), slowdown: optional(slowdownK) });
const modelRef = obj({
  name: str(256), path: str(),
  preset: optional(obj({ preset: oneOf(...PRESET_NAMES), type: oneOf(...(Object.keys(TENSOR_TYPES) as TensorType[])) })),
});
const planShape = obj({
  repo: str(), models: arr(modelRef, MAX_MODELS), out: str(),
  variants: pair(variant),
  workloads: arr(obj({ id: str(), label: str(256), nPrompt: intIn(0, MAX_TOKENS), nGen: intIn(0, MAX_TOKENS), nDepth: intIn(0, MAX_TOKENS), numa, model: optional(str(256)) }), 1000),
  threads: int,
  levers: obj({ repetitions: int, prio: optional(int), delay: optional(num), cpuMask: optional(str(256)), cpuStrict: optional(bool), poll: optional(int), noMmap: optional(bool), numaGuest: optional(intIn(2, 16)) }),
  // The decision is recomputed with these: the same ranges the CLI accepts.
  maxBlocks: intIn(1, MAX_BLOCKS), warmupBlocks: intIn(0, MAX_BLOCKS), looks: arr(intIn(1, MAX_BLOCKS), 1000), laterLooks: optional(arr(intIn(1, MAX_BLOCKS), 1000)), seed: int, timeoutSec: num,
  margin: inFlagRange('margin'), alpha: numIn(0, 0.5),
  method: oneOf('hl', 't'),
  horizon: optional(int), spending: optional(oneOf('obf', 'pocock', 'reserve', 'split')),
  depthSweep: optional(nullable(obj({ depths: arr(intIn(0, MAX_TOKENS), 64), gen: intIn(1, MAX_TOKENS) }))),
  // What was compared: shown in the report, never decides anything.
  compare: optional(compareMode),
  comparison: optional(nullable(obj({
    requested: compareMode, mode: compareMode, fallback: nullable(str(MAX_LONG)), baseRef: str(), headRef: str(), base: str(256), head: str(256),
    branchPoint: nullable(str(256)), baseMoved: nullable(int), a: str(256), b: str(256), merge: nullable(obj({ commit: str(256), by: oneOf('github', 'local') })),
  }))),
});
// Models named once each; with several, every workload names one of them, with one none does.
const plan: Check<ReturnType<typeof planShape>> = (v, p) => {
  const r = planShape(v, p);
  if (r.models.length === 0) fail(`${p}.models`, 'is empty');
  const names = r.models.map((m) => m.name);
  names.forEach((n, i) => names.indexOf(n) !== i && fail(`${p}.models[${i}].name`, `repeats ${short(n)}`));
  r.workloads.forEach((w, i) => {
    if (r.models.length === 1 ? w.model !== undefined : !names.includes(w.model ?? '')) {
      fail(`${p}.workloads[${i}].model`, r.models.length === 1 ? 'is set, but the plan has one model' : `must name one of the models (${names.join(', ')})`);
    }
  });
  return r;
};
const host = obj({
  hostname: nullable(str()), kernel: nullable(str()), cpuModel: nullable(str()),
  sockets: nullable(int), coresPerSocket: nullable(int), threadsPerCore: nullable(int), logicalCpus: int, smt: nullable(bool),
  numaNodes: arr(obj({ id: int, cpus: arr(int, 100_000), memTotalKiB: nullable(num), memFreeKiB: nullable(num) }), 1024),
  numaBalancing: nullable(num), thpMode: nullable(str()), governor: nullable(str()), boost: nullable(bool),
  loadAvgStart: nullable(triple(num)), loadAvgEnd: optional(triple(num)),
  proactiveReclaim: optional(nullable(obj({
    active: nullable(bool), damonReclaim: nullable(bool),
    kdamonds: arr(obj({ id: str(32), state: nullable(str(64)), actions: arr(nullable(str(64)), 1024) }), 1024),
  }))),
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
  nKv: nullable(int), threadCpus: optional(record(num, 4096)),
});
const sweepRow = obj({
  tool: oneOf('ik-sweep-bench', 'batched-bench'), nKv: int, pp: int, tg: int, pl: int, tPpSec: num, speedPp: speed, tTgSec: num, speedTg: speed,
  nThreads: nullable(int), raw: rawFields,
});
const depthLaunch = obj({
  block: int, slot: int, seq: int, variant: variantId, model: optional(str(256)), warmup: bool, tool: str(256), ctx: int, argv: arr(str(), 1000),
  startedAt: str(64), wallMs: num, status: oneOf('ok', 'crashed', 'timeout', 'parse-error', 'skipped'),
  exitCode: nullable(int), signal: nullable(str(64)), kvBuffer: nullable(oneOf('mmap', 'heap')), kvBufferName: optional(nullable(str(256))),
  points: arr(obj({ depth: int, speedTg: speed, speedPp: nullable(speed), memory: nullable(memoryPoint) }), 1000),
  rows: arr(sweepRow, 10_000), samples: arr(memoryPoint, 100_000),
  stderrTail: nullable(str(MAX_LONG)), error: nullable(str(MAX_LONG)),
});
const workloadAnalysis = obj({
  name: str(), n: int, paired: bool, method: oneOf('hl', 't'), ratio: nullable(num), ci: nullable(pair(num)), ci_level: num,
  p_regression: nullable(num), p_regression_adj: nullable(num), p_improvement: nullable(num), p_improvement_adj: nullable(num),
  verdict, blocks_needed: nullable(num), spread: nullable(num), flags: arr(str(), 100), reason: str(MAX_LONG),
  look: optional(nullable(int)), alpha_spent: optional(num), alpha_remaining: optional(num),
  why: optional(reason),
  flagged: optional(arr(flag, 100)),
});
const depthMemory = obj({
  name: str(), depth: int, model: optional(str(256)), n: int, a_kib: nullable(num), b_kib: nullable(num), a_anon_kib: nullable(num), b_anon_kib: nullable(num),
  ratio: nullable(num), ci: nullable(pair(num)), ci_level: num,
});
const analysis = obj({
  verdict, margin: num, alpha: num, geomean_ratio: nullable(num), workloads: arr(workloadAnalysis, 1000), warnings: arr(str(MAX_LONG), 1000),
  warned: optional(arr(warning, 1000)),
  depth_memory: optional(arr(depthMemory, 1000)),
  placement: optional(placement),
  incomplete: optional(obj({ measured_blocks: int, planned_blocks: int, stop_reason: str(MAX_LONG) })),
});
const decidedVerdict = oneOf('neutral', 'regression', 'improvement', 'failed');
const two: Check<2> = (v, p) => (v === 2 ? 2 : fail(p, `must be 2 (got ${short(v)})`));
// The looks the experiment took: checked here for shape, against the plan and launches when replayed.
const design: Check<DesignState> = obj({
  version: two, method: oneOf('hl', 't'), alpha: num, margin: num, horizon: intIn(1, MAX_BLOCKS), spending: oneOf('obf', 'pocock', 'reserve', 'split'),
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
    const r = results(migrateResults(data), '$');
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
  const names = r.plan.models.map((m) => m.name);
  (r.depthLaunches ?? []).forEach((l, i) => {
    const p = `$.depthLaunches[${i}]`;
    // Like a workload: with several models each launch names one of them, with one none does.
    if (names.length === 1 ? l.model !== undefined : !names.includes(l.model ?? '')) {
      fail(`${p}.model`, names.length === 1 ? 'is set, but the plan has one model' : `must name one of the models (${names.join(', ')})`);
    }
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
 * Read, size-check, parse and validate one results file. Its analysis is still the file's claim:
 * readers decide with stats/decide.ts withTrustedAnalysis (pipeline/read-results.ts readTrustedResults).
 */
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
  return validateResults(data, path);
}

/** The same, as a promise (the Action and the fleet merge). */
export async function readResultsFile(path: string, maxBytes = MAX_RESULTS_BYTES): Promise<Results> {
  return readResultsFileSync(path, maxBytes);
}
