// Hostile input a careful user or a broken runner gives: every value is checked where it is given,
// and garbage is a failed launch or one line with exit 2, never a verdict. Real CLI, fake runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { cli } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-hostile-'));
const cache = join(root, 'cache');
const store = join(root, 'store.sqlite');
const env = { LLAMA_PERF_GATE_CACHE: cache, FAKE_NOISE: '0.01' };
const model = join(root, 'tiny.gguf');
writeTinyModel(model);
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), { headSlowdown: 0.99 });
const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at .*:\d+:\d+/, s);
const base = ['run', '--repo', repo, '--model', model, '--base', 'base', '--head', 'head', '--seed', '1', '--store', store];

test('a runner throughput beyond the bound (B at 2e12 t/s) is a failed launch, never a pass', async () => {
  const out = join(root, 'out-huge');
  // pp2000 in 1 ns (the fake's floor when FAKE_SLOWDOWN is huge): 2e12 t/s.
  const r = await cli([...base, '--workloads', 'pp2000', '--max-blocks', '2', '--head-env', 'FAKE_SLOWDOWN=1e300', '--out', out], env);
  noStack(r.stderr);
  assert.notEqual(r.code, 0, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout + r.stderr, /improvement|check passes/);
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  const b = res.launches.filter((l) => l.variant === 'B');
  assert.ok(b.length > 0);
  for (const l of b) {
    assert.equal(l.status, 'parse-error', JSON.stringify(l));
    assert.match(l.error ?? '', /below 1e12/);
  }
});

test('--head-arg=--bogus is refused against the built llama-bench\'s --help: one line, exit 2, before any launch', async () => {
  const out = join(root, 'out-bogus');
  const r = await cli([...base, '--workloads', 'tg128', '--max-blocks', '2', '--head-arg=--bogus', '--out', out], env);
  assert.equal(r.code, 2, r.stderr);
  noStack(r.stderr);
  assert.match(r.stderr, /^error: --head-arg --bogus is not an option of variant B's llama-bench \(mainline\)$/m);
  assert.doesNotMatch(r.stderr, /\[bench\]/);
});

test('calibrate --store X writes X, not the default store', async () => {
  const own = join(root, 'calibrate.sqlite');
  const r = await cli(['calibrate', '--repo', repo, '--model', model, '--base', 'base', '--workloads', 'tg128', '--max-blocks', '2', '--seed', '1', '--store', own, '--out', join(root, 'out-cal')], env);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(own), 'the given store was written');
  assert.equal(existsSync(join(cache, 'experiments.sqlite')), false, 'the default store was not');
});

test('demo --store DIR and --numa node:7 are refused before anything is downloaded or built', async () => {
  mkdirSync(join(root, 'a-dir'), { recursive: true });
  const d = await cli(['demo', '--store', join(root, 'a-dir')], env);
  assert.equal(d.code, 2, d.stderr);
  assert.match(d.stderr, /^error: --store .*a-dir is a directory, not an experiment store file\n/);
  assert.doesNotMatch(d.stderr, /\[demo\]/);
  if (!existsSync('/sys/devices/system/node/node0')) return; // no NUMA sysfs: nothing to check against
  const n = await cli(['demo', '--numa', 'node:4095'], env);
  assert.equal(n.code, 2, n.stderr);
  assert.match(n.stderr, /^error: NUMA bind to node 4095, but this host has node\(s\)/);
  assert.doesNotMatch(n.stderr, /\[demo\]/);
});
