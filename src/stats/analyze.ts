// The fixed-n analysis (`analyze` on raw llama-bench files, the memory B/A): one look of the one
// decision path (look.ts) at each workload's own n blocks, the whole α spent there — the exact
// signed-rank interval of the Walsh averages, Holm across the workloads tested, a verdict and its
// reason as data. Procedure and rationale: src/stats/README.md.
import { UserError } from '../sys/errors.ts';
import type { Analysis, AnalyzeOptions, WorkloadInput } from './types.ts';
import { analyzeLook, geomean, withoutEmpty } from './look.ts';
import { minimumN } from './look-boundary.ts';
import { gate } from './policy.ts';
import { inRange, optionSpec, rangeText } from '../plan/options.ts';

export { gate, geomean, minimumN, withoutEmpty };

/** The margin's range is the --margin flag's (plan/options.ts), written once. */
const MARGIN = optionSpec('analyze', 'margin');

export function validateOptions(opts: AnalyzeOptions): void {
  if (!inRange(MARGIN, opts.margin)) {
    throw new UserError(`margin ${opts.margin} is out of range`, `give a relative margin ${rangeText(MARGIN)}, e.g. --margin ${MARGIN.example}`);
  }
  if (!(opts.alpha > 0 && opts.alpha < 0.5)) {
    throw new UserError(`alpha ${opts.alpha} is out of range`, 'give a one-sided error rate between 0 and 0.5, e.g. --alpha 0.05');
  }
  if (opts.method !== 'hl' && opts.method !== 't') {
    throw new UserError(`method ${String(opts.method)} is unknown`, 'use --method hl (Hodges–Lehmann, default) or --method t');
  }
  const k = opts.plannedLooks ?? 1;
  if (!(Number.isInteger(k) && k >= 1)) throw new UserError(`plannedLooks ${k} must be a positive integer`);
}

export function analyze(inputs: WorkloadInput[], opts: AnalyzeOptions): Analysis {
  validateOptions(opts);
  // Bonferroni over planned looks (plannedLooks): each tests at α/K.
  const alpha = opts.alpha / (opts.plannedLooks ?? 1);
  const a = analyzeLook(inputs, { alpha, margin: opts.margin, method: opts.method, horizon: 1, spending: 'obf', looks: [1], fixedN: true });
  return { ...a, alpha: opts.alpha };
}
