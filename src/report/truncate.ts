// Fitting a rendered body under a size limit (65,536 for a comment, 65,535 for a check run's
// summary/text). First the template is re-rendered with sections switched off, least useful first;
// only when that is not enough (a user's template that ignores the flags, a huge fleet) is the text
// cut — at a line end, with open code fences and <details> closed so no tag or block is left broken.
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

/** Cut `body` to at most `limit` characters, at a line end, closing what was left open. */
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
