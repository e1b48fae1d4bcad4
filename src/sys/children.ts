// Every long-running child of this process (builds, benchmark launches, depth launches) runs as the
// leader of its own process group and is registered here, so an interrupt can stop all of them —
// numactl, wrappers and grandchildren included — and wait until they are gone.
import type { ChildProcess } from 'node:child_process';

const live = new Map<number, Promise<void>>();
let stoppedBy: NodeJS.Signals | null = null;

/** Register a child spawned with `detached: true` (its pid is its process group). */
export function track(child: ChildProcess): void {
  const pid = child.pid;
  if (!pid) return;
  live.set(pid, new Promise<void>((resolve) => child.once('close', () => resolve())));
  child.once('close', () => live.delete(pid));
  // Started after an interrupt (a race with the signal): stopped at once.
  if (stoppedBy) killGroup(pid, 'SIGTERM');
}

function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    /* already gone */
  }
}

/** The signal that stopped the run, or null. Loops check it before starting more work. */
export function interruptedBy(): NodeJS.Signals | null {
  return stoppedBy;
}

/** Groups still running (for tests and the interrupt message). */
export function liveGroups(): number[] {
  return [...live.keys()];
}

/**
 * Stop every registered group: SIGTERM, then SIGKILL after `graceMs`, and wait until each child has
 * closed. Later spawns are stopped as they register.
 */
export async function stopAll(signal: NodeJS.Signals, graceMs = 3000): Promise<void> {
  stoppedBy ??= signal;
  const pids = [...live.keys()];
  for (const pid of pids) killGroup(pid, 'SIGTERM');
  const all = Promise.all(pids.map((p) => live.get(p)));
  let timer: NodeJS.Timeout | undefined;
  const hard = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      for (const pid of pids) killGroup(pid, 'SIGKILL');
      resolve();
    }, graceMs);
  });
  await Promise.race([all, hard]);
  clearTimeout(timer);
  await all;
  // A group whose leader exited may still hold members (a daemonized grandchild): one last SIGKILL.
  for (const pid of pids) killGroup(pid, 'SIGKILL');
}

/** For tests: forget an interrupt. */
export function resetInterrupt(): void {
  stoppedBy = null;
}
