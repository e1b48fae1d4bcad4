// `llama-perf-gate run --repo DIR --base REF --head REF --model FILE [...]`
import { planFromArgs } from '../plan/from-args.ts';
import { runPipeline, type PipelineOutput } from '../pipeline/run.ts';
import type { Plan } from '../plan/types.ts';
import { renderTerminal } from '../report/index.ts';
import { ProgressPrinter, fmtDuration } from './progress.ts';
import { defaultCacheDir as cacheDir } from '../build/cache-dir.ts';
import { exitCodeFor } from '../stats/gate.ts';

export async function runCommand(argv: string[]): Promise<number> {
  return runAndPrint(planFromArgs(argv));
}

/** Runs a plan with progress on stderr; prints the table and where the outputs are. */
export async function runAndPrint(plan: Plan): Promise<number> {
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out: PipelineOutput;
  try {
    out = await runPipeline(plan, { cacheDir: cacheDir(), onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log });
  } finally {
    progress.clear();
  }
  process.stdout.write(renderTerminal(out.model) + '\n');
  console.log(`\nstopped: ${out.results.stopReason}`);
  console.log(`wall time ${fmtDuration(performance.now() - t0)}; wrote ${out.resultsPath} and ${out.reportPath}`);
  // The gate rule's exit code (stats/gate.ts): a regression, a failed build or a variant that never
  // ran fails the command; nothing analysed (no launch at all) is a failure too, never a pass.
  const buildFailed = out.results.builds.some((b) => !b.ok);
  return exitCodeFor(buildFailed ? 'failed' : (out.results.analysis?.verdict ?? 'failed'));
}
