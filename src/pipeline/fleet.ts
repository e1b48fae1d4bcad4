// Fleet mode: a matrix over runner labels ran the same benchmark on several machines, each
// uploading its results.json as an artifact. This collects those files (validated strictly: they
// are untrusted data) so one comment and one check can show a section per machine, and says which
// machines are missing or cannot be compared.
import { mkdir } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { writeFileAtomic } from '../sys/atomic-file.ts';
import type { Results } from '../store/results.ts';
import { readTrustedResults } from './read-results.ts';
import type { FleetProblem } from '../report/fleet.ts';
import { countedBlocksOf, designOf } from '../stats/design-replay.ts';
import { defaultHorizon, looksFor } from '../plan/decision-rule.ts';
import { DEFAULT_SPENDING } from '../stats/spending.ts';
import { claimsOf, expandResultsInputs, impersonated } from './fleet-files.ts';

export const AGGREGATE_SCHEMA = 'llama-perf-gate/aggregate@1';
const MAX_MACHINES = 64;

export interface Machine {
  /** The machine as the trusted job laid out its file: the artifact directory (pipeline/fleet-files.ts). */
  label: string;
  source: string;
  results: Results;
}

export { expandResultsInputs };

export interface Fleet {
  /** Machines whose results.json passed the strict reader (their verdicts recomputed from samples). */
  machines: Machine[];
  /** Fleet-wide problems: a machine without valid results, machines that measured different commits. */
  problems: FleetProblem[];
}

/**
 * Collect a fleet's results. Each file stands for the machine the trusted job's layout names (its
 * artifact directory), never for the host its contents claim. A file that fails the strict reader
 * does not stop the others: it becomes a problem row ("no results from …: why"), as does every
 * machine of `expected` that sent nothing; either makes the outcome incomplete. Two files for one
 * machine, a file whose own host name is another machine of the fleet, machines that measured
 * different commits of A or B and, with `design` (the Action's post mode), a file decided with
 * another rule are failed problems: each fails the gate.
 */
export async function loadFleet(entries: string[], cwd: string, expected: string[] = [], design?: Design): Promise<Fleet> {
  const files = await expandResultsInputs(entries, cwd);
  if (files.length === 0 && expected.length === 0) {
    throw new UserError(`no results.json found in: ${entries.join(', ')}`, 'did every matrix job upload its artifact, and did download-artifact put them under that path?');
  }
  if (files.length > MAX_MACHINES) throw new UserError(`${files.length} results files found; the fleet limit is ${MAX_MACHINES}`);
  const claims = claimsOf(files);
  const fleetNames = [...new Set([...expected, ...claims.keys()])];
  const machines: Machine[] = [];
  const problems: FleetProblem[] = [];
  for (const [name, paths] of claims) {
    if (paths.length > 1) {
      problems.push({ text: `${paths.length} results files stand for ${name} (${paths.map((p) => relative(cwd, p)).join(', ')}): one machine sends one file, so none of them is counted`, outcome: 'failed' });
      continue;
    }
    const [p] = paths as [string];
    const subject = `results.json from ${name}`;
    try {
      const results = await readTrustedResults(p);
      const other = impersonated(results, name, fleetNames);
      const refused = other !== null
        ? { text: `${subject} names its host ${results.host!.hostname}, which is ${other}: a file stands for the machine whose artifact it came in, so it is not counted for either`, outcome: 'failed' as const }
        : design && designMismatch(results, design, subject);
      if (refused) problems.push(refused);
      else machines.push({ label: name, source: p, results });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push({ text: `no results from ${name}: ${e.message}`, outcome: 'incomplete' });
    }
  }
  for (const name of expected) {
    if (!claims.has(name)) problems.push({ text: `no results from ${name}: no results.json for it under ${entries.join(', ')} (the job failed, was cancelled, or uploaded nothing)`, outcome: 'incomplete' });
  }
  problems.push(...commitProblems(machines));
  return { machines, problems };
}

/**
 * The decision rule: margin, α, method, spending, horizon and looks (stats/design-replay.ts), and
 * whether the launches ran in an emulated guest (numa-guest), where throughput is never decided:
 * a file cannot choose that for itself either.
 */
export type Design = ReturnType<typeof designOf> & { numaGuest?: number };

/** The inputs (flags of `run`) that set each part of the rule: what a posting job reads, and names in the fix. */
export const DESIGN_INPUTS: Record<string, string[]> = {
  margin: ['margin'], alpha: ['alpha'], method: ['method'], spending: ['spending'], horizon: ['max-blocks', 'horizon'], looks: ['max-blocks', 'looks'], 'numa-guest': ['numa-guest'],
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
  const taken = looksTaken(r);
  const last = design.looks[design.looks.length - 1];
  const looksAgree = taken.filter((l) => l <= last).join() === design.looks.join() && taken.every((l) => l <= last || l <= design.horizon);
  const parts: [string, string | number, string | number, boolean][] = [
    ['margin', file.margin, design.margin, file.margin === design.margin],
    ['alpha', file.alpha, design.alpha, file.alpha === design.alpha],
    ['method', file.method, design.method, file.method === design.method],
    ['spending', file.spending ?? DEFAULT_SPENDING, design.spending ?? DEFAULT_SPENDING, (file.spending ?? DEFAULT_SPENDING) === (design.spending ?? DEFAULT_SPENDING)],
    ['horizon', file.horizon, design.horizon, file.horizon === design.horizon],
    ['looks', file.looks.join(','), design.looks.join(','), looksAgree],
    ['numa-guest', r.plan.levers.numaGuest ?? 'none', design.numaGuest ?? 'none', (r.plan.levers.numaGuest ?? 0) === (design.numaGuest ?? 0)],
  ];
  const differ = parts.filter(([, , , same]) => !same);
  if (differ.length === 0) return null;
  const one = differ.length === 1;
  const theirs = differ.map(([k, v]) => `${k} ${v}`).join(', ');
  const ours = differ.map(([k, , v]) => (one ? `${v}` : `${k} ${v}`)).join(', ');
  const inputs = [...new Set(differ.flatMap(([k]) => DESIGN_INPUTS[k]))];
  const rule = Object.entries(ruleInputs(r, differ.map(([k]) => k))).map(([k, v]) => `\`${k}: ${v}\``);
  return {
    text: `${subject} was decided with ${theirs}; this workflow declares ${ours}: a results file cannot choose its own ${differ.map(([k]) => k).join(', ')} ` +
      `(set the same ${inputs.map((i) => `\`${i}\``).join(', ')} input${inputs.length > 1 ? 's' : ''} on both jobs${rule.length ? `; ${rule.join(', ')} reproduce${rule.length > 1 ? '' : 's'} this file's rule` : ''})`,
    outcome: 'failed',
  };
}

/**
 * The looks a file's plan could take: those up to the blocks it planned (or measured, if more), and
 * its horizon when it reached it (the engine looks there too). A plan of the @1 era listed 5,10,20,30
 * whatever its max-blocks; looks it never reached are not part of its rule.
 */
function looksTaken(r: Results): number[] {
  const d = designOf(r.plan);
  const reach = Math.max(r.plan.maxBlocks, countedBlocksOf(r));
  return [...new Set([...d.looks, d.horizon].filter((l) => l <= reach))].sort((a, b) => a - b);
}

/** The posting job's inputs that declare the file's rule for `parts` (what `run` would need to plan it). */
export function ruleInputs(r: Results, parts: string[]): Record<string, string> {
  const file = designOf(r.plan);
  const out: Record<string, string> = {};
  for (const k of ['margin', 'alpha', 'method', 'spending'] as const) if (parts.includes(k)) out[k] = String(file[k] ?? DEFAULT_SPENDING);
  if (parts.includes('numa-guest') && r.plan.levers.numaGuest) out['numa-guest'] = String(r.plan.levers.numaGuest);
  if (parts.includes('horizon') || parts.includes('looks')) {
    const max = r.plan.maxBlocks;
    out['max-blocks'] = String(max);
    if (file.horizon !== defaultHorizon(max)) out.horizon = String(file.horizon);
    const looks = looksTaken(r).filter((l) => l <= max);
    if (looks.join() !== looksFor(max).join()) out.looks = looks.filter((l) => l < max).join(',') || String(max);
  }
  return out;
}

/** Every machine must have measured the same A and the same B commit, or the rows do not compare. */
export function commitProblems(machines: Machine[]): FleetProblem[] {
  const out: FleetProblem[] = [];
  for (const v of ['B', 'A'] as const) {
    const by = new Map<string, string[]>();
    for (const m of machines) {
      const c = m.results.builds.find((b) => b.variant === v)?.commit ?? '(unknown)';
      by.set(c, [...(by.get(c) ?? []), m.label]);
    }
    if (by.size > 1) {
      const list = [...by].map(([c, ms]) => `${c.slice(0, 12)} on ${ms.join(', ')}`).join('; ');
      out.push({ text: `the machines measured different ${v} commits (${list}): their results do not compare`, outcome: 'failed' });
    }
  }
  return out;
}

/** The head commit every machine measured as B (merged into the base, with --compare merge), or null when they differ or it is unknown. */
export function measuredHead(results: Results[]): string | null {
  const headOf = (r: Results) => {
    const b = r.builds.find((x) => x.variant === 'B')?.commit ?? null;
    const c = r.plan.comparison;
    return c?.merge && c.merge.commit === b ? c.head : b;
  };
  const commits = new Set(results.map(headOf));
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
  writeFileAtomic(path, JSON.stringify(doc, null, 2) + '\n');
}
