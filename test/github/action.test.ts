// The built action (dist/index.js) run as the Actions runner runs it, against a fake GitHub REST API
// on 127.0.0.1, with real webhook payloads. These tests post results from results.json files, the
// path a trusted workflow_run job and the fleet aggregate job take.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { ROOT, asFork, examplePayload, runAction, type ActionRun } from '../helpers/run-action.ts';
import { resultsFor, writeResultsFile, type SampleVerdict } from '../helpers/results-files.ts';
import { decideAll } from '../../src/stats/decide.ts';
import type { MakeOptions } from '../../fixtures/results/make-results.ts';

const FIXTURE = join(ROOT, 'fixtures/results/with-analysis.json');
/** The decision rule a plan gets from the CLI's defaults (what the posting job declares without inputs). */
const DEFAULT_RULE = { maxBlocks: 30, horizon: 60, looks: [10, 12, 15, 20, 30], margin: 0.02, alpha: 0.05, method: 'hl', spending: 'split' };
const MARKER = '<!-- llama-perf-gate -->';

/** Each test has its own fake API, so the tests can run side by side (most of their time is waiting). */
async function fakeGitHub(t: { after: (fn: () => Promise<void>) => void }): Promise<FakeGitHub> {
  const gh = new FakeGitHub();
  await gh.start();
  t.after(() => gh.stop());
  return gh;
}

/** Markdown-escaped text with the escapes removed, to look for plain words in it. */
const plain = (s: string) =>
  s.replace(/\\/g, '').replace(/&#8203;/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

type Verdict = SampleVerdict;

/** The head commit of the example pull_request payloads: what a results file for them measured as B. */
const PR_HEAD = examplePayload('pull_request', 'opened').pull_request.head.sha as string;

/**
 * A results.json whose SAMPLES decide `verdict` (the action recomputes every verdict), B measured at
 * `head` (default the example PR's head), in a fresh directory. Its plan has the CLI's default
 * decision rule (max-blocks 30: looks at 7 and 30), the rule a posting job with default inputs declares.
 */
function resultsFile(dir: string, verdict: Verdict | null, edit: (r: any) => void = () => {}, head = PR_HEAD, make: MakeOptions = {}): string {
  // Undecided is inconclusive only after the plan's 30 blocks: stopped before them it is incomplete.
  const r = verdict ? resultsFor(verdict, verdict === 'inconclusive' ? { blocks: 31, ...make } : make) : JSON.parse(readFileSync(FIXTURE, 'utf8'));
  return writeResultsFile(dir, r, (x) => {
    x.builds.find((b: any) => b.variant === 'B').commit = head;
    Object.assign(x.plan, DEFAULT_RULE);
    x.analysis = decideAll(x);
    if (verdict && x.analysis?.verdict !== verdict) throw new Error(`resultsFile(${verdict}): the default rule decides ${x.analysis?.verdict}`);
    edit(x);
  });
}

function tmp(name: string): string {
  return mkdtempSync(join(tmpdir(), `lpg-${name}-`));
}

function prOpened() {
  return examplePayload('pull_request', 'opened');
}

function assertOk(run: ActionRun): void {
  assert.equal(run.code, 0, `action failed:\n${run.stdout}\n${run.stderr}`);
}

describe('the action, run as the runner runs it', { concurrency: 4 }, () => {
test('first run creates the sticky comment, second run edits it — found on page 3, one comment in the end', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = prOpened();
  const pr = payload.number as number;
  // 230 earlier comments by people, one of them quoting the marker (must not be taken over).
  for (let i = 0; i < 230; i++) gh.addComment(pr, i === 5 ? 'mallory' : `user${i % 7}`, i === 5 ? `look: ${MARKER}` : `comment ${i}`);
  const results = resultsFile(tmp('sticky'), 'neutral');
  const inputs = { 'results-path': results, 'github-token': 'ghs_test', check: 'false' };

  const first = await runAction({ api: gh.url, eventName: 'pull_request', payload, inputs });
  assertOk(first);
  const mine = () => gh.comments.get(pr)!.filter((c) => c.user.login === 'github-actions[bot]');
  assert.equal(mine().length, 1);
  assert.equal(gh.comments.get(pr)!.indexOf(mine()[0]), 230, 'the action comment is the 231st: on page 3 at 100 per page');
  assert.equal(first.outputs['comment-url'], mine()[0].html_url);
  const firstId = mine()[0].id;

  gh.requests.length = 0;
  const second = await runAction({ api: gh.url, eventName: 'pull_request', payload: examplePayload('pull_request', 'synchronize'), inputs: { ...inputs } });
  assertOk(second);
  assert.equal(mine().length, 1, 'still exactly one comment by the action');
  assert.equal(mine()[0].id, firstId);
  assert.ok(mine()[0].body.startsWith(MARKER));
  const listed = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${pr}/comments`));
  assert.deepEqual(listed.map((r) => r.query.get('page') ?? '1'), ['1', '2', '3'], 'walked all three pages via the Link header');
  const writes = gh.writes();
  assert.deepEqual(writes.map((w) => w.method), ['PATCH'], 'edited, not re-posted');
  assert.equal(gh.comments.get(pr)![5].body, `look: ${MARKER}`, "someone else's comment with the marker is left alone");
});

const CONCLUSIONS: [Verdict | 'build-failed', 'pass' | 'fail', string][] = [
  ['regression', 'pass', 'failure'],
  ['neutral', 'fail', 'success'],
  ['improvement', 'fail', 'success'],
  ['inconclusive', 'pass', 'neutral'],
  ['inconclusive', 'fail', 'failure'],
  ['build-failed', 'pass', 'failure'],
  ['failed', 'pass', 'failure'],
];
for (const [verdict, onInconclusive, expected] of CONCLUSIONS) {
  test(`check run: ${verdict} with on-inconclusive ${onInconclusive} concludes ${expected}`, async (t) => {
    const gh = await fakeGitHub(t);
    const payload = prOpened();
    const path = verdict === 'build-failed' ? join(ROOT, 'fixtures/results/build-failed.json') : resultsFile(tmp(`verdict-${verdict}`), verdict);
    const run = await runAction({
      api: gh.url,
      eventName: 'pull_request',
      payload,
      inputs: { 'results-path': path, 'github-token': 'ghs_test', comment: 'false', 'on-inconclusive': onInconclusive },
    });
    assertOk(run);
    assert.equal(gh.checkRuns.length, 1, 'one check run');
    const c = gh.checkRuns[0];
    assert.equal(c.conclusion, expected);
    assert.equal(c.status, 'completed');
    assert.equal(c.head_sha, payload.pull_request.head.sha);
    assert.equal(c.name, 'llama-perf-gate');
    assert.ok(c.output.summary.length > 0 && c.output.summary.length <= 65_535);
    assert.equal(run.outputs['check-run-id'], String(c.id));
    assert.equal(run.outputs.verdict, verdict === 'build-failed' ? 'failed' : verdict);
  });
}

test('workflow_dispatch with a PR number attaches the check to that PR head SHA and comments there', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = examplePayload('workflow_dispatch');
  payload.inputs = { 'pr-number': '77' };
  const headSha = 'feedfacefeedfacefeedfacefeedfacefeedface';
  gh.pulls.set(77, {
    number: 77,
    title: 'mmap backed KV cache',
    head: { ref: 'kv-mmap', sha: headSha, repo: { full_name: 'someone/octo-repo' } },
    base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
    labels: [],
    user: { login: 'someone' },
  });
  const run = await runAction({
    api: gh.url,
    eventName: 'workflow_dispatch',
    payload,
    inputs: { 'results-path': resultsFile(tmp('dispatch'), 'regression', undefined, headSha), 'github-token': 'ghs_test' },
  });
  assertOk(run);
  assert.equal(gh.checkRuns.length, 1);
  assert.equal(gh.checkRuns[0].head_sha, headSha, 'not GITHUB_SHA: the PR head');
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
  assert.equal(gh.comments.get(77)?.length, 1);
  assert.ok(gh.requests.some((r) => r.method === 'GET' && r.path === '/repos/octo-org/octo-repo/pulls/77'));
});

test('a fork PR without a maintainer go-ahead builds nothing, explains what to do, and exits 0', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = asFork(prOpened());
  const ws = tmp('fork');
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request',
    payload,
    workspace: ws,
    // Inputs for a real run: if the gate let it through, it would try to build this repo.
    inputs: { mode: 'run', repo: 'no-such-checkout', model: 'no-such-model.gguf', base: 'main', head: 'pr', 'github-token': 'ghs_test', 'allow-fork-label': 'perf-ok' },
  });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'skipped');
  assert.match(run.summary, /benchmark not run/);
  assert.match(run.summary, /fork/);
  assert.match(plain(run.summary), /perf-ok/, 'names the label a maintainer can add');
  assert.match(run.summary, /Run workflow/, 'and the dispatch alternative');
  assert.equal(gh.requests.length, 0, 'no API call at all');
  assert.equal(existsSync(join(run.runnerTemp, 'llama-perf-gate')), false, 'no output directory: nothing ran');
});

test('a new push to a labelled fork PR removes the label and does not build', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = asFork(examplePayload('pull_request', 'synchronize'));
  payload.pull_request.labels = [{ name: 'perf-ok' }, { name: 'bug' }];
  gh.pulls.set(payload.number, {
    number: payload.number, title: 't', head: payload.pull_request.head, base: payload.pull_request.base,
    labels: [{ name: 'perf-ok' }, { name: 'bug' }], user: { login: 'mallory' },
  });
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request_target',
    payload,
    inputs: { mode: 'run', model: 'm.gguf', 'github-token': 'ghs_test', 'allow-fork-label': 'perf-ok' },
  });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'skipped');
  assert.deepEqual(gh.writes().map((w) => `${w.method} ${w.path}`), [`DELETE /repos/Codertocat/Hello-World/issues/${payload.number}/labels/perf-ok`]);
  assert.deepEqual(gh.pulls.get(payload.number)!.labels.map((l) => l.name), ['bug']);
});

test('injected 502s are retried until the write goes through', async (t) => {
  const gh = await fakeGitHub(t);
  gh.fail({ method: 'POST', path: /\/check-runs$/, status: 502, times: 1 });
  gh.fail({ method: 'GET', path: /\/comments$/, status: 502, times: 1 });
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request',
    payload: prOpened(),
    inputs: { 'results-path': resultsFile(tmp('502'), 'neutral'), 'github-token': 'ghs_test' },
  });
  assertOk(run);
  const checkPosts = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'));
  assert.deepEqual(checkPosts.map((r) => r.status), [502, 201]);
  const lists = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
  assert.deepEqual(lists.map((r) => r.status), [502, 200]);
  assert.equal(gh.checkRuns.length, 1);
  assert.equal([...gh.comments.values()].flat().length, 1);
});

test('a 403 secondary rate limit is waited out (retry-after) and retried', async (t) => {
  const gh = await fakeGitHub(t);
  gh.fail({
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    status: 403,
    headers: { 'retry-after': '1' },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    times: 1,
  });
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request',
    payload: prOpened(),
    inputs: { 'results-path': resultsFile(tmp('403'), 'neutral'), 'github-token': 'ghs_test', check: 'false' },
  });
  assertOk(run);
  // A create is never retried blindly: the comment is looked up again first (it may have been stored).
  assert.match(run.stdout, /secondary rate limit on POST .*comments: not retried blindly/);
  assert.match(run.stdout, /creating the comment on #2 failed \(HTTP 403: You have exceeded a secondary rate limit.*\); looking it up again in 1 s/);
  const posts = gh.requests.filter((r) => r.method === 'POST');
  assert.deepEqual(posts.map((r) => r.status), [403, 201]);
  assert.equal([...gh.comments.values()].flat().length, 1);
});

test('a PR title and branch with Markdown, HTML and @mentions come out inert', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = prOpened();
  payload.pull_request.title = 'Fix <img src=x onerror=alert(1)> **now** @octocat [click](https://evil.test) <!-- llama-perf-gate -->';
  payload.pull_request.head.ref = 'feat/<script>alert(1)</script>@everyone';
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request',
    payload,
    inputs: { 'results-path': resultsFile(tmp('inert'), 'neutral'), 'github-token': 'ghs_test' },
  });
  assertOk(run);
  const body = [...gh.comments.values()].flat()[0].body;
  for (const text of [body, run.summary, gh.checkRuns[0].output.summary]) {
    assert.ok(!/<img/i.test(text) && !/<script/i.test(text), 'no live HTML');
    assert.ok(!/@octocat\b/.test(text) && !/@everyone\b/.test(text), 'no live mention');
    assert.ok(!text.includes('[click](https://evil.test)'), 'no live link');
    assert.ok(!text.includes('**now**'), 'no live emphasis');
  }
  assert.equal(body.split(MARKER).length - 1, 1, 'the title cannot plant a second marker');
  assert.match(body, /octocat/, 'the title is still shown');
});

test('every API call failing still leaves the results and the summary, says what failed, fails the step', async (t) => {
  const gh = await fakeGitHub(t);
  for (const method of ['GET', 'POST', 'PATCH']) {
    gh.fail({ method, path: /.*/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 100 });
  }
  const dir = tmp('allfail');
  mkdirSync(join(dir, 'perf-a'));
  mkdirSync(join(dir, 'perf-b'));
  resultsFile(join(dir, 'perf-a'), 'neutral');
  resultsFile(join(dir, 'perf-b'), 'inconclusive');
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request',
    payload: prOpened(),
    workspace: dir,
    inputs: { mode: 'aggregate', results: 'perf-*/results.json', out: 'merged', 'github-token': 'ghs_test' },
  });
  assert.equal(run.code, 1);
  assert.ok(existsSync(join(dir, 'merged/aggregate.json')), 'the merged results are written');
  assert.equal(run.outputs['results-path'], join(dir, 'merged/aggregate.json'));
  assert.ok(run.summary.length > 200, 'the job summary has the report');
  assert.match(run.stdout, /::error::posting to GitHub failed — sticky comment on #2: HTTP 403: Resource not accessible by integration; check run on [0-9a-f]{40}: HTTP 403/);
  assert.equal(gh.checkRuns.length, 0);
});

test('fleet: several machines become one comment and one check, a section per machine', async (t) => {
  const gh = await fakeGitHub(t);
  const dir = tmp('fleet');
  resultsFile(join(dir, 'perf-epyc'), 'neutral', (r) => (r.host.hostname = 'epyc-2s'));
  resultsFile(join(dir, 'perf-xeon'), 'regression', (r) => (r.host.hostname = 'xeon-4s'));
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request',
    payload: prOpened(),
    workspace: dir,
    inputs: { mode: 'aggregate', results: dir, 'github-token': 'ghs_test' },
  });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'regression');
  const comments = [...gh.comments.values()].flat();
  assert.equal(comments.length, 1);
  assert.match(plain(comments[0].body), /### ✅ perf-epyc: Neutral/);
  assert.match(plain(comments[0].body), /### 🔴 perf-xeon: Regression/);
  assert.equal(gh.checkRuns.length, 1);
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
});

test('untrusted results are validated strictly: a bad field is named and nothing is posted', async (t) => {
  const gh = await fakeGitHub(t);
  const path = resultsFile(tmp('bad'), 'neutral', (r) => (r.launches[3].wallMs = '12; rm -rf /'));
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request',
    payload: prOpened(),
    inputs: { 'results-path': path, 'github-token': 'ghs_test' },
  });
  assert.equal(run.code, 1);
  assert.match(run.stdout, /::error::.*not a valid llama-perf-gate results file: \$\.launches\[3\]\.wallMs must be a finite number \(got string\)/);
  assert.equal(gh.requests.length, 0);
});

test('workflow_run: posts on the triggering run head; a claimed PR whose head differs gets no comment', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = examplePayload('workflow_run', 'completed', (p) => p.workflow_run.pull_requests.length > 0);
  const headSha = payload.workflow_run.head_sha as string;
  const results = resultsFile(tmp('wfrun'), 'improvement', undefined, headSha);
  const ok = await runAction({ api: gh.url, eventName: 'workflow_run', payload, inputs: { 'results-path': results, 'github-token': 'ghs_test' } });
  assertOk(ok);
  const prNumber = payload.workflow_run.pull_requests[0].number as number;
  assert.equal(gh.comments.get(prNumber)?.length, 1);
  assert.equal(gh.checkRuns[0].head_sha, headSha);
  assert.equal(gh.checkRuns[0].conclusion, 'success');

  // A fork's artifact claims PR 9, whose head is another commit: refused.
  gh.comments.clear();
  gh.checkRuns.length = 0;
  const forkRun = examplePayload('workflow_run', 'completed', (p) => p.workflow_run.pull_requests.length > 0);
  forkRun.workflow_run.pull_requests = [];
  gh.pulls.set(9, {
    number: 9, title: 'x', head: { ref: 'x', sha: 'd'.repeat(40), repo: { full_name: 'mallory/octo-repo' } },
    base: { ref: 'main', sha: 'e'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } }, labels: [], user: { login: 'mallory' },
  });
  const refused = await runAction({ api: gh.url, eventName: 'workflow_run', payload: forkRun, inputs: { 'results-path': results, 'pr-number': '9', 'github-token': 'ghs_test' } });
  assert.equal(refused.code, 1);
  assert.equal(gh.comments.get(9), undefined);
  assert.match(refused.stdout, /PR #9 has head d{40}, but the benchmark ran on [0-9a-f]{40}: not commenting there/);
  assert.equal(gh.checkRuns.length, 1, 'the check still lands on the trusted head SHA');
  assert.equal(gh.checkRuns[0].head_sha, headSha);
});

test('a user template (input template, relative to the workspace) renders the comment and the summary', async (t) => {
  const gh = await fakeGitHub(t);
  const ws = tmp('template');
  writeFileSync(join(ws, 'perf.hbs'), '## Our perf gate\n\n{{verdictMark overall}} {{verdictLabel overall}}: {{{heading}}}\n');
  const run = await runAction({
    api: gh.url,
    eventName: 'pull_request',
    payload: prOpened(),
    workspace: ws,
    inputs: { 'results-path': resultsFile(join(ws, 'r'), 'regression'), template: 'perf.hbs', 'github-token': 'ghs_test', check: 'false' },
  });
  assertOk(run);
  const body = [...gh.comments.values()].flat()[0].body;
  assert.match(body, /^<!-- llama-perf-gate -->\n## Our perf gate\n\n🔴 Regression: /);
  assert.match(run.summary, /## Our perf gate/);
});

test('workflow_dispatch without a PR: no comment; the check lands on the commit benchmarked as B', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = examplePayload('workflow_dispatch');
  payload.inputs = { base: 'master', head: 'kv-mmap' };
  const path = resultsFile(tmp('dispatch-refs'), 'neutral');
  const b = JSON.parse(readFileSync(path, 'utf8')).builds.find((x: any) => x.variant === 'B').commit;
  const run = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload, inputs: { 'results-path': path, 'github-token': 'ghs_test' } });
  assertOk(run);
  assert.equal(gh.comments.size, 0);
  assert.equal(gh.checkRuns.length, 1);
  assert.equal(gh.checkRuns[0].head_sha, b);
  assert.notEqual(b, '0000000000000000000000000000000000000001', 'not GITHUB_SHA');
});

test('verdicts only from samples: a file whose samples regress but whose analysis says neutral posts a regression, and says so', async (t) => {
  const gh = await fakeGitHub(t);
  const neutral = resultsFor('neutral').analysis;
  const forgeries: [string, (r: any) => void, RegExp][] = [
    ['analysis claims neutral', (r) => (r.analysis = neutral), /the results file claimed neutral; recomputed from its samples: regression/],
    ['analysis: null', (r) => (r.analysis = null), /the results file claimed no analysis; recomputed from its samples: regression/],
    ['only the top-level verdict edited', (r) => (r.analysis.verdict = 'improvement'), /the results file claimed improvement; recomputed from its samples: regression/],
  ];
  for (const [what, forge, warning] of forgeries) {
    gh.checkRuns.length = 0;
    gh.comments.clear();
    const run = await runAction({
      api: gh.url, eventName: 'pull_request', payload: prOpened(),
      inputs: { 'results-path': resultsFile(tmp('forged'), 'regression', forge), 'github-token': 'ghs_test', 'on-inconclusive': 'pass' },
    });
    assertOk(run);
    assert.equal(run.outputs.verdict, 'regression', what);
    assert.equal(gh.checkRuns[0].conclusion, 'failure', what);
    assert.match(gh.checkRuns[0].output.title, /^Regression: B\/A pp512 0\.\d+, tg128 0\.\d+/, what);
    const body = plain([...gh.comments.values()].flat()[0].body);
    assert.match(body, warning, what);
    assert.doesNotMatch(body, /✅ Neutral/, what);
  }
});

test('failure is never a pass: B crashing on every launch is failed; the headline names the variant and its stderr', async (t) => {
  const gh = await fakeGitHub(t);
  const run = await runAction({
    api: gh.url, eventName: 'pull_request', payload: prOpened(),
    inputs: { 'results-path': resultsFile(tmp('b-crashed'), 'failed'), 'github-token': 'ghs_test', 'on-inconclusive': 'pass' },
  });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'failed');
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
  assert.match(gh.checkRuns[0].output.title, /^Run failed: tg128: variant B \(head\) could not run: 10 crashed of 10 launches \(last: exit 134\)/);
  const body = plain([...gh.comments.values()].flat()[0].body);
  assert.match(body, /variant B \(head\) could not run.*GGML_ASSERT\(ctx\) failed/);
  assert.doesNotMatch(body, /too noisy/i);
});

test('fleet: an expected machine missing and one invalid are rows of their own; the valid machines are posted; the check fails', async (t) => {
  const gh = await fakeGitHub(t);
  const dir = tmp('fleet-missing');
  resultsFile(join(dir, 'perf-epyc'), 'neutral', (r) => (r.host.hostname = 'epyc-2s'));
  resultsFile(join(dir, 'perf-arm'), 'neutral', (r) => (r.launches[3].records[0].samplesTs[0] *= 2));
  const inputs = { mode: 'aggregate', results: dir, 'expected-machines': 'perf-epyc, perf-arm, perf-xeon', 'github-token': 'ghs_test' };
  const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), workspace: dir, inputs });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'incomplete');
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
  assert.match(gh.checkRuns[0].output.title, /^Incomplete: no results from perf-arm: /);
  const body = plain([...gh.comments.values()].flat()[0].body);
  assert.match(body, /perf-arm.*samplesTs\[0\] is [\d.]+ t\/s, but \d+ tokens in samplesNs\[0\]/);
  assert.match(body, /Overall: ⚠️ Incomplete/);
  assert.match(body, /no results from perf-xeon: no results\.json for it/);
  assert.match(body, /no results from perf-arm: .*not a valid llama-perf-gate results file/);
  assert.match(body, /### ✅ perf-epyc: Neutral/, 'the valid machine is still posted');
  const agg = JSON.parse(readFileSync(run.outputs['results-path'], 'utf8'));
  assert.equal(agg.problems.length, 2);

  gh.checkRuns.length = 0;
  const allowed = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), workspace: dir, inputs: { ...inputs, 'on-incomplete': 'pass' } });
  assertOk(allowed);
  assert.equal(gh.checkRuns[0].conclusion, 'neutral', 'on-incomplete: pass lets it through, undecided');
});

test('fleet: machines that measured different B commits fail the check and say which', async (t) => {
  const gh = await fakeGitHub(t);
  const dir = tmp('fleet-commits');
  resultsFile(join(dir, 'perf-a'), 'neutral');
  resultsFile(join(dir, 'perf-b'), 'neutral', undefined, 'b'.repeat(40));
  const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), workspace: dir, inputs: { mode: 'aggregate', results: dir, 'github-token': 'ghs_test' } });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'failed');
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
  assert.match(plain([...gh.comments.values()].flat()[0].body), /the machines measured different B commits \(ec26c3e57ca3 on perf-a; bbbbbbbbbbbb on perf-b\)/);
});

test('the check goes on the measured commit; a PR head that moved on since is stated', async (t) => {
  const gh = await fakeGitHub(t);
  const measured = 'a'.repeat(40);
  const current = 'feedfacefeedfacefeedfacefeedfacefeedface';
  gh.pulls.set(77, {
    number: 77, title: 'kv', head: { ref: 'kv', sha: current, repo: { full_name: 'octo-org/octo-repo' } },
    base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } }, labels: [], user: { login: 'someone' },
  });
  const payload = examplePayload('workflow_dispatch');
  payload.inputs = { 'pr-number': '77' };
  const run = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload, inputs: { 'results-path': resultsFile(tmp('moved'), 'neutral', undefined, measured), 'github-token': 'ghs_test' } });
  assertOk(run);
  assert.equal(gh.checkRuns[0].head_sha, measured);
  assert.equal(gh.checkRuns[0].conclusion, 'success');
  assert.match(plain(gh.comments.get(77)![0].body), /these results are for commit aaaaaaaaaaaa; PR #77's head is now feedfacefeed, which was not measured/);

  // A file posted on a pull_request event that measured another commit than the PR head: the check
  // stays on the PR head and fails.
  gh.checkRuns.length = 0;
  const other = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), inputs: { 'results-path': resultsFile(tmp('other'), 'neutral', undefined, measured), 'github-token': 'ghs_test' } });
  assertOk(other);
  assert.equal(gh.checkRuns[0].head_sha, PR_HEAD);
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
  assert.match(gh.checkRuns[0].output.title, /the results file measured commit aaaaaaaaaaaa as B, not ec26c3e57ca3/);
});

const FAULTS: [string, Partial<import('../helpers/fake-github.ts').Fault>][] = [
  ['502 before the write', { status: 502, when: 'before' }],
  ['502 after the write', { status: 502, when: 'after' }],
  ['the connection dropped after the write', { status: 0, when: 'drop' }],
  ['403 secondary rate limit after the write', { status: 403, when: 'after', headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }],
];
for (const [what, fault] of FAULTS) {
  test(`idempotent posting: ${what} leaves exactly one sticky comment; a marker-less comment of the same bot is left alone`, async (t) => {
    const gh = await fakeGitHub(t);
    const pr = prOpened().number as number;
    const other = gh.addComment(pr, 'github-actions[bot]', 'Thanks for the PR! (another workflow, same token, no marker)');
    gh.fail({ method: 'POST', path: /\/issues\/\d+\/comments$/, times: 1, ...fault } as import('../helpers/fake-github.ts').Fault);
    const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), inputs: { 'results-path': resultsFile(tmp('idem'), 'neutral'), 'github-token': 'ghs_test', check: 'false' } });
    assertOk(run);
    const mine = gh.commentsBy(pr, 'github-actions[bot]');
    assert.equal(mine.length, 2, `one sticky comment beside the other one: ${mine.map((c) => c.body.slice(0, 40)).join(' | ')}`);
    assert.equal(mine.filter((c) => c.body.startsWith(MARKER)).length, 1);
    assert.equal(other.body, 'Thanks for the PR! (another workflow, same token, no marker)', 'never edited');
    assert.equal(run.outputs['comment-url'], mine.find((c) => c.body.startsWith(MARKER))!.html_url);
    // The next run edits that one comment.
    const again = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), inputs: { 'results-path': resultsFile(tmp('idem2'), 'regression'), 'github-token': 'ghs_test', check: 'false' } });
    assertOk(again);
    assert.equal(gh.commentsBy(pr, 'github-actions[bot]').length, 2);
    assert.equal(other.body, 'Thanks for the PR! (another workflow, same token, no marker)');
  });
}

test('an empty token is refused up front: one line, a job summary that says what to fix, no API call', async (t) => {
  const gh = await fakeGitHub(t);
  const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), inputs: { 'results-path': resultsFile(tmp('notoken'), 'neutral'), 'github-token': '' } });
  assert.equal(run.code, 1);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  assert.equal(errors.length, 1);
  assert.match(errors[0], /input github-token is empty/);
  assert.doesNotMatch(run.stdout, /internal error|at .*\.ts:\d+/);
  assert.match(plain(run.summary), /What to fix:.*github-token/);
  assert.equal(gh.requests.length, 0);
});

test('dispatch with a PR number that does not exist: one line naming it and a job summary, never an internal error', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = examplePayload('workflow_dispatch');
  payload.inputs = { 'pr-number': '404' };
  const cases: Record<string, string>[] = [{ 'results-path': resultsFile(tmp('pr404'), 'neutral'), 'github-token': 'ghs_test' }, { mode: 'run', model: 'm.gguf', 'github-token': 'ghs_test' }];
  for (const inputs of cases) {
    const run = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload, inputs });
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.stdout, /internal error/);
    assert.match(run.stdout, /::error::PR #404 was not found in octo-org\/octo-repo \(HTTP 404\)/);
    assert.match(plain(run.summary), /What to fix:.*pr-number/);
  }
});

test('post: false on a new push to a labelled fork PR: nothing removed, and the summary does not claim it is', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = asFork(examplePayload('pull_request', 'synchronize'));
  payload.pull_request.labels = [{ name: 'perf-ok' }];
  const run = await runAction({ api: gh.url, eventName: 'pull_request', payload, inputs: { mode: 'run', model: 'm.gguf', post: 'false', 'github-token': 'ghs_test', 'allow-fork-label': 'perf-ok' } });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'skipped');
  assert.equal(gh.requests.length, 0);
  assert.doesNotMatch(plain(run.summary), /removed automatically/);
  assert.match(plain(run.summary), /does not remove the label: after a new push, remove "perf-ok" and add it again/);
});
// ── A results file does not choose its own decision rule ──

/** B 30% slower on both workloads: a regression at the default ±2% margin, inside a ±50% one. */
const SLOWER_30 = {
  workloads: [
    { id: 'pp512', nPrompt: 512, nGen: 0, baseTs: 58.4, trueRatio: 0.7 },
    { id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 21.7, trueRatio: 0.7 },
  ],
};

/** The check's title starts with the line (titles are cut short with …); its summary holds all of it. */
function assertCheckNames(check: { output: { title: string; summary: string } }, line: string): void {
  const title = check.output.title;
  assert.ok(`Failed: ${line}`.startsWith(title.replace(/…$/, '')) && title.length > 60, `check title: ${title}`);
  assert.ok(plain(check.output.summary).includes(line), `check summary:\n${check.output.summary}`);
}

/** The artifact of a fork's benchmark job on the example workflow_run, and that run's payload. */
function forkArtifact(name: string, edit: (r: any) => void, verdict: Verdict = 'regression', make: MakeOptions = SLOWER_30) {
  const payload = examplePayload('workflow_run', 'completed', (p) => p.workflow_run.pull_requests.length > 0);
  const headSha = payload.workflow_run.head_sha as string;
  const path = resultsFile(tmp(name), verdict, edit, headSha, make);
  return { payload, headSha, path, prNumber: payload.workflow_run.pull_requests[0].number as number };
}

test('results-path: a file whose plan says margin 0.5 cannot turn a 30% regression into a pass; with margin 0.5 declared on both jobs it is decided as before', async (t) => {
  const gh = await fakeGitHub(t);
  const { payload, headSha, path, prNumber } = forkArtifact('margin', (r) => {
    r.plan.margin = 0.5; // the untrusted job's inputs (or a forged file)
    r.analysis = decideAll(r);
  });
  const run = await runAction({ api: gh.url, eventName: 'workflow_run', payload, inputs: { 'results-path': path, 'github-token': 'ghs_test' } });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'failed');
  assert.equal(gh.checkRuns.length, 1);
  assert.equal(gh.checkRuns[0].head_sha, headSha, 'on the commit the benchmark ran on');
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
  const line = `${path} was decided with margin 0.5; this workflow declares 0.02: a results file cannot choose its own margin (set the same \`margin\` input on both jobs; \`margin: 0.5\` reproduces this file's rule)`;
  assertCheckNames(gh.checkRuns[0], line);
  const body = plain(gh.comments.get(prNumber)![0].body);
  assert.ok(body.includes(line), `the comment names the field, both values and the fix:\n${body}`);
  assert.doesNotMatch(body, /Neutral/, 'the verdict the file chose is not shown');
  assert.ok(plain(run.summary).includes(line), 'so does the job summary');

  // The workflow declares the same margin (on both jobs): decided with it, as before.
  gh.checkRuns.length = 0;
  const same = await runAction({ api: gh.url, eventName: 'workflow_run', payload, inputs: { 'results-path': path, margin: '0.5', 'github-token': 'ghs_test' } });
  assertOk(same);
  assert.equal(same.outputs.verdict, 'neutral');
  assert.equal(gh.checkRuns[0].conclusion, 'success');
  assert.doesNotMatch(plain(same.summary), /cannot choose/);

  // And the honest file (margin 0.02) with default inputs: the regression.
  gh.checkRuns.length = 0;
  const honest = forkArtifact('margin-honest', () => {});
  const real = await runAction({ api: gh.url, eventName: 'workflow_run', payload: honest.payload, inputs: { 'results-path': honest.path, 'github-token': 'ghs_test' } });
  assertOk(real);
  assert.equal(real.outputs.verdict, 'regression');
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
});

test('results-path: a file with a tiny alpha (inconclusive, which on-inconclusive: pass lets through) fails naming alpha; the same alpha input on both jobs decides as before', async (t) => {
  const gh = await fakeGitHub(t);
  const { payload, path } = forkArtifact('alpha', (r) => {
    // Its 10 planned blocks all run (else it is incomplete): both jobs declare max-blocks 10.
    Object.assign(r.plan, { alpha: 0.001, maxBlocks: 10, horizon: 20, looks: [7, 10] });
    r.analysis = decideAll(r);
    assert.equal(r.analysis.verdict, 'inconclusive', 'the file alone would pass the check');
  });
  const run = await runAction({ api: gh.url, eventName: 'workflow_run', payload, inputs: { 'results-path': path, 'max-blocks': '10', 'on-inconclusive': 'pass', 'github-token': 'ghs_test' } });
  assertOk(run);
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
  assert.match(plain(run.summary), /results\.json was decided with alpha 0\.001; this workflow declares 0\.05: a results file cannot choose its own alpha \(set the same `alpha` input on both jobs; `alpha: 0\.001` reproduces this file's rule\)/);

  gh.checkRuns.length = 0;
  const same = await runAction({ api: gh.url, eventName: 'workflow_run', payload, inputs: { 'results-path': path, alpha: '0.001', 'max-blocks': '10', 'on-inconclusive': 'pass', 'github-token': 'ghs_test' } });
  assertOk(same);
  assert.equal(same.outputs.verdict, 'inconclusive');
  assert.equal(gh.checkRuns[0].conclusion, 'neutral');
});

test('results-path: a forged horizon and looks fail naming both, and the inputs to set', async (t) => {
  const gh = await fakeGitHub(t);
  const { payload, path } = forkArtifact('horizon', (r) => {
    // A far horizon spends almost no α by block 10: the 30% regression reads as inconclusive.
    Object.assign(r.plan, { horizon: 300, looks: [30, 300], maxBlocks: 300 });
    r.analysis = decideAll(r);
    assert.equal(r.analysis.verdict, 'inconclusive');
  });
  const run = await runAction({ api: gh.url, eventName: 'workflow_run', payload, inputs: { 'results-path': path, 'github-token': 'ghs_test' } });
  assertOk(run);
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
  assert.match(plain(run.summary), /was decided with horizon 300, looks 30,300; this workflow declares horizon 60, looks 10,12,15,20,30: a results file cannot choose its own horizon, looks \(set the same `max-blocks`, `horizon`, `looks` inputs on both jobs; `max-blocks: 300`, `looks: 30` reproduce this file's rule\)/);
});

test('aggregate: one machine whose file says margin 0.5 fails the fleet check, the line naming that machine; the others are posted', async (t) => {
  const gh = await fakeGitHub(t);
  const dir = tmp('fleet-margin');
  resultsFile(join(dir, 'perf-epyc'), 'neutral');
  resultsFile(join(dir, 'perf-arm'), 'regression', (r) => {
    r.plan.margin = 0.5;
    r.analysis = decideAll(r);
  }, PR_HEAD, SLOWER_30);
  const inputs = { mode: 'aggregate', results: dir, 'expected-machines': 'perf-epyc, perf-arm', 'on-incomplete': 'pass', 'github-token': 'ghs_test' };
  const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), workspace: dir, inputs });
  assertOk(run);
  assert.equal(run.outputs.verdict, 'failed');
  assert.equal(gh.checkRuns[0].conclusion, 'failure', 'failed, not incomplete: on-incomplete: pass does not let it through');
  const line = 'results.json from perf-arm was decided with margin 0.5; this workflow declares 0.02: a results file cannot choose its own margin (set the same `margin` input on both jobs; `margin: 0.5` reproduces this file\'s rule)';
  assertCheckNames(gh.checkRuns[0], line);
  const body = plain([...gh.comments.values()].flat()[0].body);
  assert.ok(body.includes(line), body);
  assert.match(body, /### ✅ perf-epyc: Neutral/, 'the machine decided with the declared rule is still posted');
  assert.doesNotMatch(body, /no results from perf-arm/, 'perf-arm sent results: it is not counted as missing');
  const agg = JSON.parse(readFileSync(run.outputs['results-path'], 'utf8'));
  assert.deepEqual(agg.problems, [{ text: line, outcome: 'failed' }]);
  assert.deepEqual(agg.machines.map((m: any) => m.label), ['perf-epyc']);
});
});
