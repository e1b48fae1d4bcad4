import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  acquireHostLock,
  asInputError,
  planArgv,
  setFailed,
  setOutput,
  writeJobSummary
} from "./chunk-LS7A642W.js";
import "./chunk-Q2JPALK7.js";
import {
  planFromArgs
} from "./chunk-CYVGNDAF.js";
import "./chunk-MJ5C2ZYS.js";
import "./chunk-ZQBLR5LW.js";
import "./chunk-W4KRGZ6D.js";
import {
  OptionValues,
  parseCommandArgs
} from "./chunk-JTF2YUPJ.js";
import "./chunk-36A2OLPC.js";
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
import "./chunk-MHIAKMTT.js";
import "./chunk-ANVRTINO.js";
import "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/github/qualify.ts
import { join } from "node:path";
var NOT_HERE = ["head", "head-name", "head-cmake", "head-arg", "head-env", "head-slowdown", "base-slowdown"];
function readQualify(get, ctx, runner) {
  for (const name of NOT_HERE) {
    if (get(name).trim() !== "") throw new UserError(`input "${name}" does not apply in mode qualify: it makes its own B (a second build of base, and base slowed by qualify-slowdown)`, "example:  mode: qualify\n  base: master");
  }
  const base = ctx.baseRef ?? ctx.headSha;
  const argv = planArgv(get, { baseRef: base, headRef: null, workspace: runner.workspace, out: join(runner.runnerTemp, "llama-perf-gate-qualify") });
  const k = get("qualify-slowdown").trim();
  try {
    const plan = planFromArgs([...argv, "--head-name", "qualify"]);
    const o = new OptionValues("qualify", parseCommandArgs("qualify", k === "" ? [] : [`--slowdown=${k}`]).values);
    return { plan, k: o.num("slowdown") };
  } catch (e) {
    throw asInputError(e instanceof UserError ? new UserError(e.message.replace("--slowdown", "--qualify-slowdown"), e.hint?.replace("--slowdown", "--qualify-slowdown")) : e);
  }
}
async function qualifyMode(options, ctx, runner, get, log) {
  const { plan, k } = readQualify(get, ctx, runner);
  const lock = await acquireHostLock({ dir: options.lockDir, timeoutSec: options.lockTimeoutSec, label: runner.runLabel, log });
  try {
    log(`benchmark lock held: ${lock.path}`);
    const [{ runQualification }, { renderQualification }, { defaultCacheDir }] = await Promise.all([
      import("./qualify-XFPS27P5.js"),
      import("./qualify-3W7P3QNI.js"),
      import("./cache-dir-4MVJALVU.js")
    ]);
    const out = await runQualification(plan, k, { cacheDir: options.cacheDir ?? defaultCacheDir(), store: options.store ?? void 0, log });
    if (!out.record) throw new UserError("the qualification was interrupted: nothing was stored", "run the workflow again");
    await writeJobSummary(runner, renderQualification(out.record), log);
    setOutput("verdict", out.record.status);
    setOutput("results-path", (out.injected ?? out.aaPrime)?.resultsPath ?? "");
    log(`qualification: ${out.record.status}${out.path ? `; stored in ${out.path} for later runs on this runner` : ""}`);
    if (out.record.status !== "qualified") setFailed(`runner qualification ${out.record.status}: ${out.record.reasons.join("; ")}`);
  } finally {
    await lock.release();
  }
}
export {
  qualifyMode,
  readQualify
};
