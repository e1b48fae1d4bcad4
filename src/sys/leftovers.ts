// Process groups a lock's owner started (a build's cmake, make and compilers). A `kill -9` of the
// owner leaves them running, reparented; whoever takes the stale lock over stops them first, so a
// rerun never builds into a tree that an orphaned compiler is still writing.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A group the owner started: its leader's PID (= the group id) and the leader's start time. */
export interface OwnedGroup {
  pgid: number;
  startTicks: number | null;
}

interface Proc {
  pid: number;
  state: string;
  pgrp: number;
  startTicks: number;
}

/** Fields of /proc/PID/stat after the command name (which may hold spaces and parens). */
function readProc(pid: number): Proc | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { pid, state: f[0], pgrp: Number(f[2]), startTicks: Number(f[19]) };
  } catch {
    return null;
  }
}

/**
 * Live members of a recorded group. A PID stays unallocated while its group has members, so the
 * group is the owner's unless its leader's PID now names a process with another start time; members
 * older than the leader are never counted. Zombies are gone already (waiting on them would hang
 * where nothing reaps them).
 */
export function groupMembers(g: OwnedGroup): number[] {
  const leader = readProc(g.pgid);
  if (leader && g.startTicks !== null && leader.startTicks !== g.startTicks) return [];
  const out: number[] = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  for (const n of pids) {
    const p = readProc(Number(n));
    if (!p || p.pgrp !== g.pgid || p.state === 'Z' || p.pid === process.pid) continue;
    if (g.startTicks !== null && p.startTicks < g.startTicks) continue;
    out.push(p.pid);
  }
  return out;
}

/**
 * A lock file is read, not trusted: only a real group id (never 0 or 1, which kill() reads as "every
 * process") and never this process's own group is signalled.
 */
function isForeignGroup(g: unknown): g is OwnedGroup {
  const o = g as Partial<OwnedGroup> | null;
  if (!o || !Number.isSafeInteger(o.pgid) || (o.pgid as number) <= 1) return false;
  if (o.startTicks !== null && !Number.isSafeInteger(o.startTicks)) return false;
  return o.pgid !== process.pid && o.pgid !== readProc(process.pid)?.pgrp;
}

function signalGroup(g: OwnedGroup, sig: NodeJS.Signals): void {
  try {
    process.kill(-g.pgid, sig);
  } catch {
    /* gone meanwhile */
  }
}

async function gone(groups: OwnedGroup[], ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (groups.every((g) => groupMembers(g).length === 0)) return true;
    if (Date.now() >= until) return false;
    await sleep(50);
  }
}

/**
 * Stops what is left of `groups`: SIGTERM, SIGKILL after `graceMs`, and waits until no member is
 * left (at most `graceMs` more). Returns how many processes were found; throws when some survive.
 */
export async function stopLeftovers(groups: readonly unknown[], graceMs = 3000): Promise<number> {
  const left = groups.filter(isForeignGroup).filter((g) => groupMembers(g).length > 0);
  const found = left.reduce((n, g) => n + groupMembers(g).length, 0);
  if (left.length === 0) return 0;
  for (const g of left) signalGroup(g, 'SIGTERM');
  if (await gone(left, graceMs)) return found;
  for (const g of left) signalGroup(g, 'SIGKILL');
  if (await gone(left, graceMs)) return found;
  const still = left.flatMap(groupMembers);
  throw new Error(`processes ${still.join(', ')} left by a killed owner survive SIGKILL; stop them and run again`);
}
