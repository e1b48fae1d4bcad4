// The seed PR (ik_llama.cpp PR 290, "mmap backed KV cache") end to end in CI: the fake runner
// replays the real captures of its base (a22250df9) and head (f31aca2d4) byte for byte, so the real
// CLI meets what real ik builds print — flavour detection, -gp flag mapping, parsing, memory at
// depth with the sweep table on stderr, the KV buffer named as logged, labels, and the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { buildFakeRunner, runFake } from '../helpers/fake-build.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { readResultsFileSync } from '../../src/store/read-results.ts';
import { cli as runCli } from '../helpers/cli.ts';

const BASE = 'a22250df9';
const HEAD = 'f31aca2d4';
const root = mkdtempSync(join(tmpdir(), 'lpg-ik-replay-'));
const model = join(root, 'tiny.gguf');
writeTinyModel(model);

const cli = (args: string[], cwd: string) => runCli(args, { LLAMA_PERF_GATE_CACHE: join(root, 'cache') }, { cwd });

test('the replaying fake prints the captures byte for byte', () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'bytes'), { flavour: 'ik', replay: { base: BASE, head: BASE } });
  const bin = buildFakeRunner([], repo);
  const cap = (f: string) => readFileSync(join(repo, 'replay', BASE, f), 'utf8');
  const help = runFake(bin, ['--help']);
  assert.equal(help.stdout, cap('help.stdout'));
  assert.equal(help.stderr, cap('help.stderr'));
  const state = { FAKE_REPLAY_STATE: mkdtempSync(join(tmpdir(), 'lpg-replay-state-')) };
  const gp = runFake(bin, ['-m', model, '-p', '0', '-n', '0', '-gp', '256,16', '-r', '2', '-t', '2', '-o', 'json'], state);
  assert.equal(gp.status, 0, gp.stderr);
  assert.ok(readdirSync(join(repo, 'replay', BASE, 'bench')).some((f) => f.endsWith('.stdout') && cap(`bench/${f}`) === gp.stdout));
  const missing = runFake(bin, ['-m', model, '-p', '7', '-n', '0', '-o', 'json'], state);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no capture for p7-n0\.json/);
});

// The real llama-sweep-bench at a22250df9 prints only "example usage" for --help and exits 1
// (fixtures/llama-bench/ik/a22250df9/sweep/help.stderr): the depth sweep must still run on it.
test('seed PR on the replayed ik builds: flavour, -gp, labels, parsing, memory at depth by kind, KV buffer names, report', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'seed'), { flavour: 'ik', replay: { base: BASE, head: HEAD } });
  const out = join(root, 'out');
  const cwd = mkdtempSync(join(tmpdir(), 'lpg-ik-cwd-'));
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model,
    '--workloads', 'pp128,tg16,tg16@d256', '--repetitions', '2', '--threads', '2', '--max-blocks', '4', '--seed', '5', '--depth-sweep', '0,256,512,768', '--out', out, '--base-env', 'FAKE_ROW_MS=60', '--head-env', 'FAKE_ROW_MS=60'], cwd);
  const res = readResultsFileSync(join(out, 'results.json'));
  assert.ok(res.builds.every((b) => b.ok), r.stderr);
  assert.equal(res.flavour, 'ik');
  // Labels: ik's own tg16@pp256 shown, the normalised tg16@d256 kept inside.
  assert.deepEqual(res.plan.workloads.map((w) => [w.id, w.label]), [['pp128', 'pp128'], ['tg16', 'tg16'], ['tg16@pp256', 'tg16@d256']]);
  const gp = res.launches.filter((l) => l.workload === 'tg16@pp256');
  assert.ok(gp.length >= 4, `${gp.length} -gp launches; stop: ${res.stopReason}\n${r.stderr.slice(-2000)}`);
  for (const l of gp) {
    assert.equal(l.status, 'ok', l.error ?? '');
    assert.ok(l.argv.join(' ').includes('-gp 256,16'), 'ik has no -d: depth goes through -gp');
    assert.equal(l.records[0].raw.test, 'tg16@pp256');
  }
  assert.ok(res.launches.every((l) => l.status === 'ok'), 'every replayed launch parsed');
  // The depth sweep: S_TG and S_PP at each of the 4 depths join the 3 workloads.
  assert.equal(res.analysis?.workloads.length, 3 + 8);
  // sweep-bench at the base prints its table to stderr; rows are found anyway.
  const sweep = res.depthLaunches ?? [];
  assert.equal(sweep.length, 2 * 5, 'one per variant per block (4 counted, 1 warm-up)');
  assert.ok(sweep.every((l) => l.tool === 'llama-sweep-bench' && l.status === 'ok'), JSON.stringify(sweep.map((l) => l.error)));
  assert.ok(sweep.every((l) => l.rows.length >= 4 && l.points.length === 4));
  const of = (v: 'A' | 'B') => sweep.find((c) => c.variant === v && !c.warmup)!;
  assert.equal(of('A').kvBufferName, 'CPU');
  assert.equal(of('B').kvBufferName, 'CPU NUMA');
  const [a, b] = [of('A').points.map((p) => p.memory!), of('B').points.map((p) => p.memory!)];
  // PR 290's KV cache is MAP_SHARED|MAP_ANONYMOUS: it shows as shmem and in the total, not in anon.
  const kvKiB = 16 * 1024; // the captures' KV buffer: 16 MiB at -c 1024 (depth 768: three quarters of it)
  const bShmemGrowth = b[b.length - 1].shmemKiB! - b[0].shmemKiB!;
  assert.ok(bShmemGrowth > kvKiB * 0.6, `B shmem grows with depth by ${bShmemGrowth} KiB`);
  assert.ok(b[b.length - 1].rssKiB - b[0].rssKiB > kvKiB * 0.6, 'and so does B\'s total');
  assert.ok(Math.abs(b[b.length - 1].anonKiB - b[0].anonKiB) < kvKiB * 0.2, 'B\'s private anonymous memory does not');
  assert.ok(a[0].rssKiB - b[0].rssKiB > kvKiB * 0.6, 'at depth 0 the heap KV (A) is resident, the mmap KV (B) is not');
  // No llama.log in the user's directory; it is in the run's scratch directory.
  assert.deepEqual(readdirSync(cwd), []);
  assert.ok(existsSync(join(out, 'launches', 'llama.log')));
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  // (the report breaks @ with a zero-width space so GitHub does not read a mention)
  assert.match(report, /tg16@(&#8203;)?pp256/);
  assert.doesNotMatch(report, /tg16@(&#8203;)?d256/);
  assert.match(report, /KV buffer type logged by the processes: A CPU, B CPU NUMA/);
  assert.match(report, /A shmem MiB/);
  // sweep-bench at this era ignores -n: its rows say 64 tokens (a quarter of -ub 256), not the 32 asked.
  assert.match(report, /at each depth is timed over 64 generated tokens \(the tool's own count\); --depth-gen 32 was asked/);
  // and so does the HTML report's depth section
  assert.match(readFileSync(join(out, 'report.html'), 'utf8'), /at each depth is timed over 64 generated tokens \(the tool&#39;s own count\); --depth-gen 32 was asked/);
});

// Two eras in one run: the PR-290 base (2025-03) against a recent ik main (8337e4cd3, 2026-08), whose
// llama-bench prints more fields (mla_attn, flash_attn on by default, …) and whose llama-sweep-bench
// has a full --help (the depth sweep's options are checked against it) and still logs its table.
test('two ik eras replayed in one run: a22250df9 against recent main 8337e4cd3', async () => {
  const RECENT = '8337e4cd3';
  const { repo } = makeFakeRunnerRepo(join(root, 'eras'), { flavour: 'ik', replay: { base: BASE, head: RECENT } });
  const out = join(root, 'out-eras');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model,
    '--workloads', 'pp128,tg16,tg16@pp256', '--repetitions', '2', '--threads', '2', '--max-blocks', '2', '--seed', '3', '--depth-sweep', '0,256,512,768', '--out', out], mkdtempSync(join(tmpdir(), 'lpg-ik-cwd-')));
  const res = readResultsFileSync(join(out, 'results.json'));
  assert.ok(res.builds.every((b) => b.ok), r.stderr);
  assert.equal(res.flavour, 'ik');
  assert.ok(res.launches.length >= 3 * 2 * 3 && res.launches.every((l) => l.status === 'ok'), r.stderr.slice(-2000));
  const recent = res.launches.find((l) => l.variant === 'B' && l.workload === 'tg16@pp256')!;
  assert.equal(recent.records[0].raw.build_commit, RECENT);
  assert.equal(recent.records[0].raw.test, 'tg16@pp256');
  const sweep = res.depthLaunches ?? [];
  assert.equal(sweep.length, 2 * 3);
  assert.ok(sweep.every((l) => l.status === 'ok' && l.points.length === 4), JSON.stringify(sweep.map((l) => l.error)));
  assert.ok(sweep.every((l) => l.kvBufferName === 'CPU'));
  assert.equal(res.analysis?.workloads.length, 3 + 8);
  // Two eras, two counts: the base generates ubatch/4 = 64 tokens per depth, recent main the 16 its capture was taken with (-n 16).
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /timed over 16 \/ 64 generated tokens/);
});
