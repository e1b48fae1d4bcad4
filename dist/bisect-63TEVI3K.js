import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  ProgressPrinter,
  fmtDuration
} from "./chunk-GM7LAWHB.js";
import {
  storeFromArgs
} from "./chunk-X7HTFSBR.js";
import {
  planFromArgs
} from "./chunk-CYVGNDAF.js";
import "./chunk-MJ5C2ZYS.js";
import "./chunk-ZQBLR5LW.js";
import {
  OptionValues,
  parseCommandArgs
} from "./chunk-JTF2YUPJ.js";
import {
  bisect
} from "./chunk-HBXVNBLV.js";
import {
  culpritLine
} from "./chunk-XOJGI6K3.js";
import "./chunk-MIHJIGRM.js";
import "./chunk-OU4RGNYM.js";
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
import {
  signalExitCode
} from "./chunk-NDNGWDMH.js";
import "./chunk-GDMBPVIE.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import {
  OPTIONS
} from "./chunk-BJGFYZ3G.js";
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

// src/cli/bisect.ts
var EVERY_COMMIT = { cmake: "cmake", arg: "arg", env: "env" };
function runArgvOf(argv) {
  const { values } = parseCommandArgs("bisect", argv);
  const o = new OptionValues("bisect", values);
  const good = o.str("good");
  const bad = o.str("bad");
  if (!good) throw new UserError("--good is required: the last commit known fast", "example: --good v1.0 --bad main");
  if (!bad) throw new UserError("--bad is required: a later commit that is slower", "example: --good v1.0 --bad main");
  const runArgv = ["--base", good, "--head", bad, "--base-name", "good", "--head-name", "bad"];
  for (const spec of OPTIONS.filter((s) => s.commands.includes("bisect") && s.commands.includes("run"))) {
    const v = values[spec.name];
    if (v === void 0 || v === false) continue;
    if (v === true) runArgv.push(`--${spec.name}`);
    else for (const x of Array.isArray(v) ? v : [v]) runArgv.push(`--${spec.name}=${x}`);
  }
  for (const [flag, side] of Object.entries(EVERY_COMMIT)) {
    for (const x of o.list(flag)) runArgv.push(`--base-${side}=${x}`, `--head-${side}=${x}`);
  }
  return { runArgv, good, bad, maxBuilds: o.has("max-builds") ? o.num("max-builds") : null, minutes: o.optNum("minutes") ?? null };
}
async function bisectCommand(argv) {
  const { runArgv, good, bad, maxBuilds, minutes } = runArgvOf(argv);
  const plan = planFromArgs(runArgv);
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await bisect({ plan, good, bad, maxBuilds, minutes }, {
      cacheDir: defaultCacheDir(),
      store: storeFromArgs("run", runArgv),
      onBuildProgress: progress.build,
      onBenchProgress: progress.bench,
      log: progress.log
    });
  } finally {
    progress.clear();
  }
  const r = out.result;
  console.log(r.summary);
  for (const u of r.unresolved) console.log(`range: ${u.from.slice(0, 9)}..${u.to.slice(0, 9)} holds a regression: ${u.why}`);
  for (const s of r.skipped) console.log(`skipped: ${s.commit.slice(0, 9)} does not build (${s.error})`);
  console.log(`wall time ${fmtDuration(performance.now() - t0)}; wrote ${out.jsonPath} and ${out.reportPath}`);
  for (const c of r.culprits) console.log(culpritLine(c));
  const signal = interruptedBy();
  if (signal === "SIGINT" || signal === "SIGTERM" || signal === "SIGHUP") return signalExitCode(signal);
  return r.outcome === "incomplete" ? 1 : 0;
}
export {
  bisectCommand,
  runArgvOf
};
