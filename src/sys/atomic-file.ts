// Every output file reaches its path whole or not at all: written to a temp file beside it and
// renamed over it. A full disk or a crash mid-write leaves the previous file (or none), never a
// truncated one that a later run would accept.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Runs `write(tmp)` on a temp path in the target's directory, then renames it to `path`. */
export function replaceAtomically<T>(path: string, write: (tmp: string) => T): T {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const r = write(tmp);
    renameSync(tmp, path);
    return r;
  } catch (e) {
    rmSync(tmp, { force: true }); // a full disk leaves no half-written temp file behind
    // A failed write(2) names no path ("unknown path"), a failed open the temp file: name the output.
    if (e && typeof e === 'object' && (e as NodeJS.ErrnoException).code) Object.assign(e, { path });
    throw e;
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  replaceAtomically(path, (tmp) => writeFileSync(tmp, data));
}
