// The Action's adapter to the pipeline (run.ts): the action's log lines for build phases and
// blocks, and the build cache (input cache-dir, else the CLI's default). Loaded lazily by main.ts,
// so modes that only post never load the pipeline.
import type { Plan } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import type { ReportModel } from '../report/index.ts';
import { runPipeline } from './run.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';

export interface RunBenchmarkOptions {
  log: (line: string) => void;
  cacheDir: string | null;
  /** Experiment store; null: under the cache dir. */
  store?: string | null;
  onInconclusive?: 'pass' | 'fail';
  onIncomplete?: 'pass' | 'fail';
}

export async function runBenchmark(plan: Plan, o: RunBenchmarkOptions): Promise<{ results: Results; resultsPath: string; model: ReportModel }> {
  const phases = new Set<string>();
  let lastBlock = -1;
  const out = await runPipeline(plan, {
    cacheDir: o.cacheDir ?? defaultCacheDir(),
    store: o.store ?? undefined,
    log: o.log,
    onInconclusive: o.onInconclusive,
    onIncomplete: o.onIncomplete,
    // One line per build phase and per block: a job log, not a terminal.
    onBuildProgress: (p) => {
      const key = `${p.variant} ${p.phase}`;
      if (!phases.has(key)) {
        phases.add(key);
        o.log(`build ${p.variant}: ${p.phase}`);
      }
    },
    onBenchProgress: (p) => {
      if (p.block === lastBlock) return;
      lastBlock = p.block;
      const eta = p.etaMs === null ? '' : `, ETA ${Math.round(p.etaMs / 1000)} s`;
      o.log(`block ${p.block + 1} of ${p.totalBlocks}${p.warmup ? ' (warm-up)' : ''}: elapsed ${Math.round(p.elapsedMs / 1000)} s${eta}`);
    },
  });
  return { results: out.results, resultsPath: out.resultsPath, model: out.model };
}
