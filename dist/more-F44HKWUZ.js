import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runExitCode
} from "./chunk-4D7NBKMB.js";
import {
  ProgressPrinter
} from "./chunk-GM7LAWHB.js";
import {
  openExisting,
  storePath
} from "./chunk-X7HTFSBR.js";
import "./chunk-CYVGNDAF.js";
import "./chunk-MJ5C2ZYS.js";
import "./chunk-ZQBLR5LW.js";
import {
  OptionValues,
  parseCommandArgs
} from "./chunk-JTF2YUPJ.js";
import {
  extendExperiment
} from "./chunk-MIHJIGRM.js";
import {
  heldExperiment
} from "./chunk-OU4RGNYM.js";
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
import "./chunk-NDNGWDMH.js";
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

// src/cli/more.ts
import { resolve } from "node:path";
async function moreCommand(argv) {
  const o = new OptionValues("more", parseCommandArgs("more", argv).values);
  if (o.has("blocks") && o.has("minutes")) throw new UserError("give --blocks or --minutes, not both", "example: more --blocks 20");
  if (o.has("out") && o.has("experiment")) throw new UserError("give --out or --experiment, not both", "example: more --out perf-out --blocks 20");
  const minutes = o.optNum("minutes");
  const blocks = minutes === void 0 ? o.num("blocks") : void 0;
  const values = { store: o.str("store"), experiment: o.has("experiment") ? o.str("experiment") : void 0, out: o.has("out") ? o.str("out") : void 0 };
  const path = storePath(values.store);
  const store = openExisting(path);
  let id;
  try {
    if (values.experiment !== void 0) id = store.resolveId(values.experiment);
    else {
      const out2 = resolve(values.out ?? "perf-out");
      const inOut = heldExperiment(out2)?.id;
      if (!inOut) throw new UserError(`${out2}/results.json names no experiment`, "give --experiment ID (see llama-perf-gate experiments), or the --out of a run");
      id = store.resolveId(inOut);
    }
  } finally {
    store.close();
  }
  const progress = new ProgressPrinter();
  let out;
  try {
    out = await extendExperiment({ storePath: path, id, blocks, minutes, out: values.out ? resolve(values.out) : void 0 }, {
      cacheDir: defaultCacheDir(),
      onBuildProgress: progress.build,
      onBenchProgress: progress.bench,
      log: progress.log
    });
  } finally {
    progress.clear();
  }
  process.stdout.write(renderTerminal(out.model) + "\n");
  console.log(`
stopped: ${out.results.stopReason}`);
  console.log(`wrote ${out.resultsPath} and ${out.reportPath}`);
  return runExitCode(out.results, interruptedBy());
}
export {
  moreCommand
};
