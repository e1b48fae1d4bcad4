// results.json reaches disk atomically (temp file + rename), after every block and before any
// posting, so a crash or a failing API never loses what was measured.
import { mkdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { RESULTS_SCHEMA, RESULTS_SCHEMAS, type Results } from './results.ts';

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

/** Reads a results.json written by this tool; anything else is a clear error. */
export function readResults(path: string): Results {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path} is not readable JSON: ${(e as Error).message}`, 'pass the results.json written by `llama-perf-gate run`');
  }
  const schema = (doc as { schema?: unknown } | null)?.schema;
  if (!(RESULTS_SCHEMAS as readonly unknown[]).includes(schema)) {
    throw new UserError(`${path} is not a llama-perf-gate results file (schema ${JSON.stringify(schema)}, expected ${RESULTS_SCHEMA})`);
  }
  return doc as Results;
}
