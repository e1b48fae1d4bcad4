// What the action reports on, by mode: a fleet's results files (aggregate), one results file from
// another job (results-path), or its own benchmark. Files are untrusted data: the one strict reader
// (store/read-results.ts) checks every field and the one decision step recomputes every verdict
// from the samples (pipeline/read-results.ts), and a
// file decided with another rule than this workflow's inputs declare fails (pipeline/fleet.ts).
import { join, resolve } from 'node:path';
import type { Results } from '../store/results.ts';
import type { FleetProblem, ReportModel } from '../report/index.ts';
import { designMismatch, loadFleet, writeAggregate } from '../pipeline/fleet.ts';
import { readTrustedResults } from '../pipeline/read-results.ts';
import { coreGetter, type ActionOptions } from './inputs.ts';
import type { EventContext, PullInfo } from './event.ts';
import type { Client, Log } from './client.ts';
import type { RunnerEnv } from './runner-env.ts';
import { benchmark } from './benchmark.ts';

export interface Loaded {
  results: Results[];
  /** Fleet section titles: the machine each file stands for (its artifact directory). */
  labels: string[] | undefined;
  /** Fleet-wide problems: machines missing, mixed commits, a commit other than the one posted on. */
  problems: FleetProblem[];
  resultsPath: string;
  /** 'benchmark': measured in this job (its commits are known for sure); 'file': claimed by a file. */
  source: 'benchmark' | 'file';
  /** The PR benchmarked in this job (a dispatch's PR was looked up before building). */
  pull: PullInfo | null;
  /** The report model the pipeline built when this job benchmarked (with this run's policies). */
  model?: ReportModel;
}

export async function loadResults(ctx: EventContext, options: ActionOptions, runner: RunnerEnv, api: () => Client, log: Log): Promise<Loaded | null> {
  const cwd = runner.workspace;
  if (options.mode === 'aggregate') {
    const fleet = await loadFleet(options.resultsFiles, cwd, options.expectedMachines, options.design ?? undefined);
    const out = resolve(cwd, coreGetter('out').trim() || join(runner.runnerTemp, 'llama-perf-gate'));
    const resultsPath = join(out, 'aggregate.json');
    await writeAggregate(resultsPath, fleet);
    log(`fleet: ${fleet.machines.length} results files merged into ${resultsPath}`);
    for (const p of fleet.problems) log(`fleet: ${p.text}`);
    const labels = fleet.machines.map((m) => m.label);
    return { results: fleet.machines.map((m) => m.results), labels, problems: fleet.problems, resultsPath, source: 'file', pull: null };
  }
  if (options.resultsPath) {
    const resultsPath = resolve(cwd, options.resultsPath);
    const results = await readTrustedResults(resultsPath);
    for (const w of results.analysis?.warnings ?? []) log(`results: ${w}`);
    // Decided with another rule than this workflow's: not shown as decided; the check fails on the event's head.
    const refused = options.design && designMismatch(results, options.design, options.resultsPath);
    if (refused) {
      log(`results: ${refused.text}`);
      return { results: [], labels: undefined, problems: [refused], resultsPath, source: 'file', pull: null };
    }
    return { results: [results], labels: undefined, problems: [], resultsPath, source: 'file', pull: null };
  }
  const measured = await benchmark(ctx, options, runner, api, log);
  if (measured === null) return null;
  return { results: [measured.results], labels: undefined, problems: [], resultsPath: measured.resultsPath, source: 'benchmark', pull: measured.pull, model: measured.model };
}
