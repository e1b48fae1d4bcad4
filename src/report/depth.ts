// Memory at KV depth (src/bench/memory-depth.ts) for the report: A and B side by side at each KV
// depth the tool reported (DepthModel, computed once), a text bar chart of the anonymous resident
// memory (where the KV cache lives), and the one-line terminal summary. Plain data and plain text;
// escaping is the caller's.
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
export function depthSummaryLine(d: Pick<DepthModel, 'tool' | 'ctx' | 'rss'>): string {
  const at = (p: DepthPoint) => `depth ${p.depth}: A ${mibCell(p.a)} MiB, B ${mibCell(p.b)} MiB`;
  const ends = d.rss.length > 1 ? [d.rss[0], d.rss[d.rss.length - 1]] : d.rss;
  return `Memory at KV depth (${d.tool} -c ${d.ctx}, resident): ${ends.map(at).join('; ')}`;
}

/** What went wrong with a depth launch, in words; null when it went fine. */
export function depthFailure(r: DepthCurveRecord): string | null {
  if (r.status === 'ok') return null;
  const parts = [r.status, r.exitCode !== null && r.exitCode !== 0 ? `exit code ${r.exitCode}` : null, r.signal ? `signal ${r.signal}` : null, r.error].filter(Boolean);
  return `memory at depth, variant ${r.variant} (${r.tool}): ${[...new Set(parts)].join(', ')}`;
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
  tool: string;
  ctx: number;
  /** Launches of the depth tool per variant behind each point. */
  launchesPerVariant: number;
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

/** The depth model of the memory-at-depth launch (one launch per variant: no bands, no intervals). */
export function depthModelOf(records: DepthCurveRecord[]): DepthModel | null {
  if (records.length === 0) return null;
  const t = depthTable(records);
  const first = records[0];
  const failures = records
    .map((r) => ({ r, detail: depthFailure(r) }))
    .filter((x): x is { r: DepthCurveRecord; detail: string } => x.detail !== null)
    .map(({ r, detail }) => ({ detail, stderr: r.stderrTail }));
  // The name as logged (CPU, CPU_MMAP, CPU NUMA ...); a variant whose log did not say is named too.
  const logged = [...records].sort((x, y) => x.variant.localeCompare(y.variant)).map((r) => `${r.variant} ${r.kvBufferName ?? r.kvBuffer ?? 'not found in its log'}`);
  const rows = t?.rows ?? [];
  const series = (pick: (s: DepthSide) => number | null) => rows.map((r) => point(r.depth, r.A ? pick(r.A) : null, r.B ? pick(r.B) : null));
  const nodeIds = t && t.nodeIds.length > 1 ? t.nodeIds : [];
  return {
    tool: t?.tool ?? first.tool,
    ctx: t?.ctx ?? first.ctx,
    launchesPerVariant: 1,
    ciLevel: null,
    tg: [],
    pp: [],
    rss: series((s) => s.rssKiB),
    anon: series((s) => s.anonKiB),
    shmem: series((s) => s.shmemKiB),
    nodes: nodeIds.map((id) => ({ id, points: series((s) => s.nodeKiB[id] ?? 0) })),
    kvBuffers: logged.length ? `KV buffer type logged by the processes: ${logged.join(', ')}` : null,
    failures,
  };
}
