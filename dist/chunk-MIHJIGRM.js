import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  buildVariants,
  claimOutFor,
  completeCountedBlocks,
  ensureModels,
  experimentHost,
  finishRun,
  heldExperiment,
  onInterrupt,
  runSession,
  standing,
  stopWords,
  storedDepthLaunches,
  withStoreLock
} from "./chunk-OU4RGNYM.js";
import {
  hostIdentity,
  modelChanges,
  modelsIdentity
} from "./chunk-IY4J7ZQM.js";
import {
  ExperimentStore,
  variantLabel
} from "./chunk-2SJ5SS7F.js";
import {
  designOf,
  designState
} from "./chunk-NDNGWDMH.js";
import {
  MAX_HORIZON
} from "./chunk-BJGFYZ3G.js";
import {
  interruptedBy
} from "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/pipeline/extend.ts
import { join } from "node:path";
function extendedLooks(looks, from, to, later = []) {
  const all = [...looks, ...later];
  const beyond = [...new Set(all.filter((l) => l > to))].sort((a, b) => a - b);
  return { looks: [.../* @__PURE__ */ new Set([...all.filter((l) => l < to), to])].sort((a, b) => a - b), ...beyond.length > 0 ? { laterLooks: beyond } : {} };
}
function blocksForMinutes(r, minutes, workloads) {
  const perLaunch = /* @__PURE__ */ new Map();
  for (const l of r.launches) if (!l.warmup) perLaunch.set(l.workload, [...perLaunch.get(l.workload) ?? [], l.wallMs]);
  const blockMs = workloads.reduce((s, w) => {
    const xs = perLaunch.get(w) ?? [];
    return s + 2 * (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  }, 0);
  if (blockMs <= 0) throw new UserError("--minutes needs launch times, and this experiment has none", "use --blocks N");
  return Math.max(1, Math.floor(minutes * 6e4 / blockMs));
}
function continuablePlan(plan, state, id, log) {
  const horizon = state?.horizon ?? plan.horizon ?? plan.maxBlocks;
  if (horizon <= MAX_HORIZON) return plan;
  if (state && state.looks.length > 0) {
    throw new UserError(`experiment ${id.slice(0, 4)}\u2026 took looks under horizon ${horizon}, past this version's largest (${MAX_HORIZON}): they cannot be replayed`, "start a new experiment");
  }
  log(`experiment ${id.slice(0, 4)}\u2026: its declared horizon ${horizon} is past this version's largest (${MAX_HORIZON}); no look was taken under it, so it continues with horizon ${MAX_HORIZON}`);
  return { ...plan, horizon: MAX_HORIZON, maxBlocks: Math.min(plan.maxBlocks, MAX_HORIZON), looks: plan.looks.filter((l) => l <= MAX_HORIZON), laterLooks: plan.laterLooks?.filter((l) => l <= MAX_HORIZON) };
}
async function extendExperiment(req, hooks) {
  const log = hooks.log ?? (() => {
  });
  const stopOnSignal = onInterrupt(log);
  try {
    return await withStoreLock(req.storePath, log, () => extendLocked(req, hooks, log));
  } finally {
    stopOnSignal.remove();
  }
}
async function extendLocked(req, hooks, log) {
  const store = ExperimentStore.open(req.storePath);
  let outLock = null;
  try {
    const results = store.loadResults(req.id);
    const lastState = store.lastDesignState(req.id);
    const stored = results.plan = continuablePlan(results.plan, lastState, req.id, log);
    const from = completeCountedBlocks(results);
    const { pending, design } = standing(store, req.id, results, from, lastState, log);
    if (design) results.design = design;
    if (pending.length === 0) {
      throw new UserError(`experiment ${req.id.slice(0, 4)}\u2026 is decided for every workload at ${from} blocks: more blocks cannot change it`, "start a new experiment to measure again");
    }
    const add = req.blocks ?? blocksForMinutes(results, req.minutes, pending);
    const to = from + add;
    const horizon = design?.horizon ?? stored.horizon ?? stored.maxBlocks;
    const plan = {
      ...stored,
      horizon,
      repo: req.repo ?? stored.repo,
      models: sameModels(stored.models, req.models),
      out: req.out ?? stored.out,
      maxBlocks: to,
      laterLooks: void 0,
      ...extendedLooks(stored.looks, from, to, stored.laterLooks)
    };
    ensureModels(plan, log);
    const changed = modelChanges(store.identity(req.id).model, modelsIdentity(plan.models));
    if (changed.length) {
      throw new UserError(`the models are not the files experiment ${req.id.slice(0, 4)}\u2026 measured: ${changed.join(", ")}`, "extend with the same model files");
    }
    designState({ ...designOf(plan), nBlocks: to, state: design ?? void 0 });
    outLock = await claimOutFor(plan.out, req.id, { force: req.force, log });
    const host = await experimentHost(plan, log);
    const was = JSON.stringify(hostIdentity(results.host));
    if (was !== JSON.stringify(hostIdentity(host))) {
      throw new UserError(`experiment ${req.id.slice(0, 4)}\u2026 was measured on another host (or kernel): ${was}`, "run `more` on the machine that ran the experiment");
    }
    const byCommit = {
      ...plan,
      variants: plan.variants.map((v) => ({ ...v, ref: results.builds.find((b) => b.variant === v.id)?.commit ?? v.ref }))
    };
    const builds = await (hooks.build ?? buildVariants)(byCommit, { cacheDir: hooks.cacheDir, logDir: join(plan.out, "logs"), onProgress: hooks.onBuildProgress });
    if (interruptedBy()) {
      results.stopReason = stopWords({ kind: "interrupted-builds", signal: String(interruptedBy()), resumed: true });
      return finishRun(plan, results, null, hooks, heldExperiment(plan.out));
    }
    const failed = builds.filter((b) => !b.ok);
    if (failed.length > 0) throw new UserError(`rebuilding the experiment's commits failed: ${failed.map((b) => `${b.variant} ${b.error ?? ""}`).join("; ")}`);
    results.builds = builds.map((b, i) => ({ ...b, ref: results.builds[i]?.ref ?? b.ref }));
    results.plan = plan;
    results.finishedAt = null;
    results.host = host;
    const at = (/* @__PURE__ */ new Date()).toISOString();
    store.addSegment(req.id, { kind: "more", at, fromBlocks: from, toBlocks: to });
    results.notes = [...results.notes.filter((n) => !n.startsWith("continued: ")), `continued: ${from} \u2192 ${to} blocks (${pending.join(", ")})`];
    results.experiment = { id: req.id, store: req.storePath, segments: store.segments(req.id) };
    log(`continuing experiment ${req.id.slice(0, 4)}\u2026: ${from} \u2192 ${to} blocks for ${pending.join(", ")}`);
    const session = {
      store,
      id: req.id,
      labels: {
        A: variantLabel(results.builds[0]?.commit ?? null, plan.variants[0]),
        B: variantLabel(results.builds[1]?.commit ?? null, plan.variants[1])
      },
      resume: { launches: results.launches, depthLaunches: storedDepthLaunches(results), schedule: results.schedule.blocks, active: pending },
      design
    };
    return await runSession(plan, results, session, log, hooks);
  } finally {
    store.close();
    await outLock?.release();
  }
}
function sameModels(stored, given) {
  if (!given) return stored;
  const names = (ms) => ms.map((m) => m.name).join(",");
  if (names(stored) !== names(given)) throw new UserError(`the experiment measured the models ${names(stored)}, not ${names(given)}`, `give --model with the same models (${names(stored)})`);
  return given;
}

export {
  extendExperiment
};
