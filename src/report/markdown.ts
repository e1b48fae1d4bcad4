// report.md, the sticky PR comment and the job summary: one Markdown body rendered from
// templates/report.md.hbs (or a user's template), fitted under GitHub's comment limit.
import type { Results } from '../store/results.ts';
import { mergeFleet, type FleetProblem } from './fleet.ts';
import { reportView, type ReportView } from './view.ts';
import { templateFor, type TemplateName } from './templates.ts';
import { LADDER, truncationNote, hardCut } from './truncate.ts';
import { STICKY_MARKER } from './escape.ts';

/** GitHub's limit for a comment body. */
export const COMMENT_MAX_CHARS = 65_536;

export interface MarkdownOptions {
  /** A Handlebars file to use instead of templates/report.md.hbs (same view model). */
  templatePath?: string;
  /** Where the full report lives (run page, artifact); linked from truncated bodies. http(s) only. */
  fullReportUrl?: string;
  maxChars?: number;
  /** PR title or another caption for the heading; escaped. */
  title?: string;
  /** Machine labels for a fleet, in the order of `results`; default host names. */
  labels?: string[];
  /** Fleet-wide problems (a machine missing, mixed commits), from pipeline/fleet.ts. */
  problems?: FleetProblem[];
}

/** Render with sections dropped step by step until the body fits `limit`. */
export function renderFitted(render: (view: ReportView) => string, view: ReportView, limit: number, keepPrefix = ''): string {
  let out = '';
  let note = '';
  const base = view.show; // sections the caller never wants stay off on every step
  for (const step of LADDER) {
    note = truncationNote(limit, step.dropped, view.fullReport);
    view.show = {
      table: base.table && step.show.table,
      chart: base.chart && step.show.chart,
      details: base.details && step.show.details,
      tails: base.tails && step.show.tails,
      rawSamples: base.rawSamples && step.show.rawSamples,
    };
    view.truncation = step.dropped.length ? note : null;
    out = render(view);
    if (out.length <= limit) return out;
  }
  return hardCut(out, limit, note, keepPrefix);
}

function asArray(results: Results | Results[]): Results[] {
  return Array.isArray(results) ? results : [results];
}

export function renderMarkdown(results: Results | Results[], opts: MarkdownOptions = {}): string {
  const fleet = mergeFleet(asArray(results), opts.labels, opts.problems);
  const view = reportView(fleet, { title: opts.title, fullReportUrl: opts.fullReportUrl, marker: true });
  const tpl = templateFor('main', opts.templatePath);
  // The marker must open the body exactly once, whatever the template does.
  const render = (v: ReportView) => {
    const body = tpl(v).trimStart();
    return body.startsWith(STICKY_MARKER) ? body : `${STICKY_MARKER}\n${body}`;
  };
  return renderFitted(render, view, opts.maxChars ?? COMMENT_MAX_CHARS, STICKY_MARKER);
}

/** Render one of the project's templates (check summary and text) under a limit. */
export function renderProjectTemplate(name: TemplateName, view: ReportView, limit: number): string {
  const tpl = templateFor(name);
  return renderFitted((v) => tpl(v).trim() + '\n', view, limit);
}
