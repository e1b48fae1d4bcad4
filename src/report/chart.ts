// A text forest plot of B/A ratios with their intervals. Plain ASCII in a code block renders the
// same in a GitHub comment, a check run, a job summary and a terminal; Mermaid's xychart has no
// error bars, so intervals would be unreadable there.
import { fmtRatio, fmtInterval } from './format.ts';
import { fmtLevel, fmtMargin } from './vocabulary.ts';

export interface ChartRow {
  name: string;
  ratio: number | null;
  ci: [number, number] | null;
}

export interface ChartOptions {
  /** Equivalence bounds [1/(1+m), 1+m]. */
  bounds: [number, number];
  margin: number;
  /** Interval level for the legend (0.9); null when the rows carry no intervals. */
  ciLevel: number | null;
  width?: number;
  maxNameWidth?: number;
}

// Beyond this range the plot would squash every other row; ends are drawn as arrows instead.
const DOMAIN_LIMIT: [number, number] = [0.5, 2];

function ok(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0;
}

/**
 * The axis runs from the lower margin bound to the upper one, widened only as far as the data
 * needs (never padded): its ends are numbers a reader can use, the bounds or an interval's end.
 */
function domainOf(rows: ChartRow[], bounds: [number, number]): [number, number] {
  const xs = [1, bounds[0], bounds[1]];
  for (const r of rows) {
    if (ok(r.ratio)) xs.push(r.ratio);
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) xs.push(r.ci[0], r.ci[1]);
  }
  return [Math.max(DOMAIN_LIMIT[0], Math.min(...xs)), Math.min(DOMAIN_LIMIT[1], Math.max(...xs))];
}

function clip(name: string, width: number): string {
  const chars = [...name];
  return chars.length <= width ? name : chars.slice(0, width - 1).join('') + '~';
}

/** The plot as plain lines (no fences); the caller escapes it for its medium. */
export function forestPlot(rows: ChartRow[], opts: ChartOptions): string {
  const width = opts.width ?? 49;
  const [lo, hi] = domainOf(rows, opts.bounds);
  const pos = (x: number) => Math.round(((Math.log(x) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (width - 1));
  const inRange = (x: number) => x >= lo && x <= hi;
  const nameWidth = Math.min(opts.maxNameWidth ?? 24, Math.max(8, ...rows.map((r) => [...r.name].length)));
  const indent = ' '.repeat(nameWidth + 1);

  const reference = (): string[] => {
    const cells = Array<string>(width).fill(' ');
    for (const b of opts.bounds) if (inRange(b)) cells[pos(b)] = ':';
    cells[pos(1)] = '|';
    return cells;
  };

  const lines: string[] = [];
  lines.push(`${indent}B/A throughput ratio, log scale (left of | = B slower)`);
  for (const r of rows) {
    const cells = reference();
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) {
      const l = Math.max(0, Math.min(width - 1, pos(r.ci[0])));
      const h = Math.max(0, Math.min(width - 1, pos(r.ci[1])));
      for (let i = l; i <= h; i++) cells[i] = '-';
      cells[l] = r.ci[0] < lo ? '<' : '[';
      cells[h] = r.ci[1] > hi ? '>' : ']';
    }
    if (ok(r.ratio)) {
      const p = Math.max(0, Math.min(width - 1, pos(r.ratio)));
      cells[p] = r.ratio < lo ? '<' : r.ratio > hi ? '>' : 'o';
    }
    const figures = ok(r.ratio) ? `${fmtRatio(r.ratio)}${r.ci ? ' ' + fmtInterval(r.ci) : ''}` : 'no data';
    lines.push(`${clip(r.name, nameWidth).padEnd(nameWidth)} ${cells.join('')}  ${figures}`);
  }

  const axis = Array<string>(width).fill('-');
  for (const b of opts.bounds) if (inRange(b)) axis[pos(b)] = '+';
  axis[pos(1)] = '+';
  lines.push(`${indent}${axis.join('')}`);
  lines.push(`${indent}${axisLabels(width, pos, lo, hi, opts.bounds).trimEnd()}`);

  const what = opts.ciLevel !== null ? `o = B/A estimate, [---] = ${fmtLevel(opts.ciLevel)} interval` : 'o = ratio of medians B/A (no interval: no verdict computed)';
  lines.push(`${what}, | = 1.000, : = ±${fmtMargin(opts.margin)} margin`);
  return lines.join('\n');
}

/** Tick labels under the axis, most important first, skipping any that would overlap. */
function axisLabels(width: number, pos: (x: number) => number, lo: number, hi: number, bounds: [number, number]): string {
  const row = Array<string>(width + 6).fill(' ');
  const taken: [number, number][] = [];
  const place = (x: number, align: 'left' | 'center' | 'right') => {
    const text = fmtRatio(x);
    const at = pos(x);
    const start = align === 'left' ? at : align === 'right' ? at - text.length + 1 : at - Math.floor(text.length / 2);
    const end = start + text.length;
    if (start < 0 || end > row.length) return;
    if (taken.some(([s, e]) => start < e + 1 && end + 1 > s)) return;
    taken.push([start, end]);
    for (let i = 0; i < text.length; i++) row[start + i] = text[i];
  };
  // 1 and the bounds first; the ends only where the data carried the axis beyond a bound.
  place(1, 'center');
  for (const b of bounds) if (b >= lo && b <= hi) place(b, b === lo ? 'left' : b === hi ? 'right' : 'center');
  if (lo < bounds[0]) place(lo, 'left');
  if (hi > bounds[1]) place(hi, 'right');
  return row.join('');
}
