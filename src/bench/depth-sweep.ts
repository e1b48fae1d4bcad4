// The depth-sweep workload family (plan.depthSweep). llama-bench sizes its context to each test, so
// every KV page is used and a lazily committed KV cache cannot look different there; and a curve of
// speed against depth from llama-bench costs one process per depth. Here, per block and variant, ONE
// launch of the flavour's depth tool walks the planned depths inside one context deeper than the
// deepest point, reporting S_PP and S_TG at each depth while its resident memory is sampled as each
// row appears. The launches are slots of the block schedule like any workload (run-blocks.ts):
// interleaved and randomized with the llama-bench launches, same placement, timeout and env.
//
// Tools. ik_llama.cpp: llama-sweep-bench (-c, -n): rows at N_KV = 0, ub, 2·ub, … < c, each timing
// -n generated tokens and one ubatch of prompt at that depth. Mainline: llama-batched-bench, one
// sequence (-npl 1), one prompt length per depth (-npp), -ntg generated tokens after it: S_TG is
// generation at the depth, S_PP the prompt that filled it (from an empty cache, so none at depth 0).
// Mainline's `llama-bench -d LIST` times pp at each depth more exactly, but makes a new context per
// test sized to that test: no memory curve, which is the point of the sweep for a KV-cache change.
import type { DepthSweep, NumaPolicy, Plan, Variant, VariantId } from '../plan/types.ts';
import { BATCHED_BENCH, SWEEP_BENCH, timesPromptAt } from '../plan/depth-sweep.ts';
import type { BuildOutcome } from '../build/types.ts';
import type { DepthLaunchRecord, DepthPoint, LaunchStatus } from './types.ts';
import type { SweepRecord } from '../parse/types.ts';
import { sampleMemoryCurve, type MemoryCurve, type MemoryPoint } from '../host/memory-curve.ts';
import { parseSweepRows } from '../parse/sweep.ts';
import { commonToolFlags } from '../parse/help.ts';
import { kvBufferFromLog } from '../parse/kv-buffer.ts';
import { UserError } from '../sys/errors.ts';
import { launch, tail } from './launch.ts';

/** llama-sweep-bench's default ubatch: its rows come at multiples of it. Given explicitly. */
export const SWEEP_UBATCH = 512;
/** The smallest ubatch a sweep is run with: below it the S_PP rows would time a different workload. */
const MIN_SWEEP_UBATCH = 64;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The ubatch of a sweep-bench launch: its rows come at multiples of it, so it is the largest power
 * of two up to the default (512) that divides every planned depth — 512 for 0,1024,2048,4096, 256
 * for 0,256,512,768.
 */
export function sweepUbatch(sweep: DepthSweep): number {
  return sweep.depths.reduce((g, d) => gcd(g, d), SWEEP_UBATCH);
}

/** Which depth tool both variants have, or a one-line error: the user asked for a sweep. */
export function sharedDepthTool(builds: BuildOutcome[]): string {
  const toolOf = (id: VariantId) => builds.find((b) => b.variant === id && b.ok)?.depthTool ?? null;
  const a = toolOf('A');
  const b = toolOf('B');
  if (a && a === b) return a;
  const hint = 'drop --depth-sweep, or build trees that have the tool (ik_llama.cpp: llama-sweep-bench, llama.cpp: llama-batched-bench)';
  if (!a && !b) throw new UserError(`--depth-sweep: neither build has ${BATCHED_BENCH} or ${SWEEP_BENCH}`, hint);
  throw new UserError(`--depth-sweep: variant A has ${a ?? 'no depth tool'}, variant B has ${b ?? 'no depth tool'}; the sweeps would not be comparable`, hint);
}

/**
 * The context of every depth launch: room for the deepest point's generated tokens and prompt
 * (one ubatch on sweep-bench). Pages beyond the point being timed stay untouched by a lazy KV cache.
 */
export function depthContext(sweep: DepthSweep): number {
  return Math.max(...sweep.depths) + Math.max(sweep.gen, sweepUbatch(sweep));
}

/** Depths the tool cannot report are a plan error, found before any launch. */
export function checkDepths(sweep: DepthSweep, tool: string): void {
  if (tool === SWEEP_BENCH) {
    const ub = sweepUbatch(sweep);
    if (ub < MIN_SWEEP_UBATCH) {
      const off = sweep.depths.filter((d) => d % MIN_SWEEP_UBATCH !== 0);
      throw new UserError(
        `--depth-sweep ${sweep.depths.join(',')}: ${SWEEP_BENCH} reports depths in steps of its ubatch (at least ${MIN_SWEEP_UBATCH}); ${off.join(', ')} ${off.length > 1 ? 'are' : 'is'} not a multiple of ${MIN_SWEEP_UBATCH}`,
        'example: --depth-sweep 0,1024,2048,4096',
      );
    }
  } else if (tool !== BATCHED_BENCH) {
    throw new UserError(`--depth-sweep: no depth-sweep arguments for ${tool}`, `use a tree that has ${BATCHED_BENCH} or ${SWEEP_BENCH}`);
  }
}

/** Prompt length that puts batched-bench's generation at `depth` (it cannot time an empty prompt). */
function batchedPrompt(depth: number): number {
  return Math.max(1, depth);
}

/** The tool's own arguments for the sweep (model, context, threads, depths), before run args. */
export function depthToolArgs(tool: string, sweep: DepthSweep, model: string, threads: number, flags: Set<string> | null = null): string[] {
  checkDepths(sweep, tool);
  const common = ['-m', model, '-c', String(depthContext(sweep)), '-t', String(threads)];
  if (tool === BATCHED_BENCH) {
    // The first step again at the end keeps the process busy while the deepest row is sampled
    // (after the last row it frees its buffers); the repeat is left out (first row per depth wins).
    const pp = sweep.depths.map(batchedPrompt);
    // common's logger drops llama's own info lines (the KV buffer line among them) below
    // verbosity 4 in recent llama.cpp; without it the report could not name the KV buffer.
    const verbose = flags?.has('-lv') ? ['-lv', '4'] : [];
    return [...common, '-npp', [...pp, pp[0]].join(','), '-ntg', String(sweep.gen), '-npl', '1', '--output-format', 'jsonl', ...verbose];
  }
  return [...common, '-ub', String(sweepUbatch(sweep)), '-n', String(sweep.gen)];
}

/**
 * A variant's run args (--head-arg) and the plan's levers, for the depth tool. Every flag must be
 * one the tool lists in its --help; a llama-bench value list ("-fa 0,1") has no meaning for one
 * launch. Anything else is a one-line error before the first launch, never silently dropped.
 */
export function depthRunArgs(plan: Plan, variant: Variant, tool: string, flags: Set<string> | null): string[] {
  const side = variant.id === 'A' ? 'base' : 'head';
  const out: string[] = [];
  const args = variant.runArgs;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!isFlag(a)) {
      if (a.includes(',')) {
        throw new UserError(`--${side}-arg ${args[i - 1] ?? ''} ${a}: ${tool} (the depth sweep) takes one value per option, not a llama-bench list`, `give one value, e.g. --${side}-arg=${args[i - 1] ?? '-fa'} --${side}-arg ${a.split(',')[0]}`);
      }
      out.push(a);
      continue;
    }
    const flag = a.split('=')[0];
    if (flags && !flags.has(flag)) {
      throw new UserError(`--${side}-arg ${a} is not an option of ${tool}, which runs the depth sweep for variant ${variant.id}`, `drop --${side}-arg ${a}, or drop --depth-sweep`);
    }
    out.push(a);
  }
  const L = plan.levers;
  const lever = (flag: string, value: string | undefined, name: string): string[] => {
    if (value === undefined) return [];
    if (flags && !flags.has(flag)) throw new UserError(`--${name}: ${tool}, which runs the depth sweep, has no ${flag} option`, `drop --${name} or --depth-sweep`);
    return [flag, value];
  };
  if (L.delay !== undefined) {
    throw new UserError(`--delay is a llama-bench option; ${tool}, which runs the depth sweep, has none`, 'drop --delay or --depth-sweep');
  }
  return [
    ...out,
    ...depthNoMmapArgs(tool, flags, L.noMmap),
    ...lever('--prio', L.prio?.toString(), 'prio'),
    ...lever('--cpu-mask', L.cpuMask, 'cpu-mask'),
    ...lever('--cpu-strict', L.cpuStrict ? '1' : undefined, 'cpu-strict'),
    ...lever('--poll', L.poll?.toString(), 'poll'),
  ];
}

/**
 * --no-mmap for the depth tool: `--load-mode none` where common has it (mainline deprecates
 * --no-mmap for it), else `--no-mmap`; a tool that lists its options and has neither is an error.
 */
export function depthNoMmapArgs(tool: string, flags: Set<string> | null, noMmap: boolean | undefined): string[] {
  if (!noMmap) return [];
  if (flags?.has('--load-mode')) return ['--load-mode', 'none'];
  if (!flags || flags.has('--no-mmap')) return ['--no-mmap'];
  throw new UserError(`--no-mmap: ${tool}, which runs the depth sweep, has neither --no-mmap nor --load-mode`, 'drop --no-mmap or --depth-sweep');
}

/** "-fa", "--flash-attn=on" are flags; "1", "-1" (a negative number value) are not. */
function isFlag(a: string): boolean {
  return /^-{1,2}[A-Za-z]/.test(a);
}

/**
 * The flags the tool's --help lists; a tool that prints no usage is a clear error. null: the tool
 * prints only an example usage line (ik's llama-sweep-bench before its options were listed, e.g. at
 * a22250df9, which exits 1): its flags cannot be checked here, so run args pass as given and the
 * tool's own parser refuses what it lacks — a failed launch, recorded, never a silent drop.
 */
export async function probeDepthTool(bin: string): Promise<Set<string> | null> {
  const r = await launch([bin, '--help'], { timeoutMs: 30_000 });
  const flags = commonToolFlags(r.stdout + r.stderr);
  if (!r.spawnError && !flags.has('-m') && /example usage:\s*\n\s*\S*sweep-bench\s+-m\s/.test(r.stdout + r.stderr)) return null;
  if (r.spawnError || !flags.has('-m')) {
    throw new UserError(`${bin} --help did not list its options${r.spawnError ? `: ${r.spawnError}` : ''}`, tail(r.stdout + r.stderr, 5) || 'is it a llama.cpp depth tool?');
  }
  return flags;
}

/**
 * The placement of the depth launches: the workloads' NUMA policy when they all share one (the
 * usual `--numa` case), else none — a per-workload policy has no single answer here.
 */
export function depthPlacement<P>(plan: Plan, place: (policy: NumaPolicy) => P): P | null {
  const kinds = new Set(plan.workloads.map((w) => JSON.stringify(w.numa)));
  if (kinds.size !== 1 || plan.workloads[0].numa.kind === 'none') return null;
  return place(plan.workloads[0].numa);
}

/** The planned depths out of the rows (first row per depth) with the memory sampled at each. */
export function depthPoints(tool: string, sweep: DepthSweep, rows: SweepRecord[], samples: MemoryPoint[]): DepthPoint[] {
  const out: DepthPoint[] = [];
  for (const depth of sweep.depths) {
    const row = tool === BATCHED_BENCH ? rows.find((r) => r.pp === batchedPrompt(depth) && r.pl === 1) : rows.find((r) => r.nKv === depth);
    if (!row) continue;
    out.push({
      depth,
      speedTg: row.speedTg,
      speedPp: timesPromptAt(tool, depth) ? row.speedPp : null,
      memory: samples.find((p) => p.nKv === row.nKv) ?? null,
    });
  }
  return out;
}

/** Where the launch sits in the run (block, slot, seq, variant, warm-up) and what it runs. */
export interface DepthLaunchInput extends Pick<DepthLaunchRecord, 'block' | 'slot' | 'seq' | 'variant' | 'model' | 'warmup' | 'tool'> {
  sweep: DepthSweep;
  /** Complete argv: placement prefix, binary, tool args, run args, placement args. */
  argv: string[];
  env: Record<string, string>;
  /** Set by llama-perf-gate itself (the slowdown shim, bench/slowdown.ts). */
  own?: Record<string, string>;
  timeoutSec: number;
  /** Working directory: the run's scratch directory (ik's sweep-bench writes llama.log there). */
  cwd?: string;
  intervalMs?: number;
  /** Injected in tests; sampleMemoryCurve otherwise. */
  sample?: typeof sampleMemoryCurve;
}

const STDERR_KEEP_LINES = 20;

/** One depth launch, recorded whatever happens (crash, timeout, missing rows): never thrown. */
export async function runDepthLaunch(i: DepthLaunchInput): Promise<DepthLaunchRecord> {
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const ctx = depthContext(i.sweep);
  const base = { block: i.block, slot: i.slot, seq: i.seq, variant: i.variant, ...(i.model !== undefined && { model: i.model }), warmup: i.warmup, tool: i.tool, ctx, argv: i.argv, startedAt };
  let curve: MemoryCurve;
  try {
    curve = await (i.sample ?? sampleMemoryCurve)(i.argv, { env: i.env, own: i.own, intervalMs: i.intervalMs ?? 500, timeoutMs: i.timeoutSec * 1000, cwd: i.cwd });
  } catch (e) {
    return {
      ...base, wallMs: Math.round(performance.now() - t0), status: 'crashed', exitCode: null, signal: null, kvBuffer: null, kvBufferName: null,
      points: [], rows: [], samples: [], stderrTail: null, error: `could not start ${i.argv[0]}: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  let rows: SweepRecord[] = [];
  let parseError: string | null = null;
  try {
    // Rows from stdout or stderr (ik's sweep-bench logs its table with LOG_TEE).
    rows = parseSweepRows(curve.stdout, curve.stderr, `block ${i.block} ${i.variant} ${i.tool}`);
  } catch (e) {
    parseError = (e as Error).message;
  }
  const points = depthPoints(i.tool, i.sweep, rows, curve.points);
  let status: LaunchStatus = 'ok';
  let error: string | null = null;
  if (curve.timedOut) {
    status = 'timeout';
    error = `not finished within --timeout ${i.timeoutSec}s; process group killed`;
  } else if (curve.exitCode !== 0) {
    status = 'crashed';
    error = curve.signal ? `killed by ${curve.signal}` : `exit code ${curve.exitCode}`;
  } else if (parseError) {
    status = 'parse-error';
    error = parseError;
  } else if (points.length < i.sweep.depths.length) {
    const missing = i.sweep.depths.filter((d) => !points.some((p) => p.depth === d));
    status = 'parse-error';
    error = `no row at depth ${missing.join(', ')} (${rows.length} rows reported)`;
  }
  return {
    ...base,
    wallMs: curve.wallMs ?? Math.round(performance.now() - t0),
    status, exitCode: curve.exitCode, signal: curve.signal,
    // The patched libllama logs the mmap notice at warning level; common's log may use either stream.
    ...kvBufferFields(curve.stderr + curve.stdout),
    points, rows, samples: curve.points,
    stderrTail: status === 'ok' ? null : tail(curve.stderr, STDERR_KEEP_LINES) || null,
    error,
  };
}

/** The KV buffer the process logged, as a record's kind and name (nulls when the log does not say). */
export function kvBufferFields(log: string): Pick<DepthLaunchRecord, 'kvBuffer' | 'kvBufferName'> {
  const kv = kvBufferFromLog(log);
  return { kvBuffer: kv?.kind ?? null, kvBufferName: kv?.name ?? null };
}
