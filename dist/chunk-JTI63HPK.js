import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runAndPrint
} from "./chunk-4D7NBKMB.js";
import {
  storeFromArgs
} from "./chunk-X7HTFSBR.js";
import {
  forceFromArgs,
  planFromArgs,
  storeFromResultsArg
} from "./chunk-CYVGNDAF.js";
import {
  runValues
} from "./chunk-ZQBLR5LW.js";
import {
  checkPlanPlacements,
  ensureEmbeddedSource
} from "./chunk-OU4RGNYM.js";
import {
  DEFAULT_SHAPE,
  writeSyntheticModel
} from "./chunk-YTDCO4HC.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";

// src/cli/demo.ts
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
var DEMO_DEFAULTS = [
  "--workloads",
  "pp512,tg128,tg128@d4096",
  "--threads",
  "2",
  "--repetitions",
  "3",
  "--max-blocks",
  "10",
  "--horizon",
  "30",
  "--out",
  "perf-out",
  // The depth sweep: S_PP, S_TG and resident memory of heap vs mmap KV at four depths, every block.
  "--depth-sweep",
  "0,1024,2048,4096",
  "--depth-gen",
  "32"
];
function demoDefaults(argv) {
  const o = runValues(argv);
  const off = o.str("depth-sweep")?.trim() === "none";
  const out = [];
  for (let i = 0; i < DEMO_DEFAULTS.length; i += 2) {
    const name = DEMO_DEFAULTS[i].slice(2);
    if (o.has(name) || name === "depth-gen" && off) continue;
    out.push(DEMO_DEFAULTS[i], DEMO_DEFAULTS[i + 1]);
  }
  return out;
}
async function demoSource() {
  const cache = defaultCacheDir();
  console.error(`[demo] embedded llama.cpp from node-llama-cpp's git bundle (cache: ${cache})`);
  const src = await ensureEmbeddedSource({ cacheDir: cache, log: (l) => console.error(`[demo] ${l}`) });
  const modelDir = join(cache, "models");
  mkdirSync(modelDir, { recursive: true });
  const model = join(modelDir, `synthetic-${DEFAULT_SHAPE.embd}x${DEFAULT_SHAPE.layers}-${DEFAULT_SHAPE.type}.gguf`);
  if (!existsSync(model)) {
    const { params } = writeSyntheticModel(model, DEFAULT_SHAPE);
    console.error(`[demo] wrote synthetic model ${model} (${(params / 1e6).toFixed(1)}M parameters)`);
  }
  return { src, model };
}
async function demoCommand(argv) {
  const early = planFromArgs(["--base", "lpg/base", "--head-env", "LLAMA_KV_MMAP=1", ...demoDefaults(argv), ...argv], { requireRepoModel: false });
  checkPlanPlacements(early);
  const store = storeFromArgs("demo", argv);
  const { src, model } = await demoSource();
  const plan = planFromArgs([
    "--repo",
    src.repo,
    ...early.models.length ? [] : ["--model", model],
    // the user's models replace the synthetic one
    "--base",
    src.baseRef,
    "--base-name",
    "heap KV (bundle)",
    "--head",
    src.headRef,
    "--head-name",
    "mmap KV (patch)",
    "--head-env",
    "LLAMA_KV_MMAP=1",
    ...demoDefaults(argv),
    ...argv
  ]);
  console.error(`[demo] A = ${src.baseRef}, B = ${src.headRef} + LLAMA_KV_MMAP=1 on ${src.commit.slice(0, 12)}`);
  return runAndPrint(plan, { force: forceFromArgs(argv), store, storeFromResults: storeFromResultsArg(argv) });
}

export {
  DEMO_DEFAULTS,
  demoDefaults,
  demoSource,
  demoCommand
};
