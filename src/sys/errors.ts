// One error type for everything the user can fix: bad flags, a missing file, malformed output.
// The CLI prints `message` (what was wrong and where) and `hint` (how to fix it) and exits with
// `exitCode` — never a stack trace. Anything else reaching the top level is a bug in this tool.
export class UserError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;
  constructor(message: string, hint?: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.hint = hint;
    this.exitCode = exitCode;
  }
}

/** Exit code of an environment error (see the exit-code table in src/stats/policy.ts). */
export const ENVIRONMENT_EXIT = 3;

/**
 * The machine, not the input: disk full, permissions, a read-only file system, a missing tool.
 * Its own exit code — never the regression code, never a stack trace.
 */
export class EnvironmentError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint, ENVIRONMENT_EXIT);
    this.name = 'EnvironmentError';
  }
}

const FIXES: Record<string, [string, string]> = {
  ENOSPC: ['no space left on the device', 'free space there (df -h shows which file system is full) or write to another disk, e.g. --out /other/disk/perf-out'],
  EDQUOT: ['disk quota exceeded', 'free space within your quota or write elsewhere, e.g. --out /other/disk/perf-out'],
  EACCES: ['permission denied', 'make it writable for this user (chmod/chown) or choose a directory you own'],
  EPERM: ['operation not permitted', 'make it writable for this user or choose a directory you own'],
  EROFS: ['read-only file system', 'choose a directory on a writable file system'],
  ENOTDIR: ['a part of the path is a file, not a directory', 'remove or rename that file, or choose another path'],
  EISDIR: ['a directory where a file was expected', 'give a file path, or remove the directory'],
  EMFILE: ['too many open files', 'raise the limit (ulimit -n) and run again'],
};

/**
 * A Node errno error (fs call or spawn) → an EnvironmentError naming the path and the fix; any
 * other value is returned unchanged. ENOENT counts only for a program that could not be started.
 */
export function asEnvironmentError(e: unknown): unknown {
  if (e instanceof UserError || !(e instanceof Error)) return e;
  const err = e as NodeJS.ErrnoException & { spawnargs?: string[]; dest?: string };
  const code = err.code ?? '';
  if (code === 'ENOENT' && err.syscall?.startsWith('spawn')) {
    const tool = err.path ?? err.spawnargs?.[0] ?? 'a program';
    return new EnvironmentError(`cannot run ${tool}: not found on PATH`, `install it (e.g. apt-get install ${tool === 'git' || tool === 'cmake' ? tool : 'g++ cmake git'}) or put it on PATH`);
  }
  const fix = FIXES[code];
  if (!fix) return e;
  const path = err.path ?? err.dest ?? '(unknown path)';
  return new EnvironmentError(`cannot ${err.syscall ?? 'write'} ${path}: ${fix[0]} (${code})`, fix[1]);
}
