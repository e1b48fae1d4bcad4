// Speed and memory against KV depth for the report model, from whichever record the run has: the
// depth-sweep family (`depthLaunches`, one launch per variant per block, with the engine's per-depth
// verdicts as `sweep:tg@dD` / `sweep:pp@dD` workloads and `analysis.depth_memory`), or the older
// one-launch memory-at-depth curves (`memoryCurves`). Computed once; renderers only format.
import { depthPointId, sameModel } from '../plan/depth-sweep.ts';
import { median } from 'simple-statistics';
import type { Results } from '../store/results.ts';
import type { MemoryPoint } from '../host/memory-curve.ts';
import type { WorkloadAnalysis, DepthMemoryAnalysis } from '../stats/types.ts';
import type { DepthModel, DepthPoint } from './depth.ts';

/** The depth-sweep launch as results.json stores it (fields the report reads). */
interface SweepLaunch {
  block: number;
  variant: 'A' | 'B';
  model?: string;
  warmup: boolean;
  status: string;
  tool: string;
  ctx: number;
  kvBuffer: 'mmap' | 'heap' | null;
  kvBufferName?: string | null;
  exitCode: number | null;
  signal: string | null;
  error: string | null;
  stderrTail: string | null;
  points: { depth: number; speedTg: number; speedPp: number | null; memory: MemoryPoint | null }[];
  rows?: { tg: number }[];
}



const range = (xs: number[]): [number, number] | null => (xs.length > 1 ? [Math.min(...xs), Math.max(...xs)] : null);
const med = (xs: number[]): number | null => (xs.length ? median(xs) : null);

/**
 * Failed depth launches, one entry per variant (a tool that crashes in every block must not fill
 * the comment): how many failed and how, and the last failure's detail and stderr tail.
 */
function failuresOf(launches: SweepLaunch[]): DepthModel['failures'] {
  return (['A', 'B'] as const).flatMap((v) => {
    const mine = launches.filter((l) => l.variant === v);
    const failed = mine.filter((l) => l.status !== 'ok');
    if (failed.length === 0) return [];
    const last = failed[failed.length - 1];
    const parts = [last.status, last.exitCode !== null && last.exitCode !== 0 ? `exit code ${last.exitCode}` : null, last.signal ? `signal ${last.signal}` : null, last.error].filter(Boolean);
    const counts = [...new Set(failed.map((l) => l.status))].map((st) => `${failed.filter((l) => l.status === st).length} ${st}`).join(', ');
    return [{ detail: `depth sweep, variant ${v} (${last.tool}): ${failed.length} of ${mine.length} launches failed (${counts}); last, block ${last.block}: ${[...new Set(parts)].join(', ')}`, stderr: last.stderrTail }];
  });
}

/**
 * The depth sweep (on one model: `model` with several, else undefined): medians and ranges over
 * counted launches, the engine's ratio and interval per depth.
 */
function sweepModel(launches: SweepLaunch[], analysis: { workloads: WorkloadAnalysis[]; depth_memory?: DepthMemoryAnalysis[] } | null, askedGen: number | null, model?: string): DepthModel {
  const counted = launches.filter((l) => l.status === 'ok' && !l.warmup);
  const depths = [...new Set(counted.flatMap((l) => l.points.map((p) => p.depth)))].sort((x, y) => x - y);
  const values = (v: 'A' | 'B', d: number, pick: (p: SweepLaunch['points'][number]) => number | null | undefined) =>
    counted.filter((l) => l.variant === v).map((l) => pick(l.points.find((p) => p.depth === d) ?? ({} as SweepLaunch['points'][number]))).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  const engine = new Map((analysis?.workloads ?? []).map((w) => [w.name, w]));
  const memStats = new Map((analysis?.depth_memory ?? []).filter((m) => sameModel(m, { model })).map((m) => [m.depth, m]));
  const series = (pick: (p: SweepLaunch['points'][number]) => number | null | undefined, id: ((d: number) => string) | null, fromMem = false): DepthPoint[] =>
    depths.map((d) => {
      const a = values('A', d, pick);
      const b = values('B', d, pick);
      const ma = med(a);
      const mb = med(b);
      const w = id ? engine.get(id(d)) : undefined;
      const m = fromMem ? memStats.get(d) : undefined;
      return {
        depth: d,
        a: ma,
        b: mb,
        aBand: range(a),
        bBand: range(b),
        ratio: w?.ratio ?? m?.ratio ?? (ma !== null && mb !== null && ma > 0 ? mb / ma : null),
        ci: w?.ci ?? m?.ci ?? null,
        verdict: w?.verdict ?? null,
      };
    });
  const nodeIds = [...new Set(counted.flatMap((l) => l.points.flatMap((p) => Object.keys(p.memory?.nodeKiB ?? {}))))].sort((x, y) => Number(x) - Number(y));
  const speed = (metric: 'tg' | 'pp') => series((p) => (metric === 'tg' ? p.speedTg : p.speedPp), (d) => depthPointId(metric, d, model)).filter((p) => p.a !== null || p.b !== null);
  const levels = depths.flatMap((d) => (['tg', 'pp'] as const).map((m) => engine.get(depthPointId(m, d, model)))).filter((w) => w?.ci).map((w) => w!.ci_level);
  const logged = [...new Set([...launches].sort((x, y) => x.variant.localeCompare(y.variant)).map((l) => `${l.variant} ${l.kvBufferName ?? l.kvBuffer ?? 'not found in its log'}`))];
  const first = counted[0] ?? launches[0];
  return {
    model: model ?? null,
    tool: first.tool,
    ctx: first.ctx,
    launchesPerVariant: Math.max(counted.filter((l) => l.variant === 'A').length, counted.filter((l) => l.variant === 'B').length),
    ciLevel: levels.length ? Math.min(...levels) : null,
    tg: speed('tg'),
    pp: speed('pp'),
    rss: series((p) => p.memory?.rssKiB, null, true),
    anon: series((p) => p.memory?.anonKiB, null),
    shmem: series((p) => p.memory?.shmemKiB, null),
    nodes: nodeIds.length > 1 ? nodeIds.map((id) => ({ id, points: series((p) => (p.memory ? p.memory.nodeKiB[id] ?? 0 : null), null) })) : [],
    kvBuffers: logged.length ? `KV buffer type logged by the processes: ${logged.join(', ')}` : null,
    genNote: genNote(counted, askedGen),
    failures: failuresOf(launches),
  };
}

/**
 * How many tokens each depth's S_TG was timed over, as the tool's rows say: older ik
 * llama-sweep-bench ignores -n and generates a quarter of its ubatch, so --depth-gen is a request.
 */
function genNote(counted: SweepLaunch[], asked: number | null): string | null {
  const tg = [...new Set(counted.flatMap((l) => (l.rows ?? []).map((r) => r.tg)))].filter((t) => Number.isInteger(t) && t > 0).sort((x, y) => x - y);
  if (tg.length === 0) return null;
  const said = `S_TG at each depth is timed over ${tg.join(' / ')} generated tokens (the tool's own count)`;
  return asked !== null && (tg.length > 1 || tg[0] !== asked) ? `${said}; --depth-gen ${asked} was asked, and this ${counted[0].tool} chose its own` : said;
}

/** The run's depth model, or null when it measured nothing against depth. */
export function depthOf(results: Results): DepthModel | null {
  const sweep = results.depthLaunches as SweepLaunch[] | undefined;
  return sweep && sweep.length > 0 ? sweepModel(sweep, results.analysis as never, results.plan.depthSweep?.gen ?? null) : null;
}

/** With several models: one model's depth section, or null when its sweep launched nothing. */
export function depthOfModel(results: Results, model: string): DepthModel | null {
  const sweep = ((results.depthLaunches ?? []) as SweepLaunch[]).filter((l) => l.model === model);
  return sweep.length > 0 ? sweepModel(sweep, results.analysis as never, results.plan.depthSweep?.gen ?? null, model) : null;
}
