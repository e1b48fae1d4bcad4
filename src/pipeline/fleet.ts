// Fleet mode: a matrix over runner labels ran the same benchmark on several machines, each
// uploading its results.json as an artifact. This collects those files (validated strictly: they
// are untrusted data) so one comment and one check can show a section per machine, and says which
// machines are missing or cannot be compared.
import { glob, stat, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import type { Results } from '../store/results.ts';
import { readResultsFile } from '../store/read-results.ts';
import type { FleetProblem } from '../report/fleet.ts';

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

export interface Fleet {
  /** Machines whose results.json passed the strict reader (their verdicts recomputed from samples). */
  machines: Machine[];
  /** Fleet-wide problems: a machine without valid results, machines that measured different commits. */
  problems: FleetProblem[];
}

/** The directory name of each file when they are all distinct (download-artifact: one per artifact). */
function dirLabels(paths: string[]): (string | null)[] {
  const dirs = paths.map((p) => basename(dirname(p)));
  return new Set(dirs).size === dirs.length ? dirs : paths.map(() => null);
}

/**
 * Collect a fleet's results. A file that fails the strict reader does not stop the others: it
 * becomes a problem row ("no results from …: why"), as does every machine of `expected` (artifact
 * directory or host names) that sent nothing; either makes the outcome incomplete. Machines that
 * measured different commits of A or B cannot be compared: a problem that fails the gate.
 */
export async function loadFleet(entries: string[], cwd: string, expected: string[] = []): Promise<Fleet> {
  const paths = await expandResultsInputs(entries, cwd);
  if (paths.length === 0 && expected.length === 0) {
    throw new UserError(`no results.json found in: ${entries.join(', ')}`, 'did every matrix job upload its artifact, and did download-artifact put them under that path?');
  }
  if (paths.length > MAX_MACHINES) throw new UserError(`${paths.length} results files found; the fleet limit is ${MAX_MACHINES}`);
  const labels = dirLabels(paths);
  const machines: Machine[] = [];
  const problems: FleetProblem[] = [];
  const seen = new Set<string>();
  for (const [i, p] of paths.entries()) {
    const name = labels[i] ?? p;
    seen.add(name);
    try {
      const results = await readResultsFile(p);
      if (results.host?.hostname) seen.add(results.host.hostname);
      machines.push({ label: labels[i], source: p, results });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push({ text: `no results from ${name}: ${e.message}`, outcome: 'incomplete' });
    }
  }
  for (const name of expected) {
    if (!seen.has(name)) problems.push({ text: `no results from ${name}: no results.json for it under ${entries.join(', ')} (the job failed, was cancelled, or uploaded nothing)`, outcome: 'incomplete' });
  }
  problems.push(...commitProblems(machines));
  return { machines, problems };
}

/** Every machine must have measured the same A and the same B commit, or the rows do not compare. */
export function commitProblems(machines: Machine[]): FleetProblem[] {
  const out: FleetProblem[] = [];
  for (const v of ['B', 'A'] as const) {
    const by = new Map<string, string[]>();
    for (const m of machines) {
      const c = m.results.builds.find((b) => b.variant === v)?.commit ?? '(unknown)';
      by.set(c, [...(by.get(c) ?? []), m.label ?? m.results.host?.hostname ?? m.source]);
    }
    if (by.size > 1) {
      const list = [...by].map(([c, ms]) => `${c.slice(0, 12)} on ${ms.join(', ')}`).join('; ');
      out.push({ text: `the machines measured different ${v} commits (${list}): their results do not compare`, outcome: 'failed' });
    }
  }
  return out;
}

/** The one commit every machine measured as B, or null when they differ or it is unknown. */
export function measuredHead(results: Results[]): string | null {
  const commits = new Set(results.map((r) => r.builds.find((b) => b.variant === 'B')?.commit ?? null));
  const [only] = [...commits];
  return commits.size === 1 && typeof only === 'string' && /^[0-9a-f]{40}$/.test(only) ? only : null;
}

/** The merged record of a fleet run, written before anything is posted. */
export async function writeAggregate(path: string, fleet: Fleet): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const doc = {
    schema: AGGREGATE_SCHEMA,
    machines: fleet.machines.map((m) => ({ label: m.label, source: m.source, results: m.results })),
    problems: fleet.problems,
  };
  await writeFile(path, JSON.stringify(doc, null, 2) + '\n');
}
