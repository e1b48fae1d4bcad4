// The action's `run` mode end to end: dist/index.js started as the runner starts it, building and
// benchmarking a throwaway git repository whose "llama-bench" is the fake runner (fixtures/fake-runner),
// then posting to the fake GitHub API. Seconds per run, not minutes: the fake runner never loads a model.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { makeFakeRunnerRepo, type FakeRepo } from '../helpers/fake-repo.ts';
import { examplePayload, runAction, type ActionRun } from '../helpers/run-action.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { LOCK_FILE } from '../../src/github/lock.ts';
import { validateResults } from '../../src/store/read-results.ts';

const WORK = mkdtempSync(join(tmpdir(), 'lpg-run-'));
// One build cache for the whole file: the first run builds base and head, later runs reuse them.
const CACHE = join(WORK, 'cache');
const MODEL = join(WORK, 'tiny.gguf');
writeTinyModel(MODEL, { ctx: 256 });
const REPO: FakeRepo = makeFakeRunnerRepo(join(WORK, 'repo'), { headSlowdown: 0.8 });

async function fakeGitHub(t: { after: (fn: () => Promise<void>) => void }): Promise<FakeGitHub> {
  const gh = new FakeGitHub();
  await gh.start();
  t.after(() => gh.stop());
  return gh;
}

/** A real pull_request payload whose base and head are the fake repository's two commits. */
function prPayload(action = 'opened') {
  const p = examplePayload('pull_request', action);
  p.pull_request.base.sha = REPO.baseRef;
  p.pull_request.head.sha = REPO.headRef;
  return p;
}

function benchInputs(extra: Record<string, string> = {}): Record<string, string> {
  const lockDir = join(WORK, `lock-${Math.random().toString(36).slice(2)}`);
  mkdirSync(lockDir);
  return {
    repo: REPO.repo, model: MODEL, workloads: 'pp64,tg16', threads: '1', repetitions: '2', 'max-blocks': '2',
    'warmup-blocks': '1', timeout: '60', seed: '7', 'cache-dir': CACHE, 'lock-dir': lockDir, 'github-token': 'ghs_test', ...extra,
  };
}

function assertOk(run: ActionRun): void {
  assert.equal(run.code, 0, `action failed:\n${run.stdout}\n${run.stderr}`);
}

describe('the action benchmarks (mode run) on the fake runner', { concurrency: 1 }, () => {
  test('same-repo PR: builds base and head, benchmarks, results.json first, then comment and check', async (t) => {
    const gh = await fakeGitHub(t);
    const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prPayload(), inputs: benchInputs() });
    assertOk(run);
    const results = JSON.parse(readFileSync(run.outputs['results-path'], 'utf8'));
    assert.deepEqual(results.plan.variants.map((v: any) => v.ref), [REPO.baseRef, REPO.headRef]);
    assert.deepEqual(results.builds.map((b: any) => b.ok), [true, true], `builds: ${JSON.stringify(results.builds.map((b: any) => [b.error, b.logTail]))}`);
    for (const v of ['A', 'B']) {
      assert.ok(results.launches.some((l: any) => l.variant === v && l.status === 'ok' && !l.warmup), `counted launches of ${v}`);
    }
    assert.match(run.stdout, /block 2 of/);
    // What the real pipeline writes passes the strict validation of the trusted workflow_run job, unchanged.
    assert.deepEqual(JSON.parse(JSON.stringify(validateResults(results, 'results.json'))), results);
    assert.equal(gh.comments.get(2)?.length, 1);
    assert.equal(gh.checkRuns.length, 1);
    assert.equal(gh.checkRuns[0].head_sha, REPO.headRef);
    const expected: Record<string, string> = { regression: 'failure', failed: 'failure', neutral: 'success', improvement: 'success', inconclusive: 'neutral', 'no-verdict': 'failure' };
    assert.equal(gh.checkRuns[0].conclusion, expected[run.outputs.verdict]);
    assert.equal(existsSync(join(benchInputs()['lock-dir'], LOCK_FILE)), false);
  });

  test('every API call failing: results.json and the summary are still there, the step fails', async (t) => {
    const gh = await fakeGitHub(t);
    for (const method of ['GET', 'POST', 'PATCH']) gh.fail({ method, path: /.*/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 100 });
    const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prPayload('synchronize'), inputs: benchInputs() });
    assert.equal(run.code, 1);
    assert.ok(existsSync(run.outputs['results-path']), 'results.json written before posting');
    assert.ok(JSON.parse(readFileSync(run.outputs['results-path'], 'utf8')).launches.length > 0);
    assert.match(run.summary, /pp64/);
    assert.match(run.stdout, /::error::posting to GitHub failed — sticky comment on #2: HTTP 403/);
  });

  test('workflow_dispatch with a PR number benchmarks that PR and puts the check on its head', async (t) => {
    const gh = await fakeGitHub(t);
    gh.pulls.set(31, {
      number: 31, title: 'mmap KV', head: { ref: 'head', sha: REPO.headRef, repo: { full_name: 'someone/octo-repo' } },
      base: { ref: 'base', sha: REPO.baseRef, repo: { full_name: 'octo-org/octo-repo' } }, labels: [], user: { login: 'someone' },
    });
    const payload = examplePayload('workflow_dispatch');
    payload.inputs = { 'pr-number': '31' };
    const run = await runAction({ api: gh.url, eventName: 'workflow_dispatch', payload, inputs: benchInputs() });
    assertOk(run);
    const results = JSON.parse(readFileSync(run.outputs['results-path'], 'utf8'));
    assert.deepEqual(results.plan.variants.map((v: any) => v.ref), [REPO.baseRef, REPO.headRef]);
    assert.equal(gh.checkRuns[0].head_sha, REPO.headRef);
    assert.equal(gh.comments.get(31)?.length, 1);
  });

  test('another benchmark holding the host lock: waits, names it, and gives up at lock-timeout without building', async (t) => {
    const gh = await fakeGitHub(t);
    const inputs = benchInputs({ 'lock-timeout': '0', out: join(WORK, 'locked-out') });
    // Held by this (live) test process.
    writeFileSync(join(inputs['lock-dir'], LOCK_FILE), JSON.stringify({ pid: process.pid, startTicks: null, hostname: hostname(), since: 'now', label: 'other-repo run 9 perf' }));
    const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prPayload(), inputs });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /waiting for the benchmark lock .* held by other-repo run 9 perf/);
    assert.match(run.stdout, /::error::timed out after 0 s waiting for the benchmark lock/);
    assert.equal(existsSync(join(WORK, 'locked-out', 'results.json')), false, 'nothing ran');
    assert.equal(gh.requests.length, 0);
  });

  test('a head that does not build: verdict failed, the check fails, the comment says why', async (t) => {
    const gh = await fakeGitHub(t);
    const broken = makeFakeRunnerRepo(join(WORK, 'broken'), { breakHead: true });
    const payload = prPayload();
    payload.pull_request.base.sha = broken.baseRef;
    payload.pull_request.head.sha = broken.headRef;
    const run = await runAction({ api: gh.url, eventName: 'pull_request', payload, inputs: benchInputs({ repo: broken.repo }) });
    assertOk(run);
    assert.equal(run.outputs.verdict, 'failed');
    assert.equal(gh.checkRuns[0].conclusion, 'failure');
    assert.match(gh.checkRuns[0].output.title, /failed/i);
    const results = JSON.parse(readFileSync(run.outputs['results-path'], 'utf8'));
    assert.deepEqual(results.builds.map((b: any) => b.ok), [true, false]);
    assert.equal(results.launches.length, 0, 'nothing benchmarked');
    assert.match(gh.comments.get(2)![0].body, /does not compile|build/i);
  });

  test('PR code gets an allowlisted environment: the head commit\'s CMake and its llama-bench dump theirs, no token, no runner file, no input', async (t) => {
    const gh = await fakeGitHub(t);
    const spy = makeFakeRunnerRepo(join(WORK, 'spy'), { headSlowdown: 0.99 });
    // The "PR" adds a configure-time step that writes the whole environment into the build tree.
    const git = (...args: string[]) => execFileSync('git', ['-C', spy.repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'm', GIT_AUTHOR_EMAIL: 'm@x.invalid', GIT_COMMITTER_NAME: 'm', GIT_COMMITTER_EMAIL: 'm@x.invalid' } }).trim();
    git('checkout', '-q', spy.headRef);
    appendFileSync(join(spy.repo, 'CMakeLists.txt'), '\nexecute_process(COMMAND env OUTPUT_FILE "${CMAKE_BINARY_DIR}/configure-env.txt")\n');
    git('commit', '-qam', 'innocent change');
    const head = git('rev-parse', 'HEAD');
    git('checkout', '-q', spy.baseRef);
    const payload = prPayload();
    payload.pull_request.base.sha = spy.baseRef;
    payload.pull_request.head.sha = head;
    const cache = join(WORK, 'spy-cache');
    const benchDump = join(WORK, 'bench-env.txt');
    // A directory an earlier command of this step added through GITHUB_PATH: not for PR code.
    const added = join(WORK, 'job-added-bin');
    mkdirSync(added, { recursive: true });
    const githubPath = join(WORK, 'github-path');
    writeFileSync(githubPath, `${added}\n`);
    const run = await runAction({
      api: gh.url, eventName: 'pull_request', payload,
      inputs: benchInputs({ repo: spy.repo, 'cache-dir': cache, 'github-token': 'ghs_SECRET_input_token', 'head-env': `FAKE_DUMP_ENV=${benchDump}` }),
      env: {
        GITHUB_TOKEN: 'ghs_SECRET_env_token', ACTIONS_RUNTIME_TOKEN: 'SECRET_runtime', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'SECRET_oidc',
        ACTIONS_RUNTIME_URL: 'https://runtime.test/', GITHUB_PATH: githubPath, PATH: `${added}:${process.env.PATH}`,
        LLAMA_ARG_THREADS: '1', CCACHE_MAXSIZE: '1G',
      },
    });
    assertOk(run);
    const dumps = execFileSync('find', [cache, '-name', 'configure-env.txt'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    assert.equal(dumps.length, 1, 'the head build ran its configure step');
    const forbidden = /^(GITHUB_[A-Z_]*|ACTIONS_[A-Z_]*|RUNNER_[A-Z_]*|INPUT_[A-Z_-]*|NODE_OPTIONS|[A-Z_]*TOKEN[A-Z_]*)=/m;
    for (const [what, text] of [['CMake configure', readFileSync(dumps[0], 'utf8')], ['llama-bench', readFileSync(benchDump, 'utf8')]]) {
      assert.match(text, /^PATH=/m, `${what} did see an environment`);
      assert.match(text, /^HOME=/m, `${what} did see HOME`);
      assert.match(text, /^CCACHE_MAXSIZE=1G$/m, `${what}: ccache settings are passed on`);
      assert.doesNotMatch(text, forbidden, `${what}: ${forbidden.exec(text)?.[0]}`);
      assert.doesNotMatch(text, /SECRET/);
      assert.ok(!text.split('\n').find((l) => l.startsWith('PATH='))!.includes(added), `${what}: PATH without this job's GITHUB_PATH additions`);
    }
    assert.match(readFileSync(benchDump, 'utf8'), /^FAKE_DUMP_ENV=/m, 'what the plan sets is passed on');
    assert.match(readFileSync(benchDump, 'utf8'), /^LLAMA_ARG_THREADS=1$/m, "the engine's own knobs are passed on");
    assert.equal(gh.requests.find((r) => r.method === 'POST')?.authorization, 'token ghs_SECRET_input_token', 'the action itself still used the token');
  });
});
