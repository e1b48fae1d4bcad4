// The emulated guest's placement (analysis.placement, computed in stats/placement.ts) as the
// report shows it: per KV depth and variant, resident memory per node by mapping kind and the
// threads per node, the evenness figure, and B's evenness against A's with its interval.
import type { Results } from '../store/results.ts';

export interface PlacementCell {
  anonKiB: number;
  shmemKiB: number;
  fileKiB: number;
  threads: number;
}

export interface PlacementModel {
  guestNodes: number;
  nodes: string[];
  rows: { depth: number; variant: 'A' | 'B'; n: number; cells: PlacementCell[]; evenness: number | null }[];
  /** Each counted block's launch (null for a file without them): where a median per node would mix blocks. */
  blocks: { block: number; depth: number; variant: 'A' | 'B'; cells: PlacementCell[]; evenness: number | null }[] | null;
  diffs: { depth: number; a: number | null; b: number | null; n: number; diff: number | null; ci: [number, number] | null; level: number; identical: boolean }[];
}

export function placementOf(r: Pick<Results, 'analysis' | 'plan'>): PlacementModel | null {
  const p = r.analysis?.placement;
  if (!p || !r.plan.levers.numaGuest) return null;
  const nodes = p.nodes.map(String);
  const cellsOf = (by: Record<string, PlacementCell>) => nodes.map((k) => by[k] ?? { anonKiB: 0, shmemKiB: 0, fileKiB: 0, threads: 0 });
  const even = (depth: number, v: 'A' | 'B') => p.rows.find((x) => x.depth === depth && x.variant === v)?.evenness ?? null;
  return {
    guestNodes: r.plan.levers.numaGuest,
    nodes,
    rows: p.rows.map((x) => ({ depth: x.depth, variant: x.variant, n: x.n, cells: cellsOf(x.nodes), evenness: x.evenness })),
    blocks: p.blocks?.map((x) => ({ block: x.block, depth: x.depth, variant: x.variant, cells: cellsOf(x.nodes), evenness: x.evenness })) ?? null,
    diffs: p.evenness.map((d) => ({ depth: d.depth, a: even(d.depth, 'A'), b: even(d.depth, 'B'), n: d.n, diff: d.diff, ci: d.ci, level: d.ci_level, identical: d.identical === true })),
  };
}
