import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, tail } from '../../src/bench/launch.ts';

test('a hung process tree is killed at the timeout, grandchildren included', async () => {
  // sh waits on a background sleep: without a group kill the grandchild would keep stdout open.
  const r = await launch(['sh', '-c', 'sleep 30 & wait'], { timeoutMs: 300 });
  assert.equal(r.timedOut, true);
  assert.ok(r.wallMs < 10_000);
  assert.equal(r.exitCode, null);
});

test('exit code, stdout, stderr and env come back', async () => {
  const r = await launch(['sh', '-c', 'echo out-$LPG_X; echo err >&2; exit 3'], { timeoutMs: 5000, env: { LPG_X: 'yes' } });
  assert.deepEqual([r.exitCode, r.timedOut, r.stdout.trim(), r.stderr.trim()], [3, false, 'out-yes', 'err']);
});

test('a missing binary is a spawn error, not an exception', async () => {
  const r = await launch(['/nonexistent/llama-bench'], { timeoutMs: 5000 });
  assert.match(r.spawnError ?? '', /ENOENT/);
});

test('tail keeps the last lines', () => {
  assert.equal(tail('a\nb\nc\n', 2), 'b\nc');
});
