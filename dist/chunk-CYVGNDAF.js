import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  decisionRule
} from "./chunk-MJ5C2ZYS.js";
import {
  runValues
} from "./chunk-ZQBLR5LW.js";
import {
  OptionValues,
  parseCommandArgs,
  withExample
} from "./chunk-JTF2YUPJ.js";
import {
  checkOutDir
} from "./chunk-B2D4RTC7.js";
import {
  parseNumaPolicy,
  parseWorkloads,
  perModel,
  reservedName
} from "./chunk-NDNGWDMH.js";
import {
  parseModels
} from "./chunk-GDMBPVIE.js";
import {
  flagExample,
  optionSpec
} from "./chunk-BJGFYZ3G.js";
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/plan/from-args.ts
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";

// src/plan/types.ts
var DEFAULT_DEPTH_GEN = 32;

// src/plan/from-args.ts
var DEFAULT_WORKLOADS = optionSpec("run", "workloads").default;
function parseEnv(flag, items) {
  const env = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    const name = item.slice(0, eq);
    if (reservedName(name)) throw new UserError(`${flag} ${name} is not passed to benchmark processes`, `for an injected slowdown use ${flag.replace(/env$/, "slowdown")} 0.03`);
    env[name] = item.slice(eq + 1);
  }
  return env;
}
function withFlagExample(flag, fn) {
  try {
    return fn();
  } catch (e) {
    throw withExample(e, flagExample(optionSpec("run", flag)));
  }
}
var MODEL_LOAD_FLAGS = ["-mmp", "--mmap", "--no-mmap", "-lm", "--load-mode"];
var GUEST_CMAKE = "-DGGML_NATIVE=OFF";
function portableCmake(side, args) {
  const native = args.find((a) => /^-DGGML_NATIVE(:BOOL)?=/.test(a));
  if (native && native.split("=")[1].toUpperCase() !== "OFF") {
    throw new UserError(`--numa-guest and --${side}-cmake=${native}: the emulated guest's CPU is not this host's`, `drop --${side}-cmake=${native} (--numa-guest builds with ${GUEST_CMAKE})`);
  }
  return native ? args : [...args, GUEST_CMAKE];
}
function planFromArgs(argv, opts = {}) {
  const o = runValues(argv);
  const need = opts.requireRepoModel ?? true;
  const repoText = o.str("repo");
  const repo = repoText ? resolve(repoText) : "";
  if (need && !repo) throw new UserError("--repo is required: the llama.cpp or ik_llama.cpp checkout to build", "example: --repo ../llama.cpp");
  if (repo && !(existsSync(repo) && statSync(repo).isDirectory())) throw new UserError(`--repo ${repoText} is not a directory`, "example: --repo ../llama.cpp");
  const modelText = o.list("model");
  if (need && modelText.length === 0) throw new UserError("--model is required", "example: --model model.gguf  (or: llama-perf-gate model --out model.gguf)");
  const models = modelText.length ? withFlagExample("model", () => parseModels(modelText, defaultCacheDir())) : [];
  const out = resolve(o.str("out"));
  checkOutDir("--out", out, "perf-out");
  const base = o.str("base");
  if (need && !base) throw new UserError("--base is required: the git ref of variant A", "example: --base main");
  const baseRef = base ?? "HEAD";
  const headRef = o.str("head") ?? baseRef;
  const mk = (id, side, ref) => ({
    id,
    name: o.str(`${side}-name`),
    ref,
    cmakeArgs: o.has("numa-guest") ? portableCmake(side, o.list(`${side}-cmake`)) : o.list(`${side}-cmake`),
    runArgs: o.list(`${side}-arg`),
    env: parseEnv(`--${side}-env`, o.list(`${side}-env`)),
    ...o.has(`${side}-slowdown`) && { slowdown: o.num(`${side}-slowdown`) }
  });
  const variants = [mk("A", "base", baseRef), mk("B", "head", headRef)];
  const [a, b] = variants;
  if (a.ref === b.ref && JSON.stringify([a.cmakeArgs, a.runArgs, a.env, a.slowdown]) === JSON.stringify([b.cmakeArgs, b.runArgs, b.env, b.slowdown]) && !o.has("head-name")) {
    throw new UserError(
      `base and head are identical (ref ${a.ref}, same CMake args, run args and env): nothing to compare`,
      "example: --head pr-1, or a toggle such as --head-env LLAMA_KV_MMAP=1, --head-cmake=-DFOO=ON or --head-slowdown 0.03 (for an A/A check of the noise, name the head: --head-name same)"
    );
  }
  if (a.name === b.name) throw new UserError(`--base-name and --head-name are both "${a.name}"`, "example: --base-name heap --head-name mmap");
  const load = o.bool("no-mmap") ? variants.flatMap((v) => v.runArgs.filter((x) => MODEL_LOAD_FLAGS.includes(x.split("=")[0])).map((x) => `--${v.id === "A" ? "base" : "head"}-arg ${x}`)) : [];
  if (load.length) throw new UserError(`--no-mmap and ${load[0]} both set how the model is loaded`, `give one of them: drop ${load[0]} or --no-mmap`);
  const numa = withFlagExample("numa", () => parseNumaPolicy(o.str("numa")));
  const sweep = depthSweep(o.str("depth-sweep"), o.has("depth-gen") ? o.num("depth-gen") : void 0);
  if (sweep && models.length > 1 && o.has("numa-guest")) {
    throw new UserError(`--numa-guest with --depth-sweep takes one model; --model lists ${models.length} (${models.map((x) => x.name).join(", ")})`, "run the emulated guest on one model, e.g. --model " + (models[0].preset ? `${models[0].preset.preset}:${models[0].preset.type}` : models[0].path));
  }
  return {
    repo,
    models,
    out,
    variants,
    workloads: perModel(withFlagExample("workloads", () => parseWorkloads(o.str("workloads"), numa)), models),
    threads: o.num("threads", availableParallelism()),
    levers: {
      repetitions: o.num("repetitions"),
      ...o.has("prio") && { prio: o.num("prio") },
      ...o.has("delay") && { delay: o.num("delay") },
      ...o.has("cpu-mask") && { cpuMask: o.str("cpu-mask") },
      ...o.bool("cpu-strict") && { cpuStrict: true },
      ...o.has("poll") && { poll: o.num("poll") },
      ...o.bool("no-mmap") && { noMmap: true },
      ...o.has("numa-guest") && { numaGuest: o.num("numa-guest") }
    },
    ...decisionRule(o, { strictLooks: true }),
    warmupBlocks: o.num("warmup-blocks"),
    seed: o.num("seed", Date.now() % 2 ** 31),
    timeoutSec: o.num("timeout"),
    depthSweep: sweep,
    compare: o.str("compare")
  };
}
function forceFromArgs(argv) {
  return runValues(argv).bool("force");
}
function storeFromResultsArg(argv) {
  return new OptionValues("run", parseCommandArgs("run", argv).values).bool("store-from-results");
}
var DEPTH_EXAMPLE = "example: --depth-sweep 0,1024,2048,4096 --depth-gen 32";
var MAX_DEPTH = 1 << 20;
var MAX_DEPTH_POINTS = 32;
function depthSweep(list, gen) {
  if (list === void 0 || list.trim() === "" || list.trim() === "none") {
    if (gen !== void 0) throw new UserError("--depth-gen needs --depth-sweep (the depths to generate at)", DEPTH_EXAMPLE);
    return null;
  }
  const depths = [];
  for (const x of list.split(",").map((t) => t.trim())) {
    const n = Number(x);
    if (!/^\d+$/.test(x) || !Number.isSafeInteger(n) || n > MAX_DEPTH) {
      throw new UserError(`--depth-sweep takes KV depths 0..${MAX_DEPTH}, comma-separated (got "${x}" in "${list}")`, DEPTH_EXAMPLE);
    }
    if (depths.includes(n)) throw new UserError(`--depth-sweep lists depth ${n} twice`, DEPTH_EXAMPLE);
    depths.push(n);
  }
  if (depths.length > MAX_DEPTH_POINTS) throw new UserError(`--depth-sweep has ${depths.length} depths; at most ${MAX_DEPTH_POINTS}`, DEPTH_EXAMPLE);
  return { depths: depths.sort((a, b) => a - b), gen: gen ?? DEFAULT_DEPTH_GEN };
}

export {
  planFromArgs,
  forceFromArgs,
  storeFromResultsArg
};
