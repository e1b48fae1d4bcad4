import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runAndPrint
} from "./chunk-4D7NBKMB.js";
import "./chunk-GM7LAWHB.js";
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
import {
  readTrustedResultsSync
} from "./chunk-36A2OLPC.js";
import {
  calibrationNote
} from "./chunk-OU4RGNYM.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import {
  CALIBRATION_SCHEMA,
  calibrationKeys,
  hostKey,
  modelFileName,
  modelKey,
  writeCalibration
} from "./chunk-IY4J7ZQM.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-H4DLKN52.js";
import "./chunk-7GUYAAN7.js";
import "./chunk-3T2AJHST.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import {
  blocksNeeded,
  depthModelNames,
  depthPointModels,
  normCdf,
  normQuantile
} from "./chunk-NDNGWDMH.js";
import {
  modelOf
} from "./chunk-GDMBPVIE.js";
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
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/stats/calibration.ts
var CALIBRATION_MARGIN = 0.02;
function impliedFalseCallRate(offset, spread, n, alpha) {
  if (!(spread > 0) || n < 2) return offset === 0 ? 2 * alpha : 1;
  const z = normQuantile(1 - alpha);
  const shift = offset * Math.sqrt(n) / spread;
  return normCdf(-z + shift) + normCdf(-z - shift);
}
function noiseOf(analysis, alpha) {
  const out = [];
  for (const w of analysis.workloads) {
    if (w.spread === null || !(w.n >= 2)) continue;
    const offset = w.ratio !== null && w.ratio > 0 ? Math.log(w.ratio) : 0;
    out.push({
      name: w.name,
      blocks: w.n,
      spread: w.spread,
      ratio: w.ratio,
      verdict: w.verdict,
      falseCallRate: impliedFalseCallRate(offset, w.spread, w.n, alpha),
      blocksFor2pct: blocksNeeded(w.spread, CALIBRATION_MARGIN, alpha, 0, true)
    });
  }
  return out;
}

// src/pipeline/calibration.ts
function calibrationFromResults(r) {
  if (!r.analysis || !r.host) return null;
  const points = depthPointModels(r.plan.depthSweep?.depths ?? [], depthModelNames(r.plan));
  const workloads = noiseOf(r.analysis, r.plan.alpha).map(({ name, ...n }) => {
    const w = r.plan.workloads.find((x) => x.id === name);
    const on = points.get(name);
    const m = w ? modelOf(r.plan, w) : on !== void 0 ? modelOf(r.plan, { model: on }) : r.plan.models.length === 1 ? r.plan.models[0] : null;
    const label = w?.label ?? (on !== void 0 ? name.slice(on.length + 1) : name);
    return { workload: name, label, ...m && { modelFile: modelFileName(m.path), modelKey: modelKey(m.path) ?? void 0 }, ...n };
  });
  if (workloads.length === 0) return null;
  const fp = r.host;
  return {
    schema: CALIBRATION_SCHEMA,
    hostKey: hostKey(fp),
    host: { hostname: fp.hostname, cpuModel: fp.cpuModel, logicalCpus: fp.logicalCpus, kernel: fp.kernel },
    createdAt: r.finishedAt ?? (/* @__PURE__ */ new Date()).toISOString(),
    ref: r.plan.variants[0].ref,
    model: r.plan.models.map((m) => modelFileName(m.path)).join(","),
    threads: r.plan.threads,
    alpha: r.plan.alpha,
    workloads
  };
}

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
