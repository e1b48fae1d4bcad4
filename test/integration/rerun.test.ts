// A rerun never destroys the previous experiment's results (issue 21, item 1): whatever is wrong
// with the experiment store, the same command into the same --out leaves results.json as it was,
// byte for byte, and says in one line what is wrong; --store-from-results rebuilds the store from
// results.json (it holds every launch) and the run resumes. Real CLI, fake llama-bench.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';
import { cli as runCli, MAIN, startCli } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-rerun-'));
const cache = join(root, 'cache');
const model = writeTinyModel(join(root, 'tiny.gguf'));
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
const ENV = { LLAMA_PERF_GATE_CACHE: cache, FAKE_NOISE: '0.15' };
const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { ...ENV, ...env });
/** The same command every time; --max-blocks 3 gives 16 launches (a warm-up block and 3 counted, 2 workloads × 2 variants). */
const runArgs = (out: string, store: string, maxBlocks = 3) => ['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_SLOWDOWN=1.0', '--model', model,
  '--workloads', 'tg128,pp512', '--threads', '1', '--max-blocks', String(maxBlocks), '--horizon', '10', '--delay', '300', '--seed', '7', '--out', out, '--store', store];
const resultsOf = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at .*:\d+:\d+/, s);
const errorLines = (s: string) => s.split('\n').filter((l) => l.startsWith('error: '));
const verdictCode = (r: Results) => (r.analysis ? exitCodeFor(runOutcome(r.analysis)) : exitCodeFor('failed'));

// The finished experiment: 16 launches in --out and in the store.
const finished = { out: join(root, 'finished', 'out'), store: join(root, 'finished', 'store', 'e.sqlite') };
// The interrupted one: stopped (SIGINT) as block 4 of 6 starts, so 3 counted blocks are complete.
const interrupted = { out: join(root, 'interrupted', 'out'), store: join(root, 'interrupted', 'store', 'e.sqlite') };

test('setup: a finished experiment of 16 launches and an interrupted one', async () => {
  const f = await cli(runArgs(finished.out, finished.store));
  const r = resultsOf(finished.out);
  assert.equal(f.code, verdictCode(r), f.stderr);
  assert.equal(r.launches.length, 16);
  const run = startCli(runArgs(interrupted.out, interrupted.store, 6), ENV);
  await run.stderrMatch(/\[bench\] block 4\/6 · launch 1\/4/);
  run.child.kill('SIGINT');
  const i = await run.done;
  assert.equal(i.code, 130, i.stderr);
  assert.ok(resultsOf(interrupted.out).launches.filter((l) => l.status === 'ok').length >= 16);
});

/** A copy of a base experiment (its --out and its store's directory) for one case. */
function copyOf(base: typeof finished, name: string): { out: string; store: string; dir: string } {
  const dir = join(root, 'cases', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(base.out, '..'), dir, { recursive: true });
  return { out: join(dir, 'out'), store: join(dir, 'store', 'e.sqlite'), dir };
}

/** Overwrites one page in the middle of the file with garbage. */
function corruptMidFile(path: string): void {
  const pages = Math.floor(statSync(path).size / 4096);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(pages / 2) * 4096);
  closeSync(fd);
}

/** Runs the same command on a broken store; results.json (and report.md) must be exactly as before. */
async function refused(c: { out: string }, store: string, code: number, message: RegExp, extra: string[] = []): Promise<string> {
  const before = readFileSync(join(c.out, 'results.json'), 'utf8');
  const report = readFileSync(join(c.out, 'report.md'), 'utf8');
  const r = await cli([...runArgs(c.out, store), ...extra]);
  assert.equal(r.code, code, r.stderr);
  noStack(r.stderr);
  assert.equal(errorLines(r.stderr).length, 1, r.stderr);
  assert.match(errorLines(r.stderr)[0], message);
  assert.equal(readFileSync(join(c.out, 'results.json'), 'utf8'), before, 'results.json kept byte for byte');
  assert.equal(readFileSync(join(c.out, 'report.md'), 'utf8'), report, 'report.md kept');
  assert.equal(resultsOf(c.out).launches.length >= 16, true);
  return r.stderr;
}

test('a truncated store: exit 3, one line naming it, results.json kept', async () => {
  const c = copyOf(finished, 'truncated');
  truncateSync(c.store, 4096);
  const err = await refused(c, c.store, 3, /experiment store .*truncated\/store\/e\.sqlite is damaged/);
  assert.match(err, /--store-from-results/);
});

test('a corrupt page mid-file: exit 3, results.json kept', async () => {
  const c = copyOf(finished, 'corrupt');
  corruptMidFile(c.store);
  await refused(c, c.store, 3, /experiment store .*corrupt\/store\/e\.sqlite is damaged/);
});

test('--store naming a directory, or a file that is not SQLite: exit 2, results.json kept', async () => {
  const c = copyOf(finished, 'not-a-store');
  await refused(c, join(c.dir, 'store'), 2, /(experiment store|--store) .*not-a-store\/store is a directory/);
  writeFileSync(join(c.dir, 'notes.txt'), 'hello\n');
  await refused(c, join(c.dir, 'notes.txt'), 2, /notes\.txt is not a llama-perf-gate experiment store/);
});

test('--store under a regular file: exit 3, results.json kept', async () => {
  const c = copyOf(finished, 'under-a-file');
  writeFileSync(join(c.dir, 'afile'), 'x\n');
  await refused(c, join(c.dir, 'afile', 'e.sqlite'), 3, /(experiment store .*afile\/e\.sqlite: .*afile is a file, not a directory|--store .*afile\/e\.sqlite cannot be created: .*afile is a file)/);
});

test('a zero-byte or deleted store while results.json holds the experiment: refused in one line, no new experiment started', async () => {
  const c = copyOf(finished, 'zero');
  truncateSync(c.store, 0);
  const id = resultsOf(c.out).experiment!.id;
  const err = await refused(c, c.store, 2, new RegExp(`results\\.json holds experiment ${id.slice(0, 4)}… \\(16 launches\\).*the experiment store .*zero/store/e\\.sqlite (is empty|does not have it)`));
  assert.match(err, /--store-from-results/);
  const d = copyOf(finished, 'deleted');
  rmSync(d.store);
  await refused(d, d.store, 2, /results\.json holds experiment .* \(16 launches\).*the experiment store .*deleted\/store\/e\.sqlite does not exist/);
});

test('a read-only store directory: exit 3, one line, results.json kept', { skip: !canUnshare() && 'cannot make a mount namespace here' }, async () => {
  const c = copyOf(finished, 'read-only');
  const before = readFileSync(join(c.out, 'results.json'), 'utf8');
  const dir = join(c.dir, 'store');
  const args = runArgs(c.out, c.store).map((a) => `'${a}'`).join(' ');
  const script = `mount --bind '${dir}' '${dir}' && mount -o remount,bind,ro '${dir}' || exit 99; exec '${process.execPath}' '${MAIN}' ${args}`;
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { env: { ...process.env, ...ENV }, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 3, r.stderr);
  noStack(r.stderr);
  assert.equal(errorLines(r.stderr).length, 1, r.stderr);
  assert.match(errorLines(r.stderr)[0], /(experiment store .*read-only\/store\/e\.sqlite is read-only|--store .*read-only\/store(\/e\.sqlite)? is not writable)/);
  assert.equal(readFileSync(join(c.out, 'results.json'), 'utf8'), before);
});

test('an interrupt during a resume\'s rebuild leaves results.json as it was', async () => {
  const c = copyOf(interrupted, 'interrupt-rebuild');
  const before = readFileSync(join(c.out, 'results.json'), 'utf8');
  // An empty cache: the resume must build both variants again.
  const run = startCli(runArgs(c.out, c.store, 6), { ...ENV, LLAMA_PERF_GATE_CACHE: join(c.dir, 'cache') });
  await run.stderrMatch(/\[build A\]/);
  run.child.kill('SIGINT');
  const r = await run.done;
  assert.equal(r.code, 130, r.stderr);
  noStack(r.stderr);
  assert.equal(readFileSync(join(c.out, 'results.json'), 'utf8'), before, 'results.json kept byte for byte');
});

test('--store-from-results: a deleted store is rebuilt from results.json and the run resumes where it stopped', async () => {
  const c = copyOf(interrupted, 'from-results');
  const had = resultsOf(c.out);
  rmSync(c.store);
  const r = await cli([...runArgs(c.out, c.store, 6), '--store-from-results']);
  const after = resultsOf(c.out);
  assert.equal(r.code, verdictCode(after), r.stderr);
  const measured = had.launches.filter((l) => l.status === 'ok');
  assert.match(r.stderr, new RegExp(`rebuilt experiment ${had.experiment!.id.slice(0, 4)}… in the experiment store .* from .*results\\.json \\(${measured.length} launches\\)`));
  const m = /resuming experiment ([0-9a-f]{4})… at block (\d+) of 6/.exec(r.stderr);
  assert.ok(m, r.stderr);
  assert.equal(Number(m[2]), 4, 'three counted blocks were complete: the resume starts at block 4, not at block 1');
  assert.equal(after.experiment?.id, had.experiment?.id);
  assert.deepEqual(after.experiment?.segments.map((s) => [s.kind, s.fromBlocks]), [['run', 0], ['resume', 3]]);
  // The launch the interrupt cut short is run again (it measured nothing); every other one is kept as it was.
  assert.deepEqual(after.launches.slice(0, measured.length), measured, 'every launch of results.json kept as it was');
  for (let b = 0; b <= 6; b++) assert.ok(after.launches.filter((l) => l.block === b && l.status === 'ok').length >= 4, `block ${b} complete`);
});

test('--store-from-results on an intact store holding the experiment changes nothing in the store; on a damaged one it is refused', async () => {
  const c = copyOf(interrupted, 'from-results-intact');
  const r = await cli([...runArgs(c.out, c.store, 6), '--store-from-results']);
  assert.equal(r.code, verdictCode(resultsOf(c.out)), r.stderr);
  assert.match(r.stderr, /already holds experiment [0-9a-f]{4}…: --store-from-results has nothing to do/);
  assert.match(r.stderr, /resuming experiment [0-9a-f]{4}… at block 4 of 6/);
  const d = copyOf(finished, 'from-results-damaged');
  truncateSync(d.store, 4096);
  await refused(d, d.store, 3, /experiment store .*is damaged/, ['--store-from-results']);
});

test('a stop inside the first block of a run, and of a resume: results.json holds the launches measured in it', async () => {
  const out = join(root, 'first-block', 'out');
  const store = join(root, 'first-block', 'store', 'e.sqlite');
  const run = startCli(runArgs(out, store, 6), ENV);
  await run.stderrMatch(/\[bench\] warm-up block 1\/1 · launch 3\/4/);
  run.child.kill('SIGINT');
  assert.equal((await run.done).code, 130);
  const first = resultsOf(out);
  assert.ok(first.launches.filter((l) => l.block === 0 && l.status === 'ok').length >= 2, JSON.stringify(first.launches.map((l) => [l.block, l.status])));
  const resume = startCli(runArgs(out, store, 6), ENV);
  await resume.stderrMatch(/resuming experiment [0-9a-f]{4}… at block 1 of 6/);
  await resume.stderrMatch(/\[bench\] block 1\/6 · launch 3\/4/);
  resume.child.kill('SIGINT');
  assert.equal((await resume.done).code, 130);
  const second = resultsOf(out);
  // The launch the interrupt cut short is run again (it measured nothing); every other one is kept.
  const kept = new Set(second.launches.map((l) => JSON.stringify(l)));
  for (const l of first.launches.filter((x) => x.status === 'ok')) assert.ok(kept.has(JSON.stringify(l)), `launch ${l.seq} kept`);
  assert.ok(second.launches.filter((l) => l.block === 1 && l.status === 'ok').length >= 2, JSON.stringify(second.launches.map((l) => [l.block, l.status])));
});

test('the same command after a finished experiment measures again: the earlier results.json and reports are kept in previous-<id>/', async () => {
  const c = copyOf(finished, 'again');
  const before = readFileSync(join(c.out, 'results.json'), 'utf8');
  const firstId = resultsOf(c.out).experiment!.id;
  const again = await cli(runArgs(c.out, c.store));
  const now = resultsOf(c.out);
  assert.equal(again.code, verdictCode(now), again.stderr);
  assert.notEqual(now.experiment!.id, firstId, 'a new experiment');
  const kept = join(c.out, `previous-${firstId.slice(0, 8)}`);
  assert.match(again.stderr, new RegExp(`kept experiment ${firstId.slice(0, 4)}…'s results.json, report.md, report.html in `));
  assert.equal(readFileSync(join(kept, 'results.json'), 'utf8'), before, 'byte for byte');
  assert.ok(statSync(join(kept, 'report.md')).size > 0 && statSync(join(kept, 'report.html')).size > 0);
  noStack(again.stderr);
});

function canUnshare(): boolean {
  const d = join(root, 'probe-mount');
  mkdirSync(d, { recursive: true });
  return spawnSync('unshare', ['-rm', 'sh', '-c', `mount --bind '${d}' '${d}' && mount -o remount,bind,ro '${d}'`]).status === 0;
}
