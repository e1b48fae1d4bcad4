import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  loadFleet,
  writeAggregate
} from "./chunk-Q2JPALK7.js";
import "./chunk-MJ5C2ZYS.js";
import {
  OptionValues,
  parseCommandArgs,
  withExample
} from "./chunk-JTF2YUPJ.js";
import "./chunk-36A2OLPC.js";
import {
  buildReportModel,
  renderHtml,
  renderMarkdown,
  renderTerminal
} from "./chunk-3T2AJHST.js";
import {
  writeFileAtomic
} from "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import {
  checkOutDir
} from "./chunk-B2D4RTC7.js";
import {
  asGateOutcome,
  exitCodeFor
} from "./chunk-NDNGWDMH.js";
import "./chunk-GDMBPVIE.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import "./chunk-BJGFYZ3G.js";
import "./chunk-ANVRTINO.js";
import "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/cli/aggregate.ts
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
async function aggregateCommand(argv, print = (t) => void process.stdout.write(t)) {
  const { values, positionals } = parseCommandArgs("aggregate", argv, { positionals: true });
  const o = new OptionValues("aggregate", values);
  if (positionals.length === 0) {
    throw new UserError("aggregate: no results given", "example: llama-perf-gate aggregate --out fleet artifacts/*/results.json");
  }
  const out = resolve(o.str("out"));
  checkOutDir("--out", out, "perf-fleet");
  const template = o.str("template");
  if (template !== void 0 && !statSync(template, { throwIfNoEntry: false })?.isFile()) {
    throw new UserError(`--template ${template} is not a readable file`, "example: --template my-report.md.hbs (see templates/README.md)");
  }
  const expected = (o.str("expected-machines") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const fleet = await loadFleet(positionals, process.cwd(), expected).catch((e) => {
    throw withExample(e, "llama-perf-gate aggregate --out perf-fleet machine1/results.json machine2/results.json");
  });
  const results = fleet.machines.map((m) => m.results);
  const labels = fleet.machines.map((m) => m.label);
  await writeAggregate(join(out, "aggregate.json"), fleet);
  const model = buildReportModel(results, { labels, problems: fleet.problems });
  writeFileAtomic(join(out, "report.md"), renderMarkdown(model, { templatePath: template }));
  writeFileAtomic(join(out, "report.html"), renderHtml(model));
  if (results.length > 0) print(renderTerminal(model) + "\n");
  for (const p of fleet.problems) print(`${p.outcome ?? "note"}: ${p.text}
`);
  const overall = asGateOutcome(model.overall);
  print(`overall: ${overall}; wrote ${join(out, "aggregate.json")}, ${join(out, "report.md")} and ${join(out, "report.html")}
`);
  return exitCodeFor(overall);
}
export {
  aggregateCommand
};
