// The whole pipeline through the real CLI on the fake llama-bench: real git worktrees, real CMake
// builds, real processes, real parsing, real statistics and report — in seconds, not minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeSyntheticModel, DEFAULT_SHAPE } from '../../src/model/synthetic.ts';
import type { Results } from '../../src/store/results.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'lpg-int-'));
const cache = join(root, 'cache');
const model = join(root, 'tiny.gguf');
writeSyntheticModel(model, { ...DEFAULT_SHAPE, embd: 32, layers: 1, ff: 64, vocab: 64, heads: 2, kvHeads: 2 });

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, LLAMA_PERF_GATE_CACHE: cache, ...env }, timeout: 300_000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const results = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;

test('a 20% slower head is a regression on every workload; every raw sample is kept', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'slow'), { headSlowdown: 0.8 });
  const out = join(root, 'out-slow');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model,
    '--workloads', 'pp512,tg128,tg128@d4096', '--threads', '2', '--max-blocks', '10', '--seed', '3', '--out', out], { FAKE_NOISE: '0.01' });
  assert.equal(r.code, 1, r.stderr); // a regression fails the command
  const res = results(out);
  assert.equal(res.analysis?.verdict, 'regression', r.stdout);
  for (const w of res.analysis!.workloads) {
    assert.equal(w.verdict, 'regression', w.name);
    assert.ok(w.ratio! > 0.75 && w.ratio! < 0.85, `${w.name} ratio ${w.ratio}`);
  }
  // warm-up block kept in results.json, left out of the analysis
  assert.ok(res.launches.some((l) => l.warmup));
  for (const v of ['A', 'B']) for (const w of ['pp512', 'tg128', 'tg128@d4096']) {
    const ls = res.launches.filter((l) => l.variant === v && l.workload === w && l.status === 'ok');
    assert.ok(ls.length >= 6, `${v} ${w}: ${ls.length} launches`);
    assert.equal(ls[0].records[0].samplesTs.length, 3); // -r 3
  }
  assert.ok(res.launches.every((l) => l.memory && l.memory.peakRssKiB > 0), 'memory measured per launch');
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /<!-- llama-perf-gate -->/);
  assert.match(r.stdout, /tg128@d4096/);
  assert.match(r.stderr, /\[bench\] .*block/);
});

test('A/A on the same build with low noise is neutral and stops early at a look', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'same'), {});
  const out = join(root, 'out-same');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-name', 'same', '--model', model,
    '--workloads', 'pp512,tg128', '--max-blocks', '30', '--seed', '5', '--out', out], { FAKE_NOISE: '0.002' });
  assert.equal(r.code, 0, r.stderr);
  const res = results(out);
  assert.equal(res.analysis?.verdict, 'neutral', r.stdout);
  assert.match(res.stopReason, /all workloads decided after (10|20) counted blocks/);
});

test('a head that crashes every launch is recorded and reported, and the run stops early', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'crash'), {});
  const out = join(root, 'out-crash');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_CRASH=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '10', '--seed', '1', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const res = results(out);
  const b = res.launches.filter((l) => l.variant === 'B');
  assert.ok(b.length > 0 && b.every((l) => l.status === 'crashed' && l.stderrTail !== null));
  assert.match(res.stopReason, /every launch of variant B failed/);
  assert.notEqual(res.analysis?.verdict, 'neutral');
  assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /crashed/);
});

test('a hung launch is killed at --timeout and recorded as a timeout', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'hang'), {});
  const out = join(root, 'out-hang');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_HANG=1', '--model', model,
    '--workloads', 'tg128', '--max-blocks', '2', '--timeout', '1', '--seed', '1', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const b = results(out).launches.filter((l) => l.variant === 'B');
  assert.ok(b.length > 0 && b.every((l) => l.status === 'timeout'), JSON.stringify(b.map((l) => l.status)));
});

test('a head that does not compile is a reported outcome with the log tail, not a stack trace', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'broken'), { breakHead: true });
  const out = join(root, 'out-broken');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model, '--workloads', 'tg128', '--out', out]);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stderr, /\n\s+at .*\.ts:\d+/); // no stack trace
  const res = results(out);
  const head = res.builds.find((b) => b.variant === 'B')!;
  assert.equal(head.ok, false);
  assert.match(head.logTail ?? '', /does not compile/);
  assert.ok(head.logPath && existsSync(head.logPath));
  assert.equal(res.builds.find((b) => b.variant === 'A')!.ok, true);
  assert.match(r.stdout + r.stderr, /build/i);
});

test('bad flags are one line with an example and exit code 2', async () => {
  const r = await cli(['run', '--repo', root, '--model', model, '--base', 'a', '--head', 'b', '--workloads', 'pp512,bogus']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^error: unknown workload "bogus"/);
  assert.match(r.stderr, /example: --workloads pp512,tg128,tg128@d4096/);
});
