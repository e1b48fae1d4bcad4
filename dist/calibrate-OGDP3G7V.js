import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runAndPrint
} from "./chunk-ZMFT6XBE.js";
import "./chunk-GM7LAWHB.js";
import {
  storeFromArgs
} from "./chunk-3NQTIWZI.js";
import {
  readTrustedResultsSync
} from "./chunk-UU55USMG.js";
import {
  forceFromArgs,
  planFromArgs
} from "./chunk-5NDLJEJL.js";
import "./chunk-3CMO2DAW.js";
import "./chunk-CEC4ZQJJ.js";
import {
  OptionValues,
  parseCommandArgs
} from "./chunk-U7PRDRAC.js";
import "./chunk-IJKXYQTH.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import {
  calibrationFromResults,
  calibrationKeys,
  calibrationNote,
  writeCalibration
} from "./chunk-JKBYV2DK.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-5GSUVFSN.js";
import "./chunk-3RAE5B6M.js";
import "./chunk-GKLIFO3T.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import "./chunk-J43FDT6Q.js";
import "./chunk-K2RBFFVC.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import "./chunk-XFPE7NQW.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import "./chunk-ANVRTINO.js";
import "./chunk-VCVIOZR2.js";
import "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/cli/calibrate.ts
import { join } from "node:path";
var EXAMPLE = "example: llama-perf-gate calibrate --repo ../ik_llama.cpp --base main --model m.gguf --workloads pp512,tg128 --max-blocks 10";
function calibrationArgs(argv) {
  const o = new OptionValues("run", parseCommandArgs("run", argv).values);
  for (const name of ["head", "head-name", "head-cmake", "head-arg", "head-env", "head-slowdown", "base-slowdown"]) {
    if (o.raw[name] !== void 0) throw new UserError(`calibrate runs the base against itself: --${name} does not apply`, EXAMPLE);
  }
  const base = o.str("base");
  if (!base) throw new UserError("calibrate needs --base REF (the build to run against itself)", EXAMPLE);
  const same = ["cmake", "arg", "env"].flatMap((k) => o.list(`base-${k}`).map((v) => `--head-${k}=${v}`));
  return [...argv, "--head", base, "--head-name", "A/A", ...same];
}
async function calibrateCommand(argv) {
  const plan = planFromArgs(calibrationArgs(argv));
  const code = await runAndPrint(plan, { force: forceFromArgs(argv), store: storeFromArgs("run", argv) });
  if (code >= 128) return code;
  const results = readTrustedResultsSync(join(plan.out, "results.json"));
  const cal = calibrationFromResults(results);
  if (!cal || !results.host) {
    console.log("no calibration stored: the A/A run produced no per-workload spread (see the report above)");
    return 1;
  }
  const path = writeCalibration(defaultCacheDir(), cal, results.host);
  console.log(`
${calibrationNote(cal, calibrationKeys(plan))}`);
  console.log(`stored for this host in ${path}`);
  return 0;
}
export {
  calibrateCommand,
  calibrationArgs
};
