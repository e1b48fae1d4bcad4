// One benchmark at a time per host: two jobs benchmarking at once corrupt each other's timings.
// The lock is a file in a directory every runner on the host shares (/tmp by default — not
// RUNNER_TEMP, which is per runner), under the tool's one lock rule (sys/lock.ts): owner PID and
// start time, so a lock left by a killed job is recognised as stale (PID gone or reused) and taken over.
import { join } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { acquireLock, describeOwner, type Lock } from '../sys/lock.ts';

export const LOCK_FILE = 'llama-perf-gate.lock';
export type { LockOwner } from '../sys/lock.ts';

export interface LockOptions {
  dir: string;
  timeoutSec: number;
  pollMs?: number;
  label: string;
  log: (line: string) => void;
}

export type HostLock = Pick<Lock, 'path' | 'release'>;

export async function acquireHostLock(o: LockOptions): Promise<HostLock> {
  const path = join(o.dir, LOCK_FILE);
  try {
    return await acquireLock(path, {
      label: o.label,
      timeoutMs: o.timeoutSec * 1000,
      pollMs: o.pollMs ?? 5000,
      onWait: (_line, holder) => o.log(`waiting for the benchmark lock ${path}, held by ${describeOwner(holder)}`),
      onStale: (prev) => o.log(`removed a stale benchmark lock left by ${describeOwner(prev)}: that process is gone`),
      onTimeout: (holder) =>
        new UserError(
          `timed out after ${o.timeoutSec} s waiting for the benchmark lock ${path}, held by ${describeOwner(holder)}`,
          'another benchmark is running on this host; raise the input lock-timeout, or delete the lock file if no benchmark is running',
        ),
    });
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot create the benchmark lock ${path}: ${(e as Error).message}`, 'set the input lock-dir to a writable directory shared by the runners on this host');
  }
}
