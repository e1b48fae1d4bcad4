import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/sys/errors.ts
var UserError = class extends Error {
  hint;
  exitCode;
  constructor(message, hint, exitCode = 2) {
    super(message);
    this.name = "UserError";
    this.hint = hint;
    this.exitCode = exitCode;
  }
};
var ENVIRONMENT_EXIT = 3;
var EnvironmentError = class extends UserError {
  constructor(message, hint) {
    super(message, hint, ENVIRONMENT_EXIT);
    this.name = "EnvironmentError";
  }
};
var FIXES = {
  ENOSPC: ["no space left on the device", "free space there (df -h shows which file system is full) or write to another disk, e.g. --out /other/disk/perf-out"],
  EDQUOT: ["disk quota exceeded", "free space within your quota or write elsewhere, e.g. --out /other/disk/perf-out"],
  EACCES: ["permission denied", "make it writable for this user (chmod/chown) or choose a directory you own"],
  EPERM: ["operation not permitted", "make it writable for this user or choose a directory you own"],
  EROFS: ["read-only file system", "choose a directory on a writable file system"],
  ENOTDIR: ["a part of the path is a file, not a directory", "remove or rename that file, or choose another path"],
  EISDIR: ["a directory where a file was expected", "give a file path, or remove the directory"],
  EMFILE: ["too many open files", "raise the limit (ulimit -n) and run again"]
};
function asEnvironmentError(e) {
  if (e instanceof UserError || !(e instanceof Error)) return e;
  const err = e;
  const code = err.code ?? "";
  if (code === "ENOENT" && err.syscall?.startsWith("spawn")) {
    const tool = err.path ?? err.spawnargs?.[0] ?? "a program";
    return new EnvironmentError(`cannot run ${tool}: not found on PATH`, `install it (e.g. apt-get install ${tool === "git" || tool === "cmake" ? tool : "g++ cmake git"}) or put it on PATH`);
  }
  const fix = FIXES[code];
  if (!fix) return e;
  const path = err.path ?? err.dest ?? "(unknown path)";
  return new EnvironmentError(`cannot ${err.syscall ?? "write"} ${path}: ${fix[0]} (${code})`, fix[1]);
}

export {
  UserError,
  EnvironmentError,
  asEnvironmentError
};
