// A throwaway git repository holding the fake llama-bench (fixtures/fake-runner) as a CMake project
// at its root: a base commit and a head commit that changes the compiled-in speed (or breaks the
// build). Integration tests point the pipeline at it instead of a real llama.cpp checkout.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FAKE_RUNNER_DIR = fileURLToPath(new URL('../../fixtures/fake-runner/', import.meta.url));
const SOURCES = ['CMakeLists.txt', 'fake-llama-bench.c', 'fake-batched-bench.c', 'fake-replay.c', 'fake-config.h', 'fake-seed.h', 'fake-llama.c', 'fake-llama.h'];
/** Real ik_llama.cpp captures, one directory per commit (fixtures/llama-bench/README.md). */
export const IK_CAPTURES_DIR = fileURLToPath(new URL('../../fixtures/llama-bench/ik/', import.meta.url));

export interface FakeRepoOptions {
  /** Throughput factor compiled into the head commit (base is 1.0). Default 0.9: head 10% slower. */
  headSlowdown?: number;
  /** Which llama-bench the binary imitates (default mainline). */
  flavour?: 'mainline' | 'ik';
  /** Head commit fails to compile (#error) instead of changing speed. */
  breakHead?: boolean;
  /**
   * Replay real captures instead of synthesising output: base and head builds replay
   * fixtures/llama-bench/ik/<base> and ik/<head> byte for byte (fixtures/fake-runner/fake-replay.c).
   */
  replay?: { base: string; head: string };
}

export interface FakeRepo {
  repo: string;
  baseRef: string;
  headRef: string;
}

function git(repo: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'fake', GIT_AUTHOR_EMAIL: 'fake@example.invalid',
      GIT_COMMITTER_NAME: 'fake', GIT_COMMITTER_EMAIL: 'fake@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim();
}

function configHeader(slowdown: number, broken: boolean): string {
  return [
    '/* Source-level knobs of the fake llama-bench. A "head" commit edits this file to change speed. */',
    `#define FAKE_SOURCE_SLOWDOWN ${slowdown.toPrecision(6)}`,
    ...(broken ? ['#error "fake llama-bench: head commit does not compile"'] : []),
    '',
  ].join('\n');
}

/** Creates `dir` (must not hold a repo yet) with branches `base` and `head`; returns their commits. */
export function makeFakeRunnerRepo(dir: string, opts: FakeRepoOptions = {}): FakeRepo {
  const headSlowdown = opts.headSlowdown ?? 0.9;
  const flavour = opts.flavour ?? 'mainline';
  if (!(headSlowdown > 0)) throw new Error(`headSlowdown must be > 0 (got ${headSlowdown})`);
  mkdirSync(dir, { recursive: true });
  for (const f of SOURCES) copyFileSync(join(FAKE_RUNNER_DIR, f), join(dir, f));
  if (flavour === 'ik') {
    // The repo's default flavour, so a plain `cmake -S repo` builds the ik imitation.
    const cm = join(dir, 'CMakeLists.txt');
    const text = readFileSync(cm, 'utf8');
    const changed = text.replace('set(FAKE_FLAVOUR "mainline" CACHE', 'set(FAKE_FLAVOUR "ik" CACHE');
    if (changed === text) throw new Error('fake-repo: FAKE_FLAVOUR default not found in CMakeLists.txt');
    writeFileSync(cm, changed);
  }
  writeFileSync(join(dir, 'fake-config.h'), configHeader(1.0, false));
  writeFileSync(join(dir, '.gitignore'), 'build/\n');
  const replay = (name: string) => {
    cpSync(join(IK_CAPTURES_DIR, name), join(dir, 'replay', name), { recursive: true });
    writeFileSync(join(dir, 'replay', 'REPLAY'), `${name}\n`);
  };
  if (opts.replay) replay(opts.replay.base);
  git(dir, ['init', '-q', '-b', 'base']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', `fake llama-bench (${flavour})`]);
  const baseRef = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', '-b', 'head']);
  writeFileSync(join(dir, 'fake-config.h'), configHeader(opts.breakHead ? 1.0 : headSlowdown, opts.breakHead ?? false));
  if (opts.replay) replay(opts.replay.head);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', opts.breakHead ? 'break the build' : opts.replay ? `replay ${opts.replay.head}` : `compiled-in slowdown ${headSlowdown}`]);
  const headRef = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', 'base']);
  return { repo: dir, baseRef, headRef };
}

export interface MovedBaseRepo {
  repo: string;
  /** Branch names: the base branch (moved on) and the PR branch. */
  base: string;
  head: string;
  /** The base's tip, the PR's head and where the PR branched off. */
  tip: string;
  prHead: string;
  branchPoint: string;
}

/**
 * A PR branched before the base got faster: `main` gets `baseSpeedup` (fake-config.h) and one more
 * commit after the PR branched; the PR (`pr`) changes speed by `prSlowdown` through CMakeLists.txt's
 * FAKE_SLOWDOWN default (another file, so the two merge cleanly), or only adds a text file when 1.
 */
export function makeMovedBaseRepo(dir: string, opts: { baseSpeedup?: number; prSlowdown?: number } = {}): MovedBaseRepo {
  const { repo, baseRef } = makeFakeRunnerRepo(dir, { headSlowdown: 0.5 });
  git(repo, ['branch', '-q', '-m', 'base', 'main']);
  git(repo, ['checkout', '-q', '-b', 'pr', baseRef]);
  const slow = opts.prSlowdown ?? 1;
  if (slow === 1) {
    writeFileSync(join(repo, 'NOTES.txt'), 'a PR that only adds a text file\n');
  } else {
    const cm = join(repo, 'CMakeLists.txt');
    const text = readFileSync(cm, 'utf8');
    const changed = text.replace('set(FAKE_SLOWDOWN "1.0" CACHE', `set(FAKE_SLOWDOWN "${slow}" CACHE`);
    if (changed === text) throw new Error('fake-repo: FAKE_SLOWDOWN default not found in CMakeLists.txt');
    writeFileSync(cm, changed);
  }
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', slow === 1 ? 'add a text file' : `PR slowdown ${slow}`]);
  const prHead = git(repo, ['rev-parse', 'HEAD']);
  git(repo, ['checkout', '-q', 'main']);
  writeFileSync(join(repo, 'fake-config.h'), configHeader(opts.baseSpeedup ?? 1.1, false));
  git(repo, ['commit', '-q', '-am', 'base got faster']);
  writeFileSync(join(repo, 'CHANGES.txt'), 'one more commit on the base\n');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'base moved on']);
  const tip = git(repo, ['rev-parse', 'HEAD']);
  git(repo, ['branch', '-q', '-D', 'head']);
  return { repo, base: 'main', head: 'pr', tip, prHead, branchPoint: baseRef };
}
