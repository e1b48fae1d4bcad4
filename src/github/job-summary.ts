// The job summary (GITHUB_STEP_SUMMARY): the report, or what stopped the action and how to fix it.
// Written before any API call, so it is there whatever happens to the network or the token.
import * as core from '@actions/core';
import { escapeMarkdown, fitToLimit, JOB_SUMMARY_MAX_CHARS } from '../report/index.ts';
import type { RunnerEnv } from './runner-env.ts';
import type { Log } from './client.ts';

/** Replace the job summary with `markdown`, or add it below what is there (`append`). */
export async function writeJobSummary(runner: RunnerEnv, markdown: string, log: Log, append = false): Promise<void> {
  if (!runner.summaryPath) {
    log('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  await core.summary.emptyBuffer().addRaw(fitToLimit(markdown, JOB_SUMMARY_MAX_CHARS, null), true).write({ overwrite: !append });
}

/** A summary for a step that stopped: what went wrong and what to fix, as plain escaped text. */
export function stoppedSummary(title: string, what: string, fix: string | undefined, extra = ''): string {
  return `## llama-perf-gate: ${escapeMarkdown(title)}\n\n${escapeMarkdown(what)}\n\n` +
    (fix ? `**What to fix:** ${escapeMarkdown(fix)}\n\n` : '') + extra;
}
