// The sequential design state a results file carries (the looks its experiment actually took) is
// replayed by the one decision (decide.ts), so `analyze`, post mode and aggregate decide as the
// pipeline did, also after a resume or `more`. The file is untrusted: the state is used only when it could have
// come from the plan and the launches in the same file. Its design (method, α, margin, horizon,
// spending) must be the plan's; its looks must be looks of the plan (or the horizon) within the
// blocks measured; replaying them must stop each workload where its launches stop; and a planned
// look may be missing only where the launches show it was not acted on (the pipeline would have
// stopped a workload there). So a state can never make the decision more lenient than the plan's
// own looks would, except where the launches prove those looks were not taken. Anything else: one
// warning, and the plan's looks decide.
import type { Plan } from '../plan/types.ts';
import type { DesignProblem, DesignState, Warning, WorkloadInput } from './types.ts';
import { decide } from './sequential.ts';
import { DEFAULT_SPENDING } from './spending.ts';
import type { Evidence } from './evidence.ts';
import { depthUnitOf, sameModel } from '../plan/depth-sweep.ts';

/** The sequential design declared by the plan (stats v2): horizon and spending fixed at the start. */
export function designOf(plan: Pick<Plan, 'margin' | 'alpha' | 'method' | 'looks' | 'horizon' | 'maxBlocks' | 'spending'>) {
  return { margin: plan.margin, alpha: plan.alpha, method: plan.method, looks: plan.looks, horizon: plan.horizon ?? plan.maxBlocks, spending: plan.spending };
}

/** Counted blocks reached by any launch (llama-bench or depth sweep), partly run ones included. */
export function countedBlocksOf(r: Pick<Evidence, 'launches' | 'depthLaunches' | 'plan'>): number {
  return Math.max(0, ...[...r.launches, ...(r.depthLaunches ?? [])].map((l) => l.block + 1 - r.plan.warmupBlocks));
}

/** The file's design state when it is consistent with its plan and launches, else a warning why not. */
export function trustedDesign(r: Evidence, inputs: WorkloadInput[], counted: number): { state?: DesignState; warning?: Warning } {
  if (!r.design) return {};
  const problem = designProblem(r, r.design, inputs, counted);
  if (problem === null) return { state: r.design };
  return { warning: { kind: 'design-state-unused', problem } };
}

function designProblem(r: Evidence, s: DesignState, inputs: WorkloadInput[], counted: number): DesignProblem | null {
  const plan = designOf(r.plan);
  const declared = { method: plan.method, alpha: plan.alpha, margin: plan.margin, horizon: plan.horizon, spending: plan.spending ?? DEFAULT_SPENDING };
  for (const k of Object.keys(declared) as (keyof typeof declared)[]) {
    if (s[k] !== declared[k]) return { kind: 'declared', key: k, got: s[k], plan: declared[k] };
  }
  const looks = s.looks.map((l) => l.blocks);
  for (const [i, l] of looks.entries()) {
    if (i > 0 && l <= looks[i - 1]) return { kind: 'looks-not-increasing', looks };
    if (l > counted) return { kind: 'look-past-measured', look: l, counted };
    if (!plan.looks.includes(l) && l !== plan.horizon) return { kind: 'look-not-planned', look: l, looks: plan.looks, horizon: plan.horizon };
  }
  const stops = stopPoints(r, inputs, counted);
  const mismatch = stopMismatch(stops, decidedAt(inputs, plan, counted, s));
  if (mismatch) return mismatch;
  for (const l of plan.looks.filter((x) => x < counted && !looks.includes(x))) {
    const withLook: DesignState = { ...s, looks: [...s.looks, { blocks: l, alpha_spent: 0, decided: [] }].sort((a, b) => a.blocks - b.blocks) };
    if (stopMismatch(stops, decidedAt(inputs, plan, counted, withLook)) === null) {
      return { kind: 'look-missing', look: l };
    }
  }
  return null;
}

/** Per workload (and the depth family's points together), the counted block of its last launch. */
interface Stops {
  /** Counted blocks up to which every unit still running was measured (the last block if complete). */
  through: number;
  /** `failing`: a variant never ran it (a model it cannot load): the run stops launching it, no look decides that. */
  units: { names: string[]; last: number; failing?: boolean }[];
}

function stopPoints(r: Evidence, inputs: WorkloadInput[], counted: number): Stops {
  const index = (block: number) => block + 1 - r.plan.warmupBlocks;
  const lastOf = (blocks: number[]) => Math.max(0, ...blocks.map(index));
  const units: Stops['units'] = r.plan.workloads.map((w) => {
    const mine = r.launches.filter((l) => l.workload === w.id);
    const failing = (['A', 'B'] as const).some((v) => mine.some((l) => l.variant === v) && !mine.some((l) => l.variant === v && l.status === 'ok'));
    return { names: [w.id], last: lastOf(mine.map((l) => l.block)), failing };
  });
  // The depth family: one unit per model (all its points stop together), from that model's launches.
  const points = inputs.filter((w) => w.point !== undefined);
  for (const unit of [...new Set(points.map((w) => depthUnitOf(w.point!)))]) {
    const mine = points.filter((w) => depthUnitOf(w.point!) === unit);
    const ls = (r.depthLaunches ?? []).filter((l) => sameModel(l, mine[0].point!));
    // With several models, a model one variant cannot run stops being launched, its sweep too.
    const failing = r.plan.models.length > 1 && (['A', 'B'] as const).some((v) => ls.some((l) => l.variant === v) && !ls.some((l) => l.variant === v && l.status === 'ok'));
    units.push({ names: mine.map((w) => w.name), last: lastOf(ls.map((l) => l.block)), failing });
  }
  // A partly run last block says nothing about the units not launched in it yet.
  const lastBlock = r.schedule.blocks.find((b) => index(b.block) === counted);
  const ran = [...r.launches, ...(r.depthLaunches ?? [])].filter((l) => index(l.block) === counted).length;
  return { through: lastBlock && ran >= lastBlock.order.length ? counted : counted - 1, units };
}

/** The look (counted blocks) at which replaying `state` decides each workload. */
function decidedAt(inputs: WorkloadInput[], plan: ReturnType<typeof designOf>, counted: number, state: DesignState): Map<string, number> {
  const { state: replayed } = decide(inputs, { ...plan, nBlocks: counted, state, forecast: false });
  return new Map(replayed.looks.flatMap((l) => l.decided.map((d) => [d.name, l.blocks] as const)));
}

/** The pipeline stops a unit exactly at the look that decides it (all its points, for the depth family). */
function stopMismatch(stops: Stops, at: Map<string, number>): DesignProblem | null {
  for (const u of stops.units) {
    if (u.last === 0) continue; // never launched: nothing to check
    const looks = u.names.map((n) => at.get(n));
    const decided = looks.every((l) => l !== undefined) ? Math.max(...(looks as number[])) : undefined;
    const unit = u.names.length > 1 ? null : u.names[0];
    if (u.last < stops.through && decided !== u.last && !u.failing) return { kind: 'measured-past-looks', unit, last: u.last, decided: decided ?? null };
    if (decided !== undefined && decided < u.last) return { kind: 'decided-before-last', unit, decided, last: u.last };
  }
  return null;
}
