// The benchmark loop: blocks of interleaved A/B launches, warm-up first, every launch recorded
// (crashes and timeouts included), the caller told after each block so results reach disk and the
// sequential rule can stop workloads that are already decided.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Plan, VariantId, Workload } from '../plan/types.ts';
import type { LaunchRecord, LaunchStatus } from '../store/results.ts';
import type { LaunchMemory } from '../host/types.ts';
import { parseBenchOutput } from '../parse/index.ts';
import { benchArgv, type RunnerInfo } from './args.ts';
import { blockOrder, prng, type Slot } from './schedule.ts';
import { launch, tail } from './launch.ts';
import { interruptedBy } from '../children.ts';

export interface Progress {
  block: number;
  totalBlocks: number;
  warmupBlocks: number;
  warmup: boolean;
  slot: number;
  slots: number;
  variant: VariantId;
  workload: string;
  elapsedMs: number;
  etaMs: number | null;
}

export interface MeasureHooks {
  /** argv to spawn instead of `argv`, writing memory figures to `outFile`. */
  wrap(argv: string[], outFile: string): string[];
  read(outFile: string): LaunchMemory | null;
}

export interface BlockLoopOptions {
  plan: Plan;
  binaries: Record<VariantId, string>;
  info: RunnerInfo;
  /** Scratch directory for per-launch files. */
  workDir: string;
  /** Placement of a workload: a command prefix (numactl …) and llama-bench args (--numa …). */
  placement?: (w: Workload) => { prefix: string[]; benchArgs: string[] };
  measure?: MeasureHooks;
  onProgress?: (p: Progress) => void;
  /**
   * Called after every block with all launches so far and the number of counted blocks.
   * Returns the workload ids that still need blocks (sequential stopping), or null for "all".
   */
  afterBlock?: (launches: LaunchRecord[], countedBlocks: number) => Promise<string[] | null> | string[] | null;
}

export interface BlockLoopResult {
  launches: LaunchRecord[];
  schedule: { block: number; order: Slot[] }[];
  stopReason: string;
}

/** A variant whose every launch failed in this many blocks is not worth more launches. */
const GIVE_UP_AFTER_FAILED_BLOCKS = 2;

export async function runBlocks(o: BlockLoopOptions): Promise<BlockLoopResult> {
  const { plan } = o;
  const rand = prng(plan.seed);
  mkdirSync(o.workDir, { recursive: true });
  const totalBlocks = plan.warmupBlocks + plan.maxBlocks;
  const launches: LaunchRecord[] = [];
  const schedule: BlockLoopResult['schedule'] = [];
  let active = plan.workloads;
  const t0 = performance.now();
  let launchMsSum = 0;

  for (let block = 0; block < totalBlocks; block++) {
    const warmup = block < plan.warmupBlocks;
    const order = blockOrder(active, rand);
    schedule.push({ block, order });
    for (const [slot, s] of order.entries()) {
      if (interruptedBy()) return { launches, schedule, stopReason: interruptReason(plan, block) };
      const remaining = (totalBlocks - block - 1) * active.length * 2 + (order.length - slot);
      const done = launches.length;
      o.onProgress?.({
        block, totalBlocks, warmupBlocks: plan.warmupBlocks, warmup, slot, slots: order.length, variant: s.variant, workload: s.workload,
        elapsedMs: performance.now() - t0, etaMs: done > 0 ? (launchMsSum / done) * remaining : null,
      });
      const rec = await runOne(o, block, slot, launches.length, s, warmup);
      launchMsSum += rec.wallMs;
      const sig = interruptedBy();
      if (sig && rec.status !== 'ok') {
        // Killed by the interrupt, not by its own fault: kept, but as skipped.
        launches.push({ ...rec, status: 'skipped', error: `interrupted by ${sig}` });
        return { launches, schedule, stopReason: interruptReason(plan, block) };
      }
      launches.push(rec);
    }
    const counted = Math.max(0, block + 1 - plan.warmupBlocks);
    const failing = failingVariant(launches, block);
    if (failing) {
      return { launches, schedule, stopReason: `stopped after block ${block}: every launch of variant ${failing} failed in the last ${GIVE_UP_AFTER_FAILED_BLOCKS} blocks` };
    }
    const pending = (await o.afterBlock?.(launches, counted)) ?? null;
    if (pending) {
      active = plan.workloads.filter((w) => pending.includes(w.id));
      if (active.length === 0) return { launches, schedule, stopReason: `all workloads decided after ${counted} counted blocks` };
    }
  }
  return { launches, schedule, stopReason: `reached --max-blocks ${plan.maxBlocks} (plus ${plan.warmupBlocks} warm-up)` };
}

/** "interrupted by SIGINT in block 3" (blocks numbered as the progress line shows them). */
function interruptReason(plan: Plan, block: number): string {
  const where = block < plan.warmupBlocks ? `warm-up block ${block + 1}` : `block ${block + 1 - plan.warmupBlocks}`;
  return `interrupted by ${interruptedBy()} in ${where}`;
}

function failingVariant(launches: LaunchRecord[], block: number): VariantId | null {
  if (block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return null;
  const recent = launches.filter((l) => l.block > block - GIVE_UP_AFTER_FAILED_BLOCKS);
  for (const v of ['A', 'B'] as const) {
    const mine = recent.filter((l) => l.variant === v);
    if (mine.length > 0 && mine.every((l) => l.status !== 'ok')) return v;
  }
  return null;
}

async function runOne(o: BlockLoopOptions, block: number, slot: number, seq: number, s: Slot, warmup: boolean): Promise<LaunchRecord> {
  const { plan } = o;
  const variant = plan.variants.find((v) => v.id === s.variant)!;
  const w = plan.workloads.find((x) => x.id === s.workload)!;
  const place = o.placement?.(w) ?? { prefix: [], benchArgs: [] };
  const placed = [...place.prefix, o.binaries[s.variant], ...benchArgv(plan, variant, w, o.info), ...place.benchArgs];
  const memFile = join(o.workDir, `launch-${seq}.mem.json`);
  const argv = o.measure ? o.measure.wrap(placed, memFile) : placed;
  const startedAt = new Date().toISOString();
  const r = await launch(argv, { env: variant.env, timeoutMs: plan.timeoutSec * 1000, cwd: o.workDir });

  let status: LaunchStatus = 'ok';
  let error: string | null = null;
  let records: LaunchRecord['records'] = [];
  if (r.spawnError) {
    status = 'crashed';
    error = `could not start ${argv[0]}: ${r.spawnError}`;
  } else if (r.timedOut) {
    status = 'timeout';
    error = `no result within --timeout ${plan.timeoutSec}s; process group killed`;
  } else if (r.exitCode !== 0) {
    status = 'crashed';
    error = r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
  }
  if (status === 'ok' || r.stdout.trim()) {
    try {
      records = parseBenchOutput(r.stdout, `block ${block} ${s.variant} ${w.id} stdout`);
      const match = records.filter((x) => x.label === w.label);
      if (status === 'ok' && match.length !== 1) {
        status = 'parse-error';
        error = `expected one ${w.label} result, got ${records.map((x) => x.label).join(', ') || 'none'}`;
      }
      records = match;
    } catch (e) {
      if (status === 'ok') {
        status = 'parse-error';
        error = (e as Error).message;
      }
    }
  }
  return {
    block, slot, seq, variant: s.variant, workload: w.id, warmup, startedAt, wallMs: r.wallMs,
    status, exitCode: r.exitCode, signal: r.signal, argv,
    records, memory: o.measure ? o.measure.read(memFile) : null,
    stderrTail: status === 'ok' ? null : tail(r.stderr), error,
  };
}
