// The words of a workload's flags: the engine flags outliers, drift, bimodality, pairing and the
// deciding look as data (stats/types.ts `Flag`), worded here — the one place these sentences are
// written. results.json keeps the words (`flags`, as files always had) beside the data (`flagged`).
import type { Flag, WorkloadAnalysis } from '../stats/types.ts';

/** One flag in words, as results.json has always stored it. */
export function flagText(f: Flag): string {
  switch (f.kind) {
    case 'outlier':
      return f.rule === 'modified-z'
        ? `outlier: ${f.variant} block ${f.blocks.join(', ')} (modified z > ${f.limit})`
        : `outlier: ${f.variant} block ${f.blocks.join(', ')} outside Tukey fences (1.5·IQR)`;
    case 'drift':
      return `drift: ${f.variant} ${f.rho < 0 ? 'slows down' : 'speeds up'} over the run (Spearman ρ = ${f.rho.toFixed(2)}, p = ${f.p.toPrecision(2)})`;
    case 'bimodal':
      return `bimodal: ${f.variant} splits ${f.low}/${f.high} launches with a gap of ${(100 * f.gap).toFixed(1)}%`;
    case 'unmatched':
      return `unmatched: ${f.blocks.map((b) => `${b.variant} block ${b.block}`).join(', ')} left out of the paired analysis (no partner in the same block)`;
    case 'unpaired':
      return 'unpaired: blocks did not match, compared as two independent samples';
    case 'decided-at':
      return `decided at look ${f.index} (${f.blocks} of ${f.horizon} blocks)`;
  }
}

/** A workload's flags in words: worded from its data, or (an older file) the words it has. */
export function flagsOf(w: Pick<WorkloadAnalysis, 'flags' | 'flagged'>): string[] {
  return w.flagged ? w.flagged.map(flagText) : w.flags;
}
