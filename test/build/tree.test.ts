// Builds that cost what changed (issue 22, item 4): one tree per repository and configuration,
// switched between commits; only changed translation units recompile; each commit's binaries and
// libraries kept under its build key; a commit that does not build is a reported failure; the
// user's checkout is never touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInTree, snapshotDir } from '../../src/build/tree.ts';
import { detectToolchain } from '../../src/build/toolchain.ts';
import { makeFakeSeries } from '../helpers/fake-series.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-tree-'));
const env = { ...process.env, LLAMA_PERF_GATE_CCACHE: '0' };

/** tg t/s of a built fake llama-bench, without noise. */
function speed(binDir: string): number {
  const out = execFileSync(join(binDir, 'llama-bench'), ['-m', join(root, 'model'), '-p', '0', '-n', '16', '-r', '1', '-o', 'json'], { encoding: 'utf8', env: { ...process.env, FAKE_NOISE: '0', FAKE_SEED: '1' } });
  return (JSON.parse(out) as { avg_ts: number }[])[0].avg_ts;
}

test('one tree switched between commits: a doc-only or one-file commit recompiles only what changed, each commit kept under its key, a broken commit reported', async () => {
  execFileSync('truncate', ['-s', '4096', join(root, 'model')]);
  const { repo, commits } = makeFakeSeries(join(root, 'repo'), [{ kind: 'doc' }, { kind: 'slow', factor: 0.5 }, { kind: 'break' }, { kind: 'fix' }, { kind: 'doc' }]);
  const userHead = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  const userMtime = statSync(join(repo, 'fake-llama.c')).mtimeMs;
  const toolchain = await detectToolchain([], env);
  const cache = join(root, 'cache');
  const build = (c: string, name: string) => buildInTree({ repo, commit: c, cmakeArgs: [], toolchain, cacheDir: cache, logPath: join(root, 'logs', `${name}.log`), env, jobs: 2 });

  const cold = await build(commits[0], 'cold');
  assert.equal(cold.outcome.ok, true, cold.outcome.logTail ?? '');
  assert.equal(cold.outcome.reused, false);
  assert.ok(cold.compiled! >= 3, `cold build compiled ${cold.compiled}`);
  const tree = readFileSync(join(root, 'logs', 'cold.log'), 'utf8').match(/tree (\S+)/)![1];
  const libMtime = statSync(join(tree, 'fake-llama.c')).mtimeMs;

  // Doc-only: nothing of the library is rebuilt (the tool's build-commit stamp is, as in llama.cpp).
  const doc = await build(commits[1], 'doc');
  assert.equal(doc.outcome.ok, true);
  assert.ok(doc.compiled! < cold.compiled!, `doc-only commit compiled ${doc.compiled} of ${cold.compiled}`);
  // One header changed: the tools that include it recompile, the library does not.
  const slow = await build(commits[2], 'slow');
  assert.equal(slow.outcome.ok, true);
  const slowLog = readFileSync(join(root, 'logs', 'slow.log'), 'utf8');
  assert.match(slowLog, /Building C object .*fake-llama-bench\.c\.o/);
  assert.doesNotMatch(slowLog, /Building C object .*fake-llama\.c\.o/, 'the unchanged library source is not recompiled');
  assert.equal(statSync(join(tree, 'fake-llama.c')).mtimeMs, libMtime, 'checking out a commit leaves unchanged files alone');

  // Each commit's binaries are its own, kept under its build key after the tree moved on.
  for (const b of [cold, doc, slow]) assert.ok(b.outcome.binDir!.startsWith(snapshotDir(cache, b.key)), b.outcome.binDir!);
  const [s0, s2] = [speed(cold.outcome.binDir!), speed(slow.outcome.binDir!)];
  assert.ok(Math.abs(s2 / s0 - 0.5) < 0.01, `the slow commit's snapshot runs at ${s2} against ${s0}`);
  // The shared library the snapshot loads is the snapshot's own, not the tree's.
  const ldd = execFileSync('ldd', [join(cold.outcome.binDir!, 'llama-bench')], { encoding: 'utf8' });
  assert.match(ldd, new RegExp(`libllama\\.so => ${cold.outcome.binDir!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/libllama\\.so`), ldd);

  // Nothing is built twice.
  const again = await build(commits[0], 'again');
  assert.deepEqual([again.outcome.ok, again.outcome.reused, again.compiled], [true, true, 0]);

  // A commit that does not build is a result, not a throw; the next one builds in the same tree.
  const broken = await build(commits[3], 'broken');
  assert.equal(broken.outcome.ok, false);
  assert.match(broken.outcome.error ?? '', /build of .* failed/);
  assert.match(broken.outcome.logTail ?? '', /does not compile/);
  const fixed = await build(commits[4], 'fixed');
  assert.equal(fixed.outcome.ok, true, fixed.outcome.logTail ?? '');

  // A build killed mid-way (its marker left behind) may have left a truncated object: start clean.
  writeFileSync(join(tree, '.lpg-building'), '1\n');
  const clean = await build(commits[5], 'clean');
  assert.equal(clean.outcome.ok, true);
  assert.match(readFileSync(join(root, 'logs', 'clean.log'), 'utf8'), /did not finish: starting from a clean build directory/);
  assert.equal(clean.compiled, cold.compiled);

  // The user's checkout: same HEAD, no file touched.
  assert.equal(execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }), userHead);
  assert.equal(execFileSync('git', ['-C', repo, 'status', '--porcelain'], { encoding: 'utf8' }), '');
  assert.equal(statSync(join(repo, 'fake-llama.c')).mtimeMs, userMtime);
});
