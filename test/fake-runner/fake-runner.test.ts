// The fake llama-bench behaves like the real one where the pipeline depends on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFakeRunner, fakeModel, runFake } from '../helpers/fake-build.ts';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { detectFlavourFromHelp, parseBenchOutput, supportedFlags } from '../../src/parse/index.ts';

const model = fakeModel();

function jsonRecords(stdout: string): Record<string, unknown>[] {
  return JSON.parse(stdout) as Record<string, unknown>[];
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

test('mainline: one record per test in llama-bench order, samples consistent with n_prompt+n_gen', () => {
  const bin = buildFakeRunner();
  const r = runFake(bin, ['-m', model, '-p', '512', '-n', '128', '-pg', '512,128', '-d', '0,256', '-r', '3', '-o', 'json', '-t', '2']);
  assert.equal(r.status, 0, r.stderr);
  const recs = jsonRecords(r.stdout);
  assert.deepEqual(
    recs.map((x) => [x.n_prompt, x.n_gen, x.n_depth]),
    [[512, 0, 0], [0, 128, 0], [512, 128, 0], [512, 0, 256], [0, 128, 256], [512, 128, 256]],
  );
  for (const x of recs) {
    const ns = x.samples_ns as number[];
    const ts = x.samples_ts as number[];
    assert.equal(ns.length, 3);
    assert.equal(x.n_threads, 2);
    ns.forEach((n, i) => assert.ok(Math.abs(1e9 * ((x.n_prompt as number) + (x.n_gen as number)) / n - ts[i]) / ts[i] < 1e-4));
  }
  // Depth slows both phases down.
  assert.ok((recs[3].avg_ts as number) < (recs[0].avg_ts as number));
  assert.ok((recs[4].avg_ts as number) < (recs[1].avg_ts as number));
});

test('FAKE_SEED makes a launch reproducible; different seeds differ', () => {
  const bin = buildFakeRunner();
  const args = ['-m', model, '-p', '512', '-n', '0', '-r', '3', '-o', 'jsonl'];
  const a = runFake(bin, args, { FAKE_SEED: '7' }).stdout;
  const b = runFake(bin, args, { FAKE_SEED: '7' }).stdout;
  const c = runFake(bin, args, { FAKE_SEED: '8' }).stdout;
  const samples = (s: string) => JSON.parse(s.trim()).samples_ns as number[];
  assert.deepEqual(samples(a), samples(b));
  assert.notDeepEqual(samples(a), samples(c));
});

test('FAKE_SEED_FILE: each launch draws differently, and the same sequence of launches draws the same numbers again', () => {
  const bin = buildFakeRunner();
  const dir = mkdtempSync(join(tmpdir(), 'lpg-seedfile-'));
  const args = ['-m', model, '-p', '512', '-n', '0', '-r', '3', '-o', 'jsonl'];
  const samples = (s: string) => JSON.parse(s.trim()).samples_ns as number[];
  const series = (file: string) => [0, 1, 2].map(() => samples(runFake(bin, args, { FAKE_SEED_FILE: join(dir, file) }).stdout));
  const first = series('a.seq');
  assert.notDeepEqual(first[0], first[1]);
  assert.notDeepEqual(first[1], first[2]);
  assert.deepEqual(series('b.seq'), first);
  assert.equal(readFileSync(join(dir, 'a.seq'), 'utf8'), '3\n');
});

test('env FAKE_SLOWDOWN and CMake FAKE_SLOWDOWN scale throughput', () => {
  const base = buildFakeRunner();
  const slow = buildFakeRunner(['-DFAKE_SLOWDOWN=0.5']);
  const args = ['-m', model, '-p', '0', '-n', '128', '-r', '5', '-o', 'json'];
  const env = { FAKE_SEED: '3', FAKE_NOISE: '0' };
  const ts = (bin: string, e: Record<string, string>) => median(jsonRecords(runFake(bin, args, e).stdout)[0].samples_ts as number[]);
  const t0 = ts(base, env);
  assert.ok(Math.abs(ts(slow, env) / t0 - 0.5) < 0.01, 'compile-time factor');
  assert.ok(Math.abs(ts(base, { ...env, FAKE_SLOWDOWN: '0.8' }) / t0 - 0.8) < 0.01, 'runtime factor');
});

test('missing model, unknown flag and bad format exit 1 with an error on stderr', () => {
  const bin = buildFakeRunner();
  const missing = runFake(bin, ['-m', '/nonexistent/model.gguf', '-o', 'json']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /failed to load model '\/nonexistent\/model.gguf'/);
  const unknown = runFake(bin, ['-m', model, '--no-such-flag']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /invalid parameter for argument: --no-such-flag/);
  assert.equal(runFake(bin, ['-m', model, '-o', 'xml']).status, 1);
});

test('ik flavour: -gp accepted, -d and jsonl rejected, tg@pp label and n_gen-only throughput', () => {
  const bin = buildFakeRunner(['-DFAKE_FLAVOUR=ik']);
  const r = runFake(bin, ['-m', model, '-p', '0', '-n', '0', '-gp', '4096,128', '-r', '2', '-o', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const [rec] = jsonRecords(r.stdout);
  assert.equal(rec.test, 'tg128@pp4096');
  assert.equal(rec.n_prompt, 4096);
  const ns = rec.samples_ns as number[];
  const ts = rec.samples_ts as number[];
  assert.ok(Math.abs(1e9 * 128 / ns[0] - ts[0]) / ts[0] < 1e-4);
  assert.equal(runFake(bin, ['-m', model, '-d', '256']).status, 1);
  assert.equal(runFake(bin, ['-m', model, '-o', 'jsonl']).status, 1);
  assert.match(runFake(bin, ['--help']).stdout, /-gp <pp,tg>/);
});

test('FAKE_CRASH aborts after partial output; FAKE_HANG never finishes', () => {
  const bin = buildFakeRunner();
  const crash = runFake(bin, ['-m', model, '-o', 'json', '-r', '2'], { FAKE_CRASH: '1' });
  assert.equal(crash.signal, 'SIGABRT');
  assert.match(crash.stdout, /"samples_ns"/);
  assert.throws(() => JSON.parse(crash.stdout));
  const hang = runFake(bin, ['-m', model, '-o', 'json'], { FAKE_HANG: '1' }, 500);
  assert.equal(hang.signal, 'SIGKILL');
  assert.equal(hang.status, null);
  assert.equal(hang.stdout, '[\n');
});

test('makeFakeRunnerRepo: head commit is slower by headSlowdown; breakHead fails to build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-repo-'));
  const { repo, baseRef, headRef } = makeFakeRunnerRepo(join(dir, 'repo'), { headSlowdown: 0.7 });
  assert.notEqual(baseRef, headRef);
  const wt = join(dir, 'wt-head');
  execFileSync('git', ['-C', repo, 'worktree', 'add', '-q', wt, headRef]);
  const head = buildFakeRunner([], wt);
  const base = buildFakeRunner([], repo);
  const args = ['-m', model, '-p', '512', '-n', '0', '-r', '3', '-o', 'json'];
  const env = { FAKE_SEED: '1', FAKE_NOISE: '0' };
  const [recHead] = parseBenchOutput(runFake(head, args, env).stdout, 'head.json');
  const [recBase] = parseBenchOutput(runFake(base, args, env).stdout, 'base.json');
  assert.ok(Math.abs(recHead.avgTs / recBase.avgTs - 0.7) < 0.01);
  assert.equal(recHead.buildCommit, headRef.slice(0, 7));
  assert.equal(recBase.buildCommit, baseRef.slice(0, 7));

  const broken = makeFakeRunnerRepo(join(dir, 'broken'), { breakHead: true });
  const bwt = join(dir, 'wt-broken');
  execFileSync('git', ['-C', broken.repo, 'worktree', 'add', '-q', bwt, broken.headRef]);
  assert.throws(() => buildFakeRunner([], bwt));
});

test('makeFakeRunnerRepo flavour ik: a plain cmake build of the repo imitates ik_llama.cpp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-repo-ik-'));
  const { repo } = makeFakeRunnerRepo(join(dir, 'repo'), { flavour: 'ik' });
  const bin = buildFakeRunner([], repo);
  assert.equal(detectFlavourFromHelp(runFake(bin, ['--help']).stdout), 'ik');
  const r = runFake(bin, ['-m', model, '-p', '0', '-n', '0', '-gp', '1024,64', '-r', '2', '-o', 'csv']);
  assert.deepEqual(parseBenchOutput(r.stdout, 'ik.csv').map((x) => [x.flavour, x.label]), [['ik', 'tg64@d1024']]);
});

test('the fake prints what the real mainline llama-bench prints: same fields, csv header, sql schema, md layout', () => {
  const real = (f: string) => readFileSync(new URL(`../../fixtures/llama-bench/mainline/${f}`, import.meta.url), 'utf8');
  const bin = buildFakeRunner();
  const args = ['-m', model, '-p', '512', '-n', '128', '-pg', '512,128', '-d', '0,256', '-r', '3', '-t', '2', '-o'];
  const fake = (f: string) => runFake(bin, [...args, f]).stdout;
  const keys = (jsonl: string) => jsonl.trim().split('\n').map((l) => Object.keys(JSON.parse(l)));
  assert.deepEqual(keys(fake('jsonl')), keys(real('pp-tg-pg-depth.jsonl')));
  assert.equal(fake('csv').split('\n')[0], real('pp-tg-pg-depth.csv').split('\n')[0]);
  const schema = (sql: string) => sql.slice(0, sql.indexOf(');') + 2);
  assert.equal(schema(fake('sql')), schema(real('pp-tg-pg-depth.sql')));
  // md: same columns and widths; only the measured and model-size cells differ.
  const shape = (md: string) => md.split('\n').filter((l) => l.startsWith('|')).map((l) => l.replace(/\d+\.\d+( ± \d+\.\d+| MiB| M)/g, '#'));
  assert.deepEqual(shape(fake('md')).map((l) => l.replace(/ +#/g, '#')), shape(real('pp-tg-pg-depth.md')).map((l) => l.replace(/ +#/g, '#')));
  // Every flag the fake's help names exists in the real help.
  const realFlags = supportedFlags(real('help.txt'));
  for (const f of supportedFlags(runFake(bin, ['--help']).stdout)) assert.ok(realFlags.has(f), `real llama-bench has ${f}`);
});

test('the ik fake names only flags the real ik help has, and prints the ik field list', () => {
  const ikFix = (f: string) => readFileSync(new URL(`../../fixtures/llama-bench/ik/${f}`, import.meta.url), 'utf8');
  const bin = buildFakeRunner(['-DFAKE_FLAVOUR=ik']);
  const ikFlags = supportedFlags(ikFix('a22250df9/help.stdout'));
  for (const f of supportedFlags(runFake(bin, ['--help']).stdout)) assert.ok(ikFlags.has(f), `ik llama-bench has ${f}`);
  const csv = runFake(bin, ['-m', model, '-r', '2', '-o', 'csv']).stdout;
  // The fake imitates a newer ik (more fields); every field the PR-290-era build prints is there, in order.
  const fakeFields = csv.split('\n')[0].split(',');
  const realFields = ikFix('a22250df9/pp128-tg16-gp256.csv').split('\n')[0].split(',');
  const at = realFields.map((f) => fakeFields.indexOf(f));
  assert.ok(at.every((i) => i >= 0), `fields the fake lacks: ${realFields.filter((_, k) => at[k] < 0).join(', ')}`);
  assert.deepEqual(at, [...at].sort((x, y) => x - y), 'same order');
});
