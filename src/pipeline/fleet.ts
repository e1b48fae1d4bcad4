// Fleet mode: a matrix over runner labels ran the same benchmark on several machines, each
// uploading its results.json as an artifact. This collects those files (validated strictly: they
// are untrusted data) so one comment and one check can show a section per machine, and says which
// machines are missing or cannot be compared.
import { glob, stat, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../sys/errors.ts';
import type { Results } from '../store/results.ts';
import { readTrustedResults } from './read-results.ts';
import type { FleetProblem } from '../report/fleet.ts';
import { designOf } from '../stats/design-replay.ts';
import { DEFAULT_SPENDING } from '../stats/spending.ts';

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
 * measured different commits of A or B cannot be compared: a problem that fails the gate. With
 * `design` (the Action's post mode), a file decided with another rule is a failed problem too.
 */
export async function loadFleet(entries: string[], cwd: string, expected: string[] = [], design?: Design): Promise<Fleet> {
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
      const results = await readTrustedResults(p);
      if (results.host?.hostname) seen.add(results.host.hostname);
      const refused = design && designMismatch(results, design, labels[i] ? `results.json from ${labels[i]}` : p);
      if (refused) problems.push(refused);
      else machines.push({ label: labels[i], source: p, results });
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

/** The decision rule: margin, α, method, spending, horizon and looks (stats/design-replay.ts). */
export type Design = ReturnType<typeof designOf>;

/** The inputs (flags of `run`) that set each part of the rule: what a posting job reads, and names in the fix. */
export const DESIGN_INPUTS: Record<string, string[]> = {
  margin: ['margin'], alpha: ['alpha'], method: ['method'], spending: ['spending'], horizon: ['max-blocks', 'horizon'], looks: ['max-blocks', 'looks'],
};

/**
 * A results file from another job is decided with the rule the posting workflow declares (`design`,
 * from its own inputs), never with the one the file states: a PR author controls the benchmark job's
 * inputs and can forge the file, and `margin: 0.5` would turn a 30% regression into a neutral. A
 * file whose plan states another rule is not re-decided with this one (its looks and its stopping
 * are how it ran; other looks would misdescribe the run) and not shown as decided: it is a `failed`
 * problem, one line naming each part that differs, so the check fails (failure is never a pass).
 * Looks after the declared max-blocks, up to the horizon, are a continuation (`more`), not a change.
 * Null when the rules agree, or when nothing was launched (then nothing was decided).
 */
export function designMismatch(r: Results, design: Design, subject: string): FleetProblem | null {
  if (r.launches.length === 0) return null;
  const file = designOf(r.plan);
  const last = design.looks[design.looks.length - 1];
  const looksAgree =
    file.looks.filter((l) => l <= last).join() === design.looks.join() && file.looks.every((l) => l <= last || l <= design.horizon);
  const parts: [string, string | number, string | number, boolean][] = [
    ['margin', file.margin, design.margin, file.margin === design.margin],
    ['alpha', file.alpha, design.alpha, file.alpha === design.alpha],
    ['method', file.method, design.method, file.method === design.method],
    ['spending', file.spending ?? DEFAULT_SPENDING, design.spending ?? DEFAULT_SPENDING, (file.spending ?? DEFAULT_SPENDING) === (design.spending ?? DEFAULT_SPENDING)],
    ['horizon', file.horizon, design.horizon, file.horizon === design.horizon],
    ['looks', file.looks.join(','), design.looks.join(','), looksAgree],
  ];
  const differ = parts.filter(([, , , same]) => !same);
  if (differ.length === 0) return null;
  const one = differ.length === 1;
  const theirs = differ.map(([k, v]) => `${k} ${v}`).join(', ');
  const ours = differ.map(([k, , v]) => (one ? `${v}` : `${k} ${v}`)).join(', ');
  const inputs = [...new Set(differ.flatMap(([k]) => DESIGN_INPUTS[k]))];
  return {
    text: `${subject} was decided with ${theirs}; this workflow declares ${ours}: a results file cannot choose its own ${differ.map(([k]) => k).join(', ')} ` +
      `(set the same ${inputs.map((i) => `\`${i}\``).join(', ')} input${inputs.length > 1 ? 's' : ''} on both jobs)`,
    outcome: 'failed',
  };
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
