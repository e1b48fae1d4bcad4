// Mode run without results-path: decide whether this job may build the PR's code at all (fork
// safety), then resolve the refs, take the host lock and run the pipeline. Returns null when the
// run was not allowed (the job summary says why and what a maintainer can do).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Results } from '../store/results.ts';
import { escapeMarkdown } from '../report/index.ts';
import { coreGetter, readPlan, type ActionOptions } from './inputs.ts';
import type { EventContext, PullInfo } from './event.ts';
import { decideForkSafety, type ForkDecision } from './fork-safety.ts';
import { describeApiError, type Client, type Log } from './client.ts';
import { acquireHostLock } from './lock.ts';
import { ensureCommits } from './refs.ts';
import { getPull } from './pulls.ts';
import { writeJobSummary } from './job-summary.ts';
import type { RunnerEnv } from './runner-env.ts';
import type { Plan } from '../plan/types.ts';
import type { ReportModel } from '../report/index.ts';

export interface Measured {
  results: Results;
  resultsPath: string;
  /** The PR benchmarked: the event's, or the one a dispatch named (looked up before building). */
  pull: PullInfo | null;
  /** The pipeline's report model (computed once, with this run's gate policies). */
  model: ReportModel;
}

/** Fork PR without a maintainer's go-ahead: say why and what to do, build nothing. */
export async function explainSkip(d: ForkDecision, ctx: EventContext, options: ActionOptions, runner: RunnerEnv, api: () => Client, log: Log): Promise<void> {
  const lines = [
    '## llama-perf-gate: benchmark not run',
    '',
    escapeMarkdown(d.reason) + '.',
    '',
    `**What to do:** ${escapeMarkdown(d.howTo ?? '')}`,
    '',
    'Code from a fork is never built on this self-hosted runner without a maintainer\'s go-ahead: anyone can open a pull request, and a persistent runner can be compromised for good.',
  ];
  core.warning(`llama-perf-gate did not run: ${d.reason}. ${d.howTo ?? ''}`);
  await writeJobSummary(runner, lines.join('\n') + '\n', log);
  core.setOutput('verdict', 'skipped');
  // decideForkSafety asks for a removal only when this job posts (input post).
  if (d.removeLabel && ctx.pull) {
    try {
      await api().rest.issues.removeLabel({ owner: ctx.owner, repo: ctx.repo, issue_number: ctx.pull.number, name: d.removeLabel });
      log(`removed the label "${d.removeLabel}" from #${ctx.pull.number}: a maintainer must add it again for the new commits`);
    } catch (e) {
      // Only the label's own `labeled` event ever allows a run, so a label left behind allows nothing.
      core.warning(`could not remove the label "${d.removeLabel}" (${describeApiError(e)}); it does not allow a run by itself, but remove it by hand`);
    }
  }
}

/**
 * compare (default merge): on pull_request GitHub's test merge, elsewhere a merge made here; a PR
 * GitHub says does not merge, or whose test merge is missing, is measured against its branch point.
 */
async function comparePull(plan: Plan, ctx: EventContext, pull: PullInfo | null, testMerge: string | null, log: Log): Promise<void> {
  const { applyComparison } = await import('../pipeline/compare.ts');
  const merge = plan.compare !== 'merge' || !pull ? undefined
    : pull.mergeable === false ? { commit: null, why: `GitHub reports that PR #${pull.number} does not merge cleanly into ${pull.baseRef}` }
      : ctx.eventName === 'pull_request' ? { commit: testMerge } : undefined;
  const { warnings } = await applyComparison(plan, merge);
  for (const w of warnings) core.warning(w.replace(/--compare/g, 'compare:'));
  const c = plan.comparison!;
  // The report names the PR's branches; the refs resolved were the event's commits.
  if (pull) Object.assign(c, { baseRef: pull.baseRef, headRef: pull.headRef });
  log(`compare ${c.mode}: A ${c.a}, B ${c.b}${c.merge ? ` (${c.merge.by === 'github' ? "GitHub's test merge" : 'merged here'})` : ''}`);
}

export async function benchmark(ctx: EventContext, options: ActionOptions, runner: RunnerEnv, api: () => Client, log: Log): Promise<Measured | null> {
  const decision = decideForkSafety(ctx, options.allowForkLabel, options.post);
  if (!decision.allowed) {
    await explainSkip(decision, ctx, options, runner, api, log);
    return null;
  }
  log(`fork safety: ${decision.reason}`);
  // A dispatch naming a PR benchmarks that PR's base and head commits.
  const number = ctx.pull ? null : (options.prNumber ?? ctx.prNumber);
  const pull = ctx.pull ?? (number !== null ? await getPull(api(), ctx.owner, ctx.repo, number) : null);
  if (pull && !ctx.pull) log(`PR #${pull.number}: base ${pull.baseSha}, head ${pull.headSha} (${pull.headRepo})`);
  const plan = readPlan(coreGetter, {
    baseRef: pull?.baseSha ?? ctx.baseRef,
    headRef: pull?.headSha ?? ctx.headRef,
    workspace: runner.workspace,
    out: join(runner.runnerTemp, 'llama-perf-gate'),
  });
  const testMerge = ctx.pull && ctx.testMerge && plan.compare === 'merge' ? ctx.testMerge : null;
  for (const line of await ensureCommits(plan.repo, [...plan.variants.map((v) => v.ref), ...(testMerge ? [testMerge] : [])], pull?.number ?? null)) log(line);
  // `/perf more` continues the stored pair; a new run decides here which commits it measures.
  if (options.moreBlocks === null) await comparePull(plan, ctx, pull, testMerge, log);
  const lock = await acquireHostLock({ dir: options.lockDir, timeoutSec: options.lockTimeoutSec, label: runner.runLabel, log });
  try {
    log(`benchmark lock held: ${lock.path}`);
    // The pipeline (and, through the host probes, koffi) loads only when this job benchmarks.
    if (options.moreBlocks !== null) {
      // `/perf more` or the more-blocks input: the PR's stored experiment continues.
      const { extendForAction } = await import('../pipeline/action-more.ts');
      const { results, resultsPath, model } = await extendForAction(plan, { log, cacheDir: options.cacheDir, store: options.store, blocks: options.moreBlocks });
      return { results, resultsPath, pull, model };
    }
    const { runBenchmark } = await import('../pipeline/action-run.ts');
    const { results, resultsPath, model } = await runBenchmark(plan, { log, cacheDir: options.cacheDir, store: options.store, onInconclusive: options.onInconclusive, onIncomplete: options.onIncomplete });
    return { results, resultsPath, pull, model };
  } catch (e) {
    // The pipeline saves results.json after every block: point at what was measured before failing.
    const partial = join(plan.out, 'results.json');
    if (existsSync(partial)) core.setOutput('results-path', partial);
    await writeJobSummary(
      runner,
      `## llama-perf-gate: the benchmark stopped\n\n${escapeMarkdown((e as Error).message)}\n\n` +
        (existsSync(partial) ? `What was measured until then is in ${escapeMarkdown(partial)}.\n` : ''),
      log,
    );
    throw e;
  } finally {
    await lock.release();
  }
}
