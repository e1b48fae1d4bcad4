// What `compare: merge` reads and fetches on GitHub: the test merge commit of a pull_request event
// (GITHUB_SHA; none on pull_request_target, which runs on the base), refs/pull/N/merge fetched when
// the checkout lacks it, and the check run's commit: the PR head, not the merge commit measured as B.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvent } from '../../src/github/event.ts';
import { ensureCommits } from '../../src/github/refs.ts';
import { measuredHead } from '../../src/pipeline/fleet.ts';
import { validateResults } from '../../src/store/read-results.ts';
import { examplePayload } from '../helpers/run-action.ts';
import { resultsFor } from '../helpers/results-files.ts';
import { makeMovedBaseRepo } from '../helpers/fake-repo.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-compare-inputs-'));
const MERGE = 'c'.repeat(40);

function event(name: string, payload: object) {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return readEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path, GITHUB_SHA: MERGE });
}

test("pull_request: GITHUB_SHA is GitHub's test merge, and mergeable is read; pull_request_target has none", () => {
  const p = examplePayload('pull_request', 'opened');
  p.pull_request.mergeable = false;
  const pr = event('pull_request', p);
  assert.equal(pr.testMerge, MERGE);
  assert.equal(pr.pull?.mergeable, false);
  const target = event('pull_request_target', examplePayload('pull_request', 'opened'));
  assert.equal(target.testMerge, null, 'pull_request_target runs on the base branch: GITHUB_SHA is no merge');
  assert.equal(target.pull?.mergeable, null);
});

test("refs/pull/N/merge is fetched when the checkout lacks GitHub's test merge", async () => {
  const r = makeMovedBaseRepo(join(dir, 'origin'));
  const git = (repo: string, ...a: string[]) => execFileSync('git', ['-C', repo, ...a], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'gh', GIT_AUTHOR_EMAIL: 'gh@x.invalid', GIT_COMMITTER_NAME: 'gh', GIT_COMMITTER_EMAIL: 'gh@x.invalid' } }).trim();
  const tree = git(r.repo, 'merge-tree', '--write-tree', r.tip, r.prHead).split('\n')[0];
  const merge = git(r.repo, 'commit-tree', tree, '-p', r.tip, '-p', r.prHead, '-m', 'test merge');
  git(r.repo, 'update-ref', 'refs/pull/7/merge', merge);
  const clone = join(dir, 'clone');
  execFileSync('git', ['clone', '-q', '--no-local', r.repo, clone]);
  assert.throws(() => git(clone, 'cat-file', '-e', `${merge}^{commit}`), 'a clone has no refs/pull/*');
  const said = await ensureCommits(clone, [r.tip, r.prHead, merge], 7);
  assert.equal(git(clone, 'rev-parse', `${merge}^{commit}`), merge);
  assert.ok(said.some((l) => l.includes(merge)), said.join('\n'));
});

test('the commit a check belongs on: the PR head of a merge measured as B; plan.comparison survives the strict reader', () => {
  const r = resultsFor('neutral');
  const [head, merge] = ['a'.repeat(40), 'b'.repeat(40)];
  r.builds[1].commit = merge;
  r.plan.comparison = {
    requested: 'merge', mode: 'merge', fallback: null, baseRef: 'main', headRef: 'pr', base: r.builds[0].commit!, head, branchPoint: null, baseMoved: null,
    a: r.builds[0].commit!, b: merge, merge: { commit: merge, by: 'github' },
  };
  const read = validateResults(JSON.parse(JSON.stringify(r)), 'results.json');
  assert.deepEqual(read.plan.comparison, r.plan.comparison);
  assert.equal(measuredHead([read]), head);
  // A comparison that does not name B's commit as its merge says nothing about the head.
  read.plan.comparison!.merge = { commit: 'd'.repeat(40), by: 'github' };
  assert.equal(measuredHead([read]), merge);
});
