// The facts every rendering shows, computed once from a Results: per-workload descriptive figures,
// the engine's verdicts when it ran, and the machine's outcome. Plain numbers and raw strings here;
// escaping happens in the renderers, each for its own medium.
import { median, mean, sampleStandardDeviation } from 'simple-statistics';
import type { Results } from '../store/results.ts';
import type { LaunchRecord } from '../bench/types.ts';
import type { BuildOutcome } from '../build/types.ts';
import type { Verdict, WorkloadAnalysis } from '../stats/types.ts';
import type { VariantId } from '../plan/types.ts';
import { workloadInputsFromResults } from '../stats/from-results.ts';

/** What a machine's run (or a whole fleet) concluded (stats/policy.ts). */
import { runOutcome, type Outcome } from '../stats/policy.ts';
import { incompleteText } from './vocabulary.ts';
import { reasonOf } from './reason-words.ts';
export type { Outcome };

export interface VariantFigures {
  /** Median across counted launches of each launch's median t/s. */
  median: number | null;
  /** Launch-to-launch coefficient of variation (sample sd / mean of the per-launch values). */
  cv: number | null;
  /** Counted launches (ok, not warm-up). */
  ok: number;
  /** Launches that crashed, timed out or could not be parsed (warm-up included). */
  failed: number;
}

export interface WorkloadSummary {
  id: string;
  a: VariantFigures;
  b: VariantFigures;
  /** Ratio of the medians, B/A: descriptive, shown when the engine did not run. */
  ratioOfMedians: number | null;
  analysis: WorkloadAnalysis | null;
  /** The ratio the report leads with: the engine's estimate when present, else the ratio of medians. */
  ratio: number | null;
  ci: [number, number] | null;
  verdict: Verdict | 'no-verdict';
  /** Counted launches by block, A and B side by side (null where that side has none): drift and outliers. */
  blocks: { block: number; a: number | null; b: number | null }[];
}

export interface MachineSummary {
  label: string;
  results: Results;
  outcome: Outcome;
  /** Why the run failed (build failure, every launch failed) or is incomplete (how far it got), plain text; null otherwise. */
  failure: string | null;
  workloads: WorkloadSummary[];
  /** Counted (non-warm-up) blocks that ran at least one launch. */
  blocksRun: number;
  /** Equivalence bounds on the ratio, [1/(1+m), 1+m]. */
  bounds: [number, number];
  margin: number;
}

const FAILED_STATUSES = new Set(['crashed', 'timeout', 'parse-error']);

function figures(values: number[], launches: LaunchRecord[]): VariantFigures {
  return {
    median: values.length > 0 ? median(values) : null,
    cv: values.length >= 2 && mean(values) > 0 ? sampleStandardDeviation(values) / mean(values) : null,
    ok: values.length,
    failed: launches.filter((l) => FAILED_STATUSES.has(l.status)).length,
  };
}

function variantName(results: Results, v: VariantId): string {
  return results.plan.variants.find((x) => x.id === v)?.name ?? v;
}

function buildFailure(results: Results, b: BuildOutcome): string {
  const what = `build of ${b.variant} (${variantName(results, b.variant)}, ref ${b.ref}) failed`;
  return b.error ? `${what}: ${b.error}` : what;
}

/** Why a run cannot be judged at all, or null. */
export function failureOf(results: Results): string | null {
  const broken = results.builds.filter((b) => !b.ok);
  if (broken.length > 0) return broken.map((b) => buildFailure(results, b)).join('; ');
  const counted = results.launches.filter((l) => !l.warmup && l.status !== 'skipped');
  if (counted.length === 0) {
    return `no benchmark launch ran past the warm-up (stop reason: ${results.stopReason || 'none recorded'})`;
  }
  if (counted.every((l) => l.status !== 'ok')) {
    return `every launch failed (${counted.length} of ${counted.length}: ${statusCounts(counted)})`;
  }
  // A workload a variant could not run: its reason names the variant and its stderr tail.
  const failed = results.analysis?.workloads.filter((w) => w.verdict === 'failed') ?? [];
  // Workloads failing for one reason (a model a variant cannot load) are named together, the reason once.
  const reasons = [...new Set(failed.map((w) => reasonOf(w)))];
  if (failed.length > 0) return reasons.map((why) => `${failed.filter((w) => reasonOf(w) === why).map((w) => w.name).join(', ')}: ${why}`).join('; ');
  return null;
}

function statusCounts(launches: LaunchRecord[]): string {
  const counts = new Map<string, number>();
  for (const l of launches) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
}

function byBlock(a: { block: number; value: number }[], b: { block: number; value: number }[]): WorkloadSummary['blocks'] {
  const ids = [...new Set([...a, ...b].map((o) => o.block))].sort((x, y) => x - y);
  return ids.map((block) => ({ block, a: a.find((o) => o.block === block)?.value ?? null, b: b.find((o) => o.block === block)?.value ?? null }));
}

export function summarizeWorkloads(results: Results): WorkloadSummary[] {
  const inputs = workloadInputsFromResults(results);
  return inputs.map((input) => {
    const launches = results.launches.filter((l) => l.workload === input.name);
    const a = figures(input.a.map((o) => o.value), launches.filter((l) => l.variant === 'A'));
    const b = figures(input.b.map((o) => o.value), launches.filter((l) => l.variant === 'B'));
    const ratioOfMedians = a.median !== null && b.median !== null && a.median > 0 ? b.median / a.median : null;
    const analysis = results.analysis?.workloads.find((w) => w.name === input.name) ?? null;
    return {
      id: input.name,
      a,
      b,
      ratioOfMedians,
      analysis,
      ratio: analysis ? analysis.ratio : ratioOfMedians,
      ci: analysis?.ci ?? null,
      verdict: analysis ? analysis.verdict : 'no-verdict',
      blocks: byBlock(input.a, input.b),
    };
  });
}

export function summarizeMachine(results: Results, label: string): MachineSummary {
  const failure = failureOf(results);
  const outcome: Outcome = failure ? 'failed' : results.analysis ? runOutcome(results.analysis) : 'no-verdict';
  const margin = results.analysis?.margin ?? results.plan.margin;
  const blocks = new Set(results.launches.filter((l) => !l.warmup && l.status !== 'skipped').map((l) => l.block));
  return {
    label,
    results,
    outcome,
    failure: failure ?? (results.analysis?.incomplete && outcome === 'incomplete' ? incompleteText(results.analysis.incomplete) : null),
    workloads: summarizeWorkloads(results),
    blocksRun: blocks.size,
    bounds: [1 / (1 + margin), 1 + margin],
    margin,
  };
}
