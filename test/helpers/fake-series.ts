// A fake-runner repository with a series of commits on top of its base: doc-only commits, commits
// that set the compiled-in speed (fake-config.h's FAKE_SOURCE_SLOWDOWN, cumulative) and commits
// that break or repair the build. Bisection tests walk it.
import { execFileSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from './fake-repo.ts';

/** doc: a text file changes; slow: throughput × factor from here on; break: #error; fix: builds again. */
export type SeriesStep = { kind: 'doc' } | { kind: 'slow'; factor: number } | { kind: 'break' } | { kind: 'fix' };

export interface FakeSeries {
  repo: string;
  /** The base (good) commit, then one commit per step. */
  commits: string[];
}

const git = (repo: string, args: string[]) => execFileSync('git', args, {
  cwd: repo, encoding: 'utf8',
  env: { ...process.env, GIT_AUTHOR_NAME: 'fake', GIT_AUTHOR_EMAIL: 'fake@example.invalid', GIT_COMMITTER_NAME: 'fake', GIT_COMMITTER_EMAIL: 'fake@example.invalid', GIT_CONFIG_NOSYSTEM: '1' },
}).trim();

function header(speed: number, broken: boolean): string {
  return ['/* Source-level knobs of the fake llama-bench. */', `#define FAKE_SOURCE_SLOWDOWN ${speed.toPrecision(6)}`, ...(broken ? ['#error "does not compile"'] : []), ''].join('\n');
}

export function makeFakeSeries(dir: string, steps: SeriesStep[]): FakeSeries {
  const { repo, baseRef } = makeFakeRunnerRepo(dir, { headSlowdown: 0.5 }) // its head branch is not used;
  git(repo, ['checkout', '-q', 'base']);
  const commits = [baseRef];
  let speed = 1;
  steps.forEach((s, i) => {
    let subject: string;
    if (s.kind === 'doc') {
      appendFileSync(join(repo, 'NOTES.md'), `note ${i}\n`);
      subject = `docs: note ${i}`;
    } else {
      if (s.kind === 'slow') speed *= s.factor;
      writeFileSync(join(repo, 'fake-config.h'), header(speed, s.kind === 'break'));
      subject = s.kind === 'slow' ? `speed × ${s.factor}` : s.kind === 'break' ? 'break the build' : 'repair the build';
    }
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', subject]);
    commits.push(git(repo, ['rev-parse', 'HEAD']));
  });
  return { repo, commits };
}
