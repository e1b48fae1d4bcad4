import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Plan, Variant } from '../../src/plan/types.ts';
import { UserError } from '../../src/sys/errors.ts';
import { buildVariants, type BuildProgress } from '../../src/build/index.ts';
import { git, makeTinyRepo, removeTempDirs, tempDir } from './fixture.ts';

after(removeTempDirs);

function plan(repo: string, a: Partial<Variant>, b: Partial<Variant>): Plan {
  const v = (id: 'A' | 'B', o: Partial<Variant>): Variant => ({ id, name: id === 'A' ? 'base' : 'head', ref: 'good', cmakeArgs: [], runArgs: [], env: {}, ...o });
  return {
    repo, models: [{ name: 'm', path: 'm.gguf' }], out: 'out', variants: [v('A', a), v('B', b)], workloads: [], threads: 2,
    levers: { repetitions: 1 }, maxBlocks: 3, warmupBlocks: 1, looks: [], seed: 1, timeoutSec: 60,
    margin: 0.02, alpha: 0.05, method: 'hl',
  };
}

const runBin = (binDir: string, name = 'llama-bench') => execFileSync(path.join(binDir, name), { encoding: 'utf8' }).trim();

test('a failing variant is reported with its log tail and path; the other variant still builds', async () => {
  const t = await makeTinyRepo();
  const cache = await tempDir('cache');
  const logDir = await tempDir('logs');
  const progress: BuildProgress[] = [];
  const [a, b] = await buildVariants(plan(t.repo, { ref: 'broken' }, { ref: 'good' }), { cacheDir: cache, logDir, onProgress: (p) => progress.push(p) });

  assert.equal(a.ok, false);
  assert.equal(a.commit, t.broken);
  assert.equal(a.binDir, null);
  assert.match(a.error ?? '', /build of llama-bench failed/);
  assert.match(a.logTail ?? '', /#error this commit does not compile/);
  assert.ok((a.logTail ?? '').split('\n').length <= 30);
  assert.equal(a.logPath, path.join(logDir, 'build-A.log'));
  const fullLog = await readFile(a.logPath!, 'utf8');
  assert.match(fullLog, /#error this commit does not compile/);
  assert.match(fullLog, /-DCMAKE_BUILD_TYPE=Release/);

  assert.equal(b.ok, true, b.logTail ?? '');
  assert.equal(b.commit, t.good);
  assert.equal(b.reused, false);
  assert.equal(runBin(b.binDir!), 'tiny-good');

  assert.ok(progress.some((p) => p.variant === 'A' && p.phase === 'configure'));
  assert.ok(progress.some((p) => p.variant === 'B' && p.phase === 'build' && p.percent === 100), 'CMake progress percentages reach the callback');
});

test('a finished build is reused for the same key; other CMake args get their own build', async () => {
  const t = await makeTinyRepo();
  const cache = await tempDir('cache');
  const logDir = await tempDir('logs');
  // Same commit, same args: B is A's build (the "one build, runtime toggle" case).
  const [a1, b1] = await buildVariants(plan(t.repo, {}, {}), { cacheDir: cache, logDir });
  assert.equal(a1.ok && b1.ok, true);
  assert.equal(a1.reused, false);
  assert.equal(b1.reused, true);
  assert.equal(b1.binDir, a1.binDir);

  // Next run: both reused. Then a changed CMake arg builds again, in another directory.
  const [a2, b2] = await buildVariants(plan(t.repo, {}, { cmakeArgs: ['-DCMAKE_C_FLAGS=-DTINY_FLAG=1'] }), { cacheDir: cache, logDir });
  assert.equal(a2.reused, true);
  assert.equal(a2.binDir, a1.binDir);
  assert.equal(b2.ok, true, b2.logTail ?? '');
  assert.equal(b2.reused, false);
  assert.notEqual(b2.binDir, a1.binDir);
  assert.deepEqual(b2.cmakeArgs, ['-DCMAKE_C_FLAGS=-DTINY_FLAG=1']);
  // The tiny project has no bin/ subdirectory: its executables sit next to CMakeCache.txt.
  assert.match(await readFile(path.join(b2.binDir!, 'CMakeCache.txt'), 'utf8'), /TINY_FLAG/);
});

test('llama-sweep-bench is built too when the tree has that target', async () => {
  const t = await makeTinyRepo();
  const cache = await tempDir('cache');
  const [a, b] = await buildVariants(plan(t.repo, { ref: 'good' }, { ref: 'sweep' }), { cacheDir: cache, logDir: await tempDir('logs') });
  assert.equal(a.ok && b.ok, true);
  assert.equal(existsSync(path.join(a.binDir!, 'llama-sweep-bench')), false);
  assert.equal(runBin(b.binDir!, 'llama-sweep-bench'), 'tiny-sweep');
  assert.equal(a.depthTool, null, 'no depth tool in a tree without one');
  assert.equal(b.depthTool, 'llama-sweep-bench');
});

test('llama-batched-bench is built and recorded as the depth tool when the tree has it', async () => {
  const t = await makeTinyRepo();
  const cache = await tempDir('cache');
  const [a, b] = await buildVariants(plan(t.repo, { ref: 'batched' }, { ref: 'batched' }), { cacheDir: cache, logDir: await tempDir('logs') });
  assert.equal(a.ok && b.ok, true, a.logTail ?? '');
  assert.equal(a.depthTool, 'llama-batched-bench');
  assert.equal(runBin(a.binDir!, 'llama-batched-bench'), 'tiny-batched');
  assert.equal(b.reused, true);
  assert.equal(b.depthTool, 'llama-batched-bench', 'a reused build keeps its depth tool');
});

test('a build stamped before depth tools existed gets its depth tool added in place, key unchanged', async () => {
  const t = await makeTinyRepo();
  const cache = await tempDir('cache');
  const logDir = await tempDir('logs');
  const [first] = await buildVariants(plan(t.repo, { ref: 'batched' }, { ref: 'good' }), { cacheDir: cache, logDir });
  // Make it look like an older build: no depthTool in the stamp, no batched-bench binary.
  const stampPath = path.join(first.binDir!, 'llama-perf-gate-build.json');
  const stamp = JSON.parse(await readFile(stampPath, 'utf8')) as Record<string, unknown>;
  delete stamp.depthTool;
  stamp.targets = ['llama-bench'];
  await writeFile(stampPath, JSON.stringify(stamp));
  await rm(path.join(first.binDir!, 'llama-batched-bench'));

  const [again] = await buildVariants(plan(t.repo, { ref: 'batched' }, { ref: 'good' }), { cacheDir: cache, logDir });
  assert.equal(again.reused, true, 'same key: reused, not rebuilt from scratch');
  assert.equal(again.binDir, first.binDir);
  assert.equal(again.depthTool, 'llama-batched-bench');
  assert.equal(runBin(again.binDir!, 'llama-batched-bench'), 'tiny-batched');
  const updated = JSON.parse(await readFile(stampPath, 'utf8')) as { depthTool?: string; key?: string };
  assert.equal(updated.depthTool, 'llama-batched-bench', 'recorded, so the next run does not look again');
  assert.equal(updated.key, stamp.key);
});

test('a missing ref stops the build stage before anything is built', async () => {
  const t = await makeTinyRepo();
  const cache = await tempDir('cache');
  const logDir = path.join(await tempDir('logs'), 'out');
  await assert.rejects(
    buildVariants(plan(t.repo, { ref: 'good' }, { ref: 'pr-290' }), { cacheDir: cache, logDir }),
    (e: unknown) => e instanceof UserError && e.message.includes('"pr-290"') && e.message.includes(t.repo),
  );
  assert.equal(existsSync(path.join(cache, 'worktrees')), false, 'variant A was not built first');
  assert.equal(existsSync(logDir), false);
});

test('a tree without a llama-bench target is a failed build with a clear reason', async () => {
  const t = await makeTinyRepo();
  await writeFile(path.join(t.repo, 'CMakeLists.txt'), 'cmake_minimum_required(VERSION 3.14)\nproject(other C)\nadd_executable(something main.c)\n');
  git(t.repo, 'commit', '--quiet', '-am', 'no bench');
  const [, b] = await buildVariants(plan(t.repo, {}, { ref: 'HEAD' }), { cacheDir: await tempDir('cache'), logDir: await tempDir('logs') });
  assert.equal(b.ok, false);
  assert.match(b.error ?? '', /no llama-bench target/);
});

/** Processes whose command line is exactly `argv` (read from /proc). */
function processesRunning(argv: string[]): number[] {
  const want = argv.join('\0') + '\0';
  return readdirSync('/proc').filter((n) => /^\d+$/.test(n)).flatMap((n) => {
    try {
      const cmd = readFileSync(`/proc/${n}/cmdline`, 'utf8');
      const state = readFileSync(`/proc/${n}/stat`, 'utf8').split(') ')[1]?.[0];
      return cmd === want && state !== 'Z' ? [Number(n)] : [];
    } catch {
      return [];
    }
  });
}

test('a build whose owner was killed with -9 leaves compilers running; the next build stops them (the lock records their process group) before reusing the tree', async () => {
  const t = await makeTinyRepo();
  const dir = await tempDir('orphans');
  const marker = path.join(dir, 'slow');
  await writeFile(marker, '');
  const sleeper = ['sleep', String(290 + Math.floor(Math.random() * 9))];
  // A build step that hangs while the marker exists, standing for a long compile.
  git(t.repo, 'checkout', '--quiet', '-b', 'slow', 'good');
  await writeFile(path.join(t.repo, 'slow.sh'), `test ! -e ${marker} || ${sleeper.join(' ')}\n`);
  await writeFile(path.join(t.repo, 'CMakeLists.txt'), (await readFile(path.join(t.repo, 'CMakeLists.txt'), 'utf8')) +
    'add_custom_target(slow COMMAND sh ${CMAKE_SOURCE_DIR}/slow.sh)\nadd_dependencies(llama-bench slow)\n');
  git(t.repo, 'add', '.');
  git(t.repo, 'commit', '--quiet', '-m', 'slow');
  const cache = await tempDir('cache');
  const logDir = await tempDir('logs');
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'build-child.ts'), t.repo, 'slow', cache, logDir], { stdio: 'ignore' });
  let orphans: number[] = [];
  try {
    for (let i = 0; i < 1200 && orphans.length === 0; i++) {
      await sleep(50);
      orphans = processesRunning(sleeper);
    }
    assert.equal(orphans.length, 1, 'the slow build step started');
  } finally {
    child.kill('SIGKILL');
  }
  await new Promise((resolve) => child.once('exit', resolve));
  await sleep(200);
  assert.deepEqual(processesRunning(sleeper), orphans, 'kill -9 of the owner leaves its build running');

  await rm(marker);
  const said: string[] = [];
  const [a] = await buildVariants(plan(t.repo, { ref: 'slow' }, { ref: 'slow' }), { cacheDir: cache, logDir, log: (l) => said.push(l) });
  const left = processesRunning(sleeper);
  for (const pid of left) process.kill(pid, 'SIGKILL'); // never leave it behind, even when failing
  assert.deepEqual(left, [], 'the leftover is stopped');
  assert.ok(said.some((l) => /^stopped \d+ leftover build process(es)? of the build of [0-9a-f]{12} \(pid \d+ .*\), which is gone$/.test(l)), said.join('\n'));
  assert.equal(a.ok, true, a.logTail ?? '');
  assert.equal(runBin(a.binDir!), 'tiny-good');
});
