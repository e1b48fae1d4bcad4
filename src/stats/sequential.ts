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
import type { Analysis, WorkloadAnalysis, WorkloadInput } from './types.ts';
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
}

export interface Decision {
  analysis: Analysis;
  /** Workloads not decided at any look so far: run more blocks of these. */
  pending: string[];
  /** True when nBlocks is one of the planned looks. */
  atLook: boolean;
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
  return {
    analysis: { ...current, verdict: gate(workloads), geomean_ratio: geomean(workloads), workloads },
    pending,
    atLook: looks.includes(opts.nBlocks) || opts.looks.includes(opts.nBlocks),
  };
}
