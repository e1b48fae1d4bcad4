// Every human-facing rendering of a run: compute once (buildReportModel), then format: report.md /
// PR comment, terminal table, check run output, report.html.
export { STICKY_MARKER, escapeMarkdown, escapeCodeBlock, escapeTerminal, escapeHtml, codeSpan, fenceFor, safeUrl } from './escape.ts';
export { buildReportModel, withProblems, type ReportModel, type MachineModel, type WorkloadModel, type ModelOptions } from './model.ts';
export { renderMarkdown, type MarkdownOptions } from './markdown.ts';
export { renderTerminal } from './terminal.ts';
export { renderHtml, type HtmlOptions } from './html/page.ts';
export { renderCheckOutput, type CheckOutput, type CheckOptions, type CheckConclusion } from './check.ts';
export { mergeFleet, OVERALL_RULE, type Fleet, type FleetProblem } from './fleet.ts';
export { summarizeMachine, failureOf, type MachineSummary, type WorkloadSummary, type Outcome } from './summary.ts';
export { forestPlot } from './chart.ts';
export { COMMENT_MAX_CHARS, CHECK_MAX_CHARS, JOB_SUMMARY_MAX_CHARS, CHECK_TITLE_MAX_CHARS, ANNOTATIONS_PER_REQUEST, fitToLimit } from './limits.ts';
export { MARKS, LABELS, plain } from './vocabulary.ts';
