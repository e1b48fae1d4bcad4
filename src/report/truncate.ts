// Fitting a rendered body under a size limit (limits.ts): the template is re-rendered with sections
// switched off, least useful first; only when that is not enough (a user's template that ignores the
// flags, a huge fleet) is the text cut (hardCut).
import type { ShowFlags } from './view.ts';
import { SHOW_ALL } from './view.ts';

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
