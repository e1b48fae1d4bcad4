// A lock file per shared cache entry, so two runs (say `npm start` and the e2e test) never build in
// the same directory at once. Held by a live pid; a lock left by a dead process is taken over.
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

export async function withLock<T>(lockPath: string, fn: () => Promise<T>, onWait?: (holderPid: number) => void): Promise<T> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  // Written aside and hard-linked into place: link() is atomic and fails if the lock exists, and
  // the lock never exists without its pid in it.
  const mine = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(mine, String(process.pid));
  let told = false;
  try {
    for (;;) {
      try {
        await link(mine, lockPath);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
        await rm(lockPath, { force: true }); // stale: its process is gone
        continue;
      }
      if (!told) onWait?.(holder);
      told = true;
      await sleep(1000);
    }
  } finally {
    await rm(mine, { force: true });
  }
  try {
    return await fn();
  } finally {
    await rm(lockPath, { force: true });
  }
}
