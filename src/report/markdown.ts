// report.md, the sticky PR comment and the job summary: one Markdown body rendered from
// templates/report.md.hbs (or a user's template) over the model, fitted under GitHub's comment limit.
import type { ReportModel } from './model.ts';
import { templateContext, type TemplateContext } from './md-context.ts';
import { templateFor, type TemplateName } from './templates.ts';
import { renderFitted } from './limits.ts';
import { COMMENT_MAX_CHARS } from './limits.ts';
import { STICKY_MARKER } from './escape.ts';

export { COMMENT_MAX_CHARS };

export interface MarkdownOptions {
  /** A Handlebars file to use instead of templates/report.md.hbs (same context and helpers). */
  templatePath?: string;
  /** Where the full report lives (run page, artifact); linked from truncated bodies. http(s) only. */
  fullReportUrl?: string;
  maxChars?: number;
  /** Where report.html can be downloaded; linked from the body. http(s) only. */
  htmlReportUrl?: string;
  /** PR title or another caption for the heading; escaped. */
  title?: string;
}

export function renderMarkdown(model: ReportModel, opts: MarkdownOptions = {}): string {
  const context = templateContext(model, { title: opts.title, fullReportUrl: opts.fullReportUrl, htmlReportUrl: opts.htmlReportUrl, marker: true });
  const tpl = templateFor('main', opts.templatePath);
  // The marker must open the body exactly once, whatever the template does.
  const render = (c: TemplateContext) => {
    const body = tpl(c).trimStart();
    return body.startsWith(STICKY_MARKER) ? body : `${STICKY_MARKER}\n${body}`;
  };
  return renderFitted(render, context, opts.maxChars ?? COMMENT_MAX_CHARS, STICKY_MARKER);
}

/** Render one of the project's templates (check summary and text) under a limit. */
export function renderProjectTemplate(name: TemplateName, context: TemplateContext, limit: number): string {
  const tpl = templateFor(name);
  return renderFitted((c) => tpl(c).trim() + '\n', context, limit);
}
