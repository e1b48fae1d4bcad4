// Hostile input a careful user or a broken runner gives: every value is checked where it is given,
// and garbage is a failed launch or one line with exit 2, never a verdict. Real CLI, fake runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
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
