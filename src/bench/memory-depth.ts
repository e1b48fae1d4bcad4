// The "memory at depth" phase, after the benchmark blocks. llama-bench sizes its context to the test,
// so every KV page is used and a lazily committed KV cache (the mmap buffer type) cannot look
// different there. Here each variant's depth tool gets a context larger than it fills and walks the
// KV depth step by step while its resident memory is sampled: with the heap buffer type the whole
// cache is resident from the start, with the mmap type it should grow with depth. One launch per
// variant, A and B in a seeded random order; a failure is recorded, never fatal.
import type { NumaPolicy, Plan, VariantId } from '../plan/types.ts';
import { DEFAULT_DEPTH_CTX } from '../plan/types.ts';
import type { BuildOutcome, DepthCurveRecord, DepthCurveStatus } from '../store/results.ts';
import { BATCHED_TARGET, SWEEP_TARGET } from '../build/cmake.ts';
import { curveByDepth, sampleMemoryCurve, type MemoryCurve } from '../host/memory-curve.ts';
import { kvBufferFromLog } from '../parse/kv-buffer.ts';
import { prng } from './schedule.ts';
import { scratchDir } from './launch.ts';
import { join } from 'node:path';

/** Tokens generated after each prompt step (batched-bench -ntg): enough to time, few enough to be quick. */
export const DEPTH_TG = 16;
const STDERR_KEEP = 4000;

/**
 * Prompt lengths for batched-bench: 1/32, 1/8, 1/4 and 1/2 of the context. The largest stays well
 * below the context, so pages the KV cache never reaches are part of every measurement.
 */
export function depthSteps(ctx: number): number[] {
  const steps = [32, 8, 4, 2].map((d) => Math.floor(ctx / d)).filter((n) => n >= DEPTH_TG && n + DEPTH_TG <= ctx);
  return [...new Set(steps)];
}

export interface DepthLaunchInput {
  /** Executable name, as in BuildOutcome.depthTool. */
  tool: string;
  bin: string;
  model: string;
  ctx: number;
  threads: number;
}

/** The tool's own arguments (without placement). Throws for a tool this phase does not know. */
export function depthArgs(t: DepthLaunchInput): string[] {
  const common = ['-m', t.model, '-c', String(t.ctx), '-t', String(t.threads)];
  if (t.tool === BATCHED_TARGET) {
    // One sequence (-npl 1), prompts of growing length, one JSON line per step with its n_kv. The
    // first step again at the end keeps the process busy while the deepest row is sampled (after
    // the last row it frees its buffers, and a sample then would catch the teardown); the repeated
    // depth is left out of the table (first sample per depth wins), and since batched-bench clears
    // the cache without zeroing it, the repeat does not change what is resident.
    const steps = depthSteps(t.ctx);
    return [...common, '-npp', [...steps, steps[0]].join(','), '-ntg', String(DEPTH_TG), '-npl', '1', '--output-format', 'jsonl'];
  }
  // sweep-bench walks the whole context in ubatch-sized steps and prints an N_KV column per row.
  if (t.tool === SWEEP_TARGET) return common;
  throw new Error(`no memory-at-depth arguments for ${t.tool}`);
}

export interface MemoryDepthOptions {
  plan: Plan;
  builds: BuildOutcome[];
  /** Command prefix and extra tool args for NUMA placement (numactl …, --numa …); none by default. */
  placement?: { prefix: string[]; benchArgs: string[] } | null;
  intervalMs?: number;
  log?: (line: string) => void;
  /** Called after each launch with the records so far (the pipeline saves results.json). */
  onRecord?: (records: DepthCurveRecord[]) => void;
  /** Injected in tests; sampleMemoryCurve otherwise. */
  sample?: typeof sampleMemoryCurve;
}

export interface MemoryDepthResult {
  records: DepthCurveRecord[];
  /** Why nothing was run, when the phase was skipped for a reason worth telling (else null). */
  skipped: string | null;
}

/** Which tool both variants share, or why the phase cannot compare them. */
export function sharedDepthTool(builds: BuildOutcome[]): { tool: string } | { skipped: string } {
  const toolOf = (id: VariantId) => builds.find((b) => b.variant === id && b.ok)?.depthTool ?? null;
  const a = toolOf('A');
  const b = toolOf('B');
  if (a && a === b) return { tool: a };
  if (!a && !b) return { skipped: `memory at depth skipped: neither build has ${BATCHED_TARGET} or ${SWEEP_TARGET}` };
  return { skipped: `memory at depth skipped: variant A has ${a ?? 'no depth tool'}, variant B has ${b ?? 'no depth tool'}; the curves would not be comparable` };
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

/** A then B or B then A, from the plan's seed (a stream of its own, so the block schedule is unchanged). */
export function depthOrder(seed: number): VariantId[] {
  const rand = prng((seed ^ 0x6d656d64) >>> 0); // "memd"
  return rand() < 0.5 ? ['A', 'B'] : ['B', 'A'];
}

export async function runMemoryDepth(o: MemoryDepthOptions): Promise<MemoryDepthResult> {
  const { plan } = o;
  const ctx = plan.depthCtx ?? DEFAULT_DEPTH_CTX;
  if (ctx === 0) return { records: [], skipped: null };
  const shared = sharedDepthTool(o.builds);
  if ('skipped' in shared) return { records: [], skipped: shared.skipped };
  const sample = o.sample ?? sampleMemoryCurve;
  const records: DepthCurveRecord[] = [];
  for (const id of depthOrder(plan.seed)) {
    const variant = plan.variants.find((v) => v.id === id)!;
    const build = o.builds.find((b) => b.variant === id)!;
    const bin = join(build.binDir!, shared.tool);
    const argv = [...(o.placement?.prefix ?? []), bin, ...depthArgs({ tool: shared.tool, bin, model: plan.model, ctx, threads: plan.threads }), ...(o.placement?.benchArgs ?? [])];
    o.log?.(`memory at depth: variant ${id}, ${shared.tool} -c ${ctx}`);
    const startedAt = new Date().toISOString();
    const t0 = performance.now();
    let curve: MemoryCurve;
    try {
      curve = await sample(argv, { env: variant.env, intervalMs: o.intervalMs ?? 500, timeoutMs: plan.timeoutSec * 1000, cwd: scratchDir(plan.out) });
    } catch (e) {
      records.push({
        variant: id, tool: shared.tool, ctx, argv, startedAt, wallMs: Math.round(performance.now() - t0), points: [],
        status: 'crashed', exitCode: null, signal: null, kvBuffer: null, kvBufferName: null, stderrTail: null,
        error: `could not start ${argv[0]}: ${e instanceof Error ? e.message : String(e)}`,
      });
      o.onRecord?.(records);
      continue;
    }
    records.push(recordOf(curve, { variant: id, tool: shared.tool, ctx, argv, startedAt, wallMs: curve.wallMs ?? Math.round(performance.now() - t0), timeoutSec: plan.timeoutSec }));
    o.onRecord?.(records);
  }
  return { records, skipped: null };
}

type RecordContext = Pick<DepthCurveRecord, 'variant' | 'tool' | 'ctx' | 'argv' | 'startedAt' | 'wallMs'> & { timeoutSec: number };

export function recordOf(curve: MemoryCurve, c: RecordContext): DepthCurveRecord {
  const rows = curveByDepth(curve).length;
  let status: DepthCurveStatus = 'ok';
  let error: string | null = null;
  if (curve.timedOut) {
    status = 'timeout';
    error = `not finished within --timeout ${c.timeoutSec}s; process group killed`;
  } else if (curve.exitCode !== 0) {
    status = 'crashed';
    error = curve.signal ? `killed by ${curve.signal}` : `exit code ${curve.exitCode}`;
  } else if (rows === 0) {
    status = 'no-rows';
    error = 'the tool reported no KV depth rows';
  }
  return {
    variant: c.variant,
    tool: c.tool,
    ctx: c.ctx,
    argv: c.argv,
    startedAt: c.startedAt,
    wallMs: c.wallMs,
    points: curve.points,
    status,
    exitCode: curve.exitCode,
    signal: curve.signal,
    // The patched libllama logs the mmap notice at warning level; common's log may use either stream.
    ...kvBufferFields(curve.stderr + curve.stdout),
    stderrTail: status === 'ok' ? null : curve.stderr.slice(-STDERR_KEEP) || null,
    error,
  };
}

/** The KV buffer the process logged, as a record's kind and name (nulls when the log does not say). */
export function kvBufferFields(log: string): Pick<DepthCurveRecord, 'kvBuffer' | 'kvBufferName'> {
  const kv = kvBufferFromLog(log);
  return { kvBuffer: kv?.kind ?? null, kvBufferName: kv?.name ?? null };
}
