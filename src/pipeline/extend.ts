// `more`: an experiment that ended inconclusive (or was stopped) gets more blocks. The stored
// launches stay, the builds of the stored commits are reused (or rebuilt from the same commits),
// the seeded block order goes on where it stopped, the decision is taken again over all blocks with
// the looks extended, and results.json and report.md are rewritten: "continued: 10 → 30 blocks".
import { join } from 'node:path';
import type { ModelRef, Plan } from '../plan/types.ts';
import { MAX_HORIZON } from '../plan/options.ts';
import type { Results } from '../store/results.ts';
import { UserError } from '../sys/errors.ts';
import { ExperimentStore } from '../store/experiment-store.ts';
import { variantLabel } from '../store/llama-bench-table.ts';
import { buildVariants } from '../build/index.ts';
import { experimentHost } from './guest.ts';
import { designState } from '../stats/sequential.ts';
import type { DesignState } from '../stats/types.ts';
import { designOf } from '../stats/design-replay.ts';
import { completeCountedBlocks, standing, storedDepthLaunches, withStoreLock, type Session } from './experiment.ts';
import { finishRun, runSession, type PipelineHooks, type PipelineOutput } from './run.ts';
import { onInterrupt } from './signals.ts';
import { claimOutFor, heldExperiment } from './out-dir.ts';
import { interruptedBy } from '../sys/children.ts';
import type { Lock } from '../sys/lock.ts';
import { ensureModels } from './models.ts';
import { hostIdentity, modelChanges, modelsIdentity } from '../store/identity.ts';
import { stopWords } from '../report/stop-words.ts';

export interface ExtendRequest {
  storePath: string;
  id: string;
  /** Counted blocks to add, or a time budget in minutes (converted with the stored launch times). */
  blocks?: number;
  minutes?: number;
  /** Where results.json and report.md go (default: the experiment's own --out). */
  out?: string;
  /** Replace another experiment's results.json in `out` (the Action's job directory). */
  force?: boolean;
  /** This machine's checkout and model when their paths differ from the stored run's (a new CI job). */
  repo?: string;
  models?: ModelRef[];
}

/**
 * Looks for the extended experiment: the stored ones (those declared past --max-blocks too) before
 * the new end, and the new end; declared looks past the new end stay declared for the next `more`.
 */
export function extendedLooks(looks: number[], from: number, to: number, later: number[] = []): Pick<Plan, 'looks' | 'laterLooks'> {
  // The plan's own looks up to the new end, and the new end: as a fresh run's default (a first look,
  // then one at --max-blocks), an extension adds one look where it stops.
  const all = [...looks, ...later];
  const beyond = [...new Set(all.filter((l) => l > to))].sort((a, b) => a - b);
  return { looks: [...new Set([...all.filter((l) => l < to), to])].sort((a, b) => a - b), ...(beyond.length > 0 ? { laterLooks: beyond } : {}) };
}

/** Blocks that fit in `minutes`, from the mean wall time of the stored launches of these workloads. */
export function blocksForMinutes(r: Results, minutes: number, workloads: string[]): number {
  const perLaunch = new Map<string, number[]>();
  for (const l of r.launches) if (!l.warmup) perLaunch.set(l.workload, [...(perLaunch.get(l.workload) ?? []), l.wallMs]);
  const blockMs = workloads.reduce((s, w) => {
    const xs = perLaunch.get(w) ?? [];
    return s + 2 * (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  }, 0);
  if (blockMs <= 0) throw new UserError('--minutes needs launch times, and this experiment has none', 'use --blocks N');
  return Math.max(1, Math.floor((minutes * 60_000) / blockMs));
}

/**
 * A stored plan this version can decide: an older version accepted a horizon past the engine's
 * bound (--max-blocks 500) and failed at the first look. With no look taken no α was spent, so the
 * design is declared again with the largest horizon (said in one line); a look taken under such a
 * horizon cannot be replayed and is refused in one line.
 */
export function continuablePlan(plan: Plan, state: DesignState | null, id: string, log: (line: string) => void): Plan {
  const horizon = state?.horizon ?? plan.horizon ?? plan.maxBlocks;
  if (horizon <= MAX_HORIZON) return plan;
  if (state && state.looks.length > 0) {
    throw new UserError(`experiment ${id.slice(0, 4)}… took looks under horizon ${horizon}, past this version's largest (${MAX_HORIZON}): they cannot be replayed`, 'start a new experiment');
  }
  log(`experiment ${id.slice(0, 4)}…: its declared horizon ${horizon} is past this version's largest (${MAX_HORIZON}); no look was taken under it, so it continues with horizon ${MAX_HORIZON}`);
  return { ...plan, horizon: MAX_HORIZON, maxBlocks: Math.min(plan.maxBlocks, MAX_HORIZON), looks: plan.looks.filter((l) => l <= MAX_HORIZON), laterLooks: plan.laterLooks?.filter((l) => l <= MAX_HORIZON) };
}

export async function extendExperiment(req: ExtendRequest, hooks: PipelineHooks): Promise<PipelineOutput> {
  const log = hooks.log ?? (() => {});
  // Ctrl-C, SIGTERM, SIGHUP as in `run`: the launches stop, what was measured is kept and exported.
  const stopOnSignal = onInterrupt(log);
  try {
    return await withStoreLock(req.storePath, log, () => extendLocked(req, hooks, log));
  } finally {
    stopOnSignal.remove();
  }
}

async function extendLocked(req: ExtendRequest, hooks: PipelineHooks, log: (line: string) => void): Promise<PipelineOutput> {
  const store = ExperimentStore.open(req.storePath);
  let outLock: Lock | null = null;
  try {
    const results = store.loadResults(req.id);
    const lastState = store.lastDesignState(req.id);
    const stored = (results.plan = continuablePlan(results.plan, lastState, req.id, log));
    const from = completeCountedBlocks(results);
    const { pending, design } = standing(store, req.id, results, from, lastState, log);
    if (design) results.design = design;
    if (pending.length === 0) {
      throw new UserError(`experiment ${req.id.slice(0, 4)}… is decided for every workload at ${from} blocks: more blocks cannot change it`, 'start a new experiment to measure again');
    }
    const add = req.blocks ?? blocksForMinutes(results, req.minutes!, pending);
    const to = from + add;
    // The horizon was declared when the experiment started: extending past it is refused by the
    // sequential design (its α is spent by then), in one line, before anything runs.
    const horizon = design?.horizon ?? stored.horizon ?? stored.maxBlocks;
    const plan: Plan = {
      ...stored, horizon, repo: req.repo ?? stored.repo, models: sameModels(stored.models, req.models),
      out: req.out ?? stored.out, maxBlocks: to, laterLooks: undefined, ...extendedLooks(stored.looks, from, to, stored.laterLooks),
    };
    ensureModels(plan, log);
    const changed = modelChanges(store.identity(req.id).model, modelsIdentity(plan.models));
    if (changed.length) {
      throw new UserError(`the models are not the files experiment ${req.id.slice(0, 4)}… measured: ${changed.join(', ')}`, 'extend with the same model files');
    }
    designState({ ...designOf(plan), nBlocks: to, state: design ?? undefined });
    // --out is another run's while it holds the lock, and another experiment's results are not ours to replace.
    outLock = await claimOutFor(plan.out, req.id, { force: req.force, log });

    // The host must be the one that measured the stored blocks: more blocks from elsewhere would
    // pair with nothing and mean nothing.
    const host = await experimentHost(plan, log);
    const was = JSON.stringify(hostIdentity(results.host));
    if (was !== JSON.stringify(hostIdentity(host))) {
      throw new UserError(`experiment ${req.id.slice(0, 4)}… was measured on another host (or kernel): ${was}`, 'run `more` on the machine that ran the experiment');
    }
    // Rebuild (or reuse) exactly the stored commits, whatever the refs point at now.
    const byCommit: Plan = {
      ...plan,
      variants: plan.variants.map((v) => ({ ...v, ref: results.builds.find((b) => b.variant === v.id)?.commit ?? v.ref })) as Plan['variants'],
    };
    const builds = await (hooks.build ?? buildVariants)(byCommit, { cacheDir: hooks.cacheDir, logDir: join(plan.out, 'logs'), onProgress: hooks.onBuildProgress });
    if (interruptedBy()) {
      // Nothing new was measured: the experiment and the results.json of it stay as they were.
      results.stopReason = stopWords({ kind: 'interrupted-builds', signal: String(interruptedBy()), resumed: true });
      return finishRun(plan, results, null, hooks, heldExperiment(plan.out));
    }
    const failed = builds.filter((b) => !b.ok);
    if (failed.length > 0) throw new UserError(`rebuilding the experiment's commits failed: ${failed.map((b) => `${b.variant} ${b.error ?? ''}`).join('; ')}`);
    results.builds = builds.map((b, i) => ({ ...b, ref: results.builds[i]?.ref ?? b.ref }));
    results.plan = plan;
    results.finishedAt = null;
    results.host = host;
    const at = new Date().toISOString();
    store.addSegment(req.id, { kind: 'more', at, fromBlocks: from, toBlocks: to });
    results.notes = [...results.notes.filter((n) => !n.startsWith('continued: ')), `continued: ${from} → ${to} blocks (${pending.join(', ')})`];
    results.experiment = { id: req.id, store: req.storePath, segments: store.segments(req.id) };
    log(`continuing experiment ${req.id.slice(0, 4)}…: ${from} → ${to} blocks for ${pending.join(', ')}`);

    const session: Session = {
      store,
      id: req.id,
      labels: {
        A: variantLabel(results.builds[0]?.commit ?? null, plan.variants[0]),
        B: variantLabel(results.builds[1]?.commit ?? null, plan.variants[1]),
      },
      resume: { launches: results.launches, depthLaunches: storedDepthLaunches(results), schedule: results.schedule.blocks, active: pending },
      design,
    };
    return await runSession(plan, results, session, log, hooks);
  } finally {
    store.close();
    await outLock?.release();
  }
}

/** This machine's paths for the stored models: the same names in the same order, or one line. */
function sameModels(stored: ModelRef[], given: ModelRef[] | undefined): ModelRef[] {
  if (!given) return stored;
  const names = (ms: ModelRef[]) => ms.map((m) => m.name).join(',');
  if (names(stored) !== names(given)) throw new UserError(`the experiment measured the models ${names(stored)}, not ${names(given)}`, `give --model with the same models (${names(stored)})`);
  return given;
}
