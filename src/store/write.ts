// results.json reaches disk atomically (temp file + rename), after every block and before any
// posting, so a crash or a failing API never loses what was measured. Reading is read-results.ts's
// alone (the strict reader every command uses).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Results } from './results.ts';

export function writeJsonAtomic(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, JSON.stringify(value, null, 1) + '\n');
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true }); // a full disk leaves no half-written temp file behind
    // A failed write(2) names no path: name the file being written.
    if (!(e as NodeJS.ErrnoException).path) Object.assign(e as object, { path });
    throw e;
  }
}

export function writeResults(outDir: string, results: Results): string {
  const path = join(outDir, 'results.json');
  writeJsonAtomic(path, results);
  return path;
}
