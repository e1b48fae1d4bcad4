import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/sys/atomic-file.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function replaceAtomically(path, write) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const r = write(tmp);
    renameSync(tmp, path);
    return r;
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e && typeof e === "object" && e.code) Object.assign(e, { path });
    throw e;
  }
}
function writeFileAtomic(path, data) {
  replaceAtomically(path, (tmp) => writeFileSync(tmp, data));
}

export {
  replaceAtomically,
  writeFileAtomic
};
