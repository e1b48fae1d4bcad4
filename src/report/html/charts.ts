// The charts of report.html, each an inline SVG drawn from the ReportModel: the forest plot of
// every workload's B/A against the margin, the paired block plot per workload, speed and its
// per-depth ratio against KV depth, and resident memory against depth (per NUMA node when several).
import type { MachineModel, WorkloadModel } from '../model.ts';
import type { DepthModel, DepthPoint } from '../depth.ts';
import { fmtRatio, fmtInterval, fmtTs } from '../format.ts';
import { fmtMargin, fmtLevel, MARKS } from '../vocabulary.ts';
import { escapeHtml as esc } from '../escape.ts';
import { COLORS, f, frame, linear, logScale, niceTicks, open, xAxis, yAxis, series, band, legend, type XY } from './svg.ts';

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

/** Every workload's B/A with its interval on a log axis; the margin shaded, 1 marked. */
export function forestChart(m: MachineModel, rows: { id: string; ratio: number | null; ci: [number, number] | null; outcome: WorkloadModel['outcome'] }[]): string {
  const rowH = 24;
  const fr = { ...frame(720, 0), left: 150, right: 190 };
  fr.height = fr.top + rows.length * rowH + fr.bottom;
  const xs = [1, m.bounds[0], m.bounds[1], ...rows.flatMap((r) => [r.ratio, ...(r.ci ?? [])]).filter(finite)];
  const lo = Math.max(0.5, Math.min(...xs));
  const hi = Math.min(2, Math.max(...xs));
  const ticks = [...new Set([m.bounds[0], 1, m.bounds[1], ...niceTicks(lo, hi, 4).filter((t) => t > 0)])].filter((t) => t >= lo && t <= hi).sort((a, b) => a - b);
  const x = logScale([lo, hi], [fr.left, fr.width - fr.right], ticks);
  const clampX = (v: number) => x(Math.min(hi, Math.max(lo, v)));
  const y = (i: number) => fr.top + i * rowH + rowH / 2;
  const bottom = fr.height - fr.bottom;
  const shown = rows.filter((r) => finite(r.ratio));
  const title = `B/A per workload with its ${m.descriptiveOnly ? 'ratio of medians (no interval: no verdict computed)' : `${fmtLevel(m.runLevel)} interval`}; shaded: ±${fmtMargin(m.margin)} margin`;
  const parts = [
    open('forest', fr, title, 1, shown.length),
    `<rect class="margin" x="${f(x(m.bounds[0]))}" y="${fr.top}" width="${f(x(m.bounds[1]) - x(m.bounds[0]))}" height="${bottom - fr.top}" fill="${COLORS.margin}" fill-opacity="0.12"/>`,
    `<line class="one" x1="${f(x(1))}" x2="${f(x(1))}" y1="${fr.top}" y2="${bottom}" stroke="#000" stroke-dasharray="3 3"/>`,
    xAxis(fr, x, 'B/A (log scale; left of 1 = B slower)', (v) => fmtRatio(v)),
  ];
  const pts: string[] = [];
  rows.forEach((r, i) => {
    parts.push(`<text class="name" x="${fr.left - 8}" y="${f(y(i))}" dy="0.32em" text-anchor="end">${esc(`${MARKS[r.outcome]} ${r.id}`)}</text>`);
    parts.push(`<text class="fig" x="${fr.width - fr.right + 8}" y="${f(y(i))}" dy="0.32em">${esc(finite(r.ratio) ? `${fmtRatio(r.ratio)} ${r.ci ? fmtInterval(r.ci) : ''}` : 'no data')}</text>`);
    if (!finite(r.ratio)) return;
    const err = r.ci && finite(r.ci[0]) && finite(r.ci[1]) ? `<line class="ci" x1="${f(clampX(r.ci[0]))}" x2="${f(clampX(r.ci[1]))}" y1="${f(y(i))}" y2="${f(y(i))}" stroke="${COLORS.ratio}" stroke-width="2"/>` : '';
    pts.push(`${err}<circle class="pt" cx="${f(clampX(r.ratio))}" cy="${f(y(i))}" r="4.5" fill="${r.outcome === 'regression' ? '#d62728' : r.outcome === 'improvement' ? '#2ca02c' : COLORS.ratio}"><title>${esc(`${r.id}: B/A ${fmtRatio(r.ratio)} ${fmtInterval(r.ci)}`)}</title></circle>`);
  });
  parts.push(`<g class="series" data-series="B/A" data-points="${shown.length}">${pts.join('')}</g>`);
  return parts.join('') + '</svg>';
}

/** A and B of one workload by block: drift over the run and outliers show; pairs joined by a line. */
export function blockChart(w: WorkloadModel): string {
  const fr = frame(640, 200);
  const blocks = w.blocks;
  const vals = blocks.flatMap((b) => [b.a, b.b]).filter(finite);
  const xs = blocks.map((b) => b.block);
  const x = linear([Math.min(...xs, 1), Math.max(...xs, 1)], [fr.left + 8, fr.width - fr.right - 8], niceTicks(Math.min(...xs, 1), Math.max(...xs, 1), Math.min(8, blocks.length)).filter(Number.isInteger));
  const pad = vals.length ? (Math.max(...vals) - Math.min(...vals)) * 0.1 || Math.max(...vals) * 0.02 : 1;
  const y = linear(vals.length ? [Math.min(...vals) - pad, Math.max(...vals) + pad] : [0, 1], [fr.height - fr.bottom, fr.top]);
  const side = (v: 'a' | 'b'): XY[] => blocks.filter((b) => finite(b[v])).map((b) => ({ x: x(b.block), y: y(b[v]!), tip: `block ${b.block}, ${v.toUpperCase()}: ${fmtTs(b[v])} t/s` }));
  const pairs = blocks.filter((b) => finite(b.a) && finite(b.b)).map((b) => `<line x1="${f(x(b.block))}" x2="${f(x(b.block))}" y1="${f(y(b.a!))}" y2="${f(y(b.b!))}" stroke="#999" stroke-width="1"/>`).join('');
  const a = side('a');
  const b = side('b');
  return [
    open(`blocks-${w.id}`, fr, `${w.id}: t/s by block, A and B (paired launches joined)`, 2, a.length + b.length),
    legend(fr, [{ name: 'A', color: COLORS.A }, { name: 'B', color: COLORS.B }]),
    yAxis(fr, y, 't/s', (v) => fmtTs(v)),
    xAxis(fr, x, 'block (counted)'),
    `<g class="pairs">${pairs}</g>`,
    series('A', COLORS.A, a, { line: false }),
    series('B', COLORS.B, b, { line: false }),
    '</svg>',
  ].join('');
}

const fmtDepth = (d: number) => (d >= 1024 && d % 1024 === 0 ? `${d / 1024}k` : String(d));

/** A and B against depth (t/s or MiB), with the range over launches as a band when there are several. */
export function depthChart(kind: string, title: string, unit: string, points: DepthPoint[], scale = 1, extra: { name: string; color: string; points: DepthPoint[]; dash?: boolean; side: 'a' | 'b' }[] = []): string {
  const fr = frame(640, 240);
  const depths = points.map((p) => p.depth);
  const vals = [...points.flatMap((p) => [p.a, p.b, ...(p.aBand ?? []), ...(p.bBand ?? [])]), ...extra.flatMap((e) => e.points.map((p) => p[e.side]))].filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map((v) => v / scale);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const top = vals.length ? Math.max(...vals) * 1.08 : 1;
  const y = linear([0, top], [fr.height - fr.bottom, fr.top]);
  const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1));
  const pts = (side: 'a' | 'b', ps: DepthPoint[]): XY[] => ps.filter((p) => typeof p[side] === 'number').map((p) => ({ x: x(p.depth), y: y(p[side]! / scale), tip: `depth ${p.depth}, ${side.toUpperCase()}: ${num(p[side]! / scale)} ${unit}` }));
  const bandOf = (which: 'aBand' | 'bBand', color: string) => {
    const ps = points.filter((p) => p[which]);
    return band(color, ps.map((p) => ({ x: x(p.depth), y: y(p[which]![0] / scale) })), ps.map((p) => ({ x: x(p.depth), y: y(p[which]![1] / scale) })));
  };
  const main = [series('A', COLORS.A, pts('a', points)), series('B', COLORS.B, pts('b', points))];
  const more = extra.map((e) => series(e.name, e.color, pts(e.side, e.points), { dash: e.dash, r: 2 }));
  const count = [...main, ...more].length;
  const n = pts('a', points).length + pts('b', points).length + extra.reduce((s, e) => s + pts(e.side, e.points).length, 0);
  return [
    open(kind, fr, title, count, n),
    legend(fr, [{ name: 'A', color: COLORS.A }, { name: 'B', color: COLORS.B }, ...extra.map((e) => ({ name: e.name, color: e.color, dash: e.dash }))]),
    yAxis(fr, y, unit, num),
    xAxis(fr, x, 'KV depth (tokens)', fmtDepth),
    bandOf('aBand', COLORS.A),
    bandOf('bBand', COLORS.B),
    ...main,
    ...more,
    '</svg>',
  ].join('');
}

/** B/A per depth with its interval, against the margin: where along the depth a change appears. */
export function depthRatioChart(kind: string, title: string, points: DepthPoint[], margin: number): string {
  const fr = frame(640, 180);
  const shown = points.filter((p) => finite(p.ratio));
  const depths = points.map((p) => p.depth);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const vals = [1 / (1 + margin), 1 + margin, ...shown.flatMap((p) => [p.ratio!, ...(p.ci ?? [])])].filter(finite);
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  const padY = (hi - lo) * 0.08;
  const y = linear([lo - padY, hi + padY], [fr.height - fr.bottom, fr.top]);
  const bars = shown.filter((p) => p.ci).map((p) => `<line class="ci" x1="${f(x(p.depth))}" x2="${f(x(p.depth))}" y1="${f(y(p.ci![0]))}" y2="${f(y(p.ci![1]))}" stroke="${COLORS.ratio}" stroke-width="2"/>`).join('');
  return [
    open(kind, fr, title, 1, shown.length),
    `<rect class="margin" x="${fr.left}" y="${f(y(1 + margin))}" width="${fr.width - fr.left - fr.right}" height="${f(y(1 / (1 + margin)) - y(1 + margin))}" fill="${COLORS.margin}" fill-opacity="0.12"/>`,
    yAxis(fr, y, 'B/A', (v) => v.toFixed(3)),
    xAxis(fr, x, 'KV depth (tokens)', fmtDepth),
    `<line class="one" x1="${fr.left}" x2="${fr.width - fr.right}" y1="${f(y(1))}" y2="${f(y(1))}" stroke="#000" stroke-dasharray="3 3"/>`,
    bars,
    series('B/A', COLORS.ratio, shown.map((p) => ({ x: x(p.depth), y: y(p.ratio!), tip: `depth ${p.depth}: B/A ${fmtRatio(p.ratio)} ${fmtInterval(p.ci)}${p.verdict ? ` (${p.verdict})` : ''}` }))),
    '</svg>',
  ].join('');
}

/** Every chart of the depth section: S_TG, S_PP (each with its ratio panel), memory, memory per node. */
export function depthCharts(d: DepthModel, margin: number): string[] {
  const level = d.ciLevel ? `${fmtLevel(d.ciLevel)} interval` : 'no interval';
  const bandNote = d.launchesPerVariant > 1 ? `; bands: range over ${d.launchesPerVariant} launches` : '';
  const out: string[] = [];
  for (const [metric, points, name] of [['tg', d.tg, 'S_TG (generation)'], ['pp', d.pp, 'S_PP (prompt processing)']] as const) {
    if (points.length === 0) continue;
    out.push(depthChart(`depth-${metric}`, `${name} t/s against KV depth${bandNote ? ', medians' : ''}${bandNote}`, 't/s', points));
    if (points.some((p) => finite(p.ratio))) out.push(depthRatioChart(`depth-${metric}-ratio`, `${name}: B/A per depth with its ${level}; shaded: ±${fmtMargin(margin)}`, points, margin));
  }
  if (d.rss.length) {
    const shared = d.shmem.some((p) => (p.a ?? 0) > 0 || (p.b ?? 0) > 0);
    out.push(depthChart('depth-memory', `Resident MiB against KV depth: total (solid), private anonymous (dashed)${shared ? ', shmem (dotted)' : ''}`, 'MiB', d.rss, 1024, [
      { name: 'A anon', color: COLORS.A, points: d.anon, dash: true, side: 'a' },
      { name: 'B anon', color: COLORS.B, points: d.anon, dash: true, side: 'b' },
      ...(shared ? [
        { name: 'A shmem', color: COLORS.A, points: d.shmem, dash: true, side: 'a' as const },
        { name: 'B shmem', color: COLORS.B, points: d.shmem, dash: true, side: 'b' as const },
      ] : []),
    ]));
  }
  if (d.nodes.length > 1) {
    const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
    const extra = d.nodes.flatMap((n, i) => [
      { name: `A node ${n.id}`, color: palette[(2 * i) % palette.length], points: n.points, side: 'a' as const },
      { name: `B node ${n.id}`, color: palette[(2 * i + 1) % palette.length], points: n.points, side: 'b' as const, dash: true },
    ]);
    out.push(nodeChart(extra));
  }
  return out;
}

function nodeChart(lines: { name: string; color: string; points: DepthPoint[]; side: 'a' | 'b'; dash?: boolean }[]): string {
  const fr = frame(640, 240);
  const depths = lines[0].points.map((p) => p.depth);
  const vals = lines.flatMap((l) => l.points.map((p) => p[l.side])).filter((v): v is number => typeof v === 'number').map((v) => v / 1024);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const y = linear([0, (vals.length ? Math.max(...vals) : 1) * 1.08], [fr.height - fr.bottom, fr.top]);
  const drawn = lines.map((l) => {
    const pts = l.points.filter((p) => typeof p[l.side] === 'number').map((p) => ({ x: x(p.depth), y: y(p[l.side]! / 1024), tip: `depth ${p.depth}, ${l.name}: ${(p[l.side]! / 1024).toFixed(1)} MiB` }));
    return { svg: series(l.name, l.color, pts, { dash: l.dash }), n: pts.length };
  });
  return [
    open('depth-memory-nodes', fr, 'Resident MiB per NUMA node against KV depth (all mapping kinds)', lines.length, drawn.reduce((s, d) => s + d.n, 0)),
    legend(fr, lines.map((l) => ({ name: l.name, color: l.color, dash: l.dash }))),
    yAxis(fr, y, 'MiB', (v) => v.toFixed(0)),
    xAxis(fr, x, 'KV depth (tokens)', fmtDepth),
    ...drawn.map((d) => d.svg),
    '</svg>',
  ].join('');
}
