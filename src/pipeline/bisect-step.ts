// One step of a bisection: commit b against commit a, an ordinary experiment (interleaved blocks,
// sequential looks, every launch in the store) run by the A/B pipeline on builds of the shared
// tree; undecided at its blocks, it gets more (up to its horizon) as `more` would. A finished step
// leaves step.json in its directory, so a rerun of the same bisection reuses it; a step cut short
// resumes its experiment.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../sys/atomic-file.ts';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Plan, Variant } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import type { BisectStep, StepVerdict } from '../report/bisect.ts';
import type { TreeBuild } from '../build/tree.ts';
import type { BuildOutcome } from '../build/types.ts';
import { countedBlocksOf } from '../stats/design-replay.ts';
import { defaultStorePath } from '../store/experiment-store.ts';
import { interruptedBy } from '../sys/children.ts';
import { runPipeline, type PipelineHooks } from './run.ts';
import { extendExperiment } from './extend.ts';

export interface StepContext {
  /** The plan every step copies: workloads, levers, decision rule; variants' CMake args, run args, env. */
  plan: Plan;
  out: string;
  hooks: PipelineHooks;
  /** Finished builds by commit (the bisection builds a commit before it measures it). */
  builds: Map<string, TreeBuild>;
  steps: BisectStep[];
  /** ms since the epoch after which no more blocks are added; null: no time bound. */
  deadline: number | null;
  log: (line: string) => void;
}

export const short = (c: string) => c.slice(0, 9);

/** Measures b against a (or reuses the finished step); returns its index in ctx.steps, or null when interrupted. */
export async function measureStep(ctx: StepContext, role: BisectStep['role'], a: string, b: string): Promise<number | null> {
  const out = join(ctx.out, 'steps', planKey(ctx.plan), `${role}-${short(a)}-${short(b)}`);
  const done = join(out, 'step.json');
  if (existsSync(done)) {
    const step = { ...(JSON.parse(readFileSync(done, 'utf8')) as BisectStep), reused: true };
    ctx.log(`${role} ${short(b)} vs ${short(a)}: ${describe(step)} (finished earlier: reused)`);
    return ctx.steps.push(step) - 1;
  }
  const variant = (v: Variant, id: 'A' | 'B', commit: string): Variant => ({ ...v, id, ref: commit, name: short(commit) });
  const plan: Plan = {
    ...ctx.plan, out, compare: 'refs',
    // Exactly the two commits: a parent "behind" its child is the point here, not a moved base.
    comparison: { requested: 'refs', mode: 'refs', fallback: null, baseRef: a, headRef: b, base: a, head: b, branchPoint: null, baseMoved: null, merge: null, a, b },
    variants: [variant(ctx.plan.variants[0], 'A', a), variant(ctx.plan.variants[0], 'B', b)],
  };
  // --minutes: the running step adds no block past the deadline (the experiment stays open, to resume).
  const hooks: PipelineHooks = { ...ctx.hooks, build: async (p) => p.variants.map((v) => builtOutcome(ctx, v)), ...(ctx.deadline === null ? {} : { until: ctx.deadline }) };
  ctx.log(`${role} ${short(b)} vs ${short(a)}: measuring (${out})`);
  let ran = await runPipeline(plan, hooks);
  let results: Results = ran.results;
  if (interruptedBy()) return null;
  const horizon = results.design?.horizon ?? results.plan.horizon ?? results.plan.maxBlocks;
  const counted = countedBlocksOf(results);
  const undecided = results.analysis?.workloads.some((w) => w.verdict === 'inconclusive') ?? false;
  // More blocks where a step is undecided, up to the horizon its design declared (α kept).
  if (!ran.timeUp && undecided && counted < horizon && results.experiment && (ctx.deadline === null || Date.now() < ctx.deadline)) {
    ctx.log(`${role} ${short(b)} vs ${short(a)}: undecided at ${counted} blocks; ${horizon - counted} more`);
    ran = await extendExperiment({ storePath: ctx.hooks.store ?? defaultStorePath(ctx.hooks.cacheDir), id: results.experiment.id, blocks: horizon - counted, out }, hooks);
    results = ran.results;
    if (interruptedBy()) return null;
  }
  const step = { ...stepOf(role, a, b, out, results), ...(ran.timeUp ? { cut: true } : {}) };
  // A step cut by --minutes is not finished: no step.json, so the same command resumes its experiment.
  if (!step.cut) writeFileAtomic(done, JSON.stringify(step, null, 2) + '\n');
  ctx.log(`${role} ${short(b)} vs ${short(a)}: ${describe(step)}`);
  return ctx.steps.push(step) - 1;
}

/**
 * What a step measures besides its two commits: a rerun with other workloads, levers, rule or
 * settings measures into other directories instead of reusing steps that answered another question.
 */
export function planKey(p: Plan): string {
  const v = p.variants[0];
  const what = [p.models.length === 1 ? p.models[0].path : p.models.map((m) => m.path), p.workloads, p.threads, p.levers, p.margin, p.alpha, p.method, p.spending, p.maxBlocks, p.horizon, p.looks, p.warmupBlocks, p.depthSweep, v.cmakeArgs, v.runArgs, v.env];
  return createHash('sha256').update(JSON.stringify(what)).digest('hex').slice(0, 8);
}

function builtOutcome(ctx: StepContext, v: Variant): BuildOutcome {
  const b = ctx.builds.get(v.ref);
  if (!b) throw new Error(`bisect: ${v.ref} was not built before its step`);
  return { ...b.outcome, variant: v.id, ref: v.ref };
}

export function describe(s: BisectStep): string {
  const r = s.ratio === null ? '—' : s.ratio.toFixed(3);
  const ci = s.ci ? ` [${s.ci[0].toFixed(3)}, ${s.ci[1].toFixed(3)}]` : '';
  return `${s.verdict}, B/A ${r}${ci}${s.workload ? ` ${s.workload}` : ''} after ${s.counted_blocks} blocks${s.cut ? ' (time ran out: cut short, resumable)' : ''}`;
}

/** The step's verdict (the gate over its workloads) and the workload it quotes. */
export function stepOf(role: BisectStep['role'], a: string, b: string, out: string, r: Results): BisectStep {
  const ws = r.analysis?.workloads ?? [];
  const verdict: StepVerdict = r.analysis ? r.analysis.verdict : 'failed';
  // The most slowed-down regressed workload (or, for a swapped verification, the most sped-up improved one).
  const pick = verdict === 'regression'
    ? ws.filter((w) => w.verdict === 'regression').sort((x, y) => (x.ratio ?? 1) - (y.ratio ?? 1))[0]
    : verdict === 'improvement'
      ? ws.filter((w) => w.verdict === 'improvement').sort((x, y) => (y.ratio ?? 1) - (x.ratio ?? 1))[0]
      : ws[0];
  return {
    role, a, b, out, verdict,
    experiment: r.experiment?.id ?? null,
    counted_blocks: countedBlocksOf(r),
    workload: pick?.name ?? null,
    ratio: pick?.ratio ?? null,
    ci: pick?.ci ?? null,
    workloads: ws.map((w) => ({ name: w.name, verdict: w.verdict, ratio: w.ratio, ci: w.ci, n: w.n })),
    reused: false,
  };
}
