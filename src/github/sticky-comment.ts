// One comment per PR, edited on every run. Found again by the hidden marker in its body AND by its
// author (anyone can paste the marker into their own comment), across every page of the comment list.
//
// Creating is the one write that is not idempotent: a POST the server stored but did not answer
// (a 502 after the write, a dropped connection, a timeout) retried blindly makes a second comment,
// and later runs would edit only the older one. So a create is never retried as such: after any
// failed or unanswered create the comments are listed again, and an existing sticky comment is
// edited instead. Edits (PATCH) are idempotent and keep the client's own retries.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client, Log } from './client.ts';
import { describeApiError, NO_AUTO_RETRY } from './client.ts';
import { fitToLimit, COMMENT_MAX_CHARS } from '../report/index.ts';

export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
}

export interface StickyResult {
  id: number;
  url: string;
  action: 'created' | 'updated';
}

export interface UpsertOptions {
  log?: Log;
  /** Creates attempted at most (each after a fresh look-up). */
  attempts?: number;
  /** Wait before looking again, when the answer gave no retry-after (ms, doubled each time). */
  backoffMs?: number;
}

/**
 * Who the token acts as. A personal token can ask GET /user; the workflow's GITHUB_TOKEN (an
 * installation token) cannot, and comments made with it are authored by github-actions[bot].
 */
export async function tokenLogin(octokit: Client, log: Log): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login) return data.login;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status !== 401 && status !== 403 && status !== 404) throw e;
    log(`GET /user answered ${status}: the token is an installation token; its comments are authored by ${GITHUB_ACTIONS_BOT}`);
  }
  return GITHUB_ACTIONS_BOT;
}

/** The existing sticky comment (oldest match) or null, looking through all pages. */
export async function findStickyComment(octokit: Client, t: StickyTarget, author: string): Promise<{ id: number; url: string } | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const c of page.data) {
      if (c.user?.login === author && typeof c.body === 'string' && c.body.includes(t.marker)) {
        return { id: c.id, url: c.html_url };
      }
    }
  }
  return null;
}

/** Answers that say the request was refused as such: retrying or looking again cannot help. */
function refused(e: unknown): boolean {
  const status = (e as { status?: number }).status;
  const message = String((e as { message?: string }).message ?? '');
  if (status === 403 && /rate limit/i.test(message)) return false;
  return status === 400 || status === 401 || status === 403 || status === 404 || status === 410 || status === 422;
}

function retryAfterMs(e: unknown): number | null {
  const h = (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers?.['retry-after'];
  const s = Number(h);
  return h !== undefined && Number.isFinite(s) && s >= 0 ? Math.min(s, 600) * 1000 : null;
}

export async function upsertStickyComment(octokit: Client, t: StickyTarget, body: string, author: string, o: UpsertOptions = {}): Promise<StickyResult> {
  // The marker is what finds the comment next time: make sure the body carries it, and that the
  // body fits (the report fits its own; a user's template may not), the marker kept at its head.
  const full = fitToLimit(body.includes(t.marker) ? body : `${t.marker}\n${body}`, COMMENT_MAX_CHARS, null, t.marker);
  const attempts = o.attempts ?? 4;
  let wait = o.backoffMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    const existing = await findStickyComment(octokit, t, author);
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body: full });
      return { id: data.id, url: data.html_url, action: attempt === 1 ? 'updated' : 'created' };
    }
    try {
      const { data } = await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body: full, request: NO_AUTO_RETRY });
      return { id: data.id, url: data.html_url, action: 'created' };
    } catch (e) {
      if (refused(e) || attempt >= attempts) throw e;
      // The comment may exist now: look again before any new create.
      const ms = retryAfterMs(e) ?? wait;
      o.log?.(`creating the comment on #${t.issueNumber} failed (${describeApiError(e)}); looking it up again in ${Math.round(ms / 1000)} s before trying again`);
      await sleep(ms);
      wait *= 2;
    }
  }
}
