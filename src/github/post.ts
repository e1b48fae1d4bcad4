// Posting: the sticky comment on the PR and the check run on the measured commit. Each failure is
// collected (never thrown) so one failing call does not stop the other; the caller fails the step.
import * as core from '@actions/core';
import { STICKY_MARKER } from '../report/index.ts';
import type { ActionOptions } from './inputs.ts';
import type { EventContext } from './event.ts';
import { describeApiError, type Client, type Log } from './client.ts';
import { tokenLogin, upsertStickyComment } from './sticky-comment.ts';
import { createCheckRun, type Conclusion } from './check-run.ts';
import type { Target } from './target.ts';

export interface Rendered {
  body: string;
  check: { conclusion: Conclusion; title: string; summary: string; text: string };
}

/** What posting did: one line per failed call, and whether the check run was created. */
export interface Posted {
  failures: string[];
  checked: boolean;
}

/** Post what `target` allows. */
export async function post(api: Client, ctx: EventContext, options: ActionOptions, target: Target, r: Rendered, log: Log): Promise<Posted> {
  const failures: string[] = [...target.refusals];
  let checked = false;
  if (options.comment && target.prNumber !== null) {
    try {
      const author = options.commentAuthor ?? (await tokenLogin(api, log));
      const c = await upsertStickyComment(api, { owner: ctx.owner, repo: ctx.repo, issueNumber: target.prNumber, marker: STICKY_MARKER }, r.body, author, { log });
      core.setOutput('comment-url', c.url);
      log(`comment ${c.action}: ${c.url}`);
    } catch (e) {
      failures.push(`sticky comment on #${target.prNumber}: ${describeApiError(e)}`);
    }
  } else if (options.comment) {
    log('no pull request for this event: no comment');
  }
  if (options.check && target.checkSha) {
    try {
      const run = await createCheckRun(api, {
        owner: ctx.owner,
        repo: ctx.repo,
        name: options.checkName,
        headSha: target.checkSha,
        conclusion: r.check.conclusion,
        title: r.check.title,
        summary: r.check.summary,
        text: r.check.text,
        detailsUrl: options.reportUrl,
        annotations: [],
        fullReport: options.reportUrl,
      });
      core.setOutput('check-run-id', String(run.id));
      checked = true;
      log(`check run "${options.checkName}" (${r.check.conclusion}) on ${target.checkSha}: id ${run.id}`);
    } catch (e) {
      failures.push(`check run on ${target.checkSha}: ${describeApiError(e)}`);
    }
  }
  return { failures, checked };
}
