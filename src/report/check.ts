// The check run's output: conclusion (what gates the merge), a one-line title, a summary (headline,
// table, chart) and a text (the collapsible details), each under GitHub's limit (limits.ts).
import type { ReportModel } from './model.ts';
import { templateContext } from './md-context.ts';
import type { Outcome } from './summary.ts';
import { renderProjectTemplate } from './markdown.ts';
import { escapeTerminal } from './escape.ts';
import { CHECK_MAX_CHARS } from './limits.ts';
import { fmtRatio } from './format.ts';
import { fmtMargin, plain, type CheckConclusion } from './vocabulary.ts';

export { CHECK_MAX_CHARS };
const TITLE_MAX = 120;

export type { CheckConclusion };

export interface CheckOptions {
  fullReportUrl?: string;
  htmlReportUrl?: string;
  title?: string;
}

export interface CheckOutput {
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text: string;
}

function titleFor(model: ReportModel): string {
  const ms = model.machines;
  const fleetWide = ms.length > 1;
  const where = (o: Outcome) => ms.filter((m) => m.outcome === o).map((m) => m.label).join(', ');
  const ws = (o: Outcome) => ms.flatMap((m) => m.workloads.filter((w) => w.outcome === o));
  let t: string;
  switch (model.overall) {
    case 'regression': {
      const hit = ws('regression').map((w) => `${w.id} ${fmtRatio(w.ratio)}`).join(', ');
      t = `Regression: B/A ${hit}${fleetWide ? ` on ${where('regression')}` : ''}`;
      break;
    }
    case 'failed': {
      const m = ms.find((x) => x.outcome === 'failed');
      const p = model.problems.find((x) => x.outcome === 'failed');
      t = m ? `Run failed${fleetWide ? ` on ${m.label}` : ''}: ${m.failure ?? 'unknown reason'}` : `Failed: ${p?.text ?? 'unknown reason'}`;
      break;
    }
    case 'incomplete': {
      const m = ms.find((x) => x.outcome === 'incomplete');
      t = m ? `Incomplete${fleetWide ? ` on ${m.label}` : ''}: ${m.failure ?? 'stopped early'}` : `Incomplete: ${model.problems.find((p) => p.outcome === 'incomplete')?.text ?? 'a machine sent no results'}`;
      break;
    }
    case 'no-verdict':
      t = `No verdict computed${fleetWide ? ` on ${where('no-verdict')}` : ''}: descriptive figures only`;
      break;
    case 'placed':
    case 'inconclusive': {
      const o = model.overall;
      const m = ms.find((x) => x.outcome === o);
      t = m ? plain(m.verdict) : `Inconclusive: ${ws('inconclusive').map((w) => w.id).join(', ')}`;
      break;
    }
    case 'improvement':
      t = `Improvement: B/A ${ws('improvement').map((w) => `${w.id} ${fmtRatio(w.ratio)}`).join(', ')}`;
      break;
    case 'neutral': {
      const margin = ms[0]?.margin;
      t = `Neutral: every workload within ±${fmtMargin(margin)}${fleetWide ? ` on ${ms.length} machines` : ''}`;
      break;
    }
  }
  const text = escapeTerminal(t);
  return [...text].length <= TITLE_MAX ? text : [...text].slice(0, TITLE_MAX - 1).join('') + '…';
}

/** The check run from the same model as the comment: one merge, one set of numbers. */
export function renderCheckOutput(model: ReportModel, opts: CheckOptions = {}): CheckOutput {
  const context = templateContext(model, { title: opts.title, fullReportUrl: opts.fullReportUrl, htmlReportUrl: opts.htmlReportUrl, marker: false });
  return {
    conclusion: model.gate.conclusion,
    title: titleFor(model),
    // Shallow copies: fitting a body under the limit switches sections off on its own copy.
    summary: renderProjectTemplate('checkSummary', { ...context, show: { table: true, chart: true, details: false, tails: false, rawSamples: false } }, CHECK_MAX_CHARS),
    text: renderProjectTemplate('checkText', { ...context }, CHECK_MAX_CHARS),
  };
}
