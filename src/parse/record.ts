// From one llama-bench test's fields (whatever format printed them) to the normalized BenchRecord.
// Field types follow the printers' own tables (mainline tools/llama-bench, ik examples/llama-bench),
// so csv/sql/md strings become the same values the json printer writes.
import { MAX_MEASURE, MAX_MEASURE_TEXT, type BenchFormat, type BenchRecord, type Flavour } from './types.ts';
import { malformed } from './malformed.ts';

const INT_FIELDS = new Set([
  'build_number', 'n_batch', 'n_ubatch', 'n_threads', 'poll', 'model_size', 'model_n_params', 'n_gpu_layers',
  'main_gpu', 'n_prompt', 'n_gen', 'n_depth', 'avg_ns', 'stddev_ns', 'no_op_offload', 'n_cpu_moe', 'fit_target',
  'fit_min_ctx', 'mla_attn', 'attn_max_batch', 'max_gpu',
]);
const BOOL_FIELDS = new Set([
  'f16_kv', 'no_kv_offload', 'cpu_strict', 'embeddings', 'no_host', 'use_mmap', 'cuda', 'vulkan', 'kompute',
  'metal', 'sycl', 'gpu_blas', 'blas', 'repack', 'use_thp', 'fused_moe', 'grouped_er', 'no_fused_up_gate',
  'no_ooae', 'mqkv', 'rcache', 'reuse', 'muge', 'defer_experts', 'sas',
]);
const FLOAT_FIELDS = new Set(['avg_ts', 'stddev_ts']);

/** Fields only ik_llama.cpp's llama-bench prints; `test` (the label) above all. */
const IK_ONLY = ['test', 'mla_attn', 'attn_max_batch', 'ser', 'fused_moe', 'use_thp', 'repack', 'grouped_er', 'rcache'];

export function flavourFromFields(fields: Iterable<string>): Flavour {
  const set = new Set(fields);
  if (set.has('n_depth') || set.has('backends')) return 'mainline';
  return IK_ONLY.some((f) => set.has(f)) ? 'ik' : 'mainline';
}

/** samples_ts must be the tokens over samples_ns within this relative tolerance. */
export const TS_TOLERANCE = 0.01;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A printed string as the json printer would have written it. `sqlType` (from CREATE TABLE) types
 * fields this parser does not know. Values that do not look like their type stay strings.
 */
export function typedValue(field: string, value: string, flavour: Flavour, sqlType?: string): unknown {
  // mainline prints flash_attn as an int (-1 auto, 0, 1); ik as a bool.
  const isBool = BOOL_FIELDS.has(field) || (field === 'flash_attn' && flavour === 'ik');
  const isNum = INT_FIELDS.has(field) || FLOAT_FIELDS.has(field) || (field === 'flash_attn' && flavour === 'mainline');
  if (isBool) {
    if (value === '0' || value === 'false') return false;
    if (value === '1' || value === 'true') return true;
    return value;
  }
  if (isNum || (!BOOL_FIELDS.has(field) && (sqlType === 'INTEGER' || sqlType === 'REAL'))) {
    return NUMBER.test(value) ? Number(value) : value;
  }
  return value;
}

export interface RawTest {
  fields: Record<string, unknown>;
  /** 1-based line where the test starts, for error messages. */
  line: number;
}

function int(raw: Record<string, unknown>, key: string, ctx: Ctx, required: boolean): number | null {
  const v = raw[key];
  if (v === undefined || v === null || v === '') {
    if (required) throw malformed(ctx.source, ctx.line, `test lacks field "${key}"`, ctx.format);
    return null;
  }
  const n = typeof v === 'number' ? v : typeof v === 'string' && NUMBER.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) throw malformed(ctx.source, ctx.line, `field "${key}" is ${JSON.stringify(v)}, expected a non-negative integer`, ctx.format);
  return n;
}

function numberArray(raw: Record<string, unknown>, key: string, ctx: Ctx): number[] {
  const v = raw[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(measure)) {
    throw malformed(ctx.source, ctx.line, `field "${key}" must be an array of positive numbers below ${MAX_MEASURE_TEXT}`, ctx.format);
  }
  return v as number[];
}

/** A finite time or throughput inside (0, MAX_MEASURE). */
export function measure(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0 && x < MAX_MEASURE;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : v === undefined || v === null ? null : String(v);
}

interface Ctx {
  source: string;
  line: number;
  format: BenchFormat;
}

/** Canonical workload label, the same spelling the plan uses: pp512, tg128, pp512+tg128, tg128@d4096. */
export function canonicalLabel(nPrompt: number, nGen: number, nDepth: number): string {
  const parts = [nPrompt > 0 ? `pp${nPrompt}` : '', nGen > 0 ? `tg${nGen}` : ''].filter(Boolean).join('+');
  return parts + (nDepth > 0 ? `@d${nDepth}` : '');
}

const IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;

export function toBenchRecord(test: RawTest, flavour: Flavour, source: string, format: BenchFormat): BenchRecord {
  const raw = test.fields;
  const ctx: Ctx = { source, line: test.line, format };
  let nPrompt = int(raw, 'n_prompt', ctx, true)!;
  let nGen = int(raw, 'n_gen', ctx, true)!;
  let nDepth = int(raw, 'n_depth', ctx, false) ?? 0;
  // ik -gp P,G: n_prompt=P is a prefill that is not timed; the timed part is G tokens at depth P.
  const gp = typeof raw.test === 'string' ? IK_GP_LABEL.exec(raw.test) : null;
  if (gp) {
    if (Number(gp[1]) !== nGen || Number(gp[2]) !== nPrompt) {
      throw malformed(source, test.line, `test label "${raw.test}" disagrees with n_prompt=${nPrompt}, n_gen=${nGen}`, format);
    }
    nDepth = nPrompt;
    nPrompt = 0;
  }
  if (nPrompt === 0 && nGen === 0) throw malformed(source, test.line, 'test has n_prompt = n_gen = 0', format);

  const samplesNs = numberArray(raw, 'samples_ns', ctx);
  const samplesTs = numberArray(raw, 'samples_ts', ctx);
  if (samplesNs.length !== samplesTs.length) {
    throw malformed(source, test.line, `samples_ns has ${samplesNs.length} values but samples_ts has ${samplesTs.length}`, format);
  }
  // samples_ts is the timed tokens over samples_ns: a runner whose two disagree printed garbage (the
  // reader of posted files refuses the same, store/read-results.ts).
  samplesTs.forEach((ts, i) => {
    const expected = ((nPrompt + nGen) * 1e9) / samplesNs[i];
    if (Math.abs(ts / expected - 1) > TS_TOLERANCE) {
      throw malformed(source, test.line, `samples_ts[${i}] is ${ts} t/s, but ${nPrompt + nGen} tokens in ${samplesNs[i]} ns is ${expected.toPrecision(6)} t/s`, format);
    }
  });
  let avgTs = typeof raw.avg_ts === 'number' ? raw.avg_ts : NaN;
  if (!Number.isFinite(avgTs) && samplesTs.length > 0) avgTs = samplesTs.reduce((a, b) => a + b, 0) / samplesTs.length;
  if (!measure(avgTs)) {
    throw malformed(source, test.line, `avg_ts is ${JSON.stringify(raw.avg_ts ?? avgTs)}, expected a positive number below ${MAX_MEASURE_TEXT}`, format);
  }
  const stddevTs = typeof raw.stddev_ts === 'number' && Number.isFinite(raw.stddev_ts) ? raw.stddev_ts : null;
  const buildNumber = typeof raw.build_number === 'number' && Number.isInteger(raw.build_number) ? raw.build_number : null;

  return {
    flavour,
    label: canonicalLabel(nPrompt, nGen, nDepth),
    nPrompt,
    nGen,
    nDepth,
    // Some ik builds printed a {gen, batch} pair here; keep it in raw rather than reject the test.
    nThreads: typeof raw.n_threads === 'number' && Number.isInteger(raw.n_threads) ? raw.n_threads : null,
    samplesNs,
    samplesTs,
    avgTs,
    stddevTs,
    buildCommit: str(raw.build_commit),
    buildNumber,
    cpuInfo: str(raw.cpu_info),
    modelType: str(raw.model_type),
    raw,
  };
}
