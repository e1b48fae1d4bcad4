// The report's words, in one place for every medium (terminal, Markdown comment, check run, HTML):
// verdict marks and labels, the gate's wording, interval levels, and the first line that answers
// "what happened, does the check pass" at a glance. Plain text and phrases; each renderer escapes.
import type { Outcome } from './summary.ts';
import type { Incomplete } from '../stats/types.ts';
import { fmtChange, fmtCount, fmtPercent, fmtMargin } from './format.ts';
import { asGateOutcome, checkConclusion, passes, DEFAULT_POLICY, type CheckConclusion } from '../stats/policy.ts';

export { fmtMargin };

export const MARKS: Record<Outcome, string> = {
  regression: '🔴',
  improvement: '🟢',
  neutral: '✅',
  inconclusive: '🟡',
  'no-verdict': '⚪',
  placed: '🧭',
  failed: '❌',
  incomplete: '⚠️',
};

export const LABELS: Record<Outcome, string> = {
  regression: 'Regression',
  improvement: 'Improvement',
  neutral: 'Neutral',
  inconclusive: 'Inconclusive',
  'no-verdict': 'No verdict',
  placed: 'Placement measured',
  failed: 'Run failed',
  incomplete: 'Incomplete',
};

/** Lower-case verdict words for table cells and the terminal. */
export const VERDICT_WORDS: Record<Outcome, string> = {
  regression: 'regression',
  improvement: 'improvement',
  neutral: 'neutral',
  inconclusive: 'inconclusive',
  'no-verdict': 'no verdict',
  placed: 'placement measured',
  failed: 'failed',
  incomplete: 'incomplete',
};

/**
 * Text with code spans: workload labels such as `tg64@d2048` are code, so no medium needs to
 * escape mentions or emphasis inside them (a code span shows its characters as they are).
 */
export type Segment = string | { code: string };
export type Phrase = Segment[];

export const code = (text: string): Segment => ({ code: text });

/** The phrase as plain text (terminal, check title, HTML title attribute). */
export function plain(p: Phrase): string {
  return p.map((s) => (typeof s === 'string' ? s : s.code)).join('');
}

/** Phrases joined with a separator. */
export function joinPhrases(parts: Phrase[], sep: string): Phrase {
  return parts.flatMap((p, i) => (i === 0 ? p : [sep, ...p]));
}


/**
 * An interval level, the same in every medium: whole percentages as such (`90%`), other levels
 * with one decimal (`96.7%`), never rounded to a level the interval does not have.
 */
export function fmtLevel(level: number | null | undefined): string {
  if (typeof level !== 'number' || !Number.isFinite(level)) return '–';
  const pct = level * 100;
  return Math.abs(pct - Math.round(pct)) < 0.05 ? `${Math.round(pct)}%` : `${pct.toFixed(1)}%`;
}

/** An interval on the ratio as changes in percent: `[-9.6%, -4.4%]`. */
export function fmtChangeInterval(ci: readonly [number, number] | null | undefined): string {
  return ci ? `[${fmtChange(ci[0])}, ${fmtChange(ci[1])}]` : '–';
}

/**
 * Why an interval has a level other than the run's (1 − 2α), in words; null when it has the run's.
 * `onlyLook`: it comes from the design's only look, which spent all of α — wider only because the
 * exact test's levels come in steps, not because α was spread over looks.
 */
export function levelNote(level: number, runLevel: number, n: number, minBlocks: number, onlyLook = false): string | null {
  if (Math.abs(level - runLevel) < 1e-9) return null;
  if (level < runLevel) {
    return `${fmtLevel(level)} interval, not ${fmtLevel(runLevel)}: with ${n} block${n === 1 ? '' : 's'} the exact signed-rank interval cannot reach ${fmtLevel(runLevel)} (${minBlocks} blocks needed)`;
  }
  if (onlyLook) {
    return `${fmtLevel(level)} interval, wider than ${fmtLevel(runLevel)}: one look spent all of α, and with ${n} block${n === 1 ? '' : 's'} the exact test's levels come in steps; ${fmtLevel(level)} is the nearest at or above ${fmtLevel(runLevel)}`;
  }
  return `${fmtLevel(level)} interval, wider than ${fmtLevel(runLevel)}: the sequential design spends α over several looks, so each look's interval is wider`;
}

export type { CheckConclusion };

export interface GateWords {
  conclusion: CheckConclusion;
  passes: boolean;
  /** `check passes`, `check fails`, `check passes (on-inconclusive: pass)`. */
  words: string;
}

/**
 * The gate's pass/fail for an outcome (src/stats/policy.ts has the rule); "no verdict" is undecided,
 * like inconclusive. The words say which way, and why when an option decided it.
 */
export function gateOf(outcome: Outcome, onInconclusive: 'pass' | 'fail', onIncomplete: 'pass' | 'fail' = DEFAULT_POLICY.onIncomplete): GateWords {
  const g = asGateOutcome(outcome);
  const policy = { onInconclusive, onIncomplete };
  const conclusion = checkConclusion(g, policy);
  const ok = passes(g, policy);
  const option = g === 'inconclusive' ? ` (on-inconclusive: ${onInconclusive})` : g === 'incomplete' ? ` (on-incomplete: ${onIncomplete})` : g === 'placed' ? ' (emulated guest: gated on placement, not throughput)' : '';
  return { conclusion, passes: ok, words: `check ${ok ? 'passes' : 'fails'}${option}` };
}

/** What the first line needs of a workload. */
export interface HeadlineWorkload {
  id: string;
  outcome: Outcome;
  ratio: number | null;
  ci: [number, number] | null;
  n: number;
  spread: number | null;
  blocksNeeded: number | null;
}

/** What the first line needs of a machine. */
export interface HeadlineMachine {
  outcome: Outcome;
  margin: number;
  failure: string | null;
  workloads: HeadlineWorkload[];
  /** Blocks the engine needs before it can make any call (exact signed-rank at the run's level). */
  minBlocks: number;
  /** The most counted blocks the plan allows. */
  maxBlocks: number;
  /** Counted blocks run, and the declared horizon `more` may extend to (absent: no next step said). */
  blocksRun?: number;
  horizon?: number;
  /** Nodes of the emulated guest the launches ran in (--numa-guest): its throughput never gates. */
  emulatedNodes?: number;
}

/** Blocks a `more` suggests at a time (its --blocks default). */
const MORE_STEP = 20;

/**
 * How far an undecided run can still be extended and the exact next step, on the CLI and on a PR;
 * past the horizon the design has no α left, so the next step is a new experiment.
 */
export function extendPhrase(m: Pick<HeadlineMachine, 'blocksRun' | 'horizon'>): Phrase {
  if (m.horizon === undefined || m.blocksRun === undefined) return [];
  const left = m.horizon - m.blocksRun;
  if (left <= 0) return [`. The declared horizon of ${m.horizon} blocks is reached: a new experiment with a larger `, code('--horizon'), ' can measure more'];
  const step = Math.min(MORE_STEP, left);
  return [`. Up to ${left} more block${left === 1 ? '' : 's'} (horizon ${m.horizon}): `, code(`npx llama-perf-gate more --blocks ${step}`), ', or comment ', code(`/perf more ${step}`), ' on the PR'];
}

const changeWithInterval = (w: HeadlineWorkload): Phrase => [code(w.id), ` ${fmtChange(w.ratio)}${w.ci ? ` ${fmtChangeInterval(w.ci)}` : ''}`];

/**
 * Why an undecided workload is undecided. "Too noisy" only when the spread is the reason: even the
 * plan's largest number of blocks would not decide at the spread measured.
 */
export function undecidedReason(w: HeadlineWorkload, m: Pick<HeadlineMachine, 'minBlocks' | 'maxBlocks'>): { noisy: boolean; phrase: Phrase } {
  if (w.n < m.minBlocks) {
    return { noisy: false, phrase: [code(w.id), ` ${fmtChange(w.ratio)} after ${w.n} block${w.n === 1 ? '' : 's'} (${m.minBlocks} needed for any call)`] };
  }
  if (w.blocksNeeded !== null && w.blocksNeeded > m.maxBlocks) {
    return {
      noisy: true,
      phrase: [code(w.id), ` spread ${fmtPercent(w.spread)} between paired launches: about ${fmtCount(w.blocksNeeded)} blocks needed, this run allows ${m.maxBlocks}`],
    };
  }
  // The engine's count is a planning figure; at or below the blocks already run it says nothing useful.
  const needs = w.blocksNeeded !== null && w.blocksNeeded > w.n ? `, about ${fmtCount(w.blocksNeeded)} needed` : ', more needed';
  return { noisy: false, phrase: [...changeWithInterval(w), ` after ${w.n} blocks${needs}`] };
}

const MAX_NAMED_UNDECIDED = 3;

/** The machine's answer without the gate: what the run concluded, on which workloads. */
export function verdictPhrase(m: HeadlineMachine): Phrase {
  const ws = m.workloads;
  const margin = fmtMargin(m.margin);
  const others = (k: number) => (k > 0 ? `, neutral on the other ${k === 1 ? 'one' : k}` : '');
  switch (m.outcome) {
    case 'neutral':
      return ws.length === 1 ? [`Neutral within ±${margin} on `, code(ws[0].id)] : [`Neutral within ±${margin} on all ${ws.length} workloads`];
    case 'regression':
      return joinPhrases(ws.filter((w) => w.outcome === 'regression').map(changeWithInterval), '; ');
    case 'improvement': {
      const hit = ws.filter((w) => w.outcome === 'improvement');
      return [...joinPhrases(hit.map(changeWithInterval), '; '), others(ws.length - hit.length)];
    }
    case 'placed':
      return [`Emulated ${m.emulatedNodes ?? 'multi'}-node guest: throughput is emulated and not gated; where memory and threads went is the finding, measured for A and B at every depth`];
    case 'inconclusive': {
      if (m.emulatedNodes) return [`Emulated ${m.emulatedNodes}-node guest: throughput is emulated and not gated; where memory and threads went is the finding, and no placement was measured for A and B at every depth (it comes from the depth sweep's samples)`];
      const open = ws.filter((w) => w.outcome === 'inconclusive');
      const reasons = open.map((w) => undecidedReason(w, m));
      const noisy = reasons.length > 0 && reasons.every((r) => r.noisy);
      // A first line is read at a glance: the first few by name, the rest counted (the table has them all).
      const rest = reasons.length - MAX_NAMED_UNDECIDED;
      const named = rest > 1 ? reasons.slice(0, MAX_NAMED_UNDECIDED) : reasons;
      return [noisy ? 'Too noisy to decide: ' : 'Not decided: ', ...joinPhrases(named.map((r) => r.phrase), '; '), rest > 1 ? `; ${rest} more undecided` : '', ...extendPhrase(m)];
    }
    case 'failed':
      return [`Run failed: ${m.failure ?? 'the run could not be judged'}`];
    case 'incomplete':
      return [`Incomplete: ${m.failure ?? 'a machine sent no results'}`];
    case 'no-verdict':
      return ['No verdict computed: the decision engine did not run on these results, the figures are descriptive only'];
  }
}

/** Why an experiment is incomplete: "measured 4 of 11 planned blocks; stopped: interrupted by SIGINT in block 5". */
export function incompleteText(i: Incomplete): string {
  return `measured ${i.measured_blocks} of ${i.planned_blocks} planned blocks; stopped: ${i.stop_reason.trim() || 'no reason recorded'}`;
}

/** "🔴 `tg128` -7.0% [-9.6%, -4.4%] — check fails". */
export function firstLine(outcome: Outcome, verdict: Phrase, gate: GateWords, where: string | null = null): Phrase {
  return [`${MARKS[outcome]} `, ...(where ? [`${where}: `] : []), ...verdict, ` — ${gate.words}`];
}
