// Names of the depth-sweep family (plan.depthSweep): one id in the block schedule, and one analysis
// point per metric and depth, carried as data ({ metric, depth }) and named, for results.json and the
// report, e.g. `sweep:tg@d2048`. llama-bench labels never contain ':', so these cannot collide with a
// --workloads entry. With several models the family runs once per model (one launch per block,
// variant and model), its unit and points prefixed with the model's name as workloads are
// (`tiny/sweep`, `tiny/sweep:tg@d2048`). Nothing parses a name back: code that needs to know whether
// a name is a depth point asks the plan which names its points have (depthPointIds, depthPointModels).
import type { Plan } from './types.ts';

/** The family's id in the block schedule (Slot.workload): one launch per variant per block. */
export const DEPTH_FAMILY = 'sweep';

/** A plan's sweep and (absent: one) models. */
type SweepOf = Pick<Plan, 'depthSweep'> & Partial<Pick<Plan, 'models'>>;

/** One unit of the family in the block schedule: the sweep on one model (`model` absent with one model). */
export interface DepthUnit {
  id: string;
  model?: string;
}

const onModel = (model: string | undefined, name: string) => (model === undefined ? name : `${model}/${name}`);

/** The family's units: one per model with several models, else the one `sweep`; none without a sweep. */
export function depthUnits(plan: SweepOf): DepthUnit[] {
  if (!plan.depthSweep) return [];
  if (!plan.models || plan.models.length < 2) return [{ id: DEPTH_FAMILY }];
  return plan.models.map((m) => ({ id: onModel(m.name, DEPTH_FAMILY), model: m.name }));
}

/** The unit a point belongs to (its model's sweep). */
export function depthUnitOf(point: { model?: string }): string {
  return onModel(point.model, DEPTH_FAMILY);
}

/** Whether a depth launch (or point) is of this model: both without one, with one model. */
export function sameModel(a: { model?: string }, b: { model?: string }): boolean {
  return (a.model ?? null) === (b.model ?? null);
}

/** tg: S_TG (generation) t/s; pp: S_PP (prompt) t/s; mem: resident memory (reported, never gates). */
export type DepthMetric = 'tg' | 'pp' | 'mem';

export function depthPointId(metric: DepthMetric, depth: number, model?: string): string {
  return onModel(model, `${DEPTH_FAMILY}:${metric}@d${depth}`);
}

/** One point of the family: what a decision input or a memory ratio is about (and on which model, with several). */
export interface DepthPointKey {
  metric: DepthMetric;
  depth: number;
  model?: string;
}

/**
 * Whether the depth tool times prompt processing at this depth. llama-batched-bench times a prompt
 * of `depth` tokens from an empty cache, so at depth 0 there is no prompt to time.
 */
export function timesPromptAt(tool: string | null | undefined, depth: number): boolean {
  return !(tool === BATCHED_BENCH && depth === 0);
}

/**
 * Every point of the family that the gate decides (speed only): per model in the plan's order, in
 * depth order, S_TG before S_PP.
 */
export function depthGatePoints(plan: SweepOf, tool: string | null | undefined): DepthPointKey[] {
  return depthUnits(plan).flatMap(({ model }) => (plan.depthSweep?.depths ?? []).flatMap((depth): DepthPointKey[] => [
    { metric: 'tg', depth, ...(model !== undefined && { model }) },
    ...(timesPromptAt(tool, depth) ? [{ metric: 'pp' as const, depth, ...(model !== undefined && { model }) }] : []),
  ]));
}

/** Their names, as results.json and the report show them. */
export function depthGateIds(plan: SweepOf, tool: string | null | undefined): string[] {
  return depthGatePoints(plan, tool).map((p) => depthPointId(p.metric, p.depth, p.model));
}

/**
 * Every name a point at these depths can have (any tool, any metric, on each of these models —
 * none: the one-model names), with the model it is on: is this workload name a depth point, of which model?
 */
export function depthPointModels(depths: Iterable<number>, models: readonly (string | undefined)[] = [undefined]): Map<string, string | undefined> {
  const ds = [...depths];
  return new Map(models.flatMap((model) => ds.flatMap((d) => (['tg', 'pp', 'mem'] as const).map((m) => [depthPointId(m, d, model), model] as const))));
}

/** The names alone (see depthPointModels). */
export function depthPointIds(depths: Iterable<number>, models?: readonly (string | undefined)[]): Set<string> {
  return new Set(depthPointModels(depths, models).keys());
}

/** The model names a plan's depth points carry: the plan's models with several, none with one. */
export function depthModelNames(plan: Pick<Plan, 'models'>): (string | undefined)[] {
  return plan.models.length < 2 ? [undefined] : plan.models.map((m) => m.name);
}

/** Executable names of the depth tools (the build stage builds whichever the tree has). */
export const SWEEP_BENCH = 'llama-sweep-bench';
export const BATCHED_BENCH = 'llama-batched-bench';
