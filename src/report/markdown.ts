// report.md, the sticky PR comment and the job summary: one Markdown body rendered from
// templates/report.md.hbs (or a user's template), fitted under GitHub's comment limit.
import type { ReportModel } from './model.ts';
import { reportView, type ReportView } from './view.ts';
import { templateFor, type TemplateName } from './templates.ts';
import { LADDER, truncationNote } from './truncate.ts';
import { hardCut, COMMENT_MAX_CHARS } from './limits.ts';
import { STICKY_MARKER } from './escape.ts';

export { COMMENT_MAX_CHARS };

export interface MarkdownOptions {
  /** A Handlebars file to use instead of templates/report.md.hbs (same view model). */
  templatePath?: string;
  /** Where the full report lives (run page, artifact); linked from truncated bodies. http(s) only. */
  fullReportUrl?: string;
  maxChars?: number;
  /** Where report.html can be downloaded; linked from the body. http(s) only. */
  htmlReportUrl?: string;
  /** PR title or another caption for the heading; escaped. */
  title?: string;
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

export function renderMarkdown(model: ReportModel, opts: MarkdownOptions = {}): string {
  const view = reportView(model, { title: opts.title, fullReportUrl: opts.fullReportUrl, htmlReportUrl: opts.htmlReportUrl, marker: true });
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
