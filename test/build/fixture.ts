// A tiny real CMake project in a temporary git repo: builds in about a second, so the build stage
// is tested on real git, real CMake and a real compiler.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim();
}

const made: string[] = [];

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `lpg-buildtest-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Registered with after() by each test file: the repos, caches and builds it made. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

const CMAKE_LISTS = `cmake_minimum_required(VERSION 3.14)
project(tiny C)
add_executable(llama-bench main.c)
`;
export const mainC = (msg: string) => `#include <stdio.h>\nint main(void) { puts("${msg}"); return 0; }\n`;

export interface TinyRepo {
  repo: string;
  good: string;
  broken: string;
  sweep: string;
  batched: string;
}

/**
 * Branches: `good` (prints "tiny-good"), `broken` (good + a #error), `sweep` (good + a second
 * executable target llama-sweep-bench, as ik_llama.cpp has), `batched` (good + llama-batched-bench,
 * as mainline has).
 */
export async function makeTinyRepo(): Promise<TinyRepo> {
  const repo = await tempDir('repo');
  git(repo, 'init', '--quiet', '-b', 'good');
  await writeFile(path.join(repo, 'CMakeLists.txt'), CMAKE_LISTS);
  await writeFile(path.join(repo, 'main.c'), mainC('tiny-good'));
  git(repo, 'add', '.');
  git(repo, 'commit', '--quiet', '-m', 'good');
  const good = git(repo, 'rev-parse', 'HEAD');

  git(repo, 'checkout', '--quiet', '-b', 'broken');
  await writeFile(path.join(repo, 'main.c'), '#error this commit does not compile\n' + mainC('x'));
  git(repo, 'commit', '--quiet', '-am', 'broken');
  const broken = git(repo, 'rev-parse', 'HEAD');

  git(repo, 'checkout', '--quiet', '-b', 'sweep', 'good');
  await mkdir(path.join(repo, 'sweep'));
  await writeFile(path.join(repo, 'sweep', 'sweep.c'), mainC('tiny-sweep'));
  await writeFile(path.join(repo, 'CMakeLists.txt'), CMAKE_LISTS + 'add_executable(llama-sweep-bench sweep/sweep.c)\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '--quiet', '-m', 'sweep');
  const sweep = git(repo, 'rev-parse', 'HEAD');

  git(repo, 'checkout', '--quiet', '-b', 'batched', 'good');
  await mkdir(path.join(repo, 'batched'));
  await writeFile(path.join(repo, 'batched', 'batched.c'), mainC('tiny-batched'));
  await writeFile(path.join(repo, 'CMakeLists.txt'), CMAKE_LISTS + 'add_executable(llama-batched-bench batched/batched.c)\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '--quiet', '-m', 'batched');
  const batched = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '--quiet', 'good');
  return { repo, good, broken, sweep, batched };
}
