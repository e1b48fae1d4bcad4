// results.json reaches disk atomically (temp file + rename), after every block and before any
// posting, so a crash or a failing API never loses what was measured. Reading is read-results.ts's
// alone (the strict reader every command uses).
import { join } from 'node:path';
import { writeFileAtomic } from '../sys/atomic-file.ts';
import type { Results } from './results.ts';

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, JSON.stringify(value, null, 1) + '\n');
}

export function writeResults(outDir: string, results: Results): string {
  const path = join(outDir, 'results.json');
  writeJsonAtomic(path, results);
  return path;
}
