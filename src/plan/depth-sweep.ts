// Names of the depth-sweep family (plan.depthSweep): one id in the block schedule, and one analysis
// id per metric and depth, e.g. `sweep:tg@d2048`. llama-bench labels never contain ':', so these
// cannot collide with a --workloads entry.
import type { Plan } from './types.ts';

/** The family's id in the block schedule (Slot.workload): one launch per variant per block. */
export const DEPTH_FAMILY = 'sweep';

/** tg: S_TG (generation) t/s; pp: S_PP (prompt) t/s; mem: resident memory (reported, never gates). */
export type DepthMetric = 'tg' | 'pp' | 'mem';

export function depthPointId(metric: DepthMetric, depth: number): string {
  return `${DEPTH_FAMILY}:${metric}@d${depth}`;
}

/** The metric and depth of a family id, or null for any other workload id. */
export function parseDepthPointId(id: string): { metric: DepthMetric; depth: number } | null {
  const m = /^sweep:(tg|pp|mem)@d(\d+)$/.exec(id);
  return m ? { metric: m[1] as DepthMetric, depth: Number(m[2]) } : null;
}

/**
 * Whether the depth tool times prompt processing at this depth. llama-batched-bench times a prompt
 * of `depth` tokens from an empty cache, so at depth 0 there is no prompt to time.
 */
export function timesPromptAt(tool: string | null | undefined, depth: number): boolean {
  return !(tool === BATCHED_BENCH && depth === 0);
}

/** Every id of the family that the gate decides (speed only), in depth order, S_TG before S_PP. */
export function depthGateIds(plan: Pick<Plan, 'depthSweep'>, tool: string | null | undefined): string[] {
  return (plan.depthSweep?.depths ?? []).flatMap((d) => [depthPointId('tg', d), ...(timesPromptAt(tool, d) ? [depthPointId('pp', d)] : [])]);
}

/** Executable names of the depth tools (the build stage builds whichever the tree has). */
export const SWEEP_BENCH = 'llama-sweep-bench';
export const BATCHED_BENCH = 'llama-batched-bench';
