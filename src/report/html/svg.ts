// Small SVG drawing kit for report.html: scales, axes with round ticks, series of points and lines,
// bands and error bars. Hand-drawn SVG rather than a charting library: the file stays static (no
// script runs when it is opened, nothing to fetch), small, prints, and every mark is an element a
// test can count. Every string drawn goes through `esc` (escape.ts).
import { escapeHtml as esc } from '../escape.ts';

export const COLORS = { A: '#1f77b4', B: '#ff7f0e', ratio: '#444', margin: '#2ca02c' } as const;


export const f = (x: number) => (Math.round(x * 10) / 10).toString();

export interface Scale {
  (x: number): number;
  domain: [number, number];
  ticks: number[];
}

/** Round tick values across [lo, hi]: about `count` of them at 1, 2 or 5 × a power of ten. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

export function linear(domain: [number, number], range: [number, number], ticks?: number[]): Scale {
  const [d0, d1] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const s = ((x: number) => range[0] + ((x - d0) / (d1 - d0)) * (range[1] - range[0])) as Scale;
  s.domain = [d0, d1];
  s.ticks = ticks ?? niceTicks(d0, d1);
  return s;
}

export function logScale(domain: [number, number], range: [number, number], ticks: number[]): Scale {
  const [l0, l1] = [Math.log(domain[0]), Math.log(domain[1])];
  const s = ((x: number) => range[0] + ((Math.log(x) - l0) / (l1 - l0 || 1)) * (range[1] - range[0])) as Scale;
  s.domain = domain;
  s.ticks = ticks;
  return s;
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const frame = (width = 640, height = 240): Frame => ({ width, height, left: 64, right: 16, top: 40, bottom: 40 });

/** The opening tag: what the chart is, its series and points counted for tests and screen readers. */
export function open(kind: string, fr: Frame, title: string, series: number, points: number): string {
  return `<svg class="chart" data-chart="${esc(kind)}" data-series="${series}" data-points="${points}" viewBox="0 0 ${fr.width} ${fr.height}" width="${fr.width}" height="${fr.height}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>` +
    `<text class="ttl" x="${fr.left}" y="16">${esc(title)}</text>`;
}

export function xAxis(fr: Frame, x: Scale, label: string, fmt: (v: number) => string = String): string {
  const y = fr.height - fr.bottom;
  const ticks = x.ticks.filter((t) => t >= x.domain[0] - 1e-9 && t <= x.domain[1] + 1e-9);
  return `<g class="axis x"><line x1="${fr.left}" x2="${fr.width - fr.right}" y1="${y}" y2="${y}"/>` +
    ticks.map((t) => `<line x1="${f(x(t))}" x2="${f(x(t))}" y1="${y}" y2="${y + 4}"/><text x="${f(x(t))}" y="${y + 16}" text-anchor="middle">${esc(fmt(t))}</text>`).join('') +
    `<text class="lbl" x="${(fr.left + fr.width - fr.right) / 2}" y="${fr.height - 6}" text-anchor="middle">${esc(label)}</text></g>`;
}

export function yAxis(fr: Frame, y: Scale, label: string, fmt: (v: number) => string = String): string {
  const ticks = y.ticks.filter((t) => t >= y.domain[0] - 1e-9 && t <= y.domain[1] + 1e-9);
  return `<g class="axis y"><line x1="${fr.left}" x2="${fr.left}" y1="${fr.top}" y2="${fr.height - fr.bottom}"/>` +
    ticks.map((t) => `<line class="grid" x1="${fr.left}" x2="${fr.width - fr.right}" y1="${f(y(t))}" y2="${f(y(t))}"/><text x="${fr.left - 6}" y="${f(y(t)) }" dy="0.32em" text-anchor="end">${esc(fmt(t))}</text>`).join('') +
    `<text class="lbl" transform="translate(14 ${(fr.top + fr.height - fr.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(label)}</text></g>`;
}

export interface XY {
  x: number;
  y: number;
  /** Tooltip text. */
  tip: string;
}

/** A series: a polyline through its points (when `line`) and a circle per point. */
export function series(name: string, color: string, pts: XY[], opts: { line?: boolean; dash?: boolean; r?: number } = {}): string {
  const path = opts.line !== false && pts.length > 1 ? `<polyline fill="none" stroke="${color}" stroke-width="1.8"${opts.dash ? ' stroke-dasharray="5 3"' : ''} points="${pts.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}"/>` : '';
  const dots = pts.map((p) => `<circle class="pt" cx="${f(p.x)}" cy="${f(p.y)}" r="${opts.r ?? 3}" fill="${color}"><title>${esc(p.tip)}</title></circle>`).join('');
  return `<g class="series" data-series="${esc(name)}" data-points="${pts.length}">${path}${dots}</g>`;
}

/** A shaded band between lower and upper points (same x), e.g. the range over launches. */
export function band(color: string, lo: { x: number; y: number }[], hi: { x: number; y: number }[]): string {
  if (lo.length < 2) return '';
  const poly = [...lo, ...[...hi].reverse()].map((p) => `${f(p.x)},${f(p.y)}`).join(' ');
  return `<polygon class="band" fill="${color}" fill-opacity="0.15" stroke="none" points="${poly}"/>`;
}

export function legend(fr: Frame, items: { name: string; color: string; dash?: boolean }[]): string {
  let x = fr.width - fr.right;
  const parts: string[] = [];
  for (const it of [...items].reverse()) {
    const w = 26 + it.name.length * 6.2;
    x -= w;
    parts.push(`<g class="key"><line x1="${f(x)}" x2="${f(x + 16)}" y1="27" y2="27" stroke="${it.color}" stroke-width="2"${it.dash ? ' stroke-dasharray="5 3"' : ''}/><text x="${f(x + 20)}" y="31">${esc(it.name)}</text></g>`);
  }
  return `<g class="legend">${parts.join('')}</g>`;
}
