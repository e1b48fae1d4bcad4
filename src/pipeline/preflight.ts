// Everything checked before the run touches --out: the tools are there, every ref names a commit,
// and a ref that is the checkout's HEAD while the checkout has uncommitted changes is said out loud
// (only committed code is built, so those changes are not what gets measured).
import type { Plan } from '../plan/types.ts';
import { EnvironmentError, UserError } from '../sys/errors.ts';
import { resolveRef } from '../build/git.ts';
import { run, which } from '../sys/exec.ts';
import { detectToolchain } from '../build/toolchain.ts';
import { checkPlacements } from '../host/numa-policy.ts';
import { guestNodes, guestShape, guestTools } from '../host/guest/index.ts';

export interface Preflight {
  /** Commit of each variant, in plan order. */
  commits: string[];
  warnings: string[];
}

const FLAG = { A: '--base', B: '--head' } as const;

/**
 * The workloads' NUMA placement against the machine the launches run on: this host, or the
 * emulated guest of --numa-guest (whose packages are checked here, in one line, before any build).
 */
export function checkPlanPlacements(plan: Pick<Plan, 'workloads' | 'levers' | 'threads'>): void {
  const guest = plan.levers.numaGuest;
  if (guest) guestTools();
  checkPlacements(plan.workloads.map((w) => w.numa), guest ? guestNodes(guestShape(guest, plan.threads)) : undefined);
}

export async function preflight(plan: Plan): Promise<Preflight> {
  checkPlanPlacements(plan);
  if (!(await which('git'))) throw new EnvironmentError('cannot run git: not found on PATH', 'install it (apt-get install git) or put it on PATH');
  for (const v of plan.variants) {
    // A missing compiler or cmake is the machine's, not the input's (exit 3).
    await detectToolchain(v.cmakeArgs).catch((e: unknown) => {
      throw e instanceof UserError ? new EnvironmentError(e.message, e.hint) : e;
    });
  }
  const commits: string[] = [];
  for (const v of plan.variants) {
    try {
      commits.push(await resolveRef(plan.repo, v.ref));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const flag = FLAG[v.id];
      throw new UserError(`${flag} ${v.ref}: ${e.message}`, `${e.hint ? `${e.hint}; ` : ''}example: ${flag} main`);
    }
  }
  return { commits, warnings: await dirtyHeadWarnings(plan, commits) };
}

/** A warning per variant whose ref is the checkout's HEAD while its working tree has changes. */
export async function dirtyHeadWarnings(plan: Plan, commits: string[]): Promise<string[]> {
  const head = await run('git', ['-C', plan.repo, 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (head.code !== 0) return [];
  const headCommit = head.stdout.trim();
  const onHead = plan.variants.filter((_, i) => commits[i] === headCommit);
  if (onHead.length === 0) return [];
  const st = await run('git', ['-C', plan.repo, 'status', '--porcelain=v1', '--untracked-files=normal']);
  const files = st.stdout.split('\n').filter((l) => l.trim()).map((l) => l.slice(3));
  if (st.code !== 0 || files.length === 0) return [];
  const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? ` and ${files.length - 10} more` : '');
  return onHead.map(
    (v) =>
      `${FLAG[v.id]} ${v.ref} is the HEAD of ${plan.repo} (${headCommit.slice(0, 12)}), which has uncommitted changes (${shown}): ` +
      'only committed code is built, so these changes are NOT measured; commit them (or stash them) to benchmark them',
  );
}
