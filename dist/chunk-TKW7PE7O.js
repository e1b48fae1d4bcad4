import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  readElfDynamic,
  runPipeline
} from "./chunk-OU4RGNYM.js";
import {
  appendQualification
} from "./chunk-IY4J7ZQM.js";
import {
  detectable
} from "./chunk-3T2AJHST.js";
import {
  interruptedBy
} from "./chunk-WCTLSWV2.js";

// src/pipeline/qualify.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";

// src/stats/qualify.ts
var side = (w) => ({ verdict: w.verdict, ratio: w.ratio, ci: w.ci, n: w.n, look: w.look ?? null, spread: w.spread });
function qualifyWorkloads(aaPrime, injected, k, aaDesign) {
  const expected = 1 / (1 + k);
  const out = [];
  for (const a of aaPrime.workloads) {
    const b = injected.workloads.find((x) => x.name === a.name);
    if (!b) continue;
    const covers = b.ci !== null && b.ci[0] <= expected && expected <= b.ci[1];
    out.push({
      workload: a.name,
      aaPrime: side(a),
      injected: { ...side(b), expected, covers, called: b.verdict === "regression" },
      mde: detectable(aaPrime, a, aaDesign).mde
    });
  }
  return out;
}
function qualificationStatus(ws, k) {
  const findings = [];
  for (const w of ws) {
    if (w.aaPrime.verdict === "failed" || w.injected.verdict === "failed") return { status: "failed", findings: [{ kind: "no-launch", workload: w.workload }] };
    if (w.aaPrime.verdict === "regression" || w.aaPrime.verdict === "improvement") findings.push({ kind: "false-alarm", workload: w.workload, called: w.aaPrime.verdict });
    if (!w.injected.called) findings.push({ kind: "missed", workload: w.workload, k, verdict: w.injected.verdict, n: w.injected.n });
  }
  if (ws.length === 0) return { status: "failed", findings: [{ kind: "none-measured" }] };
  return { status: findings.length === 0 ? "qualified" : "short", findings };
}

// src/report/qualify-words.ts
function qualifyFindingWords(f) {
  switch (f.kind) {
    case "no-launch":
      return `${f.workload}: a variant has no successful launch`;
    case "false-alarm":
      return `${f.workload}: A/A\u2032 called ${f.called === "regression" ? "a regression" : "an improvement"} between two builds of one commit (a false alarm)`;
    case "missed":
      return `${f.workload}: the injected ${(100 * (1 - 1 / (1 + f.k))).toFixed(1)}% slowdown was not called (${f.verdict} at ${f.n} blocks)`;
    case "none-measured":
      return "no workload was measured on both runs";
    case "build-failed":
      return `${f.step}: build of variant ${f.builds.map((b) => `${b.variant}${b.error ? ` (${b.error})` : ""}`).join(", ")} failed`;
    case "undecided":
      return `${f.step}: nothing was decided (${f.stop})`;
    case "no-successful-launch":
      return `${f.step}: ${f.workloads.join(", ")} had no successful launch of a variant`;
  }
}

// src/pipeline/qualify.ts
var DEFAULT_QUALIFY_SLOWDOWN = 0.03;
function qualifyPlans(plan, k) {
  const a = { ...plan.variants[0], id: "A" };
  const b = (over) => ({ ...a, id: "B", ...over });
  const pct = `${(100 * k).toFixed(1).replace(/\.0$/, "")}%`;
  return {
    // replica 1: its own build key and directory, compiled again (build/index.ts), same commit and flags.
    aaPrime: { ...plan, out: join(plan.out, "aa-prime"), variants: [a, b({ name: `${a.name}\u2032 (second build)`, replica: 1 })], comparison: void 0 },
    injected: { ...plan, out: join(plan.out, "aa-k"), variants: [a, b({ name: `${a.name} +${pct}`, slowdown: k })], comparison: void 0 }
  };
}
function identicalBuilds(r) {
  const [x, y] = r.builds.map((b) => b.binDir);
  if (!x || !y) return null;
  let files;
  try {
    files = ["llama-bench", ...readdirSync(x).filter((f) => /\.so$/.test(f))];
  } catch {
    return null;
  }
  for (const f of files) {
    const [p, q] = [readElfDynamic(join(x, f)), readElfDynamic(join(y, f))];
    if (!p || !q) return null;
    if (p.code !== q.code) return false;
  }
  return true;
}
function failureOf(r, step) {
  const bad = r.builds.filter((b) => !b.ok);
  if (bad.length > 0) return { kind: "build-failed", step, builds: bad.map((b) => ({ variant: b.variant, error: b.error ?? null })) };
  if (!r.analysis) return { kind: "undecided", step, stop: r.stopReason };
  const failed = r.analysis.workloads.filter((w) => w.verdict === "failed");
  if (failed.length > 0) return { kind: "no-successful-launch", step, workloads: failed.map((w) => w.name) };
  return null;
}
async function runQualification(plan, k, hooks, run = runPipeline) {
  const t0 = performance.now();
  const log = hooks.log ?? (() => {
  });
  const plans = qualifyPlans(plan, k);
  const quiet = { ...hooks, quoteRunner: false };
  log(`qualify 1/2: A/A\u2032, two separate builds of ${plan.variants[0].ref} \u2192 ${plans.aaPrime.out}`);
  const aaPrime = await run(plans.aaPrime, quiet);
  if (interruptedBy()) return { record: null, path: null, aaPrime, injected: null };
  const first = failureOf(aaPrime.results, "A/A\u2032");
  let injected = null;
  if (!first) {
    log(`qualify 2/2: A/A+${k}, the same build with an injected slowdown on B \u2192 ${plans.injected.out}`);
    injected = await run(plans.injected, quiet);
    if (interruptedBy()) return { record: null, path: null, aaPrime, injected };
  }
  const second = injected ? failureOf(injected.results, `A/A+${k}`) : null;
  const ws = injected && !first && !second ? qualifyWorkloads(aaPrime.results.analysis, injected.results.analysis, k, aaPrime.results.design) : [];
  const checked = first || second ? null : qualificationStatus(ws, k);
  const found = checked ? { status: checked.status, reasons: checked.findings.map(qualifyFindingWords) } : { status: "failed", reasons: [qualifyFindingWords(first ?? second)] };
  const r = aaPrime.results;
  const record = {
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    status: found.status,
    reasons: found.reasons,
    k,
    ref: plan.variants[0].ref,
    commit: r.builds[0]?.commit ?? null,
    model: plan.models.map((m) => m.path.split("/").pop() ?? m.path).join(","),
    threads: plan.threads,
    alpha: plan.alpha,
    margin: plan.margin,
    experiments: { aaPrime: r.experiment?.id ?? null, injected: injected?.results.experiment?.id ?? null },
    identicalBuilds: first ? null : identicalBuilds(r),
    seconds: Math.round((performance.now() - t0) / 1e3),
    workloads: ws
  };
  const path = r.host ? appendQualification(hooks.cacheDir, r.host, record) : null;
  return { record, path, aaPrime, injected };
}

export {
  DEFAULT_QUALIFY_SLOWDOWN,
  qualifyPlans,
  runQualification
};
