// `llama-perf-gate run --repo DIR --base REF --head REF --model FILE [...]`
import { forceFromArgs, planFromArgs, storeFromResultsArg } from '../plan/from-args.ts';
import { runPipeline, type PipelineOutput } from '../pipeline/run.ts';
import type { Plan } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import { renderTerminal } from '../report/index.ts';
import { interruptedBy } from '../sys/children.ts';
import { exitCodeFor, runOutcome, signalExitCode } from '../stats/policy.ts';
import { ProgressPrinter, fmtDuration } from './progress.ts';
import { defaultCacheDir as cacheDir } from '../sys/cache-dir.ts';
import { storeFromArgs } from './experiments.ts';

export async function runCommand(argv: string[]): Promise<number> {
  return runAndPrint(planFromArgs(argv), { force: forceFromArgs(argv), store: storeFromArgs('run', argv), storeFromResults: storeFromResultsArg(argv) });
}

/** The exit code of a finished run: 128 + signal when interrupted, else the gate's (stats/policy.ts). */
export function runExitCode(results: Results, signal: NodeJS.Signals | null): number {
  if (signal === 'SIGINT' || signal === 'SIGTERM' || signal === 'SIGHUP') return signalExitCode(signal);
  // A build that failed leaves nothing to compare: failed, like a variant that never ran.
  const buildFailed = results.builds.some((b) => !b.ok);
  return exitCodeFor(buildFailed ? 'failed' : results.analysis ? runOutcome(results.analysis) : 'failed');
}

/** Runs a plan with progress on stderr; prints the table and where the outputs are. */
export async function runAndPrint(plan: Plan, opts: { force?: boolean; store?: string; storeFromResults?: boolean } = {}): Promise<number> {
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out: PipelineOutput;
  try {
    out = await runPipeline(plan, { cacheDir: cacheDir(), force: opts.force, store: opts.store, storeFromResults: opts.storeFromResults, onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log });
  } finally {
    progress.clear();
  }
  process.stdout.write(renderTerminal(out.model) + '\n');
  console.log(`\nstopped: ${out.results.stopReason}`);
  console.log(`wall time ${fmtDuration(performance.now() - t0)}; wrote ${out.resultsPath} and ${out.reportPath}`);
  return runExitCode(out.results, interruptedBy());
}
