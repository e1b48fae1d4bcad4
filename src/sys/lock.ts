// The one lock rule of the tool, for every lock it takes (a build directory, the embedded source,
// an --out directory, the Action's one-benchmark-per-host lock). A lock file names its owner: PID,
// that process's start time (from /proc/PID/stat, so a reused PID is told apart), host and a label.
// It is stale — and taken over — when that process is gone or the PID now belongs to another
// process. Waiting is always said, naming the holder ("waiting for llama-perf-gate pid N (started …)
// holding …").
import { link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { constants, hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { statSync } from 'node:fs';
import { interruptedBy } from './children.ts';
import { UserError } from './errors.ts';
import { stopLeftovers, type OwnedGroup } from './leftovers.ts';

export interface LockOwner {
  pid: number;
  /** Kernel start time of the PID (clock ticks since boot): tells a reused PID apart. */
  startTicks: number | null;
  hostname: string;
  /** When the lock was taken (ISO). */
  since: string;
  /** What holds it: "building abc123", "repo run 12 job perf", "writing perf-out". */
  label: string;
  /** Process groups the owner started under the lock (a build's cmake): stopped when it is taken over. */
  groups?: OwnedGroup[];
}

/** /proc/PID/stat field 22 (starttime); the command name (field 2) may hold spaces and parens. */
export function startTicks(pid: number): number | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const v = Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[19]);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

/** Wall-clock start of a process from its start ticks (boot time + ticks at USER_HZ = 100). */
export function startedAt(ticks: number | null): Date | null {
  if (ticks === null) return null;
  try {
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(btime) ? new Date((btime + ticks / 100) * 1000) : null;
  } catch {
    return null;
  }
}

export function ownerOf(label: string, pid = process.pid): LockOwner {
  return { pid, startTicks: startTicks(pid), hostname: hostname(), since: new Date().toISOString(), label };
}

/** Held while its process lives: same PID and, when both are known, the same start time. */
export function ownerAlive(o: LockOwner): boolean {
  if (o.hostname !== hostname()) return true; // a directory shared across hosts: cannot check, assume held
  try {
    process.kill(o.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false; // EPERM: exists, someone else's
  }
  const now = startTicks(o.pid);
  if (o.startTicks !== null && now !== null) return now === o.startTicks;
  // No start time recorded (an old bare-PID lock): a process that started after the lock was
  // written is a reused PID, not the owner.
  const started = startedAt(now)?.getTime();
  const since = Date.parse(o.since);
  return !(started !== undefined && Number.isFinite(since) && started > since + 2000);
}

/** A lock file's owner; a bare PID (older lock files) is an owner without start time. */
export async function readOwner(lockPath: string): Promise<LockOwner | null> {
  const text = (await readFile(lockPath, 'utf8').catch(() => '')).trim();
  if (/^\d+$/.test(text)) {
    // An older bare-PID lock: its file's time stands for when it was taken (checked by ownerAlive).
    const mtime = statSync(lockPath, { throwIfNoEntry: false })?.mtime;
    return { pid: Number(text), startTicks: null, hostname: hostname(), since: mtime ? mtime.toISOString() : '?', label: 'a lock' };
  }
  try {
    const o = JSON.parse(text) as LockOwner;
    return typeof o.pid === 'number' && o.pid > 0 ? o : null;
  } catch {
    return null;
  }
}

/** "repo run 1 (pid 42 on host, started 2026-…)" */
export function describeOwner(o: LockOwner | null): string {
  if (!o) return 'an unknown owner (unreadable lock file)';
  const t = o.hostname === hostname() ? startedAt(o.startTicks) : null;
  return `${o.label} (pid ${o.pid} on ${o.hostname}, started ${t ? t.toISOString() : o.since})`;
}

/** The wait line every lock prints once per holder. */
export function waitLine(o: LockOwner | null, lockPath: string): string {
  if (!o) return `waiting for the lock ${lockPath} (unreadable lock file; taken over after a minute)`;
  const t = o.hostname === hostname() ? startedAt(o.startTicks) : null;
  return `waiting for llama-perf-gate pid ${o.pid} (started ${t ? t.toISOString() : o.since}) holding ${o.label} (${lockPath})`;
}

/** An owner dies between creating the file and writing it: unreadable for a minute means abandoned. */
async function unreadableForLong(lockPath: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > 60_000;
  } catch {
    return false;
  }
}

export interface Lock {
  path: string;
  owner: LockOwner;
  release(): Promise<void>;
  /** Records a process group started under the lock (synchronous: called as the child spawns). */
  addGroup(pgid: number): void;
}

/**
 * One attempt: the lock, or its current (live) holder. A stale lock's leftover process groups are
 * stopped first (any waiter may; it is idempotent), then the lock is removed (rename first: of two
 * waiters seeing the same stale lock only one rename succeeds) and `onStale` is told.
 */
export async function tryLock(
  lockPath: string,
  label: string,
  onStale?: (previous: LockOwner | null, leftovers: number) => void,
): Promise<Lock | { heldBy: LockOwner | null }> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  const me = ownerOf(label);
  // Written aside and hard-linked into place: link() is atomic, fails if the lock exists, and the
  // lock never exists without its owner in it.
  const mine = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(mine, JSON.stringify(me));
  try {
    for (;;) {
      try {
        await link(mine, lockPath);
        return {
          path: lockPath,
          owner: me,
          release: async () => {
            const cur = await readOwner(lockPath);
            if (cur && cur.pid === me.pid && cur.since === me.since) await rm(lockPath, { force: true });
          },
          addGroup: (pgid) => {
            me.groups = [...(me.groups ?? []), { pgid, startTicks: startTicks(pgid) }];
            // Written aside and renamed over: the lock never holds half an owner.
            const next = `${lockPath}.${process.pid}.groups`;
            writeFileSync(next, JSON.stringify(me));
            renameSync(next, lockPath);
          },
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const owner = await readOwner(lockPath);
      if (owner ? ownerAlive(owner) : !(await unreadableForLong(lockPath))) return { heldBy: owner };
      const leftovers = owner && Array.isArray(owner.groups) ? await stopLeftovers(owner.groups) : 0;
      const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
      try {
        await rename(lockPath, aside);
        await rm(aside, { force: true });
        onStale?.(owner, leftovers);
      } catch {
        /* another waiter took it over first */
      }
    }
  } finally {
    await rm(mine, { force: true });
  }
}

export interface AcquireOptions {
  label: string;
  /** Told once per holder while waiting (the wait line). */
  onWait?: (line: string, holder: LockOwner | null) => void;
  onStale?: (previous: LockOwner | null, leftovers: number) => void;
  /** Give up after this long (then `onTimeout`'s error is thrown); default: wait as long as it takes. */
  timeoutMs?: number;
  onTimeout?: (holder: LockOwner | null) => Error;
  pollMs?: number;
}

export async function acquireLock(lockPath: string, o: AcquireOptions): Promise<Lock> {
  const deadline = o.timeoutMs === undefined ? Infinity : Date.now() + o.timeoutMs;
  let lastSaid = '';
  for (;;) {
    const r = await tryLock(lockPath, o.label, o.onStale);
    if ('release' in r) return r;
    const said = describeOwner(r.heldBy);
    if (said !== lastSaid) {
      o.onWait?.(waitLine(r.heldBy, lockPath), r.heldBy);
      lastSaid = said;
    }
    if (Date.now() >= deadline) throw o.onTimeout?.(r.heldBy) ?? new Error(`timed out waiting for the lock ${lockPath}, held by ${said}`);
    // Ctrl-C (or SIGTERM) while waiting stops the wait, not only the work after it.
    const sig = interruptedBy();
    // One line and 128 + n, as any interrupt (a plain Error reached the CLI as a stack trace, exit 1).
    if (sig) throw new UserError(`interrupted by ${sig} while waiting for the lock ${lockPath}, held by ${said}`, 'run the same command again when that process is done', 128 + constants.signals[sig]);
    await sleep(Math.min(o.pollMs ?? 1000, Math.max(1, deadline - Date.now())));
  }
}

/** Runs `fn` holding the lock; released afterwards whatever happens. */
export async function withLock<T>(
  lockPath: string,
  fn: (lock: Lock) => Promise<T>,
  onWait?: (line: string, holder: LockOwner | null) => void,
  label = 'a lock',
  onStale?: AcquireOptions['onStale'],
): Promise<T> {
  const lock = await acquireLock(lockPath, { label, onWait, onStale });
  try {
    return await fn(lock);
  } finally {
    await lock.release();
  }
}
