// Mermaid `xychart-beta` line charts of speed and resident memory against KV depth, A and B, for the
// PR comment (GitHub renders Mermaid blocks in comments). Only numbers and the project's own words
// go into the chart source: nothing a PR author controls.
import type { DepthModel, DepthPoint } from './depth.ts';

/** A blue, B orange; the chart has no legend, so its title names the colours. */
const PALETTE = '#1f77b4, #ff7f0e';
const INIT = `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`;

/** A round axis maximum a little above the data: 1, 2, 2.5 or 5 × a power of ten. */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const target = x * 1.05;
  const p = 10 ** Math.floor(Math.log10(target));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= target) return m * p;
  return 10 * p;
}

const num = (x: number) => String(Number(x.toPrecision(6)));

/** One chart of A and B against depth; depths where either side is missing are left out. */
export function xyChart(title: string, unit: string, points: DepthPoint[], scale = 1): string | null {
  const both = points.filter((p) => p.a !== null && p.b !== null);
  if (both.length < 2) return null;
  const a = both.map((p) => (p.a as number) / scale);
  const b = both.map((p) => (p.b as number) / scale);
  const top = niceMax(Math.max(...a, ...b));
  return [
    INIT,
    'xychart-beta',
    `    title "${title} (A blue, B orange)"`,
    `    x-axis "KV depth (tokens)" [${both.map((p) => p.depth).join(', ')}]`,
    `    y-axis "${unit}" 0 --> ${num(top)}`,
    `    line [${a.map(num).join(', ')}]`,
    `    line [${b.map(num).join(', ')}]`,
  ].join('\n');
}

/** S_TG and resident memory (total: a shared-memory KV cache counts too) against depth, as the comment shows them. */
export function depthMermaid(d: DepthModel): string[] {
  return [
    xyChart('Generation speed S_TG against KV depth', 't/s', d.tg),
    xyChart('Resident memory against KV depth', 'MiB', d.rss, 1024),
  ].filter((c): c is string => c !== null);
}
