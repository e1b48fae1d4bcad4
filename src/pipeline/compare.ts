// --compare applied to a plan: the two commits measured (build/compare.ts), recorded in the plan as
// data for results.json and the report, and the variants pinned to those commits, so a resume, a
// `more` or another machine of a fleet builds exactly the same pair.
import type { Plan } from '../plan/types.ts';
import { resolveComparison, type CompareRequest } from '../build/compare.ts';

export interface Compared {
  /** Said once in the log and kept in results.json's notes. */
  warnings: string[];
}

export async function applyComparison(plan: Plan, testMerge?: CompareRequest['testMerge']): Promise<Compared> {
  const [a, b] = plan.variants;
  const mode = plan.compare ?? 'refs';
  const c = await resolveComparison({ repo: plan.repo, mode, baseRef: a.ref, headRef: b.ref, testMerge });
  plan.compare = mode;
  plan.comparison = c;
  if (c.mode !== 'refs') plan.variants = [{ ...a, ref: c.a }, { ...b, ref: c.b }];
  const warnings: string[] = [];
  if (c.fallback) warnings.push(`--compare ${c.requested} fell back to branch-point: ${c.fallback}`);
  if (c.mode === 'refs' && c.baseMoved !== null && c.baseMoved > 0) {
    warnings.push(`${c.baseRef} is ${c.baseMoved} commit${c.baseMoved === 1 ? '' : 's'} ahead of the branch point; --compare merge measures what merging does`);
  }
  return { warnings };
}
