// Output and store paths checked before anything is written or built: one line naming the flag (or
// the store) and the path. A path that cannot be what it is named as (a directory for a file, a file
// for a directory) is bad input, exit 2; one the machine will not let this user create is exit 3
// where the store reports it so.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EnvironmentError, UserError } from './errors.ts';

/**
 * --out must be a directory this user can create or write: an existing file, a path under a file,
 * or a read-only place is refused here, before anything is built.
 */
export function checkOutDir(flag: string, out: string, example: string): void {
  let p = out;
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  const st = statSync(p, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) {
    throw new UserError(p === out ? `${flag} ${out} is a file, not a directory` : `${flag} ${out} cannot be created: ${p} is a file`, `give a directory, e.g. ${flag} ${example}`);
  }
  try {
    accessSync(p, constants.W_OK | constants.X_OK);
    // root passes access(); a read-only or pseudo file system only shows on a real write (below).
    if (p.startsWith('/proc/') || p === '/proc' || p === '/sys' || p.startsWith('/sys/')) throw Object.assign(new Error('read-only'), { code: 'EROFS' });
  } catch (e) {
    throw new UserError(`${flag} ${out} is not writable (${(e as NodeJS.ErrnoException).code ?? 'permission denied'} at ${p})`, `choose a directory you can write, e.g. ${flag} ${example}`);
  }
}

/**
 * A store file this user can create: a directory named as the store is bad input (exit 2); a path
 * under a regular file, and (with `writable`) a place this user cannot write, are store faults (exit 3).
 * `flag` names it as given (--store), else it is "experiment store".
 */
export function checkStorePath(path: string, opts: { flag?: string; writable?: boolean } = {}): void {
  const label = opts.flag ?? 'experiment store';
  const st = statSync(path, { throwIfNoEntry: false });
  if (st?.isDirectory()) throw new UserError(`${label} ${path} is a directory, not an experiment store file`, `give a file, e.g. --store ${join(path, 'experiments.sqlite')}`);
  if (st && !opts.writable) return;
  let dir = dirname(path);
  while (dir !== dirname(dir) && !statSync(dir, { throwIfNoEntry: false })) dir = dirname(dir);
  if (!statSync(dir).isDirectory()) throw new EnvironmentError(`${label} ${path} cannot be created: ${dir} is a file, not a directory`, 'remove or rename that file, or pass --store PATH elsewhere');
  if (!opts.writable) return;
  try {
    checkOutDir(label, dirname(path), 'perf.sqlite');
  } catch (e) {
    if (e instanceof UserError) throw new EnvironmentError(e.message, e.hint);
    throw e;
  }
}

/** An output file: its directory must exist (and be writable); the path must not be a directory. */
export function checkOutFile(flag: string, file: string, example: string): void {
  const path = resolve(file);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${flag} ${file} is a directory, not a file`, `example: ${flag} ${example}`);
  const dir = dirname(path);
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st) throw new UserError(`${flag} ${file}: the directory ${dir} does not exist`, `create it first (mkdir -p ${dir}) or write elsewhere, e.g. ${flag} ${example}`);
  checkOutDir(flag, dir, example);
}
