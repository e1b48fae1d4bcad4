// `/perf bisect` and the inputs good/bad through the built action (dist/index.js), with a real
// issue_comment payload (@octokit/webhooks-examples) against the loopback GitHub API, on a fake-runner
// series of commits (FAKE_NOISE 0.5%: these tests check the plumbing, not the power). A maintainer's
// comment on a regression PR bisects the PR's own commits and the culprit goes under the report in the
// sticky comment, with a check run of its own; a non-regression PR gets one line and nothing is
// bisected; a reader's comment and a fork PR build nothing; a dispatch bisects a range on main, and a
// budget that runs out fails its check.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub, type FakePull } from '../helpers/fake-github.ts';
import { makeFakeSeries, type SeriesStep } from '../helpers/fake-series.ts';
import { examplePayload, runAction } from '../helpers/run-action.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { ExperimentStore } from '../../src/store/experiment-store.ts';

const WORK = mkdtempSync(join(tmpdir(), 'lpg-bisect-action-'));
const CACHE = join(WORK, 'cache');
const STORE = join(WORK, 'store', 'experiments.sqlite');
const MODEL = join(WORK, 'tiny.gguf');
writeTinyModel(MODEL, { ctx: 256 });
const doc: SeriesStep = { kind: 'doc' };
// 0 base, 1 docs, 2 speed × 0.95 (the culprit), 3 docs.
const { repo: REPO, commits: C } = makeFakeSeries(join(WORK, 'repo'), [doc, { kind: 'slow', factor: 0.95 }, doc]);
const short = (c: string) => c.slice(0, 9);
const CHECK = 'llama-perf-gate / bisect';

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  const lockDir = join(WORK, `lock-${Math.random().toString(36).slice(2)}`);
  mkdirSync(lockDir);
  return {
    repo: REPO, model: MODEL, workloads: 'tg16', threads: '1', repetitions: '2', 'max-blocks': '8', 'warmup-blocks': '1', timeout: '60', seed: '7',
    'base-env': 'FAKE_NOISE=0.005', 'head-env': 'FAKE_NOISE=0.005', 'cache-dir': CACHE, store: STORE, 'lock-dir': lockDir, 'github-token': 'ghs_test', ...extra,
  };
}

function pull(number: number, head: string, fork = false): FakePull {
  return {
    number, title: `PR ${number}`, head: { ref: `topic-${number}`, sha: head, repo: { full_name: fork ? 'mallory/Hello-World' : 'Codertocat/Hello-World' } },
    base: { ref: 'master', sha: C[0], repo: { full_name: 'Codertocat/Hello-World' } }, labels: [], user: { login: 'someone' },
  };
}

/** The real `issue_comment.created` example, as GitHub sends it for a comment on pull request `number`. */
function commentPayload(login: string, body: string, number: number) {
  const p = examplePayload('issue_comment', 'created');
  p.issue.number = number;
  p.issue.pull_request = { url: `${p.repository.url}/pulls/${number}`, html_url: `${p.repository.html_url}/pull/${number}`, diff_url: '', patch_url: '' };
  p.comment.body = body;
  p.comment.user.login = login;
  p.sender.login = login;
  assert.equal(p.comment.author_association, 'OWNER'); // what the payload claims decides nothing
  return p;
}

function dispatch(number?: number) {
  const p = examplePayload('workflow_dispatch');
  p.inputs = number === undefined ? {} : { 'pr-number': String(number) };
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

const said = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;

describe('/perf bisect through the action', { concurrency: 1 }, () => {
  test('a regression PR: a reader is refused; a maintainer\'s /perf bisect names the culprit under the report in the sticky comment and in its own check; a fork PR builds nothing', async (t) => {
    const gh = new FakeGitHub();
    await gh.start();
    t.after(() => gh.stop());
    gh.pulls.set(1, pull(1, C[3]));
    gh.permissions.set('maint', 'maintain');
    gh.permissions.set('visitor', 'read');

    // The PR's benchmark (a dispatch naming it): a regression, stored; the sticky comment and the gate's check.
    const first = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload: dispatch(1), inputs: inputs() });
    assert.equal(first.outputs.verdict, 'regression', said(first));
    const commentId = gh.comments.get(1)![0].id;
    const gate = gh.checkRuns.find((c) => c.name === 'llama-perf-gate')!;
    assert.equal(gate.conclusion, 'failure');
    const before = storedLaunches();

    // A commenter with read permission (the payload says OWNER): ignored, said so, nothing written or run.
    const writes = gh.writes().length;
    const refused = await runAction({ api: gh.url, eventName: 'issue_comment', payload: commentPayload('visitor', '/perf bisect', 1), inputs: inputs() });
    assert.equal(refused.code, 0, said(refused));
    assert.match(refused.stdout, /\/perf command ignored: @visitor has read permission on Codertocat\/Hello-World; \/perf bisect needs admin, maintain, write/);
    assert.equal(gh.writes().length, writes, 'no comment, no check');
    assert.equal(storedLaunches(), before, 'no launch');

    // A maintainer: the PR's own commits (branch point C0 .. head C3) are bisected; C2 is the culprit.
    const run = await runAction({ api: gh.url, eventName: 'issue_comment', payload: commentPayload('maint', '/perf bisect', 1), inputs: inputs() });
    assert.equal(run.code, 0, said(run));
    assert.equal(run.outputs.bisect, 'culprits', said(run));
    assert.match(run.stdout, new RegExp(`culprit: ${short(C[2])} speed × 0\\.95  B/A 0\\.9\\d\\d \\[0\\.9\\d\\d, 0\\.9\\d\\d\\] \\(tg16; verified\\)`));
    assert.ok(storedLaunches() > before, 'the steps measured');
    // The same sticky comment, edited: the PR's report first, then the culprit section.
    assert.equal(gh.comments.get(1)!.length, 1);
    const body = gh.comments.get(1)![0].body;
    assert.equal(gh.comments.get(1)![0].id, commentId);
    assert.match(body, /regression/i);
    assert.match(body, new RegExp(`## Bisect ${short(C[0])}\\.\\.${short(C[3])} \\(3 commits\\)`));
    assert.ok(body.indexOf('## Bisect') > body.indexOf('tg16'), 'the section comes under the report');
    assert.match(body, new RegExp(`- culprit: ${short(C[2])} speed × 0\\.95 .*verified`));
    // Its own check, on the PR head: the gate's conclusion stays failure.
    const check = gh.checkRuns.find((c) => c.name === CHECK)!;
    assert.equal(check.conclusion, 'success');
    assert.equal(check.head_sha, C[3]);
    assert.match(check.output.title, new RegExp(`^${short(C[2])} speed × 0\\.95 `));
    assert.equal(gh.checkRuns.filter((c) => c.name === 'llama-perf-gate').length, 1);
    assert.equal(gate.conclusion, 'failure');

    // The same comment on a fork PR: nothing is built or run.
    gh.pulls.set(1, pull(1, C[3], true));
    const launches = storedLaunches();
    const fork = await runAction({ api: gh.url, eventName: 'issue_comment', payload: commentPayload('maint', '/perf bisect', 1), inputs: inputs() });
    assert.equal(fork.code, 0, said(fork));
    assert.equal(fork.outputs.bisect, 'skipped');
    assert.match(fork.stdout, /comes from the fork mallory\/Hello-World; its code is not built on this runner without a maintainer's go-ahead/);
    assert.equal(storedLaunches(), launches);
  });

  test('a non-regression PR: /perf bisect answers in one line and bisects nothing', async (t) => {
    const gh = new FakeGitHub();
    await gh.start();
    t.after(() => gh.stop());
    gh.pulls.set(2, pull(2, C[1]));
    gh.permissions.set('maint', 'write');
    const first = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload: dispatch(2), inputs: inputs() });
    assert.equal(first.outputs.verdict, 'neutral', said(first));
    const comment = gh.comments.get(2)![0].body;
    const before = storedLaunches();

    const run = await runAction({ api: gh.url, eventName: 'issue_comment', payload: commentPayload('maint', '/perf bisect', 2), inputs: inputs() });
    assert.equal(run.code, 0, said(run));
    assert.match(run.stdout, /^\/perf bisect: PR #2's verdict is neutral, not a regression: nothing to bisect$/m);
    assert.equal(run.outputs.bisect, 'skipped');
    assert.equal(run.outputs['results-path'], undefined, 'no bisect.json');
    assert.doesNotMatch(run.stdout, /^build [0-9a-f]{9}:/m);
    assert.equal(storedLaunches(), before, 'no launch');
    assert.equal(gh.comments.get(2)![0].body, comment, 'the sticky comment is left as it was');
    const check = gh.checkRuns.find((c) => c.name === CHECK)!;
    assert.equal(check.conclusion, 'neutral');
    assert.match(check.output.title, /not a regression: nothing to bisect/);
  });

  test('a dispatch with good/bad bisects a range on main; a budget that runs out fails the check and the step', async (t) => {
    const gh = new FakeGitHub();
    await gh.start();
    t.after(() => gh.stop());
    // Two builds: good and bad only. The range is confirmed, nothing narrowed: no culprit, never a pass.
    const short2 = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload: dispatch(), inputs: inputs({ good: C[0], bad: C[3], 'max-builds': '2' }) });
    assert.equal(short2.code, 1, said(short2));
    assert.equal(short2.outputs.bisect, 'incomplete');
    let check = gh.checkRuns.at(-1)!;
    assert.equal(check.name, CHECK);
    assert.equal(check.conclusion, 'failure');
    assert.match(check.output.title, /^stopped short \(--max-builds 2 reached\)/);
    assert.doesNotMatch(short2.stdout, /^culprit:/m);

    const run = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload: dispatch(), inputs: inputs({ good: C[1], bad: C[3] }) });
    assert.equal(run.code, 0, said(run));
    assert.equal(run.outputs.bisect, 'culprits');
    check = gh.checkRuns.at(-1)!;
    assert.equal(check.name, CHECK);
    assert.equal(check.conclusion, 'success');
    assert.equal(check.head_sha, C[3]);
    assert.match(check.output.title, new RegExp(`^${short(C[2])} speed × 0\\.95 `));
    assert.match(run.summary, new RegExp(`- culprit: ${short(C[2])} speed × 0\\.95`));
    assert.equal(gh.comments.size, 0, 'no PR: no comment');
    // A ref that is not a ref is refused in one line, before anything runs.
    const bad = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload: dispatch(), inputs: inputs({ good: '--upload-pack=touch /tmp/x', bad: C[3] }) });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout + bad.stderr, /input "good" must be a git ref \(not starting with "-"\)/);
  });
});
