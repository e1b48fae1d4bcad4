// Fitting a rendered body under a size limit (limits.ts): the template is re-rendered with sections
// switched off, least useful first; only when that is not enough (a user's template that ignores the
// flags, a huge fleet) is the text cut (hardCut).
import { SHOW_ALL, type ShowFlags, type TemplateContext } from './md-context.ts';
import { hardCut } from './limits.ts';

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
