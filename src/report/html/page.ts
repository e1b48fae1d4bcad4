// report.html: one self-contained file (inline CSS and SVG, no script, nothing fetched when opened)
// that formats the ReportModel: the first line (verdict and gate), the forest plot, each workload's
// block plot (with several models, both under a heading per model), speed and memory against KV
// depth, then host, builds, levers and failed launches.
import type { ReportModel, MachineModel, WorkloadModel } from '../model.ts';
import { mibCell, type DepthModel } from '../depth.ts';
import type { PlacementModel } from '../model-placement.ts';
import { fmtRatio, fmtInterval, fmtChange, fmtTs, fmtPercent, fmtMiB, fmtCount, fmtSeconds, fmtShare, fmtShareInterval } from '../format.ts';
import { MARKS, LABELS, VERDICT_WORDS, fmtLevel, type Phrase } from '../vocabulary.ts';
import { escapeHtml as esc } from '../escape.ts';
import { forestChart, blockChart, depthCharts } from './charts.ts';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#222}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}h3{font-size:15px;margin:18px 0 6px}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f3f3f3;padding:1px 3px;border-radius:3px}
table{border-collapse:collapse;margin:6px 0 12px}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:360px;font-size:12px}
.sub{color:#555}.warn{color:#8a5a00}.note{color:#555;font-size:12px}
svg.chart{display:block;margin:8px 0;width:100%;max-width:720px;height:auto;font-size:11px;font-family:system-ui,sans-serif}svg .ttl{font-weight:600;font-size:12px}
svg .axis line{stroke:#888}svg .axis .grid{stroke:#eee}svg .lbl{fill:#555}
.grid2{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:4px 16px}
`;

function phraseHtml(p: Phrase): string {
  return p.map((s) => (typeof s === 'string' ? esc(s) : `<code>${esc(s.code)}</code>`)).join('');
}

const row = (cells: string[], numeric: boolean[] = []) => `<tr>${cells.map((c, i) => `<td${numeric[i] ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`;
const head = (cells: string[], numeric: boolean[] = []) => `<tr>${cells.map((c, i) => `<th${numeric[i] ? ' class="n"' : ''}>${esc(c)}</th>`).join('')}</tr>`;
const kvTable = (rows: { key: string; value: string; keyCode?: string }[]) => `<table>${rows.map((r) => `<tr><th>${esc(r.key)}${r.keyCode ? ` <code>${esc(r.keyCode)}</code>` : ''}</th><td>${esc(r.value)}</td></tr>`).join('')}</table>`;

function workloadTable(m: MachineModel): string {
  const num = [false, true, true, true, false, true, false, true, true, false];
  const rowOf = (w: WorkloadModel) => row([
    `<code>${esc(w.id)}</code>`,
    fmtTs(w.aTs),
    fmtTs(w.bTs),
    `<b>${fmtRatio(w.ratio)}</b>`,
    esc(fmtInterval(w.ci)) + (w.levelNote ? ` (${esc(fmtLevel(w.ciLevel))})` : ''),
    fmtChange(w.ratio),
    `${MARKS[w.outcome]} ${esc(LABELS[w.outcome])}`,
    `${fmtPercent(w.cvA)} / ${fmtPercent(w.cvB)}`,
    `${w.okA}${w.failedA ? ` (+${w.failedA} failed)` : ''} / ${w.okB}${w.failedB ? ` (+${w.failedB} failed)` : ''}`,
    esc(w.why) + (w.needs ? ` ${esc(w.needs)}.` : ''),
  ], num);
  // With several models, a heading row per model over its workloads.
  const rows = m.models
    ? m.models.flatMap((g) => [`<tr class="model"><th colspan="10">${MARKS[g.outcome]} ${esc(g.name)}</th></tr>`, ...g.workloads.map(rowOf)])
    : m.workloads.map(rowOf);
  const notes = m.workloads.filter((w) => w.levelNote).map((w) => `<p class="note"><code>${esc(w.id)}</code>: ${esc(w.levelNote!)}</p>`).join('');
  const interval = m.descriptiveOnly ? 'Interval' : `${fmtLevel(m.runLevel)} interval`;
  return `<table class="workloads">${head(['Workload', 'A t/s', 'B t/s', 'B/A', interval, 'Change', 'Verdict', 'CV A / B', 'Launches A / B', 'Why'], num)}${rows.join('')}</table>${notes}`;
}

function depthSection(d: DepthModel, m: MachineModel, h: 'h3' | 'h4' = 'h3'): string {
  const charts = depthCharts(d, m.margin);
  const speedRows = d.tg.map((p) => {
    const pp = d.pp.find((q) => q.depth === p.depth);
    const total = d.rss.find((q) => q.depth === p.depth);
    return row([
      String(p.depth), fmtTs(p.a), fmtTs(p.b), fmtRatio(p.ratio), esc(fmtInterval(p.ci)), esc(p.verdict ?? '–'),
      fmtTs(pp?.a), fmtTs(pp?.b), fmtRatio(pp?.ratio), esc(fmtInterval(pp?.ci)), esc(pp?.verdict ?? '–'),
      fmtMiB(total?.a), fmtMiB(total?.b),
    ], [true, true, true, true, false, false, true, true, true, false, false, true, true]);
  });
  const memRows = d.tg.length ? '' : d.rss.map((p, i) => row([String(p.depth), fmtMiB(p.a), fmtMiB(p.b), fmtRatio(p.ratio), esc(fmtInterval(p.ci)), fmtMiB(d.anon[i]?.a), fmtMiB(d.anon[i]?.b), fmtMiB(d.shmem[i]?.a), fmtMiB(d.shmem[i]?.b)], [true, true, true, true, false, true, true, true, true])).join('');
  const table = d.tg.length
    ? `<table class="depth">${head(['KV depth', 'S_TG A', 'S_TG B', 'B/A', 'interval', 'verdict', 'S_PP A', 'S_PP B', 'B/A', 'interval', 'verdict', 'resident A', 'resident B'])}${speedRows.join('')}</table>`
    : `<table class="depth">${head(['KV depth', 'resident A', 'resident B', 'B/A', 'interval', 'anon A', 'anon B', 'shmem A', 'shmem B'])}${memRows}</table>`;
  const launches = d.launchesPerVariant === 1 ? `one ${d.tool} launch per variant` : `${d.launchesPerVariant} ${d.tool} launches per variant (medians; intervals paired by block)`;
  const fails = d.failures.map((x) => `<li class="warn">${esc(x.detail)}${x.stderr ? `<pre>${esc(x.stderr)}</pre>` : ''}</li>`).join('');
  return `<${h}>Speed and memory against KV depth${d.model !== null ? `: ${esc(d.model)}` : ''}</${h}><p class="sub">${esc(launches)}, context ${d.ctx} tokens. A KV cache committed up front is resident at every depth; a lazily committed one grows with depth.${d.kvBuffers ? ` ${esc(d.kvBuffers)}.` : ''}${d.genNote ? ` ${esc(d.genNote)}.` : ''}</p>` +
    `<div class="grid2">${charts.join('')}</div>${table}${fails ? `<ul>${fails}</ul>` : ''}`;
}

// The same tables as report.md's placement partial (templates/partials/placement.hbs), same figures.
function placementSection(p: PlacementModel): string {
  const kinds = ['anon', 'shmem', 'file', 'threads'];
  const perNode = p.nodes.flatMap((n) => kinds.map((k) => `node ${n} ${k}`));
  const rows = p.rows.map((r) => row([
    String(r.depth), r.variant,
    ...r.cells.flatMap((c) => [mibCell(c.anonKiB), mibCell(c.shmemKiB), mibCell(c.fileKiB), String(c.threads)]),
    fmtShare(r.evenness),
  ], [true, false, ...perNode.map(() => true), true])).join('');
  const blocks = (p.blocks ?? []).map((r) => row([
    String(r.block), String(r.depth), r.variant,
    ...r.cells.flatMap((c) => [mibCell(c.anonKiB), mibCell(c.shmemKiB), mibCell(c.fileKiB), String(c.threads)]),
    fmtShare(r.evenness),
  ], [true, true, false, ...perNode.map(() => true), true])).join('');
  const perBlock = p.blocks && p.blocks.length > 0
    ? `<p class="sub">Per counted block (one depth launch per variant and block): a median per node mixes blocks whose memory sat on different nodes, so each launch is shown as it was.</p><table class="placement-blocks">${head(['block', 'KV depth', 'variant', ...perNode, 'evenness'], [true, true, false, ...perNode.map(() => true), true])}${blocks}</table>`
    : '';
  const diffs = p.diffs.map((d) => row([String(d.depth), fmtShare(d.a), fmtShare(d.b), fmtShare(d.diff), esc(fmtShareInterval(d.ci, d.identical)), String(d.n)], [true, true, true, true, false, true])).join('');
  return `<h3 id="placement">Placement in the emulated ${p.guestNodes}-node guest</h3><p class="sub">Where each variant's memory and threads were at each KV depth (medians over the counted depth launches, sampled inside the guest as each depth was reported): resident MiB per node by mapping kind (private anonymous, shmem, file) and the threads whose last CPU was on that node. Evenness: the smallest node's share of the anonymous (private + shmem) memory, 1/${p.nodes.length} when spread evenly, 0 when on one node. Throughput in this guest is emulated and not gated.</p>` +
    `<table class="placement">${head(['KV depth', 'variant', ...perNode, 'evenness'], [true, false, ...perNode.map(() => true), true])}${rows}</table>${perBlock}` +
    `<table class="evenness">${head(['KV depth', 'evenness A', 'evenness B', 'B − A', 'interval', 'blocks'], [true, true, true, true, false, true])}${diffs}</table>`;
}

function memorySection(m: MachineModel): string {
  if (!m.memory) return '';
  const nodes = m.memory.nodeIds;
  const rows = m.memory.workloads.flatMap((w) => w.rows.map((r) => row([
    `<code>${esc(w.name)}</code>`, r.variant, String(r.launches), fmtMiB(r.peakRssKiB), fmtCount(r.minorFaults), fmtCount(r.majorFaults),
    ...r.nodeKiB.map((k) => fmtMiB(k)),
    r.evenness === null ? '–' : Number.isFinite(r.evenness) ? `${r.evenness.toFixed(2)}×` : 'one node empty',
  ])));
  const peaks = m.memory.workloads.filter((w) => w.peak).map((w) => `<li><code>${esc(w.name)}</code>: peak RSS B/A ${fmtRatio(w.peak!.ratio)}${w.peak!.ci ? ` (${fmtLevel(w.peak!.level)} interval ${fmtInterval(w.peak!.ci)})` : ''}</li>`).join('');
  return `<h3>Memory of the llama-bench launches</h3><p class="sub">Peak memory per launch, medians over counted launches. llama-bench sizes its context to each test, so a KV cache committed only as it fills cannot differ much here: this is not the memory effect of a KV change${m.depth || m.models?.some((g) => g.depth) ? ' (see the depth charts above)' : ''}.</p>` +
    `<table>${head(['Workload', 'Variant', 'Launches', 'Peak RSS', 'Minor faults', 'Major faults', ...nodes.map((n) => `Node ${n}`), 'Evenness'])}${rows.join('')}</table><ul>${peaks}</ul>`;
}

function detailsSection(m: MachineModel): string {
  const host = m.host ? `<h3>Host</h3>${m.host.warnings.map((w) => `<p class="warn">⚠️ ${esc(w)}</p>`).join('')}${kvTable([...m.host.rows, ...m.host.nodes])}` : '';
  const builds = `<h3>Builds</h3><table>${head(['Variant', 'Name', 'Ref', 'Commit', 'Build', 'Time'])}${m.builds.map((b) => row([
    b.variant, esc(b.name), b.refShown === null ? '(the commit)' : esc(b.refShown), b.commit ? `<code title="${esc(b.commit)}">${esc(b.shortCommit)}</code>` : '–',
    b.ok ? (b.reused ? 'reused' : 'built') : `❌ failed${b.error ? `: ${esc(b.error)}` : ''}`, fmtSeconds(b.seconds),
  ])).join('')}</table>${m.builds.filter((b) => !b.ok && b.logTail).map((b) => `<p>Build log of ${esc(b.variant)}${b.logPath ? ` (${esc(b.logPath)})` : ''}:</p><pre>${esc(b.logTail)}</pre>`).join('')}`;
  const levers = `<h3>Levers and settings</h3>${kvTable(m.levers)}`;
  const failed = m.failedLaunches.length
    ? `<h3>Failed or timed-out launches (${m.failedLaunches.length})</h3><ul>${m.failedLaunches.map((l) => `<li><code>${esc(l.workload)}</code>, block ${l.block}${l.warmup ? ' (warm-up)' : ''}, variant ${esc(l.variant)}: ${esc(l.detail)}${l.stderr ? `<pre>${esc(l.stderr)}</pre>` : ''}</li>`).join('')}</ul>`
    : '<h3>Failed launches</h3><p>None.</p>';
  return host + builds + levers + failed;
}

/** The forest plot and the block charts of some workloads. */
function charts(m: MachineModel, ws: WorkloadModel[], h: 'h3' | 'h4'): string {
  const rows = ws.map((w) => ({ id: w.id, ratio: w.ratio, ci: w.ci, outcome: w.outcome }));
  const blocks = ws.filter((w) => w.blocks.length > 0).map(blockChart);
  return [
    rows.some((r) => r.ratio !== null) ? forestChart(m, rows) : '',
    blocks.length ? `<${h}>Launches by block</${h}><div class="grid2">${blocks.join('')}</div>` : '',
  ].join('\n');
}

/** With several models, the charts (its depth sweep's too) under a heading per model, as the table's rows are. */
function chartSections(m: MachineModel): string {
  if (!m.models) return charts(m, m.workloads, 'h3');
  return m.models
    .map((g) => `<section class="model-charts" id="charts-${esc(g.name)}"><h3>${MARKS[g.outcome]} ${esc(g.name)}</h3>\n${charts(m, g.workloads, 'h4')}${g.depth ? `\n${depthSection(g.depth, m, 'h4')}` : ''}</section>`)
    .join('\n');
}

function machineSection(m: MachineModel, fleet: boolean): string {
  return [
    fleet ? `<h2 id="machine-${esc(m.label)}">${MARKS[m.outcome]} ${esc(m.label)}: ${phraseHtml(m.verdict)}</h2>` : '',
    m.warnings.map((w) => `<p class="warn">⚠️ ${esc(w)}</p>`).join(''),
    m.models ? `<h3>By model</h3><ul class="models">${m.models.map((g) => `<li id="model-${esc(g.name)}">${MARKS[g.outcome]} <b>${esc(g.name)}</b>: ${phraseHtml(g.verdict)}</li>`).join('')}</ul>` : '',
    m.workloads.length ? workloadTable(m) : '',
    [m.detectable, m.runner].filter((x): x is string => x !== null).map((x) => `<p>${esc(x)}</p>`).join(''),
    chartSections(m),
    m.depth ? depthSection(m.depth, m) : '',
    m.placement ? placementSection(m.placement) : '',
    memorySection(m),
    detailsSection(m),
  ].join('\n');
}

export interface HtmlOptions {
  /** PR title or another caption. */
  title?: string;
}

export function renderHtml(model: ReportModel, opts: HtmlOptions = {}): string {
  const first = model.machines[0];
  const side = (id: 'A' | 'B') => {
    const s = first?.sides.find((x) => x.id === id);
    if (!s) return id;
    const where = [s.refShown, s.shortCommit ? `<code title="${esc(s.commit)}">${esc(s.shortCommit)}</code>` : null].filter(Boolean);
    return `<b>${id}</b> = ${esc(s.name)}${where.length ? ` (${where.map((w) => (w!.startsWith('<code') ? w : esc(w))).join(' @ ')})` : ''}${s.slowdown ? ` — ${esc(s.slowdown)}` : ''}`;
  };
  const title = `llama-perf-gate${opts.title ? `: ${opts.title}` : ''}`;
  const when = first ? `${first.startedAt}${first.finishedAt ? ` – ${first.finishedAt}` : ''}` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title><style>${CSS}</style></head><body>
<h1 id="verdict">${phraseHtml(model.firstLine)}</h1>
<p class="sub">${esc(title)} · ${side('B')} vs ${side('A')}; throughput in tokens/s, B/A below 1 = B slower. ${esc(VERDICT_WORDS[model.overall])}; gate: ${esc(model.gate.words)}.</p>
${first?.compared ? `<p class="sub">${phraseHtml(first.compared)}</p>` : ''}
${model.problems.map((p) => `<p class="warn">⚠️ ${esc(p.text)}</p>`).join('')}
${model.fleet ? `<p class="note">${esc(model.overallRule)}</p>` : ''}
${model.machines.map((m) => machineSection(m, model.fleet)).join('\n')}
<p class="note">${esc(model.tool)} · ${esc(when)} · every raw sample is in results.json</p>
</body></html>
`;
}
