// GitHub's size limits, written once, and how a body is fitted under them: the report re-renders its
// template with sections switched off, least useful first (renderFitted); only when that is not
// enough (a user's template that ignores the flags, a huge fleet) is the text cut (hardCut) at a line
// end, with open code fences and <details> closed so no tag or block is left broken. github/ cuts
// whatever still arrives too long (fitToLimit).
import { SHOW_ALL, type ShowFlags, type TemplateContext } from './md-context.ts';

/** A comment body (the sticky PR comment). */
export const COMMENT_MAX_CHARS = 65_536;
/** A check run's output summary and text, each. */
export const CHECK_MAX_CHARS = 65_535;
/** The job summary file takes 1 MiB per step; kept a little under. */
export const JOB_SUMMARY_MAX_CHARS = 1_000_000;
/** A check run's output title. */
export const CHECK_TITLE_MAX_CHARS = 1000;
/** Annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

// Any indentation: fences inside list items are indented.
const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;

/** Fences and <details> still open at the end of `text`, as the lines that close them. */
function closers(text: string): string[] {
  let fence: string | null = null;
  let details = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trimStart();
    const m = FENCE.exec(raw);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === '') fence = null;
      continue;
    }
    if (m) {
      fence = m[1];
      continue;
    }
    details += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
  }
  const out: string[] = [];
  if (fence) out.push(fence);
  for (let i = 0; i < details; i++) out.push('</details>');
  return out;
}

/** Cut `body` to at most `limit` characters, at a line end, closing what was left open, ending with `note`. */
export function hardCut(body: string, limit: number, note: string, keepPrefix = ''): string {
  if (body.length <= limit) return body;
  const tail = `\n\n---\n\n${note}\n`;
  let budget = limit - tail.length;
  while (budget > keepPrefix.length) {
    let cut = body.slice(0, budget);
    const nl = cut.lastIndexOf('\n');
    cut = nl > keepPrefix.length ? cut.slice(0, nl) : keepPrefix;
    const close = closers(cut);
    const out = cut + (close.length ? '\n' + close.join('\n') : '') + tail;
    if (out.length <= limit) return out;
    budget -= out.length - limit;
  }
  // Nothing but the prefix fits: keep it and as much of the note as possible.
  return (keepPrefix + '\n' + note).slice(0, limit);
}

/**
 * The last guard before GitHub: text under `limit` is untouched; longer text (a user's template
 * that ignores the report's own fitting) is cut by hardCut with a note saying where the rest is.
 */
export function fitToLimit(text: string, limit: number, fullReport: string | null, keepPrefix = ''): string {
  if (text.length <= limit) return text;
  const note = `**Truncated**: this text exceeded GitHub's ${limit.toLocaleString('en-US')}-character limit.` +
    (fullReport ? ` The full report: ${fullReport}` : ' The full report is in results.json and the job summary.');
  return hardCut(text, limit, note, keepPrefix);
}

export interface LadderStep {
  show: ShowFlags;
  dropped: string[];
}

export const LADDER: LadderStep[] = [
  { show: SHOW_ALL, dropped: [] },
  { show: { ...SHOW_ALL, rawSamples: false }, dropped: ['raw samples'] },
  { show: { ...SHOW_ALL, rawSamples: false, tails: false }, dropped: ['raw samples', 'build log and stderr tails'] },
  { show: { ...SHOW_ALL, details: false, rawSamples: false, tails: false }, dropped: ['raw samples', 'the collapsible details (host, builds, levers, failed launches, memory)'] },
  { show: { table: true, chart: false, details: false, rawSamples: false, tails: false }, dropped: ['raw samples', 'the collapsible details', 'the chart'] },
  { show: { table: false, chart: false, details: false, rawSamples: false, tails: false }, dropped: ['raw samples', 'the collapsible details', 'the chart', 'the workload tables'] },
];

export function truncationNote(limit: number, dropped: string[], pointer: string): string {
  const what = dropped.length ? `left out ${dropped.join(', ')}` : 'cut at the end';
  return `✂️ Shortened to fit the ${limit.toLocaleString('en-US')}-character limit: ${what}. Everything is in ${pointer}.`;
}

/** Render with sections dropped step by step until the body fits `limit`. */
export function renderFitted(render: (context: TemplateContext) => string, context: TemplateContext, limit: number, keepPrefix = ''): string {
  let out = '';
  let note = '';
  const base = context.show; // sections the caller never wants stay off on every step
  for (const step of LADDER) {
    note = truncationNote(limit, step.dropped, context.fullReport);
    context.show = {
      table: base.table && step.show.table,
      chart: base.chart && step.show.chart,
      details: base.details && step.show.details,
      tails: base.tails && step.show.tails,
      rawSamples: base.rawSamples && step.show.rawSamples,
    };
    context.truncation = step.dropped.length ? note : null;
    out = render(context);
    if (out.length <= limit) return out;
  }
  return hardCut(out, limit, note, keepPrefix);
}
