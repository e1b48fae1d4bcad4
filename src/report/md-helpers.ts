// The Handlebars helpers, registered once: escaping for where a string goes (inline Markdown, code
// span, fenced block), number formats, verdict words, and the few joins a table needs (speed and
// memory by depth, the comparison and overall lines). Templates print the model through these and
// never receive pre-formatted copies of it.
import type { ReportModel, MachineModel, WorkloadModel } from './model.ts';
import type { Outcome } from './summary.ts';
import type { DepthModel, DepthPoint } from './depth.ts';
import type { KeyValue } from './model-sections.ts';
import { escapeMarkdown as md, escapeInline, escapeCodeBlock, codeSpan, fenceFor } from './escape.ts';
import { fmtRatio, fmtInterval, fmtPercent, fmtChange, fmtTs, fmtMiB, fmtCount, fmtSeconds, fmtShare, fmtShareInterval } from './format.ts';
import { forestPlot } from './chart.ts';
import { depthChart, mibCell } from './depth.ts';
import { depthMermaid } from './mermaid.ts';
import { MARKS, LABELS, fmtLevel, type Phrase } from './vocabulary.ts';

/** A comment shows the end of a log or stderr; the whole tail is in report.html and results.json. */
export const TAIL_LINES = 12;

/** A phrase as inline Markdown: text escaped, code segments as code spans. */
export function phraseMd(p: Phrase): string {
  return p.map((s, i) => (typeof s !== 'string' ? codeSpan(s.code) : i === 0 ? md(s) : escapeInline(s))).join('');
}

/** A fenced code block of `text` (escaped for a block, with a fence it cannot close). */
export function fenced(text: string, lang = 'text'): string {
  const t = escapeCodeBlock(text).replace(/\n+$/, '');
  const fence = fenceFor(t);
  return `${fence}${lang}\n${t}\n${fence}`;
}

/** The last TAIL_LINES lines as a fenced block, with a line saying how many came before. */
export function tailBlock(text: string, lines = TAIL_LINES): string {
  const all = text.replace(/\n+$/, '').split('\n');
  if (all.length <= lines) return fenced(text);
  return fenced([`… ${all.length - lines} earlier lines in report.html and results.json`, ...all.slice(-lines)].join('\n'));
}

const EMPTY: DepthPoint = { depth: 0, a: null, b: null, aBand: null, bBand: null, ratio: null, ci: null, verdict: null };

/** S_TG and S_PP side by side at each depth S_TG was measured. */
function depthSpeed(d: DepthModel) {
  return d.tg.map((tg) => ({ depth: tg.depth, tg, pp: d.pp.find((q) => q.depth === tg.depth) ?? EMPTY }));
}

/** Total, anonymous and shmem resident memory, and per node when there are several, at each depth. */
function depthMemory(d: DepthModel) {
  const perNode = d.nodes.length > 0;
  return d.rss.map((rss, i) => ({
    depth: rss.depth,
    rss,
    anon: d.anon[i] ?? EMPTY,
    shmem: d.shmem[i] ?? EMPTY,
    aNodes: perNode ? d.nodes.map((n) => n.points[i]?.a ?? null) : [],
    bNodes: perNode ? d.nodes.map((n) => n.points[i]?.b ?? null) : [],
  }));
}

const nameOf = (m: MachineModel, id: 'A' | 'B') => m.sides.find((s) => s.id === id)?.name ?? id;

function comparison(model: ReportModel): string {
  const m = model.machines[0];
  if (!m) return '';
  const side = (id: 'A' | 'B') => {
    const s = m.sides.find((x) => x.id === id)!;
    const where = [s.refShown !== null ? md(s.refShown) : null, s.shortCommit ? codeSpan(s.shortCommit) : null].filter(Boolean).join(' @ ');
    return `**${id}** = ${md(s.name)}${where ? ` (${where})` : ''}${s.slowdown ? ` — ${md(s.slowdown)}` : ''}`;
  };
  return `${side('B')} vs ${side('A')}; throughput in tokens/s, ratio B/A (below 1 = B slower).`;
}

function overallHeadline(model: ReportModel): string {
  const where = (o: Outcome) => model.machines.filter((m) => m.outcome === o).map((m) => md(m.label)).join(', ');
  switch (model.overall) {
    case 'regression': return `regression on ${where('regression')}.`;
    // No machine failed: a problem did (machines that measured other commits, a file decided with another rule).
    case 'failed': return model.machines.some((m) => m.outcome === 'failed') ? `the run failed on ${where('failed')}.` : 'the gate fails on the problem below.';
    case 'no-verdict': return `no verdict was computed on ${where('no-verdict')}.`;
    case 'incomplete': return 'not every machine sent valid results (below).';
    case 'inconclusive': return `inconclusive on ${where('inconclusive')}.`;
    case 'placed': return `placement measured in the emulated guest on ${where('placed')} (throughput not gated)${model.machines.some((m) => m.outcome === 'improvement') ? '; improvement elsewhere' : ''}.`;
    case 'improvement': return `improvement on ${where('improvement')}, neutral elsewhere.`;
    case 'neutral': return 'neutral on every machine.';
  }
}

function forest(m: MachineModel): string | null {
  const rows = m.workloads.map((w: WorkloadModel) => ({ name: w.id, ratio: w.ratio, ci: w.ci }));
  if (!rows.some((c) => c.ratio !== null)) return null;
  return fenced(forestPlot(rows, { bounds: m.bounds, margin: m.margin, ciLevel: m.descriptiveOnly ? null : m.runLevel }));
}

// Handlebars passes its options object last; only numbers count as numbers.
const num = (x: unknown): number | null => (typeof x === 'number' ? x : null);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

export const HELPERS: Record<string, (...args: any[]) => unknown> = {
  // Escaping, by where the string goes.
  md: (x: unknown) => md(x),
  code: (x: unknown) => codeSpan(str(x)),
  phrase: (p: Phrase) => phraseMd(p),
  fence: (text: unknown) => fenced(str(text)),
  tail: (text: unknown) => tailBlock(str(text)),
  // Keeps a code block inside a list item: every line indented like the fence.
  indent: (text: unknown, width: unknown) => {
    const pad = ' '.repeat(typeof width === 'number' ? width : 2);
    return String(text ?? '').split('\n').map((l) => pad + l).join('\n');
  },
  // Numbers.
  ratio: (x: unknown) => fmtRatio(num(x)),
  interval: (ci: unknown) => fmtInterval(Array.isArray(ci) ? (ci as [number, number]) : null),
  percent: (x: unknown, digits: unknown) => fmtPercent(num(x), typeof digits === 'number' ? digits : 1),
  change: (x: unknown) => fmtChange(num(x)),
  ts: (x: unknown) => fmtTs(num(x)),
  mib: (x: unknown) => fmtMiB(num(x)),
  mibCell: (x: unknown) => mibCell(num(x)),
  // Evenness (a share of 0..1) and its B − A difference, to three decimals.
  share: (x: unknown) => fmtShare(num(x)),
  shareInterval: (ci: unknown, identical: unknown) => fmtShareInterval(Array.isArray(ci) ? (ci as [number, number]) : null, identical === true),
  evenIdeal: (p: { nodes: string[] }) => `1/${p.nodes.length}`,
  count: (x: unknown) => fmtCount(num(x)),
  seconds: (x: unknown) => fmtSeconds(num(x)),
  level: (x: unknown) => fmtLevel(num(x)),
  evenness: (x: unknown) => (x === null ? '–' : typeof x === 'number' && Number.isFinite(x) ? `${x.toFixed(2)}×` : 'one node empty'),
  // Words.
  verdictMark: (o: Outcome) => MARKS[o],
  verdictLabel: (o: Outcome) => LABELS[o],
  depthVerdict: (v: unknown) => (typeof v === 'string' && v ? `${MARKS[v as Outcome] ?? ''} ${md(v)}`.trim() : '–'),
  kvKey: (x: KeyValue) => md(x.key) + (x.keyCode ? ` ${codeSpan(x.keyCode)}` : ''),
  comparison: (model: ReportModel) => comparison(model),
  // The "Compared:" line of the first machine; '' for a fleet without a valid machine.
  compared: (model: ReportModel) => (model.machines[0]?.compared ? phraseMd(model.machines[0].compared) : ''),
  overallHeadline: (model: ReportModel) => overallHeadline(model),
  // Sections.
  forest: (m: MachineModel) => forest(m),
  // `depthBars machine` (its one sweep) or `depthBars machine depth` (a model's, with several).
  depthBars: (m: MachineModel, d?: unknown) => {
    const depth = d && typeof d === 'object' && 'rss' in d ? (d as DepthModel) : m.depth;
    return depth && depth.rss.length ? fenced(depthChart(depth, { A: nameOf(m, 'A'), B: nameOf(m, 'B') })) : null;
  },
  // Our own text (numbers and fixed words): no escaping, which would break Mermaid's `-->`.
  mermaid: (d: DepthModel) => depthMermaid(d).map((text) => '```mermaid\n' + text + '\n```'),
  depthSpeed: (d: DepthModel) => depthSpeed(d),
  depthMemory: (d: DepthModel) => depthMemory(d),
  // Lists and tests.
  where: (list: unknown, field: string, value: unknown) => (Array.isArray(list) ? list.filter((x) => x?.[field] === value) : []),
  any: (list: unknown, field: string) => Array.isArray(list) && list.some((x) => Boolean(x?.[field])),
  eq: (a: unknown, b: unknown) => a === b,
};
