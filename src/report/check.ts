// The check run's output: conclusion (what gates the merge), a one-line title, a summary (headline,
// table, chart) and a text (the collapsible details), each under GitHub's 65,535-character limit.
import type { Results } from '../store/results.ts';
import { mergeFleet, type Fleet, type FleetProblem } from './fleet.ts';
import { reportView } from './view.ts';
import type { Outcome } from './summary.ts';
import { renderProjectTemplate } from './markdown.ts';
import { escapeTerminal } from './escape.ts';
import { fmtRatio, fmtPercent } from './format.ts';

export const CHECK_MAX_CHARS = 65_535;
const TITLE_MAX = 120;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckOptions {
  /** What an inconclusive (or not computed) verdict does to the check: `neutral` (passes) or `failure`. */
  onInconclusive: 'pass' | 'fail';
  fullReportUrl?: string;
  title?: string;
  labels?: string[];
  problems?: FleetProblem[];
}

export interface CheckOutput {
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text: string;
}

/** Regression or a failed run blocks; neutral and improvement pass; undecided follows the option. */
export function conclusionFor(outcome: Outcome, onInconclusive: 'pass' | 'fail'): CheckConclusion {
  switch (outcome) {
    case 'regression':
    case 'failed':
    case 'incomplete':
      return 'failure';
    case 'neutral':
    case 'improvement':
      return 'success';
    case 'inconclusive':
    case 'no-verdict':
      return onInconclusive === 'fail' ? 'failure' : 'neutral';
  }
}

function titleFor(fleet: Fleet): string {
  const ms = fleet.machines;
  const fleetWide = ms.length > 1;
  const where = (o: Outcome) => ms.filter((m) => m.outcome === o).map((m) => m.label).join(', ');
  const ws = (o: Outcome) => ms.flatMap((m) => m.workloads.filter((w) => w.verdict === o));
  let t: string;
  switch (fleet.overall) {
    case 'regression': {
      const hit = ws('regression').map((w) => `${w.id} ${fmtRatio(w.ratio)}`).join(', ');
      t = `Regression: B/A ${hit}${fleetWide ? ` on ${where('regression')}` : ''}`;
      break;
    }
    case 'failed': {
      const m = ms.find((x) => x.outcome === 'failed');
      const p = fleet.problems.find((x) => x.outcome === 'failed');
      t = m ? `Run failed${fleetWide ? ` on ${m.label}` : ''}: ${m.failure ?? 'unknown reason'}` : `Failed: ${p?.text ?? 'unknown reason'}`;
      break;
    }
    case 'incomplete':
      t = `Incomplete: ${fleet.problems.find((p) => p.outcome === 'incomplete')?.text ?? 'a machine sent no results'}`;
      break;
    case 'no-verdict':
      t = `No verdict computed${fleetWide ? ` on ${where('no-verdict')}` : ''}: descriptive figures only`;
      break;
    case 'inconclusive':
      t = `Inconclusive: too noisy to decide ${ws('inconclusive').map((w) => w.id).join(', ')}`;
      break;
    case 'improvement':
      t = `Improvement: B/A ${ws('improvement').map((w) => `${w.id} ${fmtRatio(w.ratio)}`).join(', ')}`;
      break;
    case 'neutral': {
      const margin = ms[0]?.margin;
      t = `Neutral: every workload within ±${fmtPercent(margin)}${fleetWide ? ` on ${ms.length} machines` : ''}`;
      break;
    }
  }
  const plain = escapeTerminal(t);
  return [...plain].length <= TITLE_MAX ? plain : [...plain].slice(0, TITLE_MAX - 1).join('') + '…';
}

export function renderCheckOutput(results: Results | Results[], opts: CheckOptions): CheckOutput {
  const fleet = mergeFleet(Array.isArray(results) ? results : [results], opts.labels, opts.problems);
  const view = () => reportView(fleet, { title: opts.title, fullReportUrl: opts.fullReportUrl, marker: false });
  return {
    conclusion: conclusionFor(fleet.overall, opts.onInconclusive),
    title: titleFor(fleet),
    summary: renderProjectTemplate('checkSummary', { ...view(), show: { table: true, chart: true, details: false, tails: false, rawSamples: false } }, CHECK_MAX_CHARS),
    text: renderProjectTemplate('checkText', view(), CHECK_MAX_CHARS),
  };
}
