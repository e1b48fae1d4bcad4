// --out belongs to one experiment and one run at a time. A lock (the tool's one lock rule) keeps two
// runs out of the same directory; a results.json of another experiment there is refused unless the
// user says --force. claimOut is the one check (resume of the same experiment builds on it).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { tryLock, waitLine, type Lock } from '../sys/lock.ts';
import type { Plan } from '../plan/types.ts';
import type { Results } from '../store/results.ts';

export const OUT_LOCK = '.llama-perf-gate.lock';

/** What makes two runs the same experiment: what was built, what was run, on what. */
export interface ExperimentIdentity {
  repo: string;
  model: string;
  variants: { id: string; ref: string; commit: string | null; cmakeArgs: string[]; runArgs: string[]; env: Record<string, string> }[];
  workloads: string[];
}

export function experimentIdentity(plan: Plan, commits: (string | null)[]): ExperimentIdentity {
  return {
    repo: plan.repo,
    model: plan.model,
    variants: plan.variants.map((v, i) => ({ id: v.id, ref: v.ref, commit: commits[i] ?? null, cmakeArgs: v.cmakeArgs, runArgs: v.runArgs, env: v.env })),
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
    if (JSON.stringify([h.cmakeArgs, h.runArgs, h.env]) !== JSON.stringify([v.cmakeArgs, v.runArgs, v.env])) return `variant ${v.id} with other CMake args, run args or env`;
  }
  if (JSON.stringify(had.workloads) !== JSON.stringify(now.workloads)) return `workloads ${had.workloads.join(',')}, not ${now.workloads.join(',')}`;
  return null;
}

export interface OutClaim {
  lock: Lock;
  /** The results.json found there: none, the same experiment's, or another's overwritten by --force. */
  previous: 'none' | 'same' | 'forced';
  release(): Promise<void>;
}

/**
 * Takes --out for this run: creates it, locks it (refused at once, naming the holder, when another
 * run holds it), and refuses a results.json of another experiment unless `force`.
 */
export async function claimOut(out: string, identity: ExperimentIdentity, opts: { force?: boolean; log?: (line: string) => void } = {}): Promise<OutClaim> {
  mkdirSync(out, { recursive: true });
  const lockPath = join(out, OUT_LOCK);
  const got = await tryLock(lockPath, `writing ${out}`, (prev) => opts.log?.(`took over the lock of ${out} left by pid ${prev?.pid ?? '?'} (that process is gone)`));
  if (!('release' in got)) {
    throw new UserError(`--out ${out} is in use: ${waitLine(got.heldBy, lockPath).replace(/^waiting for /, '')}`, 'wait for that run to finish, or write elsewhere, e.g. --out perf-out-2');
  }
  try {
    const previous = checkPrevious(out, identity, opts);
    return { lock: got, previous, release: () => got.release() };
  } catch (e) {
    await got.release();
    throw e;
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
