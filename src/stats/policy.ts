// The gate's policy, in one place so the CLI, the report, the check run and the Action agree: how
// workload verdicts become a run's outcome, the order of outcomes and how several (a fleet's machines)
// combine into one, whether an outcome passes (on-inconclusive, on-incomplete), the process exit code
// and the check run's conclusion. Numbers and codes only; the words are the report's (vocabulary.ts).
import type { Analysis, DesignState, Verdict } from './types.ts';

/**
 * The run's stop rule at a look (issue 19: stop the run, not the workload): `decided` when every
 * point is decided; `regression` when this look called a regression — the gate fails whatever the
 * points still open would show, so more blocks cannot change the outcome (`more` can still measure
 * them); else null, run on. Only a regression is final: improvement and neutral need every point.
 */
export function stopsAt(pending: readonly string[], look: DesignState['looks'][number] | undefined, injected = false): 'decided' | 'regression' | null {
  if (pending.length === 0) return 'decided';
  // A run with an injected slowdown measures the runner (qualify's A/A+k): a called regression is
  // the expected answer, so every point goes on to its own call.
  if (injected) return null;
  return look?.decided.some((d) => d.verdict === 'regression') ? 'regression' : null;
}

/**
 * What a run (or a fleet) concluded. `failed`: a variant could not be judged (a build failed, or a
 * workload has no successful counted launch of A or B). `incomplete`: evidence is missing that the
 * plan called for — the experiment stopped before its planned blocks with workloads undecided
 * (runOutcome), or a fleet machine that was expected sent no valid results. `placed`: a run in an
 * emulated guest (--numa-guest) that measured where both variants' memory and threads went at every
 * depth — the question such a run asks; its throughput is never decided, so on-inconclusive (about
 * undecided throughput) has nothing to say about it.
 */
export type GateOutcome = 'neutral' | 'improvement' | 'regression' | 'inconclusive' | 'failed' | 'incomplete' | 'placed';

/** A machine's or a fleet's outcome as reported: `no-verdict` when the decision engine did not run there. */
export type Outcome = GateOutcome | 'no-verdict';

/**
 * Most serious first: the first outcome present among the parts is the whole's. Regression is not
 * adjusted across machines: each machine is its own hardware question.
 */
export const OUTCOME_ORDER: readonly Outcome[] = ['regression', 'failed', 'incomplete', 'no-verdict', 'inconclusive', 'placed', 'improvement', 'neutral'];

/** Workload verdicts → the run's verdict. No workloads decides nothing: inconclusive. */
export function gate(ws: readonly { verdict: Verdict }[]): Verdict {
  if (ws.length === 0) return 'inconclusive';
  if (ws.some((w) => w.verdict === 'regression')) return 'regression';
  if (ws.some((w) => w.verdict === 'failed')) return 'failed';
  if (ws.every((w) => w.verdict === 'neutral')) return 'neutral';
  if (ws.every((w) => w.verdict === 'neutral' || w.verdict === 'improvement')) return 'improvement';
  return 'inconclusive';
}

/**
 * A decided run's outcome: the gate over its workloads, except that a run which stopped before its
 * planned blocks with workloads still undecided (analysis.incomplete, from decide.ts) is `incomplete`,
 * not `inconclusive`: it did not fail to decide, it stopped. A regression or a failure found before
 * it stopped stays what it is (more serious). An emulated guest's run that ran its plan is `placed`
 * when it has placement samples of both variants at every depth; without them (no depth sweep, a
 * wrapper that sampled nothing) it found nothing and stays `inconclusive`.
 */
export function runOutcome(a: Pick<Analysis, 'verdict' | 'incomplete' | 'emulated' | 'placement'>): GateOutcome {
  if (a.verdict !== 'inconclusive') return a.verdict;
  if (a.incomplete) return 'incomplete';
  return a.emulated && placementComplete(a.placement) ? 'placed' : 'inconclusive';
}

/** Every depth has placement samples of both variants. */
export function placementComplete(p: Analysis['placement']): boolean {
  return !!p && p.rows.length > 0 && p.rows.every((r) => r.n > 0 && r.evenness !== null);
}

/** Several outcomes (machines of a fleet, fleet problems) → one: the most serious. Nothing at all has no verdict. */
export function combineOutcomes(outcomes: readonly Outcome[]): Outcome {
  for (const o of OUTCOME_ORDER) if (outcomes.includes(o)) return o;
  return 'no-verdict';
}

export interface GatePolicy {
  /** An inconclusive outcome passes (`pass`, the default) or fails the gate. */
  onInconclusive: 'pass' | 'fail';
  /** An incomplete outcome (a run cut short, a fleet missing a machine) fails the gate (`fail`, the default) or passes it. */
  onIncomplete: 'pass' | 'fail';
}

export const DEFAULT_POLICY: GatePolicy = { onInconclusive: 'pass', onIncomplete: 'fail' };

/** A report's outcome as the gate sees it: results with no verdict at all (nothing measured) are a failure, never a pass. */
export function asGateOutcome(o: Outcome): GateOutcome {
  return o === 'no-verdict' ? 'failed' : o;
}

/** Whether the outcome lets the change through. A regression or a failure never does. */
export function passes(outcome: GateOutcome, policy: GatePolicy = DEFAULT_POLICY): boolean {
  switch (outcome) {
    case 'neutral':
    case 'improvement':
    case 'placed':
      return true;
    case 'inconclusive':
      return policy.onInconclusive === 'pass';
    case 'incomplete':
      return policy.onIncomplete === 'pass';
    case 'regression':
    case 'failed':
      return false;
  }
}

/**
 * Exit codes, documented once (README "Exit codes"):
 *   0   pass: neutral, improvement, placed (an emulated guest's run), inconclusive or incomplete when allowed
 *   1   gate failure: regression, failed, incomplete, inconclusive when not allowed
 *   2   bad input: a flag, input, plan or file the user gave (one line naming it, with an example)
 *   3   environment error: disk full, permissions, a missing tool
 *   129 / 130 / 143  interrupted by SIGHUP / SIGINT / SIGTERM (128 + the signal's number)
 */
export const EXIT = {
  pass: 0,
  gateFailure: 1,
  badInput: 2,
  environment: 3,
} as const;

const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** 128 + the signal's number, as shells report a process killed by it. */
export function signalExitCode(signal: 'SIGHUP' | 'SIGINT' | 'SIGTERM'): number {
  return 128 + SIGNAL_NUMBERS[signal];
}

/** The process exit code for an outcome: 0 when it passes, 1 when the gate fails. */
export function exitCodeFor(outcome: GateOutcome, policy: GatePolicy = DEFAULT_POLICY): number {
  return passes(outcome, policy) ? EXIT.pass : EXIT.gateFailure;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** The check run conclusion: success when decided and passing, neutral when passing undecided, else failure. */
export function checkConclusion(outcome: GateOutcome, policy: GatePolicy = DEFAULT_POLICY): CheckConclusion {
  if (!passes(outcome, policy)) return 'failure';
  return outcome === 'neutral' || outcome === 'improvement' ? 'success' : 'neutral';
}

/**
 * A bisection's own check (never the gate's): culprits named → success; no regression between the
 * ends, nothing to bisect → neutral; stopped short (a budget, an undecided step, a build) or failed → failure.
 */
export function bisectConclusion(outcome: 'culprits' | 'not-a-regression' | 'incomplete' | 'failed'): CheckConclusion {
  return outcome === 'culprits' ? 'success' : outcome === 'not-a-regression' ? 'neutral' : 'failure';
}
