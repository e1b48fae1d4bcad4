import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  EnvironmentError,
  UserError
} from "./chunk-LCLRZKD3.js";

// src/sys/paths.ts
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function checkOutDir(flag, out, example) {
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
    if (p.startsWith("/proc/") || p === "/proc" || p === "/sys" || p.startsWith("/sys/")) throw Object.assign(new Error("read-only"), { code: "EROFS" });
  } catch (e) {
    throw new UserError(`${flag} ${out} is not writable (${e.code ?? "permission denied"} at ${p})`, `choose a directory you can write, e.g. ${flag} ${example}`);
  }
}
function checkStorePath(path, opts = {}) {
  const label = opts.flag ?? "experiment store";
  const st = statSync(path, { throwIfNoEntry: false });
  if (st?.isDirectory()) throw new UserError(`${label} ${path} is a directory, not an experiment store file`, `give a file, e.g. --store ${join(path, "experiments.sqlite")}`);
  if (st && !opts.writable) return;
  let dir = dirname(path);
  while (dir !== dirname(dir) && !statSync(dir, { throwIfNoEntry: false })) dir = dirname(dir);
  if (!statSync(dir).isDirectory()) throw new EnvironmentError(`${label} ${path} cannot be created: ${dir} is a file, not a directory`, "remove or rename that file, or pass --store PATH elsewhere");
  if (!opts.writable) return;
  try {
    checkOutDir(label, dirname(path), "perf.sqlite");
  } catch (e) {
    if (e instanceof UserError) throw new EnvironmentError(e.message, e.hint);
    throw e;
  }
}
function checkOutFile(flag, file, example) {
  const path = resolve(file);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${flag} ${file} is a directory, not a file`, `example: ${flag} ${example}`);
  const dir = dirname(path);
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st) throw new UserError(`${flag} ${file}: the directory ${dir} does not exist`, `create it first (mkdir -p ${dir}) or write elsewhere, e.g. ${flag} ${example}`);
  checkOutDir(flag, dir, example);
}

export {
  checkOutDir,
  checkStorePath,
  checkOutFile
};
