// The Action's bisect: `/perf bisect` on a PR (a maintainer's comment; main.ts checked the
// permission) or the inputs good/bad (a dispatch's range on main). Fork safety as for `/perf more`,
// then the refs (from the API or the inputs, never the comment's text) are fetched, the host lock is
// taken and the bisect pipeline runs. The culprit section (report/bisect.ts, as in bisect's
// report.md) goes under the PR's report in the sticky comment, and to a check run of its own: the
// gate's check keeps its conclusion, and the bisect's check follows the bisect's outcome.
import { join } from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../sys/errors.ts';
import { escapeMarkdown, renderMarkdown, STICKY_MARKER } from '../report/index.ts';
import { culpritLine, renderBisectMarkdown, type BisectResult } from '../report/bisect.ts';
import { coreGetter, readPlan, type ActionOptions } from './inputs.ts';
import { pullTitle, type EventContext } from './event.ts';
import { decideForkSafety } from './fork-safety.ts';
import { explainSkip } from './benchmark.ts';
import { describeApiError, type Client, type Log } from './client.ts';
import { acquireHostLock } from './lock.ts';
import { ensureCommits } from './refs.ts';
import { writeJobSummary } from './job-summary.ts';
import { tokenLogin, upsertStickyComment } from './sticky-comment.ts';
import { createCheckRun } from './check-run.ts';
import { bisectConclusion } from '../stats/policy.ts';
import type { RunnerEnv } from './runner-env.ts';

function checkTitle(r: BisectResult): string {
  if (r.outcome === 'culprits') return r.culprits.map((c) => culpritLine(c).replace(/^culprit: /, '')).join('; ');
  return r.budget.exhausted ? `stopped short (${r.budget.exhausted}): ${r.summary}` : r.summary;
}

/** `pull`: the PR of the event (a `/perf bisect` comment); `range`: the inputs good and bad. */
export async function bisectMode(ctx: EventContext, options: ActionOptions, runner: RunnerEnv, api: () => Client, log: Log, what: 'pull' | 'range'): Promise<void> {
  const pull = what === 'pull' ? ctx.pull : null;
  const range = what === 'range' ? options.bisectRange : null;
  if (!pull && !range) throw new Error(`bisectMode(${what}) without its PR or range`);
  // Fork safety as for a benchmark: a comment never builds a fork's code (the label or a dispatch does).
  const d = decideForkSafety(ctx, options.allowForkLabel, options.post);
  if (!d.allowed) {
    await explainSkip(d, ctx, options, runner, api, log);
    core.setOutput('bisect', 'skipped');
    return;
  }
  log(`fork safety: ${d.reason}`);
  const plan = readPlan(coreGetter, {
    baseRef: pull?.baseSha ?? range!.good, headRef: pull?.headSha ?? range!.bad,
    workspace: runner.workspace, out: join(runner.runnerTemp, 'llama-perf-gate'),
  });
  for (const line of await ensureCommits(plan.repo, pull ? [pull.baseSha, pull.headSha] : [range!.good, range!.bad], pull?.number ?? null)) log(line);
  const lock = await acquireHostLock({ dir: options.lockDir, timeoutSec: options.lockTimeoutSec, label: runner.runLabel, log });
  let done;
  try {
    log(`benchmark lock held: ${lock.path}`);
    const { bisectForAction } = await import('../pipeline/action-bisect.ts');
    done = await bisectForAction(plan, {
      log, cacheDir: options.cacheDir, store: options.store, ...options.bisectBudget,
      onInconclusive: options.onInconclusive, onIncomplete: options.onIncomplete,
      range: pull ? { kind: 'pull', number: pull.number, base: pull.baseSha, head: pull.headSha } : { kind: 'refs', ...range! },
    });
  } catch (e) {
    await writeJobSummary(runner, `## llama-perf-gate: the bisect stopped\n\n${escapeMarkdown((e as Error).message)}\n\n` +
      'Every launch measured until then is in the experiment store: the same bisect resumes.\n', log);
    core.setOutput('bisect', 'failed');
    throw e;
  } finally {
    await lock.release();
  }
  log(done.line);
  const r = done.bisected?.result ?? null;
  core.setOutput('bisect', r?.outcome ?? 'skipped');
  if (done.bisected) {
    core.setOutput('results-path', done.bisected.jsonPath);
    core.setOutput('report-html', done.bisected.htmlPath);
    for (const c of r!.culprits) log(culpritLine(c));
  }
  const section = r ? renderBisectMarkdown(r) : `## llama-perf-gate bisect\n\n${escapeMarkdown(done.line)}\n`;
  const title = pull ? pullTitle(pull) : undefined;
  const report = done.pull ? renderMarkdown(done.pull, { fullReportUrl: options.reportUrl ?? undefined, htmlReportUrl: options.reportUrl ?? undefined, title }) : null;
  // The PR's report as its sticky comment shows it, the culprit section under it.
  const body = report && r ? `${report.trimEnd()}\n\n${section}` : section;
  await writeJobSummary(runner, body, log);
  const conclusion = bisectConclusion(r?.outcome ?? 'not-a-regression');
  const failures: string[] = [];
  if (options.post) {
    if (options.comment && pull && r) {
      try {
        const author = options.commentAuthor ?? (await tokenLogin(api(), log));
        const c = await upsertStickyComment(api(), { owner: ctx.owner, repo: ctx.repo, issueNumber: pull.number, marker: STICKY_MARKER }, body, author, { log });
        core.setOutput('comment-url', c.url);
        log(`comment ${c.action}: ${c.url}`);
      } catch (e) {
        failures.push(`sticky comment on #${pull.number}: ${describeApiError(e)}`);
      }
    }
    const sha = pull?.headSha ?? r?.bad ?? null;
    if (options.check && sha) {
      const name = `${options.checkName} / bisect`;
      try {
        const run = await createCheckRun(api(), {
          owner: ctx.owner, repo: ctx.repo, name, headSha: sha, conclusion, title: r ? checkTitle(r) : done.line, summary: section, text: null,
          detailsUrl: options.reportUrl, annotations: [], fullReport: options.reportUrl,
        });
        core.setOutput('check-run-id', String(run.id));
        log(`check run "${name}" (${conclusion}) on ${sha}: id ${run.id}`);
      } catch (e) {
        failures.push(`check run on ${sha}: ${describeApiError(e)}`);
      }
    }
  }
  if (failures.length) throw new UserError(`posting to GitHub failed — ${failures.join('; ')}`, 'check the workflow permissions (pull-requests: write, checks: write) and the github-token input');
  // Stopped short (budget, undecided, a build, interrupted): never a pass, whether or not a check was posted.
  if (conclusion === 'failure') core.setFailed(`bisect: ${r?.summary ?? done.line}`);
}
