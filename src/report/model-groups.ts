// Several models in one experiment: the workloads grouped by model, each group with its own outcome
// and verdict line (the overall verdict stays the machine's) and its depth sweep, and where the same
// test or depth point came out differently on two models, one phrase saying so ("tg128: -8.1% on
// tiny, neutral within ±2% on big").
import type { Results } from '../store/results.ts';
import type { DepthModel } from './depth.ts';
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
  /** This model's verdict line, in the words of the machine's (its depth points included). */
  verdict: Phrase;
  /** Its llama-bench workloads (the table's rows). */
  workloads: W[];
  /** Its depth-sweep points the engine decided (shown in its depth section); empty without a sweep. */
  points: GroupedWorkload[];
  /** Its speed and memory against KV depth; null without a sweep. */
  depth: DepthModel | null;
}

/**
 * The workloads and depth points by model, in the plan's model order; null with one model (nothing
 * to group). `modelOf`: the model a workload or point id is on; `depthOf`: a model's depth section.
 */
export function modelGroups<W extends GroupedWorkload>(
  r: Results, workloads: W[], points: GroupedWorkload[], modelOf: (id: string) => string | undefined,
  head: Omit<HeadlineMachine, 'outcome' | 'failure' | 'workloads'>, depthOf: (model: string) => DepthModel | null,
): ModelGroup<W>[] | null {
  if (r.plan.models.length < 2) return null;
  return r.plan.models.map((m) => {
    const mine = workloads.filter((w) => modelOf(w.id) === m.name);
    const minePoints = points.filter((w) => modelOf(w.id) === m.name);
    const all = [...mine, ...minePoints];
    const outcome: Outcome = all.length ? combineOutcomes(all.map((w) => w.outcome)) : 'no-verdict';
    const failure = all.find((w) => w.outcome === 'failed')?.why ?? null;
    // A failed model's line is its reason, once (the overall line already says "Run failed").
    const verdict = outcome === 'failed' && failure ? [failure] : verdictPhrase({ ...head, outcome, failure, workloads: all });
    return { name: m.name, path: m.path, outcome, verdict, workloads: mine, points: minePoints, depth: depthOf(m.name) };
  });
}

/**
 * Tests and depth points whose outcome differs between models, as one phrase: "tg16: -19.2% on
 * big, neutral within ±2% on tiny"; empty when every one came out alike on every model.
 */
export function modelContrast(groups: ModelGroup[] | null, margin: number): Phrase {
  if (!groups) return [];
  const items = groups.flatMap((g) => [...g.workloads, ...g.points].map((w) => ({ g, w, label: w.id.slice(g.name.length + 1) })));
  const labels = [...new Set(items.map((x) => x.label))];
  const parts: Phrase[] = [];
  for (const label of labels) {
    const on = items.filter((x) => x.label === label);
    if (on.length < 2 || new Set(on.map((x) => x.w.outcome)).size < 2) continue;
    const say = (w: GroupedWorkload): string =>
      w.outcome === 'regression' || w.outcome === 'improvement' ? fmtChange(w.ratio)
        : w.outcome === 'neutral' ? `neutral within ±${fmtMargin(margin)}` : w.outcome === 'inconclusive' ? 'undecided' : w.outcome;
    parts.push([code(label), `: ${on.map(({ g, w }) => `${say(w)} on ${g.name}`).join(', ')}`]);
  }
  return joinPhrases(parts, '; ');
}
