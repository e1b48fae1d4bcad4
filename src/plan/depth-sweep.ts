// Names of the depth-sweep family (plan.depthSweep): one id in the block schedule, and one analysis
// point per metric and depth, carried as data ({ metric, depth }) and named, for results.json and the
// report, e.g. `sweep:tg@d2048`. llama-bench labels never contain ':', so these cannot collide with a
// --workloads entry. Nothing parses a name back: code that needs to know whether a name is a depth
// point asks the plan which names its points have (depthPointIds).
import type { Plan } from './types.ts';

/** The family's id in the block schedule (Slot.workload): one launch per variant per block. */
export const DEPTH_FAMILY = 'sweep';

/** tg: S_TG (generation) t/s; pp: S_PP (prompt) t/s; mem: resident memory (reported, never gates). */
export type DepthMetric = 'tg' | 'pp' | 'mem';

export function depthPointId(metric: DepthMetric, depth: number): string {
  return `${DEPTH_FAMILY}:${metric}@d${depth}`;
}

/** One point of the family: what a decision input or a memory ratio is about. */
export interface DepthPointKey {
  metric: DepthMetric;
  depth: number;
}

/**
 * Whether the depth tool times prompt processing at this depth. llama-batched-bench times a prompt
 * of `depth` tokens from an empty cache, so at depth 0 there is no prompt to time.
 */
export function timesPromptAt(tool: string | null | undefined, depth: number): boolean {
  return !(tool === BATCHED_BENCH && depth === 0);
}

/** Every point of the family that the gate decides (speed only), in depth order, S_TG before S_PP. */
export function depthGatePoints(plan: Pick<Plan, 'depthSweep'>, tool: string | null | undefined): DepthPointKey[] {
  return (plan.depthSweep?.depths ?? []).flatMap((depth): DepthPointKey[] => [
    { metric: 'tg', depth },
    ...(timesPromptAt(tool, depth) ? [{ metric: 'pp' as const, depth }] : []),
  ]);
}

/** Their names, as results.json and the report show them. */
export function depthGateIds(plan: Pick<Plan, 'depthSweep'>, tool: string | null | undefined): string[] {
  return depthGatePoints(plan, tool).map((p) => depthPointId(p.metric, p.depth));
}

/** Every name a point at these depths can have (any tool, any metric): is this workload name a depth point? */
export function depthPointIds(depths: Iterable<number>): Set<string> {
  return new Set([...depths].flatMap((d) => (['tg', 'pp', 'mem'] as const).map((m) => depthPointId(m, d))));
}

/** Executable names of the depth tools (the build stage builds whichever the tree has). */
export const SWEEP_BENCH = 'llama-sweep-bench';
export const BATCHED_BENCH = 'llama-batched-bench';
