import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  helpText
} from "./chunk-W4KRGZ6D.js";
import {
  OptionValues,
  parseCommandArgs,
  withExample
} from "./chunk-JTF2YUPJ.js";
import {
  readTrustedResults
} from "./chunk-36A2OLPC.js";
import {
  parseBenchOutput
} from "./chunk-H4DLKN52.js";
import {
  analyze,
  decideAll,
  exitCodeFor,
  incompleteText,
  launchValue,
  runOutcome,
  validateOptions,
  wordAnalysis,
  workloadInputsFromResults
} from "./chunk-NDNGWDMH.js";
import "./chunk-GDMBPVIE.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import {
  optionSpec
} from "./chunk-BJGFYZ3G.js";
import "./chunk-ANVRTINO.js";
import "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/cli/analyze.ts
import { readFileSync } from "node:fs";

// src/report/analysis-md.ts
var f3 = (v) => v === null ? "\u2014" : v.toFixed(3);
var fp = (v) => v === null ? "\u2014" : v < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
function formatMarkdown(a, outcome = a.verdict) {
  const lines = [];
  const gm = a.geomean_ratio === null ? "" : `, geomean B/A ${f3(a.geomean_ratio)} (reported, not gated)`;
  lines.push(`**Verdict: ${outcome.toUpperCase()}** \u2014 margin \xB1${Number((100 * a.margin).toPrecision(3))}%, \u03B1 = ${a.alpha}${gm}`, "");
  if (outcome === "incomplete" && a.incomplete) lines.push(`Incomplete: ${incompleteText(a.incomplete)}`, "");
  lines.push("| workload | n | B/A | CI | level | p regr. (Holm) | p impr. (Holm) | verdict | blocks needed | flags |");
  lines.push("|---|---:|---:|---|---:|---:|---:|---|---:|---|");
  for (const w of a.workloads) {
    const ci = w.ci ? `[${f3(w.ci[0])}, ${f3(w.ci[1])}]` : "\u2014";
    lines.push(
      `| ${w.name} | ${w.n}${w.paired ? "" : " (unpaired)"} | ${f3(w.ratio)} | ${ci} | ${Math.round(w.ci_level * 1e3) / 10}% | ${fp(w.p_regression)} (${fp(w.p_regression_adj)}) | ${fp(w.p_improvement)} (${fp(w.p_improvement_adj)}) | ${w.verdict} | ${w.blocks_needed ?? ""} | ${w.flags.length} |`
    );
  }
  lines.push("");
  for (const w of a.workloads) {
    lines.push(`- **${w.name}** (${w.verdict}): ${w.reason}`);
    for (const fl of w.flags) lines.push(`  - ${fl}`);
  }
  if (a.warnings.length) {
    lines.push("", "**Warnings**");
    for (const wn of a.warnings) lines.push(`- ${wn}`);
  }
  return lines.join("\n") + "\n";
}

// src/cli/analyze.ts
var ANALYZE_HELP = {
  about: "the decision engine on a finished run (results.json) or on raw llama-bench outputs",
  usage: "llama-perf-gate analyze perf-out/results.json [options]\n       llama-perf-gate analyze --base a1.json a2.json \u2026 --head b1.json b2.json \u2026 [options]",
  example: "llama-perf-gate analyze perf-out/results.json --margin 0.02 --format json"
};
var ANALYZE_USAGE = helpText("analyze", ANALYZE_HELP);
function parseAnalyzeArgs(argv) {
  if (argv.includes("--help") || argv.includes("-h")) return { results: null, base: [], head: [], format: "md", help: true };
  const { values, positionals } = parseCommandArgs("analyze", argv, { positionals: true });
  const o = new OptionValues("analyze", values);
  const p = {
    results: positionals[0] ?? null,
    base: o.list("base"),
    head: o.list("head"),
    margin: o.optNum("margin"),
    alpha: o.optNum("alpha"),
    method: o.has("method") ? o.str("method") : void 0,
    format: o.str("format"),
    help: false
  };
  if (positionals.length > 1) throw new UserError(`unexpected argument ${positionals[1]}: analyze takes one results.json`, "for raw llama-bench files use --base, e.g. analyze --base a1.json a2.json --head b1.json b2.json");
  const raw = p.base.length > 0 || p.head.length > 0 || o.has("base") || o.has("head");
  if (raw && p.results !== null) throw new UserError(`give either a results.json (${p.results}) or --base/--head files, not both`, `example: ${ANALYZE_HELP.example}`);
  if (!raw && p.results === null) throw new UserError("analyze needs a results.json or --base \u2026 --head \u2026 files", `example: ${ANALYZE_HELP.example}`);
  if (raw && (p.base.length !== p.head.length || p.base.length === 0)) {
    throw new UserError(
      `--base has ${p.base.length} file(s) but --head has ${p.head.length}: file i of base is paired with file i of head`,
      "give the same number of files, e.g. --base a1.json a2.json --head b1.json b2.json"
    );
  }
  return p;
}
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${e.code ?? e.message}`, "check the path");
  }
}
function recordNames(recs) {
  const seen = /* @__PURE__ */ new Map();
  return recs.map((r) => {
    const k = (seen.get(r.label) ?? 0) + 1;
    seen.set(r.label, k);
    return k === 1 ? r.label : `${r.label} #${k}`;
  });
}
function workloadInputsFromRecords(base, head) {
  const byName = /* @__PURE__ */ new Map();
  const get = (name) => {
    let w = byName.get(name);
    if (!w) byName.set(name, w = { name, a: [], b: [] });
    return w;
  };
  const add = (files, side) => files.forEach((recs, block) => {
    const names = recordNames(recs);
    recs.forEach((rec, j) => get(names[j])[side].push({ block, value: launchValue(rec), seq: 2 * block + (side === "a" ? 0 : 1) }));
  });
  add(base, "a");
  add(head, "b");
  return [...byName.values()];
}
function loadRaw(paths) {
  return paths.map((path) => {
    const recs = parseBenchOutput(readText(path), path);
    if (recs.length === 0) throw new UserError(`${path} holds no llama-bench results`, "give the output of a llama-bench run (e.g. llama-bench -o json > a1.json)");
    return recs;
  });
}
var DEFAULTS = {
  margin: optionSpec("analyze", "margin").default,
  alpha: optionSpec("analyze", "alpha").default,
  method: optionSpec("analyze", "method").default
};
async function analyzeCommand(argv, print = (t) => void process.stdout.write(t)) {
  const p = parseAnalyzeArgs(argv);
  if (p.help) {
    print(ANALYZE_USAGE);
    return 0;
  }
  let inputs;
  let opts;
  let file = null;
  if (p.results !== null) {
    const results = await readTrustedResults(p.results).catch((e) => {
      throw withExample(e, "llama-perf-gate analyze perf-out/results.json (the file `run` wrote)");
    });
    inputs = workloadInputsFromResults(results);
    opts = {
      margin: p.margin ?? results.plan.margin ?? DEFAULTS.margin,
      alpha: p.alpha ?? results.plan.alpha ?? DEFAULTS.alpha,
      method: p.method ?? results.plan.method ?? DEFAULTS.method
    };
    file = results;
  } else {
    inputs = workloadInputsFromRecords(loadRaw(p.base), loadRaw(p.head));
    opts = { margin: p.margin ?? DEFAULTS.margin, alpha: p.alpha ?? DEFAULTS.alpha, method: p.method ?? DEFAULTS.method };
  }
  validateOptions(opts);
  const whatIf = p.margin !== void 0 || p.alpha !== void 0 || p.method !== void 0;
  const trusted = file && (whatIf ? decideAll({ ...file, plan: { ...file.plan, ...opts }, design: void 0 }) : file.analysis);
  const analysis = wordAnalysis(trusted ?? analyze(inputs, opts));
  const outcome = runOutcome(analysis);
  print(p.format === "json" ? JSON.stringify(analysis, null, 2) + "\n" : formatMarkdown(analysis, outcome));
  return exitCodeFor(outcome);
}
export {
  ANALYZE_HELP,
  ANALYZE_USAGE,
  analyzeCommand,
  parseAnalyzeArgs,
  workloadInputsFromRecords
};
