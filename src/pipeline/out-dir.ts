// --out belongs to one experiment and one run at a time. A lock (the tool's one lock rule) keeps two
// runs (or a run and a `more`) out of the same directory; a results.json of another experiment there
// is refused unless the user says --force. claimOut is the one check for `run`, claimOutFor for `more`.
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { tryLock, waitLine, type Lock } from '../sys/lock.ts';
import type { Plan } from '../plan/types.ts';
import type { Results } from '../store/results.ts';

export const OUT_LOCK = '.llama-perf-gate.lock';

/** What makes two runs the same experiment: what was built, what was run, on what. */
export interface ExperimentIdentity {
  repo: string;
  /** The models' paths, comma-separated. */
  model: string;
  variants: { id: string; ref: string; commit: string | null; cmakeArgs: string[]; runArgs: string[]; env: Record<string, string>; slowdown?: number }[];
  workloads: string[];
}

export function experimentIdentity(plan: Plan, commits: (string | null)[]): ExperimentIdentity {
  return {
    repo: plan.repo,
    model: (plan.models ?? [{ path: (plan as { model?: string }).model ?? '' }]).map((m) => m.path).join(','),
    variants: plan.variants.map((v, i) => ({ id: v.id, ref: v.ref, commit: commits[i] ?? null, cmakeArgs: v.cmakeArgs, runArgs: v.runArgs, env: v.env, slowdown: v.slowdown })),
    workloads: plan.workloads.map((w) => w.id),
  };
}

function identityOfResults(r: Partial<Results>): ExperimentIdentity | null {
  const plan = r.plan;
  if (!plan || !Array.isArray(plan.variants) || !Array.isArray(plan.workloads)) return null;
  const commits = plan.variants.map((v) => r.builds?.find((b) => b.variant === v.id)?.commit ?? null);
  try {
    return experimentIdentity(plan, commits);
  } catch {
    return null;
  }
}

/** The first difference between two identities, in words; null when they are the same experiment. */
export function identityDifference(had: ExperimentIdentity, now: ExperimentIdentity): string | null {
  if (had.repo !== now.repo) return `repo ${had.repo}, not ${now.repo}`;
  if (had.model !== now.model) return `model ${had.model}, not ${now.model}`;
  for (const [i, v] of now.variants.entries()) {
    const h = had.variants[i];
    if (!h) return 'fewer variants';
    if (h.commit && v.commit && h.commit !== v.commit) return `variant ${v.id} at ${h.ref} (${h.commit.slice(0, 12)}), not ${v.ref} (${v.commit.slice(0, 12)})`;
    if (!(h.commit && v.commit) && h.ref !== v.ref) return `variant ${v.id} at ${h.ref}, not ${v.ref}`;
    if (JSON.stringify([h.cmakeArgs, h.runArgs, h.env, h.slowdown]) !== JSON.stringify([v.cmakeArgs, v.runArgs, v.env, v.slowdown])) return `variant ${v.id} with other CMake args, run args, env or slowdown`;
  }
  if (JSON.stringify(had.workloads) !== JSON.stringify(now.workloads)) return `workloads ${had.workloads.join(',')}, not ${now.workloads.join(',')}`;
  return null;
}

/** The experiment a results.json in --out is an export of: its id and the launches it holds. */
export interface HeldExperiment {
  path: string;
  id: string;
  /** Measured launches (llama-bench and depth sweep; a launch an interrupt cut short is not one). */
  launches: number;
}

export interface OutClaim {
  lock: Lock;
  /** The results.json found there: none, the same experiment's, or another's overwritten by --force. */
  previous: 'none' | 'same' | 'forced';
  /** When previous is 'same': the experiment that file holds, if it names one. */
  held: HeldExperiment | null;
  release(): Promise<void>;
}

/**
 * Takes --out for this run: creates it, locks it (refused at once, naming the holder, when another
 * run holds it), and refuses a results.json of another experiment unless `force`.
 */
export async function claimOut(out: string, identity: ExperimentIdentity, opts: { force?: boolean; log?: (line: string) => void } = {}): Promise<OutClaim> {
  const got = await lockOut(out, opts.log);
  try {
    const previous = checkPrevious(out, identity, opts);
    return { lock: got, previous, held: previous === 'same' ? heldExperiment(out) : null, release: () => got.release() };
  } catch (e) {
    await got.release();
    throw e;
  }
}

/**
 * Takes --out for `more` of experiment `id`: locked like a run's, and refused when its results.json
 * is another experiment's export (the CLI's more has no --force: those results are not its to
 * overwrite; the Action's job directory is its own, `force`).
 */
export async function claimOutFor(out: string, id: string, opts: { force?: boolean; log?: (line: string) => void } = {}): Promise<Lock> {
  const got = await lockOut(out, opts.log);
  const path = join(out, 'results.json');
  if (!opts.force && existsSync(path)) {
    const held = heldExperiment(out);
    if (held?.id !== id) {
      await got.release();
      throw new UserError(
        `--out ${out} holds ${held ? `the results of experiment ${held.id.slice(0, 4)}…` : 'a results.json of no experiment'}, not of experiment ${id.slice(0, 4)}…; refusing to overwrite them`,
        'give that experiment\'s own --out, or another directory, e.g. --out perf-out-more',
      );
    }
  }
  return got;
}

/** Creates and locks --out; refused at once, naming the holder, when another run holds it. */
async function lockOut(out: string, log?: (line: string) => void): Promise<Lock> {
  mkdirSync(out, { recursive: true });
  const lockPath = join(out, OUT_LOCK);
  const got = await tryLock(lockPath, `writing ${out}`, (prev) => log?.(`took over the lock of ${out} left by pid ${prev?.pid ?? '?'} (that process is gone)`));
  if (!('release' in got)) {
    throw new UserError(`--out ${out} is in use: ${waitLine(got.heldBy, lockPath).replace(/^waiting for /, '')}`, 'wait for that run to finish, or write elsewhere, e.g. --out perf-out-2');
  }
  return got;
}

/** The experiment the results.json in `out` is an export of; null when there is none or it names none. */
export function heldExperiment(out: string): HeldExperiment | null {
  const path = join(out, 'results.json');
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as Partial<Results>;
    const id = r.experiment?.id;
    if (typeof id !== 'string') return null;
    const measured = [...(Array.isArray(r.launches) ? r.launches : []), ...(Array.isArray(r.depthLaunches) ? r.depthLaunches : [])].filter((l) => l?.status !== 'skipped');
    return { path, id, launches: measured.length };
  } catch {
    return null;
  }
}

function checkPrevious(out: string, identity: ExperimentIdentity, opts: { force?: boolean; log?: (line: string) => void }): OutClaim['previous'] {
  const path = join(out, 'results.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return 'none';
  }
  let had: ExperimentIdentity | null = null;
  try {
    had = identityOfResults(JSON.parse(text) as Partial<Results>);
  } catch {
    had = null;
  }
  const why = had ? identityDifference(had, identity) : 'a results.json this version cannot read';
  if (why === null) return 'same';
  if (!opts.force) {
    throw new UserError(
      `--out ${out} holds the results of another experiment (${why}); refusing to overwrite them`,
      'give another directory, e.g. --out perf-out-2, or add --force to overwrite them',
    );
  }
  opts.log?.(`--force: overwriting the results of another experiment in ${out} (${why})`);
  return 'forced';
}

/**
 * Moves the exports of experiment `id` (results.json, report.md, report.html) in `out` into
 * `out/previous-<id>/` before a new experiment's export replaces them: a rerun of a finished
 * experiment measures again, and the earlier results stay readable where they were, not only in the store.
 */
export function keepPreviousExport(out: string, id: string, log: (line: string) => void): string | null {
  if (heldExperiment(out)?.id !== id) return null;
  const dir = join(out, `previous-${id.slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  const moved = ['results.json', 'report.md', 'report.html'].filter((f) => existsSync(join(out, f)));
  for (const f of moved) renameSync(join(out, f), join(dir, f));
  log(`kept experiment ${id.slice(0, 4)}…'s ${moved.join(', ')} in ${dir} (a new experiment's results replace them in ${out})`);
  return dir;
}
