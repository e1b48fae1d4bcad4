import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runValues
} from "./chunk-ZQBLR5LW.js";
import {
  OptionValues,
  parseCommandArgs
} from "./chunk-JTF2YUPJ.js";
import {
  ExperimentStore,
  defaultStorePath
} from "./chunk-2SJ5SS7F.js";
import {
  checkStorePath
} from "./chunk-B2D4RTC7.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/cli/experiments.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
function storePath(flag) {
  return flag ? resolve(flag) : defaultStorePath(defaultCacheDir());
}
function storeFromArgs(command, argv) {
  const v = runValues(argv, command).str("store");
  if (v === void 0) return void 0;
  checkStorePath(resolve(v), { flag: "--store", writable: true });
  return resolve(v);
}
function openExisting(path) {
  if (!existsSync(path)) throw new UserError(`no experiment store at ${path}`, "run `llama-perf-gate run` (or npm start) first, or pass --store PATH");
  return ExperimentStore.open(path, { readOnly: true });
}
async function experimentsCommand(argv) {
  const o = new OptionValues("experiments", parseCommandArgs("experiments", argv).values);
  const path = storePath(o.str("store"));
  const store = openExisting(path);
  try {
    const rows = store.list();
    console.log(`experiment store ${path}: ${rows.length} experiment${rows.length === 1 ? "" : "s"}`);
    for (const e of rows) {
      const p = e.header.plan;
      const [a, b] = p.variants;
      const state = e.finishedAt ? `finished ${e.finishedAt.slice(0, 16).replace("T", " ")}` : "unfinished (rerun the same command to resume)";
      console.log(
        `${e.id}  ${e.createdAt.slice(0, 16).replace("T", " ")}  ${e.countedBlocks}/${p.maxBlocks} blocks  ${e.verdict ?? "-"}  ${state}
    A ${a.name} (${e.labels[0]}) vs B ${b.name} (${e.labels[1]})  workloads ${p.workloads.map((w) => w.id).join(",")}  ${e.flavour ?? ""}`
      );
    }
  } finally {
    store.close();
  }
  return 0;
}

export {
  storePath,
  storeFromArgs,
  openExisting,
  experimentsCommand
};
