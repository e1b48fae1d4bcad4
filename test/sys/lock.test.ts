import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { acquireLock, ownerAlive, ownerOf, startTicks, tryLock, withLock, type LockOwner } from '../../src/sys/lock.ts';
import { resetInterrupt, stopAll } from '../../src/sys/children.ts';
import { removeTempDirs, tempDir } from '../build/fixture.ts';

after(removeTempDirs);

test('holders of one lock never overlap, and the lock file is gone afterwards', async () => {
  const lock = path.join(await tempDir('lock'), 'locks', 'x.lock');
  let active = 0;
  let maxActive = 0;
  const order: number[] = [];
  const job = (i: number) =>
    withLock(lock, async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await sleep(30);
      order.push(i);
      active--;
      return i;
    });
  assert.deepEqual(await Promise.all([job(1), job(2), job(3)]), [1, 2, 3]);
  assert.equal(maxActive, 1);
  assert.equal(order.length, 3);
  assert.equal(existsSync(lock), false);
});

test('a lock left by a dead process is taken over; a failing holder releases the lock', async () => {
  const dir = await tempDir('lock');
  const lock = path.join(dir, 'y.lock');
  const dead = spawnSync('true').pid; // exited: its pid names no live process
  await writeFile(lock, String(dead));
  let waited = false;
  assert.equal(await withLock(lock, async () => 'ran', () => (waited = true)), 'ran');
  assert.equal(waited, false);

  await assert.rejects(withLock(lock, async () => { throw new Error('boom'); }), /boom/);
  assert.equal(existsSync(lock), false);
});

test('a lock held by a live process makes the caller wait, and the wait names pid, start time and what it holds', async () => {
  const lock = path.join(await tempDir('lock'), 'z.lock');
  await writeFile(lock, JSON.stringify(ownerOf('the build of abc123', process.ppid))); // alive, and not us
  let said = '';
  const p = withLock(lock, async () => 'after', (line) => (said = line));
  while (said === '') await sleep(20);
  assert.match(said, new RegExp(`^waiting for llama-perf-gate pid ${process.ppid} \\(started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\) holding the build of abc123 \\(`));
  await rm(lock); // the holder finishes
  assert.equal(await p, 'after');
});

test('one stale rule: a live PID with another start time (PID reused) is stale; a bare old PID file still works', async () => {
  const dir = await tempDir('lock');
  const lock = path.join(dir, 'r.lock');
  // Our parent is alive, but its start time is not 1: the lock's owner died and the PID was reused.
  await writeFile(lock, JSON.stringify({ ...ownerOf('old build', process.ppid), startTicks: 1 }));
  let waited = false;
  let stale: LockOwner | null = null;
  const got = await tryLock(lock, 'me', (prev) => (stale = prev));
  assert.ok('release' in got, 'taken over');
  assert.equal(waited, false);
  assert.equal((stale as LockOwner | null)?.label, 'old build');
  await got.release();
  assert.equal(existsSync(lock), false);
  // The same process with its real start time holds the lock.
  await writeFile(lock, JSON.stringify(ownerOf('live build', process.ppid)));
  const held = await tryLock(lock, 'me');
  assert.ok('heldBy' in held && held.heldBy?.label === 'live build');
  assert.ok(ownerAlive(ownerOf('x', process.ppid)));
  assert.equal(ownerAlive({ ...ownerOf('x', process.ppid), startTicks: 1 }), false);
  waited = true;
});

test('a bare-PID lock naming a live process that started after the lock was written is stale (PID + start time, like the others)', async () => {
  const dir = await tempDir('lock');
  const lock = path.join(dir, 'bare.lock');
  // A process that starts now stands for an unrelated one that got the old owner's PID.
  const other = spawn('sleep', ['30'], { stdio: 'ignore' });
  try {
    await writeFile(lock, String(other.pid));
    const old = new Date(Date.now() - 3600_000);
    await utimes(lock, old, old);
    const got = await tryLock(lock, 'me');
    assert.ok('release' in got, 'taken over: the PID now belongs to a process younger than the lock');
    await got.release();
    // A bare PID written after its (live) owner started still holds.
    await writeFile(lock, String(process.ppid));
    const held = await tryLock(lock, 'me');
    assert.ok('heldBy' in held, 'held by its live owner');
  } finally {
    other.kill('SIGKILL');
  }
});

// A time limit: without the stop the wait never ends (the test would hang instead of failing).
test('a signal while waiting for a lock stops the wait', { timeout: 20_000 }, async () => {
  const dir = await tempDir('lock');
  const lock = path.join(dir, 'held.lock');
  await writeFile(lock, JSON.stringify(ownerOf('another run\'s build', process.ppid)));
  const t0 = Date.now();
  const wait = acquireLock(lock, { label: 'me', pollMs: 50 });
  setTimeout(() => void stopAll('SIGINT'), 200);
  try {
    await assert.rejects(wait, (e: unknown) => {
      assert.match((e as Error).message, /interrupted by SIGINT while waiting for the lock .*held\.lock, held by another run's build/);
      assert.equal((e as { exitCode?: number }).exitCode, 130, 'one line and 128 + n at the CLI, as any interrupt');
      return true;
    });
    assert.ok(Date.now() - t0 < 5000);
  } finally {
    resetInterrupt();
  }
});

test('a stale lock\'s recorded process groups are stopped before it is taken over; a group id the lock file cannot be trusted with is never signalled', async () => {
  const dir = await tempDir('lock');
  const lock = path.join(dir, 'g.lock');
  const dead = spawnSync('true').pid!;
  const orphan = spawn('sleep', ['60'], { stdio: 'ignore', detached: true }); // leads its own group, as a build child does
  const exited = new Promise((resolve) => orphan.once('exit', (_code, sig) => resolve(sig)));
  try {
    const groups = [{ pgid: orphan.pid, startTicks: startTicks(orphan.pid!) }, { pgid: 1, startTicks: null }, { pgid: 0, startTicks: null }, { pgid: 'x' }, { pgid: process.pid, startTicks: null }];
    await writeFile(lock, JSON.stringify({ ...ownerOf('the build of abc', dead), groups }));
    let stopped = -1;
    const got = await tryLock(lock, 'me', (_prev, n) => (stopped = n));
    assert.ok('release' in got);
    assert.equal(stopped, 1);
    assert.equal(await exited, 'SIGTERM');
    // The new owner records its own groups in the lock file as they start.
    got.addGroup(4242);
    assert.deepEqual(JSON.parse(await readFile(lock, 'utf8')).groups, [{ pgid: 4242, startTicks: null }]);
    await got.release();
    assert.equal(existsSync(lock), false);
  } finally {
    orphan.kill('SIGKILL');
  }
});
