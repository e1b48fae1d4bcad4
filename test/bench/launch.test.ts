import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, scratchDir, tail } from '../../src/bench/launch.ts';

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

test('a launch runs in the directory it is given (the run\'s scratch dir), not the caller\'s', async () => {
  const out = mkdtempSync(join(tmpdir(), 'lpg-scratch-'));
  const dir = scratchDir(out);
  assert.equal(dir, join(out, 'launches'));
  const before = readdirSync(process.cwd());
  // Like llama-sweep-bench: a llama.log in the working directory.
  const r = await launch(['sh', '-c', 'echo log > llama.log; pwd'], { timeoutMs: 5000, cwd: dir });
  assert.equal(r.exitCode, 0);
  assert.equal(realpathSync(r.stdout.trim()), realpathSync(dir));
  assert.ok(existsSync(join(dir, 'llama.log')));
  assert.deepEqual(readdirSync(process.cwd()), before, 'nothing new in the caller\'s directory');
});
