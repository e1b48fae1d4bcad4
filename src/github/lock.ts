// One benchmark at a time per host: two jobs benchmarking at once corrupt each other's timings.
// The lock is a file created with O_EXCL in a directory every runner on the host shares (/tmp by
// default — not RUNNER_TEMP, which is per runner). It records its owner's PID and that process's
// start time, so a lock left by a killed job is recognised as stale (PID gone or reused) and taken over.
import { hostname } from 'node:os';
import { join } from 'node:path';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../errors.ts';

export const LOCK_FILE = 'llama-perf-gate.lock';

export interface LockOwner {
  pid: number;
  /** Kernel start time of the PID (clock ticks since boot): tells a reused PID apart. */
  startTicks: number | null;
  hostname: string;
  since: string;
  /** What holds it: repository, run, job — for the "waiting for" line. */
  label: string;
}

export interface LockOptions {
  dir: string;
  timeoutSec: number;
  pollMs?: number;
  label: string;
  log: (line: string) => void;
}

export interface HostLock {
  path: string;
  release(): Promise<void>;
}

function startTicks(pid: number): number | null {
  try {
    // /proc/PID/stat: field 22 is starttime; the command name (field 2) may hold spaces and parens.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const v = Number(fields[19]);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

function alive(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return true; // a shared directory across hosts: cannot check, assume held
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = startTicks(owner.pid);
  return owner.startTicks === null || now === null || now === owner.startTicks;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const o = JSON.parse(await readFile(path, 'utf8')) as LockOwner;
    return typeof o.pid === 'number' ? o : null;
  } catch {
    return null;
  }
}

/** An owner dies between creating the file and writing it: empty for a minute means abandoned. */
async function unreadableForLong(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > 60_000;
  } catch {
    return false;
  }
}

function describe(o: LockOwner | null): string {
  return o ? `${o.label} (pid ${o.pid} on ${o.hostname}, since ${o.since})` : 'an unknown owner (unreadable lock file)';
}

export async function acquireHostLock(o: LockOptions): Promise<HostLock> {
  const path = join(o.dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, startTicks: startTicks(process.pid), hostname: hostname(), since: new Date().toISOString(), label: o.label };
  const deadline = Date.now() + o.timeoutSec * 1000;
  const pollMs = o.pollMs ?? 5000;
  let lastSaid = '';
  for (;;) {
    try {
      const fh = await open(path, 'wx', 0o644);
      await fh.writeFile(JSON.stringify(me));
      await fh.close();
      return {
        path,
        release: async () => {
          const cur = await readOwner(path);
          if (cur && cur.pid === me.pid && cur.since === me.since) await rm(path, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UserError(`cannot create the benchmark lock ${path}: ${(e as Error).message}`, 'set the input lock-dir to a writable directory shared by the runners on this host');
      }
    }
    const owner = await readOwner(path);
    if (owner ? !alive(owner) : await unreadableForLong(path)) {
      // Rename first: of two waiters seeing the same stale lock, only one rename succeeds.
      const aside = `${path}.stale-${process.pid}-${Date.now()}`;
      try {
        await rename(path, aside);
        await rm(aside, { force: true });
        o.log(`removed a stale benchmark lock left by ${describe(owner)}: that process is gone`);
      } catch {
        /* another waiter took it over first */
      }
      continue;
    }
    const said = describe(owner);
    if (said !== lastSaid) {
      o.log(`waiting for the benchmark lock ${path}, held by ${said}`);
      lastSaid = said;
    }
    if (Date.now() >= deadline) {
      throw new UserError(
        `timed out after ${o.timeoutSec} s waiting for the benchmark lock ${path}, held by ${said}`,
        'another benchmark is running on this host; raise the input lock-timeout, or delete the lock file if no benchmark is running',
      );
    }
    await sleep(Math.min(pollMs, Math.max(1, deadline - Date.now())));
  }
}
