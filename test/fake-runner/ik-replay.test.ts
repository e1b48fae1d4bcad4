// The seed PR (ik_llama.cpp PR 290, "mmap backed KV cache") end to end in CI: the fake runner
// replays the real captures of its base (a22250df9) and head (f31aca2d4) byte for byte, so the real
// CLI meets what real ik builds print — flavour detection, -gp flag mapping, parsing, memory at
// depth with the sweep table on stderr, the KV buffer named as logged, labels, and the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { buildFakeRunner, runFake } from '../helpers/fake-build.ts';
import { writeSyntheticModel, DEFAULT_SHAPE } from '../../src/model/synthetic.ts';
import { readResults } from '../../src/store/write.ts';
import { curveByDepth } from '../../src/host/memory-curve.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const BASE = 'a22250df9';
const HEAD = 'f31aca2d4';
const root = mkdtempSync(join(tmpdir(), 'lpg-ik-replay-'));
const model = join(root, 'tiny.gguf');
writeSyntheticModel(model, { ...DEFAULT_SHAPE, embd: 32, layers: 1, ff: 64, vocab: 64, heads: 2, kvHeads: 2 });

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [MAIN, ...args], { cwd, env: { ...process.env, LLAMA_PERF_GATE_CACHE: join(root, 'cache'), ...env }, timeout: 300_000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

test('the replaying fake prints the captures byte for byte', () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'bytes'), { flavour: 'ik', replay: { base: BASE, head: BASE } });
  const bin = buildFakeRunner([], repo);
  const cap = (f: string) => readFileSync(join(repo, 'replay', BASE, f), 'utf8');
  const help = runFake(bin, ['--help']);
  assert.equal(help.stdout, cap('help.stdout'));
  assert.equal(help.stderr, cap('help.stderr'));
  const gp = runFake(bin, ['-m', model, '-p', '0', '-n', '0', '-gp', '2048,64', '-r', '3', '-t', '2', '-o', 'json']);
  assert.equal(gp.status, 0, gp.stderr);
  assert.ok(readdirSync(join(repo, 'replay', BASE, 'bench')).some((f) => f.endsWith('.stdout') && cap(`bench/${f}`) === gp.stdout));
  const missing = runFake(bin, ['-m', model, '-p', '7', '-n', '0', '-o', 'json']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no capture for p7-n0\.json/);
});

test('seed PR on the replayed ik builds: flavour, -gp, labels, parsing, memory at depth by kind, KV buffer names, report', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'seed'), { flavour: 'ik', replay: { base: BASE, head: HEAD } });
  const out = join(root, 'out');
  const cwd = mkdtempSync(join(tmpdir(), 'lpg-ik-cwd-'));
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model,
    '--workloads', 'pp512,tg128,tg64@d2048', '--threads', '2', '--max-blocks', '4', '--seed', '5', '--depth-ctx', '4096', '--out', out], cwd, { FAKE_ROW_MS: '60' });
  const res = readResults(join(out, 'results.json'));
  assert.ok(res.builds.every((b) => b.ok), r.stderr);
  assert.equal(res.flavour, 'ik');
  // Labels: ik's own tg64@pp2048 shown, the normalised tg64@d2048 kept inside.
  assert.deepEqual(res.plan.workloads.map((w) => [w.id, w.label]), [['pp512', 'pp512'], ['tg128', 'tg128'], ['tg64@pp2048', 'tg64@d2048']]);
  const gp = res.launches.filter((l) => l.workload === 'tg64@pp2048');
  assert.ok(gp.length >= 8);
  for (const l of gp) {
    assert.equal(l.status, 'ok', l.error ?? '');
    assert.ok(l.argv.join(' ').includes('-gp 2048,64'), 'ik has no -d: depth goes through -gp');
    assert.equal(l.records[0].raw.test, 'tg64@pp2048');
  }
  assert.ok(res.launches.every((l) => l.status === 'ok'), 'every replayed launch parsed');
  assert.equal(res.analysis?.workloads.length, 3);
  // Memory at depth: sweep-bench at the base prints its table to stderr; rows are found anyway.
  const curves = res.memoryCurves ?? [];
  assert.deepEqual(curves.map((c) => [c.variant, c.tool, c.status]).sort(), [['A', 'llama-sweep-bench', 'ok'], ['B', 'llama-sweep-bench', 'ok']]);
  const of = (v: 'A' | 'B') => curves.find((c) => c.variant === v)!;
  assert.equal(of('A').kvBufferName, 'CPU');
  assert.equal(of('B').kvBufferName, 'CPU NUMA');
  const rows = (v: 'A' | 'B') => curveByDepth({ points: of(v).points, exitCode: 0, signal: null, stdout: '', stderr: '' });
  const [a, b] = [rows('A'), rows('B')];
  assert.ok(a.length >= 8 && b.length >= 8, `${a.length} and ${b.length} rows`);
  // PR 290's KV cache is MAP_SHARED|MAP_ANONYMOUS: it shows as shmem and in the total, not in anon.
  const kvKiB = 64 * 1024; // the captures' KV buffer: 64 MiB at -c 4096
  const bShmemGrowth = b[b.length - 1].shmemKiB! - b[0].shmemKiB!;
  assert.ok(bShmemGrowth > kvKiB * 0.6, `B shmem grows with depth by ${bShmemGrowth} KiB`);
  assert.ok(b[b.length - 1].rssKiB - b[0].rssKiB > kvKiB * 0.6, 'and so does B\'s total');
  assert.ok(Math.abs(b[b.length - 1].anonKiB - b[0].anonKiB) < kvKiB * 0.2, 'B\'s private anonymous memory does not');
  assert.ok(a[0].rssKiB - b[0].rssKiB > kvKiB * 0.6, 'at depth 0 the heap KV (A) is resident, the mmap KV (B) is not');
  // No llama.log in the user's directory; it is in the run's scratch directory.
  assert.deepEqual(readdirSync(cwd), []);
  assert.ok(existsSync(join(out, 'launches', 'llama.log')));
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(report, /tg64@pp2048/);
  assert.doesNotMatch(report, /tg64@d2048/);
  assert.match(report, /KV buffer type logged by the processes: A CPU, B CPU NUMA/);
  assert.match(report, /A shmem MiB/);
});
