// The Action's `more`: the PR's stored experiment (found by its two commits in the store that the
// runner keeps, or that the workflow restored with actions/cache) gets more blocks; results.json
// and report.md are rewritten and the caller updates the sticky comment in place.
import type { ReportModel } from '../report/index.ts';
import type { Plan } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import { UserError } from '../sys/errors.ts';
import { existsSync } from 'node:fs';
import { ExperimentStore, defaultStorePath } from '../store/experiment-store.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';
import { extendExperiment } from './extend.ts';

export interface ExtendForActionOptions {
  log: (line: string) => void;
  cacheDir: string | null;
  store: string | null;
  blocks: number;
}

/**
 * The newest experiment of this PR head in this --compare mode: with merge, B is a merge of the head
 * into a base tip that has moved on since, so the stored pair is found by the head it measured.
 */
export function latestForHead(store: ExperimentStore, head: string, mode: Plan['compare']): string | null {
  const found = store.list().filter((e) => e.header.plan.comparison?.head === head && e.header.plan.comparison.requested === (mode ?? 'refs'));
  return found.at(-1)?.id ?? null;
}

export async function extendForAction(plan: Plan, o: ExtendForActionOptions): Promise<{ results: Results; resultsPath: string; model: ReportModel }> {
  const cacheDir = o.cacheDir ?? defaultCacheDir();
  const storePath = o.store ?? defaultStorePath(cacheDir);
  const [a, b] = plan.variants.map((v) => v.ref);
  const missing = (why: string) =>
    new UserError(
      `no stored experiment to extend for base ${a.slice(0, 12)} and head ${b.slice(0, 12)}: ${why}`,
      'run the benchmark for this PR first; on ephemeral runners restore the store (the cache-dir) with actions/cache, as docs/workflows/perf-more.yml does',
    );
  if (!existsSync(storePath)) throw missing(`the store ${storePath} does not exist on this runner`);
  const store = ExperimentStore.open(storePath);
  let id: string | null;
  try {
    id = latestForHead(store, b, plan.compare) ?? store.latestByCommits(a, b);
  } finally {
    store.close();
  }
  if (!id) throw missing(`the store ${storePath} has none`);
  o.log(`extending experiment ${id} by ${o.blocks} blocks (store ${storePath})`);
  const out = await extendExperiment({ storePath, id, blocks: o.blocks, out: plan.out, repo: plan.repo, models: plan.models, force: true }, { cacheDir, log: o.log });
  return { results: out.results, resultsPath: out.resultsPath, model: out.model };
}
