// Three smaller defects of the posting path (issue 18, item 5): a PR that cannot be found must not
// leave a summary saying "check passes"; a refused ref is quoted as given; and every results file
// the tool ever wrote can be posted with some set of inputs, which a refusal names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { ROOT, examplePayload, runAction } from '../helpers/run-action.ts';
import { resultsFor, writeResultsFile } from '../helpers/results-files.ts';
import { readDesign, readPlan, type InputGetter } from '../../src/github/inputs.ts';
import { designMismatch } from '../../src/pipeline/fleet.ts';
import { readResultsFileSync } from '../../src/store/read-results.ts';
import { UserError } from '../../src/sys/errors.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeTinyModel } from '../helpers/tiny-model.ts';

const getter = (inputs: Record<string, string>): InputGetter => (name) => inputs[name] ?? '';
const plain = (s: string) => s.replace(/\\/g, '').replace(/&#8203;/g, '');
const FIXTURES = join(ROOT, 'fixtures/results');

async function fakeGitHub(t: { after: (fn: () => Promise<void>) => void }): Promise<FakeGitHub> {
  const gh = new FakeGitHub();
  await gh.start();
  t.after(() => gh.stop());
  return gh;
}

/** The inputs a refusal names as reproducing the file's rule: `name: value` in code spans after "jobs;". */
function namedInputs(text: string): Record<string, string> {
  const tail = /on both jobs; (.*) reproduces? this file's rule\)$/.exec(text);
  assert.ok(tail, `the refusal names the inputs: ${text}`);
  return Object.fromEntries([...tail[1]!.matchAll(/`([a-z-]+): ([^`]+)`/g)].map((m) => [m[1]!, m[2]!]));
}

test('a base ref "--upload-pack=touch x" is refused, quoting the value as given', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-ref-'));
  const model = writeTinyModel(join(dir, 'm.gguf'));
  const d = { baseRef: 'main', headRef: 'pr-1', workspace: dir, out: join(dir, 'out') };
  assert.throws(
    () => readPlan(getter({ model, base: '--upload-pack=touch x' }), d),
    (e: unknown) => e instanceof UserError && e.message === 'input "base" must be a git ref (not starting with "-") (got "--upload-pack=touch x")',
  );
});

test('results files of the @1 era (plan looks 5,10,20,30 past max-blocks) can be posted: the refusal names the inputs, and those inputs post them', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 2);
  for (const f of files) {
    const r = readResultsFileSync(join(FIXTURES, f));
    if (r.launches.length === 0) continue; // nothing launched, nothing decided: no rule to refuse
    assert.deepEqual(r.plan.looks, [5, 10, 20, 30]);
    assert.ok(r.plan.maxBlocks < 10, `${f}: looks past max-blocks ${r.plan.maxBlocks}`);
    const refused = designMismatch(r, readDesign(getter({})), f);
    assert.ok(refused, `${f} is decided with another rule than the default inputs'`);
    const inputs = namedInputs(refused.text);
    assert.deepEqual(inputs, { spending: 'pocock', 'max-blocks': String(r.plan.maxBlocks), horizon: String(r.plan.maxBlocks), looks: '5' }, f);
    assert.equal(designMismatch(r, readDesign(getter(inputs)), f), null, `${f} with ${JSON.stringify(inputs)}`);
  }
});

test('a refusal names inputs that reproduce the file\'s rule, whatever part differs', () => {
  const cases: Record<string, unknown>[] = [
    { margin: 0.5 }, { alpha: 0.001, method: 't' }, { spending: 'obf' }, { maxBlocks: 20, looks: [7, 20] }, { maxBlocks: 45, horizon: 60, looks: [10, 45] },
    { maxBlocks: 12, looks: [12] }, { maxBlocks: 11, looks: [5, 10, 20, 30], horizon: undefined },
  ];
  for (const plan of cases) {
    const r = resultsFor('neutral');
    Object.assign(r.plan, { maxBlocks: 30, looks: [10, 12, 15, 20, 30], horizon: 60, spending: 'split' }, plan);
    const refused = designMismatch(r, readDesign(getter({})), 'r');
    assert.ok(refused, JSON.stringify(plan));
    const inputs = namedInputs(refused.text);
    assert.equal(designMismatch(r, readDesign(getter(inputs)), 'r'), null, `${JSON.stringify(plan)} with ${JSON.stringify(inputs)}`);
  }
});

test('an @1-era file posted with the inputs its refusal names: decided with its own rule, not refused', async (t) => {
  const gh = await fakeGitHub(t);
  const payload = examplePayload('pull_request', 'opened');
  const path = writeResultsFile(mkdtempSync(join(tmpdir(), 'lpg-old-')), JSON.parse(readFileSync(join(FIXTURES, 'with-analysis.json'), 'utf8')), (r) => {
    r.builds.find((b: { variant: string }) => b.variant === 'B').commit = payload.pull_request.head.sha;
  });
  const refused = await runAction({ api: gh.url, eventName: 'pull_request', payload, inputs: { 'results-path': path, 'github-token': 'ghs_test' } });
  assert.equal(refused.outputs.verdict, 'failed');
  const line = plain(refused.summary).split('\n').find((l) => l.includes('cannot choose its own'))!;
  assert.match(line, /was decided with spending pocock, horizon 6, looks 5,10,20,30; this workflow declares spending split, horizon 60, looks 10,12,15,20,30: .*`spending: pocock`, `max-blocks: 6`, `horizon: 6`, `looks: 5` reproduce this file's rule\)/);
  gh.checkRuns.length = 0;
  const posted = await runAction({ api: gh.url, eventName: 'pull_request', payload, inputs: { 'results-path': path, 'max-blocks': '6', horizon: '6', spending: 'pocock', looks: '5', 'github-token': 'ghs_test' } });
  assert.equal(posted.code, 0, posted.stdout);
  assert.doesNotMatch(plain(posted.summary), /cannot choose its own/);
  // Decided from its samples with its rule: 5 counted blocks of the 6 its plan names, nothing decided at the look at 5.
  assert.equal(posted.outputs.verdict, 'incomplete');
  assert.match(plain(posted.summary), /Incomplete: measured 5 of 6 planned blocks; stopped: completed/);
  assert.equal(gh.checkRuns[0].conclusion, 'failure');
});

test('pr-number that 404s: the step fails, no check is created, and neither the summary nor the verdict output says the check passes', async (t) => {
  const gh = await fakeGitHub(t);
  const path = writeResultsFile(mkdtempSync(join(tmpdir(), 'lpg-404-')), resultsFor('neutral'));
  const payload = examplePayload('workflow_dispatch');
  const run = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload, inputs: { 'results-path': path, 'pr-number': '404', 'max-blocks': '10', looks: '5,10,20,30', 'github-token': 'ghs_test' } });
  assert.equal(run.code, 1);
  assert.equal(gh.checkRuns.length, 0);
  assert.match(run.stdout, /::error::PR #404 was not found in octo-org\/octo-repo \(HTTP 404\)/);
  assert.equal(run.outputs.verdict, 'failed');
  const summary = plain(run.summary);
  const first = summary.split('\n').find((l) => l.startsWith('## '));
  assert.equal(first, '## llama-perf-gate: not posted');
  assert.match(summary, /PR #404 was not found .*No check run was created, so nothing gates this commit; the report below was not posted\./);
  assert.match(summary, /What to fix:.*pr-number/);
  assert.equal(summary.match(/## llama-perf-gate: /g)?.length, 1, 'said once');
  assert.match(summary, /Neutral/, 'what was measured is still there, below');
});

test('a check run refused by the API: the summary leads with what failed, and the verdict output is failed', async (t) => {
  const gh = await fakeGitHub(t);
  gh.fail({ method: 'POST', path: /\/check-runs$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 99 });
  const payload = examplePayload('pull_request', 'opened');
  const path = writeResultsFile(mkdtempSync(join(tmpdir(), 'lpg-403-')), resultsFor('neutral'), (r) => {
    r.builds.find((b: { variant: string }) => b.variant === 'B').commit = payload.pull_request.head.sha;
  });
  const run = await runAction({ api: gh.url, eventName: 'pull_request', payload, inputs: { 'results-path': path, 'max-blocks': '10', looks: '5,10,20,30', 'github-token': 'ghs_test' } });
  assert.equal(run.code, 1);
  assert.equal(run.outputs.verdict, 'failed');
  assert.equal(plain(run.summary).split('\n').find((l) => l.startsWith('## ')), '## llama-perf-gate: not posted');
  assert.match(plain(run.summary), /posting to GitHub failed — check run on [0-9a-f]{40}: HTTP 403/);
});
