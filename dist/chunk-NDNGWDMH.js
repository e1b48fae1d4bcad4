import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  MAX_MODELS,
  median,
  quantileSorted
} from "./chunk-GDMBPVIE.js";
import {
  TENSOR_TYPES
} from "./chunk-472GWJ2N.js";
import {
  fmtChange,
  fmtCount,
  fmtMargin,
  fmtPercent
} from "./chunk-WXFT555Z.js";
import {
  RESULTS_SCHEMA,
  RESULTS_SCHEMAS,
  migrateResults
} from "./chunk-6KI224XV.js";
import {
  MAX_HORIZON,
  PRESET_NAMES,
  inRange,
  optionSpec,
  rangeText
} from "./chunk-BJGFYZ3G.js";
import {
  formatCpuList,
  parseCpuList,
  readFingerprint,
  readNumaNodes
} from "./chunk-ANVRTINO.js";
import {
  track
} from "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/stats/ranks.ts
function averageRanks(values) {
  const { sorted, ranks: r } = sortedWithRanks(Float64Array.from(values));
  const n = sorted.length;
  const ranks = Array.from(r);
  const tieSizes = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}
function tieCorrection(tieSizes) {
  return tieSizes.reduce((s, t) => s + t * t * t - t, 0);
}
function medianOfSorted(sorted) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}
function middleDeviations(s, m) {
  const n = s.length;
  let hi = 0;
  while (hi < n && s[hi] < m) hi++;
  let lo = hi - 1;
  const want1 = n - 1 >> 1;
  const want2 = n >> 1;
  let a = NaN;
  let b = NaN;
  for (let k = 0; k <= want2; k++) {
    let v;
    if (lo >= 0 && (hi >= n || Math.abs(s[lo] - m) <= Math.abs(s[hi] - m))) v = Math.abs(s[lo--] - m);
    else v = Math.abs(s[hi++] - m);
    if (k === want1) a = v;
    if (k === want2) b = v;
  }
  return [a, b];
}
function medianType7(s) {
  const idx = (s.length - 1) * 0.5;
  if (idx % 1 === 0) return s[idx];
  const l = Math.floor(idx);
  return s[l] + 0.5 * (s[l + 1] - s[l]);
}
function spearmanOfRanks(rx, ry) {
  const n = rx.length;
  let sx = 0, sy = 0;
  for (let i = 0; i < n; i++) {
    sx += rx[i];
    sy += ry[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
function sortedWithRanks(x) {
  const n = x.length;
  const sorted = x.slice();
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  sortInPlace(sorted, 0, n - 1, idx);
  const ranks = new Float64Array(n);
  for (let lo = 0; lo < n; ) {
    let hi = lo;
    while (hi + 1 < n && sorted[hi + 1] === sorted[lo]) hi++;
    for (let k = lo; k <= hi; k++) ranks[idx[k]] = (lo + hi + 2) / 2;
    lo = hi + 1;
  }
  return { sorted, ranks };
}
function sortInPlace(a, lo = 0, hi = a.length - 1, carry) {
  while (hi - lo > 16) {
    const x = a[lo], y = a[lo + hi >> 1], z = a[hi];
    const p = x < y ? y < z ? y : x < z ? z : x : x < z ? x : y < z ? z : y;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        if (carry) {
          const c = carry[i];
          carry[i] = carry[j];
          carry[j] = c;
        }
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      sortInPlace(a, lo, j, carry);
      lo = i;
    } else {
      sortInPlace(a, i, hi, carry);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    const c = carry ? carry[i] : 0;
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      if (carry) carry[j + 1] = carry[j];
      j--;
    }
    a[j + 1] = v;
    if (carry) carry[j + 1] = c;
  }
  return a;
}

// src/plan/depth-sweep.ts
var DEPTH_FAMILY = "sweep";
var onModel = (model2, name) => model2 === void 0 ? name : `${model2}/${name}`;
function depthUnits(plan2) {
  if (!plan2.depthSweep) return [];
  if (!plan2.models || plan2.models.length < 2) return [{ id: DEPTH_FAMILY }];
  return plan2.models.map((m) => ({ id: onModel(m.name, DEPTH_FAMILY), model: m.name }));
}
function depthUnitOf(point) {
  return onModel(point.model, DEPTH_FAMILY);
}
function sameModel(a, b) {
  return (a.model ?? null) === (b.model ?? null);
}
function depthPointId(metric, depth, model2) {
  return onModel(model2, `${DEPTH_FAMILY}:${metric}@d${depth}`);
}
function timesPromptAt(tool, depth) {
  return !(tool === BATCHED_BENCH && depth === 0);
}
function depthGatePoints(plan2, tool) {
  return depthUnits(plan2).flatMap(({ model: model2 }) => (plan2.depthSweep?.depths ?? []).flatMap((depth) => [
    { metric: "tg", depth, ...model2 !== void 0 && { model: model2 } },
    ...timesPromptAt(tool, depth) ? [{ metric: "pp", depth, ...model2 !== void 0 && { model: model2 } }] : []
  ]));
}
function depthPointModels(depths, models = [void 0]) {
  const ds = [...depths];
  return new Map(models.flatMap((model2) => ds.flatMap((d) => ["tg", "pp", "mem"].map((m) => [depthPointId(m, d, model2), model2]))));
}
function depthPointIds(depths, models) {
  return new Set(depthPointModels(depths, models).keys());
}
function depthModelNames(plan2) {
  return plan2.models.length < 2 ? [void 0] : plan2.models.map((m) => m.name);
}
var SWEEP_BENCH = "llama-sweep-bench";
var BATCHED_BENCH = "llama-batched-bench";

// src/stats/from-results.ts
function launchValue(rec) {
  const x = rec.samplesTs;
  return x.length === 0 ? rec.avgTs : medianType7(sortInPlace(Float64Array.from(x)));
}
function observation(l) {
  if (l.status !== "ok" || l.warmup || l.records.length === 0) return null;
  return { block: l.block, value: launchValue(l.records[0]), seq: l.seq };
}
function workloadInputsFromResults(results3) {
  return [
    ...workloadInputsFromLaunches(results3.plan.workloads.map((w) => w.id), results3.launches),
    ...depthInputsFromResults(results3)
  ];
}
function workloadInputsFromLaunches(workloadIds, launches) {
  const by = new Map(workloadIds.map((id) => [id, { name: id, a: [], b: [] }]));
  for (const l of launches) {
    const w = by.get(l.workload);
    if (!w || l.variant !== "A" && l.variant !== "B") continue;
    const o = observation(l);
    if (o) (l.variant === "A" ? w.a : w.b).push(o);
  }
  return workloadIds.map((id) => by.get(id));
}
function depthToolOf(results3) {
  return results3.builds.find((b) => b.ok && b.depthTool)?.depthTool ?? results3.depthLaunches?.[0]?.tool ?? null;
}
function countedDepthLaunches(launches) {
  return (launches ?? []).filter((l) => l.status === "ok" && !l.warmup);
}
function depthInputsFromResults(results3) {
  if (!results3.plan.depthSweep) return [];
  const counted = countedDepthLaunches(results3.depthLaunches);
  return depthGatePoints(results3.plan, depthToolOf(results3)).map((point) => {
    const value = (p) => point.metric === "tg" ? p.speedTg : p.speedPp;
    const name = depthPointId(point.metric, point.depth, point.model);
    const launches = counted.filter((l) => sameModel(l, point));
    return { name, a: depthObservations(launches, "A", point.depth, value), b: depthObservations(launches, "B", point.depth, value), point };
  });
}
function depthObservations(launches, variant2, depth, value) {
  const out = [];
  for (const l of launches) {
    if (l.variant !== variant2) continue;
    const p = l.points.find((x) => x.depth === depth);
    const v = p ? value(p) : null;
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out.push({ block: l.block, value: v, seq: l.seq });
  }
  return out;
}

// src/stats/policy.ts
function stopsAt(pending, look2, injected = false) {
  if (pending.length === 0) return "decided";
  if (injected) return null;
  return look2?.decided.some((d) => d.verdict === "regression") ? "regression" : null;
}
var OUTCOME_ORDER = ["regression", "failed", "incomplete", "no-verdict", "inconclusive", "placed", "improvement", "neutral"];
function gate(ws) {
  if (ws.length === 0) return "inconclusive";
  if (ws.some((w) => w.verdict === "regression")) return "regression";
  if (ws.some((w) => w.verdict === "failed")) return "failed";
  if (ws.every((w) => w.verdict === "neutral")) return "neutral";
  if (ws.every((w) => w.verdict === "neutral" || w.verdict === "improvement")) return "improvement";
  return "inconclusive";
}
function runOutcome(a) {
  if (a.verdict !== "inconclusive") return a.verdict;
  if (a.incomplete) return "incomplete";
  return a.emulated && placementComplete(a.placement) ? "placed" : "inconclusive";
}
function placementComplete(p) {
  return !!p && p.rows.length > 0 && p.rows.every((r) => r.n > 0 && r.evenness !== null);
}
function combineOutcomes(outcomes) {
  for (const o of OUTCOME_ORDER) if (outcomes.includes(o)) return o;
  return "no-verdict";
}
var DEFAULT_POLICY = { onInconclusive: "pass", onIncomplete: "fail" };
function asGateOutcome(o) {
  return o === "no-verdict" ? "failed" : o;
}
function passes(outcome, policy = DEFAULT_POLICY) {
  switch (outcome) {
    case "neutral":
    case "improvement":
    case "placed":
      return true;
    case "inconclusive":
      return policy.onInconclusive === "pass";
    case "incomplete":
      return policy.onIncomplete === "pass";
    case "regression":
    case "failed":
      return false;
  }
}
var EXIT = {
  pass: 0,
  gateFailure: 1,
  badInput: 2,
  environment: 3
};
var SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
function signalExitCode(signal) {
  return 128 + SIGNAL_NUMBERS[signal];
}
function exitCodeFor(outcome, policy = DEFAULT_POLICY) {
  return passes(outcome, policy) ? EXIT.pass : EXIT.gateFailure;
}
function checkConclusion(outcome, policy = DEFAULT_POLICY) {
  if (!passes(outcome, policy)) return "failure";
  return outcome === "neutral" || outcome === "improvement" ? "success" : "neutral";
}
function bisectConclusion(outcome) {
  return outcome === "culprits" ? "success" : outcome === "not-a-regression" ? "neutral" : "failure";
}

// src/report/flag-words.ts
function flagText(f) {
  switch (f.kind) {
    case "outlier":
      return f.rule === "modified-z" ? `outlier: ${f.variant} block ${f.blocks.join(", ")} (modified z > ${f.limit})` : `outlier: ${f.variant} block ${f.blocks.join(", ")} outside Tukey fences (1.5\xB7IQR)`;
    case "drift":
      return `drift: ${f.variant} ${f.rho < 0 ? "slows down" : "speeds up"} over the run (Spearman \u03C1 = ${f.rho.toFixed(2)}, p = ${f.p.toPrecision(2)})`;
    case "bimodal":
      return `bimodal: ${f.variant} splits ${f.low}/${f.high} launches with a gap of ${(100 * f.gap).toFixed(1)}%`;
    case "unmatched":
      return `unmatched: ${f.blocks.map((b) => `${b.variant} block ${b.block}`).join(", ")} left out of the paired analysis (no partner in the same block)`;
    case "unpaired":
      return "unpaired: blocks did not match, compared as two independent samples";
    case "decided-at":
      return `decided at look ${f.index} (${f.blocks} of ${f.horizon} blocks)`;
  }
}
function flagsOf(w) {
  return w.flagged ? w.flagged.map(flagText) : w.flags;
}

// src/report/warning-words.ts
function problemText(p) {
  const unit2 = (u) => u ?? "the depth sweep";
  switch (p.kind) {
    case "declared":
      return `its ${p.key} ${p.got} is not the plan's ${p.plan}`;
    case "looks-not-increasing":
      return `its looks ${p.looks.join(", ")} do not increase`;
    case "look-past-measured":
      return `its look at ${p.look} blocks is past the ${p.counted} blocks measured`;
    case "look-not-planned":
      return `its look at ${p.look} blocks is not a look of the plan (${p.looks.join(", ")}; horizon ${p.horizon})`;
    case "measured-past-looks":
      return `${unit2(p.unit)} was measured up to block ${p.last} but its looks ${p.decided === null ? "never decide it" : `decide it at ${p.decided}`}`;
    case "decided-before-last":
      return `${unit2(p.unit)} is decided at the look at ${p.decided} blocks but was measured up to block ${p.last}`;
    case "look-missing":
      return `the plan's look at ${p.look} blocks is missing, and no launch shows it was skipped`;
  }
}
function warningText(w) {
  switch (w.kind) {
    case "one-side":
      return `workload ${w.workload} has no ${w.missing} observations: it ran on one side only`;
    case "no-workloads":
      return "no workloads to analyze";
    case "design-state-unused":
      return `the results file's design state was not used (${problemText(w.problem)}); decided with the plan's looks`;
    case "claimed": {
      const changes = w.changes.map((c) => `${c.name} ${c.from ?? "absent"} \u2192 ${c.to}`);
      return `the results file claimed ${w.claimed ?? "no analysis"}; recomputed from its samples: ${w.recomputed}` + (changes.length ? ` (${changes.join(", ")})` : "");
    }
  }
}
function warningsOf(a) {
  return a.warned ? a.warned.map(warningText) : a.warnings;
}

// src/report/reason-words.ts
var r3 = (v) => v.toFixed(3);
var pc = (v, digits = 1) => `${(100 * v).toFixed(digits)}%`;
var pval = (v) => v < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
var num = (v) => Number(v.toPrecision(2)).toString();
var alpha3 = (a) => Number(a.toPrecision(3)).toString();
var percent3 = (v) => `${Number((100 * v).toPrecision(3))}%`;
var ciText = (c) => `${percent3(c.level)} ${c.repeated ? "repeated " : ""}CI [${r3(c.lo)}, ${r3(c.hi)}]`;
var marginText = (m) => `\xB1${percent3(m)}`;
var lookText = (l) => `look at ${l.n} of ${l.horizon} blocks, \u03B1 spent ${num(l.spent)} of ${num(l.alpha)}`;
var unitOf = (paired) => paired ? "blocks" : "launches per side";
function neededText(n, paired) {
  if ("skipped" in n) return "blocks needed not computed";
  const needed2 = `~${n.blocks} ${unitOf(paired)} would be needed`;
  if (n.horizon === null) return needed2;
  return n.blocks > n.horizon ? `${needed2}, beyond the declared horizon of ${n.horizon}` : `${needed2} (v2 boundaries)`;
}
function holmAtLook(adj, m, alpha) {
  const v = adj >= 1 ? `> ${num(alpha)}` : `\u2264 ${num(adj)}`;
  return m > 1 ? `Holm-adjusted repeated p ${v} across ${m} workloads` : `repeated p ${v}`;
}
var onModel2 = (r) => r.model ? `model ${r.model.name} (${r.model.path}): ` : "";
function base(r) {
  const withLook = (text, l) => l ? `${text}; ${lookText(l)}` : text;
  switch (r.kind) {
    case "one-side":
      return `variant ${r.missing} has no successful launch, nothing to compare`;
    case "no-counted-launch":
      return onModel2(r) + `variant ${r.variant} (${r.name}) has no counted launch (stop reason: ${r.stop || "none recorded"})`;
    case "could-not-run":
      return onModel2(r) + `variant ${r.variant} (${r.name}) could not run: ${r.counts.map(([s, n]) => `${n} ${s}`).join(", ")} of ${r.of} launches (last: ${r.last})` + (r.stderr ? `; stderr: ${r.stderr}` : "");
    case "identical":
      return withLook(`all ${r.n} blocks gave identical A and B throughput (ratio exactly 1)`, r.look);
    case "too-few-t":
      return `n = ${r.n} is below the minimum of 2 per side for a t interval`;
    case "too-few":
      return `n = ${r.n} ${unitOf(r.paired)} is below the minimum of ${r.minN} for a ${percent3(r.level)} ${r.test} interval (best reachable: ${pc(r.reachable)}); ~${r.needed} ${unitOf(r.paired)} would be needed`;
    case "too-early":
      return `n = ${r.n} ${unitOf(r.paired)}: the design has spent \u03B1 = ${num(r.look.spent)} by this look, too little for a ${r.test} test at n = ${r.n} to decide; ${neededText(r.needed, r.paired)}`;
    case "neutral": {
      const sig = r.change ? ` (B is ${pc(r.change.by)} ${r.change.slower ? "slower" : "faster"}, detectably but by less than the margin)` : "";
      return withLook(`${ciText(r.ci)} lies within the ${marginText(r.margin)} margin${sig}`, r.look);
    }
    case "changed": {
      const head = `B is ${pc(r.by)} ${r.slower ? "slower" : "faster"}: ${ciText(r.ci)} ${r.slower ? "is below" : "is above"} 1`;
      if (r.look) return `${head}, p = ${pval(r.p)} at this look, ${holmAtLook(r.adj, r.m, r.alpha)} \u2264 \u03B1 = ${num(r.alpha)}; ${lookText(r.look)}`;
      const p = r.m > 1 ? `p = ${pval(r.p)} (Holm-adjusted ${pval(r.adj)} across ${r.m} workloads)` : `p = ${pval(r.p)}`;
      return `${head} and ${p} \u2264 \u03B1 = ${alpha3(r.alpha)}`;
    }
    case "not-significant": {
      const more = `spread ${pc(r.spread)} ${r.paired ? "per block" : "per launch"}; ${neededText(r.needed, r.paired)}`;
      if (r.look) return `${ciText(r.ci)} excludes 1 but the ${holmAtLook(r.adj, r.m, r.alpha)} is above \u03B1 = ${num(r.alpha)}; ${lookText(r.look)}; ${more}`;
      return `${ciText(r.ci)} excludes 1 but the Holm-adjusted p = ${pval(r.adj)} is above \u03B1 = ${alpha3(r.alpha)} across ${r.m} workloads; ${more}`;
    }
    case "wide": {
      const more = `spread ${pc(r.spread)} ${r.paired ? "per block" : "per launch"}; ${neededText(r.needed, r.paired)}`;
      return r.look ? `${ciText(r.ci)} is wider than the ${marginText(r.margin)} margin; ${lookText(r.look)}; ${more}` : `${ciText(r.ci)} is wider than the ${marginText(r.margin)} margin: ${more}`;
    }
  }
}
function reasonText(r) {
  let text = base(r);
  if (r.between) text += " (between looks: nothing is decided until the next look)";
  const h = r.history;
  if (h && "decidedAt" in h) {
    text += `; decided at look ${h.decidedAt} (${h.blocks} of ${h.horizon} blocks)${h.openAt.length > 0 ? `, still open at ${h.openAt.join(", ")} blocks` : ""}`;
  } else if (h) {
    text += `; still open at every look (${h.openAt.join(", ")} of ${h.horizon} blocks)`;
  }
  if (r.emulated) text += ` (emulated throughput: reported, not decided; it would have been called ${r.emulated === "neutral" ? "neutral" : `a ${r.emulated}`})`;
  return text;
}
function reasonOf(w) {
  return w.why ? reasonText(w.why) : w.reason;
}
function wordAnalysis(a) {
  if (!a) return a;
  return { ...a, warnings: warningsOf(a), workloads: a.workloads.map((w) => ({ ...w, reason: w.why ? reasonText(w.why) : w.reason, flags: flagsOf(w) })) };
}

// src/stats/workload-input.ts
function checkInputs(inputs) {
  const seen = /* @__PURE__ */ new Set();
  for (const w of inputs) {
    validateValues(w);
    if (seen.has(w.name)) throw new UserError(`workload ${w.name} appears twice in the input`, "merge its observations into one entry");
    seen.add(w.name);
  }
}
function failedSide(w, warnings) {
  if (w.a.length > 0 && w.b.length > 0) return null;
  const missing = w.a.length === 0 ? "A" : "B";
  warnings.push({ kind: "one-side", workload: w.name, missing });
  return { kind: "one-side", missing };
}
function pairingFlags(prep) {
  const flags = [];
  if (prep.unmatched.length) flags.push({ kind: "unmatched", blocks: prep.unmatched });
  if (!prep.paired) flags.push({ kind: "unpaired" });
  return flags;
}
function validateValues(w) {
  for (const [label, obs] of [["A", w.a], ["B", w.b]]) {
    for (const o of obs) {
      if (!(Number.isFinite(o.value) && o.value > 0)) {
        throw new UserError(
          `workload ${w.name}: variant ${label} block ${o.block} has throughput ${o.value} t/s`,
          "throughput must be a positive number of tokens per second; check that the launch really ran (a crashed or empty launch must be left out, not recorded as 0)"
        );
      }
    }
  }
}
function prepare(w) {
  const la = w.a.map((o) => Math.log(o.value));
  const lb = w.b.map((o) => Math.log(o.value));
  if (w.a.length >= 2 && w.a.length === w.b.length) {
    let same = true;
    for (let i = 0; i < w.a.length && same; i++) same = w.a[i].block === w.b[i].block && (i === 0 || w.a[i].block > w.a[i - 1].block);
    if (same) return { paired: true, n: la.length, d: lb.map((v, i) => v - la[i]), la, lb, unmatched: [] };
  }
  const byBlock = (obs) => {
    const m = /* @__PURE__ */ new Map();
    for (const o of obs) {
      if (m.has(o.block)) return null;
      m.set(o.block, o.value);
    }
    return m;
  };
  const ma = byBlock(w.a);
  const mb = byBlock(w.b);
  if (ma && mb) {
    const common2 = [...ma.keys()].filter((k) => mb.has(k)).sort((x, y) => x - y);
    if (common2.length >= 2 && common2.length * 2 >= Math.max(ma.size, mb.size)) {
      const d = common2.map((k) => Math.log(mb.get(k)) - Math.log(ma.get(k)));
      const unmatched = [
        ...[...ma.keys()].filter((k) => !mb.has(k)).map((block) => ({ variant: "A", block })),
        ...[...mb.keys()].filter((k) => !ma.has(k)).map((block) => ({ variant: "B", block }))
      ];
      return { paired: true, n: common2.length, d, la, lb, unmatched };
    }
  }
  return { paired: false, n: Math.min(la.length, lb.length), d: [], la, lb, unmatched: [] };
}
function sd(x) {
  if (x.length < 2) return 0;
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1));
}
function spreadOf(p, method) {
  const one = (x) => {
    if (x.length < 2) return 0;
    if (method === "t") return sd(x);
    const s = sortInPlace(Float64Array.from(x));
    const m = medianType7(s);
    const [lo, hi] = middleDeviations(s, m);
    const r = 1.4826 * (x.length % 2 === 1 ? hi : lo + 0.5 * (hi - lo));
    return r > 0 ? r : sd(x);
  };
  if (p.paired) return one(p.d);
  const a = one(p.la);
  const b = one(p.lb);
  return Math.sqrt((a * a + b * b) / 2);
}

// src/stats/dist/special.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < LANCZOS_G + 2; i++) s += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}
function logBeta(a, b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
var EPS = 1e-16;
var TINY = 1e-300;
function betaContinuedFraction(x, a, b) {
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e4; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
function incompleteBeta(x, a, b, y = 1 - x) {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(x, a, b) / a;
  return 1 - front * betaContinuedFraction(y, b, a) / b;
}
function upperIncompleteGamma(a, x) {
  if (x <= 0) return 1;
  const lfront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1e4; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(lfront);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(lfront) * h;
}

// src/stats/dist/normal.ts
function normCdf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const tail2 = 0.5 * upperIncompleteGamma(0.5, x * x / 2);
  return x < 0 ? tail2 : 1 - tail2;
}
function normPdf(x) {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
var A = [
  2509.0809287301227,
  33430.57558358813,
  67265.7709270087,
  45921.95393154987,
  13731.69376550946,
  1971.5909503065513,
  133.14166789178438,
  3.3871328727963665
];
var B = [
  5226.495278852854,
  28729.085735721943,
  39307.89580009271,
  21213.794301586597,
  5394.196021424751,
  687.1870074920579,
  42.31333070160091,
  1
];
var C = [
  7745450142783414e-19,
  0.022723844989269184,
  0.2417807251774506,
  1.2704582524523684,
  3.6478483247632045,
  5.769497221460691,
  4.630337846156546,
  1.4234371107496835
];
var D = [
  10507500716444169e-25,
  5475938084995345e-19,
  0.015198666563616457,
  0.14810397642748008,
  0.6897673349851,
  1.6763848301838038,
  2.053191626637759,
  1
];
var E = [
  20103343992922881e-23,
  27115555687434876e-21,
  0.0012426609473880784,
  0.026532189526576124,
  0.29656057182850487,
  1.7848265399172913,
  5.463784911164114,
  6.657904643501103
];
var F = [
  20442631033899397e-31,
  1421511758316446e-22,
  18463183175100548e-21,
  7868691311456133e-19,
  0.014875361290850615,
  0.1369298809227358,
  0.599832206555888,
  1
];
function horner(c, x) {
  let s = c[0];
  for (let i = 1; i < c.length; i++) s = s * x + c[i];
  return s;
}
function normQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * horner(A, r2) / horner(B, r2);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const x = r <= 5 ? horner(C, r -= 1.6) / horner(D, r) : horner(E, r -= 5) / horner(F, r);
  return q < 0 ? -x : x;
}

// src/stats/spending.ts
var DEFAULT_SPENDING = "pocock";
var RESERVE = 0.05;
var SPLIT_GAMMA = -1;
function curveOf(spending, purpose) {
  if (spending !== "split") return spending;
  return purpose === "equivalence" ? "reserve" : "reserve-hsd";
}
function alphaSpent(spending, alpha, t) {
  if (!(t > 0)) return 0;
  const u = Math.min(1, t);
  if (spending === "pocock") return alpha * Math.log(1 + (Math.E - 1) * u);
  if (spending === "reserve" || spending === "reserve-hsd" || spending === "split") {
    if (u > 0.5) return alpha * (1 - RESERVE * (2 - 2 * u));
    const g = SPLIT_GAMMA;
    const shape = spending === "reserve" ? Math.log(1 + (Math.E - 1) * 2 * u) : (1 - Math.exp(-g * 2 * u)) / (1 - Math.exp(-g));
    return (1 - RESERVE) * alpha * shape;
  }
  return Math.min(alpha, 2 * (1 - normCdf(normQuantile(1 - alpha / 2) / Math.sqrt(u))));
}

// src/stats/dist/signed-rank.ts
var kept = /* @__PURE__ */ new Map();
var MAX_KEPT = 16;
var POOL_N = MAX_HORIZON;
var CAPACITY = POOL_N * (POOL_N + 1) / 2 + 1;
var pool = [];
var scratch = null;
function take(size) {
  if (size > CAPACITY) return new Float64Array(size);
  return new Float64Array(pool.pop() ?? new ArrayBuffer(CAPACITY * 8), 0, size);
}
function give(a) {
  if (a && a.buffer.byteLength === CAPACITY * 8) pool.push(a.buffer);
}
function keptFor(n) {
  const hit = kept.get(n);
  if (hit) {
    kept.delete(n);
    kept.set(n, hit);
    return hit;
  }
  let from = 0;
  for (const m of kept.keys()) if (m < n && m > from) from = m;
  const size = n * (n + 1) / 2 + 1;
  if (!scratch || scratch[0].length < size) {
    const room = Math.max(size, Math.min(CAPACITY, 4 * size));
    scratch = [new Float64Array(room), new Float64Array(room)];
  }
  let p = from > 0 ? kept.get(from).pmf : new Float64Array([1]);
  let len = p.length;
  for (let m = from + 1; m <= n; m++) {
    const next = len + m;
    const q = m === n ? take(next) : scratch[p === scratch[0] ? 1 : 0];
    for (let k = 0; k < m && k < len; k++) q[k] = 0.5 * p[k];
    for (let k = len; k < m; k++) q[k] = 0;
    for (let k = m; k < len; k++) q[k] = 0.5 * p[k] + 0.5 * p[k - m];
    for (let k = Math.max(m, len); k < next; k++) q[k] = 0.5 * p[k - m];
    p = q;
    len = next;
  }
  const out = { pmf: p, lower: null };
  kept.set(n, out);
  if (kept.size > MAX_KEPT) {
    const [oldest, old] = kept.entries().next().value;
    kept.delete(oldest);
    give(old.pmf);
    give(old.lower);
  }
  return out;
}
function signedRankPmf(n) {
  return keptFor(n).pmf.slice();
}
function signedRankCdf(q, n) {
  const e = keptFor(n);
  const pmf = e.pmf;
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  if (k <= (pmf.length - 1) / 2) return lowerSums(e)[k];
  return sumTail(pmf, k, true);
}
function lowerSums(e) {
  if (e.lower) return e.lower;
  const c = take(Math.floor((e.pmf.length - 1) / 2) + 1);
  let s = 0;
  for (let i = 0; i < c.length; i++) c[i] = s += e.pmf[i];
  e.lower = c;
  return c;
}
function sumTail(pmf, k, lower) {
  let s = 0;
  const mid = (pmf.length - 1) / 2;
  if (k <= mid) {
    for (let i = 0; i <= k; i++) s += pmf[i];
    return lower ? s : 1 - s;
  }
  for (let i = k + 1; i < pmf.length; i++) s += pmf[i];
  return lower ? 1 - s : s;
}
function discreteQuantile(pmf, p) {
  const top = pmf.length - 1;
  let s = 0;
  if (p <= 0.5) {
    const x2 = p - 10 * Number.EPSILON;
    for (let q = 0; q <= top; q++) {
      s += pmf[q];
      if (s >= x2) return q;
    }
    return top;
  }
  const x = 1 - p + 10 * Number.EPSILON;
  for (let q = 0; q <= top; q++) {
    s += pmf[q];
    if (s > x) return top - q;
  }
  return 0;
}

// src/stats/dist/mann-whitney.ts
var cache = /* @__PURE__ */ new Map();
function mannWhitneyPmf(m, n) {
  const key = `${m},${n}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let prev = [];
  for (let j = 0; j <= n; j++) prev.push(new Float64Array([1]));
  for (let i = 1; i <= m; i++) {
    const cur = [new Float64Array([1])];
    for (let j = 1; j <= n; j++) {
      const out = new Float64Array(i * j + 1);
      const px = i / (i + j);
      const fromX = prev[j];
      const fromY = cur[j - 1];
      for (let k = 0; k < fromX.length; k++) out[k + j] += px * fromX[k];
      for (let k = 0; k < fromY.length; k++) out[k] += (1 - px) * fromY[k];
      cur.push(out);
    }
    prev = cur;
  }
  const pmf = prev[n];
  if (m * n <= 4e4) cache.set(key, pmf);
  return pmf;
}
function mannWhitneyCdf(q, m, n) {
  const pmf = mannWhitneyPmf(m, n);
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  let s = 0;
  if (k <= (pmf.length - 1) / 2) {
    for (let i = 0; i <= k; i++) s += pmf[i];
    return s;
  }
  for (let i = k + 1; i < pmf.length; i++) s += pmf[i];
  return 1 - s;
}
function mannWhitneySf(q, m, n) {
  const pmf = mannWhitneyPmf(m, n);
  const k = Math.ceil(q - 1e-7);
  if (k <= 0) return 1;
  if (k > pmf.length - 1) return 0;
  let s = 0;
  if (k > (pmf.length - 1) / 2) {
    for (let i = k; i < pmf.length; i++) s += pmf[i];
    return s;
  }
  for (let i = 0; i < k; i++) s += pmf[i];
  return 1 - s;
}
function mannWhitneyQuantile(p, m, n) {
  return discreteQuantile(mannWhitneyPmf(m, n), p);
}

// src/stats/dist/prng.ts
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
    z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
    return (z ^ z >>> 16) >>> 0;
  };
}
function createRng(seed) {
  const sm = splitmix32(seed);
  let a = sm(), b = sm(), c = sm(), d = sm();
  let spare = null;
  const nextU32 = () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = b << 9 >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = () => nextU32() / 4294967296;
  return {
    next,
    fill(out) {
      let p = a, q = b, r = c, s = d;
      for (let i = 0; i < out.length; i++) {
        const m = Math.imul(q, 5);
        const result = Math.imul(m << 7 | m >>> 25, 9) >>> 0;
        const t = q << 9;
        r ^= p;
        s ^= q;
        q ^= r;
        p ^= s;
        r ^= t;
        s = s << 11 | s >>> 21;
        out[i] = result / 4294967296;
      }
      a = p >>> 0;
      b = q >>> 0;
      c = r >>> 0;
      d = s >>> 0;
    },
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    }
  };
}
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}

// src/stats/gs-null-paths.ts
var EXACT_MAX = 16;
var PATHS = 1 << 15;
var TILE = 64;
var SEED = 1592598566;
var patternV = null;
function vOfPattern() {
  if (patternV) return patternV;
  const size = 1 << EXACT_MAX;
  const v = new Int32Array(size);
  const pop = new Int32Array(size);
  for (let s = 1; s < size; s++) {
    pop[s] = pop[s >> 1] + (s & 1);
    v[s] = v[s >> 1] + pop[s >> 1] + (s & 1);
  }
  patternV = v;
  return v;
}
function columnOrder(paths, n) {
  const col = n - EXACT_MAX - 1;
  const hit = paths.sorted[col];
  if (hit) return hit;
  const column = paths.v.subarray(col * PATHS, (col + 1) * PATHS);
  const maxV = n * (n + 1) / 2;
  const start = PATHS < 65536 ? new Uint16Array(maxV + 2) : new Int32Array(maxV + 2);
  const count2 = new Int32Array(maxV + 2);
  for (let i = 0; i < PATHS; i++) count2[column[i] + 1]++;
  for (let v = 1; v <= maxV + 1; v++) count2[v] += count2[v - 1];
  start.set(count2);
  const order = new Uint16Array(PATHS);
  for (let i = 0; i < PATHS; i++) order[count2[column[i]]++] = i;
  const out = { order, start };
  paths.sorted[col] = out;
  return out;
}
var pathCache = /* @__PURE__ */ new Map();
function nullPaths(horizon) {
  const hit = pathCache.get(horizon);
  if (hit) return hit;
  const rng = createRng(SEED + horizon);
  const width = horizon - EXACT_MAX;
  const pattern = new Int32Array(PATHS);
  const v = new Int32Array(PATHS * width);
  const perm = new Int32Array(horizon);
  const tree = new Int32Array(horizon + 1);
  const draws = new Float64Array(2 * horizon - 1);
  const tile = new Int32Array(TILE * width);
  for (let path2 = 0; path2 < PATHS; path2++) {
    rng.fill(draws);
    for (let i = 0; i < horizon; i++) perm[i] = i + 1;
    for (let i = horizon - 1, u = 0; i > 0; i--, u++) {
      const j = Math.floor(draws[u] * (i + 1));
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    tree.fill(0);
    let V = 0;
    let positives = 0;
    const row = path2 % TILE * width;
    for (let n = 1; n <= horizon; n++) {
      const x = perm[n - 1];
      const s = draws[horizon + n - 2] < 0.5 ? 1 : 0;
      let packed = 0;
      for (let i = x - 1; i > 0; i -= i & -i) packed += tree[i];
      const below = packed & 65535;
      V += positives - (packed >>> 16) + (s ? below + 1 : 0);
      const inc = s ? 65537 : 1;
      for (let i = x; i <= horizon; i += i & -i) tree[i] += inc;
      positives += s;
      if (n > EXACT_MAX) tile[row + n - EXACT_MAX - 1] = V;
    }
    let pat = 0;
    for (let i = 0; i < EXACT_MAX; i++) {
      if (draws[horizon - 1 + i] >= 0.5) continue;
      let r = 0;
      for (let j = 0; j < EXACT_MAX; j++) if (perm[j] < perm[i]) r++;
      pat |= 1 << r;
    }
    pattern[path2] = pat;
    if (path2 % TILE === TILE - 1) {
      const first = path2 - TILE + 1;
      for (let col = 0; col < width; col++) {
        for (let k = 0; k < TILE; k++) v[col * PATHS + first + k] = tile[k * width + col];
      }
    }
  }
  const out = { horizon, pattern, v, sorted: [] };
  pathCache.set(horizon, out);
  return out;
}

// src/stats/gs-signed-rank.ts
var TOL = 1e-12;
function largestFit(hist, base2, target) {
  let cum = base2;
  let c = -1;
  for (let v = 0; v < hist.length; v++) {
    const next = cum + hist[v];
    if (next > target * (1 + 1e-9) + TOL) break;
    cum = next;
    c = v;
  }
  return [c, cum];
}
var chains = /* @__PURE__ */ new Map();
var MAX_CHAINS = 256;
var TOP = 1 << EXACT_MAX;
var ALL_ALIVE = new Uint32Array(PATHS / 32).fill(4294967295);
var ones = null;
function grow(p, from, to) {
  for (let n = from; n < to; n++) {
    const q = new Float64Array(p.length * 2);
    const share = 1 / (2 * (n + 1));
    for (let s = 0; s < p.length; s++) {
      const ps = p[s];
      if (ps === 0) continue;
      const w = ps * share;
      for (let r = 0; r <= n; r++) {
        const base2 = s & (1 << r) - 1 | s >> r << r + 1;
        q[base2] += w;
        q[base2 | 1 << r] += w;
      }
    }
    p = q;
  }
  return p;
}
function aliveOf(c) {
  if (!c.alive) {
    const { base: base2, sorted } = c.lazy;
    const alive = base2.slice();
    if (c.crit >= 0) {
      for (let k = 0; k < sorted.start[c.crit + 1]; k++) {
        const i = sorted.order[k];
        alive[i >>> 5] &= ~(1 << (i & 31));
      }
    }
    c.alive = alive;
    c.lazy = void 0;
  }
  return c.alive;
}
function chainFor(looks, horizon, alpha, spending) {
  const key = `${horizon}|${alpha}|${spending}|${looks.join(",")}`;
  const hit = chains.get(key);
  if (hit) {
    chains.delete(key);
    chains.set(key, hit);
    return hit;
  }
  const n = looks[looks.length - 1];
  const prev = looks.length > 1 ? chainFor(looks.slice(0, -1), horizon, alpha, spending) : { n: 1, exact: new Float64Array([0.5, 0.5]), w0: null, alive: null, total: 0, sumW2: 0, crit: -1 };
  const target = alphaSpent(spending, alpha, n / horizon);
  const maxV = n * (n + 1) / 2;
  let out;
  if (n <= EXACT_MAX) {
    const hist = new Float64Array(maxV + 1);
    const p = grow(prev.exact, prev.n, n);
    const V = vOfPattern();
    for (let s = 0; s < p.length; s++) if (p[s] > 0) hist[V[s]] += p[s];
    const [c, cum] = largestFit(hist, prev.total, target);
    if (c >= 0) {
      for (let s = 0; s < p.length; s++) if (V[s] <= c) p[s] = 0;
    }
    out = { n, exact: p, w0: null, alive: null, total: cum, sumW2: 0, crit: c };
  } else if (looks.length === 1) {
    const [c, cum] = largestFit(signedRankPmf(n), 0, target);
    out = { n, exact: null, w0: null, alive: null, total: cum, sumW2: 0, crit: c };
  } else {
    const paths = nullPaths(horizon);
    let w;
    let alive;
    if (prev.n > EXACT_MAX) {
      if (!prev.w0) {
        prev.w0 = ones ??= new Float32Array(PATHS).fill(1);
        prev.lazy = { base: ALL_ALIVE, sorted: columnOrder(paths, prev.n) };
      }
      w = prev.w0;
      alive = aliveOf(prev);
    } else {
      const p16 = grow(prev.exact, prev.n, EXACT_MAX);
      w = new Float32Array(PATHS);
      for (let i = 0; i < PATHS; i++) w[i] = p16[paths.pattern[i]] * TOP;
      alive = ALL_ALIVE;
    }
    const sorted = columnOrder(paths, n);
    const target1 = target * (1 + 1e-9) + TOL;
    let cum = prev.total;
    let sumW2 = prev.sumW2;
    let c = -1;
    for (let v = 0; v <= maxV; v++) {
      let h = 0, h2 = 0;
      for (let k = sorted.start[v], end = sorted.start[v + 1]; k < end; k++) {
        const i = sorted.order[k];
        if ((alive[i >>> 5] >>> (i & 31) & 1) === 0) continue;
        const wi = w[i];
        if (wi === 0) continue;
        h += wi / PATHS;
        h2 += wi * wi;
      }
      const next = cum + h;
      if (next + 2 * Math.sqrt(sumW2 + h2) / PATHS > target1) break;
      cum = next;
      sumW2 += h2;
      c = v;
    }
    out = { n, exact: null, w0: w, alive: null, lazy: { base: alive, sorted }, total: cum, sumW2, crit: c };
  }
  chains.set(key, out);
  if (chains.size > MAX_CHAINS) chains.delete(chains.keys().next().value);
  return out;
}
function signedRankLook(looks, horizon, alpha, spending) {
  const key = `${horizon}|${alpha}|${spending}|${looks.join(",")}`;
  const hit = results.get(key);
  if (hit) return hit;
  const c = chainFor(looks, horizon, alpha, spending);
  const out = { crit: c.crit, spent: c.total, se: Math.sqrt(c.sumW2) / PATHS };
  results.set(key, out);
  return out;
}
var results = /* @__PURE__ */ new Map();

// src/stats/gs-normal.ts
var RANGE = 8;
var PER_SD = 12;
function simpson(lo, hi, minPts) {
  let m = Math.max(3, Math.ceil(minPts));
  if (m % 2 === 0) m++;
  const x = new Float64Array(m);
  const w = new Float64Array(m);
  const h = (hi - lo) / (m - 1);
  for (let i = 0; i < m; i++) {
    x[i] = lo + i * h;
    w[i] = h / 3 * (i === 0 || i === m - 1 ? 1 : i % 2 ? 4 : 2);
  }
  return { x, w };
}
function solveDecreasing(f, target) {
  let lo = -10, hi = 40;
  let b = 2;
  for (let i = 0; i < 100; i++) {
    const [v, d] = f(b);
    const err = v - target;
    if (Math.abs(err) <= 1e-13 + 1e-10 * target) return b;
    if (err > 0) lo = b;
    else hi = b;
    let next = d < 0 ? b - err / d : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (hi - lo < 1e-12) return next;
    b = next;
  }
  return b;
}
var cache2 = /* @__PURE__ */ new Map();
function normalBoundary(fractions, alpha, spending) {
  const key = `${fractions.join(",")}|${alpha}|${spending}`;
  const hit = cache2.get(key);
  if (hit) return hit;
  const t = fractions;
  const steps = t.map((v, i) => v - (i ? t[i - 1] : 0));
  const hMin = Math.sqrt(Math.min(...steps)) / PER_SD;
  const z = [];
  const spent = [];
  let prev = 0;
  let grid = null;
  let dens = null;
  for (let k = 0; k < t.length; k++) {
    const target = Math.max(0, alphaSpent(spending, alpha, t[k]) - prev);
    const sdStep = Math.sqrt(steps[k]);
    const rt = Math.sqrt(t[k]);
    let b;
    if (k === 0) {
      b = target > 0 ? solveDecreasing((bb) => [normCdf(-bb), -normPdf(bb)], target) : Infinity;
    } else if (target <= 0) {
      b = Infinity;
    } else {
      const g = grid, f = dens;
      b = solveDecreasing((bb) => {
        let p = 0, d = 0;
        for (let i = 0; i < g.x.length; i++) {
          const u = (bb * rt - g.x[i]) / sdStep;
          const m = g.w[i] * f[i];
          p += m * normCdf(-u);
          d -= m * normPdf(u) * rt / sdStep;
        }
        return [p, d];
      }, target);
    }
    z.push(b);
    prev += target;
    spent.push(prev);
    if (k === t.length - 1) break;
    const up = Number.isFinite(b) ? b * rt : RANGE * rt;
    const lo = -RANGE * rt;
    const next = simpson(lo, up, (up - lo) / hMin);
    const nd = new Float64Array(next.x.length);
    if (k === 0) {
      for (let j = 0; j < nd.length; j++) nd[j] = normPdf(next.x[j] / rt) / rt;
    } else {
      const g = grid, f = dens;
      for (let j = 0; j < nd.length; j++) {
        let s = 0;
        const xj = next.x[j];
        for (let i = 0; i < g.x.length; i++) {
          const u = (xj - g.x[i]) / sdStep;
          if (u > RANGE || u < -RANGE) continue;
          s += g.w[i] * f[i] * Math.exp(-0.5 * u * u);
        }
        nd[j] = s / (sdStep * Math.sqrt(2 * Math.PI));
      }
    }
    grid = next;
    dens = nd;
  }
  const out = { z, nominal: z.map((v) => Number.isFinite(v) ? normCdf(-v) : 0), spent };
  cache2.set(key, out);
  return out;
}

// src/stats/look-boundary.ts
function sequenceFor(d, n) {
  return d.fixedN ? [n] : [...d.looks.slice(0, -1).filter((l) => l < n), n];
}
function critical(d, n, paired, a, purpose = "equivalence") {
  const seq = sequenceFor(d, n);
  const curve = curveOf(d.spending, purpose);
  if (d.method === "hl" && paired) {
    const c = signedRankLook(seq, d.fixedN ? n : d.horizon, a, curve).crit;
    return { c, nominal: c >= 0 ? signedRankCdf(c, n) : 0 };
  }
  const usable = seq.filter((l) => l >= 2);
  if (usable.length === 0) return { c: -1, nominal: 0 };
  const nb = normalBoundary(usable.map((l) => l / (d.fixedN ? n : d.horizon)), a, curve);
  return { c: -1, nominal: nb.nominal[nb.nominal.length - 1] };
}
function minimumN(method, paired, level) {
  if (method === "t") return 2;
  for (let n = 1; n < 60; n++) {
    const achieved = paired ? 1 - 2 * signedRankCdf(0, n) : 1 - 2 * mannWhitneyCdf(0, n, n);
    if (achieved >= level - 1e-12) return n;
  }
  return 60;
}
function reachableLevel(p) {
  return p.paired ? 1 - 2 * signedRankCdf(0, p.n) : 1 - 2 * mannWhitneyCdf(0, p.lb.length, p.la.length);
}

// src/stats/dist/student-t.ts
function tCdf(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df === Infinity) return normCdf(t);
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail2 = 0.5 * incompleteBeta(x, df / 2, 0.5, y);
  return t < 0 ? tail2 : 1 - tail2;
}
function tPdf(t, df) {
  return Math.exp(-((df + 1) / 2) * Math.log1p(t * t / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}
var quantiles = /* @__PURE__ */ new Map();
function tQuantile(p, df) {
  const key = `${p}|${df}`;
  let q = quantiles.get(key);
  if (q === void 0) {
    if (quantiles.size >= 1e5) quantiles.clear();
    quantiles.set(key, q = solveTQuantile(p, df));
  }
  return q;
}
function solveTQuantile(p, df) {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normQuantile(p);
  const lower = p < 0.5;
  const target = lower ? p : 1 - p;
  if (df === 1) {
    const v = -1 / Math.tan(Math.PI * target);
    return lower ? v : -v;
  }
  if (df === 2) {
    const exact = (2 * target - 1) / Math.sqrt(2 * target * (1 - target));
    return lower ? exact : -exact;
  }
  let lo = Math.min(-1, normQuantile(target) * 2);
  while (tCdf(lo, df) > target) lo *= 2;
  let hi = 0;
  const z = normQuantile(target);
  let t = z + (z * z * z + z) / (4 * df);
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  const logTarget = Math.log(target);
  for (let i = 0; i < 200; i++) {
    const f = tCdf(t, df);
    if (f > target) hi = t;
    else lo = t;
    const step = (Math.log(f) - logTarget) * f / tPdf(t, df);
    let next = t - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) {
      t = next;
      break;
    }
    t = next;
  }
  return lower ? t : -t;
}
function welchDf(var1, n1, var2, n2) {
  const a = var1 / n1;
  const b = var2 / n2;
  if (a + b === 0) return n1 + n2 - 2;
  return (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
}

// src/stats/power.ts
var POWER = 0.8;
var CAP = 1e5;
function blocksNeeded(sigma, margin, alpha, estimate, paired) {
  const bound = Math.log1p(margin);
  const k = paired ? 1 : 2;
  const inside = Math.abs(estimate) < bound;
  const beta = inside ? (1 - POWER) / 2 : 1 - POWER;
  const delta = inside ? bound : Math.abs(estimate);
  if (!(sigma > 0)) return 2;
  let n = 2;
  for (let i = 0; i < 30; i++) {
    const df = Math.max(1, paired ? n - 1 : 2 * n - 2);
    const q = tQuantile(1 - alpha, df) + tQuantile(1 - beta, df);
    const next = Math.min(CAP, Math.max(2, Math.ceil(k * sigma * sigma * q * q / (delta * delta))));
    if (next === n) break;
    n = next;
  }
  return n;
}

// src/stats/hodges-lehmann.ts
function pairwiseDifferences(x, y) {
  const out = new Float64Array(x.length * y.length);
  let k = 0;
  for (const a of x) for (const b of y) out[k++] = a - b;
  return out.sort();
}
function stepRoot(f, lo, hi) {
  let a = lo, b = hi;
  for (let i = 0; i < 200 && b - a > 0; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    if (f(mid) > 0) a = mid;
    else b = mid;
  }
  return a + (b - a) / 2;
}
function mannWhitneyShift(x, y, level) {
  const alpha = 1 - level;
  const nx = x.length;
  const ny = y.length;
  const diffs = pairwiseDifferences(x, y);
  const estimate = medianOfSorted(diffs);
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  const ties = tieSizes.some((t) => t > 1);
  let rx = 0;
  for (let i = 0; i < nx; i++) rx += ranks[i];
  const W = rx - nx * (nx + 1) / 2;
  if (nx < 50 && ny < 50 && !ties) {
    let qu = mannWhitneyQuantile(alpha / 2, nx, ny);
    if (qu === 0) qu = 1;
    const ql = nx * ny - qu;
    const achieved = 2 * mannWhitneyCdf(qu - 1, nx, ny);
    return {
      estimate,
      lo: diffs[qu - 1],
      hi: diffs[ql],
      level: 1 - achieved,
      pLess: mannWhitneyCdf(W, nx, ny),
      pGreater: mannWhitneySf(W, nx, ny),
      exact: true,
      statistic: W
    };
  }
  const N = nx + ny;
  const sigmaOf = (tc) => Math.sqrt(nx * ny / 12 * (N + 1 - tc / (N * (N - 1))));
  const sigma = sigmaOf(tieCorrection(tieSizes));
  const z = W - nx * ny / 2;
  const pLess = sigma === 0 ? 1 : normCdf((z + 0.5) / sigma);
  const pGreater = sigma === 0 ? 1 : 1 - normCdf((z - 0.5) / sigma);
  const Wd = (d) => {
    const r = averageRanks([...x.map((v) => v - d), ...y]);
    let s = 0;
    for (let i = 0; i < nx; i++) s += r.ranks[i];
    const dz = s - nx * (nx + 1) / 2 - nx * ny / 2;
    const sd2 = sigmaOf(tieCorrection(r.tieSizes));
    if (sd2 === 0) return 0;
    return (dz - Math.sign(dz) * 0.5) / sd2;
  };
  const mumin = Math.min(...x) - Math.max(...y);
  const mumax = Math.max(...x) - Math.min(...y);
  const wmin = Wd(mumin);
  const wmax = Wd(mumax);
  const root = (zq) => {
    if (wmin - zq <= 0) return mumin;
    if (wmax - zq >= 0) return mumax;
    return stepRoot((d) => Wd(d) - zq, mumin, mumax);
  };
  return {
    estimate,
    lo: root(normQuantile(1 - alpha / 2)),
    hi: root(normQuantile(alpha / 2)),
    level,
    pLess,
    pGreater,
    exact: false,
    statistic: W
  };
}

// src/stats/look-verdict.ts
function neededBlocks(d, p, spread, estimate) {
  const n = p.n;
  const need = (next) => {
    const nominal = critical({ ...d, looks: [...d.looks.filter((l) => l < next), next] }, next, p.paired, d.alpha).nominal;
    return nominal > 0 ? blocksNeeded(spread, d.margin, nominal, estimate, p.paired) : Infinity;
  };
  if (n >= d.horizon) return blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired);
  if (need(d.horizon) > d.horizon) return Math.max(d.horizon + 1, blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired));
  let lo = n + 1, hi = d.horizon;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (need(mid) <= mid) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
function neededFixed(d, p, spread, estimate) {
  return Math.max(minimumN(d.method, p.paired, 1 - 2 * d.alpha), blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired));
}
function tooFew(wa, d, p) {
  wa.blocks_needed = d.method === "t" ? 2 : neededFixed(d, p, wa.spread ?? 0, 0);
  if (d.method === "t") return { kind: "too-few-t", n: p.n };
  const level = 1 - 2 * d.alpha;
  if (p.paired && p.n > 0) {
    wa.ci = [Math.exp(Math.min(...p.d)), Math.exp(Math.max(...p.d))];
    wa.ci_level = reachableLevel(p);
  } else if (!p.paired && p.la.length > 0 && p.lb.length > 0) {
    const r = mannWhitneyShift(p.lb, p.la, reachableLevel(p));
    [wa.ratio, wa.ci, wa.ci_level] = [Math.exp(r.estimate), [Math.exp(r.lo), Math.exp(r.hi)], r.level];
  }
  return {
    kind: "too-few",
    n: p.n,
    paired: p.paired,
    minN: minimumN(d.method, p.paired, level),
    level,
    test: p.paired ? "signed-rank" : "Mann\u2013Whitney",
    reachable: reachableLevel(p),
    needed: wa.blocks_needed
  };
}
function classify(x, d, bound, spent, m) {
  const wa = x.wa;
  const prep = x.prep;
  const look2 = d.fixedN ? void 0 : { n: d.looks[d.looks.length - 1], horizon: d.horizon, spent, alpha: d.alpha };
  const at = look2 ? { look: look2 } : {};
  const needed2 = (estimate) => {
    if (d.skipBlocksNeeded) return { skipped: true };
    if (d.fixedN) return { blocks: wa.blocks_needed = neededFixed(d, prep, wa.spread ?? 0, estimate), horizon: null };
    wa.blocks_needed = neededBlocks(d, prep, wa.spread ?? 0, estimate);
    return { blocks: wa.blocks_needed, horizon: d.horizon };
  };
  if (prep.paired && prep.d.every((v) => v === 0) && critical(d, prep.n, true, d.alpha).nominal > 0) {
    wa.verdict = "neutral";
    wa.ratio = 1;
    wa.ci = [1, 1];
    wa.why = { kind: "identical", n: prep.n, ...at };
    return;
  }
  if (!x.t) {
    wa.why = look2 ? { kind: "too-early", n: prep.n, paired: prep.paired, test: d.method === "hl" && prep.paired ? "signed-rank" : "normal-theory", needed: needed2(0), look: look2 } : tooFew(wa, d, prep);
    return;
  }
  const t = x.t;
  const ci2 = { level: wa.ci_level, lo: wa.ci[0], hi: wa.ci[1], repeated: !d.fixedN };
  const inside = t.lo >= -bound && t.hi <= bound;
  const regression = wa.p_regression_adj <= d.alpha && t.change.hi < 0;
  const improvement = wa.p_improvement_adj <= d.alpha && t.change.lo > 0;
  const by = Math.abs(1 - wa.ratio);
  if (inside) {
    wa.verdict = "neutral";
    if (look2) wa.look = look2.n;
    wa.why = { kind: "neutral", ci: ci2, margin: d.margin, change: regression || improvement ? { by, slower: regression } : null, ...at };
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? "regression" : "improvement";
    if (look2) wa.look = look2.n;
    const p = regression ? wa.p_regression : wa.p_improvement;
    const adj = regression ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.ci = [Math.exp(t.change.lo), Math.exp(t.change.hi)];
    if (!d.fixedN) wa.ci_level = t.change.level;
    const changeCi = { level: wa.ci_level, lo: wa.ci[0], hi: wa.ci[1], repeated: !d.fixedN };
    wa.why = { kind: "changed", slower: regression, by, ci: changeCi, p, adj, m, alpha: d.alpha, ...at };
    return;
  }
  wa.verdict = "inconclusive";
  const more = { spread: wa.spread, paired: prep.paired, needed: needed2(t.estimate), ...at };
  if (t.hi < 0 || t.lo > 0) {
    const adj = t.hi < 0 ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.why = { kind: "not-significant", ci: ci2, adj, m, alpha: d.alpha, ...more };
  } else {
    wa.why = { kind: "wide", ci: ci2, margin: d.margin, ...more };
  }
}

// src/stats/t-interval.ts
function meanVar(x) {
  const n = x.length;
  const m = x.reduce((a, b) => a + b, 0) / n;
  const v = n > 1 ? x.reduce((s, v2) => s + (v2 - m) ** 2, 0) / (n - 1) : 0;
  return [m, v];
}
function fromStatistic(est, se, df, level) {
  if (se === 0) {
    const pLess = est < 0 ? 0 : 1;
    const pGreater = est > 0 ? 0 : 1;
    return { estimate: est, lo: est, hi: est, level, pLess, pGreater, exact: false, statistic: est === 0 ? 0 : Math.sign(est) * Infinity };
  }
  const t = est / se;
  const q = tQuantile(1 - (1 - level) / 2, df);
  return {
    estimate: est,
    lo: est - q * se,
    hi: est + q * se,
    level,
    pLess: tCdf(t, df),
    pGreater: tCdf(-t, df),
    exact: false,
    statistic: t
  };
}
function pairedT(d, level) {
  const [m, v] = meanVar(d);
  return fromStatistic(m, Math.sqrt(v / d.length), d.length - 1, level);
}
function welchT(x, y, level) {
  const [mx, vx] = meanVar(x);
  const [my, vy] = meanVar(y);
  const se = Math.sqrt(vx / x.length + vy / y.length);
  return fromStatistic(mx - my, se, welchDf(vx, x.length, vy, y.length), level);
}

// src/stats/holm.ts
function holmAdjust(p) {
  const idx = p.map((v, i) => [v, i]).filter((e) => e[0] !== null);
  idx.sort((x, y) => x[0] - y[0]);
  const m = idx.length;
  const out = p.map(() => null);
  let running = 0;
  idx.forEach(([v, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * v));
    out[i] = running;
  });
  return out;
}

// src/stats/flags.ts
var MOD_Z_LIMIT = 3.5;
var sortedCopy = (x) => sortInPlace(new Float64Array(x));
function madOfSorted(s, m) {
  const [a, b] = middleDeviations(s, m);
  return s.length % 2 === 1 ? b : (a + b) / 2;
}
function blocksOf(obs, idx) {
  return idx.map((i) => obs[i].block);
}
function modifiedZOutliers(x, sorted) {
  if (x.length < 8) return [];
  const s = sorted ?? sortedCopy(x);
  const m = medianOfSorted(s);
  const mad = madOfSorted(s, m);
  if (mad === 0) return [];
  const out = [];
  for (let i = 0; i < x.length; i++) if (Math.abs(0.6745 * (x[i] - m) / mad) > MOD_Z_LIMIT) out.push(i);
  return out;
}
function tukeyOutliers(x, sorted) {
  if (x.length < 8) return [];
  const s = sorted ?? sortedCopy(x);
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  const iqr = q3 - q1;
  if (iqr === 0) return [];
  const out = [];
  for (let i = 0; i < x.length; i++) if (x[i] < q1 - 1.5 * iqr || x[i] > q3 + 1.5 * iqr) out.push(i);
  return out;
}
function driftRho(values, order, valueRanks = sortedWithRanks(Float64Array.from(values)).ranks) {
  const n = values.length;
  let increasing = true;
  for (let i = 1; i < n && increasing; i++) increasing = order[i] > order[i - 1];
  let ro;
  if (increasing) {
    const r = new Float64Array(n);
    for (let i = 0; i < n; i++) r[i] = i + 1;
    ro = r;
  } else ro = averageRanks(order).ranks;
  return spearmanOfRanks(ro, valueRanks);
}
var tOfRho = (rho, n) => rho * Math.sqrt((n - 2) / (1 - rho * rho));
function driftP(rho, n) {
  return Math.abs(rho) >= 1 ? 0 : 2 * tCdf(-Math.abs(tOfRho(rho, n)), n - 2);
}
var DRIFT_T_FLOOR = 2.5;
var pre = new Float64Array(0);
var pre2 = new Float64Array(0);
function twoMeansCut(s) {
  const n = s.length;
  if (pre.length < n + 1) {
    pre = new Float64Array(2 * n + 1);
    pre2 = new Float64Array(2 * n + 1);
  }
  for (let i = 0; i < n; i++) {
    pre[i + 1] = pre[i] + s[i];
    pre2[i + 1] = pre2[i] + s[i] * s[i];
  }
  const sse = (a, b) => pre2[b] - pre2[a] - (pre[b] - pre[a]) ** 2 / (b - a);
  let best = Infinity;
  let cut = n;
  for (let k = 1; k < n; k++) {
    if (s[k] === s[k - 1]) continue;
    const v = sse(0, k) + sse(k, n);
    if (v < best) {
      best = v;
      cut = k;
    }
  }
  return cut;
}
function bimodality(x, sorted) {
  const n = x.length;
  if (n < 8) return null;
  const s = sorted ?? sortedCopy(x);
  const cut = twoMeansCut(s);
  if (cut === n || cut < 0.2 * n || n - cut < 0.2 * n) return null;
  const gap = s[cut] - s[cut - 1];
  const m1 = medianOfSorted(s.subarray(0, cut));
  const m2 = medianOfSorted(s.subarray(cut));
  const dev = new Float64Array(n);
  let below = 0;
  for (let i = 0; i < n; i++) {
    dev[i] = Math.abs(s[i] - (i < cut ? m1 : m2));
    if (dev[i] < gap / 4) below++;
  }
  if (below <= n - 1 >> 1) return null;
  const within = medianOfSorted(sortInPlace(dev));
  if (gap > 4 * within && gap > 0) return { low: cut, high: n - cut, gap };
  return null;
}
function qualityFlags(sides) {
  const flags = [];
  for (const { label, obs } of sides) {
    const n = obs.length;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = Math.log(obs[i].value);
    const { sorted, ranks } = sortedWithRanks(x);
    const z = modifiedZOutliers(x, sorted);
    if (z.length) flags.push({ kind: "outlier", variant: label, blocks: blocksOf(obs, z), rule: "modified-z", limit: MOD_Z_LIMIT });
    const t = tukeyOutliers(x, sorted);
    if (t.length) flags.push({ kind: "outlier", variant: label, blocks: blocksOf(obs, t), rule: "tukey" });
    if (n >= 6) {
      const rho = driftRho(x, obs.map((o, i) => o.seq ?? o.block ?? i), ranks);
      const p = Math.abs(rho) < 1 && Math.abs(tOfRho(rho, n)) < DRIFT_T_FLOOR ? 1 : driftP(rho, n);
      if (p < 0.01) flags.push({ kind: "drift", variant: label, rho, p });
    }
    const bi = bimodality(x, sorted);
    if (bi) flags.push({ kind: "bimodal", variant: label, low: bi.low, high: bi.high, gap: Math.expm1(bi.gap) });
  }
  return flags;
}

// src/stats/walsh.ts
function walshCount(d, x, inclusive) {
  const n = d.length;
  let count2 = 0;
  let j = n - 1;
  const x2 = 2 * x;
  if (inclusive) {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] > x2) j--;
      if (j < i) break;
      count2 += j - i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] >= x2) j--;
      if (j < i) break;
      count2 += j - i + 1;
    }
  }
  return count2;
}
var walshScratch = () => ({ buf: new Float64Array(64) });
function walshKth(d, k, scratch2 = walshScratch()) {
  const n = d.length;
  let lo = d[0], hi = d[n - 1];
  let cLo = walshCount(d, lo, true);
  if (cLo >= k) return lo;
  let cHi = n * (n + 1) / 2;
  const N = cHi;
  const q = (k - 0.5) / N * (n - 1);
  const dq = d[Math.floor(q)] + q % 1 * (d[Math.ceil(q)] - d[Math.floor(q)]);
  const med = (d[n - 1 >> 1] + d[n >> 1]) / 2;
  const guess = med + (dq - med) * Math.SQRT1_2;
  const spacing = (d[n - 1] - d[0]) / N * 128;
  const trials = [guess, guess - spacing, guess + spacing];
  let interpolate = true;
  let t = 0;
  while (cHi - cLo > 16) {
    const width = cHi - cLo;
    const trial = t < trials.length ? trials[t++] : NaN;
    if (trial === trial && !(trial > lo && trial < hi)) continue;
    let mid = trial === trial ? trial : interpolate ? lo + (hi - lo) * (k - cLo - 0.5) / width : lo + (hi - lo) / 2;
    if (!(mid > lo && mid < hi)) mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const c = walshCount(d, mid, true);
    if (c >= k) {
      hi = mid;
      cHi = c;
    } else {
      lo = mid;
      cLo = c;
    }
    interpolate = interpolate ? cHi - cLo <= width / 2 : true;
  }
  const m = cHi - cLo;
  if (scratch2.buf.length < m) scratch2.buf = new Float64Array(2 * m);
  const buf = scratch2.buf;
  let filled = 0;
  let top = n - 1;
  let low = n - 1;
  for (let i = 0; i < n; i++) {
    while (top >= i && (d[i] + d[top]) / 2 > hi) top--;
    if (top < i) break;
    while (low >= i && (d[i] + d[low]) / 2 > lo) low--;
    for (let j = Math.max(i, low + 1); j <= top; j++) buf[filled++] = (d[i] + d[j]) / 2;
  }
  const want = k - cLo - 1;
  return sortInPlace(buf, 0, m - 1)[want];
}
function walshMiddlePair(d, k, scratch2) {
  const w = walshKth(d, k, scratch2);
  if (walshCount(d, w, true) > k) return (w + w) / 2;
  const n = d.length;
  let next = Infinity;
  let j = n - 1;
  for (let i = 0; i < n; i++) {
    while (j > i && (d[i] + d[j - 1]) / 2 > w) j--;
    if (j < i) j = i;
    const v = (d[i] + d[j]) / 2;
    if (v > w && v < next) next = v;
  }
  return (w + next) / 2;
}
function walshMedian(sd2, scratch2 = walshScratch()) {
  const N = sd2.length * (sd2.length + 1) / 2;
  return N % 2 ? walshKth(sd2, (N + 1) / 2, scratch2) : walshMiddlePair(sd2, N / 2, scratch2);
}

// src/stats/look.ts
function criticals(d) {
  const memo = /* @__PURE__ */ new Map();
  const split = d.spending === "split";
  return (n, paired, a, purpose) => {
    const key = `${n}|${paired}|${a}|${split ? purpose : ""}`;
    let c = memo.get(key);
    if (!c) memo.set(key, c = critical(d, n, paired, a, purpose));
    return c;
  };
}
function pairedEstimate(d, method, scratch2) {
  return method === "t" ? d.reduce((a, b) => a + b, 0) / d.length : walshMedian(sortInPlace(Float64Array.from(d)), scratch2);
}
function test(p, d, critOf, scratch2) {
  const at = critOf(p.n, p.paired, d.alpha, "equivalence");
  if (at.nominal <= 0) return null;
  const crit = (a) => critOf(p.n, p.paired, a, "change");
  const ch = crit(d.alpha);
  if (d.method === "hl" && p.paired) {
    const sd2 = sortInPlace(Float64Array.from(p.d));
    const N = sd2.length * (sd2.length + 1) / 2;
    const below = walshCount(sd2, 0, false);
    const atOrBelow = walshCount(sd2, 0, true);
    const lo = walshKth(sd2, at.c + 1, scratch2), hi = walshKth(sd2, N - at.c, scratch2);
    return {
      estimate: walshMedian(sd2, scratch2),
      lo,
      hi,
      level: 1 - 2 * at.nominal,
      change: ch === at ? { lo, hi, level: 1 - 2 * at.nominal } : { lo: walshKth(sd2, ch.c + 1, scratch2), hi: walshKth(sd2, N - ch.c, scratch2), level: 1 - 2 * ch.nominal },
      // Fixed-sample p-values on the counts the boundary tests (a zero Walsh average counts against
      // the call), so "p ≤ a" is "the single-look boundary at a rejects", with ties too.
      pLess: signedRankCdf(N - below, p.n),
      pGreater: signedRankCdf(atOrBelow, p.n),
      regressionAt: (a) => crit(a).c >= N - below,
      improvementAt: (a) => crit(a).c >= atOrBelow
    };
  }
  const interval = (level2) => d.method === "t" ? p.paired ? pairedT(p.d, level2) : welchT(p.lb, p.la, level2) : mannWhitneyShift(p.lb, p.la, level2);
  const level = 1 - 2 * at.nominal;
  const r = interval(level);
  if (d.fixedN && r.level < level - 1e-9) return null;
  const c = ch === at || ch.nominal <= 0 ? null : interval(1 - 2 * ch.nominal);
  return {
    estimate: r.estimate,
    lo: r.lo,
    hi: r.hi,
    level,
    pLess: r.pLess,
    pGreater: r.pGreater,
    change: c ? { lo: c.lo, hi: c.hi, level: 1 - 2 * ch.nominal } : { lo: r.lo, hi: r.hi, level },
    regressionAt: (a) => r.pLess <= crit(a).nominal,
    improvementAt: (a) => r.pGreater <= crit(a).nominal
  };
}
function pairedShift(d, alpha) {
  const at = critical({ alpha, margin: 0, method: "hl", horizon: 1, spending: "obf", looks: [1], fixedN: true }, d.length, true, alpha);
  if (d.length === 0 || at.c < 0) return null;
  const sd2 = sortInPlace(Float64Array.from(d));
  const N = sd2.length * (sd2.length + 1) / 2;
  const scratch2 = walshScratch();
  return { estimate: walshMedian(sd2, scratch2), lo: walshKth(sd2, at.c + 1, scratch2), hi: walshKth(sd2, N - at.c, scratch2) };
}
function repeatedP(levels, rejects) {
  if (!rejects(levels[levels.length - 1])) return 1;
  let lo = 0, hi = levels.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (rejects(levels[mid])) hi = mid;
    else lo = mid + 1;
  }
  return levels[hi];
}
function analyzeLook(inputs, d, carry = { regression: [], improvement: [] }) {
  const bound = Math.log1p(d.margin);
  const spent = d.fixedN ? d.alpha : alphaSpent(d.spending, d.alpha, d.looks[d.looks.length - 1] / d.horizon);
  const warnings = [];
  checkInputs(inputs);
  const untested = d.fixedN ? { repReg: null, repImp: null } : { repReg: 1, repImp: 1 };
  const critOf = criticals(d);
  const scratch2 = walshScratch();
  const drafts = inputs.map((w) => {
    const base2 = {
      name: w.name,
      n: 0,
      paired: false,
      method: d.method,
      ratio: null,
      ci: null,
      ci_level: 1 - 2 * d.alpha,
      p_regression: null,
      p_regression_adj: null,
      p_improvement: null,
      p_improvement_adj: null,
      verdict: "inconclusive",
      blocks_needed: null,
      spread: null,
      flags: [],
      flagged: [],
      reason: "",
      ...!d.fixedN && { look: null, alpha_spent: spent, alpha_remaining: Math.max(0, d.alpha - spent) }
    };
    const failed = failedSide(w, warnings);
    if (failed) {
      base2.verdict = "failed";
      base2.why = failed;
      return { wa: base2, t: null, prep: null, ...untested };
    }
    const prep = prepare(w);
    const flags = pairingFlags(prep);
    Object.assign(base2, { n: prep.n, paired: prep.paired, flagged: flags, spread: spreadOf(prep, d.method) });
    const identical = prep.paired && prep.d.every((v) => v === 0);
    const t = identical ? null : test(prep, d, critOf, scratch2);
    if (!t) {
      if (!identical && prep.paired && prep.n > 0) base2.ratio = Math.exp(pairedEstimate(prep.d, d.method, scratch2));
      return { wa: base2, t: null, prep, ...untested };
    }
    Object.assign(base2, {
      // Fixed n: the requested level, as R's wilcox.test labels it (an exact interval covers at least that).
      ratio: Math.exp(t.estimate),
      ci: [Math.exp(t.lo), Math.exp(t.hi)],
      ci_level: d.fixedN ? 1 - 2 * d.alpha : t.level,
      p_regression: t.pLess,
      p_improvement: t.pGreater
    });
    return { wa: base2, t, prep, ...untested };
  });
  const m = d.fixedN ? drafts.filter((x) => x.t).length : inputs.length + carry.regression.length;
  const levels = Array.from({ length: Math.max(1, m) }, (_, j) => d.alpha / (m - j));
  for (const x of drafts) {
    if (!x.t) continue;
    [x.repReg, x.repImp] = d.fixedN ? [x.t.pLess, x.t.pGreater] : [repeatedP(levels, x.t.regressionAt), repeatedP(levels, x.t.improvementAt)];
  }
  const regAdj = holmAdjust([...drafts.map((x) => x.repReg), ...carry.regression]);
  const impAdj = holmAdjust([...drafts.map((x) => x.repImp), ...carry.improvement]);
  drafts.forEach((x, i) => {
    if (!x.prep) return;
    x.wa.p_regression_adj = x.t ? regAdj[i] : null;
    x.wa.p_improvement_adj = x.t ? impAdj[i] : null;
    classify(x, d, bound, spent, m);
    if (!d.decidedOnly || x.wa.verdict !== "inconclusive") x.wa.flagged.unshift(...qualityFlags([{ label: "A", obs: inputs[i].a }, { label: "B", obs: inputs[i].b }]));
  });
  const workloads = drafts.map((x) => withoutEmpty(x.wa));
  return { verdict: gate(workloads), margin: d.margin, alpha: d.alpha, geomean_ratio: geomean(workloads), workloads, warnings: [], ...warnings.length ? { warned: warnings } : {} };
}
function withoutEmpty(w) {
  if (w.flagged?.length === 0) delete w.flagged;
  return w;
}
function geomean(ws) {
  const r = ws.map((w) => w.ratio).filter((v) => v !== null);
  if (r.length === 0) return null;
  return Math.exp(r.reduce((s, v) => s + Math.log(v), 0) / r.length);
}

// src/stats/analyze.ts
var MARGIN = optionSpec("analyze", "margin");
function validateOptions(opts) {
  if (!inRange(MARGIN, opts.margin)) {
    throw new UserError(`margin ${opts.margin} is out of range`, `give a relative margin ${rangeText(MARGIN)}, e.g. --margin ${MARGIN.example}`);
  }
  if (!(opts.alpha > 0 && opts.alpha < 0.5)) {
    throw new UserError(`alpha ${opts.alpha} is out of range`, "give a one-sided error rate between 0 and 0.5, e.g. --alpha 0.05");
  }
  if (opts.method !== "hl" && opts.method !== "t") {
    throw new UserError(`method ${String(opts.method)} is unknown`, "use --method hl (Hodges\u2013Lehmann, default) or --method t");
  }
  const k = opts.plannedLooks ?? 1;
  if (!(Number.isInteger(k) && k >= 1)) throw new UserError(`plannedLooks ${k} must be a positive integer`);
}
function analyze(inputs, opts) {
  validateOptions(opts);
  const alpha = opts.alpha / (opts.plannedLooks ?? 1);
  const a = analyzeLook(inputs, { alpha, margin: opts.margin, method: opts.method, horizon: 1, spending: "obf", looks: [1], fixedN: true });
  return { ...a, alpha: opts.alpha };
}

// src/stats/sequential.ts
function validateLooks(looks) {
  if (looks.length === 0 || !looks.every((l) => Number.isInteger(l) && l >= 1)) {
    throw new UserError(`looks ${JSON.stringify(looks)} must be positive whole block counts`, "e.g. looks 5,10,20,30");
  }
}
function designState(opts) {
  const s = opts.state;
  const horizon = s?.horizon ?? opts.horizon ?? Math.max(...opts.looks);
  if (!(Number.isInteger(horizon) && horizon >= 2 && horizon <= MAX_HORIZON)) {
    throw new UserError(`horizon ${horizon} must be a whole number of blocks between 2 and ${MAX_HORIZON}`, "e.g. --horizon 60");
  }
  if (s) {
    if (s.version !== 2 || !Array.isArray(s.looks)) throw new UserError("the persisted design state is not a version 2 design", "start a new experiment");
    for (const k of ["method", "alpha", "margin"]) {
      if (s[k] !== opts[k]) {
        throw new UserError(`the experiment was declared with ${k} ${s[k]}, not ${opts[k]}: a design cannot change after its first look`, `rerun with --${k} ${s[k]}, or start a new experiment`);
      }
    }
  }
  if (opts.nBlocks > horizon) {
    throw new UserError(
      `${opts.nBlocks} blocks exceed the declared horizon of ${horizon}: the sequential design has no \u03B1 left beyond it`,
      `extend at most to ${horizon} blocks, or declare a larger horizon when starting the next experiment, e.g. --horizon ${Math.min(MAX_HORIZON, 2 * horizon)}`
    );
  }
  return s ? { ...s, looks: s.looks.map((l) => ({ ...l, decided: [...l.decided] })) } : { version: 2, method: opts.method, alpha: opts.alpha, margin: opts.margin, horizon, spending: opts.spending ?? DEFAULT_SPENDING, looks: [] };
}
function snapshot(inputs) {
  return {
    names: inputs.map((w) => w.name),
    data: inputs.map((w) => {
      const out = new Float64Array(3 * (w.a.length + w.b.length) + 1);
      let k = 0;
      for (const side of [w.a, w.b]) {
        for (const o of side) {
          out[k++] = o.block;
          out[k++] = o.value;
          out[k++] = o.seq ?? NaN;
        }
        if (side === w.a) out[k++] = NaN;
      }
      return out;
    })
  };
}
function sameSnapshot(x, y) {
  if (x.names.length !== y.names.length) return false;
  for (let i = 0; i < x.names.length; i++) {
    const p = x.data[i], q = y.data[i];
    if (x.names[i] !== y.names[i] || p.length !== q.length) return false;
    for (let k = 0; k < p.length; k++) if (p[k] !== q[k] && !(p[k] !== p[k] && q[k] !== q[k])) return false;
  }
  return true;
}
var replays = /* @__PURE__ */ new Map();
var MAX_REPLAYS = 8;
function remembered(key) {
  const steps = replays.get(key) ?? [];
  replays.delete(key);
  replays.set(key, steps);
  if (replays.size > MAX_REPLAYS) replays.delete(replays.keys().next().value);
  return steps;
}
function decide(inputs, opts) {
  validateLooks(opts.looks);
  const state = designState(opts);
  const blockOrder = [...new Set(inputs.flatMap((w) => [...w.a, ...w.b].map((o) => o.block)))].sort((a, b) => a - b);
  const nBlocks = Math.min(opts.nBlocks, blockOrder.length);
  const taken = state.looks.length ? state.looks.map((l) => l.blocks) : opts.looks.filter((l) => l < nBlocks);
  const atLook = opts.looks.includes(opts.nBlocks) || opts.nBlocks === state.horizon || state.looks.some((l) => l.blocks === opts.nBlocks);
  const sequence = [.../* @__PURE__ */ new Set([...taken.filter((l) => l <= nBlocks), ...atLook ? [nBlocks] : []])].filter((l) => l >= 1).sort((a, b) => a - b);
  let decided = /* @__PURE__ */ new Map();
  let carry = { regression: [], improvement: [] };
  const looks = [];
  let latest = null;
  const steps = remembered(`${state.method}|${state.alpha}|${state.margin}|${state.horizon}|${state.spending}`);
  const rank = new Map(blockOrder.map((b, r) => [b, r]));
  const upTo = (look2) => inputs.map((w) => ({ name: w.name, a: w.a.filter((o) => rank.get(o.block) < look2), b: w.b.filter((o) => rank.get(o.block) < look2) }));
  const forecast = opts.forecast ?? true;
  const skipAt = (look2) => look2 !== nBlocks || !forecast;
  const matches = (i) => steps[i] && steps[i].look === sequence[i] && (sequence[i] !== nBlocks || !steps[i].decidedOnly && steps[i].skipBlocksNeeded === skipAt(nBlocks));
  let reuse = 0;
  while (reuse < sequence.length && matches(reuse)) reuse++;
  while (reuse > 0 && !steps[reuse - 1].data) reuse--;
  if (reuse > 0 && !sameSnapshot(steps[reuse - 1].data, snapshot(upTo(sequence[reuse - 1])))) reuse = 0;
  steps.length = reuse;
  sequence.forEach((look2, i) => {
    let step;
    if (i < reuse) step = steps[i];
    else {
      const skipBlocksNeeded = skipAt(look2);
      const decidedOnly = look2 !== nBlocks;
      const truncated = upTo(look2);
      const design2 = {
        alpha: state.alpha,
        margin: state.margin,
        method: state.method,
        horizon: state.horizon,
        spending: state.spending,
        looks: sequence.slice(0, i + 1),
        skipBlocksNeeded,
        decidedOnly
      };
      const atThis = analyzeLook(truncated.filter((w) => !decided.has(w.name)), design2, carry);
      const after = new Map(decided);
      const next = { regression: [...carry.regression], improvement: [...carry.improvement] };
      const newly = [];
      for (const w of atThis.workloads) {
        if (w.verdict === "inconclusive") continue;
        after.set(w.name, { ...w, flagged: [...w.flagged ?? [], { kind: "decided-at", index: i + 1, blocks: look2, horizon: state.horizon }] });
        next.regression.push(w.verdict === "regression" ? 0 : w.p_regression_adj ?? 1);
        next.improvement.push(w.verdict === "improvement" ? 0 : w.p_improvement_adj ?? 1);
        newly.push({ name: w.name, verdict: w.verdict });
      }
      step = { look: look2, skipBlocksNeeded, decidedOnly, data: null, decided: after, carry: next, newly, analysis: atThis };
      steps.push(step);
    }
    decided = step.decided;
    carry = step.carry;
    if (look2 === nBlocks) latest = structuredClone(step.analysis);
    const prior = state.looks.find((l) => l.blocks === look2);
    looks.push({ blocks: look2, ...prior?.at ? { at: prior.at } : look2 === nBlocks && opts.at ? { at: opts.at } : {}, alpha_spent: alphaSpent(state.spending, state.alpha, look2 / state.horizon), decided: step.newly.map((x) => ({ ...x })) });
  });
  const lastStep = steps[steps.length - 1];
  if (lastStep && !lastStep.data) lastStep.data = snapshot(upTo(lastStep.look));
  decided = new Map([...decided].map(([k, w]) => [k, structuredClone(w)]));
  const lastDesign = {
    alpha: state.alpha,
    margin: state.margin,
    method: state.method,
    horizon: state.horizon,
    spending: state.spending,
    looks: [...sequence.filter((l) => l < nBlocks), nBlocks],
    skipBlocksNeeded: !forecast
  };
  const current = latest ?? analyzeLook(inputs.filter((w) => !decided.has(w.name)), lastDesign, carry);
  const byName = new Map(current.workloads.map((w) => [w.name, w]));
  const workloads = inputs.map((w) => {
    const got = decided.get(w.name);
    if (got) return got;
    const open = byName.get(w.name);
    return latest || open.verdict === "failed" ? open : { ...open, verdict: "inconclusive", look: null, why: open.why && { ...open.why, between: true } };
  });
  const spentNow = alphaSpent(state.spending, state.alpha, (sequence[sequence.length - 1] ?? 0) / state.horizon);
  for (const w of workloads) {
    if (!decided.has(w.name)) {
      w.alpha_spent = spentNow;
      w.alpha_remaining = Math.max(0, state.alpha - spentNow);
    }
  }
  lookHistory(workloads, looks, state.horizon);
  const pending = workloads.filter((w) => !decided.has(w.name)).map((w) => w.name);
  const warned = inputs.length === 0 ? [{ kind: "no-workloads" }, ...current.warned ?? []] : current.warned ?? [];
  return {
    analysis: { ...current, verdict: gate(workloads), geomean_ratio: geomean(workloads), workloads, warnings: [], ...warned.length ? { warned } : {} },
    pending,
    atLook,
    state: { ...state, looks }
  };
}
function lookHistory(workloads, looks, horizon) {
  const at = new Map(looks.flatMap((l, k) => l.decided.map((d) => [d.name, k])));
  for (const w of workloads) {
    if (!w.why) continue;
    const k = at.get(w.name);
    if (k !== void 0) {
      w.why = { ...w.why, history: { decidedAt: k + 1, blocks: looks[k].blocks, horizon, openAt: looks.slice(0, k).map((l) => l.blocks) } };
    } else if (looks.length > 0 && w.verdict !== "failed") {
      w.why = { ...w.why, history: { openAt: looks.map((l) => l.blocks), horizon } };
    }
  }
}

// src/stats/depth-memory.ts
function depthMemoryAnalysis(results3) {
  const { plan: plan2 } = results3;
  if (!plan2.depthSweep) return [];
  const counted = countedDepthLaunches(results3.depthLaunches);
  const level = 1 - 2 * plan2.alpha;
  return depthUnits(plan2).flatMap((unit2) => plan2.depthSweep.depths.map((depth) => {
    const name = depthPointId("mem", depth, unit2.model);
    const launches = counted.filter((l) => sameModel(l, unit2));
    const total = (v) => depthObservations(launches, v, depth, (p) => p.memory?.rssKiB);
    const anon = (v) => depthObservations(launches, v, depth, (p) => p.memory?.anonKiB);
    const med = (xs) => xs.length ? median(xs.map((o) => o.value)) : null;
    const [a, b] = [total("A"), total("B")];
    const base2 = { name, depth, ...unit2.model !== void 0 && { model: unit2.model }, a_kib: med(a), b_kib: med(b), a_anon_kib: med(anon("A")), b_anon_kib: med(anon("B")), ci_level: level };
    if (a.length === 0 || b.length === 0) return { ...base2, n: 0, ratio: null, ci: null };
    const [w] = analyze([{ name, a, b }], { margin: plan2.margin, alpha: plan2.alpha, method: "hl" }).workloads;
    const full = w.ci !== null && w.ci_level >= level - 1e-9;
    return { ...base2, n: w.n, ratio: w.ratio, ci: full ? w.ci : null };
  }));
}
function withDepthMemory(analysis2, results3) {
  return results3.plan.depthSweep ? { ...analysis2, depth_memory: depthMemoryAnalysis(results3) } : analysis2;
}
function peakRssRatio(plan2, workload, launches) {
  const obs = (v) => launches.filter((l) => l.variant === v && l.memory.peakRssKiB > 0).map((l) => ({ block: l.block, value: l.memory.peakRssKiB, seq: l.seq }));
  const [wa] = analyze([{ name: workload, a: obs("A"), b: obs("B") }], { margin: plan2.margin, alpha: plan2.alpha, method: "hl" }).workloads;
  if (!wa || wa.ratio === null || !wa.ci || wa.ci_level < 1 - 2 * plan2.alpha - 1e-9) return null;
  return { ratio: wa.ratio, ci: wa.ci, level: wa.ci_level };
}

// src/host/guest/index.ts
import { copyFileSync, appendFileSync, mkdtempSync as mkdtempSync2, mkdirSync, readFileSync as readFileSync2, rmSync as rmSync2, statSync as statSync3, writeFileSync } from "node:fs";
import { join as join5 } from "node:path";
import { constants as constants3 } from "node:os";

// src/sys/scratch.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var live = /* @__PURE__ */ new Set();
var hooked = false;
function removeAll() {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}
function scratchDir(prefix) {
  if (!hooked) {
    process.on("exit", removeAll);
    hooked = true;
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  live.add(dir);
  return dir;
}
function dropScratch(dir) {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

// src/host/guest/boot.ts
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var opt = (s) => s.replaceAll(",", ",,");
function qemuArgv(tools, shape, initrd, dir) {
  const cpus = shape.nodes * shape.cpusPerNode;
  const numa2 = [];
  for (let n = 0; n < shape.nodes; n++) {
    const first = n * shape.cpusPerNode;
    const range = shape.cpusPerNode === 1 ? `${first}` : `${first}-${first + shape.cpusPerNode - 1}`;
    numa2.push("-object", `memory-backend-ram,id=m${n},size=${shape.memMiBPerNode}M`, "-numa", `node,nodeid=${n},cpus=${range},memdev=m${n}`);
  }
  return [
    tools.qemu,
    "-machine",
    "q35",
    "-accel",
    "tcg",
    "-cpu",
    "max",
    "-smp",
    String(cpus),
    "-m",
    `${shape.nodes * shape.memMiBPerNode}M`,
    ...numa2,
    "-kernel",
    opt(tools.kernel),
    "-initrd",
    opt(initrd),
    "-append",
    "console=ttyS0 quiet panic=-1 mitigations=off numa_balancing=disable",
    "-display",
    "none",
    "-monitor",
    "none",
    "-no-reboot",
    "-nodefaults",
    "-chardev",
    `file,id=con,path=${opt(join2(dir, "console.log"))}`,
    "-serial",
    "chardev:con",
    "-chardev",
    `file,id=data,path=${opt(join2(dir, "data.txt"))}`,
    "-serial",
    "chardev:data"
  ];
}
function parseDataChannel(text) {
  const out = { files: /* @__PURE__ */ new Map(), rc: null, upS: null, ranS: null, done: false };
  let name = null;
  let chunks = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (name !== null) {
      if (line === "LPG-END") {
        out.files.set(name, Buffer.from(chunks.join(""), "base64"));
        name = null;
      } else chunks.push(line);
      continue;
    }
    const [tag, ...rest] = line.split(" ");
    const value = rest.join(" ");
    if (tag === "LPG-FILE") {
      name = value;
      chunks = [];
    } else if (tag === "LPG-RC") out.rc = Number(value);
    else if (tag === "LPG-UP") out.upS = Number(value);
    else if (tag === "LPG-RAN") out.ranS = Number(value);
    else if (tag === "LPG-DONE") out.done = true;
  }
  return out;
}
function boot(tools, shape, initrd, dir, timeoutMs) {
  const argv = qemuArgv(tools, shape, initrd, dir);
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "pipe"], detached: true, cwd: dir });
    track(child);
    let stderr = "";
    let spawnError = null;
    let timedOut = false;
    child.stderr.on("data", (b) => {
      stderr = (stderr + b.toString("utf8")).slice(-16384);
    });
    child.on("error", (e) => {
      spawnError = e.message;
    });
    const kill = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill("SIGKILL");
    }, Math.min(Math.max(1, timeoutMs), 2 ** 31 - 1));
    child.on("close", (code2, signal) => {
      clearTimeout(timer);
      const read = (f) => {
        try {
          return readFileSync(join2(dir, f), "utf8");
        } catch {
          return "";
        }
      };
      done({
        output: parseDataChannel(read("data.txt")),
        console: (read("console.log") + stderr).slice(-65536),
        exitCode: code2,
        signal,
        timedOut,
        spawnError,
        wallMs: Math.round(performance.now() - t0),
        pid: child.pid ?? null
      });
    });
  });
}

// src/host/guest/initramfs.ts
import { execFileSync } from "node:child_process";
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2, statSync } from "node:fs";

// src/host/guest/cpio.ts
import { closeSync, openSync, readSync, writeSync } from "node:fs";
var S_IFDIR = 16384;
var S_IFREG = 32768;
var S_IFCHR = 8192;
var hex = (n) => n.toString(16).padStart(8, "0");
var pad4 = (n) => (4 - n % 4) % 4;
function header(ino, mode, size, name, rdev = [0, 0]) {
  const nameBytes = Buffer.from(`${name}\0`, "utf8");
  const fields = [ino, mode, 0, 0, 1, 0, size, 0, 0, rdev[0], rdev[1], nameBytes.length, 0];
  const h = Buffer.from(`070701${fields.map(hex).join("")}`, "ascii");
  return Buffer.concat([h, nameBytes, Buffer.alloc(pad4(h.length + nameBytes.length))]);
}
var rel = (p) => p.replace(/^\/+/, "");
function writeCpio(file, entries) {
  const fd = openSync(file, "w");
  try {
    let ino = 1;
    const put = (b) => writeSync(fd, b);
    for (const e of entries) {
      const name = rel(e.path);
      if (e.kind === "dir") put(header(ino++, S_IFDIR | (e.mode ?? 493), 0, name));
      else if (e.kind === "char") put(header(ino++, S_IFCHR | (e.mode ?? 384), 0, name, [e.major, e.minor]));
      else if (e.kind === "file") {
        put(header(ino++, S_IFREG | (e.mode ?? 420), e.data.length, name));
        put(e.data);
        put(Buffer.alloc(pad4(e.data.length)));
      } else {
        put(header(ino++, S_IFREG | (e.mode ?? 420), e.size, name));
        copyInto(fd, e.from, e.size);
        put(Buffer.alloc(pad4(e.size)));
      }
    }
    put(header(ino, 0, 0, "TRAILER!!!"));
  } finally {
    closeSync(fd);
  }
}
function copyInto(fd, from, size) {
  const src = openSync(from, "r");
  try {
    const buf = Buffer.alloc(4 << 20);
    let done = 0;
    while (done < size) {
      const n = readSync(src, buf, 0, Math.min(buf.length, size - done), done);
      if (n === 0) throw new Error(`${from} became shorter while it was packed into the guest's initramfs`);
      writeSync(fd, buf.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync(src);
  }
}
function parentDirs(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const parts = rel(p).split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join("/"));
  }
  return [...out].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
}

// src/host/guest/init-script.ts
var FINGERPRINT_FILES = [
  "/proc/cpuinfo",
  "/proc/loadavg",
  "/proc/sys/kernel/osrelease",
  "/proc/sys/kernel/hostname",
  "/proc/sys/kernel/numa_balancing",
  "/sys/kernel/mm/transparent_hugepage/enabled",
  "/sys/devices/system/cpu/online",
  "/sys/devices/system/cpu/cpu*/topology/physical_package_id",
  "/sys/devices/system/cpu/cpu*/topology/thread_siblings_list",
  "/sys/devices/system/cpu/cpu*/topology/core_cpus_list",
  "/sys/devices/system/node/node*/cpulist",
  "/sys/devices/system/node/node*/meminfo"
];
var INIT_SCRIPT = `#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/usr/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /tmp /lpg/out
D=/dev/ttyS1
stty -F $D raw -echo 2>/dev/null
send() { echo "LPG-FILE $2" >$D; base64 "$1" >$D; echo "LPG-END" >$D; }
echo "LPG-UP $(cut -d' ' -f1 /proc/uptime)" >$D
if [ -f /lpg/cmd ]; then
  set --
  while IFS= read -r a; do set -- "$@" "$a"; done </lpg/cmd
  IFS= read -r cwd </lpg/cwd
  cd "$cwd" && "$@" >/lpg/out/stdout 2>/lpg/out/stderr </dev/null
  echo "LPG-RC $?" >$D
  echo "LPG-RAN $(cut -d' ' -f1 /proc/uptime)" >$D
  send /lpg/out/stdout out/stdout
  send /lpg/out/stderr out/stderr
  for f in "$cwd"/*; do [ -f "$f" ] && send "$f" "cwd/\${f##*/}"; done
else
  for f in ${FINGERPRINT_FILES.join(" ")}; do [ -r "$f" ] && send "$f" "root$f"; done
fi
echo LPG-DONE >$D
sync
poweroff -f
`;

// src/host/guest/initramfs.ts
function isElf(path2) {
  const fd = openSync2(path2, "r");
  try {
    const b = Buffer.alloc(4);
    return readSync2(fd, b, 0, 4, 0) === 4 && b.readUInt32BE(0) === 2135247942;
  } finally {
    closeSync2(fd);
  }
}
function lddLibraries(path2) {
  let out;
  try {
    out = execFileSync("ldd", [path2], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return [];
  }
  const libs = [];
  for (const line of out.split("\n")) {
    const m = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m) libs.push(m[1]);
  }
  return libs;
}
function hostFile(s) {
  if (!s.startsWith("/") || s.includes("\n")) return null;
  try {
    return statSync(s).isFile() ? s : null;
  } catch {
    return null;
  }
}
function withLibraries(files) {
  const all = /* @__PURE__ */ new Set();
  for (const f of files) {
    all.add(f);
    if (isElf(f)) {
      for (const lib of lddLibraries(f)) if (hostFile(lib)) all.add(lib);
    }
  }
  return all;
}
function writeBaseInitramfs(out, busybox, files) {
  const paths = [...files].filter((f) => f !== "/init" && !f.startsWith("/lpg/"));
  const dirs = parentDirs(["/bin/busybox", "/dev/console", "/proc/x", "/sys/x", "/tmp/x", "/lpg/out/x", ...paths]);
  function* entries() {
    for (const d of dirs) yield { kind: "dir", path: d };
    yield { kind: "char", path: "/dev/console", major: 5, minor: 1 };
    yield { kind: "char", path: "/dev/ttyS1", major: 4, minor: 65 };
    yield { kind: "copy", path: "/bin/busybox", mode: 493, from: busybox, size: statSync(busybox).size };
    yield { kind: "file", path: "/init", mode: 493, data: Buffer.from(INIT_SCRIPT) };
    for (const p of paths) {
      if (p === "/bin/busybox") continue;
      const st = statSync(p);
      yield { kind: "copy", path: p, mode: st.mode & 511, from: p, size: st.size };
    }
  }
  writeCpio(out, entries());
}
function writeLaunchArchive(out, cmd, cwd) {
  const entries = [
    ...parentDirs([`${cwd}/x`]).map((d) => ({ kind: "dir", path: d })),
    { kind: "file", path: "/lpg/cmd", data: Buffer.from(cmd.map((a) => `${a}
`).join("")) },
    { kind: "file", path: "/lpg/cwd", data: Buffer.from(`${cwd}
`) }
  ];
  writeCpio(out, entries);
}

// src/host/guest/packages.ts
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync3, readdirSync, statSync as statSync2, accessSync as accessSync2, constants as constants2 } from "node:fs";
import { join as join4 } from "node:path";

// src/host/numa-policy.ts
import { accessSync, constants } from "node:fs";
import { delimiter, join as join3 } from "node:path";

// src/plan/numa.ts
var EXAMPLE = "valid: none, interleave, node:0, cpus:0-7,16-23, distribute, isolate, numactl";
function parseNumaPolicy(text) {
  const t = text.trim();
  if (t === "" || t === "none") return { kind: "none" };
  if (t === "interleave") return { kind: "interleave" };
  if (t === "distribute" || t === "isolate" || t === "numactl") return { kind: "llama", mode: t };
  const node = /^node:(\d+)$/.exec(t);
  if (node) return { kind: "bind", node: Number(node[1]) };
  const cpus = /^cpus:([\d,-]+)$/.exec(t);
  if (cpus) return { kind: "cpus", cpus: cpus[1] };
  throw new UserError(`unknown --numa policy "${text}"`, EXAMPLE);
}
function numaLabel(p) {
  switch (p.kind) {
    case "none":
      return "";
    case "interleave":
      return "numa interleave";
    case "bind":
      return `numa node ${p.node}`;
    case "llama":
      return `--numa ${p.mode}`;
    case "cpus":
      return `cpus ${p.cpus}`;
  }
}

// src/host/numa-policy.ts
function findExecutable(name, path2 = process.env.PATH ?? "") {
  for (const dir of path2.split(delimiter)) {
    if (!dir) continue;
    const p = join3(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
    }
  }
  return null;
}
function requireNumactl(opts, what) {
  const path2 = opts.numactl === void 0 ? findExecutable("numactl") : opts.numactl;
  if (!path2) {
    throw new UserError(
      `NUMA policy ${what} needs numactl, which is not installed (not found in PATH)`,
      "install it: apt-get install numactl (Debian/Ubuntu) or dnf install numactl (Fedora/RHEL)"
    );
  }
  return path2;
}
function numaPlacement(policy, opts = {}) {
  const label = numaLabel(policy);
  switch (policy.kind) {
    case "none":
      return { prefix: [], benchArgs: [], label };
    case "llama":
      return { prefix: [], benchArgs: ["--numa", policy.mode], label };
    case "interleave":
      return { prefix: [requireNumactl(opts, label), "--interleave=all"], benchArgs: [], label };
    case "bind": {
      if (!Number.isInteger(policy.node) || policy.node < 0) {
        throw new UserError(`NUMA bind node must be a node number (got ${policy.node})`, "example: --numa bind:0");
      }
      if (opts.nodes && !opts.nodes.includes(policy.node)) {
        throw new UserError(
          `NUMA bind to node ${policy.node}, but this host has node(s) ${opts.nodes.join(",") || "none"}`,
          "pick a node listed in /sys/devices/system/node (numactl --hardware)"
        );
      }
      const n = String(policy.node);
      return { prefix: [requireNumactl(opts, label), "-N", n, "-m", n], benchArgs: [], label };
    }
    case "cpus": {
      const list = parseCpuList(policy.cpus);
      if (list === null || list.length === 0) {
        throw new UserError(`CPU list "${policy.cpus}" is not a list of CPUs`, "write it as the kernel does, e.g. 0-15,32-47");
      }
      const absent = opts.cpus ? list.filter((c) => !opts.cpus.includes(c)) : [];
      if (absent.length > 0) {
        throw new UserError(
          `CPU list "${policy.cpus}" names CPU(s) ${formatCpuList(absent)} that are not online here (online: ${formatCpuList(opts.cpus)})`,
          "see /sys/devices/system/cpu/online"
        );
      }
      return { prefix: [requireNumactl(opts, label), `--physcpubind=${formatCpuList(list)}`], benchArgs: [], label };
    }
  }
}
function checkPlacements(policies, nodes = readNumaNodes("/")) {
  const layout = nodes.length === 0 ? {} : { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
  for (const p of policies) numaPlacement(p, layout);
}

// src/host/guest/packages.ts
var GUEST_PACKAGES = ["qemu-system-x86", "linux-image-amd64", "busybox-static"];
function findKernel(boot2 = "/boot") {
  let names;
  try {
    names = readdirSync(boot2).filter((n) => n.startsWith("vmlinuz-"));
  } catch {
    return null;
  }
  names.sort((a, b) => b.localeCompare(a, "en", { numeric: true }));
  for (const n of names) {
    const p = join4(boot2, n);
    try {
      accessSync2(p, constants2.R_OK);
      if (statSync2(p).isFile()) return p;
    } catch {
    }
  }
  return null;
}
function isStaticElf(path2) {
  let fd;
  try {
    fd = openSync3(path2, "r");
  } catch {
    return false;
  }
  try {
    const h = Buffer.alloc(64);
    if (readSync3(fd, h, 0, 64, 0) < 64 || h.readUInt32BE(0) !== 2135247942 || h[4] !== 2) return false;
    const phoff = Number(h.readBigUInt64LE(32));
    const phentsize = h.readUInt16LE(54);
    const phnum = h.readUInt16LE(56);
    const ph = Buffer.alloc(phentsize * phnum);
    readSync3(fd, ph, 0, ph.length, phoff);
    for (let i = 0; i < phnum; i++) if (ph.readUInt32LE(i * phentsize) === 3) return false;
    return true;
  } finally {
    closeSync3(fd);
  }
}
function guestTools(env = process.env, boot2 = "/boot") {
  const qemu = findExecutable("qemu-system-x86_64", env.PATH ?? "");
  const kernel = findKernel(boot2);
  const busybox = ["/bin/busybox", "/usr/bin/busybox"].find(isStaticElf) ?? null;
  const missing = [!qemu && GUEST_PACKAGES[0], !kernel && GUEST_PACKAGES[1], !busybox && GUEST_PACKAGES[2]].filter((x) => x !== false);
  if (missing.length > 0) {
    throw new UserError(
      `--numa-guest needs ${missing.join(", ")}, not installed (${[!qemu && "no qemu-system-x86_64 in PATH", !kernel && `no readable ${boot2}/vmlinuz-*`, !busybox && "no statically linked busybox"].filter(Boolean).join("; ")})`,
      `install: apt-get install ${GUEST_PACKAGES.join(" ")}`
    );
  }
  return { qemu, kernel, busybox };
}

// src/host/guest/index.ts
var BOOT_ALLOWANCE_MS = 12e4;
var STDERR_KEEP = 64 * 1024;
function guestShape(nodes, threads, filesMiB = 0) {
  const perNode = Math.ceil((2 * filesMiB + 768) / nodes / 256) * 256;
  return { nodes, cpusPerNode: Math.max(1, Math.ceil(threads / nodes)), memMiBPerNode: Math.max(512, perNode) };
}
function guestNodes(shape) {
  return Array.from({ length: shape.nodes }, (_, id) => ({
    id,
    cpus: Array.from({ length: shape.cpusPerNode }, (_2, c) => id * shape.cpusPerNode + c),
    memTotalKiB: null,
    memFreeKiB: null
  }));
}
var Guest = class {
  shape;
  tools;
  timings = [];
  scratch = null;
  files = /* @__PURE__ */ new Set();
  base = null;
  constructor(o) {
    if (!Number.isInteger(o.nodes) || o.nodes < 2) throw new UserError(`--numa-guest needs at least 2 nodes (got ${o.nodes})`, "example: --numa-guest 2");
    this.tools = o.tools ?? guestTools();
    for (const f of o.files ?? []) if (hostFile(f)) this.files.add(f);
    const mib = [...withLibraries(this.files)].reduce((s, f) => s + statSync3(f).size, 0) / 2 ** 20;
    this.shape = guestShape(o.nodes, o.threads, mib);
  }
  /** The guest's scratch directory (initramfs images, serial logs), made at the first boot; removed at exit if close() was not reached (an immediate quit). */
  get dir() {
    this.scratch ??= scratchDir("lpg-guest-");
    return this.scratch;
  }
  /** Removes the scratch files. */
  close() {
    if (this.scratch) dropScratch(this.scratch);
    this.scratch = null;
    this.base = null;
  }
  /** The base initramfs holding every file named so far; rebuilt when a launch names a new one. */
  baseWith(named) {
    const fresh = named.filter((f) => !this.files.has(f));
    if (this.base && fresh.length === 0) return this.base;
    for (const f of fresh) this.files.add(f);
    const base2 = join5(this.dir, `base-${this.files.size}.cpio`);
    writeBaseInitramfs(base2, this.tools.busybox, withLibraries(this.files));
    if (this.base) rmSync2(this.base, { force: true });
    this.base = base2;
    return base2;
  }
  async bootWith(launchCpio, timeoutMs) {
    const base2 = this.baseWith([]);
    const run = mkdtempSync2(join5(this.dir, "boot-"));
    const initrd = join5(run, "initrd.cpio");
    copyFileSync(base2, initrd);
    if (launchCpio) appendFileSync(initrd, readFileSync2(launchCpio));
    try {
      const r = await boot(this.tools, this.shape, initrd, run, timeoutMs);
      this.timings.push({ wallMs: r.wallMs, upS: r.output.upS, ranS: r.output.ranS });
      return r;
    } finally {
      rmSync2(run, { recursive: true, force: true });
    }
  }
  /** The guest's fingerprint: its CPUs, nodes and memory, as the host's is read. */
  async fingerprint(timeoutMs = BOOT_ALLOWANCE_MS) {
    const r = await this.bootWith(null, timeoutMs);
    if (!r.output.done) throw new Error(`the ${this.shape.nodes}-node guest did not boot: ${bootFailure(r)}`);
    const root = mkdtempSync2(join5(this.dir, "root-"));
    try {
      for (const [name, data] of r.output.files) {
        if (!name.startsWith("root/") || name.includes("/../")) continue;
        const p = join5(root, name.slice("root/".length));
        mkdirSync(join5(p, ".."), { recursive: true });
        writeFileSync(p, data);
      }
      return readFingerprint(root);
    } finally {
      rmSync2(root, { recursive: true, force: true });
    }
  }
  /** Runs `argv` in a fresh guest with `env` (and nothing of the host's env), in `cwd`. */
  async launch(argv, opts) {
    const cwd = opts.cwd ?? this.dir;
    const env = { PATH: "/bin:/usr/bin", HOME: "/tmp", ...opts.env, ...opts.own };
    const cmd = ["env", "-i", ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...argv];
    const bad2 = [...cmd, cwd].find((a) => a.includes("\n"));
    if (bad2 !== void 0) throw new UserError(`an argument of a guest launch holds a line break: ${JSON.stringify(bad2)}`, "arguments and env values of --numa-guest runs are one line each");
    this.baseWith([...cmd, ...Object.values(env), ...opts.files ?? []].map(hostFile).filter((f) => f !== null));
    const launchCpio = join5(this.dir, "launch.cpio");
    writeLaunchArchive(launchCpio, cmd, cwd);
    const r = await this.bootWith(launchCpio, opts.timeoutMs + BOOT_ALLOWANCE_MS);
    const o = r.output;
    for (const [name, data] of o.files) {
      const base2 = name.slice("cwd/".length);
      if (name.startsWith("cwd/") && /^[^/]+$/.test(base2) && base2 !== "." && base2 !== "..") writeFileSync(join5(cwd, base2), data);
    }
    const stdout = o.files.get("out/stdout")?.toString("utf8") ?? "";
    let stderr = o.files.get("out/stderr")?.toString("utf8") ?? "";
    const sig = o.rc !== null && o.rc > 128 ? signalName(o.rc - 128) : null;
    if (!o.done && !r.timedOut) stderr += `
[llama-perf-gate] the guest stopped before its command finished: ${bootFailure(r)}`;
    return {
      pid: r.pid,
      exitCode: o.rc === null ? null : sig ? null : o.rc,
      signal: sig,
      timedOut: r.timedOut,
      wallMs: r.wallMs,
      stdout,
      stdoutDropped: 0,
      stderr: stderr.slice(-STDERR_KEEP),
      spawnError: r.spawnError
    };
  }
};
function signalName(n) {
  const hit = Object.entries(constants3.signals).find(([, v]) => v === n);
  return hit ? hit[0] : `signal ${n}`;
}
function bootFailure(r) {
  if (r.spawnError) return `qemu could not start: ${r.spawnError}`;
  if (r.timedOut) return "no power-off before the timeout";
  const tailLines = r.console.trim().split("\n").slice(-3).join(" | ");
  return `qemu exited ${r.exitCode ?? r.signal}; console: ${tailLines}`;
}

// src/stats/placement.ts
function nodeOfCpu(nodes) {
  return new Map(nodes.flatMap((n) => n.cpus.map((c) => [c, n.id])));
}
function pointShares(p, nodes) {
  const m = p.memory;
  if (!m) return null;
  const cpuNode = nodeOfCpu(nodes);
  const shares = {};
  for (const n of nodes) {
    const k = String(n.id);
    shares[k] = { anonKiB: m.anonNodeKiB[k] ?? 0, shmemKiB: m.shmemNodeKiB?.[k] ?? 0, fileKiB: m.fileNodeKiB?.[k] ?? 0, threads: 0 };
  }
  for (const [cpu, count2] of Object.entries(m.threadCpus ?? {})) {
    const node = cpuNode.get(Number(cpu));
    if (node !== void 0) shares[String(node)].threads += count2;
  }
  const anon = Object.values(shares).map((s) => s.anonKiB + s.shmemKiB);
  const total = anon.reduce((a, b) => a + b, 0);
  return { shares, evenness: total > 0 ? Math.min(...anon) / total : null };
}
function placementAnalysis(e) {
  const { plan: plan2 } = e;
  if (!plan2.levers.numaGuest || !plan2.depthSweep) return null;
  const nodes = guestNodes(guestShape(plan2.levers.numaGuest, plan2.threads));
  const launches = countedDepthLaunches(e.depthLaunches);
  const level = 1 - 2 * plan2.alpha;
  const rows = [];
  const blocks = [];
  const evenness = [];
  for (const depth of plan2.depthSweep.depths) {
    const byVariant = (v) => launches.filter((l) => l.variant === v).flatMap((l) => {
      const p = l.points.find((x) => x.depth === depth);
      const s = p ? pointShares(p, nodes) : null;
      return s ? [{ block: l.block, ...s }] : [];
    });
    const perVariant = { A: byVariant("A"), B: byVariant("B") };
    for (const v of ["A", "B"]) {
      for (const x of perVariant[v]) blocks.push({ block: x.block + 1 - plan2.warmupBlocks, depth, variant: v, nodes: x.shares, evenness: x.evenness });
    }
    for (const v of ["A", "B"]) {
      const xs = perVariant[v];
      const med = (f, k) => xs.length ? median(xs.map((x) => f(x.shares[k]))) : 0;
      const even = xs.map((x) => x.evenness).filter((x) => x !== null);
      rows.push({
        depth,
        variant: v,
        n: xs.length,
        nodes: Object.fromEntries(nodes.map((n) => {
          const k = String(n.id);
          return [k, { anonKiB: med((s) => s.anonKiB, k), shmemKiB: med((s) => s.shmemKiB, k), fileKiB: med((s) => s.fileKiB, k), threads: med((s) => s.threads, k) }];
        })),
        evenness: even.length ? median(even) : null
      });
    }
    const d = perVariant.A.flatMap((a) => {
      const b = perVariant.B.find((x) => x.block === a.block);
      return b && a.evenness !== null && b.evenness !== null ? [b.evenness - a.evenness] : [];
    });
    const r = pairedShift(d, plan2.alpha);
    const estimate = r ? r.estimate : d.length > 0 ? median(d.flatMap((x, i) => d.slice(i).map((y) => (x + y) / 2))) : null;
    evenness.push({ depth, n: d.length, diff: estimate, ci: r ? [r.lo, r.hi] : null, ci_level: level, identical: d.length > 0 && d.every((x) => x === 0) });
  }
  blocks.sort((x, y) => x.block - y.block || x.depth - y.depth || x.variant.localeCompare(y.variant));
  return { nodes: nodes.map((n) => n.id), rows, blocks, evenness };
}
function withPlacement(analysis2, e) {
  const p = placementAnalysis(e);
  return p ? { ...analysis2, placement: p } : analysis2;
}

// src/stats/design-replay.ts
function designOf(plan2) {
  return { margin: plan2.margin, alpha: plan2.alpha, method: plan2.method, looks: plan2.looks, horizon: plan2.horizon ?? plan2.maxBlocks, spending: plan2.spending };
}
function countedBlocksOf(r) {
  return Math.max(0, ...[...r.launches, ...r.depthLaunches ?? []].map((l) => l.block + 1 - r.plan.warmupBlocks));
}
function trustedDesign(r, inputs, counted) {
  if (!r.design) return {};
  const problem2 = designProblem(r, r.design, inputs, counted);
  if (problem2 === null) return { state: r.design };
  return { warning: { kind: "design-state-unused", problem: problem2 } };
}
function designProblem(r, s, inputs, counted) {
  const plan2 = designOf(r.plan);
  const declared = { method: plan2.method, alpha: plan2.alpha, margin: plan2.margin, horizon: plan2.horizon, spending: plan2.spending ?? DEFAULT_SPENDING };
  for (const k of Object.keys(declared)) {
    if (s[k] !== declared[k]) return { kind: "declared", key: k, got: s[k], plan: declared[k] };
  }
  const looks = s.looks.map((l) => l.blocks);
  for (const [i, l] of looks.entries()) {
    if (i > 0 && l <= looks[i - 1]) return { kind: "looks-not-increasing", looks };
    if (l > counted) return { kind: "look-past-measured", look: l, counted };
    if (!plan2.looks.includes(l) && l !== plan2.horizon) return { kind: "look-not-planned", look: l, looks: plan2.looks, horizon: plan2.horizon };
  }
  const stops = stopPoints(r, inputs, counted);
  const mismatch = stopMismatch(stops, decidedAt(inputs, plan2, counted, s));
  if (mismatch) return mismatch;
  for (const l of plan2.looks.filter((x) => x < counted && !looks.includes(x))) {
    const withLook = { ...s, looks: [...s.looks, { blocks: l, alpha_spent: 0, decided: [] }].sort((a, b) => a.blocks - b.blocks) };
    if (stopMismatch(stops, decidedAt(inputs, plan2, counted, withLook)) === null) {
      return { kind: "look-missing", look: l };
    }
  }
  return null;
}
function stopPoints(r, inputs, counted) {
  const index = (block) => block + 1 - r.plan.warmupBlocks;
  const lastOf = (blocks) => Math.max(0, ...blocks.map(index));
  const units = r.plan.workloads.map((w) => {
    const mine = r.launches.filter((l) => l.workload === w.id);
    const failing = ["A", "B"].some((v) => mine.some((l) => l.variant === v) && !mine.some((l) => l.variant === v && l.status === "ok"));
    return { names: [w.id], last: lastOf(mine.map((l) => l.block)), failing };
  });
  const points = inputs.filter((w) => w.point !== void 0);
  for (const unit2 of [...new Set(points.map((w) => depthUnitOf(w.point)))]) {
    const mine = points.filter((w) => depthUnitOf(w.point) === unit2);
    const ls = (r.depthLaunches ?? []).filter((l) => sameModel(l, mine[0].point));
    const failing = r.plan.models.length > 1 && ["A", "B"].some((v) => ls.some((l) => l.variant === v) && !ls.some((l) => l.variant === v && l.status === "ok"));
    units.push({ names: mine.map((w) => w.name), last: lastOf(ls.map((l) => l.block)), failing });
  }
  const lastBlock = r.schedule.blocks.find((b) => index(b.block) === counted);
  const ran = [...r.launches, ...r.depthLaunches ?? []].filter((l) => index(l.block) === counted).length;
  return { through: lastBlock && ran >= lastBlock.order.length ? counted : counted - 1, units };
}
function decidedAt(inputs, plan2, counted, state) {
  const { state: replayed } = decide(inputs, { ...plan2, nBlocks: counted, state, forecast: false });
  return new Map(replayed.looks.flatMap((l) => l.decided.map((d) => [d.name, l.blocks])));
}
function stopMismatch(stops, at) {
  for (const u of stops.units) {
    if (u.last === 0) continue;
    const looks = u.names.map((n) => at.get(n));
    const decided = looks.every((l) => l !== void 0) ? Math.max(...looks) : void 0;
    const unit2 = u.names.length > 1 ? null : u.names[0];
    if (u.last < stops.through && decided !== u.last && !u.failing) return { kind: "measured-past-looks", unit: unit2, last: u.last, decided: decided ?? null };
    if (decided !== void 0 && decided < u.last) return { kind: "decided-before-last", unit: unit2, decided, last: u.last };
  }
  return null;
}

// src/stats/decide.ts
function decideLook(e, nBlocks, state) {
  return decide(workloadInputsFromResults(e), { ...designOf(e.plan), nBlocks, state: state ?? void 0, at: (/* @__PURE__ */ new Date()).toISOString(), forecast: false });
}
function decideAll(e) {
  if (e.launches.length === 0) return null;
  const counted = countedBlocksOf(e);
  const inputs = workloadInputsFromResults(e);
  const design2 = trustedDesign(e, inputs, counted);
  const { analysis: analysis2 } = decide(inputs, { ...designOf(e.plan), nBlocks: counted, state: design2.state });
  if (design2.warning) analysis2.warned = [design2.warning, ...analysis2.warned ?? []];
  for (const w of analysis2.workloads) {
    const input = inputs.find((i) => i.name === w.name);
    if (w.verdict === "failed" || input && (input.a.length === 0 || input.b.length === 0)) {
      w.verdict = "failed";
      w.why = onModel3(e, w.name, input?.point, failedWhy(e, w.name, input?.point, w.why));
    }
  }
  analysis2.verdict = gate(analysis2.workloads);
  if (e.plan.levers.numaGuest) {
    analysis2.emulated = true;
    for (const w of analysis2.workloads) {
      if (w.verdict === "failed" || w.verdict === "inconclusive") continue;
      if (w.why) w.why = { ...w.why, emulated: w.verdict };
      w.verdict = "inconclusive";
    }
    analysis2.verdict = analysis2.workloads.some((w) => w.verdict === "failed") ? "failed" : "inconclusive";
  }
  const short2 = incompleteness(e, analysis2.workloads, new Map(inputs.filter((i) => i.point !== void 0).map((i) => [i.name, i.point])));
  if (short2) analysis2.incomplete = short2;
  return withPlacement(withDepthMemory(analysis2, e), e);
}
function incompleteness(e, workloads, depthPoints2) {
  const open = workloads.filter((w) => w.verdict === "inconclusive");
  if (open.length === 0 || workloads.some((w) => w.verdict === "regression")) return null;
  const index = (block) => block + 1 - e.plan.warmupBlocks;
  const reach = (name) => {
    const point = depthPoints2.get(name);
    const unit2 = point ? depthUnitOf(point) : name;
    const launches = point ? depthLaunchesOf(e, point) : e.launches.filter((l) => l.workload === name);
    const done = launches.filter((l) => l.status !== "skipped");
    const withB = new Set(done.filter((l) => l.variant === "B").map((l) => l.block));
    const ran = done.reduce((n, l) => l.variant === "A" && withB.has(l.block) ? Math.max(n, index(l.block)) : n, 0);
    const scheduled = e.schedule.blocks.filter((b) => index(b.block) >= 1 && b.order.some((s) => s.workload === unit2)).length;
    return Math.min(ran, scheduled);
  };
  const measured = Math.min(...open.map((w) => reach(w.name)));
  const planned = e.plan.maxBlocks;
  return measured < planned ? { measured_blocks: measured, planned_blocks: planned, stop_reason: e.stopReason } : null;
}
var STDERR_LINES = 5;
function depthLaunchesOf(e, point) {
  return (e.depthLaunches ?? []).filter((l) => sameModel(l, point));
}
function onModel3(e, workload, point, why) {
  const name = point ? point.model : e.plan.workloads.find((w) => w.id === workload)?.model;
  const m = name === void 0 ? void 0 : e.plan.models.find((x) => x.name === name);
  return m && why && (why.kind === "could-not-run" || why.kind === "no-counted-launch") ? { ...why, model: { name: m.name, path: m.path } } : why;
}
function failedWhy(e, workload, depthPoint, fallback) {
  const launches = depthPoint ? depthLaunchesOf(e, depthPoint) : e.launches.filter((l) => l.workload === workload);
  const ok = (v2) => launches.some((l) => l.variant === v2 && !l.warmup && l.status === "ok");
  const v = ["B", "A"].find((x) => !ok(x));
  if (!v) return fallback;
  const name = e.plan.variants.find((x) => x.id === v)?.name ?? v;
  const mine = launches.filter((l) => l.variant === v && !l.warmup);
  if (mine.length === 0) return { kind: "no-counted-launch", variant: v, name, stop: e.stopReason };
  const counts = /* @__PURE__ */ new Map();
  for (const l of mine) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const last = [...mine].reverse().find((l) => l.status !== "ok");
  const how = last.exitCode !== null ? `exit ${last.exitCode}` : last.signal ? `signal ${last.signal}` : last.status;
  const tail2 = (last.stderrTail ?? last.error ?? "").trimEnd().split("\n").map((l) => l.trim()).filter(Boolean).slice(-STDERR_LINES).join(" \u23CE ");
  return { kind: "could-not-run", variant: v, name, counts: [...counts], of: mine.length, last: how, stderr: tail2 };
}
function withTrustedAnalysis(r) {
  const analysis2 = decideAll(r);
  if (analysis2) {
    const claimed = r.analysis;
    const differs = (w) => claimed?.workloads.find((c) => c.name === w.name)?.verdict !== w.verdict;
    if (claimed === null || claimed.verdict !== analysis2.verdict || analysis2.workloads.some(differs) || claimed.workloads.length !== analysis2.workloads.length) {
      const changes = analysis2.workloads.filter(differs).map((w) => ({ name: w.name, from: claimed?.workloads.find((c) => c.name === w.name)?.verdict ?? null, to: w.verdict }));
      analysis2.warned = [{ kind: "claimed", claimed: claimed ? claimed.verdict : null, recomputed: analysis2.verdict, changes }, ...analysis2.warned ?? []];
    }
  }
  return { ...r, analysis: analysis2 };
}

// src/report/vocabulary.ts
var MARKS = {
  regression: "\u{1F534}",
  improvement: "\u{1F7E2}",
  neutral: "\u2705",
  inconclusive: "\u{1F7E1}",
  "no-verdict": "\u26AA",
  placed: "\u{1F9ED}",
  failed: "\u274C",
  incomplete: "\u26A0\uFE0F"
};
var LABELS = {
  regression: "Regression",
  improvement: "Improvement",
  neutral: "Neutral",
  inconclusive: "Inconclusive",
  "no-verdict": "No verdict",
  placed: "Placement measured",
  failed: "Run failed",
  incomplete: "Incomplete"
};
var VERDICT_WORDS = {
  regression: "regression",
  improvement: "improvement",
  neutral: "neutral",
  inconclusive: "inconclusive",
  "no-verdict": "no verdict",
  placed: "placement measured",
  failed: "failed",
  incomplete: "incomplete"
};
var code = (text) => ({ code: text });
function plain(p) {
  return p.map((s) => typeof s === "string" ? s : s.code).join("");
}
function joinPhrases(parts, sep) {
  return parts.flatMap((p, i) => i === 0 ? p : [sep, ...p]);
}
function fmtLevel(level) {
  if (typeof level !== "number" || !Number.isFinite(level)) return "\u2013";
  const pct = level * 100;
  return Math.abs(pct - Math.round(pct)) < 0.05 ? `${Math.round(pct)}%` : `${pct.toFixed(1)}%`;
}
function fmtChangeInterval(ci2) {
  return ci2 ? `[${fmtChange(ci2[0])}, ${fmtChange(ci2[1])}]` : "\u2013";
}
function levelNote(level, runLevel, n, minBlocks, onlyLook = false) {
  if (Math.abs(level - runLevel) < 1e-9) return null;
  if (level < runLevel) {
    return `${fmtLevel(level)} interval, not ${fmtLevel(runLevel)}: with ${n} block${n === 1 ? "" : "s"} the exact signed-rank interval cannot reach ${fmtLevel(runLevel)} (${minBlocks} blocks needed)`;
  }
  if (onlyLook) {
    return `${fmtLevel(level)} interval, wider than ${fmtLevel(runLevel)}: one look spent all of \u03B1, and with ${n} block${n === 1 ? "" : "s"} the exact test's levels come in steps; ${fmtLevel(level)} is the nearest at or above ${fmtLevel(runLevel)}`;
  }
  return `${fmtLevel(level)} interval, wider than ${fmtLevel(runLevel)}: the sequential design spends \u03B1 over several looks, so each look's interval is wider`;
}
function gateOf(outcome, onInconclusive, onIncomplete = DEFAULT_POLICY.onIncomplete) {
  const g = asGateOutcome(outcome);
  const policy = { onInconclusive, onIncomplete };
  const conclusion = checkConclusion(g, policy);
  const ok = passes(g, policy);
  const option = g === "inconclusive" ? ` (on-inconclusive: ${onInconclusive})` : g === "incomplete" ? ` (on-incomplete: ${onIncomplete})` : g === "placed" ? " (emulated guest: gated on placement, not throughput)" : "";
  return { conclusion, passes: ok, words: `check ${ok ? "passes" : "fails"}${option}` };
}
var MORE_STEP = 20;
function extendPhrase(m) {
  if (m.horizon === void 0 || m.blocksRun === void 0) return [];
  const left = m.horizon - m.blocksRun;
  if (left <= 0) return [`. The declared horizon of ${m.horizon} blocks is reached: a new experiment with a larger `, code("--horizon"), " can measure more"];
  const step = Math.min(MORE_STEP, left);
  return [`. Up to ${left} more block${left === 1 ? "" : "s"} (horizon ${m.horizon}): `, code(`npx llama-perf-gate more --blocks ${step}`), ", or comment ", code(`/perf more ${step}`), " on the PR"];
}
var changeWithInterval = (w) => [code(w.id), ` ${fmtChange(w.ratio)}${w.ci ? ` ${fmtChangeInterval(w.ci)}` : ""}`];
function undecidedReason(w, m) {
  if (w.n < m.minBlocks) {
    return { noisy: false, phrase: [code(w.id), ` ${fmtChange(w.ratio)} after ${w.n} block${w.n === 1 ? "" : "s"} (${m.minBlocks} needed for any call)`] };
  }
  if (w.blocksNeeded !== null && w.blocksNeeded > m.maxBlocks) {
    return {
      noisy: true,
      phrase: [code(w.id), ` spread ${fmtPercent(w.spread)} between paired launches: about ${fmtCount(w.blocksNeeded)} blocks needed, this run allows ${m.maxBlocks}`]
    };
  }
  const needs = w.blocksNeeded !== null && w.blocksNeeded > w.n ? `, about ${fmtCount(w.blocksNeeded)} needed` : ", more needed";
  return { noisy: false, phrase: [...changeWithInterval(w), ` after ${w.n} blocks${needs}`] };
}
var MAX_NAMED_UNDECIDED = 3;
function verdictPhrase(m) {
  const ws = m.workloads;
  const margin = fmtMargin(m.margin);
  const others = (k) => k > 0 ? `, neutral on the other ${k === 1 ? "one" : k}` : "";
  switch (m.outcome) {
    case "neutral":
      return ws.length === 1 ? [`Neutral within \xB1${margin} on `, code(ws[0].id)] : [`Neutral within \xB1${margin} on all ${ws.length} workloads`];
    case "regression":
      return joinPhrases(ws.filter((w) => w.outcome === "regression").map(changeWithInterval), "; ");
    case "improvement": {
      const hit = ws.filter((w) => w.outcome === "improvement");
      return [...joinPhrases(hit.map(changeWithInterval), "; "), others(ws.length - hit.length)];
    }
    case "placed":
      return [`Emulated ${m.emulatedNodes ?? "multi"}-node guest: throughput is emulated and not gated; where memory and threads went is the finding, measured for A and B at every depth`];
    case "inconclusive": {
      if (m.emulatedNodes) return [`Emulated ${m.emulatedNodes}-node guest: throughput is emulated and not gated; where memory and threads went is the finding, and no placement was measured for A and B at every depth (it comes from the depth sweep's samples)`];
      const open = ws.filter((w) => w.outcome === "inconclusive");
      const reasons = open.map((w) => undecidedReason(w, m));
      const noisy = reasons.length > 0 && reasons.every((r) => r.noisy);
      const rest = reasons.length - MAX_NAMED_UNDECIDED;
      const named = rest > 1 ? reasons.slice(0, MAX_NAMED_UNDECIDED) : reasons;
      return [noisy ? "Too noisy to decide: " : "Not decided: ", ...joinPhrases(named.map((r) => r.phrase), "; "), rest > 1 ? `; ${rest} more undecided` : "", ...extendPhrase(m)];
    }
    case "failed":
      return [`Run failed: ${m.failure ?? "the run could not be judged"}`];
    case "incomplete":
      return [`Incomplete: ${m.failure ?? "a machine sent no results"}`];
    case "no-verdict":
      return ["No verdict computed: the decision engine did not run on these results, the figures are descriptive only"];
  }
}
function incompleteText(i) {
  return `measured ${i.measured_blocks} of ${i.planned_blocks} planned blocks; stopped: ${i.stop_reason.trim() || "no reason recorded"}`;
}
function firstLine(outcome, verdict2, gate2, where = null) {
  return [`${MARKS[outcome]} `, ...where ? [`${where}: `] : [], ...verdict2, ` \u2014 ${gate2.words}`];
}

// src/sys/child-env.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path from "node:path";
var EXACT = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TERM",
  "TMPDIR",
  "TMP",
  "TEMP",
  // toolchain: compilers, flags, tools CMake and make read
  "CC",
  "CXX",
  "CPP",
  "LD",
  "AR",
  "NM",
  "RANLIB",
  "STRIP",
  "OBJCOPY",
  "CUDACXX",
  "CUDAHOSTCXX",
  "HIPCXX",
  "CFLAGS",
  "CXXFLAGS",
  "CPPFLAGS",
  "LDFLAGS",
  "CUDAFLAGS",
  "HIPFLAGS",
  "MAKEFLAGS",
  "MAKELEVEL",
  "NINJA_STATUS",
  "PKG_CONFIG_PATH",
  "LD_LIBRARY_PATH",
  "LIBRARY_PATH",
  "CPATH",
  "C_INCLUDE_PATH",
  "CPLUS_INCLUDE_PATH",
  "SOURCE_DATE_EPOCH",
  "CUDA_PATH",
  "CUDA_HOME",
  "ROCM_PATH",
  "HIP_PATH",
  "VULKAN_SDK"
]);
var PREFIXES = ["LC_", "CMAKE_", "CCACHE_", "GGML_", "LLAMA_", "OMP_", "GOMP_", "KMP_", "OPENBLAS_", "MKL_", "CUDA_", "HIP_", "ROCR_", "HSA_"];
var FORBIDDEN = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|NODE_OPTIONS$)|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|API_?KEY|PRIVATE_?KEY|SESSION/i;
var RESERVED = /^(LD_PRELOAD|LD_AUDIT|LPG_SLOWDOWN\w*)$/;
function reservedName(name) {
  return RESERVED.test(name);
}
function allowedName(name) {
  if (FORBIDDEN.test(name)) return false;
  return EXACT.has(name) || PREFIXES.some((p) => name.startsWith(p));
}
function jobPathAdditions(base2) {
  const file = base2.GITHUB_PATH;
  if (!file) return /* @__PURE__ */ new Set();
  try {
    return new Set(readFileSync3(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((p) => path.resolve(p)));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function childEnv(base2, planEnv = {}, own = {}) {
  const out = {};
  for (const [k, v] of Object.entries(base2)) if (v !== void 0 && allowedName(k)) out[k] = v;
  const added = jobPathAdditions(base2);
  if (out.PATH !== void 0 && added.size > 0) {
    out.PATH = out.PATH.split(path.delimiter).filter((p) => p && !added.has(path.resolve(p))).join(path.delimiter);
  }
  for (const [k, v] of Object.entries(planEnv)) if (!FORBIDDEN.test(k) && !RESERVED.test(k)) out[k] = v;
  return { ...out, ...own };
}

// src/plan/workload.ts
var EXAMPLE2 = "example: --workloads pp512,tg128,tg128@d4096";
var MAX_TOKENS = 1e7;
var LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?:@(d|pp)(\d+))?$/;
function parseWorkload(text, numa2 = { kind: "none" }) {
  const t = text.trim().replace(/\s*@\s*/, "@");
  const m = LABEL.exec(t);
  const pp = m?.[1] !== void 0 ? Number(m[1]) : 0;
  const tg = m?.[3] !== void 0 ? Number(m[3]) : 0;
  const plus = m?.[2] !== void 0;
  const depth = m?.[5] !== void 0 ? Number(m[5]) : 0;
  const ok = m !== null && (pp > 0 || tg > 0) && plus === (pp > 0 && tg > 0) && (m[4] !== "pp" || pp === 0 && depth > 0);
  if (!ok) {
    throw new UserError(`unknown workload "${text}": expected ppN, tgN, ppN+tgN, optionally @dDEPTH (ik: tgN@ppDEPTH)`, EXAMPLE2);
  }
  if (pp + tg + depth > MAX_TOKENS) {
    throw new UserError(`workload "${text}" needs ${pp + tg + depth} tokens of context; at most ${MAX_TOKENS.toLocaleString("en-US")}`, EXAMPLE2);
  }
  const label = [pp > 0 ? `pp${pp}` : "", tg > 0 ? `tg${tg}` : ""].filter(Boolean).join("+") + (depth > 0 ? `@d${depth}` : "");
  const shown = m[4] === "pp" ? `tg${tg}@pp${depth}` : label;
  return { id: withNuma(shown, numa2), label, nPrompt: pp, nGen: tg, nDepth: depth, numa: numa2 };
}
function withNuma(label, numa2, model2) {
  const nl = numaLabel(numa2);
  return (model2 === void 0 ? "" : `${model2}/`) + (nl ? `${label} [${nl}]` : label);
}
function perModel(ws, models) {
  if (models.length < 2) return ws;
  return models.flatMap((m) => ws.map((w) => ({ ...w, model: m.name, id: withNuma(w.id.replace(/ \[.*\]$/, ""), w.numa, m.name) })));
}
function flavourLabel(w, flavour) {
  if (flavour === "ik" && w.nPrompt === 0 && w.nGen > 0 && w.nDepth > 0) return `tg${w.nGen}@pp${w.nDepth}`;
  return w.label;
}
function labelWorkloads(ws, flavour) {
  return ws.map((w) => ({ ...w, id: withNuma(flavourLabel(w, flavour), w.numa, w.model) }));
}
function parseWorkloads(list, numa2) {
  const items = list.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UserError("--workloads is empty", EXAMPLE2);
  const out = items.map((s) => parseWorkload(s, numa2));
  const seen = /* @__PURE__ */ new Set();
  for (const w of out) {
    const key = withNuma(w.label, w.numa);
    if (seen.has(key)) throw new UserError(`workload "${w.label}" is listed twice in --workloads`, EXAMPLE2);
    seen.add(key);
  }
  return out;
}

// src/parse/malformed.ts
var FORMAT_HINT = "run llama-bench with -o json (or jsonl/csv/md/sql) and pass its stdout unchanged; a launch that crashed or was killed leaves truncated output";
function malformed(source, line, what, format) {
  const where = line > 0 ? `${source}:${line}` : source;
  return new UserError(`${where}: malformed llama-bench ${format ? format + " " : ""}output: ${what}`, FORMAT_HINT);
}
function lineAt(text, pos) {
  let line = 1;
  const end = Math.min(pos, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function numberedLines(text) {
  return text.split("\n").map((t, i) => ({ n: i + 1, text: t.endsWith("\r") ? t.slice(0, -1) : t }));
}

// src/parse/types.ts
var MAX_MEASURE = 1e12;
var MAX_MEASURE_TEXT = "1e12";

// src/parse/sweep.ts
var SWEEP_HINT = "run llama-sweep-bench (or llama-batched-bench) with --output-format jsonl and pass its output unchanged";
function bad(source, line, what) {
  return new UserError(`${line > 0 ? `${source}:${line}` : source}: malformed sweep-bench output: ${what}`, SWEEP_HINT);
}
var COLUMNS = {
  PP: "pp",
  TG: "tg",
  B: "pl",
  N_KV: "n_kv",
  "T_PP s": "t_pp",
  "S_PP t/s": "speed_pp",
  "T_TG s": "t_tg",
  "S_TG t/s": "speed_tg",
  "T s": "t",
  "S t/s": "speed",
  "RSS HWM": "rss_hwm_mib",
  "VRAM delta": "vram_delta_mib"
};
var REQUIRED = ["pp", "tg", "n_kv", "t_pp", "speed_pp", "t_tg", "speed_tg"];
function cells(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}
function toRecord(fields, source, line, threads) {
  for (const k of REQUIRED) {
    if (typeof fields[k] !== "number" || !Number.isFinite(fields[k])) {
      throw bad(source, line, `field "${k}" is ${JSON.stringify(fields[k] ?? null)}, expected a number`);
    }
  }
  for (const k of ["speed_pp", "speed_tg"]) {
    const v = fields[k];
    if (v < 0 || v >= MAX_MEASURE) throw bad(source, line, `field "${k}" is ${v}, expected a speed from 0 to below ${MAX_MEASURE_TEXT} t/s`);
  }
  const tool = "pl" in fields ? "batched-bench" : "ik-sweep-bench";
  const n = (k) => fields[k];
  return {
    tool,
    nKv: n("n_kv"),
    pp: n("pp"),
    tg: n("tg"),
    pl: typeof fields.pl === "number" ? fields.pl : 1,
    tPpSec: n("t_pp"),
    speedPp: n("speed_pp"),
    tTgSec: n("t_tg"),
    speedTg: n("speed_tg"),
    nThreads: typeof fields.n_threads === "number" ? fields.n_threads : threads,
    raw: fields
  };
}
var SweepRowReader = class {
  #columns = null;
  // jsonl keys of the current table's columns
  #threads = null;
  #source;
  #lenient;
  constructor(source, opts = {}) {
    this.#source = source;
    this.#lenient = opts.lenient ?? false;
  }
  /** The row this line holds, or null for anything else (log lines, headers, separators). */
  line(text, n = 0) {
    try {
      return this.#read(text, n);
    } catch (e) {
      if (this.#lenient) return null;
      throw e;
    }
  }
  #read(text, n) {
    const t = text.trim();
    const th = /\bn_threads = (\d+)/.exec(t);
    if (th && !t.startsWith("{")) this.#threads = Number(th[1]);
    if (t.startsWith("{")) {
      let obj2;
      try {
        obj2 = JSON.parse(t);
      } catch (e) {
        throw bad(this.#source, n, e.message);
      }
      if (typeof obj2 !== "object" || obj2 === null || Array.isArray(obj2)) throw bad(this.#source, n, "line is not a JSON object");
      return toRecord(obj2, this.#source, n, this.#threads);
    }
    if (!t.startsWith("|")) return null;
    const c = cells(t);
    if (c[0] === "PP") {
      this.#columns = c.map((title) => COLUMNS[title] ?? title);
      return null;
    }
    const columns = this.#columns;
    if (columns === null || c.every((x) => /^-+$/.test(x))) return null;
    if (c.length !== columns.length) throw bad(this.#source, n, `row has ${c.length} cells, header has ${columns.length}`);
    const fields = {};
    columns.forEach((k, i) => {
      const v = c[i];
      fields[k] = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : v;
    });
    return toRecord(fields, this.#source, n, this.#threads);
  }
};
function scan(text, reader) {
  const out = [];
  for (const l of numberedLines(text)) {
    const r = reader.line(l.text, l.n);
    if (r) out.push(r);
  }
  return out;
}
function parseSweepRows(stdout, stderr, source) {
  const out = scan(stdout, new SweepRowReader(`${source} (stdout)`, { lenient: true }));
  const err = scan(stderr, new SweepRowReader(`${source} (stderr)`, { lenient: true }));
  return err.length > out.length ? err : out;
}

// src/parse/help.ts
var HELP_HINT = "point --repo at a llama.cpp or ik_llama.cpp checkout; its llama-bench --help must print the usage";
function supportedFlags(helpText) {
  const flags = /* @__PURE__ */ new Set();
  for (const line of helpText.split("\n")) {
    const m = /^\s+(-{1,2}[A-Za-z][\w-]*(?:,?\s+-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (!m) continue;
    for (const f of m[1].split(/[,\s]+/)) if (f.startsWith("-")) flags.add(f);
  }
  return flags;
}
function detectFlavourFromHelp(helpText) {
  const flags = supportedFlags(helpText);
  if (!flags.has("-p") && !flags.has("--n-prompt")) {
    const first = helpText.split("\n").find((l) => l.trim() !== "")?.trim().slice(0, 80) ?? "";
    throw new UserError(`llama-bench --help does not look like llama-bench's usage (first line: ${JSON.stringify(first)})`, HELP_HINT);
  }
  if (flags.has("-gp")) return "ik";
  if (flags.has("-d") || flags.has("--n-depth")) return "mainline";
  const output = helpText.split("\n").find((l) => /^\s+-o, --output\b/.test(l)) ?? "";
  if (output.includes("jsonl")) return "mainline";
  if (["-mla", "-fmoe", "-rtr", "-amb", "-ser", "-thp"].some((f) => flags.has(f))) return "ik";
  return "mainline";
}
function commonToolFlags(helpText) {
  const flags = /* @__PURE__ */ new Set();
  for (const line of helpText.split("\n")) {
    const m = /^\s*(-{1,2}[A-Za-z][\w-]*(?:,\s*-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (m) {
      for (const f of m[1].split(/[,\s]+/)) if (f.startsWith("-")) flags.add(f);
    }
  }
  return flags;
}

// src/parse/record.ts
var INT_FIELDS = /* @__PURE__ */ new Set([
  "build_number",
  "n_batch",
  "n_ubatch",
  "n_threads",
  "poll",
  "model_size",
  "model_n_params",
  "n_gpu_layers",
  "main_gpu",
  "n_prompt",
  "n_gen",
  "n_depth",
  "avg_ns",
  "stddev_ns",
  "no_op_offload",
  "n_cpu_moe",
  "fit_target",
  "fit_min_ctx",
  "mla_attn",
  "attn_max_batch",
  "max_gpu"
]);
var BOOL_FIELDS = /* @__PURE__ */ new Set([
  "f16_kv",
  "no_kv_offload",
  "cpu_strict",
  "embeddings",
  "no_host",
  "use_mmap",
  "cuda",
  "vulkan",
  "kompute",
  "metal",
  "sycl",
  "gpu_blas",
  "blas",
  "repack",
  "use_thp",
  "fused_moe",
  "grouped_er",
  "no_fused_up_gate",
  "no_ooae",
  "mqkv",
  "rcache",
  "reuse",
  "muge",
  "defer_experts",
  "sas"
]);
var FLOAT_FIELDS = /* @__PURE__ */ new Set(["avg_ts", "stddev_ts"]);
var IK_ONLY = ["test", "mla_attn", "attn_max_batch", "ser", "fused_moe", "use_thp", "repack", "grouped_er", "rcache"];
function flavourFromFields(fields) {
  const set = new Set(fields);
  if (set.has("n_depth") || set.has("backends")) return "mainline";
  return IK_ONLY.some((f) => set.has(f)) ? "ik" : "mainline";
}
var TS_TOLERANCE = 0.01;
var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
function typedValue(field, value, flavour, sqlType) {
  const isBool = BOOL_FIELDS.has(field) || field === "flash_attn" && flavour === "ik";
  const isNum = INT_FIELDS.has(field) || FLOAT_FIELDS.has(field) || field === "flash_attn" && flavour === "mainline";
  if (isBool) {
    if (value === "0" || value === "false") return false;
    if (value === "1" || value === "true") return true;
    return value;
  }
  if (isNum || !BOOL_FIELDS.has(field) && (sqlType === "INTEGER" || sqlType === "REAL")) {
    return NUMBER.test(value) ? Number(value) : value;
  }
  return value;
}
function int(raw, key, ctx, required) {
  const v = raw[key];
  if (v === void 0 || v === null || v === "") {
    if (required) throw malformed(ctx.source, ctx.line, `test lacks field "${key}"`, ctx.format);
    return null;
  }
  const n = typeof v === "number" ? v : typeof v === "string" && NUMBER.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) throw malformed(ctx.source, ctx.line, `field "${key}" is ${JSON.stringify(v)}, expected a non-negative integer`, ctx.format);
  return n;
}
function numberArray(raw, key, ctx) {
  const v = raw[key];
  if (v === void 0) return [];
  if (!Array.isArray(v) || !v.every(measure)) {
    throw malformed(ctx.source, ctx.line, `field "${key}" must be an array of positive numbers below ${MAX_MEASURE_TEXT}`, ctx.format);
  }
  return v;
}
function measure(x) {
  return typeof x === "number" && Number.isFinite(x) && x > 0 && x < MAX_MEASURE;
}
function str(v) {
  return typeof v === "string" ? v : v === void 0 || v === null ? null : String(v);
}
function canonicalLabel(nPrompt, nGen, nDepth) {
  const parts = [nPrompt > 0 ? `pp${nPrompt}` : "", nGen > 0 ? `tg${nGen}` : ""].filter(Boolean).join("+");
  return parts + (nDepth > 0 ? `@d${nDepth}` : "");
}
var IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;
function toBenchRecord(test2, flavour, source, format) {
  const raw = test2.fields;
  const ctx = { source, line: test2.line, format };
  let nPrompt = int(raw, "n_prompt", ctx, true);
  let nGen = int(raw, "n_gen", ctx, true);
  let nDepth = int(raw, "n_depth", ctx, false) ?? 0;
  const gp = typeof raw.test === "string" ? IK_GP_LABEL.exec(raw.test) : null;
  if (gp) {
    if (Number(gp[1]) !== nGen || Number(gp[2]) !== nPrompt) {
      throw malformed(source, test2.line, `test label "${raw.test}" disagrees with n_prompt=${nPrompt}, n_gen=${nGen}`, format);
    }
    nDepth = nPrompt;
    nPrompt = 0;
  }
  if (nPrompt === 0 && nGen === 0) throw malformed(source, test2.line, "test has n_prompt = n_gen = 0", format);
  const samplesNs = numberArray(raw, "samples_ns", ctx);
  const samplesTs = numberArray(raw, "samples_ts", ctx);
  if (samplesNs.length !== samplesTs.length) {
    throw malformed(source, test2.line, `samples_ns has ${samplesNs.length} values but samples_ts has ${samplesTs.length}`, format);
  }
  samplesTs.forEach((ts, i) => {
    const expected = (nPrompt + nGen) * 1e9 / samplesNs[i];
    if (Math.abs(ts / expected - 1) > TS_TOLERANCE) {
      throw malformed(source, test2.line, `samples_ts[${i}] is ${ts} t/s, but ${nPrompt + nGen} tokens in ${samplesNs[i]} ns is ${expected.toPrecision(6)} t/s`, format);
    }
  });
  let avgTs = typeof raw.avg_ts === "number" ? raw.avg_ts : NaN;
  if (!Number.isFinite(avgTs) && samplesTs.length > 0) avgTs = samplesTs.reduce((a, b) => a + b, 0) / samplesTs.length;
  if (!measure(avgTs)) {
    throw malformed(source, test2.line, `avg_ts is ${JSON.stringify(raw.avg_ts ?? avgTs)}, expected a positive number below ${MAX_MEASURE_TEXT}`, format);
  }
  const stddevTs = typeof raw.stddev_ts === "number" && Number.isFinite(raw.stddev_ts) ? raw.stddev_ts : null;
  const buildNumber = typeof raw.build_number === "number" && Number.isInteger(raw.build_number) ? raw.build_number : null;
  return {
    flavour,
    label: canonicalLabel(nPrompt, nGen, nDepth),
    nPrompt,
    nGen,
    nDepth,
    // Some ik builds printed a {gen, batch} pair here; keep it in raw rather than reject the test.
    nThreads: typeof raw.n_threads === "number" && Number.isInteger(raw.n_threads) ? raw.n_threads : null,
    samplesNs,
    samplesTs,
    avgTs,
    stddevTs,
    buildCommit: str(raw.build_commit),
    buildNumber,
    cpuInfo: str(raw.cpu_info),
    modelType: str(raw.model_type),
    raw
  };
}

// src/store/read-results.ts
import { readFileSync as readFileSync6, statSync as statSync4 } from "node:fs";

// src/host/memory-curve.ts
import { spawn as spawn2 } from "node:child_process";
import { readFileSync as readFileSync5 } from "node:fs";

// src/host/numa-maps.ts
import { readFileSync as readFileSync4 } from "node:fs";
var SHMEM_FILES = ["/dev/zero", "/memfd:", "/SYSV"];
function mappingKind(file) {
  if (file === null || file.startsWith("/anon_hugepage")) return "anon";
  return SHMEM_FILES.some((p) => file.startsWith(p)) ? "shmem" : "file";
}
function unescapeOctal(s) {
  return s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(Number.parseInt(o, 8)));
}
function parseNumaMapsLine(line) {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 2 || !/^[0-9a-f]+$/.test(tokens[0])) return null;
  const m = {
    address: tokens[0],
    policy: "",
    file: null,
    region: null,
    huge: false,
    anonymous: true,
    kind: "anon",
    pageKiB: 4,
    nodePages: {},
    counters: {}
  };
  const policy = [];
  let i = 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.includes("=") || t === "heap" || t === "stack" || t === "huge") break;
    policy.push(t);
  }
  m.policy = policy.join(" ");
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "heap" || t === "stack") m.region = t;
    else if (t === "huge") m.huge = true;
    else if (t.startsWith("file=")) m.file = unescapeOctal(t.slice(5));
    else {
      const kv = /^([A-Za-z_]+|N\d+)=(\d+)$/.exec(t);
      if (!kv) continue;
      const [, key, value] = kv;
      if (/^N\d+$/.test(key)) m.nodePages[key.slice(1)] = Number(value);
      else if (key === "kernelpagesize_kB") m.pageKiB = Number(value);
      else m.counters[key] = Number(value);
    }
  }
  m.kind = mappingKind(m.file);
  m.anonymous = m.kind !== "file";
  return m;
}
function parseNumaMaps(text) {
  return text.split("\n").map(parseNumaMapsLine).filter((m) => m !== null);
}
function add(into, node, kib) {
  into[node] = (into[node] ?? 0) + kib;
}
function residentByNode(mappings) {
  const r = { nodeKiB: {}, anonNodeKiB: {}, shmemNodeKiB: {}, fileNodeKiB: {}, totalKiB: 0, anonKiB: 0, shmemKiB: 0, fileKiB: 0 };
  for (const m of mappings) {
    for (const [node, pages] of Object.entries(m.nodePages)) {
      const kib = pages * m.pageKiB;
      add(r.nodeKiB, node, kib);
      add(r[`${m.kind}NodeKiB`], node, kib);
      r.totalKiB += kib;
      r[`${m.kind}KiB`] += kib;
    }
  }
  return r;
}
function readProcessResidency(pid) {
  let text;
  try {
    text = readFileSync4(`/proc/${pid}/numa_maps`, "utf8");
  } catch {
    return null;
  }
  if (text.trim() === "") return null;
  return residentByNode(parseNumaMaps(text));
}

// src/host/memory-curve.ts
function readStatusKiB(pid) {
  let text;
  try {
    text = readFileSync5(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const f = (key) => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(text);
    return m ? Number(m[1]) : null;
  };
  const rss = f("VmRSS");
  if (rss === null) return null;
  return { rssKiB: rss, anonKiB: f("RssAnon") ?? 0, shmemKiB: f("RssShmem") ?? 0, fileKiB: f("RssFile") ?? 0 };
}
function samplePoint(pid, t0, nKv = null) {
  const s = readStatusKiB(pid);
  if (s === null) return null;
  const r = readProcessResidency(pid);
  const tMs = Math.round(performance.now() - t0);
  if (r === null) return { tMs, ...s, nodeKiB: {}, anonNodeKiB: {}, shmemNodeKiB: {}, fileNodeKiB: {}, nKv };
  return {
    tMs,
    rssKiB: s.rssKiB,
    anonKiB: r.anonKiB,
    shmemKiB: r.shmemKiB,
    fileKiB: r.fileKiB,
    nodeKiB: r.nodeKiB,
    anonNodeKiB: r.anonNodeKiB,
    shmemNodeKiB: r.shmemNodeKiB,
    fileNodeKiB: r.fileNodeKiB,
    nKv
  };
}
var STREAM_KEEP = 8 * 1024 * 1024;
function sampleMemoryCurve(argv, opts = {}) {
  const interval = opts.intervalMs ?? 250;
  const stdbuf = findExecutable("stdbuf");
  const cmd = stdbuf ? [stdbuf, "-oL", ...argv] : argv;
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn2(cmd[0], cmd.slice(1), { cwd: opts.cwd, env: childEnv(process.env, opts.env, opts.own), stdio: ["ignore", "pipe", "pipe"], detached: true });
    track(child);
    const points = [];
    const rows = [];
    const take2 = (nKv) => {
      if (!child.pid) return;
      const p = samplePoint(child.pid, t0, nKv);
      if (p) points.push(p);
    };
    const watch = (stream, name) => {
      const reader = new SweepRowReader(name, { lenient: true });
      let pending = "";
      stream.on("data", (b) => {
        const s = b.toString("utf8");
        if (name === "stdout") stdout = (stdout + s).slice(-STREAM_KEEP);
        else stderr = (stderr + s).slice(-STREAM_KEEP);
        pending += s;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          const row = reader.line(line);
          if (row) {
            rows.push(row);
            take2(row.nKv);
          }
        }
      });
    };
    let stdout = "";
    let stderr = "";
    watch(child.stdout, "stdout");
    watch(child.stderr, "stderr");
    const timer = setInterval(() => take2(null), interval);
    let timedOut = false;
    let hardKill;
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const kill = opts.timeoutMs ? setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hardKill = setTimeout(() => killGroup("SIGKILL"), 3e3);
    }, opts.timeoutMs) : void 0;
    child.on("error", (e) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      reject(e);
    });
    child.on("close", (code2, signal) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      resolve({ points, rows, exitCode: code2, signal, stdout, stderr, timedOut, wallMs: Math.round(performance.now() - t0) });
    });
  });
}

// src/parse/kv-buffer.ts
var SIZE_LINE = /^[^\n]*?\bllama_kv_cache(?:_init|_unified)?:\s+(\S[^\n]*?)\s+KV buffer size =\s*([\d.]+)\s*MiB/gm;
var MMAP_NOTICE = "KV cache in CPU_MMAP buffer";
function kindOfKvBuffer(name) {
  if (name === "CPU") return "heap";
  if (name === "CPU_MMAP" || /\bNUMA\b/.test(name)) return "mmap";
  return null;
}
function kvBuffersFromLog(log) {
  return [...log.matchAll(SIZE_LINE)].map((m) => ({ name: m[1], kind: kindOfKvBuffer(m[1]), sizeMiB: Number(m[2]) }));
}
function kvBufferFromLog(log) {
  const lines = kvBuffersFromLog(log);
  if (lines.length > 0) return lines[0];
  if (log.includes(MMAP_NOTICE)) return { name: "CPU_MMAP", kind: "mmap", sizeMiB: Number.NaN };
  return null;
}

// src/bench/launch.ts
import { spawn as spawn3 } from "node:child_process";
import { mkdirSync as mkdirSync2 } from "node:fs";
import { join as join6 } from "node:path";
function scratchDir2(out) {
  const dir = join6(out, "launches");
  mkdirSync2(dir, { recursive: true });
  return dir;
}
var STDERR_KEEP2 = 64 * 1024;
var STDOUT_KEEP = 16 * 1024 * 1024;
var MAX_TIMER_MS = 2 ** 31 - 1;
function launch(argv, opts) {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn3(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: childEnv(process.env, opts.env, opts.own),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    track(child);
    const out = [];
    let kept2 = 0;
    let dropped = 0;
    let err = "";
    let timedOut = false;
    let spawnError = null;
    child.stdout.on("data", (b) => {
      const room = STDOUT_KEEP - kept2;
      if (room >= b.length) {
        out.push(b);
        kept2 += b.length;
      } else {
        if (room > 0) out.push(b.subarray(0, room));
        kept2 += Math.max(0, room);
        dropped += b.length - Math.max(0, room);
      }
    });
    child.stderr.on("data", (b) => {
      err = (err + b.toString("utf8")).slice(-STDERR_KEEP2);
    });
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    let hardKill;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hardKill = setTimeout(() => killGroup("SIGKILL"), 3e3);
    }, Math.min(Math.max(1, opts.timeoutMs), MAX_TIMER_MS));
    child.on("error", (e) => {
      spawnError = e.message;
    });
    child.on("close", async (code2, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      if (child.pid) {
        killGroup("SIGKILL");
        await groupGone(child.pid);
      }
      const note = dropped > 0 ? `
[llama-perf-gate] stdout cut at ${STDOUT_KEEP} bytes: ${dropped} more bytes were discarded` : "";
      done({
        pid: child.pid ?? null,
        exitCode: code2,
        signal,
        timedOut,
        wallMs: Math.round(performance.now() - t0),
        stdout: Buffer.concat(out).toString("utf8"),
        stdoutDropped: dropped,
        stderr: (err + note).slice(-STDERR_KEEP2),
        spawnError
      });
    });
  });
}
async function groupGone(pgid, ms = 5e3) {
  const until = Date.now() + ms;
  for (; ; ) {
    try {
      process.kill(-pgid, 0);
    } catch (e) {
      if (e.code === "ESRCH") return true;
    }
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
}
function tail(text, n = 20) {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-n).join("\n");
}

// src/bench/depth-sweep.ts
var SWEEP_UBATCH = 512;
var MIN_SWEEP_UBATCH = 64;
var gcd = (a, b) => b === 0 ? a : gcd(b, a % b);
function sweepUbatch(sweep) {
  return sweep.depths.reduce((g, d) => gcd(g, d), SWEEP_UBATCH);
}
function sharedDepthTool(builds) {
  const toolOf = (id) => builds.find((b2) => b2.variant === id && b2.ok)?.depthTool ?? null;
  const a = toolOf("A");
  const b = toolOf("B");
  if (a && a === b) return a;
  const hint = "drop --depth-sweep, or build trees that have the tool (ik_llama.cpp: llama-sweep-bench, llama.cpp: llama-batched-bench)";
  if (!a && !b) throw new UserError(`--depth-sweep: neither build has ${BATCHED_BENCH} or ${SWEEP_BENCH}`, hint);
  throw new UserError(`--depth-sweep: variant A has ${a ?? "no depth tool"}, variant B has ${b ?? "no depth tool"}; the sweeps would not be comparable`, hint);
}
function depthContext(sweep) {
  return Math.max(...sweep.depths) + Math.max(sweep.gen, sweepUbatch(sweep));
}
function checkDepths(sweep, tool) {
  if (tool === SWEEP_BENCH) {
    const ub = sweepUbatch(sweep);
    if (ub < MIN_SWEEP_UBATCH) {
      const off = sweep.depths.filter((d) => d % MIN_SWEEP_UBATCH !== 0);
      throw new UserError(
        `--depth-sweep ${sweep.depths.join(",")}: ${SWEEP_BENCH} reports depths in steps of its ubatch (at least ${MIN_SWEEP_UBATCH}); ${off.join(", ")} ${off.length > 1 ? "are" : "is"} not a multiple of ${MIN_SWEEP_UBATCH}`,
        "example: --depth-sweep 0,1024,2048,4096"
      );
    }
  } else if (tool !== BATCHED_BENCH) {
    throw new UserError(`--depth-sweep: no depth-sweep arguments for ${tool}`, `use a tree that has ${BATCHED_BENCH} or ${SWEEP_BENCH}`);
  }
}
function batchedPrompt(depth) {
  return Math.max(1, depth);
}
function depthToolArgs(tool, sweep, model2, threads, flags = null) {
  checkDepths(sweep, tool);
  const common2 = ["-m", model2, "-c", String(depthContext(sweep)), "-t", String(threads)];
  if (tool === BATCHED_BENCH) {
    const pp = sweep.depths.map(batchedPrompt);
    const verbose = flags?.has("-lv") ? ["-lv", "4"] : [];
    return [...common2, "-npp", [...pp, pp[0]].join(","), "-ntg", String(sweep.gen), "-npl", "1", "--output-format", "jsonl", ...verbose];
  }
  return [...common2, "-ub", String(sweepUbatch(sweep)), "-n", String(sweep.gen)];
}
function depthRunArgs(plan2, variant2, tool, flags) {
  const side = variant2.id === "A" ? "base" : "head";
  const out = [];
  const args = variant2.runArgs;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!isFlag(a)) {
      if (a.includes(",")) {
        throw new UserError(`--${side}-arg ${args[i - 1] ?? ""} ${a}: ${tool} (the depth sweep) takes one value per option, not a llama-bench list`, `give one value, e.g. --${side}-arg=${args[i - 1] ?? "-fa"} --${side}-arg ${a.split(",")[0]}`);
      }
      out.push(a);
      continue;
    }
    const flag2 = a.split("=")[0];
    if (flags && !flags.has(flag2)) {
      throw new UserError(`--${side}-arg ${a} is not an option of ${tool}, which runs the depth sweep for variant ${variant2.id}`, `drop --${side}-arg ${a}, or drop --depth-sweep`);
    }
    out.push(a);
  }
  const L = plan2.levers;
  const lever = (flag2, value, name) => {
    if (value === void 0) return [];
    if (flags && !flags.has(flag2)) throw new UserError(`--${name}: ${tool}, which runs the depth sweep, has no ${flag2} option`, `drop --${name} or --depth-sweep`);
    return [flag2, value];
  };
  if (L.delay !== void 0) {
    throw new UserError(`--delay is a llama-bench option; ${tool}, which runs the depth sweep, has none`, "drop --delay or --depth-sweep");
  }
  return [
    ...out,
    ...depthNoMmapArgs(tool, flags, L.noMmap),
    ...lever("--prio", L.prio?.toString(), "prio"),
    ...lever("--cpu-mask", L.cpuMask, "cpu-mask"),
    ...lever("--cpu-strict", L.cpuStrict ? "1" : void 0, "cpu-strict"),
    ...lever("--poll", L.poll?.toString(), "poll")
  ];
}
function depthNoMmapArgs(tool, flags, noMmap) {
  if (!noMmap) return [];
  if (flags?.has("--load-mode")) return ["--load-mode", "none"];
  if (!flags || flags.has("--no-mmap")) return ["--no-mmap"];
  throw new UserError(`--no-mmap: ${tool}, which runs the depth sweep, has neither --no-mmap nor --load-mode`, "drop --no-mmap or --depth-sweep");
}
function isFlag(a) {
  return /^-{1,2}[A-Za-z]/.test(a);
}
async function probeDepthTool(bin) {
  const r = await launch([bin, "--help"], { timeoutMs: 3e4 });
  const flags = commonToolFlags(r.stdout + r.stderr);
  if (!r.spawnError && !flags.has("-m") && /example usage:\s*\n\s*\S*sweep-bench\s+-m\s/.test(r.stdout + r.stderr)) return null;
  if (r.spawnError || !flags.has("-m")) {
    throw new UserError(`${bin} --help did not list its options${r.spawnError ? `: ${r.spawnError}` : ""}`, tail(r.stdout + r.stderr, 5) || "is it a llama.cpp depth tool?");
  }
  return flags;
}
function depthPlacement(plan2, place) {
  const kinds2 = new Set(plan2.workloads.map((w) => JSON.stringify(w.numa)));
  if (kinds2.size !== 1 || plan2.workloads[0].numa.kind === "none") return null;
  return place(plan2.workloads[0].numa);
}
function depthPoints(tool, sweep, rows, samples) {
  const out = [];
  for (const depth of sweep.depths) {
    const row = tool === BATCHED_BENCH ? rows.find((r) => r.pp === batchedPrompt(depth) && r.pl === 1) : rows.find((r) => r.nKv === depth);
    if (!row) continue;
    out.push({
      depth,
      speedTg: row.speedTg,
      speedPp: timesPromptAt(tool, depth) ? row.speedPp : null,
      memory: samples.find((p) => p.nKv === row.nKv) ?? null
    });
  }
  return out;
}
var STDERR_KEEP_LINES = 20;
async function runDepthLaunch(i) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const t0 = performance.now();
  const ctx = depthContext(i.sweep);
  const base2 = { block: i.block, slot: i.slot, seq: i.seq, variant: i.variant, ...i.model !== void 0 && { model: i.model }, warmup: i.warmup, tool: i.tool, ctx, argv: i.argv, startedAt };
  let curve;
  try {
    curve = await (i.sample ?? sampleMemoryCurve)(i.argv, { env: i.env, own: i.own, intervalMs: i.intervalMs ?? 500, timeoutMs: i.timeoutSec * 1e3, cwd: i.cwd });
  } catch (e) {
    return {
      ...base2,
      wallMs: Math.round(performance.now() - t0),
      status: "crashed",
      exitCode: null,
      signal: null,
      kvBuffer: null,
      kvBufferName: null,
      points: [],
      rows: [],
      samples: [],
      stderrTail: null,
      error: `could not start ${i.argv[0]}: ${e instanceof Error ? e.message : String(e)}`
    };
  }
  let rows = [];
  let parseError = null;
  try {
    rows = parseSweepRows(curve.stdout, curve.stderr, `block ${i.block} ${i.variant} ${i.tool}`);
  } catch (e) {
    parseError = e.message;
  }
  const points = depthPoints(i.tool, i.sweep, rows, curve.points);
  let status = "ok";
  let error = null;
  if (curve.timedOut) {
    status = "timeout";
    error = `not finished within --timeout ${i.timeoutSec}s; process group killed`;
  } else if (curve.exitCode !== 0) {
    status = "crashed";
    error = curve.signal ? `killed by ${curve.signal}` : `exit code ${curve.exitCode}`;
  } else if (parseError) {
    status = "parse-error";
    error = parseError;
  } else if (points.length < i.sweep.depths.length) {
    const missing = i.sweep.depths.filter((d) => !points.some((p) => p.depth === d));
    status = "parse-error";
    error = `no row at depth ${missing.join(", ")} (${rows.length} rows reported)`;
  }
  return {
    ...base2,
    wallMs: curve.wallMs ?? Math.round(performance.now() - t0),
    status,
    exitCode: curve.exitCode,
    signal: curve.signal,
    // The patched libllama logs the mmap notice at warning level; common's log may use either stream.
    ...kvBufferFields(curve.stderr + curve.stdout),
    points,
    rows,
    samples: curve.points,
    stderrTail: status === "ok" ? null : tail(curve.stderr, STDERR_KEEP_LINES) || null,
    error
  };
}
function kvBufferFields(log) {
  const kv = kvBufferFromLog(log);
  return { kvBuffer: kv?.kind ?? null, kvBufferName: kv?.name ?? null };
}

// src/store/check.ts
var MAX_SHORT = 4096;
var MAX_LONG = 64 * 1024;
var MAX_ITEMS = 2e5;
var MAX_BLOCKS = 1e5;
var MAX_SAMPLES = 1e4;
var Invalid = class extends Error {
};
var fail = (path2, what) => {
  throw new Invalid(`${path2} ${what}`);
};
var str2 = (max = MAX_SHORT) => (v, p) => {
  if (typeof v !== "string") return fail(p, `must be a string (got ${typeOf(v)})`);
  if (v.length > max) return fail(p, `is ${v.length} characters long (limit ${max})`);
  return v;
};
var num2 = (v, p) => typeof v === "number" && Number.isFinite(v) ? v : fail(p, `must be a finite number (got ${typeOf(v)})`);
var int2 = (v, p) => Number.isSafeInteger(v) ? v : fail(p, `must be an integer (got ${typeOf(v)})`);
var intIn = (min, max) => (v, p) => {
  const n = int2(v, p);
  return n >= min && n <= max ? n : fail(p, `must be between ${min} and ${max} (got ${n})`);
};
var numIn = (lo, hi) => (v, p) => {
  const n = num2(v, p);
  return n > lo && n < hi ? n : fail(p, `must be greater than ${lo} and less than ${hi} (got ${n})`);
};
var inFlagRange = (name) => {
  const s = optionSpec("run", name);
  return (v, p) => {
    const n = num2(v, p);
    return inRange(s, n) ? n : fail(p, `must be ${rangeText(s)} (got ${n})`);
  };
};
var positive = (v, p) => {
  const n = num2(v, p);
  return n > 0 && n < MAX_MEASURE ? n : fail(p, `must be a positive number below ${MAX_MEASURE_TEXT} (got ${n})`);
};
var speed = (v, p) => {
  const n = num2(v, p);
  return n >= 0 && n < MAX_MEASURE ? n : fail(p, `must be a number from 0 to below ${MAX_MEASURE_TEXT} (got ${n})`);
};
var bool = (v, p) => typeof v === "boolean" ? v : fail(p, `must be true or false (got ${typeOf(v)})`);
var oneOf = (...allowed) => (v, p) => allowed.includes(v) ? v : fail(p, `must be one of ${allowed.join(", ")} (got ${short(v)})`);
var nullable = (c) => (v, p) => v === null || v === void 0 ? null : c(v, p);
var optional = (c) => (v, p) => v === void 0 ? void 0 : c(v, p);
var arr = (c, max = MAX_ITEMS) => (v, p) => {
  if (!Array.isArray(v)) return fail(p, `must be an array (got ${typeOf(v)})`);
  if (v.length > max) return fail(p, `has ${v.length} items (limit ${max})`);
  return v.map((x, i) => c(x, `${p}[${i}]`));
};
var tuple = (c, n) => (v, p) => {
  const a = arr(c, n)(v, p);
  return a.length === n ? a : fail(p, `must have exactly ${n} items (got ${a.length})`);
};
var pair = (c) => tuple(c, 2);
var triple = (c) => tuple(c, 3);
var record = (c, maxKeys = 1e3) => (v, p) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const keys = Object.keys(v);
  if (keys.length > maxKeys) return fail(p, `has ${keys.length} keys (limit ${maxKeys})`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const k of keys) {
    str2(256)(k, `${p} key`);
    out[k] = c(v[k], `${p}.${k}`);
  }
  return out;
};
var obj = (shape) => (v, p) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const out = {};
  for (const [k, c] of Object.entries(shape)) {
    const x = c(v[k], `${p}.${k}`);
    if (x !== void 0) out[k] = x;
  }
  return out;
};
var scalar = (x) => typeof x === "string" || typeof x === "number" && Number.isFinite(x) || typeof x === "boolean" || x === null;
var rawFields = (v, p) => {
  const src = record((x) => x, 500)(v, p);
  const out = {};
  for (const [k, x] of Object.entries(src)) {
    const cap = (y) => typeof y === "string" ? y.slice(0, MAX_SHORT) : y;
    if (scalar(x)) out[k] = cap(x);
    else if (Array.isArray(x) && x.length <= 1e5 && x.every(scalar)) out[k] = x.map(cap);
  }
  return out;
};
function typeOf(v) {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}
function short(v) {
  const s = typeof v === "string" ? JSON.stringify(v) : typeOf(v);
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}

// src/store/check-analysis.ts
var variantId = oneOf("A", "B");
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var yes = (v, p) => v === true ? true : fail(p, `must be true (got ${short(v)})`);
var count = (v, p) => {
  const [status, n] = tuple((x) => x, 2)(v, p);
  return [str2(64)(status, `${p}[0]`), int2(n, `${p}[1]`)];
};
var ci = obj({ level: num2, lo: num2, hi: num2, repeated: bool });
var look = obj({ n: int2, horizon: int2, spent: num2, alpha: num2 });
var blocksNeeded2 = obj({ blocks: num2, horizon: nullable(int2) });
var needed = (v, p) => isObject(v) && "skipped" in v ? obj({ skipped: yes })(v, p) : blocksNeeded2(v, p);
var openAt = arr(int2, MAX_BLOCKS);
var decidedHistory = obj({ decidedAt: int2, blocks: int2, horizon: int2, openAt });
var openHistory = obj({ openAt, horizon: int2 });
var history = (v, p) => isObject(v) && "decidedAt" in v ? decidedHistory(v, p) : openHistory(v, p);
var model = obj({ name: str2(256), path: str2() });
var spreadOf2 = { spread: num2, paired: bool, needed };
var common = { between: optional(bool), history: optional(history), emulated: optional(oneOf("neutral", "regression", "improvement")) };
var kinds = {
  "one-side": obj({ ...common, kind: oneOf("one-side"), missing: variantId }),
  "no-counted-launch": obj({ ...common, kind: oneOf("no-counted-launch"), variant: variantId, name: str2(), stop: str2(MAX_LONG), model: optional(model) }),
  "could-not-run": obj({
    ...common,
    kind: oneOf("could-not-run"),
    variant: variantId,
    name: str2(),
    counts: arr(count, 16),
    of: int2,
    last: str2(MAX_LONG),
    stderr: str2(MAX_LONG),
    model: optional(model)
  }),
  identical: obj({ ...common, kind: oneOf("identical"), n: int2, look: optional(look) }),
  "too-few-t": obj({ ...common, kind: oneOf("too-few-t"), n: int2 }),
  "too-few": obj({
    ...common,
    kind: oneOf("too-few"),
    n: int2,
    paired: bool,
    minN: int2,
    level: num2,
    test: oneOf("signed-rank", "Mann\u2013Whitney", "t"),
    reachable: num2,
    needed: num2
  }),
  "too-early": obj({ ...common, kind: oneOf("too-early"), n: int2, paired: bool, test: oneOf("signed-rank", "normal-theory"), needed, look }),
  neutral: obj({ ...common, kind: oneOf("neutral"), ci, margin: num2, change: nullable(obj({ by: num2, slower: bool })), look: optional(look) }),
  changed: obj({ ...common, kind: oneOf("changed"), slower: bool, by: num2, ci, p: num2, adj: num2, m: int2, alpha: num2, look: optional(look) }),
  "not-significant": obj({ ...common, kind: oneOf("not-significant"), ci, adj: num2, m: int2, alpha: num2, ...spreadOf2, look: optional(look) }),
  wide: obj({ ...common, kind: oneOf("wide"), ci, margin: num2, ...spreadOf2, look: optional(look) })
};
var reason = (v, p) => {
  if (!isObject(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const kind = oneOf(...Object.keys(kinds))(v.kind, `${p}.kind`);
  return kinds[kind](v, p);
};
function byKind(shapes) {
  return (v, p) => {
    if (!isObject(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
    return shapes[oneOf(...Object.keys(shapes))(v.kind, `${p}.kind`)](v, p);
  };
}
var blockList = arr(int2, MAX_BLOCKS);
var outlier = (v, p) => isObject(v) && v.rule === "tukey" ? obj({ kind: oneOf("outlier"), variant: variantId, blocks: blockList, rule: oneOf("tukey") })(v, p) : obj({ kind: oneOf("outlier"), variant: variantId, blocks: blockList, rule: oneOf("modified-z"), limit: num2 })(v, p);
var flag = byKind({
  outlier,
  drift: obj({ kind: oneOf("drift"), variant: variantId, rho: num2, p: num2 }),
  bimodal: obj({ kind: oneOf("bimodal"), variant: variantId, low: int2, high: int2, gap: num2 }),
  unmatched: obj({ kind: oneOf("unmatched"), blocks: arr(obj({ variant: variantId, block: int2 }), MAX_BLOCKS) }),
  unpaired: obj({ kind: oneOf("unpaired") }),
  "decided-at": obj({ kind: oneOf("decided-at"), index: int2, blocks: int2, horizon: int2 })
});
var unit = nullable(str2());
var setting = (v, p) => typeof v === "number" ? num2(v, p) : str2(64)(v, p);
var problem = byKind({
  declared: obj({ kind: oneOf("declared"), key: oneOf("method", "alpha", "margin", "horizon", "spending"), got: setting, plan: setting }),
  "looks-not-increasing": obj({ kind: oneOf("looks-not-increasing"), looks: blockList }),
  "look-past-measured": obj({ kind: oneOf("look-past-measured"), look: int2, counted: int2 }),
  "look-not-planned": obj({ kind: oneOf("look-not-planned"), look: int2, looks: blockList, horizon: int2 }),
  "measured-past-looks": obj({ kind: oneOf("measured-past-looks"), unit, last: int2, decided: nullable(int2) }),
  "decided-before-last": obj({ kind: oneOf("decided-before-last"), unit, decided: int2, last: int2 }),
  "look-missing": obj({ kind: oneOf("look-missing"), look: int2 })
});
var verdictOf = oneOf("neutral", "regression", "improvement", "inconclusive", "failed");
var warning = byKind({
  "one-side": obj({ kind: oneOf("one-side"), workload: str2(), missing: variantId }),
  "no-workloads": obj({ kind: oneOf("no-workloads") }),
  "design-state-unused": obj({ kind: oneOf("design-state-unused"), problem }),
  claimed: obj({
    kind: oneOf("claimed"),
    claimed: nullable(verdictOf),
    recomputed: verdictOf,
    changes: arr(obj({ name: str2(), from: nullable(verdictOf), to: verdictOf }), MAX_ITEMS)
  })
});
var notYet = (v, p) => v === void 0 ? false : bool(v, p);
var nodeShare = obj({ anonKiB: num2, shmemKiB: num2, fileKiB: num2, threads: num2 });
var placement = obj({
  nodes: arr(int2, 1024),
  rows: arr(obj({ depth: int2, variant: variantId, n: int2, nodes: record(nodeShare, 1024), evenness: nullable(num2) }), MAX_ITEMS),
  blocks: optional(arr(obj({ block: int2, depth: int2, variant: variantId, nodes: record(nodeShare, 1024), evenness: nullable(num2) }), MAX_ITEMS)),
  evenness: arr(obj({ depth: int2, n: int2, diff: nullable(num2), ci: nullable(pair(num2)), ci_level: num2, identical: notYet }), 1e4)
});

// src/store/read-results.ts
var MAX_RESULTS_BYTES = 64 * 1024 * 1024;
var variantId2 = oneOf("A", "B");
var verdict = oneOf("neutral", "regression", "improvement", "inconclusive", "failed");
var numa = (v, p) => {
  const kind = obj({ kind: oneOf("none", "interleave", "bind", "llama", "cpus") })(v, p).kind;
  if (kind === "bind") return obj({ kind: oneOf("bind"), node: int2 })(v, p);
  if (kind === "llama") return obj({ kind: oneOf("llama"), mode: oneOf("distribute", "isolate", "numactl") })(v, p);
  if (kind === "cpus") return obj({ kind: oneOf("cpus"), cpus: str2(1024) })(v, p);
  return { kind };
};
var compareMode = oneOf("merge", "branch-point", "refs");
var slowdownK = (v, p) => {
  const k = num2(v, p);
  return k >= 0 && k <= 1 ? k : fail(p, `must be between 0 and 1 (got ${k})`);
};
var variant = obj({ id: variantId2, name: str2(), ref: str2(), cmakeArgs: arr(str2(), 500), runArgs: arr(str2(), 500), env: record(str2()), slowdown: optional(slowdownK) });
var modelRef = obj({
  name: str2(256),
  path: str2(),
  preset: optional(obj({ preset: oneOf(...PRESET_NAMES), type: oneOf(...Object.keys(TENSOR_TYPES)) }))
});
var planShape = obj({
  repo: str2(),
  models: arr(modelRef, MAX_MODELS),
  out: str2(),
  variants: pair(variant),
  workloads: arr(obj({ id: str2(), label: str2(256), nPrompt: intIn(0, MAX_TOKENS), nGen: intIn(0, MAX_TOKENS), nDepth: intIn(0, MAX_TOKENS), numa, model: optional(str2(256)) }), 1e3),
  threads: int2,
  levers: obj({ repetitions: int2, prio: optional(int2), delay: optional(num2), cpuMask: optional(str2(256)), cpuStrict: optional(bool), poll: optional(int2), noMmap: optional(bool), numaGuest: optional(intIn(2, 16)) }),
  // The decision is recomputed with these: the same ranges the CLI accepts.
  maxBlocks: intIn(1, MAX_BLOCKS),
  warmupBlocks: intIn(0, MAX_BLOCKS),
  looks: arr(intIn(1, MAX_BLOCKS), 1e3),
  laterLooks: optional(arr(intIn(1, MAX_BLOCKS), 1e3)),
  seed: int2,
  timeoutSec: num2,
  margin: inFlagRange("margin"),
  alpha: numIn(0, 0.5),
  method: oneOf("hl", "t"),
  horizon: optional(int2),
  spending: optional(oneOf("obf", "pocock", "reserve", "split")),
  depthSweep: optional(nullable(obj({ depths: arr(intIn(0, MAX_TOKENS), 64), gen: intIn(1, MAX_TOKENS) }))),
  // What was compared: shown in the report, never decides anything.
  compare: optional(compareMode),
  comparison: optional(nullable(obj({
    requested: compareMode,
    mode: compareMode,
    fallback: nullable(str2(MAX_LONG)),
    baseRef: str2(),
    headRef: str2(),
    base: str2(256),
    head: str2(256),
    branchPoint: nullable(str2(256)),
    baseMoved: nullable(int2),
    a: str2(256),
    b: str2(256),
    merge: nullable(obj({ commit: str2(256), by: oneOf("github", "local") }))
  })))
});
var plan = (v, p) => {
  const r = planShape(v, p);
  if (r.models.length === 0) fail(`${p}.models`, "is empty");
  const names = r.models.map((m) => m.name);
  names.forEach((n, i) => names.indexOf(n) !== i && fail(`${p}.models[${i}].name`, `repeats ${short(n)}`));
  r.workloads.forEach((w, i) => {
    if (r.models.length === 1 ? w.model !== void 0 : !names.includes(w.model ?? "")) {
      fail(`${p}.workloads[${i}].model`, r.models.length === 1 ? "is set, but the plan has one model" : `must name one of the models (${names.join(", ")})`);
    }
  });
  return r;
};
var host = obj({
  hostname: nullable(str2()),
  kernel: nullable(str2()),
  cpuModel: nullable(str2()),
  sockets: nullable(int2),
  coresPerSocket: nullable(int2),
  threadsPerCore: nullable(int2),
  logicalCpus: int2,
  smt: nullable(bool),
  numaNodes: arr(obj({ id: int2, cpus: arr(int2, 1e5), memTotalKiB: nullable(num2), memFreeKiB: nullable(num2) }), 1024),
  numaBalancing: nullable(num2),
  thpMode: nullable(str2()),
  governor: nullable(str2()),
  boost: nullable(bool),
  loadAvgStart: nullable(triple(num2)),
  loadAvgEnd: optional(triple(num2)),
  proactiveReclaim: optional(nullable(obj({
    active: nullable(bool),
    damonReclaim: nullable(bool),
    kdamonds: arr(obj({ id: str2(32), state: nullable(str2(64)), actions: arr(nullable(str2(64)), 1024) }), 1024)
  }))),
  warnings: arr(str2(MAX_LONG), 1e3)
});
var build = obj({
  variant: variantId2,
  ok: bool,
  ref: str2(),
  commit: nullable(str2(256)),
  cmakeArgs: arr(str2(), 500),
  binDir: nullable(str2()),
  reused: bool,
  seconds: num2,
  logPath: nullable(str2()),
  logTail: nullable(str2(MAX_LONG)),
  error: nullable(str2(MAX_LONG)),
  depthTool: optional(nullable(str2(256)))
});
var benchRecordShape = obj({
  flavour: oneOf("mainline", "ik"),
  label: str2(256),
  nPrompt: intIn(0, MAX_TOKENS),
  nGen: intIn(0, MAX_TOKENS),
  nDepth: intIn(0, MAX_TOKENS),
  nThreads: nullable(int2),
  samplesNs: arr(positive, MAX_SAMPLES),
  samplesTs: arr(positive, MAX_SAMPLES),
  avgTs: positive,
  stddevTs: nullable(num2),
  buildCommit: nullable(str2(256)),
  buildNumber: nullable(num2),
  cpuInfo: nullable(str2()),
  modelType: nullable(str2()),
  raw: rawFields
});
var benchRecord = (v, p) => {
  const r = benchRecordShape(v, p);
  if (r.samplesNs.length !== r.samplesTs.length) fail(`${p}.samplesTs`, `has ${r.samplesTs.length} values but samplesNs has ${r.samplesNs.length}`);
  const tokens = r.nPrompt + r.nGen;
  if (tokens === 0) fail(p, "has nPrompt = nGen = 0: nothing was timed");
  r.samplesTs.forEach((ts, i) => {
    const expected = tokens * 1e9 / r.samplesNs[i];
    if (Math.abs(ts / expected - 1) > TS_TOLERANCE) {
      fail(`${p}.samplesTs[${i}]`, `is ${ts} t/s, but ${tokens} tokens in samplesNs[${i}] = ${r.samplesNs[i]} ns is ${expected.toPrecision(6)} t/s (more than ${100 * TS_TOLERANCE}% apart)`);
    }
  });
  return r;
};
var launch2 = obj({
  block: intIn(0, MAX_BLOCKS * 2),
  slot: intIn(0, MAX_ITEMS),
  seq: intIn(0, MAX_ITEMS),
  variant: variantId2,
  workload: str2(),
  warmup: bool,
  startedAt: str2(64),
  wallMs: num2,
  status: oneOf("ok", "crashed", "timeout", "parse-error", "skipped"),
  exitCode: nullable(int2),
  signal: nullable(str2(64)),
  argv: arr(str2(), 1e3),
  records: arr(benchRecord, 1e3),
  memory: nullable(obj({
    peakRssKiB: num2,
    minorFaults: num2,
    majorFaults: num2,
    nodeKiB: nullable(record(num2, 1024)),
    anonNodeKiB: optional(nullable(record(num2, 1024))),
    shmemNodeKiB: optional(nullable(record(num2, 1024))),
    sampleRssKiB: optional(nullable(num2)),
    sampleAtMs: optional(nullable(num2)),
    lastNodeKiB: optional(nullable(record(num2, 1024))),
    samples: optional(num2),
    sampleCostMs: optional(num2),
    userMs: optional(num2),
    sysMs: optional(num2)
  })),
  stderrTail: nullable(str2(MAX_LONG)),
  error: nullable(str2(MAX_LONG))
});
var memoryPoint = obj({
  tMs: num2,
  rssKiB: num2,
  anonKiB: num2,
  shmemKiB: optional(num2),
  fileKiB: optional(num2),
  nodeKiB: record(num2, 1024),
  anonNodeKiB: record(num2, 1024),
  shmemNodeKiB: optional(record(num2, 1024)),
  fileNodeKiB: optional(record(num2, 1024)),
  nKv: nullable(int2),
  threadCpus: optional(record(num2, 4096))
});
var sweepRow = obj({
  tool: oneOf("ik-sweep-bench", "batched-bench"),
  nKv: int2,
  pp: int2,
  tg: int2,
  pl: int2,
  tPpSec: num2,
  speedPp: speed,
  tTgSec: num2,
  speedTg: speed,
  nThreads: nullable(int2),
  raw: rawFields
});
var depthLaunch = obj({
  block: int2,
  slot: int2,
  seq: int2,
  variant: variantId2,
  model: optional(str2(256)),
  warmup: bool,
  tool: str2(256),
  ctx: int2,
  argv: arr(str2(), 1e3),
  startedAt: str2(64),
  wallMs: num2,
  status: oneOf("ok", "crashed", "timeout", "parse-error", "skipped"),
  exitCode: nullable(int2),
  signal: nullable(str2(64)),
  kvBuffer: nullable(oneOf("mmap", "heap")),
  kvBufferName: optional(nullable(str2(256))),
  points: arr(obj({ depth: int2, speedTg: speed, speedPp: nullable(speed), memory: nullable(memoryPoint) }), 1e3),
  rows: arr(sweepRow, 1e4),
  samples: arr(memoryPoint, 1e5),
  stderrTail: nullable(str2(MAX_LONG)),
  error: nullable(str2(MAX_LONG))
});
var workloadAnalysis = obj({
  name: str2(),
  n: int2,
  paired: bool,
  method: oneOf("hl", "t"),
  ratio: nullable(num2),
  ci: nullable(pair(num2)),
  ci_level: num2,
  p_regression: nullable(num2),
  p_regression_adj: nullable(num2),
  p_improvement: nullable(num2),
  p_improvement_adj: nullable(num2),
  verdict,
  blocks_needed: nullable(num2),
  spread: nullable(num2),
  flags: arr(str2(), 100),
  reason: str2(MAX_LONG),
  look: optional(nullable(int2)),
  alpha_spent: optional(num2),
  alpha_remaining: optional(num2),
  why: optional(reason),
  flagged: optional(arr(flag, 100))
});
var depthMemory = obj({
  name: str2(),
  depth: int2,
  model: optional(str2(256)),
  n: int2,
  a_kib: nullable(num2),
  b_kib: nullable(num2),
  a_anon_kib: nullable(num2),
  b_anon_kib: nullable(num2),
  ratio: nullable(num2),
  ci: nullable(pair(num2)),
  ci_level: num2
});
var analysis = obj({
  verdict,
  margin: num2,
  alpha: num2,
  geomean_ratio: nullable(num2),
  workloads: arr(workloadAnalysis, 1e3),
  warnings: arr(str2(MAX_LONG), 1e3),
  warned: optional(arr(warning, 1e3)),
  depth_memory: optional(arr(depthMemory, 1e3)),
  placement: optional(placement),
  incomplete: optional(obj({ measured_blocks: int2, planned_blocks: int2, stop_reason: str2(MAX_LONG) }))
});
var decidedVerdict = oneOf("neutral", "regression", "improvement", "failed");
var two = (v, p) => v === 2 ? 2 : fail(p, `must be 2 (got ${short(v)})`);
var design = obj({
  version: two,
  method: oneOf("hl", "t"),
  alpha: num2,
  margin: num2,
  horizon: intIn(1, MAX_BLOCKS),
  spending: oneOf("obf", "pocock", "reserve", "split"),
  looks: arr(obj({ blocks: intIn(1, MAX_BLOCKS), at: optional(str2(64)), alpha_spent: num2, decided: arr(obj({ name: str2(), verdict: decidedVerdict }), 1e3) }), 1e3)
});
var results2 = obj({
  schema: oneOf(...RESULTS_SCHEMAS),
  tool: obj({ name: str2(256), version: str2(256) }),
  startedAt: str2(64),
  finishedAt: nullable(str2(64)),
  plan,
  host: nullable(host),
  flavour: nullable(oneOf("mainline", "ik")),
  builds: arr(build, 10),
  schedule: obj({ seed: int2, blocks: arr(obj({ block: int2, order: arr(obj({ variant: variantId2, workload: str2() }), 1e4) }), 1e5) }),
  launches: arr(launch2),
  analysis: nullable(analysis),
  stopReason: str2(MAX_LONG),
  notes: arr(str2(MAX_LONG), 1e3),
  depthLaunches: optional(arr(depthLaunch)),
  design: optional(design),
  experiment: optional(obj({
    id: str2(64),
    store: nullable(str2()),
    segments: arr(obj({ kind: oneOf("run", "resume", "more"), at: str2(64), fromBlocks: int2, toBlocks: int2 }), 1e4)
  }))
});
function validateResults(data, source) {
  try {
    const r = results2(migrateResults(data), "$");
    checkDepthLaunches(r);
    return r;
  } catch (e) {
    if (e instanceof Invalid) {
      throw new UserError(`${source} is not a valid llama-perf-gate results file: ${e.message}`, `expected schema ${RESULTS_SCHEMA}, as written by llama-perf-gate run`);
    }
    throw e;
  }
}
var MIN_CHECKED_SEC = 0.01;
function checkDepthLaunches(r) {
  const sweep = r.plan.depthSweep;
  const names = r.plan.models.map((m) => m.name);
  (r.depthLaunches ?? []).forEach((l, i) => {
    const p = `$.depthLaunches[${i}]`;
    if (names.length === 1 ? l.model !== void 0 : !names.includes(l.model ?? "")) {
      fail(`${p}.model`, names.length === 1 ? "is set, but the plan has one model" : `must name one of the models (${names.join(", ")})`);
    }
    l.rows.forEach((row, j) => {
      const tokens = { tg: row.pl * row.tg, pp: row.tool === "batched-bench" ? row.pl * row.pp : row.pp };
      for (const [k, speed2, sec] of [["tg", row.speedTg, row.tTgSec], ["pp", row.speedPp, row.tPpSec]]) {
        if (sec < MIN_CHECKED_SEC) continue;
        const expected = tokens[k] / sec;
        if (Math.abs(speed2 / expected - 1) > TS_TOLERANCE) {
          fail(`${p}.rows[${j}].speed${k === "tg" ? "Tg" : "Pp"}`, `is ${speed2} t/s, but ${tokens[k]} tokens in ${sec} s is ${expected.toPrecision(6)} t/s (more than ${100 * TS_TOLERANCE}% apart)`);
        }
      }
    });
    if (sweep && JSON.stringify(depthPoints(l.tool, sweep, l.rows, l.samples)) !== JSON.stringify(l.points)) {
      fail(`${p}.points`, "differ from the points its rows and memory samples give");
    }
  });
}
function readResultsFileSync(path2, maxBytes = MAX_RESULTS_BYTES) {
  let size;
  try {
    size = statSync4(path2).size;
  } catch (e) {
    throw new UserError(`cannot read results file ${path2}: ${e.code ?? e.message}`, "check the results / results-path input and that the artifact was downloaded");
  }
  if (size > maxBytes) throw new UserError(`${path2} is ${size} bytes; results files are limited to ${maxBytes} bytes`);
  let data;
  try {
    data = JSON.parse(readFileSync6(path2, "utf8"));
  } catch (e) {
    throw new UserError(`${path2} is not valid JSON: ${e.message}`);
  }
  return validateResults(data, path2);
}

export {
  normCdf,
  normQuantile,
  DEFAULT_SPENDING,
  critical,
  minimumN,
  depthUnits,
  sameModel,
  depthPointId,
  depthPointModels,
  depthPointIds,
  depthModelNames,
  SWEEP_BENCH,
  BATCHED_BENCH,
  launchValue,
  workloadInputsFromResults,
  stopsAt,
  runOutcome,
  combineOutcomes,
  asGateOutcome,
  signalExitCode,
  exitCodeFor,
  bisectConclusion,
  MARKS,
  LABELS,
  VERDICT_WORDS,
  code,
  plain,
  joinPhrases,
  fmtLevel,
  levelNote,
  gateOf,
  verdictPhrase,
  incompleteText,
  firstLine,
  flagsOf,
  warningsOf,
  reasonOf,
  wordAnalysis,
  tQuantile,
  blocksNeeded,
  validateOptions,
  analyze,
  withDepthMemory,
  peakRssRatio,
  reservedName,
  childEnv,
  parseNumaPolicy,
  perModel,
  labelWorkloads,
  parseWorkloads,
  designState,
  designOf,
  countedBlocksOf,
  findExecutable,
  numaPlacement,
  checkPlacements,
  FORMAT_HINT,
  malformed,
  lineAt,
  numberedLines,
  SweepRowReader,
  supportedFlags,
  detectFlavourFromHelp,
  scratchDir2 as scratchDir,
  launch,
  tail,
  sharedDepthTool,
  depthToolArgs,
  depthRunArgs,
  probeDepthTool,
  depthPlacement,
  runDepthLaunch,
  flavourFromFields,
  typedValue,
  toBenchRecord,
  MAX_RESULTS_BYTES,
  readResultsFileSync,
  guestTools,
  guestShape,
  guestNodes,
  Guest,
  decideLook,
  decideAll,
  withTrustedAnalysis
};
