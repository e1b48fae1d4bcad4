// The commits a bisection walks: good, then every first-parent commit up to bad (a merge stands for
// the branch it brought in, as `git bisect --first-parent`), each with its subject line.
import { UserError } from '../sys/errors.ts';
import { run, runOk } from '../sys/exec.ts';

export interface RangeCommit {
  commit: string;
  subject: string;
}

/** [good, …, bad] along bad's first parents; a UserError when good is not an ancestor of bad. */
export async function commitRange(repo: string, good: string, bad: string): Promise<RangeCommit[]> {
  const anc = await run('git', ['-C', repo, 'merge-base', '--is-ancestor', good, bad]);
  if (anc.code !== 0) {
    throw new UserError(`--good ${good.slice(0, 12)} is not an ancestor of --bad ${bad.slice(0, 12)}`, 'give the older commit as --good and the newer as --bad, e.g. --good v1.0 --bad main');
  }
  const text = await runOk('git', ['-C', repo, 'log', '--first-parent', '--format=%H%x00%s', `${good}..${bad}`, '--']);
  const later = text.split('\n').filter((l) => l !== '').map((l) => {
    const [commit, subject] = l.split('\0');
    return { commit, subject: subject ?? '' };
  }).reverse();
  // A merge reaching good only through its second parent would skip it: insist the chain starts there.
  const first = later[0] ? await runOk('git', ['-C', repo, 'rev-parse', `${later[0].commit}^`]) : good;
  if (later.length > 0 && first.trim() !== good) {
    throw new UserError(`--good ${good.slice(0, 12)} is not on the first-parent history of --bad ${bad.slice(0, 12)}`, 'give a --good that --bad reaches through first parents (e.g. a commit of the same branch)');
  }
  const subject = (await runOk('git', ['-C', repo, 'log', '-1', '--format=%s', good])).trim();
  return [{ commit: good, subject }, ...later];
}
