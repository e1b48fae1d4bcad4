// What a careful maintainer and a clumsy afternoon do to a run: typos, a reused --out, two runs at
// once, Ctrl-C in the middle, a full disk, a dirty checkout. Real CLI, real fake-runner builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { ownerOf } from '../../src/sys/lock.ts';
import { OUT_LOCK } from '../../src/pipeline/out-dir.ts';
import type { Results } from '../../src/store/results.ts';
import { cli, MAIN, processesMentioning, startCli } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-robust-'));
const cache = join(root, 'cache');
const env = { LLAMA_PERF_GATE_CACHE: cache, FAKE_NOISE: '0.01' };
const model = join(root, 'tiny.gguf');
writeTinyModel(model);
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), { headSlowdown: 0.95 });
const results = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at .*:\d+:\d+/, s);
const base = ['run', '--repo', repo, '--model', model, '--base', 'base', '--head', 'head', '--workloads', 'tg128', '--seed', '1'];

test('a mistyped ref is refused before --out is touched: the previous results.json is kept byte for byte', async () => {
  const out = join(root, 'out-typo');
  mkdirSync(out);
  const previous = '{"schema":"llama-perf-gate/results@1","note":"a previous run, regression, exit 1"}\n';
  writeFileSync(join(out, 'results.json'), previous);
  const r = await cli([...base.map((a) => (a === 'base' ? 'bsae' : a)), '--out', out], env);
  assert.equal(r.code, 2, r.stderr);
  noStack(r.stderr);
  assert.match(r.stderr, /^error: --base bsae: git ref "bsae" does not name a commit/);
  assert.match(r.stderr, /example: --base main/);
  assert.equal(readFileSync(join(out, 'results.json'), 'utf8'), previous);
  assert.deepEqual(readdirSync(out), ['results.json']);
});

test("an --out holding another experiment's results is refused unless --force; an --out in use by a live run is refused", async () => {
  const out = join(root, 'out-other');
  mkdirSync(out);
  const other = { schema: 'llama-perf-gate/results@1', plan: { repo, model, variants: [{ id: 'A', ref: 'main', cmakeArgs: [], runArgs: [], env: {} }, { id: 'B', ref: 'pr-9', cmakeArgs: [], runArgs: [], env: {} }], workloads: [{ id: 'pp512' }] }, builds: [] };
  writeFileSync(join(out, 'results.json'), JSON.stringify(other));
  const r = await cli([...base, '--out', out], env);
  assert.equal(r.code, 2, r.stderr);
  noStack(r.stderr);
  assert.match(r.stderr, /^error: --out .*out-other holds the results of another experiment \(variant A at main, not base\); refusing to overwrite them\n/);
  assert.match(r.stderr, /--out perf-out-2, or add --force/);
  assert.equal(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).plan.variants[1].ref, 'pr-9');

  // Another run (alive: our parent process stands in for it) holds the directory.
  const busy = join(root, 'out-busy');
  mkdirSync(busy);
  writeFileSync(join(busy, OUT_LOCK), JSON.stringify(ownerOf(`writing ${busy}`, process.ppid)));
  const b = await cli([...base, '--out', busy], env);
  assert.equal(b.code, 2, b.stderr);
  assert.match(b.stderr, new RegExp(`^error: --out .*out-busy is in use: llama-perf-gate pid ${process.ppid} \\(started \\d{4}-[^)]+\\) holding writing `));
  assert.equal(existsSync(join(busy, 'results.json')), false);
});

test('Ctrl-C: during a build no lock is left and nothing is reused; at block 3 every process of the run is gone, results and report are kept; the next run reuses the builds', async () => {
  const out = join(root, 'out-int');
  // 1. SIGINT while variant A compiles.
  const first = startCli([...base, '--max-blocks', '10', '--out', out], env);
  await first.stderrMatch(/\[build A\] (configure|build)/);
  first.child.kill('SIGINT');
  const r1 = await first.done;
  assert.equal(r1.code, 130, r1.stderr);
  noStack(r1.stderr);
  assert.match(results(out).stopReason, /^interrupted by SIGINT during the builds/);
  assert.ok(existsSync(join(out, 'report.md')));
  assert.deepEqual(readdirSync(join(cache, 'locks')).filter((f) => f.endsWith('.lock')), [], 'no build lock left');
  assert.equal(existsSync(join(out, OUT_LOCK)), false, 'no --out lock left');
  assert.deepEqual(processesMentioning(root), []);

  // 2. SIGINT in the middle of block 3 (each launch sleeps 1.5 s in the fake: --delay 1500).
  const second = startCli([...base, '--max-blocks', '10', '--looks', '10', '--delay', '1500', '--out', out], env);
  await second.stderrMatch(/\[bench\] block 3\/10 · launch 1\/2/);
  await new Promise((r) => setTimeout(r, 400));
  assert.ok(processesMentioning(join(cache, 'worktrees')).length > 0, 'a launch is running');
  second.child.kill('SIGINT');
  const r2 = await second.done;
  assert.equal(r2.code, 130, r2.stderr);
  noStack(r2.stderr);
  assert.deepEqual(processesMentioning(root), [], 'no process of the run is left');
  const res = results(out);
  assert.equal(res.stopReason, 'interrupted by SIGINT in block 3');
  assert.deepEqual(res.builds.map((b) => [b.ok, b.reused]), [[true, false], [true, false]], 'the interrupted build of A was rebuilt, not reused');
  assert.ok(res.launches.filter((l) => l.status === 'ok').length >= 6, 'warm-up and blocks 1, 2 measured');
  assert.ok(res.launches.some((l) => l.status === 'skipped' && l.error === 'interrupted by SIGINT'));
  assert.ok(res.finishedAt);
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /interrupted by SIGINT in block 3/);
  // Stopped with tg128 undecided: incomplete, not inconclusive (the exit code stays the signal's).
  assert.match(readFileSync(join(out, 'report.md'), 'utf8').replace(/\\/g, ''), /^## ⚠️ Incomplete: measured 2 of 10 planned blocks; stopped: interrupted by SIGINT in block 3 — check fails \(on-incomplete: fail\)$/m);

  // 3. The next run (same experiment, same --out) reuses both finished builds.
  const r3 = await cli([...base, '--max-blocks', '2', '--out', out], env);
  // Two blocks cannot decide (the signed-rank test's smallest p at n = 2 is 0.25): inconclusive, which passes.
  assert.equal(r3.code, 0, r3.stderr);
  assert.equal(results(out).analysis?.verdict, 'inconclusive');
  assert.deepEqual(results(out).builds.map((b) => b.reused), [true, true]);
});

test('SIGTERM and SIGHUP exit 143 and 129 with the reason recorded', async () => {
  for (const [sig, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    const out = join(root, `out-${sig}`);
    const run = startCli([...base, '--max-blocks', '10', '--delay', '1000', '--out', out], env);
    await run.stderrMatch(/\[bench\] block 1\/10 · launch 2\/2/);
    run.child.kill(sig);
    const r = await run.done;
    assert.equal(r.code, code, r.stderr);
    assert.equal(results(out).stopReason, `interrupted by ${sig} in block 1`);
    assert.deepEqual(processesMentioning(out), []);
  }
});

test('a checkout with uncommitted changes: --head HEAD warns and names the files', async () => {
  const { repo: dirty } = makeFakeRunnerRepo(join(root, 'dirty'), {});
  writeFileSync(join(dirty, 'fake-config.h'), '/* edited, not committed */\n');
  writeFileSync(join(dirty, 'new-kernel.c'), 'int x;\n');
  const out = join(root, 'out-dirty');
  const r = await cli(['run', '--repo', dirty, '--model', model, '--base', 'head', '--head', 'HEAD', '--workloads', 'tg128', '--max-blocks', '2', '--out', out], env);
  assert.equal(r.code, 0, r.stderr); // two blocks: inconclusive, which passes
  assert.equal(results(out).analysis?.verdict, 'inconclusive');
  assert.match(r.stderr, /warning: --head HEAD is the HEAD of .*dirty \([0-9a-f]{12}\), which has uncommitted changes \(fake-config\.h, new-kernel\.c\): only committed code is built, so these changes are NOT measured/);
  assert.ok(results(out).notes.some((n) => /uncommitted changes \(fake-config\.h, new-kernel\.c\)/.test(n)));
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /uncommitted changes/);
});

test('build locks: a reused PID is stale and taken over at once; a live holder is waited for, and the wait is shown', async () => {
  const { repo: r2, baseRef, headRef } = makeFakeRunnerRepo(join(root, 'locks'), {});
  const locks = join(cache, 'locks');
  mkdirSync(locks, { recursive: true });
  // Base: a live PID (our parent) whose start time is not the lock's: the owner died, the PID was reused.
  writeFileSync(join(locks, `${baseRef.slice(0, 12)}.lock`), JSON.stringify({ ...ownerOf('the build of base', process.ppid), startTicks: 1 }));
  // Head: really held by a live process.
  const headLock = join(locks, `${headRef.slice(0, 12)}.lock`);
  writeFileSync(headLock, JSON.stringify(ownerOf(`the build of ${headRef.slice(0, 12)}`, process.ppid)));
  const out = join(root, 'out-locks');
  const run = startCli(['run', '--repo', r2, '--model', model, '--base', 'base', '--head', 'head', '--workloads', 'tg128', '--max-blocks', '2', '--out', out], env);
  const line = await run.stderrMatch(new RegExp(`waiting for llama-perf-gate pid ${process.ppid} \\(started [^)]+\\) holding the build of ${headRef.slice(0, 12)}[^\\n]*`));
  assert.match(line, /\(started \d{4}-\d\d-\d\dT/);
  rmSync(headLock); // the holder finishes
  const r = await run.done;
  assert.equal(r.code, 0, r.stderr); // two blocks: inconclusive, which passes
  assert.equal(results(out).analysis?.verdict, 'inconclusive');
  assert.doesNotMatch(r.stderr, /holding the build of base/, 'the stale base lock was not waited for');
  assert.deepEqual(results(out).builds.map((b) => b.ok), [true, true]);
  assert.deepEqual(readdirSync(locks).filter((f) => f.startsWith(baseRef.slice(0, 12)) || f.startsWith(headRef.slice(0, 12))), []);
});

/** Runs the CLI with --out on a tiny tmpfs (a mount namespace of its own), then copies --out aside. */
function canMountTmpfs(): boolean {
  return spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${tmpdir()}`]).status === 0;
}

test('a full disk: exit 3, one line naming the path and the fix, no .tmp left, the stop reason recorded', { skip: !canMountTmpfs() && 'cannot mount a tmpfs in a user namespace here' }, () => {
  const out = join(root, 'out-full');
  const snap = join(root, 'out-full-copy');
  mkdirSync(out);
  mkdirSync(snap);
  const args = [...base, '--workloads', 'pp512,tg128', '--max-blocks', '30', '--looks', '30', '--out', out].map((a) => `'${a}'`).join(' ');
  const script = `mount -t tmpfs -o size=160k tmpfs '${out}' || exit 99; '${process.execPath}' '${MAIN}' ${args}; code=$?; cp -a '${out}/.' '${snap}/'; exit $code`;
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 3, r.stderr);
  noStack(r.stderr);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
  assert.equal(errors.length, 1, r.stderr);
  assert.match(errors[0], /^error: cannot write .*out-full\/results.json: no space left on the device \(ENOSPC\)$/);
  assert.match(r.stderr, /free space there/);
  assert.deepEqual(readdirSync(snap).filter((f) => f.endsWith('.tmp')), []);
  const res = results(snap);
  assert.match(res.stopReason, /^stopped by an error: cannot \w+ .*no space left on the device/);
  assert.ok(res.launches.length > 0);
});

void execFileSync;
