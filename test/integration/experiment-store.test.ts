// Experiments that outlive a run, through the real CLI on the fake llama-bench: SIGKILL mid-bench
// and the same command resumes (builds reused, no launch lost); `more` continues the decision;
// `experiments` and `history` read the store; a changed plan in the same --out is a new experiment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { unpackRecord } from '../../src/store/experiment-store.ts';
import { cli as runCli, MAIN } from '../helpers/cli.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-exp-'));
const cache = join(root, 'cache');
const store = join(root, 'store', 'experiments.sqlite');
const model = join(root, 'tiny.gguf');
writeTinyModel(model);
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {}) // only its base commit is built;
const out = join(root, 'perf-out');
const ENV = { LLAMA_PERF_GATE_CACHE: cache, FAKE_NOISE: '0.15' };
// B the same speed under 15% launch noise: no decision in 6 blocks (neutral needs ±2%).
const RUN = ['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_SLOWDOWN=1.0', '--model', model,
  '--workloads', 'tg128,pp512', '--threads', '1', '--max-blocks', '6', '--horizon', '10', '--out', out, '--store', store];

const cli = (args: string[]) => runCli(args, ENV);
const results = (): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
function storedLaunches(): number {
  if (!existsSync(store)) return 0;
  try {
    const db = new DatabaseSync(store, { readOnly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM launches').get()?.n as number) ?? 0;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet
  }
}

test('SIGKILL mid-bench, the same command again: resumes at the next block, builds reused, nothing lost; then more, experiments, history', async () => {
  // 1. Killed once 9 launches (warm-up block + 2.5 counted blocks) are committed.
  const child = spawn(process.execPath, [MAIN, ...RUN], { env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  let firstErr = '';
  child.stderr.on('data', (d: Buffer) => (firstErr += d.toString()));
  await new Promise<void>((done, fail) => {
    const poll = setInterval(() => {
      if (storedLaunches() >= 9) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') done();
      else fail(new Error(`run ended before the kill (code ${code}): ${firstErr}`));
    });
  });
  const before = new DatabaseSync(store, { readOnly: true });
  const kept = before.prepare('SELECT record FROM launches ORDER BY seq').all().map((r) => unpackRecord(r.record as Uint8Array));
  before.close();
  assert.ok(kept.length >= 9, `${kept.length} launches stored before the kill`);
  // Counted blocks whose four launches were all committed: the resume starts right after them.
  let complete = 0;
  while (kept.filter((l) => l.block === complete + 1).length === 4) complete++;

  // 2. The same command: resumes.
  const again = await cli(RUN);
  const m = /resuming experiment ([0-9a-f]{4})… at block (\d+) of 6 \((\d+) launches stored; builds reused\)/.exec(again.stderr);
  assert.ok(m, again.stderr);
  assert.equal(Number(m[3]), kept.length);
  assert.ok(complete >= 1, `${complete} complete counted blocks before the kill`);
  assert.equal(Number(m[2]), complete + 1, 'the resume starts after the complete blocks, not at block 1');
  const r = results();
  assert.equal(again.code, exitCodeFor(runOutcome(r.analysis!)), again.stderr); // the gate's exit code for the verdict written
  assert.deepEqual(r.experiment?.segments.map((s) => s.fromBlocks), [0, complete], 'the resume segment starts where the run stopped');
  assert.ok(r.experiment?.id.startsWith(m[1]));
  assert.deepEqual(r.experiment?.segments.map((s) => s.kind), ['run', 'resume']);
  assert.ok(r.builds.every((b) => b.reused), 'builds reused');
  assert.deepEqual(r.launches.slice(0, kept.length), kept, 'every launch from before the kill is kept as it was');
  assert.deepEqual(r.launches.map((l) => l.seq), r.launches.map((_, i) => i));
  // Every block has both variants of every workload (the interrupted block was completed, not redone).
  for (let b = 0; b <= 6; b++) assert.equal(r.launches.filter((l) => l.block === b).length, 4, `block ${b}`);
  assert.equal(r.analysis?.workloads[0].n, 6);
  const firstId = r.experiment!.id;

  // 3. experiments lists it, finished.
  const list = await cli(['experiments', '--store', store]);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, new RegExp(`${firstId} .* 6/6 blocks .*finished`));
  assert.match(list.stdout, /A base \(\w{7}-[0-9a-f]{4}\) vs B head \(\w{7}-[0-9a-f]{4}\)/);

  // 4. more: 4 blocks on top, decided again over all 10, the report says so.
  const more = await cli(['more', '--out', out, '--blocks', '4', '--store', store]);
  assert.match(more.stderr, new RegExp(`continuing experiment ${firstId.slice(0, 4)}…: 6 → 10 blocks`));
  const r2 = results();
  assert.equal(more.code, exitCodeFor(runOutcome(r2.analysis!)), more.stderr);
  assert.equal(r2.experiment?.id, firstId);
  assert.deepEqual(r2.experiment?.segments.map((s) => [s.kind, s.toBlocks]), [['run', 6], ['resume', 6], ['more', 10]]);
  assert.equal(r2.experiment?.segments[2].fromBlocks, 6);
  assert.deepEqual(r2.launches.slice(0, r.launches.length), r.launches, 'more appends, never rewrites');
  assert.ok(r2.launches.some((l) => l.block === 10), 'blocks 7..10 ran');
  assert.ok(r2.plan.looks.includes(10));
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /continued: 6 → 10 blocks/);
  // Past the declared horizon the sequential design has no α left: refused in one line, nothing run.
  if (r2.analysis?.workloads.some((w) => w.verdict === 'inconclusive')) {
    const past = await cli(['more', '--experiment', firstId.slice(0, 6), '--blocks', '1', '--store', store]);
    assert.equal(past.code, 2, past.stderr);
    assert.match(past.stderr, /^error: 11 blocks exceed the declared horizon of 10/);
    assert.equal(results().launches.length, r2.launches.length);
  }

  // 5. A changed plan into the same --out is refused (claimOut); with --force it is a new experiment, said so.
  const changedRun = RUN.map((a) => (a === 'FAKE_SLOWDOWN=1.0' ? 'FAKE_SLOWDOWN=0.97' : a === '6' ? '2' : a === '10' ? '2' : a));
  const refused = await cli(changedRun);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(refused.stderr, /holds the results of another experiment/);
  const changed = await cli([...changedRun, '--force']);
  assert.equal(changed.code, exitCodeFor(runOutcome(results().analysis!)), changed.stderr);
  assert.match(changed.stderr, new RegExp(`held experiment ${firstId.slice(0, 4)}…; the plan changed \\(B env\\): this is a new experiment`));
  assert.notEqual(results().experiment?.id, firstId);

  // 6. history: variant A's tg128 across both experiments on this host.
  const h = await cli(['history', '--workload', 'tg128', '--store', store]);
  assert.equal(h.code, 0, h.stderr);
  assert.match(h.stdout, /^tg128$/m);
  assert.equal(h.stdout.split('\n').filter((l) => /^\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+[0-9a-f]{12}/.test(l)).length, 2, h.stdout);
  const bad = await cli(['history', '--workload', 'tg999', '--store', store]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^error: no stored experiment on this host has workload tg999\n/);
});

test('a resumed run keeps the depth-sweep launches measured before the kill', async () => {
  const outD = join(root, 'perf-out-depth');
  const storeD = join(root, 'store', 'depth.sqlite');
  const args = ['run', '--repo', repo, '--base', 'base', '--head-env', 'LLAMA_KV_MMAP=1', '--model', model, '--workloads', 'tg128', '--threads', '1',
    '--max-blocks', '4', '--horizon', '10', '--depth-sweep', '0,1024', '--depth-gen', '8', '--seed', '3', '--out', outD, '--store', storeD];
  const depthOf = (): Results['depthLaunches'] => {
    try {
      return (JSON.parse(readFileSync(join(outD, 'results.json'), 'utf8')) as Results).depthLaunches ?? [];
    } catch {
      return []; // not written yet, or being replaced
    }
  };
  const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((done) => {
    const poll = setInterval(() => {
      if ((depthOf()?.length ?? 0) >= 4) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('exit', () => (clearInterval(poll), done()));
  });
  const before = depthOf()!.filter((l) => l.status === 'ok').map((l) => `${l.block} ${l.variant} ${l.startedAt}`);
  assert.ok(before.length >= 4, `${before.length} depth launches before the kill`);
  const r = await cli(args.map((a) => a));
  assert.match(r.stderr, /resuming experiment/);
  const after = depthOf()!;
  const kept = new Set(after.map((l) => `${l.block} ${l.variant} ${l.startedAt}`));
  for (const k of before) assert.ok(kept.has(k), `depth launch ${k} kept after the resume; after: ${[...kept].join(', ')}\n${r.stderr.slice(-1500)}`);
  const perBlock = new Set(after.map((l) => `${l.block} ${l.variant}`));
  assert.equal(perBlock.size, after.length, 'no depth launch run twice');
  assert.ok(perBlock.has('4 A') && perBlock.has('4 B'), 'the blocks after the resume run the depth family too');
  const final = JSON.parse(readFileSync(join(outD, 'results.json'), 'utf8')) as Results;
  assert.deepEqual(final.analysis!.workloads.filter((w) => w.verdict === 'failed').map((w) => w.name), [], 'no depth point left without launches');
});

test('SIGKILL right after a depth-sweep launch completes, before its block is saved: the launch is kept and not run again', async () => {
  const outK = join(root, 'perf-out-depth-kill');
  const storeK = join(root, 'store', 'depth-kill.sqlite');
  const args = ['run', '--repo', repo, '--base', 'base', '--head-env', 'LLAMA_KV_MMAP=1', '--model', model, '--workloads', 'tg128', '--threads', '1',
    '--max-blocks', '3', '--horizon', '10', '--depth-sweep', '0,1024', '--depth-gen', '8', '--seed', '3', '--out', outK, '--store', storeK];
  // The progress lines say which launch starts; the one after a depth slot in the same block means
  // that depth launch has completed (and its block is not finished, so not saved as a block yet).
  const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  let killed: { block: string; variant: string; at: number } | null = null;
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
    if (killed) return;
    const lines = [...err.matchAll(/^\[bench\] (.+?) · launch (\d+)\/(\d+) · ([AB]) (\S+) ·/gm)];
    for (let i = 1; i < lines.length; i++) {
      const [prev, next] = [lines[i - 1], lines[i]];
      if (prev[5] === 'sweep' && next[1] === prev[1] && Number(next[2]) === Number(prev[2]) + 1) {
        killed = { block: prev[1], variant: prev[4], at: Date.now() };
        child.kill('SIGKILL');
        return;
      }
    }
  });
  await new Promise<void>((done) => child.on('exit', () => done()));
  assert.ok(killed, `no depth launch followed by another in its block before the run ended:\n${err}`);
  const k = killed as { block: string; variant: string; at: number };
  const m = /^(warm-up )?block (\d+)\//.exec(k.block)!;
  const block = m[1] ? Number(m[2]) - 1 : Number(m[2]) - 1 + 1; // one warm-up block by default
  const r = await cli(args);
  assert.match(r.stderr, /resuming experiment/);
  const final = JSON.parse(readFileSync(join(outK, 'results.json'), 'utf8')) as Results;
  const mine = final.depthLaunches!.filter((l) => l.block === block && l.variant === k.variant);
  assert.equal(mine.length, 1, `the depth launch of block ${block} ${k.variant} measured before the kill is in the results: ${JSON.stringify(final.depthLaunches!.map((l) => [l.block, l.variant]))}`);
  assert.ok(Date.parse(mine[0].startedAt) < k.at, 'kept from before the kill, not run again');
  // Every block has both variants' depth launches: the kill lost none.
  for (let b = 0; b <= 3; b++) for (const v of ['A', 'B']) assert.ok(final.depthLaunches!.some((l) => l.block === b && l.variant === v), `block ${b} ${v}`);
  assert.deepEqual(final.analysis!.workloads.filter((w) => w.verdict === 'failed').map((w) => w.name), []);
});

test('more to a block count that is no planned look: results.json carries the looks taken, and analyze on it decides as the report', async () => {
  const outM = join(root, 'perf-out-more');
  const storeM = join(root, 'store', 'more.sqlite');
  const args = ['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_SLOWDOWN=1.0', '--model', model, '--workloads', 'tg128,pp512', '--threads', '1',
    '--max-blocks', '4', '--looks', '2,4', '--horizon', '12', '--seed', '5', '--out', outM, '--store', storeM];
  const first = await cli(args);
  const outcomeOf = () => runOutcome((JSON.parse(readFileSync(join(outM, 'results.json'), 'utf8')) as Results).analysis!);
  assert.equal(first.code, exitCodeFor(outcomeOf()), first.stderr);
  const more = await cli(['more', '--out', outM, '--blocks', '3', '--store', storeM]);
  assert.equal(more.code, exitCodeFor(outcomeOf()), more.stderr);
  assert.match(more.stderr, /continuing experiment [0-9a-f]{4}…: 4 → 7 blocks/);
  const r = JSON.parse(readFileSync(join(outM, 'results.json'), 'utf8')) as Results;
  assert.deepEqual(r.design?.looks.map((l) => l.blocks), [2, 4, 7], 'the looks taken: the run\'s two, the extension\'s end');
  assert.equal(r.design?.horizon, 12);
  const analyzed = await cli(['analyze', join(outM, 'results.json'), '--format', 'json']);
  const a = JSON.parse(analyzed.stdout) as NonNullable<Results['analysis']>;
  assert.equal(analyzed.code, exitCodeFor(runOutcome(a)), analyzed.stderr);
  assert.deepEqual(a.workloads, r.analysis!.workloads, 'analyze replays the same looks: same verdicts, intervals and α');
  assert.deepEqual(a.warnings, r.analysis!.warnings);
  const report = readFileSync(join(outM, 'report.md'), 'utf8');
  assert.match(report, /continued: 4 → 7 blocks/);
  // A forged look list (the look at 2 left out, as if the later looks had more α) is not believed.
  const forged = join(outM, 'forged.json');
  writeFileSync(forged, JSON.stringify({ ...r, design: { ...r.design, looks: r.design!.looks.filter((l) => l.blocks !== 2) } }));
  const f = await cli(['analyze', forged, '--format', 'json']);
  const fa = JSON.parse(f.stdout) as NonNullable<Results['analysis']>;
  assert.match(fa.warnings.join('\n'), /the results file's design state was not used \(.*look at 2 blocks/);
});
