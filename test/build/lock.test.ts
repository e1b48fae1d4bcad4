import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withLock } from '../../src/build/lock.ts';
import { removeTempDirs, tempDir } from './fixture.ts';

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

test('a lock held by a live process makes the caller wait (and say so)', async () => {
  const lock = path.join(await tempDir('lock'), 'z.lock');
  await writeFile(lock, String(process.ppid)); // alive, and not us
  let waitedFor = 0;
  const p = withLock(lock, async () => 'after', (pid) => (waitedFor = pid));
  while (waitedFor === 0) await sleep(20);
  assert.equal(waitedFor, process.ppid);
  await rm(lock); // the holder finishes
  assert.equal(await p, 'after');
});
