// Sequential stopping: the pipeline asks after every block whether each workload is decided.
// Decisions are only taken at the planned looks (default 5, 10, 20, 30 counted blocks), and each
// look tests at α/K (Bonferroni over the K looks that can decide at all).
//
// Why Bonferroni and not a Pocock constant: Pocock's z ≈ 2.10 assumes normal test statistics with
// independent increments; our default test is an exact rank test whose discreteness and
// small n break that assumption, and the looks need not be equally spaced. Bonferroni's union
// bound (Σ α/K = α) holds for any dependence between looks, any test and any spacing. Its cost is
// small here: with 3 effective looks each one runs at α/3 (z 2.13 one-sided) against Pocock's
// 2.10. Looks at which the exact signed-rank interval cannot reach the look's level at all
// (n = 5 blocks: the widest interval [min, max] covers only 1 − 2⁻⁴ = 93.75%) can never decide,
// so they spend no α: with looks 5, 10, 20, 30 and α = 0.05 the HL method uses K = 3, α/3 per look.
// The false-alarm rate is checked by simulation in bench/stats.bench.ts.
import type { Analysis, DesignState, Spending, WorkloadAnalysis, WorkloadInput } from './types.ts';
import { alphaSpent, DEFAULT_SPENDING, MAX_HORIZON } from './spending.ts';
import { analyze, gate, geomean, minimumN } from './analyze.ts';
import { UserError } from '../errors.ts';

export interface DecideOptions {
  margin: number;
  alpha: number;
  method: 'hl' | 't';
  /** Looks in counted (non-warm-up) blocks, e.g. [5, 10, 20, 30]. */
  looks: number[];
  /** Counted blocks completed so far. */
  nBlocks: number;
  /** Declared maximum of counted blocks (default: the last look). Fixed when the experiment starts. */
  horizon?: number;
  spending?: Spending;
  /** Design state persisted after the previous call (looks already taken); absent for a new experiment. */
  state?: DesignState;
  /** Time stamp recorded with a look (ISO). */
  at?: string;
}

export interface Decision {
  analysis: Analysis;
  /** Workloads not decided at any look so far: run more blocks of these. */
  pending: string[];
  /** True when nBlocks is one of the planned looks. */
  atLook: boolean;
  /** The design state including this look: persist it and pass it back on resume or extension. */
  state: DesignState;
}

/** The design declared by the options, or the persisted one; a horizon exceeded is refused. */
export function designState(opts: DecideOptions): DesignState {
  const horizon = opts.state?.horizon ?? opts.horizon ?? Math.max(...opts.looks);
  const fresh: DesignState = {
    version: 2, method: opts.method, alpha: opts.alpha, margin: opts.margin, horizon,
    spending: opts.state?.spending ?? opts.spending ?? DEFAULT_SPENDING, looks: [],
  };
  if (!(Number.isInteger(horizon) && horizon >= 2 && horizon <= MAX_HORIZON)) {
    throw new UserError(`horizon ${horizon} must be a whole number of blocks between 2 and ${MAX_HORIZON}`, 'e.g. --horizon 60');
  }
  const s = opts.state;
  if (s) {
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
  return s ? { ...s, looks: [...s.looks] } : fresh;
}

export const DEFAULT_LOOKS = [5, 10, 20, 30];

/**
 * The looks that can decide and the Bonferroni divisor K: the smallest K such that at most K looks
 * have n large enough for a (1 − 2α/K) interval. For the t method every look with n ≥ 2 counts.
 */
export function effectiveLooks(looks: number[], alpha: number, method: 'hl' | 't'): { looks: number[]; k: number } {
  const sorted = [...new Set(looks)].sort((a, b) => a - b);
  for (let k = 1; k <= sorted.length; k++) {
    const minN = minimumN(method, true, 1 - (2 * alpha) / k);
    const eligible = sorted.filter((l) => l >= minN);
    if (eligible.length <= k) return { looks: eligible, k: Math.max(1, eligible.length) };
  }
  return { looks: sorted, k: sorted.length };
}

function validateLooks(looks: number[]): void {
  if (looks.length === 0 || !looks.every((l) => Number.isInteger(l) && l >= 1)) {
    throw new UserError(`looks ${JSON.stringify(looks)} must be positive whole block counts`, 'e.g. looks 5,10,20,30');
  }
}

/** Keep only the first `count` counted blocks (global block order across all workloads). */
function truncate(inputs: WorkloadInput[], keep: Set<number>): WorkloadInput[] {
  return inputs.map((w) => ({ name: w.name, a: w.a.filter((o) => keep.has(o.block)), b: w.b.filter((o) => keep.has(o.block)) }));
}

export function decide(inputs: WorkloadInput[], opts: DecideOptions): Decision {
  validateLooks(opts.looks);
  const state = designState(opts);
  const { looks, k } = effectiveLooks(opts.looks, opts.alpha, opts.method);
  const base = { margin: opts.margin, alpha: opts.alpha, method: opts.method, plannedLooks: k };
  const blockOrder = [...new Set(inputs.flatMap((w) => [...w.a, ...w.b].map((o) => o.block)))].sort((a, b) => a - b);
  const decided = new Map<string, WorkloadAnalysis>();
  let latest: Analysis | null = null; // a look that saw every block doubles as the current analysis
  looks.forEach((look, i) => {
    if (look > opts.nBlocks || look > blockOrder.length) return;
    const keep = new Set(blockOrder.slice(0, look));
    const atLook = analyze(truncate(inputs, keep), { ...base, look: i + 1 });
    if (keep.size === blockOrder.length) latest = atLook;
    for (const w of atLook.workloads) {
      if (decided.has(w.name) || w.verdict === 'inconclusive') continue;
      decided.set(w.name, { ...w, flags: [...w.flags, `decided at look ${i + 1} of ${k} (${look} blocks)`] });
    }
  });
  const current: Analysis = latest ?? analyze(inputs, base);
  const workloads = current.workloads.map((w) => decided.get(w.name) ?? w);
  const pending = workloads.filter((w) => !decided.has(w.name)).map((w) => w.name);
  const atLook = looks.includes(opts.nBlocks) || opts.looks.includes(opts.nBlocks);
  const spent = alphaSpent(state.spending, state.alpha, opts.nBlocks / state.horizon);
  if (atLook && !state.looks.some((l) => l.blocks === opts.nBlocks)) {
    state.looks.push({
      blocks: opts.nBlocks, ...(opts.at ? { at: opts.at } : {}), alpha_spent: spent,
      decided: workloads.filter((w) => decided.has(w.name) && w.verdict !== 'inconclusive').map((w) => ({ name: w.name, verdict: w.verdict as 'neutral' })),
    });
  }
  for (const w of workloads) {
    w.look ??= null;
    w.alpha_spent = spent;
    w.alpha_remaining = Math.max(0, state.alpha - spent);
  }
  return {
    analysis: { ...current, verdict: gate(workloads), geomean_ratio: geomean(workloads), workloads },
    pending,
    atLook,
    state,
  };
}
