// `/perf more` from a real issue_comment payload (@octokit/webhooks-examples) against the loopback
// GitHub API, through dist/index.js as the runner starts it: a maintainer's comment extends the
// PR's stored experiment and the sticky comment is updated in place; a commenter without write
// permission (whatever author_association the payload claims) is ignored, and the log says why.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub, type FakePull } from '../helpers/fake-github.ts';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { examplePayload, runAction } from '../helpers/run-action.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { parseCommentCommand, parseMoreCommand } from '../../src/github/comment-command.ts';
import { ExperimentStore } from '../../src/store/experiment-store.ts';

const WORK = mkdtempSync(join(tmpdir(), 'lpg-more-'));
const CACHE = join(WORK, 'cache');
const STORE = join(WORK, 'store', 'experiments.sqlite');
const MODEL = join(WORK, 'tiny.gguf');
writeTinyModel(MODEL, { ctx: 256 });
const REPO = makeFakeRunnerRepo(join(WORK, 'repo'), { headSlowdown: 0.99 });

function inputs(): Record<string, string> {
  const lockDir = join(WORK, `lock-${Math.random().toString(36).slice(2)}`);
  mkdirSync(lockDir);
  return {
    repo: REPO.repo, model: MODEL, workloads: 'tg16', threads: '1', repetitions: '2', 'max-blocks': '2', horizon: '6',
    'warmup-blocks': '1', timeout: '60', seed: '7', 'cache-dir': CACHE, store: STORE, 'lock-dir': lockDir, 'github-token': 'ghs_test',
  };
}

function pull(fork = false): FakePull {
  return {
    number: 1, title: 'mmap KV', head: { ref: 'head', sha: REPO.headRef, repo: { full_name: fork ? 'mallory/Hello-World' : 'Codertocat/Hello-World' } },
    base: { ref: 'base', sha: REPO.baseRef, repo: { full_name: 'Codertocat/Hello-World' } }, labels: [], user: { login: 'someone' },
  };
}

/** The real `issue_comment.created` example, as GitHub sends it for a comment on a pull request. */
function commentPayload(login: string, body: string) {
  const p = examplePayload('issue_comment', 'created');
  p.issue.pull_request = { url: `${p.repository.url}/pulls/1`, html_url: `${p.repository.html_url}/pull/1`, diff_url: '', patch_url: '' };
  p.comment.body = body;
  p.comment.user.login = login;
  p.sender.login = login;
  assert.equal(p.comment.author_association, 'OWNER'); // what the payload claims decides nothing
  return p;
}

function storedLaunches(): number {
  const s = ExperimentStore.open(STORE);
  try {
    return s.list().reduce((n, e) => n + e.launches, 0);
  } finally {
    s.close();
  }
}

test('parseMoreCommand: the first line, an optional block count, nothing else', () => {
  assert.deepEqual(parseMoreCommand('/perf more'), { blocks: null });
  assert.deepEqual(parseMoreCommand('  /perf more 20  \nthanks'), { blocks: 20 });
  assert.deepEqual(parseMoreCommand('/PERF MORE 5'), { blocks: 5 });
  assert.equal(parseMoreCommand('please /perf more'), null);
  assert.equal(parseMoreCommand('/perf more 20; rm -rf /'), null);
  assert.equal(parseMoreCommand('/perf more 99999'), null);
});

test('parseCommentCommand: /perf bisect takes no argument (refs come from the API), the first line only', () => {
  assert.deepEqual(parseCommentCommand('/perf bisect'), { command: 'bisect' });
  assert.deepEqual(parseCommentCommand('  /PERF Bisect \nwhy is it slow?'), { command: 'bisect' });
  assert.deepEqual(parseCommentCommand('/perf more 3'), { command: 'more', blocks: 3 });
  assert.equal(parseCommentCommand('/perf bisect main~5..main'), null);
  assert.equal(parseCommentCommand('/perf bisect $(id)'), null);
  assert.equal(parseCommentCommand('see\n/perf bisect'), null);
});

describe('/perf more through the action', { concurrency: 1 }, () => {
  test('a maintainer extends the stored experiment and the sticky comment is updated in place; a reader is ignored; a fork PR is not built', async (t) => {
    const gh = new FakeGitHub();
    await gh.start();
    t.after(() => gh.stop());
    gh.pulls.set(1, pull());
    gh.permissions.set('maint', 'maintain');
    gh.permissions.set('visitor', 'read');

    // 1. The PR's first benchmark (a dispatch naming it): experiment stored, sticky comment created.
    const dispatch = examplePayload('workflow_dispatch');
    dispatch.inputs = { 'pr-number': '1' };
    const first = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload: dispatch, inputs: inputs() });
    assert.equal(first.code, 0, `${first.stdout}\n${first.stderr}`);
    assert.equal(gh.comments.get(1)?.length, 1);
    const commentId = gh.comments.get(1)![0].id;
    const before = storedLaunches();
    assert.equal(before, 6, 'warm-up + 2 blocks × A/B');

    // 2. A commenter with read permission (the payload says OWNER): ignored, said so, nothing written.
    const writes = gh.writes().length;
    const ignored = await runAction({ api: gh.url, eventName: 'issue_comment', payload: commentPayload('visitor', '/perf more 2'), inputs: inputs() });
    assert.equal(ignored.code, 0, ignored.stdout);
    assert.match(ignored.stdout, /\/perf command ignored: @visitor has read permission on Codertocat\/Hello-World; \/perf more needs admin, maintain, write/);
    assert.equal(ignored.outputs.verdict, 'skipped');
    assert.equal(gh.writes().length, writes, 'no comment, no check');
    assert.equal(storedLaunches(), before, 'no launch');
    assert.ok(gh.requests.some((r) => r.path === '/repos/Codertocat/Hello-World/collaborators/visitor/permission'), 'permission asked from the API');

    // 3. A maintainer: 2 more blocks, the same comment edited.
    const more = await runAction({ api: gh.url, eventName: 'issue_comment', payload: commentPayload('maint', '/perf more 2'), inputs: inputs() });
    assert.equal(more.code, 0, `${more.stdout}\n${more.stderr}`);
    assert.match(more.stdout, /\/perf more from @maint: 2 more blocks for PR #1/);
    assert.equal(storedLaunches(), before + 4);
    const results = JSON.parse(readFileSync(more.outputs['results-path'], 'utf8'));
    assert.deepEqual(results.experiment.segments.map((s: { kind: string }) => s.kind), ['run', 'more']);
    assert.equal(gh.comments.get(1)?.length, 1, 'one sticky comment');
    assert.equal(gh.comments.get(1)![0].id, commentId);
    assert.ok(gh.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${commentId}`)), 'updated in place');
    assert.match(gh.comments.get(1)![0].body, /continued: 2 → 4 blocks/);

    // 4. The same command on a fork PR: fork safety unchanged, nothing is built or run.
    gh.pulls.set(1, pull(true));
    const fork = await runAction({ api: gh.url, eventName: 'issue_comment', payload: commentPayload('maint', '/perf more'), inputs: inputs() });
    assert.equal(fork.code, 0, fork.stdout);
    assert.equal(fork.outputs.verdict, 'skipped');
    assert.match(fork.stdout, /comes from the fork mallory\/Hello-World; its code is not built on this runner without a maintainer's go-ahead/);
    assert.equal(storedLaunches(), before + 4);
  });
});
