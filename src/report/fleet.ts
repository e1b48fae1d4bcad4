// Several machines, one comment, one check. Each machine keeps its own verdict; the overall verdict
// is the most serious one found (stats/policy.ts combineOutcomes), in this order (first match wins):
//   1. regression   — any machine has a regression. Not adjusted across machines: each machine is
//                     its own hardware question, and a slowdown on any supported host is a slowdown.
//   2. failed       — any machine's run could not be judged (a build failed, a variant never ran), or
//                     the machines measured different commits.
//   2b. incomplete  — a machine the fleet expected sent no valid results.
//   3. no-verdict   — any machine has no analysis (the decision engine did not run there).
//   4. inconclusive — any machine is inconclusive.
//   5. improvement  — at least one machine improved and every other one is neutral.
//   6. neutral      — every machine is neutral.
import type { Results } from '../store/results.ts';
import { summarizeMachine, type MachineSummary, type Outcome } from './summary.ts';
import { combineOutcomes } from '../stats/policy.ts';

export const OVERALL_RULE =
  'Overall = the most serious machine verdict: regression anywhere → regression; else a failed run → failed; ' +
  'else a machine missing → incomplete; ' +
  'else a machine without analysis → no verdict; else inconclusive anywhere → inconclusive; ' +
  'else improvement if any machine improved and the rest are neutral; else neutral.';

/** Something about the fleet as a whole (a machine without results, mixed commits): a line of plain text. */
export interface FleetProblem {
  text: string;
  /** What it does to the overall outcome; null: stated only. */
  outcome: 'incomplete' | 'failed' | null;
}

export interface Fleet {
  machines: MachineSummary[];
  problems: FleetProblem[];
  overall: Outcome;
}

/** Machine labels: the caller's when given, else the host name, made unique with a counter. */
function labelsFor(results: Results[], labels?: string[]): string[] {
  const seen = new Map<string, number>();
  return results.map((r, i) => {
    const base = labels?.[i]?.trim() || r.host?.hostname?.trim() || `machine ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

export function mergeFleet(results: Results[], labels?: string[], problems: FleetProblem[] = []): Fleet {
  const names = labelsFor(results, labels);
  const machines = results.map((r, i) => summarizeMachine(r, names[i]));
  const extra = problems.map((p) => p.outcome).filter((o): o is 'incomplete' | 'failed' => o !== null);
  return { machines, problems, overall: combineOutcomes([...machines.map((m) => m.outcome), ...extra]) };
}
