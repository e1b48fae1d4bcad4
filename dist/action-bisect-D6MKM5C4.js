import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  bisect
} from "./chunk-HBXVNBLV.js";
import "./chunk-XOJGI6K3.js";
import {
  decidedAgain
} from "./chunk-36A2OLPC.js";
import {
  latestForHead
} from "./chunk-W7DWVJHL.js";
import "./chunk-MIHJIGRM.js";
import "./chunk-OU4RGNYM.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import "./chunk-IY4J7ZQM.js";
import {
  ExperimentStore,
  defaultStorePath
} from "./chunk-2SJ5SS7F.js";
import "./chunk-H4DLKN52.js";
import "./chunk-7GUYAAN7.js";
import {
  buildReportModel
} from "./chunk-3T2AJHST.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import {
  asGateOutcome
} from "./chunk-NDNGWDMH.js";
import "./chunk-GDMBPVIE.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import "./chunk-BJGFYZ3G.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import "./chunk-ANVRTINO.js";
import {
  mergeBase
} from "./chunk-6LOWXX6R.js";
import "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/pipeline/action-bisect.ts
import { existsSync } from "node:fs";
function storedPull(plan, storePath, number, head, o) {
  const missing = (why) => new UserError(
    `/perf bisect: PR #${number} has no stored experiment of head ${head.slice(0, 12)} to bisect: ${why}`,
    "run the benchmark for this PR first; on ephemeral runners restore the store (the cache-dir) with actions/cache, as docs/workflows/perf-more.yml does"
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
async function bisectForAction(plan, o) {
  const cacheDir = o.cacheDir ?? defaultCacheDir();
  const storePath = o.store ?? defaultStorePath(cacheDir);
  let good;
  let bad;
  let pull = null;
  if (o.range.kind === "pull") {
    pull = storedPull(plan, storePath, o.range.number, o.range.head, o);
    const verdict = asGateOutcome(pull.overall);
    if (verdict !== "regression") {
      return { pull, bisected: null, line: `/perf bisect: PR #${o.range.number}'s verdict is ${verdict}, not a regression: nothing to bisect` };
    }
    const point = await mergeBase(plan.repo, o.range.base, o.range.head);
    if (!point) throw new UserError(`/perf bisect: PR #${o.range.number}'s head has no common history with its base in ${plan.repo}`, "check out with fetch-depth: 0");
    [good, bad] = [point, o.range.head];
  } else {
    [good, bad] = [o.range.good, o.range.bad];
  }
  o.log(`bisect ${good.slice(0, 12)}..${bad.slice(0, 12)}`);
  const out = await bisect({ plan, good, bad, maxBuilds: o.maxBuilds, minutes: o.minutes }, { cacheDir, store: storePath, log: o.log });
  return { pull, bisected: out, line: out.result.summary };
}
export {
  bisectForAction
};
