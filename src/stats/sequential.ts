// Sequential stopping, v2: a group-sequential design with a declared horizon (maximum counted
// blocks) and a Lan–DeMets α-spending function; looks fall at any block counts. The pipeline asks
// after every block; decisions are taken at the looks. A decision taken at a look is kept. The
// looks taken and the α spent are the experiment's persisted DesignState: resuming or extending
// (`more`) passes it back, and a look beyond the horizon is refused (the design has no α left
// there). Why this design and these defaults: src/stats/README.md.
import type { Analysis, DesignState, Spending, Warning, WorkloadAnalysis, WorkloadInput } from './types.ts';
import { geomean } from './look.ts';
import { gate } from './policy.ts';
import { analyzeLook, type HolmCarry, type LookDesign } from './look.ts';
import { alphaSpent, DEFAULT_SPENDING, MAX_HORIZON } from './spending.ts';
import { UserError } from '../sys/errors.ts';

export interface DecideOptions {
  margin: number;
  alpha: number;
  method: 'hl' | 't';
  /** Looks in counted (non-warm-up) blocks, e.g. [5, 10, 20, 30]: the runner's planned looks. */
  looks: number[];
  /** Counted blocks completed so far. */
  nBlocks: number;
  /** Declared maximum of counted blocks (default: the last planned look). Fixed when the experiment starts. */
  horizon?: number;
  spending?: Spending;
  /** Design state persisted after the previous call (looks already taken); absent for a new experiment. */
  state?: DesignState;
  /** Time stamp recorded with a look (ISO). */
  at?: string;
  /**
   * Compute blocks_needed, the forecast for the reader (default true). It decides nothing and costs
   * a boundary probe per future look, so the pipeline leaves it out at its looks and the export of
   * the experiment (results.json, the report) computes it once.
   */
  forecast?: boolean;
}

export interface Decision {
  analysis: Analysis;
  /** Workloads not decided at any look so far: run more blocks of these. */
  pending: string[];
  /** True when nBlocks is a look (planned, or the horizon). */
  atLook: boolean;
  /** The design state including this look: persist it and pass it back on resume or extension. */
  state: DesignState;
}

function validateLooks(looks: number[]): void {
  if (looks.length === 0 || !looks.every((l) => Number.isInteger(l) && l >= 1)) {
    throw new UserError(`looks ${JSON.stringify(looks)} must be positive whole block counts`, 'e.g. looks 5,10,20,30');
  }
}

/** The design declared by the options, or the persisted one; a look past the horizon is refused. */
export function designState(opts: DecideOptions): DesignState {
  const s = opts.state;
  const horizon = s?.horizon ?? opts.horizon ?? Math.max(...opts.looks);
  if (!(Number.isInteger(horizon) && horizon >= 2 && horizon <= MAX_HORIZON)) {
    throw new UserError(`horizon ${horizon} must be a whole number of blocks between 2 and ${MAX_HORIZON}`, 'e.g. --horizon 60');
  }
  if (s) {
    if (s.version !== 2 || !Array.isArray(s.looks)) throw new UserError('the persisted design state is not a version 2 design', 'start a new experiment');
    for (const k of ['method', 'alpha', 'margin'] as const) {
      if (s[k] !== opts[k]) {
        throw new UserError(`the experiment was declared with ${k} ${s[k]}, not ${opts[k]}: a design cannot change after its first look`, `rerun with --${k} ${s[k]}, or start a new experiment`);
      }
    }
  }
  if (opts.nBlocks > horizon) {
    throw new UserError(
      `${opts.nBlocks} blocks exceed the declared horizon of ${horizon}: the sequential design has no α left beyond it`,
      `extend at most to ${horizon} blocks, or declare a larger horizon when starting the next experiment, e.g. --horizon ${Math.min(MAX_HORIZON, 2 * horizon)}`,
    );
  }
  return s
    ? { ...s, looks: s.looks.map((l) => ({ ...l, decided: [...l.decided] })) }
    : { version: 2, method: opts.method, alpha: opts.alpha, margin: opts.margin, horizon, spending: opts.spending ?? DEFAULT_SPENDING, looks: [] };
}

// Replaying the looks taken is deterministic in (design, looks so far, data up to each look). The
// pipeline decides at every look over data that only grows, so the replayed looks are remembered,
// the last one of each call with an exact copy of its data: a later call whose data up to that
// look is the same (compared value by value) takes the outcomes of the looks up to it instead of
// recomputing them — identical by construction — and a changed or different experiment replays
// from the first look. A few designs are kept (LRU).

/** Flat copy of truncated inputs: per workload [block, value, seq] of A, NaN, the same of B. */
function snapshot(inputs: WorkloadInput[]): { names: string[]; data: Float64Array[] } {
  return {
    names: inputs.map((w) => w.name),
    data: inputs.map((w) => {
      const out = new Float64Array(3 * (w.a.length + w.b.length) + 1);
      let k = 0;
      for (const side of [w.a, w.b]) {
        for (const o of side) {
          out[k++] = o.block;
          out[k++] = o.value;
          out[k++] = o.seq ?? NaN;
        }
        if (side === w.a) out[k++] = NaN;
      }
      return out;
    }),
  };
}

function sameSnapshot(x: ReturnType<typeof snapshot>, y: ReturnType<typeof snapshot>): boolean {
  if (x.names.length !== y.names.length) return false;
  for (let i = 0; i < x.names.length; i++) {
    const p = x.data[i], q = y.data[i];
    if (x.names[i] !== y.names[i] || p.length !== q.length) return false;
    for (let k = 0; k < p.length; k++) if (p[k] !== q[k] && !(p[k] !== p[k] && q[k] !== q[k])) return false;
  }
  return true;
}

/** One look's outcome: what was decided by it (cumulative) and the analysis at it. */
interface Step {
  look: number;
  skipBlocksNeeded: boolean;
  /** Computed as an earlier look (flags of the decided workloads only): never reused as the current look. */
  decidedOnly: boolean;
  /** The data up to this look, kept on the last look of each call only (it vouches for the looks before it). */
  data: ReturnType<typeof snapshot> | null;
  decided: Map<string, WorkloadAnalysis>;
  carry: HolmCarry;
  newly: DesignState['looks'][number]['decided'];
  analysis: Analysis;
}

const replays = new Map<string, Step[]>();
const MAX_REPLAYS = 8;

/** Forget every remembered look (the bench's and the tests' from-scratch baseline). */
export function forgetReplays(): void {
  replays.clear();
}

function remembered(key: string): Step[] {
  const steps = replays.get(key) ?? [];
  replays.delete(key);
  replays.set(key, steps);
  if (replays.size > MAX_REPLAYS) replays.delete(replays.keys().next().value!);
  return steps;
}

export function decide(inputs: WorkloadInput[], opts: DecideOptions): Decision {
  validateLooks(opts.looks);
  const state = designState(opts);
  const blockOrder = [...new Set(inputs.flatMap((w) => [...w.a, ...w.b].map((o) => o.block)))].sort((a, b) => a - b);
  const nBlocks = Math.min(opts.nBlocks, blockOrder.length);
  // The looks: those already taken (persisted), else the planned ones up to now; this one if it is a look.
  const taken = state.looks.length ? state.looks.map((l) => l.blocks) : opts.looks.filter((l) => l < nBlocks);
  const atLook = opts.looks.includes(opts.nBlocks) || opts.nBlocks === state.horizon || state.looks.some((l) => l.blocks === opts.nBlocks);
  const sequence = [...new Set([...taken.filter((l) => l <= nBlocks), ...(atLook ? [nBlocks] : [])])].filter((l) => l >= 1).sort((a, b) => a - b);

  let decided = new Map<string, WorkloadAnalysis>();
  let carry: HolmCarry = { regression: [], improvement: [] };
  const looks: DesignState['looks'] = [];
  let latest: Analysis | null = null;
  const steps = remembered(`${state.method}|${state.alpha}|${state.margin}|${state.horizon}|${state.spending}`);
  // Each look's data is the first `look` blocks of the next look's data, so when the last
  // remembered look that matches has the same data, every look before it has too.
  const rank = new Map(blockOrder.map((b, r) => [b, r]));
  const upTo = (look: number) => inputs.map((w) => ({ name: w.name, a: w.a.filter((o) => rank.get(o.block)! < look), b: w.b.filter((o) => rank.get(o.block)! < look) }));
  const forecast = opts.forecast ?? true;
  const skipAt = (look: number) => look !== nBlocks || !forecast;
  // An earlier look contributes only what it decided (no forecast, flags complete for those): any
  // step of it will do. The current look's analysis is output whole: only a step computed as one.
  const matches = (i: number) => steps[i] && steps[i].look === sequence[i]
    && (sequence[i] !== nBlocks || (!steps[i].decidedOnly && steps[i].skipBlocksNeeded === skipAt(nBlocks)));
  let reuse = 0;
  while (reuse < sequence.length && matches(reuse)) reuse++;
  while (reuse > 0 && !steps[reuse - 1].data) reuse--;
  // Other data up to that look (another experiment with the same design, a changed block): replay all.
  if (reuse > 0 && !sameSnapshot(steps[reuse - 1].data!, snapshot(upTo(sequence[reuse - 1])))) reuse = 0;
  steps.length = reuse; // the looks after a changed one are stale
  sequence.forEach((look, i) => {
    let step: Step;
    if (i < reuse) step = steps[i];
    else {
      // blocks_needed only reaches the output for workloads still open at the current look: an
      // earlier look keeps only what it decided, so its probes of future boundaries are skipped.
      const skipBlocksNeeded = skipAt(look);
      const decidedOnly = look !== nBlocks;
      const truncated = upTo(look);
      const design: LookDesign = {
        alpha: state.alpha, margin: state.margin, method: state.method, horizon: state.horizon, spending: state.spending,
        looks: sequence.slice(0, i + 1), skipBlocksNeeded, decidedOnly,
      };
      const atThis = analyzeLook(truncated.filter((w) => !decided.has(w.name)), design, carry);
      const after = new Map(decided);
      const next: HolmCarry = { regression: [...carry.regression], improvement: [...carry.improvement] };
      const newly: Step['newly'] = [];
      for (const w of atThis.workloads) {
        if (w.verdict === 'inconclusive') continue;
        after.set(w.name, { ...w, flagged: [...(w.flagged ?? []), { kind: 'decided-at', index: i + 1, blocks: look, horizon: state.horizon }] });
        // Holm's step-down with earlier rejections kept: a rejected null is carried as rejected (0,
        // its α passes on to the others), any other decided workload with its adjusted p (≥ its
        // own, so never less conservative). Carrying a rejected one's adjusted p tested it again.
        next.regression.push(w.verdict === 'regression' ? 0 : (w.p_regression_adj ?? 1));
        next.improvement.push(w.verdict === 'improvement' ? 0 : (w.p_improvement_adj ?? 1));
        newly.push({ name: w.name, verdict: w.verdict });
      }
      step = { look, skipBlocksNeeded, decidedOnly, data: null, decided: after, carry: next, newly, analysis: atThis };
      steps.push(step);
    }
    decided = step.decided;
    carry = step.carry;
    if (look === nBlocks) latest = structuredClone(step.analysis);
    const prior = state.looks.find((l) => l.blocks === look);
    looks.push({ blocks: look, ...(prior?.at ? { at: prior.at } : look === nBlocks && opts.at ? { at: opts.at } : {}), alpha_spent: alphaSpent(state.spending, state.alpha, look / state.horizon), decided: step.newly.map((x) => ({ ...x })) });
  });
  const lastStep = steps[steps.length - 1];
  if (lastStep && !lastStep.data) lastStep.data = snapshot(upTo(lastStep.look));
  // The outcome of the replay is shared with later calls: hand out copies.
  decided = new Map([...decided].map(([k, w]) => [k, structuredClone(w)]));
  // Between looks: the current data at the last look's boundary, for display only (decides nothing).
  const lastDesign: LookDesign = {
    alpha: state.alpha, margin: state.margin, method: state.method, horizon: state.horizon, spending: state.spending,
    looks: [...sequence.filter((l) => l < nBlocks), nBlocks], skipBlocksNeeded: !forecast,
  };
  const current: Analysis = latest ?? analyzeLook(inputs.filter((w) => !decided.has(w.name)), lastDesign, carry);
  const byName = new Map(current.workloads.map((w) => [w.name, w]));
  const workloads = inputs.map((w) => {
    const got = decided.get(w.name);
    if (got) return got;
    const open = byName.get(w.name)!;
    // Not at a look: nothing is decided now, whatever the interval says.
    return latest || open.verdict === 'failed' ? open : { ...open, verdict: 'inconclusive' as const, look: null, why: open.why && { ...open.why, between: true } };
  });
  const spentNow = alphaSpent(state.spending, state.alpha, (sequence[sequence.length - 1] ?? 0) / state.horizon);
  for (const w of workloads) {
    if (!decided.has(w.name)) {
      w.alpha_spent = spentNow;
      w.alpha_remaining = Math.max(0, state.alpha - spentNow);
    }
  }
  lookHistory(workloads, looks, state.horizon);
  const pending = workloads.filter((w) => !decided.has(w.name)).map((w) => w.name);
  const warned: Warning[] = inputs.length === 0 ? [{ kind: 'no-workloads' }, ...(current.warned ?? [])] : (current.warned ?? []);
  return {
    analysis: { ...current, verdict: gate(workloads), geomean_ratio: geomean(workloads), workloads, warnings: [], ...(warned.length ? { warned } : {}) },
    pending,
    atLook,
    state: { ...state, looks },
  };
}

/**
 * The reason tells which look decided each point and, for a point decided late or never, at which
 * looks it was still open: the points that kept the run going (issue 19).
 */
function lookHistory(workloads: WorkloadAnalysis[], looks: DesignState['looks'], horizon: number): void {
  const at = new Map(looks.flatMap((l, k) => l.decided.map((d) => [d.name, k] as const)));
  for (const w of workloads) {
    if (!w.why) continue;
    const k = at.get(w.name);
    if (k !== undefined) {
      w.why = { ...w.why, history: { decidedAt: k + 1, blocks: looks[k].blocks, horizon, openAt: looks.slice(0, k).map((l) => l.blocks) } };
    } else if (looks.length > 0 && w.verdict !== 'failed') {
      w.why = { ...w.why, history: { openAt: looks.map((l) => l.blocks), horizon } };
    }
  }
}
