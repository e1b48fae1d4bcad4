// The Action's `bisect`: `/perf bisect` on a PR bisects the PR's own commits (branch point..head,
// first-parent) when the PR's stored experiment, decided again from its launches, is a regression;
// a dispatch's good/bad inputs bisect a range (on main). The refs come from the API (the PR) or the
// workflow inputs, never from the comment's text; every git call is an argv, never a shell.
import type { Plan } from '../plan/types.ts';
import { existsSync } from 'node:fs';
import { ExperimentStore, defaultStorePath } from '../store/experiment-store.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';
import { UserError } from '../sys/errors.ts';
import { mergeBase } from '../build/compare.ts';
import { asGateOutcome } from '../stats/policy.ts';
import { buildReportModel, type ReportModel } from '../report/index.ts';
import type { BisectResult } from '../report/bisect.ts';
import { bisect, type BisectOutput } from './bisect.ts';
import { latestForHead } from './action-more.ts';
import { decidedAgain } from './read-results.ts';

export interface BisectForActionOptions {
  log: (line: string) => void;
  cacheDir: string | null;
  store: string | null;
  maxBuilds: number | null;
  minutes: number | null;
  onInconclusive: 'pass' | 'fail';
  onIncomplete: 'pass' | 'fail';
  /** A PR's base and head commits (from the API), or a dispatch's good and bad refs. */
  range: { kind: 'pull'; number: number; base: string; head: string } | { kind: 'refs'; good: string; bad: string };
}

export interface ActionBisect {
  /** The PR's stored experiment as its sticky comment shows it (decided again), or null (a range). */
  pull: ReportModel | null;
  /** What was bisected, or null with the one line saying why nothing was. */
  bisected: (BisectOutput & { result: BisectResult }) | null;
  line: string;
}

/** The PR's newest stored experiment of its head, decided again from its launches (never its stored verdict). */
function storedPull(plan: Plan, storePath: string, number: number, head: string, o: BisectForActionOptions): ReportModel {
  const missing = (why: string) => new UserError(
    `/perf bisect: PR #${number} has no stored experiment of head ${head.slice(0, 12)} to bisect: ${why}`,
    'run the benchmark for this PR first; on ephemeral runners restore the store (the cache-dir) with actions/cache, as docs/workflows/perf-more.yml does',
  );
  if (!existsSync(storePath)) throw missing(`the store ${storePath} does not exist on this runner`);
  const store = ExperimentStore.open(storePath, { readOnly: true });
  try {
    const id = latestForHead(store, head, plan.compare);
    if (!id) throw missing(`the store ${storePath} has none`);
    const results = decidedAgain(store.loadResults(id));
    return buildReportModel([results], { onInconclusive: o.onInconclusive, onIncomplete: o.onIncomplete });
  } finally {
    store.close();
  }
}

export async function bisectForAction(plan: Plan, o: BisectForActionOptions): Promise<ActionBisect> {
  const cacheDir = o.cacheDir ?? defaultCacheDir();
  const storePath = o.store ?? defaultStorePath(cacheDir);
  let good: string;
  let bad: string;
  let pull: ReportModel | null = null;
  if (o.range.kind === 'pull') {
    pull = storedPull(plan, storePath, o.range.number, o.range.head, o);
    const verdict = asGateOutcome(pull.overall);
    if (verdict !== 'regression') {
      return { pull, bisected: null, line: `/perf bisect: PR #${o.range.number}'s verdict is ${verdict}, not a regression: nothing to bisect` };
    }
    const point = await mergeBase(plan.repo, o.range.base, o.range.head);
    if (!point) throw new UserError(`/perf bisect: PR #${o.range.number}'s head has no common history with its base in ${plan.repo}`, 'check out with fetch-depth: 0');
    [good, bad] = [point, o.range.head];
  } else {
    [good, bad] = [o.range.good, o.range.bad];
  }
  o.log(`bisect ${good.slice(0, 12)}..${bad.slice(0, 12)}`);
  const out = await bisect({ plan, good, bad, maxBuilds: o.maxBuilds, minutes: o.minutes }, { cacheDir, store: storePath, log: o.log });
  return { pull, bisected: out, line: out.result.summary };
}
