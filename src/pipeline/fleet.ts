// Fleet mode: a matrix over runner labels ran the same benchmark on several machines, each
// uploading its results.json as an artifact. This collects those files (validated strictly: they
// are untrusted data) so one comment and one check can show a section per machine.
import { glob, stat, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import type { Results } from '../store/results.ts';
import { readResultsFile } from '../store/read-results.ts';

export const AGGREGATE_SCHEMA = 'llama-perf-gate/aggregate@1';
const MAX_MACHINES = 64;

export interface Machine {
  /** The artifact directory's name when files sit in one directory each, else null (host name). */
  label: string | null;
  source: string;
  results: Results;
}

/** Expand entries (files, directories searched for results.json, globs) into sorted unique paths. */
export async function expandResultsInputs(entries: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const entry of entries) {
    const abs = resolve(cwd, entry);
    if (/[*?[{]/.test(entry)) {
      for await (const p of glob(entry, { cwd })) found.add(resolve(cwd, p));
      continue;
    }
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new UserError(`results entry "${entry}" does not exist (resolved to ${abs})`, 'list results.json files, directories holding them, or globs such as artifacts/*/results.json');
    }
    if (st.isDirectory()) {
      for await (const p of glob('**/results.json', { cwd: abs })) found.add(join(abs, p));
    } else {
      found.add(abs);
    }
  }
  return [...found].sort();
}

export async function loadMachines(entries: string[], cwd: string): Promise<Machine[]> {
  const paths = await expandResultsInputs(entries, cwd);
  if (paths.length === 0) {
    throw new UserError(`no results.json found in: ${entries.join(', ')}`, 'did every matrix job upload its artifact, and did download-artifact put them under that path?');
  }
  if (paths.length > MAX_MACHINES) throw new UserError(`${paths.length} results files found; the fleet limit is ${MAX_MACHINES}`);
  const machines: Machine[] = [];
  for (const p of paths) machines.push({ label: null, source: p, results: await readResultsFile(p) });
  // Artifacts downloaded with download-artifact land in one directory per artifact, named by the
  // workflow (e.g. perf-<runner label>): a better section title than a host name, when distinct.
  const dirs = paths.map((p) => basename(dirname(p)));
  if (new Set(dirs).size === dirs.length) machines.forEach((m, i) => (m.label = dirs[i]));
  return machines;
}

/** The merged record of a fleet run, written before anything is posted. */
export async function writeAggregate(path: string, machines: Machine[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const doc = { schema: AGGREGATE_SCHEMA, machines: machines.map((m) => ({ label: m.label, source: m.source, results: m.results })) };
  await writeFile(path, JSON.stringify(doc, null, 2) + '\n');
}
