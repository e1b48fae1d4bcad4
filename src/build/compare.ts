// Which two commits a comparison measures (--compare): the refs as given, the head against its
// branch point, or the base tip against the head merged into it. A merge made here never touches
// the user's checkout (git merge-tree --write-tree, then commit-tree) and is the same commit for the
// same base and head (fixed author, committer, dates and message), so the experiment store finds the
// same experiment on resume and `more`; a ref under refs/llama-perf-gate/ keeps it from gc.
// argv arrays only: refs are untrusted text, and resolveRef refuses one starting with "-".
import type { CompareMode, Comparison } from '../plan/types.ts';
import { UserError } from '../sys/errors.ts';
import { run, runOk } from '../sys/exec.ts';
import { resolveRef } from './git.ts';

const SHA = /^[0-9a-f]{40,64}$/;
export const MERGE_REF_PREFIX = 'refs/llama-perf-gate/merges/';

export interface CompareRequest {
  repo: string;
  mode: CompareMode;
  baseRef: string;
  headRef: string;
  /**
   * merge on a pull_request event: the test merge commit GitHub made (GITHUB_SHA), or null when it
   * is missing or GitHub says the PR does not merge (`why`). Absent: merge here.
   */
  testMerge?: { commit: string | null; why?: string };
}

/** The branch point of two commits, or null when they share no history (or the checkout is shallow). */
export async function mergeBase(repo: string, a: string, b: string): Promise<string | null> {
  const r = await run('git', ['-C', repo, 'merge-base', a, b]);
  const sha = r.stdout.trim();
  return r.code === 0 && SHA.test(sha) ? sha : null;
}

/** Commits reachable from `to` but not from `from` (git rev-list --count from..to). */
export async function commitsBetween(repo: string, from: string, to: string): Promise<number | null> {
  const r = await run('git', ['-C', repo, 'rev-list', '--count', `${from}..${to}`]);
  return r.code === 0 && /^\d+$/.test(r.stdout.trim()) ? Number(r.stdout.trim()) : null;
}

/** The parents of a commit, or null when it is not a commit here. */
export async function parentsOf(repo: string, commit: string): Promise<string[] | null> {
  if (!SHA.test(commit)) return null;
  const r = await run('git', ['-C', repo, 'rev-list', '--parents', '-n', '1', `${commit}^{commit}`, '--']);
  const words = r.stdout.trim().split(/\s+/);
  return r.code === 0 && words[0] === commit ? words.slice(1) : null;
}

async function isShallow(repo: string): Promise<boolean> {
  const r = await run('git', ['-C', repo, 'rev-parse', '--is-shallow-repository']);
  return r.stdout.trim() === 'true';
}

/**
 * `head` merged into `base` without a checkout: the merge commit, or the conflicting paths. Author,
 * committer and both dates are fixed (the head's commit time), so the commit id depends only on
 * base and head.
 */
export async function makeMerge(repo: string, base: string, head: string): Promise<{ commit: string } | { conflicts: string[] }> {
  const tree = await run('git', ['-C', repo, 'merge-tree', '--write-tree', '--name-only', '--no-messages', base, head]);
  const lines = tree.stdout.split('\n').filter((l) => l !== '');
  if (tree.code === 1) return { conflicts: lines.slice(1) };
  if (tree.code !== 0 || !SHA.test(lines[0] ?? '')) {
    const why = (tree.stderr.trim() || tree.stdout.trim()).split('\n')[0];
    // git before 2.38 has no --write-tree: a merge without touching the checkout is impossible there.
    throw new UserError(`git merge-tree could not merge ${head.slice(0, 12)} into ${base.slice(0, 12)}: ${why}`, 'git 2.38 or newer is needed for --compare merge (or use --compare branch-point)');
  }
  const when = (await runOk('git', ['-C', repo, 'log', '-1', '--format=%ct', head])).trim();
  const who = { name: 'llama-perf-gate', email: 'llama-perf-gate@localhost.invalid', date: `${when} +0000` };
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_AUTHOR_DATE: who.date,
    GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_COMMITTER_DATE: who.date,
  };
  const message = `llama-perf-gate: test merge of ${head} into ${base}`;
  const commit = (await runOk('git', ['-C', repo, '-c', 'commit.gpgSign=false', 'commit-tree', '--no-gpg-sign', lines[0], '-p', base, '-p', head, '-m', message], { env })).trim();
  await runOk('git', ['-C', repo, 'update-ref', `${MERGE_REF_PREFIX}${base.slice(0, 12)}-${head.slice(0, 12)}`, commit]);
  return { commit };
}

/** Resolve the refs and the mode into the two commits to measure, with what the report says about them. */
export async function resolveComparison(req: CompareRequest): Promise<Comparison> {
  const { repo, mode } = req;
  const head = await resolveRef(repo, req.headRef);
  let base = await resolveRef(repo, req.baseRef);
  const out = (c: Partial<Comparison> & Pick<Comparison, 'mode' | 'a' | 'b'>, bp: string | null, moved: number | null): Comparison => ({
    requested: mode, fallback: null, baseRef: req.baseRef, headRef: req.headRef, base, head, branchPoint: bp, baseMoved: moved, merge: null, ...c,
  });
  let fallback: string | null = null;
  if (mode === 'merge' && req.testMerge) {
    const t = req.testMerge.commit;
    const parents = t ? await parentsOf(repo, t) : null;
    if (t && parents?.length === 2 && parents[1] === head) {
      // GitHub's merge is of the base as it was then: A is its first parent, whatever the payload's base.
      base = parents[0];
      const bp = await mergeBase(repo, base, head);
      return out({ mode, a: base, b: t, merge: { commit: t, by: 'github' } }, bp, bp === null ? null : await commitsBetween(repo, bp, base));
    }
    fallback = req.testMerge.why ?? (t === null || parents === null
      ? `GitHub's test merge commit${t ? ` ${t.slice(0, 12)}` : ''} is not in the checkout (the PR may not merge cleanly)`
      : `${t.slice(0, 12)} is not a merge of the head ${head.slice(0, 12)}`);
  }
  const bp = await mergeBase(repo, base, head);
  const moved = bp === null ? null : await commitsBetween(repo, bp, base);
  if (mode === 'refs') return out({ mode, a: base, b: head }, bp, moved);
  if (bp === null) {
    const shallow = await isShallow(repo);
    throw new UserError(
      `--compare ${mode}: ${req.baseRef} and ${req.headRef} have no common history in ${repo}${shallow ? ' (the checkout is shallow)' : ''}`,
      shallow ? 'fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)' : 'compare exactly the two refs with --compare refs',
    );
  }
  if (mode === 'merge' && fallback === null) {
    // A base the head already contains merges as a fast-forward: the result is the head itself.
    if (bp === base) return out({ mode, a: base, b: head }, bp, moved);
    const m = await makeMerge(repo, base, head);
    if ('commit' in m) return out({ mode, a: base, b: m.commit, merge: { commit: m.commit, by: 'local' } }, bp, moved);
    const shown = m.conflicts.slice(0, 5).join(', ') + (m.conflicts.length > 5 ? ` and ${m.conflicts.length - 5} more` : '');
    fallback = `${req.headRef} does not merge cleanly into ${req.baseRef} (conflicts in ${shown || 'some files'})`;
  }
  return out({ mode: 'branch-point', fallback, a: bp, b: head }, bp, moved);
}
