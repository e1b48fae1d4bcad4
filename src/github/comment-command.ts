// `/perf more [N]` in a PR comment (the issue_comment event): more blocks for the PR's stored
// experiment. The comment's text only says how many blocks; whether it is honoured is decided by
// the commenter's permission on the repository, asked from the API (write, maintain or admin) —
// never from the text, the author_association field or anything else in the payload. Fork safety is
// unchanged: the PR is fetched first, so a fork's code still runs only after a maintainer's label
// event or a workflow_dispatch. Anyone else's comment is ignored, and the log says why.
import type { Client } from './client.ts';
import type { EventContext } from './event.ts';
import { describeApiError } from './client.ts';

export const MORE_COMMAND = /^\/perf\s+more(?:\s+(\d{1,4}))?\s*$/i;
/** `/perf bisect`: the PR's own commits, when its verdict is regression (no argument: refs come from the API). */
export const BISECT_COMMAND = /^\/perf\s+bisect\s*$/i;
/** Permissions that may extend an experiment (role names of the permission API). */
export const MAY_EXTEND = ['admin', 'maintain', 'write'];

const firstLine = (body: string) => body.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';

/** The first non-empty line of a comment as a `/perf more [N]` command, or null. */
export function parseMoreCommand(body: string): { blocks: number | null } | null {
  const m = MORE_COMMAND.exec(firstLine(body));
  if (!m) return null;
  const n = m[1] === undefined ? null : Number(m[1]);
  return { blocks: n !== null && n > 0 ? n : null };
}

/** The command a comment's first line selects (the text selects, it never decides who may). */
export type CommentCommand = { command: 'more'; blocks: number | null } | { command: 'bisect' };

export function parseCommentCommand(body: string): CommentCommand | null {
  const more = parseMoreCommand(body);
  if (more) return { command: 'more', blocks: more.blocks };
  return BISECT_COMMAND.test(firstLine(body)) ? { command: 'bisect' } : null;
}

export type CommentDecision = ({ run: true } & CommentCommand) | { run: false; reason: string };

/** The commenter's permission: the finer role name when the API gives one (maintain, triage). */
async function permissionOf(api: Client, ctx: EventContext, login: string): Promise<string> {
  const { data } = await api.rest.repos.getCollaboratorPermissionLevel({ owner: ctx.owner, repo: ctx.repo, username: login });
  return (data as { role_name?: string }).role_name ?? data.permission;
}

/** Whether this issue_comment event asks for more blocks and may have them. */
export async function decideCommentCommand(ctx: EventContext, api: () => Client): Promise<CommentDecision> {
  if (!ctx.comment || ctx.prNumber === null) return { run: false, reason: 'the comment is not on a pull request' };
  if (ctx.action !== null && ctx.action !== 'created') return { run: false, reason: `the comment was ${ctx.action}, not created` };
  const cmd = parseCommentCommand(ctx.comment.body);
  if (!cmd) return { run: false, reason: 'the comment is not a /perf more or /perf bisect command' };
  const login = ctx.comment.author;
  if (!login) return { run: false, reason: 'the comment has no author' };
  let permission: string;
  try {
    permission = await permissionOf(api(), ctx, login);
  } catch (e) {
    return { run: false, reason: `the permission of @${login} could not be checked (${describeApiError(e)}); nothing runs without it` };
  }
  if (!MAY_EXTEND.includes(permission)) {
    return { run: false, reason: `@${login} has ${permission} permission on ${ctx.owner}/${ctx.repo}; /perf ${cmd.command} needs ${MAY_EXTEND.join(', ')}` };
  }
  return { run: true, ...cmd };
}
