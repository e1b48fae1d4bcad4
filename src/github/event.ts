// What triggered this job, read from the webhook payload at $GITHUB_EVENT_PATH: which PR (if any),
// which refs to compare, which commit a check run belongs on, and whether the head comes from a fork.
// The payload is GitHub's, but strings in it (titles, branch names) are chosen by the PR author.
import { readFileSync } from 'node:fs';
import { UserError } from '../sys/errors.ts';

export interface PullInfo {
  number: number;
  title: string;
  /** Head branch name as the author named it (untrusted text). */
  headRef: string;
  headSha: string;
  /** owner/name of the repository the head branch lives in. */
  headRepo: string;
  baseRef: string;
  baseSha: string;
  labels: string[];
  /** Login of the PR author. */
  author: string;
  /** GitHub's answer whether the PR merges cleanly into its base (null: not computed yet). */
  mergeable: boolean | null;
}

export interface EventContext {
  eventName: string;
  action: string | null;
  owner: string;
  repo: string;
  sender: string | null;
  /** Set for pull_request / pull_request_target, or after resolving a dispatch's PR number. */
  pull: PullInfo | null;
  /** A PR number known but not yet resolved (dispatch input, workflow_run without pull_requests). */
  prNumber: number | null;
  /** The label added by this `labeled` event. */
  label: string | null;
  /** Refs to compare when no PR is involved (dispatch with base/head inputs). */
  baseRef: string | null;
  headRef: string | null;
  /** The commit a check run belongs on. */
  headSha: string | null;
  /**
   * pull_request: GitHub's test merge of the head into the base (GITHUB_SHA, refs/pull/N/merge),
   * what `compare: merge` measures. pull_request_target runs on the base instead: null there.
   */
  testMerge: string | null;
  /** workflow_run: the triggering run, whose artifact holds the results to post. */
  workflowRun: { id: number; event: string; conclusion: string | null; headSha: string; headRepo: string | null } | null;
  /** issue_comment on a pull request: the comment (its text is data, never permission). */
  comment: { body: string; author: string } | null;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
}
function str(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}
function posInt(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** How the report names a PR: `#290 title (owner/repo:branch → main)` (the branch names are the author's text). */
export function pullTitle(p: PullInfo): string {
  return `#${p.number} ${p.title} (${p.headRepo}:${p.headRef} → ${p.baseRef})`;
}

export function pullFromPayload(p: Json): PullInfo {
  const head = obj(p.head) ?? {};
  const base = obj(p.base) ?? {};
  const number = posInt(p.number);
  const headSha = str(head.sha);
  const baseSha = str(base.sha);
  if (number === null || headSha === null || baseSha === null) {
    throw new UserError('the pull request in the event payload lacks number, head.sha or base.sha');
  }
  const labels = Array.isArray(p.labels) ? p.labels.map((l) => str(obj(l)?.name)).filter((n): n is string => n !== null) : [];
  return {
    number,
    title: typeof p.title === 'string' ? p.title : '',
    headRef: str(head.ref) ?? headSha,
    headSha,
    // A deleted fork has head.repo null: treat it as foreign.
    headRepo: str(obj(head.repo)?.full_name) ?? '(deleted fork)',
    baseRef: str(base.ref) ?? baseSha,
    baseSha,
    labels,
    author: str(obj(p.user)?.login) ?? '',
    mergeable: typeof p.mergeable === 'boolean' ? p.mergeable : null,
  };
}

/** Derive the event context from the environment the runner sets. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  let payload: Json = {};
  if (path) {
    try {
      payload = obj(JSON.parse(readFileSync(path, 'utf8'))) ?? {};
    } catch (e) {
      throw new UserError(`cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${(e as Error).message}`);
    }
  }
  const repository = obj(payload.repository);
  const fullName = str(repository?.full_name) ?? env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = fullName.split('/');
  const ctx: EventContext = {
    eventName,
    action: str(payload.action),
    owner,
    repo,
    sender: str(obj(payload.sender)?.login),
    pull: null,
    prNumber: null,
    label: null,
    baseRef: null,
    headRef: null,
    headSha: env.GITHUB_SHA ?? null,
    testMerge: null,
    workflowRun: null,
    comment: null,
  };

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const p = obj(payload.pull_request);
    if (!p) throw new UserError(`the ${eventName} event payload has no pull_request object`);
    ctx.pull = pullFromPayload(p);
    ctx.prNumber = ctx.pull.number;
    ctx.headSha = ctx.pull.headSha;
    ctx.baseRef = ctx.pull.baseSha;
    ctx.headRef = ctx.pull.headSha;
    ctx.label = str(obj(payload.label)?.name);
    if (eventName === 'pull_request') ctx.testMerge = str(env.GITHUB_SHA);
  } else if (eventName === 'workflow_dispatch') {
    const inputs = obj(payload.inputs) ?? {};
    // Accept the spellings people use for dispatch inputs.
    const pr = inputs['pr-number'] ?? inputs['pr_number'] ?? inputs['pr'];
    if (pr !== undefined && pr !== '') {
      ctx.prNumber = posInt(pr);
      if (ctx.prNumber === null) {
        throw new UserError(`workflow_dispatch input pr-number must be a positive integer (got "${String(pr)}")`, 'example: pr-number: 1234');
      }
    }
    ctx.baseRef = str(inputs.base);
    ctx.headRef = str(inputs.head);
  } else if (eventName === 'issue_comment') {
    // Only comments on pull requests (an issue with a pull_request link) concern the gate.
    const issue = obj(payload.issue);
    const comment = obj(payload.comment);
    if (issue && obj(issue.pull_request) && comment) {
      ctx.prNumber = posInt(issue.number);
      ctx.comment = { body: typeof comment.body === 'string' ? comment.body : '', author: str(obj(comment.user)?.login) ?? '' };
    }
  } else if (eventName === 'workflow_run') {
    const run = obj(payload.workflow_run);
    if (!run) throw new UserError('the workflow_run event payload has no workflow_run object');
    const headSha = str(run.head_sha);
    const id = posInt(run.id);
    if (!headSha || id === null) throw new UserError('the workflow_run payload lacks head_sha or id');
    ctx.workflowRun = {
      id,
      event: str(run.event) ?? '',
      conclusion: str(run.conclusion),
      headSha,
      headRepo: str(obj(run.head_repository)?.full_name),
    };
    ctx.headSha = headSha;
    // GitHub fills pull_requests only for PRs whose head is in this repository; fork PRs come
    // through empty and must be matched by head SHA (see resolvePullForWorkflowRun in main).
    // Prefer the entry whose head is the run's commit; the PR may have moved on since.
    const prs = (Array.isArray(run.pull_requests) ? run.pull_requests : []).map(obj).filter((p): p is Json => p !== null);
    const match = prs.find((p) => str(obj(p.head)?.sha) === headSha) ?? prs[0];
    if (match) ctx.prNumber = posInt(match.number);
  }
  return ctx;
}

/** True when the PR's head lives in another repository (a fork). */
export function isFork(ctx: EventContext): boolean {
  return ctx.pull !== null && ctx.pull.headRepo.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase();
}
