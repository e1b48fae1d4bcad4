import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../src/sys/errors.ts';
import { ensureWorktree, resolveRef } from '../../src/build/git.ts';
import { git, mainC, makeTinyRepo, removeTempDirs, tempDir } from './fixture.ts';

after(removeTempDirs);

test('resolveRef turns branches, tags and short hashes into the full commit', async () => {
  const t = await makeTinyRepo();
  assert.equal(await resolveRef(t.repo, 'good'), t.good);
  assert.equal(await resolveRef(t.repo, 'broken'), t.broken);
  git(t.repo, 'tag', 'v1', t.sweep);
  assert.equal(await resolveRef(t.repo, 'v1'), t.sweep);
  assert.equal(await resolveRef(t.repo, t.broken.slice(0, 10)), t.broken);
});

test('a missing ref is a UserError naming the ref and the repo, with a hint to list branches', async () => {
  const t = await makeTinyRepo();
  await assert.rejects(resolveRef(t.repo, 'pr-290'), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.match(e.message, /"pr-290"/);
    assert.ok(e.message.includes(t.repo));
    assert.equal(e.hint, `list the refs with: git -C ${t.repo} branch -a`);
    return true;
  });
  await assert.rejects(resolveRef(t.repo, '--all'), UserError, 'an option-looking ref is refused, not passed to git');
});

test('a repo that is not a git repository, or does not exist, is a UserError', async () => {
  const plain = await tempDir('plain');
  await assert.rejects(resolveRef(plain, 'main'), (e: unknown) => e instanceof UserError && /not a git repository/.test(e.message));
  await assert.rejects(resolveRef(path.join(plain, 'nope'), 'main'), (e: unknown) => e instanceof UserError && /does not exist/.test(e.message));
});

test('worktrees: created once per commit, reused, repaired when edited or deleted', async () => {
  const t = await makeTinyRepo();
  const cache = await tempDir('cache');
  const first = await ensureWorktree(t.repo, t.good, cache);
  assert.equal(first.reused, false);
  assert.equal(first.path, path.join(cache, 'worktrees', t.good.slice(0, 12)));
  assert.equal(git(first.path, 'rev-parse', 'HEAD'), t.good);

  const marker = path.join(first.path, 'untracked-build-output');
  await writeFile(marker, 'x'); // build output inside the worktree must not make it "dirty"
  const second = await ensureWorktree(t.repo, t.good, cache);
  assert.deepEqual(second, { path: first.path, reused: true });
  assert.equal(await readFile(marker, 'utf8'), 'x');

  const other = await ensureWorktree(t.repo, t.broken, cache);
  assert.notEqual(other.path, first.path);
  assert.equal(git(other.path, 'rev-parse', 'HEAD'), t.broken);

  await writeFile(path.join(first.path, 'main.c'), mainC('edited by hand'));
  const repaired = await ensureWorktree(t.repo, t.good, cache);
  assert.equal(repaired.reused, false);
  assert.equal(await readFile(path.join(first.path, 'main.c'), 'utf8'), mainC('tiny-good'));

  await rm(first.path, { recursive: true, force: true }); // deleted behind git's back
  const recreated = await ensureWorktree(t.repo, t.good, cache);
  assert.equal(recreated.reused, false);
  assert.equal(git(recreated.path, 'rev-parse', 'HEAD'), t.good);
});
