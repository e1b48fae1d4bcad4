// The benchmark loop: blocks of interleaved A/B launches, warm-up first, every launch recorded
// (crashes and timeouts included), the caller told after each block so results reach disk and the
// sequential rule can stop workloads that are already decided. The depth-sweep family, when given,
// is one more workload of the blocks: one launch of the depth tool per variant per block (and per
// model, with several).
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Plan, VariantId, Workload } from '../plan/types.ts';
import type { DepthLaunchRecord, LaunchRecord, LaunchStatus } from './types.ts';
import { depthPointIds, depthUnits, type DepthUnit } from '../plan/depth-sweep.ts';
import type { LaunchMemory } from '../host/types.ts';
import { parseBenchOutput } from '../parse/index.ts';
import { benchArgv, type RunnerInfo } from './args.ts';
import { blockOrder, prng, type Slot } from './schedule.ts';
import { launch, tail } from './launch.ts';
import { interruptedBy } from '../sys/children.ts';
import type { Stop } from './stop.ts';

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
  /** Starts one launch's process: launch() here, or in an emulated guest (--numa-guest). */
  launcher?: typeof launch;
  /** Per variant, what llama-perf-gate sets in its processes' env itself (the slowdown shim, bench/slowdown.ts). */
  ownEnv?: Partial<Record<VariantId, Record<string, string>>>;
  /** The depth-sweep family's launch (bench/depth-sweep.ts), when the plan has one. */
  depthLaunch?: (slot: DepthSlot) => Promise<DepthLaunchRecord>;
  onProgress?: (p: Progress) => void;
  /** ms since the epoch after which no block starts (bisect --minutes): the running block ends, no other begins. */
  until?: number;
  /**
   * Called after every block with all launches so far and the number of counted blocks.
   * Returns the workload ids that still need blocks (sequential stopping), or null for "all";
   * a depth unit (the sweep on one model) runs on while any of its points is pending.
   */
  afterBlock?: (launches: LaunchRecord[], countedBlocks: number, depthLaunches: DepthLaunchRecord[]) => Promise<string[] | null> | string[] | null;
  /** Called as each block's order is drawn and after each launch, so a store can keep them as they happen. */
  onBlockOrder?: (block: number, order: Slot[]) => void;
  onLaunch?: (launch: LaunchRecord) => void;
  onDepthLaunch?: (launch: DepthLaunchRecord) => void;
  /**
   * Continue an experiment: the launches and block orders already stored. The seeded order is
   * replayed over those blocks, a partly run block is completed, then new blocks follow.
   * `active`: the workloads still undecided, or null for all. Launches given (llama-bench and depth
   * sweep) are carried over and never re-run; a slot of a stored block without one is run to
   * complete its block.
   */
  resume?: { launches: LaunchRecord[]; depthLaunches?: DepthLaunchRecord[]; schedule: { block: number; order: Slot[] }[]; active: string[] | null };
}

/** Where a depth launch sits in the run, and its model (with several). */
export type DepthSlot = Pick<DepthLaunchRecord, 'block' | 'slot' | 'seq' | 'variant' | 'warmup' | 'model'>;

export interface BlockLoopResult {
  launches: LaunchRecord[];
  depthLaunches: DepthLaunchRecord[];
  schedule: { block: number; order: Slot[] }[];
  /** Why the blocks ended (worded by report/stop-words.ts). */
  stop: Stop;
  /** Stopped at `until` with workloads still undecided. */
  timeUp?: boolean;
}

/** A variant whose every launch failed in this many blocks is not worth more launches. */
const GIVE_UP_AFTER_FAILED_BLOCKS = 2;

export async function runBlocks(o: BlockLoopOptions): Promise<BlockLoopResult> {
  const { plan } = o;
  const rand = prng(plan.seed);
  mkdirSync(o.workDir, { recursive: true });
  const totalBlocks = plan.warmupBlocks + plan.maxBlocks;
  const launches: LaunchRecord[] = [...(o.resume?.launches ?? [])];
  const depthLaunches: DepthLaunchRecord[] = [...(o.resume?.depthLaunches ?? [])];
  const schedule: BlockLoopResult['schedule'] = [];
  // The family goes last in the list, so a plan without it keeps the schedule of its seed.
  const depthUnitList: DepthUnit[] = o.depthLaunch ? depthUnits(plan) : [];
  const depthUnit = new Map(depthUnitList.map((u) => [u.id, u]));
  const units: { id: string }[] = [...plan.workloads, ...depthUnitList];
  let active = units;
  // Workloads of a model one variant cannot run (it fails to load there): no more launches of them.
  const dropped = new Set<string>();
  const live = (ws: { id: string }[]) => ws.filter((w) => !dropped.has(w.id));
  // A depth unit runs on while any of its points is pending.
  const pointsOf = new Map(depthUnitList.map((u) => [u.id, depthPointIds(plan.depthSweep?.depths ?? [], [u.model])]));
  const wanted = (pending: string[]) => units.filter((w) => pending.includes(w.id) || pending.some((id) => pointsOf.get(w.id)?.has(id)));
  const t0 = performance.now();
  let launchMsSum = 0;
  const result = (stop: Stop): BlockLoopResult => ({ launches, depthLaunches, schedule, stop });
  const stored = new Map((o.resume?.schedule ?? []).map((b) => [b.block, b.order]));
  const resumed = launches.length + depthLaunches.length;
  const ran = new Set([...launches, ...depthLaunches].map((l) => `${l.block} ${l.slot}`));
  const firstNew = stored.size === 0 ? 0 : Math.max(...stored.keys()) + 1;
  // Launch numbers continue after every one kept, wherever it was kept (store or results.json).
  let nextSeq = Math.max(-1, ...launches.map((l) => l.seq), ...depthLaunches.map((l) => l.seq)) + 1;

  for (let block = 0; block < totalBlocks; block++) {
    const warmup = block < plan.warmupBlocks;
    if (block === firstNew && o.resume?.active) {
      active = wanted(o.resume.active);
    }
    active = live(active);
    // A stored block keeps its order; drawing it anyway keeps the generator where it was.
    const old = stored.get(block);
    const drawn = blockOrder(old ? units.filter((w) => old.some((s) => s.workload === w.id)) : active, rand);
    const order = old ?? drawn;
    schedule.push({ block, order });
    if (!old) o.onBlockOrder?.(block, order);
    if (old && order.every((_, slot) => ran.has(`${block} ${slot}`))) continue;
    for (const [slot, s] of order.entries()) {
      if (ran.has(`${block} ${slot}`)) continue;
      if (interruptedBy()) return result(interrupted(plan, block));
      const remaining = (totalBlocks - block - 1) * active.length * 2 + (order.length - slot);
      const done = launches.length + depthLaunches.length - resumed;
      o.onProgress?.({
        block, totalBlocks, warmupBlocks: plan.warmupBlocks, warmup, slot, slots: order.length, variant: s.variant, workload: s.workload,
        elapsedMs: performance.now() - t0, etaMs: done > 0 ? (launchMsSum / done) * remaining : null,
      });
      const unit = depthUnit.get(s.workload);
      const depth = unit !== undefined && o.depthLaunch;
      const seq = nextSeq++;
      const rec = depth ? await o.depthLaunch!({ block, slot, seq, variant: s.variant, warmup, ...(unit.model !== undefined && { model: unit.model }) }) : await runOne(o, block, slot, seq, s, warmup);
      launchMsSum += rec.wallMs;
      // Killed by the interrupt, not by its own fault: kept, but as skipped.
      const sig = interruptedBy();
      const kept = sig && rec.status !== 'ok' ? { ...rec, status: 'skipped' as const, error: `interrupted by ${sig}` } : rec;
      if (depth) {
        depthLaunches.push(kept as DepthLaunchRecord);
        if (kept === rec) o.onDepthLaunch?.(rec as DepthLaunchRecord);
      } else {
        launches.push(kept as LaunchRecord);
        if (kept === rec) o.onLaunch?.(rec as LaunchRecord);
      }
      if (kept !== rec) return result(interrupted(plan, block));
    }
    const counted = Math.max(0, block + 1 - plan.warmupBlocks);
    const failing = failingVariant([...launches, ...depthLaunches], block);
    if (failing) {
      return result({ kind: 'variant-failing', block, variant: failing, blocks: GIVE_UP_AFTER_FAILED_BLOCKS });
    }
    for (const id of failingModelWorkloads(plan, launches, depthLaunches, depthUnitList, block)) dropped.add(id);
    const pending = (await o.afterBlock?.(launches, counted, depthLaunches)) ?? null;
    if (pending) {
      active = wanted(pending);
      if (active.length === 0) return result({ kind: 'all-decided', counted });
    }
    active = live(active);
    if (active.length === 0) return result({ kind: 'no-model', block, dropped: [...dropped] });
    if (o.until !== undefined && Date.now() >= o.until && block + 1 < totalBlocks) return { ...result({ kind: 'time-up', block }), timeUp: true };
  }
  return result({ kind: 'max-blocks', maxBlocks: plan.maxBlocks, warmupBlocks: plan.warmupBlocks });
}

/** Interrupted in a block, numbered as the progress line shows it (warm-up blocks apart). */
function interrupted(plan: Plan, block: number): Stop {
  const warmup = block < plan.warmupBlocks;
  return { kind: 'interrupted', signal: String(interruptedBy()), block: warmup ? block + 1 : block + 1 - plan.warmupBlocks, warmup };
}

function failingVariant(launches: { block: number; variant: VariantId; status: LaunchStatus }[], block: number): VariantId | null {
  if (block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return null;
  const recent = launches.filter((l) => l.block > block - GIVE_UP_AFTER_FAILED_BLOCKS);
  for (const v of ['A', 'B'] as const) {
    const mine = recent.filter((l) => l.variant === v);
    if (mine.length > 0 && mine.every((l) => l.status !== 'ok')) return v;
  }
  return null;
}

/**
 * With several models: the workloads (and depth unit) of each model that one variant failed every
 * launch of in the last blocks (a model that does not load there). Its verdict is `failed`, naming
 * the model; the other models go on being measured.
 */
function failingModelWorkloads(plan: Plan, launches: LaunchRecord[], depthLaunches: DepthLaunchRecord[], depth: DepthUnit[], block: number): string[] {
  if (plan.models.length < 2 || block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return [];
  const since = block - GIVE_UP_AFTER_FAILED_BLOCKS;
  return plan.models.flatMap((m) => {
    const ids = plan.workloads.filter((w) => w.model === m.name).map((w) => w.id);
    const mine: { variant: VariantId; status: LaunchStatus }[] = [
      ...launches.filter((l) => l.block > since && ids.includes(l.workload)),
      ...depthLaunches.filter((l) => l.block > since && l.model === m.name),
    ];
    const unit = depth.find((u) => u.model === m.name);
    if (unit) ids.push(unit.id);
    const fails = (['A', 'B'] as const).some((v) => mine.some((l) => l.variant === v) && mine.every((l) => l.variant !== v || l.status !== 'ok'));
    return fails ? ids : [];
  });
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
  const r = await (o.launcher ?? launch)(argv, { env: variant.env, own: o.ownEnv?.[s.variant], timeoutMs: plan.timeoutSec * 1000, cwd: o.workDir });

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
