// Markdown rendering of an Analysis for `analyze --format md` (the PR comment has its own report):
// the statistics compute, this renders. It reads these fields of stats' Analysis (stats/types.ts),
// named here so a renderer imports nothing from the statistics.
interface Analysis {
  verdict: string;
  margin: number;
  alpha: number;
  geomean_ratio: number | null;
  workloads: {
    name: string; n: number; paired: boolean; ratio: number | null; ci: [number, number] | null; ci_level: number;
    p_regression: number | null; p_regression_adj: number | null; p_improvement: number | null; p_improvement_adj: number | null;
    verdict: string; blocks_needed: number | null; flags: string[]; reason: string;
  }[];
  warnings: string[];
  incomplete?: { measured_blocks: number; planned_blocks: number; stop_reason: string };
}

import { incompleteText } from './vocabulary.ts';

const f3 = (v: number | null): string => (v === null ? '—' : v.toFixed(3));
const fp = (v: number | null): string => (v === null ? '—' : v < 0.001 ? v.toExponential(1) : v.toPrecision(2));

/** `outcome`: the gate's (stats/policy.ts runOutcome), when it is not the verdict: `incomplete`. */
export function formatMarkdown(a: Analysis, outcome: string = a.verdict): string {
  const lines: string[] = [];
  const gm = a.geomean_ratio === null ? '' : `, geomean B/A ${f3(a.geomean_ratio)} (reported, not gated)`;
  lines.push(`**Verdict: ${outcome.toUpperCase()}** — margin ±${Number((100 * a.margin).toPrecision(3))}%, α = ${a.alpha}${gm}`, '');
  if (outcome === 'incomplete' && a.incomplete) lines.push(`Incomplete: ${incompleteText(a.incomplete)}`, '');
  lines.push('| workload | n | B/A | CI | level | p regr. (Holm) | p impr. (Holm) | verdict | blocks needed | flags |');
  lines.push('|---|---:|---:|---|---:|---:|---:|---|---:|---|');
  for (const w of a.workloads) {
    const ci = w.ci ? `[${f3(w.ci[0])}, ${f3(w.ci[1])}]` : '—';
    lines.push(
      `| ${w.name} | ${w.n}${w.paired ? '' : ' (unpaired)'} | ${f3(w.ratio)} | ${ci} | ${Math.round(w.ci_level * 1000) / 10}% | ` +
        `${fp(w.p_regression)} (${fp(w.p_regression_adj)}) | ${fp(w.p_improvement)} (${fp(w.p_improvement_adj)}) | ` +
        `${w.verdict} | ${w.blocks_needed ?? ''} | ${w.flags.length} |`,
    );
  }
  lines.push('');
  for (const w of a.workloads) {
    lines.push(`- **${w.name}** (${w.verdict}): ${w.reason}`);
    for (const fl of w.flags) lines.push(`  - ${fl}`);
  }
  if (a.warnings.length) {
    lines.push('', '**Warnings**');
    for (const wn of a.warnings) lines.push(`- ${wn}`);
  }
  return lines.join('\n') + '\n';
}
