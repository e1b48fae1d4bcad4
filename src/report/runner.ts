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

/** A one-sided level as the reports write it: 0.05, 0.0026, 3.2e-4. */
function fmtLevel(x: number): string {
  return x >= 0.001 ? String(Number(x.toPrecision(2))) : x.toExponential(1);
}

/** One workload's MDE figures (stats/mde.ts detectable). */
type DetectableRow = { id: string; mde: number | null; atAlpha: number | null; level: number; m: number; look: { blocks: number; horizon: number } | null; spread: number | null; n: number };

/** What α became in the run's test: "Holm over 3 workloads, the look at 10 of 30 blocks: one-sided 0.0087". */
function levelClause(can: DetectableRow[], alpha: number): string | null {
  const levels = can.map((w) => w.level);
  const lo = Math.min(...levels), hi = Math.max(...levels);
  if (lo === alpha && hi === alpha) return null;
  const ms = [...new Set(can.map((w) => w.m))];
  const looks = [...new Set(can.map((w) => (w.look ? `${w.look.blocks} of ${w.look.horizon}` : null)).filter((x) => x !== null))];
  const holm = ms.length === 1 && ms[0] === 1 ? null : `Holm over ${ms.join(' or ')} workloads`;
  const at = looks.length === 0 ? null : `the look${looks.length > 1 ? 's' : ''} at ${looks.join(', ')} blocks`;
  const level = lo === hi ? fmtLevel(lo) : `${fmtLevel(lo)} to ${fmtLevel(hi)}`;
  return `${[holm, at].filter((x) => x !== null).join(', ')}: one-sided ${level}`;
}

/**
 * "This run could detect changes of 2.9% (tg128), 2.2% (pp512) or more (80% power at the level its
 * test had, α = 0.05 with Holm over 10 workloads, the look at 10 of 30 blocks: one-sided 0.0026; one
 * test at α alone: 1.7%, 1.3%; …)"; null without a spread.
 */
export function detectablePhrase(ws: DetectableRow[], alpha: number, power: number): string | null {
  const known = ws.filter((w) => w.spread !== null);
  if (known.length === 0) return null;
  const can = known.filter((w) => w.mde !== null);
  const cannot = known.filter((w) => w.mde === null);
  const parts = can.map((w) => `${fmtPercent(w.mde)}${known.length > 1 ? ` (${w.id})` : ''}`);
  const level = levelClause(can, alpha);
  const alone = level === null ? '' : `; one test at α alone: ${can.map((w) => (w.atAlpha === null ? '–' : fmtPercent(w.atAlpha))).join(', ')}`;
  const how = `${fmtPercent(power, 0)} power at ${level === null ? `α = ${alpha}` : `the level its test had, α = ${alpha} with ${level}`}, at the blocks measured and the spread observed${alone}`;
  const noHow = `${fmtPercent(power, 0)} power at the level its test had, at the blocks measured and the spread observed`;
  const yes = can.length > 0 ? `This run could detect changes of ${parts.join(', ')} or more (${how}; smaller changes it could not tell from noise).` : '';
  const no = cannot.length > 0 ? `${yes ? ' ' : ''}At the blocks measured this run could not detect any change of ${cannot.map((w) => `${w.id} (${w.n} blocks)`).join(', ')}${can.length ? '' : ` (${noHow})`}.` : '';
  return yes + no;
}

/** The clause an inconclusive workload reads against. */
export function undecidedAgainstMde(mde: number | null, n: number): string {
  return mde === null ? `at ${n} blocks this run could not detect any change` : `this run could detect changes of ${fmtPercent(mde)} or more (80% power)`;
}
