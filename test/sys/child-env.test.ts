// The allowlisted environment of processes built from the code under test (src/sys/child-env.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../../src/sys/child-env.ts';

test('only allowlisted names pass; runner files, inputs, tokens never do, not even from the plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-env-'));
  writeFileSync(join(dir, 'path'), '/job/added/bin\n');
  const base = {
    PATH: '/job/added/bin:/usr/bin:/bin', HOME: '/home/r', LANG: 'C.UTF-8', LC_ALL: 'C', TMPDIR: '/tmp',
    CC: 'gcc', CXXFLAGS: '-O2', CMAKE_GENERATOR: 'Ninja', CCACHE_DIR: '/c', OMP_NUM_THREADS: '2', GGML_SCHED: '1',
    GITHUB_ENV: '/f/env', GITHUB_PATH: join(dir, 'path'), GITHUB_OUTPUT: '/f/o', GITHUB_STEP_SUMMARY: '/f/s', GITHUB_STATE: '/f/st',
    GITHUB_EVENT_PATH: '/f/e', GITHUB_TOKEN: 'ghs_x', GITHUB_REPOSITORY: 'o/r', ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_CACHE_URL: 'u',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'u', 'INPUT_GITHUB-TOKEN': 'ghs_y', RUNNER_TEMP: '/rt', NODE_OPTIONS: '--require x',
    LLAMA_API_KEY: 'k', CCACHE_SECRET: 's', NPM_TOKEN: 'n', SSH_AUTH_SOCK: '/a', AWS_SECRET_ACCESS_KEY: 'a', LD_PRELOAD: '/evil.so',
  };
  const env = childEnv(base, { LLAMA_KV_MMAP: '1', FAKE_CRASH: '1', GITHUB_ENV: '/plan/env', MY_TOKEN: 't' });
  assert.deepEqual(Object.keys(env).sort(), [
    'CC', 'CCACHE_DIR', 'CMAKE_GENERATOR', 'CXXFLAGS', 'FAKE_CRASH', 'GGML_SCHED', 'HOME', 'LANG', 'LC_ALL', 'LLAMA_KV_MMAP',
    'OMP_NUM_THREADS', 'PATH', 'TMPDIR',
  ]);
  assert.equal(env.PATH, '/usr/bin:/bin', "this job's GITHUB_PATH additions are left out");
  assert.equal(env.LLAMA_KV_MMAP, '1');
});

test('without GITHUB_PATH (outside Actions) PATH is passed unchanged', () => {
  assert.equal(childEnv({ PATH: '/a:/b' }).PATH, '/a:/b');
});
