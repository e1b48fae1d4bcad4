import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runPipeline
} from "./chunk-OU4RGNYM.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import "./chunk-IY4J7ZQM.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-H4DLKN52.js";
import "./chunk-7GUYAAN7.js";
import "./chunk-3T2AJHST.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import "./chunk-NDNGWDMH.js";
import "./chunk-GDMBPVIE.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import "./chunk-BJGFYZ3G.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import "./chunk-ANVRTINO.js";
import "./chunk-6LOWXX6R.js";
import "./chunk-WCTLSWV2.js";
import "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/pipeline/action-run.ts
async function runBenchmark(plan, o) {
  const phases = /* @__PURE__ */ new Set();
  let lastBlock = -1;
  const out = await runPipeline(plan, {
    cacheDir: o.cacheDir ?? defaultCacheDir(),
    store: o.store ?? void 0,
    log: o.log,
    onInconclusive: o.onInconclusive,
    onIncomplete: o.onIncomplete,
    // One line per build phase and per block: a job log, not a terminal.
    onBuildProgress: (p) => {
      const key = `${p.variant} ${p.phase}`;
      if (!phases.has(key)) {
        phases.add(key);
        o.log(`build ${p.variant}: ${p.phase}`);
      }
    },
    onBenchProgress: (p) => {
      if (p.block === lastBlock) return;
      lastBlock = p.block;
      const eta = p.etaMs === null ? "" : `, ETA ${Math.round(p.etaMs / 1e3)} s`;
      o.log(`block ${p.block + 1} of ${p.totalBlocks}${p.warmup ? " (warm-up)" : ""}: elapsed ${Math.round(p.elapsedMs / 1e3)} s${eta}`);
    }
  });
  return { results: out.results, resultsPath: out.resultsPath, model: out.model };
}
export {
  runBenchmark
};
