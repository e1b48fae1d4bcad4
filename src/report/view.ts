// The Markdown view handed to the Handlebars templates, made from the ReportModel by formatting
// only. This is the escaping boundary: every string in it is already escaped for where the template
// puts it (inline Markdown, a code span, or the body of a fenced code block with its own fence), so
// templates print strings with {{{triple-stash}}} and numbers through the formatting helpers.
import type { ReportModel, MachineModel, WorkloadModel } from './model.ts';
import type { Outcome } from './summary.ts';
import { escapeMarkdown as md, escapeInline, escapeCodeBlock, codeSpan, fenceFor, safeUrl, STICKY_MARKER } from './escape.ts';
import { fmtMiB } from './format.ts';
import { forestPlot } from './chart.ts';
import { depthChart, mibCell } from './depth.ts';
import { depthMermaid } from './mermaid.ts';
import { MARKS, LABELS, fmtLevel, fmtMargin, type Phrase } from './vocabulary.ts';

export { MARKS, LABELS };

/** What the template may show; the truncation ladder turns these off one by one. */
export interface ShowFlags {
  table: boolean;
  chart: boolean;
  details: boolean;
  tails: boolean;
  rawSamples: boolean;
}

export const SHOW_ALL: ShowFlags = { table: true, chart: true, details: true, tails: true, rawSamples: true };

/** A comment shows the end of a log or stderr; the whole tail is in report.html and results.json. */
export const TAIL_LINES = 12;

export interface CodeBlock {
  fence: string;
  text: string;
}

export interface WorkloadView {
  name: string;
  aTs: number | null;
  bTs: number | null;
  ratio: number | null;
  ci: [number, number] | null;
  /** `†` when this interval's level differs from the run's (explained under the table). */
  levelMark: string;
  cvA: number | null;
  cvB: number | null;
  okA: number;
  okB: number;
  failedA: number;
  failedB: number;
  outcome: Outcome;
  mark: string;
  verdict: string;
  why: string;
}

export interface InconclusiveView {
  name: string;
  spread: number | null;
  needs: string;
  blocksRun: number;
}

export interface KeyValue {
  key: string;
  value: string;
}

export interface BuildView {
  variant: string;
  name: string;
  ref: string;
  commit: string;
  reused: boolean;
  seconds: number;
  ok: boolean;
  error: string | null;
  logPath: string | null;
  logTail: CodeBlock | null;
}

export interface LaunchFailureView {
  workload: string;
  block: number;
  variant: string;
  status: string;
  warmup: boolean;
  detail: string;
  stderr: CodeBlock | null;
}

export interface MemoryRowView {
  variant: string;
  launches: number;
  peakRssKiB: number | null;
  minorFaults: number | null;
  majorFaults: number | null;
  nodes: string[];
  evenness: string;
}

export interface MemoryWorkloadView {
  name: string;
  rows: MemoryRowView[];
  peakRatio: number | null;
  peakCi: [number, number] | null;
  peakCiLevel: string | null;
  /** How the interval was made when it is not the engine's usual one, or null. */
  peakNote: string | null;
}

export interface MemoryView {
  nodeIds: string[];
  workloads: MemoryWorkloadView[];
}

export interface DepthRowView {
  depth: number;
  aRss: string;
  aAnon: string;
  aShmem: string;
  bRss: string;
  bAnon: string;
  bShmem: string;
  /** B/A of the total (what the processes really hold, whatever the mapping kind). */
  ratio: number | null;
  aNodes: string[];
  bNodes: string[];
}

export interface DepthFailureView {
  detail: string;
  stderr: CodeBlock | null;
}

export interface DepthSpeedRowView {
  depth: number;
  tgA: number | null;
  tgB: number | null;
  tgRatio: number | null;
  tgCi: [number, number] | null;
  tgVerdict: string;
  ppA: number | null;
  ppB: number | null;
  ppRatio: number | null;
  ppCi: [number, number] | null;
  ppVerdict: string;
}

export interface MemoryDepthView {
  /** S_TG and S_PP per depth with B/A, interval and verdict; empty without a depth sweep. */
  speed: DepthSpeedRowView[];
  speedLevel: string | null;
  tool: string;
  ctx: number;
  launchesPerVariant: number;
  nodeIds: string[];
  rows: DepthRowView[];
  chart: CodeBlock | null;
  /** Mermaid xychart-beta sources (S_TG and resident memory against depth). */
  mermaid: CodeBlock[];
  kvBuffers: string | null;
  genNote: string | null;
  failures: DepthFailureView[];
}

export interface MachineView {
  label: string;
  outcome: Outcome;
  mark: string;
  verdict: string;
  /** The machine's answer, escaped: verdict and gate on one line. */
  headline: string;
  descriptiveOnly: boolean;
  ciLevel: number | null;
  /** The run's interval level as the report writes it everywhere (`90%`). */
  levelText: string;
  /** Workloads whose interval has another level, and why. */
  levelNotes: string[];
  margin: number;
  bounds: [number, number];
  geomean: number | null;
  blocksRun: number;
  workloads: WorkloadView[];
  inconclusive: InconclusiveView[];
  warnings: string[];
  chart: CodeBlock | null;
  host: { rows: KeyValue[]; nodes: KeyValue[]; warnings: string[] } | null;
  builds: BuildView[];
  levers: KeyValue[];
  failedLaunches: LaunchFailureView[];
  memory: MemoryView | null;
  memoryDepth: MemoryDepthView | null;
  rawSamples: { workload: string; block: CodeBlock }[];
}

export interface ReportView {
  marker: string;
  /** Verdict and gate: the body's first visible line. */
  firstLine: string;
  heading: string;
  comparison: string;
  fleet: boolean;
  /** Fleet-wide problems (a machine without results, mixed commits), escaped; shown under the overall line. */
  problems: string[];
  overall: { outcome: Outcome; mark: string; verdict: string; headline: string; rule: string };
  gate: { passes: boolean; conclusion: string; words: string };
  machines: MachineView[];
  show: ShowFlags;
  truncation: string | null;
  fullReport: string;
  /** Link to report.html, when the caller knows where it is. */
  htmlReport: string | null;
  tool: string;
}

export interface ViewOptions {
  /** PR title or any caption; escaped. */
  title?: string;
  fullReportUrl?: string;
  /** Where report.html can be downloaded (the run's artifacts); http(s) only. */
  htmlReportUrl?: string;
  /** Whether the body starts with the sticky marker (comments yes, check runs no). */
  marker?: boolean;
}

/** A phrase as inline Markdown: text escaped, code segments as code spans. */
export function phraseMd(p: Phrase): string {
  return p.map((s, i) => (typeof s !== 'string' ? codeSpan(s.code) : i === 0 ? md(s) : escapeInline(s))).join('');
}

function code(text: string): CodeBlock {
  const t = escapeCodeBlock(text).replace(/\n+$/, '');
  return { fence: fenceFor(t), text: t };
}

/** The last TAIL_LINES lines, with a line saying how many came before. */
export function tail(text: string, lines = TAIL_LINES): CodeBlock {
  const all = text.replace(/\n+$/, '').split('\n');
  if (all.length <= lines) return code(text);
  return code([`… ${all.length - lines} earlier lines in report.html and results.json`, ...all.slice(-lines)].join('\n'));
}

function workloadView(w: WorkloadModel): WorkloadView {
  return {
    name: codeSpan(w.id),
    aTs: w.aTs,
    bTs: w.bTs,
    ratio: w.ratio,
    ci: w.ci,
    levelMark: w.levelNote ? ' †' : '',
    cvA: w.cvA,
    cvB: w.cvB,
    okA: w.okA,
    okB: w.okB,
    failedA: w.failedA,
    failedB: w.failedB,
    outcome: w.outcome,
    mark: MARKS[w.outcome],
    verdict: LABELS[w.outcome],
    why: md(w.why),
  };
}

function memoryView(m: MachineModel): MemoryView | null {
  if (!m.memory) return null;
  return {
    nodeIds: m.memory.nodeIds.map(md),
    workloads: m.memory.workloads.map((w) => ({
      name: codeSpan(w.name),
      rows: w.rows.map((r) => ({
        variant: r.variant,
        launches: r.launches,
        peakRssKiB: r.peakRssKiB,
        minorFaults: r.minorFaults,
        majorFaults: r.majorFaults,
        nodes: r.nodeKiB.map((k) => fmtMiB(k)),
        evenness: r.evenness === null ? '–' : Number.isFinite(r.evenness) ? `${r.evenness.toFixed(2)}×` : 'one node empty',
      })),
      peakRatio: w.peak?.ratio ?? null,
      peakCi: w.peak?.ci ?? null,
      peakCiLevel: w.peak?.level ? fmtLevel(w.peak.level) : null,
      peakNote: w.peak?.method === 't' ? md(`paired t interval: ${w.peak.ties} of ${w.peak.pairs} block pairs have identical peak RSS, which the signed-rank interval drops`) : null,
    })),
  };
}

function memoryDepthView(m: MachineModel, names: { A: string; B: string }): MemoryDepthView | null {
  const d = m.depth;
  if (!d) return null;
  const perNode = d.nodes.length > 0;
  const verdict = (v: string | null) => (v ? `${MARKS[v as Outcome] ?? ''} ${md(v)}`.trim() : '–');
  const speed = d.tg.map((p) => {
    const pp = d.pp.find((q) => q.depth === p.depth);
    return {
      depth: p.depth,
      tgA: p.a, tgB: p.b, tgRatio: p.ratio, tgCi: p.ci, tgVerdict: verdict(p.verdict),
      ppA: pp?.a ?? null, ppB: pp?.b ?? null, ppRatio: pp?.ratio ?? null, ppCi: pp?.ci ?? null, ppVerdict: verdict(pp?.verdict ?? null),
    };
  });
  return {
    speed,
    speedLevel: d.ciLevel ? fmtLevel(d.ciLevel) : null,
    tool: md(d.tool),
    ctx: d.ctx,
    launchesPerVariant: d.launchesPerVariant,
    nodeIds: d.nodes.map((n) => md(n.id)),
    rows: d.rss.map((p, i) => ({
      depth: p.depth,
      aRss: mibCell(p.a),
      aAnon: mibCell(d.anon[i]?.a),
      aShmem: mibCell(d.shmem[i]?.a),
      bRss: mibCell(p.b),
      bAnon: mibCell(d.anon[i]?.b),
      bShmem: mibCell(d.shmem[i]?.b),
      ratio: p.ratio,
      aNodes: perNode ? d.nodes.map((n) => mibCell(n.points[i]?.a)) : [],
      bNodes: perNode ? d.nodes.map((n) => mibCell(n.points[i]?.b)) : [],
    })),
    chart: d.rss.length ? code(depthChart(d, names)) : null,
    // Our own text (numbers and fixed words): no escaping, which would break Mermaid's `-->`.
    mermaid: depthMermaid(d).map((text) => ({ fence: '```', text })),
    kvBuffers: d.kvBuffers ? md(d.kvBuffers) : null,
    genNote: d.genNote ? md(d.genNote) : null,
    failures: d.failures.map((f) => ({ detail: md(f.detail), stderr: f.stderr ? tail(f.stderr) : null })),
  };
}

export function machineView(m: MachineModel): MachineView {
  const chartRows = m.workloads.map((w) => ({ name: w.id, ratio: w.ratio, ci: w.ci }));
  const hasAny = chartRows.some((c) => c.ratio !== null);
  const ciLevel = m.descriptiveOnly ? null : m.runLevel;
  const nameOf = (id: 'A' | 'B') => m.sides.find((s) => s.id === id)?.name ?? id;
  return {
    label: md(m.label),
    outcome: m.outcome,
    mark: MARKS[m.outcome],
    verdict: LABELS[m.outcome],
    headline: phraseMd(m.verdict),
    descriptiveOnly: m.descriptiveOnly,
    ciLevel,
    levelText: fmtLevel(m.runLevel),
    levelNotes: m.workloads.filter((w) => w.levelNote).map((w) => `${codeSpan(w.id)}: ${md(w.levelNote!)}`),
    margin: m.margin,
    bounds: m.bounds,
    geomean: m.geomean,
    blocksRun: m.blocksRun,
    workloads: m.workloads.map(workloadView),
    inconclusive: m.workloads
      .filter((w) => w.outcome === 'inconclusive')
      .map((w) => ({ name: codeSpan(w.id), spread: w.spread, needs: md(w.needs ?? ''), blocksRun: w.n })),
    warnings: m.warnings.map(md),
    chart: hasAny ? code(forestPlot(chartRows, { bounds: m.bounds, margin: m.margin, ciLevel })) : null,
    host: m.host ? { rows: m.host.rows.map(kv), nodes: m.host.nodes.map(kv), warnings: m.host.warnings.map(md) } : null,
    builds: m.builds.map((b) => ({
      variant: b.variant,
      name: md(b.name),
      ref: b.refShown === null ? '(the commit)' : md(b.refShown),
      commit: b.shortCommit ? codeSpan(b.shortCommit) : '–',
      reused: b.reused,
      seconds: b.seconds,
      ok: b.ok,
      error: b.error ? md(b.error) : null,
      logPath: b.logPath ? md(b.logPath) : null,
      logTail: b.logTail ? tail(b.logTail) : null,
    })),
    levers: m.levers.map(kv),
    failedLaunches: m.failedLaunches.map((l) => ({
      workload: codeSpan(l.workload),
      block: l.block,
      variant: l.variant,
      status: l.status,
      warmup: l.warmup,
      detail: md(l.detail),
      stderr: l.stderr ? tail(l.stderr) : null,
    })),
    memory: memoryView(m),
    memoryDepth: memoryDepthView(m, { A: nameOf('A'), B: nameOf('B') }),
    rawSamples: m.rawSamples.map((r) => ({ workload: codeSpan(r.workload), block: code(r.text) })),
  };
}

const kv = (x: { key: string; value: string; keyCode?: string }): KeyValue => ({ key: md(x.key) + (x.keyCode ? ` ${codeSpan(x.keyCode)}` : ''), value: md(x.value) });

function overallHeadline(model: ReportModel): string {
  const where = (o: Outcome) => model.machines.filter((m) => m.outcome === o).map((m) => md(m.label)).join(', ');
  switch (model.overall) {
    case 'regression': return `regression on ${where('regression')}.`;
    // No machine failed: a problem did (machines that measured other commits, a file decided with another rule).
    case 'failed': return model.machines.some((m) => m.outcome === 'failed') ? `the run failed on ${where('failed')}.` : 'the gate fails on the problem below.';
    case 'no-verdict': return `no verdict was computed on ${where('no-verdict')}.`;
    case 'incomplete': return 'not every machine sent valid results (below).';
    case 'inconclusive': return `inconclusive on ${where('inconclusive')}.`;
    case 'improvement': return `improvement on ${where('improvement')}, neutral elsewhere.`;
    case 'neutral': return 'neutral on every machine.';
  }
}

function comparisonOf(m: MachineModel | undefined): string {
  if (!m) return '';
  const side = (id: 'A' | 'B') => {
    const s = m.sides.find((x) => x.id === id)!;
    const where = [s.refShown !== null ? md(s.refShown) : null, s.shortCommit ? codeSpan(s.shortCommit) : null].filter(Boolean).join(' @ ');
    return `**${id}** = ${md(s.name)}${where ? ` (${where})` : ''}`;
  };
  return `${side('B')} vs ${side('A')}; throughput in tokens/s, ratio B/A (below 1 = B slower).`;
}

/** A Markdown pointer to the full results, for truncated bodies and check runs. */
export function fullReportPointer(url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[full report and results.json](${safe})` : '`results.json` and `report.html` in the run\'s artifacts';
}

/** The Markdown view of a model. */
export function reportView(model: ReportModel, opts: ViewOptions = {}): ReportView {
  const first = model.machines[0];
  const html = safeUrl(opts.htmlReportUrl);
  return {
    marker: opts.marker === false ? '' : STICKY_MARKER,
    firstLine: phraseMd(model.firstLine),
    heading: opts.title ? `llama-perf-gate: ${md(opts.title)}` : 'llama-perf-gate: A/B performance',
    comparison: comparisonOf(first),
    fleet: model.fleet,
    problems: model.problems.map((p) => md(p.text)),
    overall: { outcome: model.overall, mark: MARKS[model.overall], verdict: LABELS[model.overall], headline: overallHeadline(model), rule: md(model.overallRule) },
    gate: { passes: model.gate.passes, conclusion: model.gate.conclusion, words: md(model.gate.words) },
    machines: model.machines.map(machineView),
    show: { ...SHOW_ALL },
    truncation: null,
    fullReport: fullReportPointer(opts.fullReportUrl),
    htmlReport: html ? `[report.html in the run's artifacts](${html})` : null,
    tool: md(model.tool),
  };
}

export { fmtMargin };
