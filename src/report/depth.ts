// Memory at KV depth (the depth sweep, src/bench/depth-sweep.ts) for the report: A and B side by
// side at each planned depth (medians over the counted launches), a text bar chart of the resident
// memory, and the one-line terminal summary. Plain data and plain text; escaping is the caller's.
import { median } from 'simple-statistics';
import type { DepthLaunchRecord } from '../store/results.ts';
import type { MemoryPoint } from '../host/memory-curve.ts';
import type { VariantId } from '../plan/types.ts';
import { countedDepthLaunches } from '../stats/from-results.ts';

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
  /** Counted launches the medians are over (A and B together). */
  launches: number;
  /** NUMA nodes seen in any sample, numerically sorted. */
  nodeIds: string[];
  rows: DepthRow[];
}

/** Per depth, the median of each memory figure over the launches' samples at that depth. */
function byDepth(launches: DepthLaunchRecord[]): Map<number, DepthSide> {
  const at = new Map<number, MemoryPoint[]>();
  for (const l of launches) for (const p of l.points) if (p.memory) at.set(p.depth, [...(at.get(p.depth) ?? []), p.memory]);
  const perNode = (ps: MemoryPoint[], pick: (p: MemoryPoint) => Record<string, number>) => {
    const nodes = [...new Set(ps.flatMap((p) => Object.keys(pick(p))))];
    return Object.fromEntries(nodes.map((n) => [n, median(ps.map((p) => pick(p)[n] ?? 0))]));
  };
  const m = new Map<number, DepthSide>();
  for (const [depth, ps] of at) {
    const shmem = ps.map((p) => p.shmemKiB).filter((x): x is number => typeof x === 'number');
    m.set(depth, {
      rssKiB: median(ps.map((p) => p.rssKiB)),
      anonKiB: median(ps.map((p) => p.anonKiB)),
      shmemKiB: shmem.length ? median(shmem) : null,
      anonNodeKiB: perNode(ps, (p) => p.anonNodeKiB),
      nodeKiB: perNode(ps, (p) => p.nodeKiB),
    });
  }
  return m;
}

/** The side-by-side table over the counted launches, or null when no depth was sampled. */
export function depthTable(launches: DepthLaunchRecord[]): DepthTable | null {
  const counted = countedDepthLaunches(launches);
  const of = (v: VariantId) => byDepth(counted.filter((r) => r.variant === v));
  const ma = of('A');
  const mb = of('B');
  const depths = [...new Set([...ma.keys(), ...mb.keys()])].sort((x, y) => x - y);
  if (depths.length === 0) return null;
  const nodeIds = [...new Set([...ma.values(), ...mb.values()].flatMap((p) => Object.keys(p.nodeKiB)))].sort((x, y) => Number(x) - Number(y));
  const first = counted[0];
  return { tool: first.tool, ctx: first.ctx, launches: counted.length, nodeIds, rows: depths.map((d) => ({ depth: d, A: ma.get(d) ?? null, B: mb.get(d) ?? null })) };
}

/** KiB as MiB with one decimal, no unit (the column says MiB). */
export function mibCell(kib: number | null | undefined): string {
  return typeof kib === 'number' && Number.isFinite(kib) ? (kib / 1024).toFixed(1) : '–';
}

const BAR_WIDTH = 40;

/**
 * Resident MiB per depth (VmRSS: a KV cache counts whether it is private or shared memory) as
 * horizontal bars, A above B, on one scale. ASCII in a code block renders the same in a comment, a
 * job summary and a terminal.
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
    `Resident MiB (all the process holds) against KV depth (${t.tool} -c ${t.ctx}, medians over ${t.launches} launches); # = ${(max / 1024 / width).toFixed(2)} MiB`,
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
  return `Memory at KV depth (${t.tool} -c ${t.ctx}, resident, medians over ${t.launches} launches): ${ends.map(at).join('; ')}`;
}

/**
 * What went wrong with the depth launches, one entry per variant that had failures (a tool that
 * crashes in every block must not fill the comment): how many of its launches failed and how, and
 * the last failure's detail and stderr tail.
 */
export function depthFailures(launches: DepthLaunchRecord[]): { variant: VariantId; detail: string; stderrTail: string | null }[] {
  const out: { variant: VariantId; detail: string; stderrTail: string | null }[] = [];
  for (const v of ['A', 'B'] as const) {
    const mine = launches.filter((l) => l.variant === v);
    const failed = mine.filter((l) => l.status !== 'ok');
    if (failed.length === 0) continue;
    const last = failed[failed.length - 1];
    const parts = [last.status, last.exitCode !== null && last.exitCode !== 0 ? `exit code ${last.exitCode}` : null, last.signal ? `signal ${last.signal}` : null, last.error].filter(Boolean);
    const counts = [...new Set(failed.map((l) => l.status))].map((s) => `${failed.filter((l) => l.status === s).length} ${s}`).join(', ');
    out.push({
      variant: v,
      detail: `depth sweep, variant ${v} (${last.tool}): ${failed.length} of ${mine.length} launches failed (${counts}); last, block ${last.block}: ${[...new Set(parts)].join(', ')}`,
      stderrTail: last.stderrTail,
    });
  }
  return out;
}
