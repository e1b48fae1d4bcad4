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
  forceFromArgs,
  planFromArgs,
  storeFromResultsArg
} from "./chunk-CYVGNDAF.js";
import {
  runPipeline
} from "./chunk-OU4RGNYM.js";
import {
  renderTerminal
} from "./chunk-3T2AJHST.js";
import {
  exitCodeFor,
  runOutcome,
  signalExitCode
} from "./chunk-NDNGWDMH.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import {
  interruptedBy
} from "./chunk-WCTLSWV2.js";

// src/cli/run.ts
async function runCommand(argv) {
  return runAndPrint(planFromArgs(argv), { force: forceFromArgs(argv), store: storeFromArgs("run", argv), storeFromResults: storeFromResultsArg(argv) });
}
function runExitCode(results, signal) {
  if (signal === "SIGINT" || signal === "SIGTERM" || signal === "SIGHUP") return signalExitCode(signal);
  const buildFailed = results.builds.some((b) => !b.ok);
  return exitCodeFor(buildFailed ? "failed" : results.analysis ? runOutcome(results.analysis) : "failed");
}
async function runAndPrint(plan, opts = {}) {
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await runPipeline(plan, { cacheDir: defaultCacheDir(), force: opts.force, store: opts.store, storeFromResults: opts.storeFromResults, onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log });
  } finally {
    progress.clear();
  }
  process.stdout.write(renderTerminal(out.model) + "\n");
  console.log(`
stopped: ${out.results.stopReason}`);
  console.log(`wall time ${fmtDuration(performance.now() - t0)}; wrote ${out.resultsPath} and ${out.reportPath}`);
  return runExitCode(out.results, interruptedBy());
}

export {
  runCommand,
  runExitCode,
  runAndPrint
};
