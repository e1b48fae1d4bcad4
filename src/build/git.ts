// Refs → commits, and one detached worktree per commit under the cache, reused across runs.
import { mkdir, realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../sys/errors.ts';
import { run, runOk } from '../sys/exec.ts';

const GIT_HINT_REFS = (repo: string) => `list the refs with: git -C ${repo} branch -a`;

/** The commit a ref names in `repo`; a UserError naming both when the repo or the ref is missing. */
export async function resolveRef(repo: string, ref: string): Promise<string> {
  await assertGitRepo(repo);
  if (!ref || ref.startsWith('-')) {
    throw new UserError(`invalid git ref "${ref}" for repo ${repo}`, GIT_HINT_REFS(repo));
  }
  const r = await run('git', ['-C', repo, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const commit = r.stdout.trim();
  if (r.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new UserError(`git ref "${ref}" does not name a commit in ${repo}`, GIT_HINT_REFS(repo));
  }
  return commit;
}

export async function assertGitRepo(repo: string): Promise<void> {
  const isDir = await stat(repo).then((s) => s.isDirectory(), () => false);
  if (!isDir) {
    throw new UserError(`repo ${repo} does not exist or is not a directory`, 'pass --repo the path of a llama.cpp or ik_llama.cpp git checkout');
  }
  const r = await run('git', ['-C', repo, 'rev-parse', '--git-dir']).catch((e: Error) => {
    throw new UserError(`cannot run git: ${e.message}`, 'install git: apt-get install git');
  });
  if (r.code !== 0) {
    throw new UserError(`${repo} is not a git repository`, 'pass --repo the path of a llama.cpp or ik_llama.cpp git checkout (git clone ...)');
  }
}

export function worktreePath(cacheDir: string, commit: string): string {
  return path.join(cacheDir, 'worktrees', commit.slice(0, 12));
}

/**
 * A clean detached checkout of `commit` at <cacheDir>/worktrees/<commit12>. Reused when it already
 * holds that commit with no tracked changes; rebuilt when it is stale, broken, or was edited.
 */
export async function ensureWorktree(
  repo: string,
  commit: string,
  cacheDir: string,
): Promise<{ path: string; reused: boolean }> {
  const wt = worktreePath(cacheDir, commit);
  if (await isCleanCheckoutOf(wt, commit)) return { path: wt, reused: true };

  if (await stat(wt).then(() => true, () => false)) {
    // Stale or edited: the directory is ours (inside the cache), so replace it — keeping nothing.
    await run('git', ['-C', repo, 'worktree', 'remove', '--force', wt]);
    await rm(wt, { recursive: true, force: true });
  }
  // A worktree deleted behind git's back stays registered and blocks `worktree add`.
  await run('git', ['-C', repo, 'worktree', 'prune']);
  await mkdir(path.dirname(wt), { recursive: true });
  await runOk('git', ['-C', repo, 'worktree', 'add', '--detach', '--force', wt, commit]);
  return { path: wt, reused: false };
}

async function isCleanCheckoutOf(wt: string, commit: string): Promise<boolean> {
  const head = await run('git', ['-C', wt, 'rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => null);
  if (!head || head.code !== 0 || head.stdout.trim() !== commit) return false;
  // `git -C wt` may walk up to an unrelated repo when wt is not a worktree: insist on wt being the top.
  const top = await run('git', ['-C', wt, 'rev-parse', '--show-toplevel']);
  if (top.code !== 0) return false;
  const same = (await realpath(top.stdout.trim()).catch(() => '')) === (await realpath(wt).catch(() => wt));
  if (!same) return false;
  const st = await run('git', ['-C', wt, 'status', '--porcelain', '--untracked-files=no']);
  return st.code === 0 && st.stdout.trim() === '';
}
