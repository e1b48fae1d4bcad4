// Memory at KV depth (the depth sweep, src/bench/depth-sweep.ts) for the report: A and B side by side at each KV
// depth the tool reported (DepthModel, computed once), a text bar chart of the anonymous resident
// memory (where the KV cache lives), and the one-line terminal summary. Plain data and plain text;
// escaping is the caller's.
import type { MemoryPoint } from '../host/memory-curve.ts';
import type { VariantId } from '../plan/types.ts';

/** KiB as MiB with one decimal, no unit (the column says MiB). */
export function mibCell(kib: number | null | undefined): string {
  return typeof kib === 'number' && Number.isFinite(kib) ? (kib / 1024).toFixed(1) : '–';
}

const BAR_WIDTH = 40;

/**
 * Resident MiB per depth (VmRSS: a KV cache counts whether it is private or shared memory) as horizontal bars, A above B, on one scale. ASCII in a code
 * block renders the same in a comment, a job summary and a terminal.
 */
export function depthChart(d: Pick<DepthModel, 'tool' | 'ctx' | 'rss'>, names: { A: string; B: string }, width = BAR_WIDTH): string {
  const max = Math.max(1, ...d.rss.flatMap((p) => [p.a ?? 0, p.b ?? 0]));
  const depthW = Math.max(5, ...d.rss.map((p) => String(p.depth).length));
  const bar = (kib: number | null) => {
    if (kib === null) return `${' '.repeat(width)}  (no sample)`;
    const n = Math.round((kib / max) * width);
    return `${'#'.repeat(n)}${' '.repeat(width - n)}  ${mibCell(kib)}`;
  };
  const lines = [
    `Resident MiB (all the process holds) against KV depth (${d.tool} -c ${d.ctx}); # = ${(max / 1024 / width).toFixed(2)} MiB`,
    `A = ${names.A}, B = ${names.B}`,
    '',
  ];
  for (const p of d.rss) {
    lines.push(`${String(p.depth).padStart(depthW)} A |${bar(p.a)}`);
    lines.push(`${' '.repeat(depthW)} B |${bar(p.b)}`);
  }
  return lines.join('\n');
}

/** One line for the terminal: resident memory of A and B at the first and last depth. */
export function depthSummaryLine(d: Pick<DepthModel, 'tool' | 'ctx' | 'rss' | 'launchesPerVariant'>): string {
  const at = (p: DepthPoint) => `depth ${p.depth}: A ${mibCell(p.a)} MiB, B ${mibCell(p.b)} MiB`;
  const ends = d.rss.length > 1 ? [d.rss[0], d.rss[d.rss.length - 1]] : d.rss;
  return `Memory at KV depth (${d.tool} -c ${d.ctx}, resident, medians over ${d.launchesPerVariant} launches per variant): ${ends.map(at).join('; ')}`;
}

/**
 * One depth point of a curve: A and B (t/s or KiB), each with a band over its launches when there
 * are several, and B/A with its paired interval and verdict when the statistics were computed.
 */
export interface DepthPoint {
  depth: number;
  a: number | null;
  b: number | null;
  aBand: [number, number] | null;
  bBand: [number, number] | null;
  ratio: number | null;
  ci: [number, number] | null;
  verdict: string | null;
}

export interface DepthFailureModel {
  detail: string;
  stderr: string | null;
}

/** Speed and memory against KV depth, for every renderer. */
export interface DepthModel {
  /** The model swept, with several in the experiment; null with one. */
  model: string | null;
  tool: string;
  ctx: number;
  /** Launches of the depth tool per variant behind each point. */
  launchesPerVariant: number;
  /** Tokens each S_TG was timed over, from the tool's rows (and whether that is what was asked). */
  genNote?: string | null;
  /** Interval level of the per-depth ratios; null when no interval was computed. */
  ciLevel: number | null;
  /** S_TG and S_PP (t/s) against depth; empty when the depth tool reported no speed. */
  tg: DepthPoint[];
  pp: DepthPoint[];
  /**
   * Resident KiB against depth: total (all the process holds: a KV cache counts whether it is
   * private or shared memory; the headline), private anonymous, and shared anonymous (shmem: a KV
   * cache mapped MAP_SHARED; null where not recorded).
   */
  rss: DepthPoint[];
  anon: DepthPoint[];
  shmem: DepthPoint[];
  /** Resident KiB per NUMA node (all mapping kinds) against depth; empty on a single-node host. */
  nodes: { id: string; points: DepthPoint[] }[];
  /** "A heap, B mmap" when the processes logged their KV buffer type. */
  kvBuffers: string | null;
  failures: DepthFailureModel[];
}

const point = (depth: number, a: number | null, b: number | null): DepthPoint => ({
  depth, a, b, aBand: null, bBand: null, ratio: a !== null && b !== null && a > 0 ? b / a : null, ci: null, verdict: null,
});
