// Shared by the report tests: a real CommonMark+GFM-tables renderer (markdown-it with raw HTML and
// linkify on, as GitHub allows both) and a way to read back the text a reader would see.
import MarkdownIt from 'markdown-it';

export const md = new MarkdownIt({ html: true, linkify: true });

export function toHtml(markdown: string): string {
  return md.render(markdown);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Visible text of rendered HTML: tags dropped, entities decoded, zero-width spaces removed. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (ENTITIES[e]) return ENTITIES[e];
      if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
      return m;
    })
    .replace(/\u200b/g, '');
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Open `<details>` minus closed, and whether a code fence is left open. */
export function balance(markdown: string): { details: number; openFence: boolean } {
  let fence: string | null = null;
  let details = 0;
  for (const line of markdown.split('\n')) {
    const m = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === '') fence = null;
      continue;
    }
    if (m) { fence = m[1]; continue; }
    details += count(line, '<details') - count(line, '</details>');
  }
  return { details, openFence: fence !== null };
}

// The tests start from results: compute the model once, as the pipeline does, then render.
import type { Results } from '../../src/store/results.ts';
import { buildReportModel, renderMarkdown, renderCheckOutput, renderTerminal, type ModelOptions, type MarkdownOptions, type CheckOptions } from '../../src/report/index.ts';

const asList = (r: Results | Results[]) => (Array.isArray(r) ? r : [r]);

export const model = (r: Results | Results[], o: ModelOptions = {}) => buildReportModel(asList(r), o);

export function markdown(r: Results | Results[], o: MarkdownOptions & ModelOptions = {}): string {
  return renderMarkdown(model(r, { labels: o.labels, onInconclusive: o.onInconclusive, runner: o.runner }), o);
}

export function check(r: Results | Results[], o: CheckOptions & ModelOptions = {}) {
  return renderCheckOutput(model(r, { labels: o.labels, onInconclusive: o.onInconclusive }), o);
}

export function terminal(r: Results | Results[], o: ModelOptions = {}): string {
  return renderTerminal(model(r, o));
}
