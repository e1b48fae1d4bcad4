import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runQualification
} from "./chunk-TKW7PE7O.js";
import {
  renderQualification
} from "./chunk-73PJRVJB.js";
import {
  demoDefaults,
  demoSource
} from "./chunk-JTI63HPK.js";
import "./chunk-4D7NBKMB.js";
import {
  ProgressPrinter,
  fmtDuration
} from "./chunk-GM7LAWHB.js";
import {
  storeFromArgs
} from "./chunk-X7HTFSBR.js";
import {
  forceFromArgs,
  planFromArgs
} from "./chunk-CYVGNDAF.js";
import "./chunk-MJ5C2ZYS.js";
import "./chunk-ZQBLR5LW.js";
import {
  OptionValues,
  parseCommandArgs
} from "./chunk-JTF2YUPJ.js";
import "./chunk-OU4RGNYM.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import "./chunk-IY4J7ZQM.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-H4DLKN52.js";
import "./chunk-7GUYAAN7.js";
import {
  renderTerminal
} from "./chunk-3T2AJHST.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import {
  signalExitCode
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
import "./chunk-6LOWXX6R.js";
import {
  interruptedBy
} from "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/cli/qualify.ts
var EXAMPLE = "example: llama-perf-gate qualify --repo ../llama.cpp --base master --model m.gguf --workloads pp512,tg128 --slowdown 0.03";
var NOT_HERE = ["head", "head-name", "head-cmake", "head-arg", "head-env", "head-slowdown", "base-slowdown", "compare"];
function splitSlowdown(argv) {
  const mine = [];
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--slowdown") mine.push(a, argv[++i] ?? "");
    else if (a.startsWith("--slowdown=")) mine.push(a);
    else rest.push(a);
  }
  const o = new OptionValues("qualify", parseCommandArgs("qualify", mine).values);
  return { k: o.num("slowdown"), rest };
}
async function qualifyCommand(argv) {
  const { k, rest } = splitSlowdown(argv);
  const o = new OptionValues("run", parseCommandArgs("run", rest).values);
  for (const name of NOT_HERE) {
    if (o.raw[name] !== void 0) throw new UserError(`qualify makes its own B (a second build of the base, and the base slowed by --slowdown): --${name} does not apply`, EXAMPLE);
  }
  let args = rest;
  if (o.str("repo") === void 0 && o.str("plan") === void 0) {
    planFromArgs([...demoDefaults(rest), "--base", "lpg/base", "--head-name", "qualify", ...rest], { requireRepoModel: false });
    const { src, model } = await demoSource();
    args = ["--repo", src.repo, ...o.raw.model === void 0 ? ["--model", model] : [], "--base", src.baseRef, "--base-name", "bundle", ...demoDefaults(rest), "--out", "perf-qualify", ...rest];
  } else if (!o.str("base")) throw new UserError("qualify needs --base REF (the commit whose two builds and injected slowdown qualify the runner)", EXAMPLE);
  const plan = planFromArgs([...args, "--head-name", "qualify"]);
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await runQualification(plan, k, { cacheDir: defaultCacheDir(), force: forceFromArgs(args), store: storeFromArgs("run", args), onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log });
  } finally {
    progress.clear();
  }
  for (const [what, o2] of [["A/A\u2032", out.aaPrime], [`A/A+${k}`, out.injected]]) {
    if (o2) process.stdout.write(`
${what}: ${o2.reportPath}
${renderTerminal(o2.model)}`);
  }
  const signal = interruptedBy();
  if (signal === "SIGINT" || signal === "SIGTERM" || signal === "SIGHUP") return signalExitCode(signal);
  if (!out.record) return 1;
  process.stdout.write(`
${renderQualification(out.record, "terminal")}`);
  console.log(`
wall time ${fmtDuration(performance.now() - t0)}; ${out.path ? `stored for this host in ${out.path}` : "not stored: no host fingerprint"}`);
  return out.record.status === "qualified" ? 0 : 1;
}
export {
  qualifyCommand,
  splitSlowdown
};
