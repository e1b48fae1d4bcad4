import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, scratchDir, tail, STDOUT_KEEP } from '../../src/bench/launch.ts';

/** Whether any process of a process group still exists. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

test('a hung process tree is killed at the timeout: its whole process group is gone', async () => {
  // sh waits on a background sleep: without a group kill the grandchild would live on.
  const r = await launch(['sh', '-c', 'sleep 300 & wait'], { timeoutMs: 300 });
  assert.equal(r.timedOut, true);
  assert.equal(r.exitCode, null);
  assert.ok(r.pid);
  assert.equal(groupAlive(r.pid), false, 'the sleep grandchild was killed with its group');
});

test('a background child left behind by a runner that exits is stopped with its group', async () => {
  const r = await launch(['sh', '-c', 'sleep 300 >/dev/null 2>&1 & echo done'], { timeoutMs: 10_000 });
  assert.equal(r.exitCode, 0);
  assert.equal(groupAlive(r.pid!), false);
});

test('exit code, stdout, stderr and env come back', async () => {
  const r = await launch(['sh', '-c', 'echo out-$LPG_X; echo err >&2; exit 3'], { timeoutMs: 5000, env: { LPG_X: 'yes' } });
  assert.deepEqual([r.exitCode, r.timedOut, r.stdout.trim(), r.stderr.trim(), r.stdoutDropped], [3, false, 'out-yes', 'err', 0]);
});

test('stdout is kept up to a cap, with a note of what was cut', async () => {
  // 200 MB of output: buffered whole, this took 746 MB of RSS.
  const r = await launch(['sh', '-c', 'head -c 200000000 /dev/zero | tr "\\0" x'], { timeoutMs: 60_000 });
  assert.equal(r.exitCode, 0);
  assert.equal(r.stdout.length, STDOUT_KEEP);
  assert.equal(r.stdoutDropped, 200_000_000 - STDOUT_KEEP);
  assert.match(r.stderr, /stdout cut at \d+ bytes: \d+ more bytes were discarded/);
});

test('a timeout beyond what a Node timer holds does not fire at once', async () => {
  // 3000000 s overflowed Node's 32-bit timer: every launch "timed out" after 1 ms.
  const r = await launch(['sh', '-c', 'sleep 0.3; echo ok'], { timeoutMs: 3_000_000 * 1000 });
  assert.equal(r.timedOut, false);
  assert.equal(r.stdout.trim(), 'ok');
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
