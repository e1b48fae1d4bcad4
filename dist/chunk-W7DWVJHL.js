import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  extendExperiment
} from "./chunk-MIHJIGRM.js";
import {
  ExperimentStore,
  defaultStorePath
} from "./chunk-2SJ5SS7F.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/pipeline/action-more.ts
import { existsSync } from "node:fs";
function latestForHead(store, head, mode) {
  const found = store.list().filter((e) => e.header.plan.comparison?.head === head && e.header.plan.comparison.requested === (mode ?? "refs"));
  return found.at(-1)?.id ?? null;
}
async function extendForAction(plan, o) {
  const cacheDir = o.cacheDir ?? defaultCacheDir();
  const storePath = o.store ?? defaultStorePath(cacheDir);
  const [a, b] = plan.variants.map((v) => v.ref);
  const missing = (why) => new UserError(
    `no stored experiment to extend for base ${a.slice(0, 12)} and head ${b.slice(0, 12)}: ${why}`,
    "run the benchmark for this PR first; on ephemeral runners restore the store (the cache-dir) with actions/cache, as docs/workflows/perf-more.yml does"
  );
  if (!existsSync(storePath)) throw missing(`the store ${storePath} does not exist on this runner`);
  const store = ExperimentStore.open(storePath);
  let id;
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

export {
  latestForHead,
  extendForAction
};
