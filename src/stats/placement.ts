// Where memory and threads went, per KV depth and variant, in an emulated multi-node guest
// (--numa-guest): the finding there, since its throughput is emulated. From each counted depth
// launch's sample at each depth: resident KiB per node by mapping kind (private anonymous, shmem,
// file), the threads per node (each thread's last CPU, mapped to its node), and an evenness
// figure — the smallest node's share of the process's anonymous memory (private + shmem: the KV
// cache and compute buffers, not the model file) — 1/N when spread evenly, 0 when on one node.
// B against A: the paired difference of evenness by block, with the exact signed-rank (Hodges–Lehmann)
// interval of the one path (look.ts pairedShift) at the run's level, like the depth memory's ratio. Reported, never gating.
import { median } from 'simple-statistics';
import type { Evidence } from './evidence.ts';
import type { Analysis } from './types.ts';
import type { VariantId } from '../plan/types.ts';
import type { DepthPoint } from '../bench/types.ts';
import { countedDepthLaunches } from './from-results.ts';
import { pairedShift } from './look.ts';
import { guestNodes, guestShape } from '../host/guest/index.ts';
import type { NumaNode } from '../host/types.ts';

export interface NodeShare {
  anonKiB: number;
  shmemKiB: number;
  fileKiB: number;
  threads: number;
}

export interface PlacementRow {
  depth: number;
  variant: VariantId;
  /** Launches behind the medians. */
  n: number;
  /** Median per node (every node of the guest listed, empty ones with zeros). */
  nodes: Record<string, NodeShare>;
  /** Median smallest-node share of anonymous (private + shmem) memory; null without samples. */
  evenness: number | null;
}

export interface EvennessDiff {
  depth: number;
  /** Blocks with both variants. */
  n: number;
  /** Hodges–Lehmann estimate of B's evenness minus A's, and its interval (null below the run's level). */
  diff: number | null;
  ci: [number, number] | null;
  ci_level: number;
  /** Every paired difference is zero (both variants placed alike in every block): the interval is then [0, 0] by construction. */
  identical: boolean;
}

/** One counted depth launch at one depth: where its memory and threads were (no median across blocks). */
export interface PlacementBlockRow {
  /** Counted block, 1-based (warm-up blocks apart), as the progress line numbers it. */
  block: number;
  depth: number;
  variant: VariantId;
  nodes: Record<string, NodeShare>;
  evenness: number | null;
}

export interface PlacementAnalysis {
  nodes: number[];
  /** Medians per node over the blocks: mixes blocks whose memory sat on different nodes (see `blocks`). */
  rows: PlacementRow[];
  /** Each counted block's launch; absent in files written before it was kept. */
  blocks?: PlacementBlockRow[];
  evenness: EvennessDiff[];
}

function nodeOfCpu(nodes: NumaNode[]): Map<number, number> {
  return new Map(nodes.flatMap((n) => n.cpus.map((c) => [c, n.id] as [number, number])));
}

/** One launch's figures at one depth: per node by kind and threads, and its evenness. */
export function pointShares(p: DepthPoint, nodes: NumaNode[]): { shares: Record<string, NodeShare>; evenness: number | null } | null {
  const m = p.memory;
  if (!m) return null;
  const cpuNode = nodeOfCpu(nodes);
  const shares: Record<string, NodeShare> = {};
  for (const n of nodes) {
    const k = String(n.id);
    shares[k] = { anonKiB: m.anonNodeKiB[k] ?? 0, shmemKiB: m.shmemNodeKiB?.[k] ?? 0, fileKiB: m.fileNodeKiB?.[k] ?? 0, threads: 0 };
  }
  for (const [cpu, count] of Object.entries(m.threadCpus ?? {})) {
    const node = cpuNode.get(Number(cpu));
    if (node !== undefined) shares[String(node)].threads += count;
  }
  const anon = Object.values(shares).map((s) => s.anonKiB + s.shmemKiB);
  const total = anon.reduce((a, b) => a + b, 0);
  return { shares, evenness: total > 0 ? Math.min(...anon) / total : null };
}

export function placementAnalysis(e: Pick<Evidence, 'plan' | 'depthLaunches'>): PlacementAnalysis | null {
  const { plan } = e;
  if (!plan.levers.numaGuest || !plan.depthSweep) return null;
  const nodes = guestNodes(guestShape(plan.levers.numaGuest, plan.threads));
  const launches = countedDepthLaunches(e.depthLaunches);
  const level = 1 - 2 * plan.alpha;
  const rows: PlacementRow[] = [];
  const blocks: PlacementBlockRow[] = [];
  const evenness: EvennessDiff[] = [];
  for (const depth of plan.depthSweep.depths) {
    const byVariant = (v: VariantId) =>
      launches.filter((l) => l.variant === v).flatMap((l) => {
        const p = l.points.find((x) => x.depth === depth);
        const s = p ? pointShares(p, nodes) : null;
        return s ? [{ block: l.block, ...s }] : [];
      });
    const perVariant = { A: byVariant('A'), B: byVariant('B') };
    for (const v of ['A', 'B'] as const) {
      for (const x of perVariant[v]) blocks.push({ block: x.block + 1 - plan.warmupBlocks, depth, variant: v, nodes: x.shares, evenness: x.evenness });
    }
    for (const v of ['A', 'B'] as const) {
      const xs = perVariant[v];
      const med = (f: (s: NodeShare) => number, k: string) => (xs.length ? median(xs.map((x) => f(x.shares[k]))) : 0);
      const even = xs.map((x) => x.evenness).filter((x): x is number => x !== null);
      rows.push({
        depth, variant: v, n: xs.length,
        nodes: Object.fromEntries(nodes.map((n) => { const k = String(n.id); return [k, { anonKiB: med((s) => s.anonKiB, k), shmemKiB: med((s) => s.shmemKiB, k), fileKiB: med((s) => s.fileKiB, k), threads: med((s) => s.threads, k) }]; })),
        evenness: even.length ? median(even) : null,
      });
    }
    const d = perVariant.A.flatMap((a) => {
      const b = perVariant.B.find((x) => x.block === a.block);
      return b && a.evenness !== null && b.evenness !== null ? [b.evenness - a.evenness] : [];
    });
    // Below the test's minimum n: the estimate without an interval.
    const r = pairedShift(d, plan.alpha);
    const estimate = r ? r.estimate : d.length > 0 ? median(d.flatMap((x, i) => d.slice(i).map((y) => (x + y) / 2))) : null;
    evenness.push({ depth, n: d.length, diff: estimate, ci: r ? [r.lo, r.hi] : null, ci_level: level, identical: d.length > 0 && d.every((x) => x === 0) });
  }
  blocks.sort((x, y) => x.block - y.block || x.depth - y.depth || x.variant.localeCompare(y.variant));
  return { nodes: nodes.map((n) => n.id), rows, blocks, evenness };
}

/** The analysis with the guest's placement, when the plan ran one with a depth sweep. */
export function withPlacement(analysis: Analysis, e: Pick<Evidence, 'plan' | 'depthLaunches'>): Analysis {
  const p = placementAnalysis(e);
  return p ? { ...analysis, placement: p } : analysis;
}
