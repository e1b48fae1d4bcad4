// Temporary directories of this process (an emulated guest's initramfs images and serial logs) that
// must not outlive it: each is removed by its owner when done, and whatever is still registered when
// the process exits — the second Ctrl-C's immediate quit (pipeline/signals.ts), an uncaught error —
// is removed by the 'exit' handler, synchronously, as Node requires there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const live = new Set<string>();
let hooked = false;

function removeAll(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

/** A fresh directory under the system's temporary directory, removed at exit unless dropped first. */
export function scratchDir(prefix: string): string {
  if (!hooked) {
    process.on('exit', removeAll);
    hooked = true;
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  live.add(dir);
  return dir;
}

/** Removes a directory made by scratchDir now. */
export function dropScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

/** Directories still registered (for tests). */
export function liveScratch(): string[] {
  return [...live];
}
