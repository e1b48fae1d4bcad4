// Several models in one experiment: the workloads grouped by model, each group with its own outcome
// and verdict line (the overall verdict stays the machine's), and where the same test came out
// differently on two models, one phrase saying so ("tg128: -8.1% on tiny, neutral within ±2% on big").
import type { Results } from '../store/results.ts';
import { combineOutcomes } from '../stats/policy.ts';
import type { Outcome } from './summary.ts';
import { fmtChange, fmtMargin } from './format.ts';
import { code, joinPhrases, verdictPhrase, type HeadlineMachine, type Phrase } from './vocabulary.ts';

interface GroupedWorkload {
  id: string;
  outcome: Outcome;
  ratio: number | null;
  ci: [number, number] | null;
  n: number;
  spread: number | null;
  blocksNeeded: number | null;
  why: string;
}

export interface ModelGroup<W extends GroupedWorkload = GroupedWorkload> {
  name: string;
  path: string;
  outcome: Outcome;
  /** This model's verdict line, in the words of the machine's. */
  verdict: Phrase;
  workloads: W[];
}

/** The workloads by model, in the plan's model order; null with one model (nothing to group). */
export function modelGroups<W extends GroupedWorkload>(r: Results, workloads: W[], head: Omit<HeadlineMachine, 'outcome' | 'failure' | 'workloads'>): ModelGroup<W>[] | null {
  if (r.plan.models.length < 2) return null;
  const modelOf = new Map(r.plan.workloads.map((w) => [w.id, w.model]));
  return r.plan.models.map((m) => {
    const mine = workloads.filter((w) => modelOf.get(w.id) === m.name);
    const outcome: Outcome = mine.length ? combineOutcomes(mine.map((w) => w.outcome)) : 'no-verdict';
    const failure = mine.find((w) => w.outcome === 'failed')?.why ?? null;
    // A failed model's line is its reason, once (the overall line already says "Run failed").
    const verdict = outcome === 'failed' && failure ? [failure] : verdictPhrase({ ...head, outcome, failure, workloads: mine });
    return { name: m.name, path: m.path, outcome, verdict, workloads: mine };
  });
}

/**
 * Tests whose outcome differs between models, as one phrase: "tg16: -19.2% on big, neutral within
 * ±2% on tiny"; empty when every test came out alike on every model.
 */
export function modelContrast(r: Results, groups: ModelGroup[] | null, margin: number): Phrase {
  if (!groups) return [];
  const byId = new Map(r.plan.workloads.map((w) => [w.id, w]));
  const labels = [...new Set(r.plan.workloads.map((w) => w.id.slice((w.model?.length ?? -1) + 1)))];
  const parts: Phrase[] = [];
  for (const label of labels) {
    const on = groups.flatMap((g) => g.workloads.filter((w) => byId.get(w.id)?.model === g.name && w.id === `${g.name}/${label}`).map((w) => ({ g, w })));
    if (on.length < 2 || new Set(on.map((x) => x.w.outcome)).size < 2) continue;
    const say = (w: GroupedWorkload): string =>
      w.outcome === 'regression' || w.outcome === 'improvement' ? fmtChange(w.ratio)
        : w.outcome === 'neutral' ? `neutral within ±${fmtMargin(margin)}` : w.outcome === 'inconclusive' ? 'undecided' : w.outcome;
    parts.push([code(label), `: ${on.map(({ g, w }) => `${say(w)} on ${g.name}`).join(', ')}`]);
  }
  return joinPhrases(parts, '; ');
}
