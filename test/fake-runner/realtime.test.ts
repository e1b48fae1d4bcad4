// The fake's real-time mode (FAKE_REALTIME): its libllama.so spends the modelled time in llama_decode
// for real, so the slowdown shim (native/lpg-slowdown.c) shows in the fake's output as in a real
// llama-bench's. These tests measure the shim's accuracy on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFakeRunner, fakeModel, runFake } from '../helpers/fake-build.ts';
import { nativeArtifact } from '../../src/host/native.ts';
import { readElfDynamic } from '../../src/bench/elf.ts';

const model = fakeModel();
const dir = mkdtempSync(join(tmpdir(), 'lpg-realtime-'));

interface ShimStats { k: number; calls: number; decode_ns: number; spin_ns: number }
const statsOf = (file: string): ShimStats[] => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ShimStats);
const shimEnv = (k: number, stats: string) => ({ LD_PRELOAD: nativeArtifact('lpg-slowdown'), LPG_SLOWDOWN: String(k), LPG_SLOWDOWN_STATS: stats });
const tsOf = (stdout: string, label: 'pp' | 'tg') => {
  const recs = JSON.parse(stdout) as { n_prompt: number; n_gen: number; samples_ts: number[] }[];
  const r = recs.find((x) => (label === 'pp' ? x.n_gen === 0 : x.n_prompt === 0))!;
  return [...r.samples_ts].sort((a, b) => a - b)[Math.floor(r.samples_ts.length / 2)];
};

test('the fake tools import llama_decode from libllama.so (a shim can reach it); -DFAKE_STATIC_LLAMA=ON links it in', () => {
  const bin = buildFakeRunner();
  for (const tool of [bin, join(bin, '..', 'llama-batched-bench')]) {
    const elf = readElfDynamic(tool)!;
    assert.ok(elf.needed.includes('libllama.so'), `${tool}: ${elf.needed.join(' ')}`);
    assert.ok(elf.imports.has('llama_decode'));
  }
  const elf = readElfDynamic(buildFakeRunner(['-DFAKE_STATIC_LLAMA=ON']))!;
  assert.ok(!elf.needed.some((n) => n.startsWith('libllama')), elf.needed.join(' '));
  assert.ok(!elf.imports.has('llama_decode'));
});

test('FAKE_REALTIME spends the modelled time in llama_decode and reports what it measured; unset, nothing is spent', () => {
  const bin = buildFakeRunner();
  const args = ['-m', model, '-p', '64', '-n', '8', '-r', '2', '-o', 'json'];
  const t0 = performance.now();
  const r = runFake(bin, args, { FAKE_REALTIME: '1', FAKE_NOISE: '0', FAKE_SEED: '1' });
  const wall = performance.now() - t0;
  assert.equal(r.status, 0, r.stderr);
  // Model: pp 2000 t/s, tg 300 t/s. Spent for real: 2 × (32 ms + 26.7 ms) at least; measured t/s never above the model.
  assert.ok(wall >= 110, `wall ${wall} ms`);
  assert.ok(tsOf(r.stdout, 'pp') <= 2000 * 1.01 && tsOf(r.stdout, 'pp') > 200, `pp ${tsOf(r.stdout, 'pp')}`);
  assert.ok(tsOf(r.stdout, 'tg') <= 300 * 1.01 && tsOf(r.stdout, 'tg') > 30, `tg ${tsOf(r.stdout, 'tg')}`);
  // The fast synthetic default: the model's own numbers, no time spent in llama_decode.
  const stats = join(dir, 'fast.jsonl');
  const f = runFake(bin, args, { FAKE_NOISE: '0', FAKE_SEED: '1', ...shimEnv(1, stats) });
  assert.equal(f.status, 0, f.stderr);
  assert.ok(Math.abs(tsOf(f.stdout, 'tg') - 300) < 3, `tg ${tsOf(f.stdout, 'tg')}`);
  assert.throws(() => readFileSync(stats), 'the shim saw no call');
});

/** What a preempted thread can lose at the end of one wait on a busy machine (one scheduler slice or a few). */
const SLACK_NS = 60e6;

test('shim accuracy on the fake: the wait is k × the decode time in total, and it is in the times the fake reports', () => {
  const bin = buildFakeRunner();
  const args = ['-m', model, '-p', '0', '-n', '32', '-r', '3', '-o', 'json'];
  const env = { FAKE_REALTIME: '1', FAKE_NOISE: '0', FAKE_SEED: '2' };
  for (const k of [0, 0.05, 1]) {
    const file = join(dir, `k${k}.jsonl`);
    const r = runFake(bin, args, { ...env, ...shimEnv(k, file) });
    assert.equal(r.status, 0, r.stderr);
    const [s] = statsOf(file);
    assert.equal(s.calls, 96, '32 tokens × 3 repetitions, one call each');
    assert.equal(s.k, k);
    // Exact in total: the overrun of one wait is taken off the next, so only the last one's is left
    // over — a scheduling delay, which under the test runner's parallel files can reach tens of ms
    // (SLACK_NS) against 0.3 s of decoding here. Never less than k (to the shim's
    // whole-nanosecond rounding, 1e-6): that is what proves the wait.
    const total = (s.decode_ns + s.spin_ns) / s.decode_ns;
    const over = s.decode_ns + s.spin_ns - (1 + k) * s.decode_ns;
    assert.ok(total >= 1 + k - 1e-6 && over < 0.05 * s.decode_ns + SLACK_NS, `k ${k}: (decode + wait) / decode = ${total}`);
    // What the fake reports is the time around those calls: decode and wait together.
    const reported = (JSON.parse(r.stdout) as { samples_ns: number[] }[])[0].samples_ns.reduce((a, b) => a + b, 0);
    const around = s.decode_ns + s.spin_ns;
    assert.ok(Math.abs(reported - around) < 0.05 * around + SLACK_NS, `k ${k}: reported ${reported} ns, decode + wait ${around} ns`);
  }
});

test("the batch passed by value reaches the real llama_decode intact through the shim: mainline's 56 bytes, ik's 72", () => {
  for (const cmake of [[], ['-DFAKE_FLAVOUR=ik']]) {
    const bin = buildFakeRunner(cmake);
    const file = join(dir, `layout${cmake.length}.jsonl`);
    const r = runFake(bin, ['-m', model, '-p', '8', '-n', '4', '-r', '1', '-o', 'json'], { FAKE_REALTIME: '1', ...shimEnv(0, file) });
    assert.equal(r.status, 0, `${cmake.join(' ')}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /corrupted batch/);
    assert.equal(statsOf(file)[0].calls, 5);
  }
});

test('llama-batched-bench in real-time mode: S_TG and S_PP measured around llama_decode, slowed by the shim', () => {
  const bin = join(buildFakeRunner(), '..', 'llama-batched-bench');
  const args = ['-m', model, '-c', '2048', '-npp', '256,512', '-ntg', '8', '-npl', '1', '--output-format', 'jsonl'];
  const env = { FAKE_REALTIME: '1', FAKE_NOISE: '0', FAKE_SEED: '3', FAKE_ROW_MS: '0', FAKE_KV_BYTES_PER_TOKEN: '64' };
  const rows = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as { pp: number; speed_tg: number; speed_pp: number });
  const plain = runFake(bin, args, env);
  assert.equal(plain.status, 0, plain.stderr);
  const file = join(dir, 'batched.jsonl');
  const slow = runFake(bin, args, { ...env, ...shimEnv(1, file) });
  assert.equal(slow.status, 0, slow.stderr);
  assert.equal(statsOf(file)[0].calls, 2 * (1 + 8), 'per depth one pp call (one batch) and 8 tg calls');
  const [p, s] = [rows(plain.stdout), rows(slow.stdout)];
  // Measured, so never above the model (S_TG 300/(1 + pp/4096), S_PP 2000/(1 + pp/16384)); slowed by the shim.
  assert.ok(p[0].speed_tg <= 300 / (1 + 256 / 4096) * 1.01 && p[0].speed_pp <= 2000 / (1 + 256 / 16384) * 1.01, JSON.stringify(p[0]));
  assert.ok(s[1].speed_tg < p[1].speed_tg * 0.8, `S_TG at k = 1: ${s[1].speed_tg} against ${p[1].speed_tg}`);
});
