// One comment per PR, edited on every run. Found again by the hidden marker in its body AND by its
// author (anyone can paste the marker into their own comment), across every page of the comment list.
import type { Client, Log } from './client.ts';

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

export async function upsertStickyComment(octokit: Client, t: StickyTarget, body: string, author: string): Promise<StickyResult> {
  // The marker is what finds the comment next time: make sure the body carries it.
  const full = body.includes(t.marker) ? body : `${t.marker}\n${body}`;
  const existing = await findStickyComment(octokit, t, author);
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body: full });
    return { id: data.id, url: data.html_url, action: 'updated' };
  }
  const { data } = await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body: full });
  return { id: data.id, url: data.html_url, action: 'created' };
}
