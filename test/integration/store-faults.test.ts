// The experiment store's commands on a hostile machine (issue 21, item 3): `experiments` and
// `history` read a read-only store without writing to it; a damaged store is one line and exit 3;
// `more` stops on SIGINT/SIGTERM/SIGHUP as `run` does and respects the --out lock. Real CLI, fake llama-bench.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';
import { ownerOf } from '../../src/sys/lock.ts';
import { OUT_LOCK } from '../../src/pipeline/out-dir.ts';
import { cli as runCli, MAIN, processesMentioning, startCli } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-store-faults-'));
const cache = join(root, 'cache');
const model = writeTinyModel(join(root, 'tiny.gguf'));
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
const ENV = { LLAMA_PERF_GATE_CACHE: cache, FAKE_NOISE: '0.15' };
const cli = (args: string[]) => runCli(args, ENV);
const out = join(root, 'out');
const storeDir = join(root, 'store');
const store = join(storeDir, 'e.sqlite');
const resultsOf = (dir = out): Results => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;
const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at .*:\d+:\d+/, s);
const errorLines = (s: string) => s.split('\n').filter((l) => l.startsWith('error: '));

test('setup: one finished experiment of 2 blocks', async () => {
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_SLOWDOWN=1.0', '--model', model, '--workloads', 'tg128,pp512',
    '--threads', '1', '--max-blocks', '2', '--horizon', '20', '--delay', '300', '--seed', '3', '--out', out, '--store', store]);
  assert.equal(r.code, exitCodeFor(runOutcome(resultsOf().analysis!)), r.stderr);
});

test('experiments and history on a store in a read-only directory: listed, nothing written', { skip: !canUnshare() && 'cannot make a mount namespace here' }, () => {
  for (const cmd of [['experiments'], ['history', '--workload', 'tg128']]) {
    const script = `mount --bind '${storeDir}' '${storeDir}' && mount -o remount,bind,ro '${storeDir}' || exit 99; exec '${process.execPath}' '${MAIN}' ${cmd.join(' ')} --store '${store}'`;
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { env: { ...process.env, ...ENV }, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    noStack(r.stderr);
    assert.match(r.stdout, new RegExp(resultsOf().experiment!.id));
  }
});

test('experiments and history on a damaged store: exit 3, one line naming it', async () => {
  const broken = join(root, 'broken');
  mkdirSync(broken);
  cpSync(store, join(broken, 'e.sqlite'));
  truncateSync(join(broken, 'e.sqlite'), 4096);
  for (const cmd of [['experiments'], ['history']]) {
    const r = await cli([...cmd, '--store', join(broken, 'e.sqlite')]);
    assert.equal(r.code, 3, r.stderr);
    noStack(r.stderr);
    assert.equal(errorLines(r.stderr).length, 1, r.stderr);
    assert.match(errorLines(r.stderr)[0], /experiment store .*broken\/e\.sqlite is damaged/);
  }
});

test('more respects the --out lock: another run writing that --out is named, nothing is written', async () => {
  const before = readFileSync(join(out, 'results.json'), 'utf8');
  writeFileSync(join(out, OUT_LOCK), JSON.stringify(ownerOf(`writing ${out}`, process.ppid)));
  try {
    const r = await cli(['more', '--experiment', resultsOf().experiment!.id.slice(0, 6), '--blocks', '1', '--store', store]);
    assert.equal(r.code, 2, r.stderr);
    noStack(r.stderr);
    assert.match(errorLines(r.stderr)[0] ?? '', new RegExp(`^error: --out .*out is in use: llama-perf-gate pid ${process.ppid} `));
    assert.equal(readFileSync(join(out, 'results.json'), 'utf8'), before);
  } finally {
    rmSync(join(out, OUT_LOCK), { force: true });
  }
});

test('SIGINT, SIGTERM and SIGHUP during more: 128 + n, the stop reason recorded, report rewritten, no lock left', async () => {
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    const had = resultsOf();
    const run = startCli(['more', '--out', out, '--blocks', '3', '--store', store], ENV);
    // The second launch of this `more` has started: the first one is measured.
    await run.stderrMatch(/continuing experiment[^]*\[bench\][^\n]*\n[^]*\[bench\]/);
    run.child.kill(sig);
    const r = await run.done;
    assert.equal(r.code, code, r.stderr);
    noStack(r.stderr);
    const res = resultsOf();
    assert.match(res.stopReason, new RegExp(`^interrupted by ${sig} in block \\d+$`));
    assert.ok(readFileSync(join(out, 'report.md'), 'utf8').includes(res.stopReason), 'report.md rewritten with the stop reason');
    assert.ok(res.launches.filter((l) => l.status === 'ok').length > had.launches.filter((l) => l.status === 'ok').length, 'the launch measured before the signal is kept');
    for (const l of had.launches.filter((x) => x.status === 'ok')) assert.ok(res.launches.some((x) => x.seq === l.seq && x.startedAt === l.startedAt), `launch ${l.seq} kept`);
    assert.equal(existsSync(`${store}.lock`), false, 'the store lock is released');
    assert.equal(existsSync(join(out, OUT_LOCK)), false, 'the --out lock is released');
    assert.deepEqual(processesMentioning(root), []);
  }
});

function canUnshare(): boolean {
  const d = join(root, 'probe-mount');
  mkdirSync(d, { recursive: true });
  return spawnSync('unshare', ['-rm', 'sh', '-c', `mount --bind '${d}' '${d}' && mount -o remount,bind,ro '${d}'`]).status === 0;
}
