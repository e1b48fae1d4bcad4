// --compare's commits: the refs, the branch point, or the head merged into the base — a merge made
// without touching the user's checkout, the same commit for the same base and head.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveComparison, MERGE_REF_PREFIX } from '../../src/build/compare.ts';
import { UserError } from '../../src/sys/errors.ts';
import { makeMovedBaseRepo } from '../helpers/fake-repo.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-compare-'));
after(() => rmSync(root, { recursive: true, force: true }));
const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'gh', GIT_AUTHOR_EMAIL: 'gh@x.invalid', GIT_COMMITTER_NAME: 'gh', GIT_COMMITTER_EMAIL: 'gh@x.invalid' } }).trim();

test('refs and branch-point: the refs as given, or the merge-base against the head; how far the base moved', async () => {
  const r = makeMovedBaseRepo(join(root, 'modes'));
  const refs = await resolveComparison({ repo: r.repo, mode: 'refs', baseRef: 'main', headRef: 'pr' });
  assert.deepEqual([refs.a, refs.b, refs.branchPoint, refs.baseMoved, refs.merge, refs.fallback], [r.tip, r.prHead, r.branchPoint, 2, null, null]);
  const bp = await resolveComparison({ repo: r.repo, mode: 'branch-point', baseRef: 'main', headRef: 'pr' });
  assert.deepEqual([bp.mode, bp.a, bp.b, bp.base, bp.head], ['branch-point', r.branchPoint, r.prHead, r.tip, r.prHead]);
  await assert.rejects(resolveComparison({ repo: r.repo, mode: 'merge', baseRef: '--upload-pack=touch x', headRef: 'pr' }), UserError);
});

test('merge: one commit with the base tip and the head as parents, the same every time, the checkout untouched', async () => {
  const r = makeMovedBaseRepo(join(root, 'merge'));
  writeFileSync(join(r.repo, 'fake-config.h'), '/* an uncommitted edit */\n');
  const before = [git(r.repo, 'rev-parse', 'HEAD'), git(r.repo, 'symbolic-ref', 'HEAD'), git(r.repo, 'status', '--porcelain'), git(r.repo, 'ls-files', '-s')];
  const m = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: 'main', headRef: 'pr' });
  assert.equal(m.mode, 'merge');
  assert.equal(m.a, r.tip);
  assert.deepEqual(m.merge, { commit: m.b, by: 'local' });
  assert.equal(git(r.repo, 'rev-list', '--parents', '-n', '1', m.b), `${m.b} ${r.tip} ${r.prHead}`);
  assert.match(git(r.repo, 'show', `${m.b}:fake-config.h`), /FAKE_SOURCE_SLOWDOWN 1\.1/, "the base's change is in the merge");
  assert.match(git(r.repo, 'show', `${m.b}:NOTES.txt`), /text file/, "and the PR's");
  assert.equal(git(r.repo, 'rev-parse', `${MERGE_REF_PREFIX}${r.tip.slice(0, 12)}-${r.prHead.slice(0, 12)}`), m.b, 'a ref keeps it from gc');
  const again = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: r.tip, headRef: r.prHead });
  assert.equal(again.b, m.b, 'the same base and head give the same merge commit');
  assert.deepEqual([git(r.repo, 'rev-parse', 'HEAD'), git(r.repo, 'symbolic-ref', 'HEAD'), git(r.repo, 'status', '--porcelain'), git(r.repo, 'ls-files', '-s')], before);
  assert.equal(readFileSync(join(r.repo, 'fake-config.h'), 'utf8'), '/* an uncommitted edit */\n');
  // A base the head contains: merging is a fast-forward, B is the head itself.
  const ff = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: r.branchPoint, headRef: 'pr' });
  assert.deepEqual([ff.mode, ff.a, ff.b, ff.merge, ff.baseMoved], ['merge', r.branchPoint, r.prHead, null, 0]);
});

test('merge: another machine (a clone, a second later, another git identity) makes the same merge commit, so a fleet measures one pair', async () => {
  const r = makeMovedBaseRepo(join(root, 'fleet-a'));
  const here = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: 'main', headRef: 'pr' });
  const clone = join(root, 'fleet-b');
  execFileSync('git', ['clone', '-q', '--no-local', r.repo, clone]);
  git(clone, 'branch', '-q', 'pr', 'origin/pr');
  await new Promise((done) => setTimeout(done, 1100));
  const saved = { ...process.env };
  Object.assign(process.env, { GIT_AUTHOR_NAME: 'other', GIT_AUTHOR_EMAIL: 'o@x.invalid', GIT_COMMITTER_NAME: 'other', GIT_COMMITTER_EMAIL: 'o@x.invalid', TZ: 'Asia/Kolkata' });
  try {
    const there = await resolveComparison({ repo: clone, mode: 'merge', baseRef: 'main', headRef: 'pr' });
    assert.deepEqual([there.a, there.b], [here.a, here.b]);
  } finally {
    for (const k of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'TZ']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
});

test('merge with conflicts falls back to branch-point and says why', async () => {
  const r = makeMovedBaseRepo(join(root, 'conflict'));
  git(r.repo, 'checkout', '-q', 'pr');
  writeFileSync(join(r.repo, 'fake-config.h'), '#define FAKE_SOURCE_SLOWDOWN 0.5\n');
  git(r.repo, 'commit', '-qam', 'conflicting edit');
  const head = git(r.repo, 'rev-parse', 'HEAD');
  git(r.repo, 'checkout', '-q', 'main');
  const c = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: 'main', headRef: 'pr' });
  assert.deepEqual([c.requested, c.mode, c.a, c.b, c.merge], ['merge', 'branch-point', r.branchPoint, head, null]);
  assert.match(c.fallback!, /pr does not merge cleanly into main \(conflicts in fake-config\.h\)/);
});

test("GitHub's test merge: A is its first parent; missing, or not a merge of the head, falls back to branch-point", async () => {
  const r = makeMovedBaseRepo(join(root, 'github'));
  // As GitHub makes refs/pull/N/merge: its own author and time.
  const tree = git(r.repo, 'merge-tree', '--write-tree', r.tip, r.prHead).split('\n')[0];
  const merge = git(r.repo, 'commit-tree', tree, '-p', r.tip, '-p', r.prHead, '-m', 'Merge abc into def');
  const c = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: r.branchPoint, headRef: r.prHead, testMerge: { commit: merge } });
  assert.deepEqual([c.mode, c.a, c.b, c.base, c.merge, c.baseMoved], ['merge', r.tip, merge, r.tip, { commit: merge, by: 'github' }, 2]);
  const missing = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: r.tip, headRef: r.prHead, testMerge: { commit: 'f'.repeat(40) } });
  assert.deepEqual([missing.mode, missing.a, missing.b], ['branch-point', r.branchPoint, r.prHead]);
  assert.match(missing.fallback!, /test merge commit ffffffffffff is not in the checkout/);
  const other = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: r.tip, headRef: r.prHead, testMerge: { commit: r.tip } });
  assert.match(other.fallback!, /is not a merge of the head/);
  const said = await resolveComparison({ repo: r.repo, mode: 'merge', baseRef: r.tip, headRef: r.prHead, testMerge: { commit: null, why: 'GitHub reports that the PR does not merge cleanly' } });
  assert.deepEqual([said.mode, said.fallback], ['branch-point', 'GitHub reports that the PR does not merge cleanly']);
});
