// actions/checkout fetches one commit by default; the benchmark needs both the base and the head
// commit in the repository it builds. Fetch whichever is missing (by SHA, or the PR's head ref,
// which exists on the base repository even for forks). argv arrays only: refs are untrusted text.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function hasCommit(repo: string, ref: string): Promise<boolean> {
  try {
    await run('git', ['-C', repo, 'cat-file', '-e', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Make sure every ref resolves to a commit in `repo`; returns lines saying what was fetched. */
export async function ensureCommits(repo: string, refs: string[], prNumber: number | null): Promise<string[]> {
  const said: string[] = [];
  for (const ref of new Set(refs)) {
    if (ref.startsWith('-')) continue; // never let a ref be read as an option; the build stage rejects it
    if (await hasCommit(repo, ref)) continue;
    // refs/pull/N/merge: GitHub's test merge (with both parents), which a checkout does not fetch.
    const sources = [ref, ...(prNumber ? [`refs/pull/${prNumber}/head`, `refs/pull/${prNumber}/merge`] : [])];
    for (const src of sources) {
      try {
        await run('git', ['-C', repo, 'fetch', '--no-tags', '--quiet', 'origin', src], { timeout: 600_000 });
      } catch {
        continue;
      }
      if (await hasCommit(repo, ref)) {
        said.push(`fetched ${ref} from origin (${src})`);
        break;
      }
    }
  }
  return said;
}
