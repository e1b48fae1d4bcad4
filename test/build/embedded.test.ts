import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../src/sys/errors.ts';
import { ensureEmbeddedSource, BASE_BRANCH, HEAD_BRANCH } from '../../src/build/embedded.ts';
import { buildVariants } from '../../src/build/index.ts';
import { git, mainC, makeTinyRepo, removeTempDirs, tempDir } from './fixture.ts';

after(removeTempDirs);

/**
 * A stand-in for the node-llama-cpp package: a directory `npm pack` turns into
 * node-llama-cpp-3.21.1.tgz holding llama/gitRelease.bundle (a bundle of the tiny CMake repo that,
 * like the real one, carries only HEAD), plus a patch in `git format-patch` form.
 */
async function fakePackage() {
  const t = await makeTinyRepo();
  const pkg = await tempDir('pkg');
  await mkdir(path.join(pkg, 'llama'));
  await writeFile(path.join(pkg, 'package.json'), JSON.stringify({ name: 'node-llama-cpp', version: '3.21.1' }));
  git(t.repo, 'bundle', 'create', '--quiet', path.join(pkg, 'llama', 'gitRelease.bundle'), 'HEAD');

  // The patch: what the project's patches/mmap-kv.patch is to llama.cpp, on the tiny tree.
  git(t.repo, 'checkout', '--quiet', '-b', 'patched', 'good');
  await writeFile(path.join(t.repo, 'main.c'), mainC('tiny-patched'));
  git(t.repo, 'commit', '--quiet', '-am', 'patched');
  const patchDir = await tempDir('patch');
  const patch = path.join(patchDir, 'mmap-kv.patch');
  await writeFile(patch, git(t.repo, 'format-patch', '--stdout', 'good..patched') + '\n');
  return { t, pkg, patch, patchDir };
}

test('embedded source: npm pack → bundle → lpg/base and a reproducible lpg/mmap-kv; fast when already done', async () => {
  const { t, pkg, patch } = await fakePackage();
  const cache = await tempDir('cache');
  const lines: string[] = [];
  const src = await ensureEmbeddedSource({ cacheDir: cache, log: (l) => lines.push(l), packageSpec: pkg, patchPath: patch });

  assert.equal(src.repo, path.join(cache, 'llama.cpp'));
  assert.equal(src.baseRef, BASE_BRANCH);
  assert.equal(src.headRef, HEAD_BRANCH);
  assert.equal(src.commit, t.good, 'lpg/base is the bundle HEAD');
  assert.ok(existsSync(path.join(cache, 'npm', 'node-llama-cpp-3.21.1.tgz')), 'the packed tarball is kept for reuse');
  assert.equal(git(src.repo, 'rev-parse', `${HEAD_BRANCH}^`), src.commit);
  assert.equal(git(src.repo, 'rev-parse', HEAD_BRANCH), src.headCommit);
  assert.equal(git(src.repo, 'show', `${HEAD_BRANCH}:main.c`), mainC('tiny-patched').trim());
  assert.ok(lines.some((l) => l.includes('npm pack')));

  // Second call: nothing fetched, imported or committed again.
  const again: string[] = [];
  const src2 = await ensureEmbeddedSource({ cacheDir: cache, log: (l) => again.push(l), packageSpec: pkg, patchPath: patch });
  assert.deepEqual(src2, src);
  assert.deepEqual(again, []);

  // A fresh cache makes the very same patched commit (fixed author and date).
  const other = await ensureEmbeddedSource({ cacheDir: await tempDir('cache2'), log: () => {}, packageSpec: pkg, patchPath: patch });
  assert.equal(other.headCommit, src.headCommit);

  // A lost repository is rebuilt from the kept tarball, without npm.
  await rm(src.repo, { recursive: true, force: true });
  const rebuilt: string[] = [];
  const src3 = await ensureEmbeddedSource({ cacheDir: cache, log: (l) => rebuilt.push(l), packageSpec: '/nonexistent/package', patchPath: patch });
  assert.equal(src3.headCommit, src.headCommit);
  assert.ok(!rebuilt.some((l) => l.includes('npm pack')));
});

test('a changed patch moves lpg/mmap-kv; a patch that does not apply is a UserError', async () => {
  const { pkg, patch, patchDir } = await fakePackage();
  const cache = await tempDir('cache');
  const first = await ensureEmbeddedSource({ cacheDir: cache, log: () => {}, packageSpec: pkg, patchPath: patch });

  const changed = path.join(patchDir, 'changed.patch');
  await writeFile(changed, (await readFile(patch, 'utf8')).replace('tiny-patched', 'tiny-patched-v2'));
  const second = await ensureEmbeddedSource({ cacheDir: cache, log: () => {}, packageSpec: pkg, patchPath: changed });
  assert.notEqual(second.headCommit, first.headCommit);
  assert.equal(second.commit, first.commit);
  assert.equal(git(second.repo, 'show', `${HEAD_BRANCH}:main.c`), mainC('tiny-patched-v2').trim());

  const bad = path.join(patchDir, 'bad.patch');
  await writeFile(bad, 'diff --git a/main.c b/main.c\n--- a/main.c\n+++ b/main.c\n@@ -1 +1 @@\n-not what is there\n+x\n');
  await assert.rejects(
    ensureEmbeddedSource({ cacheDir: cache, log: () => {}, packageSpec: pkg, patchPath: bad }),
    (e: unknown) => e instanceof UserError && /does not apply/.test(e.message),
  );
});

test('the embedded repository builds both variants (worktrees from its bare repository)', async () => {
  const { pkg, patch } = await fakePackage();
  const cache = await tempDir('cache');
  const src = await ensureEmbeddedSource({ cacheDir: cache, log: () => {}, packageSpec: pkg, patchPath: patch });
  const v = (id: 'A' | 'B', ref: string) => ({ id, name: ref, ref, cmakeArgs: [], runArgs: [], env: {} });
  const [a, b] = await buildVariants(
    {
      repo: src.repo, models: [{ name: 'm', path: 'm.gguf' }], out: 'out', variants: [v('A', src.baseRef), v('B', src.headRef)], workloads: [], threads: 2,
      levers: { repetitions: 1 }, maxBlocks: 3, warmupBlocks: 1, looks: [], seed: 1, timeoutSec: 60, margin: 0.02, alpha: 0.05, method: 'hl',
    },
    { cacheDir: cache, logDir: await tempDir('logs') },
  );
  assert.equal(a.ok && b.ok, true, `${a.logTail}\n${b.logTail}`);
  assert.equal(execFileSync(path.join(a.binDir!, 'llama-bench'), { encoding: 'utf8' }).trim(), 'tiny-good');
  assert.equal(execFileSync(path.join(b.binDir!, 'llama-bench'), { encoding: 'utf8' }).trim(), 'tiny-patched');
});
