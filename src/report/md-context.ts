// What the Markdown templates receive: the ReportModel itself (raw strings and numbers, nothing
// pre-formatted) plus the few things only rendering knows: the sticky marker, the heading, links,
// which sections to show and the truncation note. Strings are escaped in the templates, by the
// helpers of md-helpers.ts, for where each one is put.
import type { ReportModel } from './model.ts';
import { escapeMarkdown as md, safeUrl, STICKY_MARKER } from './escape.ts';

/** What the template may show; the truncation ladder (limits.ts) turns these off one by one. */
export interface ShowFlags {
  table: boolean;
  chart: boolean;
  details: boolean;
  tails: boolean;
  rawSamples: boolean;
}

export const SHOW_ALL: ShowFlags = { table: true, chart: true, details: true, tails: true, rawSamples: true };

export interface TemplateContext extends ReportModel {
  /** The sticky marker (comments) or '' (check runs). */
  marker: string;
  /** `llama-perf-gate: <title>`, escaped. */
  heading: string;
  show: ShowFlags;
  /** Why sections are missing, Markdown; null when nothing was left out. */
  truncation: string | null;
  /** A Markdown pointer to the full results. */
  fullReport: string;
  /** Markdown link to report.html, when the caller knows where it is. */
  htmlReport: string | null;
}

export interface ContextOptions {
  /** PR title or any caption; escaped. */
  title?: string;
  fullReportUrl?: string;
  /** Where report.html can be downloaded (the run's artifacts); http(s) only. */
  htmlReportUrl?: string;
  /** Whether the body starts with the sticky marker (comments yes, check runs no). */
  marker?: boolean;
}

/** A Markdown pointer to the full results, for truncated bodies and check runs. */
export function fullReportPointer(url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[full report and results.json](${safe})` : '`results.json` and `report.html` in the run\'s artifacts';
}

export function templateContext(model: ReportModel, opts: ContextOptions = {}): TemplateContext {
  const html = safeUrl(opts.htmlReportUrl);
  return {
    ...model,
    marker: opts.marker === false ? '' : STICKY_MARKER,
    heading: opts.title ? `llama-perf-gate: ${md(opts.title)}` : 'llama-perf-gate: A/B performance',
    show: { ...SHOW_ALL },
    truncation: null,
    fullReport: fullReportPointer(opts.fullReportUrl),
    htmlReport: html ? `[report.html in the run's artifacts](${html})` : null,
  };
}
