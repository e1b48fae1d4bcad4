// Memory at KV depth (src/bench/memory-depth.ts) for the report: A and B side by side at each KV
// depth the tool reported, a text bar chart of the anonymous resident memory (where the KV cache
// lives), and the one-line terminal summary. Plain data and plain text; escaping is the caller's.
import type { DepthCurveRecord } from '../store/results.ts';
import type { MemoryPoint } from '../host/memory-curve.ts';
import type { VariantId } from '../plan/types.ts';

export interface DepthSide {
  rssKiB: number;
  anonKiB: number;
  /** Shared anonymous (a MAP_SHARED KV cache); null in results from before it was recorded. */
  shmemKiB: number | null;
  anonNodeKiB: Record<string, number>;
  /** Every mapping kind, per node. */
  nodeKiB: Record<string, number>;
}

export interface DepthRow {
  depth: number;
  A: DepthSide | null;
  B: DepthSide | null;
}

export interface DepthTable {
  tool: string;
  ctx: number;
  /** NUMA nodes seen in any sample, numerically sorted. */
  nodeIds: string[];
  rows: DepthRow[];
}

/**
 * The sample taken when each depth row was reported; the first one when a depth repeats (the depth
 * tool repeats its first step at the end so the deepest row is not sampled during teardown).
 */
function byDepth(points: MemoryPoint[]): Map<number, MemoryPoint> {
  const m = new Map<number, MemoryPoint>();
  for (const p of points) if (p.nKv !== null && !m.has(p.nKv)) m.set(p.nKv, p);
  return m;
}

/** The side-by-side table, or null when neither variant reported a depth row. */
export function depthTable(records: DepthCurveRecord[]): DepthTable | null {
  const of = (v: VariantId) => records.find((r) => r.variant === v);
  const a = of('A');
  const b = of('B');
  const ma = byDepth(a?.points ?? []);
  const mb = byDepth(b?.points ?? []);
  const depths = [...new Set([...ma.keys(), ...mb.keys()])].sort((x, y) => x - y);
  if (depths.length === 0) return null;
  const side = (p: MemoryPoint | undefined): DepthSide | null => (p ? { rssKiB: p.rssKiB, anonKiB: p.anonKiB, shmemKiB: p.shmemKiB ?? null, anonNodeKiB: p.anonNodeKiB, nodeKiB: p.nodeKiB } : null);
  const nodeIds = [...new Set([...ma.values(), ...mb.values()].flatMap((p) => Object.keys(p.nodeKiB)))].sort((x, y) => Number(x) - Number(y));
  const first = a ?? b!;
  return { tool: first.tool, ctx: first.ctx, nodeIds, rows: depths.map((d) => ({ depth: d, A: side(ma.get(d)), B: side(mb.get(d)) })) };
}

/** KiB as MiB with one decimal, no unit (the column says MiB). */
export function mibCell(kib: number | null | undefined): string {
  return typeof kib === 'number' && Number.isFinite(kib) ? (kib / 1024).toFixed(1) : '–';
}

const BAR_WIDTH = 40;

/**
 * Resident MiB per depth (VmRSS: a KV cache counts whether it is private or shared memory) as horizontal bars, A above B, on one scale. ASCII in a code
 * block renders the same in a comment, a job summary and a terminal.
 */
export function depthChart(t: DepthTable, names: { A: string; B: string }, width = BAR_WIDTH): string {
  const max = Math.max(1, ...t.rows.flatMap((r) => [r.A?.rssKiB ?? 0, r.B?.rssKiB ?? 0]));
  const depthW = Math.max(5, ...t.rows.map((r) => String(r.depth).length));
  const bar = (s: DepthSide | null) => {
    if (!s) return `${' '.repeat(width)}  (no sample)`;
    const n = Math.round((s.rssKiB / max) * width);
    return `${'#'.repeat(n)}${' '.repeat(width - n)}  ${mibCell(s.rssKiB)}`;
  };
  const lines = [
    `Resident MiB (all the process holds) against KV depth (${t.tool} -c ${t.ctx}); # = ${(max / 1024 / width).toFixed(2)} MiB`,
    `A = ${names.A}, B = ${names.B}`,
    '',
  ];
  for (const r of t.rows) {
    lines.push(`${String(r.depth).padStart(depthW)} A |${bar(r.A)}`);
    lines.push(`${' '.repeat(depthW)} B |${bar(r.B)}`);
  }
  return lines.join('\n');
}

/** One line for the terminal: resident memory of A and B at the first and last depth. */
export function depthSummaryLine(t: DepthTable): string {
  const at = (r: DepthRow) => `depth ${r.depth}: A ${mibCell(r.A?.rssKiB)} MiB, B ${mibCell(r.B?.rssKiB)} MiB`;
  const ends = t.rows.length > 1 ? [t.rows[0], t.rows[t.rows.length - 1]] : [t.rows[0]];
  return `Memory at KV depth (${t.tool} -c ${t.ctx}, resident): ${ends.map(at).join('; ')}`;
}

/** What went wrong with a depth launch, in words; null when it went fine. */
export function depthFailure(r: DepthCurveRecord): string | null {
  if (r.status === 'ok') return null;
  const parts = [r.status, r.exitCode !== null && r.exitCode !== 0 ? `exit code ${r.exitCode}` : null, r.signal ? `signal ${r.signal}` : null, r.error].filter(Boolean);
  return `memory at depth, variant ${r.variant} (${r.tool}): ${[...new Set(parts)].join(', ')}`;
}
