// What the runner has been shown to do (its newest qualification, chosen by the pipeline) and what
// this run could detect (its minimum detectable effect, stats/mde.ts), in the words every report
// uses. Plain text: the renderers escape it for their medium.
import type { RunnerShown } from '../store/qualification.ts';
import { fmtInterval, fmtPercent, fmtRatio } from './format.ts';

type QualifiedWorkload = RunnerShown['workloads'][number];

const NEVER = 'This runner has never been qualified: run `llama-perf-gate qualify` (A/A′ of two builds and an injected 3% slowdown) to learn how often it cries wolf and how small a slowdown it catches.';

const ago = (days: number) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`);

function verdictWords(v: string): string {
  return v === 'regression' ? 'a regression' : v === 'improvement' ? 'an improvement' : v;
}

function workloadClause(w: QualifiedWorkload, k: number, many: boolean): string {
  const size = fmtPercent(1 - 1 / (1 + k));
  const aa = `A/A′ ${w.aaPrime.verdict} ${fmtRatio(w.aaPrime.ratio)} ${fmtInterval(w.aaPrime.ci)}${w.aaPrime.verdict === 'regression' || w.aaPrime.verdict === 'improvement' ? ' (a false alarm)' : ''}`;
  const i = w.injected;
  const inj = i.called
    ? `an injected ${size} slowdown was called a regression at ${i.look ?? i.n} blocks (measured ${fmtRatio(i.ratio)} ${fmtInterval(i.ci)}${i.covers ? '' : `, not covering the true ${fmtRatio(i.expected)}`})`
    : `an injected ${size} slowdown was not called: ${verdictWords(i.verdict)} at ${i.n} blocks (measured ${fmtRatio(i.ratio)} ${fmtInterval(i.ci)}, truth ${fmtRatio(i.expected)})`;
  return `${many ? `${w.workload}: ` : ''}${aa}; ${inj}`;
}

/** The runner line: undefined → nothing to say (results read from a file); null → never qualified. */
export function runnerPhrase(r: RunnerShown | null | undefined): string | null {
  if (r === undefined) return null;
  if (r === null) return NEVER;
  const head = r.status === 'qualified' ? `Runner qualified ${ago(r.ageDays)}` : `Runner qualification ${ago(r.ageDays)} fell short`;
  const many = r.workloads.length > 1;
  const body = r.workloads.map((w) => workloadClause(w, r.k, many)).join('; ');
  const later = r.laterFailure ? ` The newest attempt (${r.laterFailure.at.slice(0, 10)}) failed: ${r.laterFailure.reason}.` : '';
  return `${head}: ${body}.${later}`;
}

/** "This run could detect changes of 3.4% (tg128), 1.2% (pp512) or more (80% power at α = 0.05)"; null without a spread. */
export function detectablePhrase(ws: { id: string; mde: number | null; spread: number | null; n: number }[], alpha: number, power: number): string | null {
  const known = ws.filter((w) => w.spread !== null);
  if (known.length === 0) return null;
  const can = known.filter((w) => w.mde !== null);
  const cannot = known.filter((w) => w.mde === null);
  const parts = can.map((w) => `${fmtPercent(w.mde)}${known.length > 1 ? ` (${w.id})` : ''}`);
  const how = `${fmtPercent(power, 0)} power at α = ${alpha}, at the blocks measured and the spread observed`;
  const yes = can.length > 0 ? `This run could detect changes of ${parts.join(', ')} or more (${how}; smaller changes it could not tell from noise).` : '';
  const no = cannot.length > 0 ? `${yes ? ' ' : ''}At the blocks measured this run could not detect any change of ${cannot.map((w) => `${w.id} (${w.n} blocks)`).join(', ')}${can.length ? '' : ` (${how})`}.` : '';
  return yes + no;
}

/** The clause an inconclusive workload reads against. */
export function undecidedAgainstMde(mde: number | null, n: number): string {
  return mde === null ? `at ${n} blocks this run could not detect any change` : `this run could detect changes of ${fmtPercent(mde)} or more (80% power)`;
}
