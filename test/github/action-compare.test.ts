// `compare` through the Action (dist/index.js) on a real pull_request payload whose base.sha is the
// base tip that moved on after the PR branched (10% faster), with GitHub's test merge as GITHUB_SHA
// and refs/pull/2/merge, against the local GitHub stand-in. A neutral PR: refs calls it a regression,
// merge (the default) and branch-point neutral. A PR 10% slower itself: a regression in every mode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { makeMovedBaseRepo, type MovedBaseRepo } from '../helpers/fake-repo.ts';
import { examplePayload, runAction } from '../helpers/run-action.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';

const WORK = mkdtempSync(join(tmpdir(), 'lpg-action-compare-'));
const CACHE = join(WORK, 'cache');
const MODEL = writeTinyModel(join(WORK, 'tiny.gguf'), { ctx: 256 });

/** GitHub's test merge of the PR into the base tip, at refs/pull/2/merge (its own author and time). */
function githubMerge(r: MovedBaseRepo): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com', GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' };
  const git = (...a: string[]) => execFileSync('git', ['-C', r.repo, ...a], { encoding: 'utf8', env }).trim();
  const tree = git('merge-tree', '--write-tree', r.tip, r.prHead).split('\n')[0];
  const merge = git('commit-tree', tree, '-p', r.tip, '-p', r.prHead, '-m', `Merge ${r.prHead} into ${r.tip}`);
  git('update-ref', 'refs/pull/2/merge', merge);
  return merge;
}

interface Event {
  name: string;
  payload: Record<string, any>;
  /** Pulls the stand-in API answers (a dispatch's PR). */
  pulls?: Record<number, Record<string, any>>;
  /** Commenters' roles on the repository (`/perf more`). */
  permissions?: Record<string, string>;
}

async function runPr(r: MovedBaseRepo, merge: string | null, compare: string | null, extra: Record<string, string> = {}, event?: Event) {
  const gh = new FakeGitHub();
  await gh.start();
  try {
    const payload = examplePayload('pull_request', 'opened');
    payload.pull_request.base.sha = r.tip;
    payload.pull_request.head.sha = r.prHead;
    for (const [n, p] of Object.entries(event?.pulls ?? {})) gh.pulls.set(Number(n), p as any);
    for (const [login, role] of Object.entries(event?.permissions ?? {})) gh.permissions.set(login, role);
    const lockDir = mkdtempSync(join(WORK, 'lock-'));
    const noise = 'FAKE_NOISE=0.003';
    const run = await runAction({
      api: gh.url, eventName: event?.name ?? 'pull_request', payload: event?.payload ?? payload, env: merge ? { GITHUB_SHA: merge } : {},
      inputs: {
        repo: r.repo, model: MODEL, workloads: 'tg16', threads: '1', repetitions: '1', 'max-blocks': '7', 'warmup-blocks': '0', timeout: '60', seed: '5',
        'cache-dir': CACHE, 'lock-dir': lockDir, 'github-token': 'ghs_test', 'base-env': noise, 'head-env': noise, ...(compare ? { compare } : {}), ...extra,
      },
    });
    assert.equal(run.code, 0, `action failed:\n${run.stdout}\n${run.stderr}`);
    const results = JSON.parse(readFileSync(run.outputs['results-path'], 'utf8'));
    return { run, results, comment: gh.comments.get(2)?.[0]?.body ?? '', check: gh.checkRuns[0] };
  } finally {
    await gh.stop();
  }
}

describe('the Action compares what merging does (compare input)', { concurrency: 1 }, () => {
  const neutral = makeMovedBaseRepo(join(WORK, 'neutral'));
  const neutralMerge = githubMerge(neutral);

  test("a neutral PR on a moved base: merge (default, GitHub's test merge) and branch-point are neutral, refs a regression", async (t) => {
    const merge = await runPr(neutral, neutralMerge, null);
    assert.equal(merge.run.outputs.verdict, 'neutral', merge.comment);
    assert.deepEqual(merge.results.plan.variants.map((v: any) => v.ref), [neutral.tip, neutralMerge]);
    assert.equal(merge.check.head_sha, neutral.prHead, 'the check goes on the PR head, not on the merge commit');
    assert.equal(merge.check.conclusion, 'success');
    const s = (c: string) => c.slice(0, 7);
    const line = `Compared: merge — A = base tip \`${s(neutral.tip)}\` (\`master\`), B = \`${s(neutral.tip)}\` + PR head \`${s(neutral.prHead)}\` (\`changes\`) merged (GitHub's test merge \`${s(neutralMerge)}\`); \`master\` had moved 2 commits past the branch point`;
    assert.ok(merge.comment.includes(line), merge.comment.slice(0, 1000));
    t.diagnostic(`neutral PR, merge: ${merge.comment.split('\n').find((l) => l.startsWith('Compared:'))}`);
    assert.ok(merge.check.output.summary.includes(line));
    assert.equal(merge.results.plan.comparison.merge.by, 'github');

    const bp = await runPr(neutral, neutralMerge, 'branch-point');
    assert.equal(bp.run.outputs.verdict, 'neutral', bp.comment);
    assert.deepEqual(bp.results.plan.variants.map((v: any) => v.ref), [neutral.branchPoint, neutral.prHead]);
    assert.match(bp.comment, /Compared: branch-point — A = branch point `[0-9a-f]{7}`/);
    t.diagnostic(`neutral PR, branch-point: ${bp.comment.split('\n').find((l) => l.startsWith('Compared:'))}`);

    const refs = await runPr(neutral, neutralMerge, 'refs');
    assert.equal(refs.run.outputs.verdict, 'regression', refs.comment);
    assert.equal(refs.check.conclusion, 'failure');
    assert.match(refs.comment, /Compared: refs — A = `[0-9a-f]{7}` \(`master`\), B = `[0-9a-f]{7}` \(`changes`\); `master` had moved 2 commits past the branch point/);
    t.diagnostic(`neutral PR, refs: ${refs.comment.split('\n').find((l) => l.startsWith('Compared:'))}`);
  });

  test('no test merge (the PR does not merge cleanly): falls back to branch-point and says so', async () => {
    const r = await runPr(neutral, 'f'.repeat(40), null);
    assert.equal(r.run.outputs.verdict, 'neutral', r.comment);
    assert.equal(r.results.plan.comparison.mode, 'branch-point');
    assert.match(r.comment, /Compared: branch-point \(merge fell back: GitHub's test merge commit ffffffffffff is not in the checkout/);
    assert.match(r.run.stdout, /::warning::compare: merge fell back to branch-point/);
  });

  test('GitHub says the PR does not merge (pull_request.mergeable: false): branch-point, said, even with a GITHUB_SHA', async () => {
    const payload = examplePayload('pull_request', 'opened');
    Object.assign(payload.pull_request, { mergeable: false });
    payload.pull_request.base.sha = neutral.tip;
    payload.pull_request.head.sha = neutral.prHead;
    const r = await runPr(neutral, neutralMerge, null, {}, { name: 'pull_request', payload });
    assert.equal(r.run.outputs.verdict, 'neutral', r.comment);
    assert.deepEqual(r.results.plan.variants.map((v: any) => v.ref), [neutral.branchPoint, neutral.prHead]);
    const plain = r.comment.replace(/\\/g, '').replace(/&#8203;/g, '');
    assert.match(plain, /Compared: branch-point \(merge fell back: GitHub reports that PR #2 does not merge cleanly into master\) — A = branch point/);
  });

  test('more blocks (a dispatch with more-blocks) extend the stored merge experiment, after the base moved on again', async () => {
    const r = makeMovedBaseRepo(join(WORK, 'more'));
    const merge = githubMerge(r);
    const first = await runPr(r, merge, null, { 'max-blocks': '2', horizon: '9' });
    assert.equal(first.run.outputs.verdict, 'inconclusive', first.comment);
    execFileSync('git', ['-C', r.repo, 'commit', '-q', '--allow-empty', '-m', 'the base moves again'], { env: { ...process.env, GIT_AUTHOR_NAME: 'm', GIT_AUTHOR_EMAIL: 'm@x.invalid', GIT_COMMITTER_NAME: 'm', GIT_COMMITTER_EMAIL: 'm@x.invalid' } });
    const tip2 = execFileSync('git', ['-C', r.repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const pull = {
      number: 2, title: 'neutral', head: { ref: 'changes', sha: r.prHead, repo: { full_name: 'Codertocat/Hello-World' } },
      base: { ref: 'master', sha: tip2, repo: { full_name: 'Codertocat/Hello-World' } }, labels: [], user: { login: 'Codertocat' }, mergeable: true,
    };
    const dispatch = examplePayload('workflow_dispatch');
    dispatch.inputs = { 'pr-number': '2' };
    const more = await runPr(r, null, null, { 'max-blocks': '2', horizon: '9', 'more-blocks': '7' }, { name: 'workflow_dispatch', payload: dispatch, pulls: { 2: pull } });
    assert.equal(more.results.experiment.id, first.results.experiment.id, more.run.stdout);
    assert.deepEqual(more.results.plan.variants.map((v: any) => v.ref), [r.tip, merge], 'the stored pair, not the new tip');
    assert.deepEqual(more.results.builds.map((b: any) => b.commit), [r.tip, merge]);
    assert.match(more.results.notes.join('\n'), /continued: 2 → 9 blocks/);
    assert.equal(more.run.outputs.verdict, 'neutral', more.comment);
    assert.match(more.comment, /Compared: merge — A = base tip `[0-9a-f]{7}` \(`master`\), B = .* merged \(GitHub's test merge/);
    assert.equal(more.check.head_sha, r.prHead);
  });

  test('/perf more (a maintainer\'s comment) extends the stored merge experiment, after the base moved on', async () => {
    const r = makeMovedBaseRepo(join(WORK, 'perf-more'));
    const merge = githubMerge(r);
    const first = await runPr(r, merge, null, { 'max-blocks': '2', horizon: '9' });
    assert.equal(first.run.outputs.verdict, 'inconclusive', first.comment);
    execFileSync('git', ['-C', r.repo, 'commit', '-q', '--allow-empty', '-m', 'the base moves again'], { env: { ...process.env, GIT_AUTHOR_NAME: 'm', GIT_AUTHOR_EMAIL: 'm@x.invalid', GIT_COMMITTER_NAME: 'm', GIT_COMMITTER_EMAIL: 'm@x.invalid' } });
    const tip2 = execFileSync('git', ['-C', r.repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const comment = examplePayload('issue_comment', 'created');
    const number = comment.issue.number as number;
    comment.issue.pull_request = { url: `${comment.repository.url}/pulls/${number}`, html_url: `${comment.repository.html_url}/pull/${number}`, diff_url: '', patch_url: '' };
    comment.comment.body = '/perf more 7';
    comment.comment.user.login = comment.sender.login = 'maint';
    const pull = {
      number, title: 'neutral', head: { ref: 'changes', sha: r.prHead, repo: { full_name: 'Codertocat/Hello-World' } },
      base: { ref: 'master', sha: tip2, repo: { full_name: 'Codertocat/Hello-World' } }, labels: [], user: { login: 'Codertocat' }, mergeable: true,
    };
    const more = await runPr(r, null, null, { 'max-blocks': '2', horizon: '9' }, { name: 'issue_comment', payload: comment, pulls: { [number]: pull }, permissions: { maint: 'maintain' } });
    assert.match(more.run.stdout, /\/perf more from @maint: 7 more blocks/);
    assert.equal(more.results.experiment.id, first.results.experiment.id, more.run.stdout);
    assert.deepEqual(more.results.plan.variants.map((v: any) => v.ref), [r.tip, merge], 'the stored pair, not the new tip');
    assert.match(more.results.notes.join('\n'), /continued: 2 → 9 blocks/);
    assert.equal(more.run.outputs.verdict, 'neutral');
    assert.equal(more.check.head_sha, r.prHead);
  });

  test('a PR 10% slower itself is a regression in every mode', async (t) => {
    const slow = makeMovedBaseRepo(join(WORK, 'slow'), { prSlowdown: 0.9 });
    const merge = githubMerge(slow);
    const s = (c: string) => c.slice(0, 7);
    const lines: Record<string, string> = {
      merge: `Compared: merge — A = base tip \`${s(slow.tip)}\` (\`master\`), B = \`${s(slow.tip)}\` + PR head \`${s(slow.prHead)}\` (\`changes\`) merged (GitHub's test merge \`${s(merge)}\`); \`master\` had moved 2 commits past the branch point`,
      'branch-point': `Compared: branch-point — A = branch point \`${s(slow.branchPoint)}\` (merge-base with the base \`${s(slow.tip)}\` (\`master\`)), B = PR head \`${s(slow.prHead)}\` (\`changes\`); \`master\` had moved 2 commits past the branch point`,
      refs: `Compared: refs — A = \`${s(slow.tip)}\` (\`master\`), B = \`${s(slow.prHead)}\` (\`changes\`); \`master\` had moved 2 commits past the branch point`,
    };
    for (const mode of ['merge', 'branch-point', 'refs']) {
      const r = await runPr(slow, merge, mode);
      assert.equal(r.run.outputs.verdict, 'regression', `${mode}: ${r.comment}`);
      assert.equal(r.check.conclusion, 'failure');
      const compared = r.comment.split('\n').find((l) => l.startsWith('Compared:'));
      assert.ok(compared?.startsWith(lines[mode]!), `${mode}: ${compared}`);
      t.diagnostic(`10% slower PR, ${mode}: ${compared}`);
    }
  });
});
