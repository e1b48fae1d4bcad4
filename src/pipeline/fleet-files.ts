// Which machine each results file of a fleet stands for. The trusted job decides that by where it
// put the files (download-artifact writes each artifact, named in the workflow, to a directory of
// its own), never a field inside a file: the files are untrusted data, and `host.hostname: perf-graviton`
// must not make a missing perf-graviton present.
import { glob, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../sys/errors.ts';
import type { Results } from '../store/results.ts';

/** A results file and the machine the trusted job's layout says it comes from. */
export interface FoundFile {
  path: string;
  machine: string;
}

const GLOB = /[*?[{]/;

/** The directory a glob searches from: its segments before the first with a wildcard. */
function globBase(entry: string, cwd: string): string {
  const segs = entry.split('/');
  const i = segs.findIndex((s) => GLOB.test(s));
  return resolve(cwd, segs.slice(0, i).join('/') || '.');
}

/**
 * A file found under `base` belongs to the directory directly under it (the artifact), whatever
 * lies deeper inside that directory; a file at `base` itself to `base`. A file named on its own
 * belongs to its directory, or to its own name when it is not called results.json.
 */
export function machineOf(path: string, base: string | null): string {
  if (base === null) return basename(path) === 'results.json' ? basename(dirname(path)) : basename(path).replace(/\.json$/i, '');
  const parts = relative(base, path).split(sep);
  return parts.length > 1 ? parts[0]! : basename(base);
}

/** Expand entries (files, directories searched for results.json, globs) into files sorted by path, each with its machine. */
export async function expandResultsInputs(entries: string[], cwd: string): Promise<FoundFile[]> {
  const found = new Map<string, string>();
  const add = (path: string, machine: string) => {
    if (!found.has(path)) found.set(path, machine);
  };
  for (const entry of entries) {
    const abs = resolve(cwd, entry);
    if (GLOB.test(entry)) {
      const base = globBase(entry, cwd);
      for await (const p of glob(entry, { cwd })) add(resolve(cwd, p), machineOf(resolve(cwd, p), base));
      continue;
    }
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new UserError(`results entry "${entry}" does not exist (resolved to ${abs})`, 'list results.json files, directories holding them, or globs such as artifacts/*/results.json');
    }
    if (st.isDirectory()) {
      for await (const p of glob('**/results.json', { cwd: abs })) add(join(abs, p), machineOf(join(abs, p), abs));
    } else {
      add(abs, machineOf(abs, null));
    }
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, machine]) => ({ path, machine }));
}

/** Files grouped by the machine they stand for, in path order. */
export function claimsOf(files: FoundFile[]): Map<string, string[]> {
  const claims = new Map<string, string[]>();
  for (const f of files) claims.set(f.machine, [...(claims.get(f.machine) ?? []), f.path]);
  return claims;
}

/**
 * The other machine of the fleet a file's own host name names (compared case-insensitively, also
 * without its domain), or null. Such a file speaks for a machine it was not found as.
 */
export function impersonated(r: Results, machine: string, fleet: Iterable<string>): string | null {
  const host = r.host?.hostname?.trim().toLowerCase();
  if (!host) return null;
  const names = new Set([host, host.split('.')[0]!]);
  for (const other of fleet) {
    if (other.toLowerCase() !== machine.toLowerCase() && names.has(other.toLowerCase())) return other;
  }
  return null;
}
