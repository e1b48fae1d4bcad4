#!/usr/bin/env node
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/sys/errors.ts
function asEnvironmentError(e) {
  if (e instanceof UserError || !(e instanceof Error)) return e;
  const err = e;
  const code2 = err.code ?? "";
  if (code2 === "ENOENT" && err.syscall?.startsWith("spawn")) {
    const tool = err.path ?? err.spawnargs?.[0] ?? "a program";
    return new EnvironmentError(`cannot run ${tool}: not found on PATH`, `install it (e.g. apt-get install ${tool === "git" || tool === "cmake" ? tool : "g++ cmake git"}) or put it on PATH`);
  }
  const fix = FIXES[code2];
  if (!fix) return e;
  const path11 = err.path ?? err.dest ?? "(unknown path)";
  return new EnvironmentError(`cannot ${err.syscall ?? "write"} ${path11}: ${fix[0]} (${code2})`, fix[1]);
}
var UserError, ENVIRONMENT_EXIT, EnvironmentError, FIXES;
var init_errors = __esm({
  "src/sys/errors.ts"() {
    "use strict";
    UserError = class extends Error {
      hint;
      exitCode;
      constructor(message, hint, exitCode = 2) {
        super(message);
        this.name = "UserError";
        this.hint = hint;
        this.exitCode = exitCode;
      }
    };
    ENVIRONMENT_EXIT = 3;
    EnvironmentError = class extends UserError {
      constructor(message, hint) {
        super(message, hint, ENVIRONMENT_EXIT);
        this.name = "EnvironmentError";
      }
    };
    FIXES = {
      ENOSPC: ["no space left on the device", "free space there (df -h shows which file system is full) or write to another disk, e.g. --out /other/disk/perf-out"],
      EDQUOT: ["disk quota exceeded", "free space within your quota or write elsewhere, e.g. --out /other/disk/perf-out"],
      EACCES: ["permission denied", "make it writable for this user (chmod/chown) or choose a directory you own"],
      EPERM: ["operation not permitted", "make it writable for this user or choose a directory you own"],
      EROFS: ["read-only file system", "choose a directory on a writable file system"],
      ENOTDIR: ["a part of the path is a file, not a directory", "remove or rename that file, or choose another path"],
      EISDIR: ["a directory where a file was expected", "give a file path, or remove the directory"],
      EMFILE: ["too many open files", "raise the limit (ulimit -n) and run again"]
    };
  }
});

// src/model/presets.ts
var PRESETS, PRESET_NAMES;
var init_presets = __esm({
  "src/model/presets.ts"() {
    "use strict";
    PRESETS = {
      // https://huggingface.co/HuggingFaceTB/SmolLM2-135M/blob/main/config.json
      "smollm2-135m": { embd: 576, layers: 30, ff: 1536, heads: 9, kvHeads: 3, vocab: 49152, ctx: 8192, ropeTheta: 1e5, tied: true },
      // https://huggingface.co/HuggingFaceTB/SmolLM2-360M/blob/main/config.json
      "smollm2-360m": { embd: 960, layers: 32, ff: 2560, heads: 15, kvHeads: 5, vocab: 49152, ctx: 8192, ropeTheta: 1e5, tied: true },
      // https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json
      "llama-1b": { embd: 2048, layers: 16, ff: 8192, heads: 32, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 5e5, tied: true },
      // https://huggingface.co/meta-llama/Llama-3.2-3B/blob/main/config.json
      "llama-3b": { embd: 3072, layers: 28, ff: 8192, heads: 24, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 5e5, tied: true },
      // https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json
      "llama-8b": { embd: 4096, layers: 32, ff: 14336, heads: 32, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 5e5, tied: false }
    };
    PRESET_NAMES = Object.keys(PRESETS);
  }
});

// src/plan/options.ts
function optionsOf(command) {
  return OPTIONS.filter((o) => o.commands.includes(command));
}
function optionSpec(command, name) {
  const s = OPTIONS.find((o) => o.name === name && o.commands.includes(command));
  if (!s) throw new Error(`no option --${name} for ${command} in src/plan/options.ts`);
  return s;
}
function flagExample(s) {
  if (s.kind === "boolean") return `--${s.name}`;
  if (s.kind === "files") return `--${s.name} ${s.example}`;
  return s.example.startsWith("-") ? `--${s.name}=${s.example}` : `--${s.name} ${s.example}`;
}
function rangeText(s) {
  const lo = s.min ?? -Infinity;
  const hi = s.max ?? Infinity;
  if (hi === Infinity || hi >= Number.MAX_SAFE_INTEGER) return `\u2265 ${lo}`;
  return `in [${lo}, ${hi}]`;
}
function inRange(s, v) {
  return v >= (s.min ?? -Infinity) && v <= (s.max ?? Infinity);
}
var RUN, RUN_BISECT, TIMEOUT_MAX_SEC, MAX_HORIZON, OPTIONS;
var init_options = __esm({
  "src/plan/options.ts"() {
    "use strict";
    init_presets();
    RUN = ["run", "demo"];
    RUN_BISECT = [...RUN, "bisect"];
    TIMEOUT_MAX_SEC = 24 * 3600;
    MAX_HORIZON = 300;
    OPTIONS = [
      // ── run / demo: the plan (flag names = plan-file keys = Action input names) ──
      { name: "plan", kind: "string", commands: RUN, example: "plan.yml", help: "a plan file (YAML or JSON) with the run flags as keys; flags win", input: { path: true, help: "A plan file (YAML or JSON) with the run flags as keys; other inputs override it." } },
      { name: "repo", kind: "string", commands: RUN_BISECT, example: "../llama.cpp", help: "the llama.cpp or ik_llama.cpp checkout to build", input: { path: true, default: ".", help: "The llama.cpp or ik_llama.cpp checkout to build (relative to the workspace)." } },
      { name: "model", kind: "string", commands: RUN_BISECT, example: "model.gguf", help: "GGUF model file(s) to benchmark, comma-separated: several models are one experiment, each test decided per model; an entry may be a synthetic preset, NAME[:TYPE] (llama-1b:q8_0), written into the cache once", input: { path: true, help: "GGUF model file(s) to benchmark, comma-separated (several: each workload decided per model, one verdict per model); an entry may be a synthetic preset such as `llama-1b:q8_0` (required in mode run)." } },
      { name: "out", kind: "string", commands: RUN_BISECT, example: "perf-out", default: "perf-out", help: "output directory for results.json, report.md and logs", input: { path: true, help: "Output directory for results.json and report.md. Default $RUNNER_TEMP/llama-perf-gate." } },
      { name: "base", kind: "string", commands: RUN, example: "main", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', help: "git ref of variant A", input: { help: "Git ref of variant A. Default the PR's base commit (or the dispatch input `base`)." } },
      { name: "head", kind: "string", commands: RUN, example: "pr-290", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', defaultText: "the base ref", help: "git ref of variant B", input: { help: "Git ref of variant B. Default the PR's head commit (or the dispatch input `head`)." } },
      { name: "compare", kind: "choice", commands: RUN, example: "merge", choices: ["merge", "branch-point", "refs"], default: "refs", help: "which commits the refs stand for: merge (A = the base tip, B = the head merged into it: what merging does), branch-point (A = merge-base of base and head, B = head: the head's own change) or refs (exactly the two refs)", input: { default: "merge", help: "Which commits to compare: merge (A = the base tip, B = the PR merged into it: GitHub's test merge on pull_request events, else a merge made without touching the checkout; a PR that does not merge cleanly falls back to branch-point, and the report says so), branch-point (A = the merge-base, B = the PR head: the PR's own change) or refs (exactly base and head). Needs the history: actions/checkout with fetch-depth: 0." } },
      { name: "base-name", kind: "string", commands: RUN, example: "heap", default: "base", help: "display name of variant A", input: {} },
      { name: "head-name", kind: "string", commands: RUN, example: "mmap", default: "head", help: "display name of variant B (an A/A noise check: --head-name same)", input: {} },
      { name: "base-cmake", kind: "list", commands: RUN, example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for A (values starting with - need the = form)", input: { split: "words", help: "Extra CMake arguments for A (shell-like words or one per line; quotes group, nothing is expanded)." } },
      { name: "head-cmake", kind: "list", commands: RUN, example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for B", input: { split: "words" } },
      { name: "base-arg", kind: "list", commands: RUN, example: "-fa", help: "extra llama-bench argument for A", input: { split: "words" } },
      { name: "head-arg", kind: "list", commands: RUN, example: "-fa", help: "extra llama-bench argument for B", input: { split: "words" } },
      { name: "base-env", kind: "list", commands: RUN, example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of A's benchmark processes, NAME=VALUE", input: { split: "lines", help: "Environment for A's benchmark processes, NAME=value per line." } },
      { name: "head-env", kind: "list", commands: RUN, example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of B's benchmark processes, NAME=VALUE", input: { split: "lines", help: "Environment for B's benchmark processes, NAME=value per line (e.g. LLAMA_KV_MMAP=1)." } },
      { name: "base-slowdown", kind: "number", commands: RUN, example: "0.03", min: 0, max: 1, help: "injected slowdown k of A: an LD_PRELOAD shim makes each llama_decode of A's processes take 1+k times as long (throughput \xD7 1/(1+k); needs a shared libllama)", input: {} },
      { name: "head-slowdown", kind: "number", commands: RUN, example: "0.03", min: 0, max: 1, help: "injected slowdown k of B (e.g. 0.03: 1/1.03 of A's decode throughput on the same build): the known effect a qualification must find", input: {} },
      { name: "workloads", kind: "string", commands: RUN_BISECT, example: "pp512,tg128", default: "pp512,tg128,tg128@d4096", help: "llama-bench tests, comma-separated (pp512, tg128, pp512+tg128, tg128@d4096)", input: {} },
      { name: "threads", kind: "int", commands: RUN_BISECT, example: "4", min: 1, max: 4096, defaultText: "all CPUs", help: "threads (-t), the same for both variants", input: {} },
      { name: "repetitions", kind: "int", commands: RUN_BISECT, example: "3", min: 1, max: 1e3, default: 3, help: "llama-bench -r inside one launch", input: {} },
      { name: "max-blocks", kind: "int", commands: RUN_BISECT, example: "30", min: 2, max: MAX_HORIZON, default: 30, help: "counted blocks at most (warm-up on top)", input: {} },
      { name: "horizon", kind: "int", commands: RUN_BISECT, example: "60", min: 2, max: MAX_HORIZON, defaultText: "twice --max-blocks (at most 300)", help: "declared maximum counted blocks of the experiment (sequential design: `more` extends up to it and keeps \u03B1)", input: {} },
      { name: "spending", kind: "choice", commands: RUN_BISECT, example: "obf", choices: ["obf", "pocock", "reserve", "split"], default: "split", help: "\u03B1-spending function over the horizon: split (default: as reserve for neutral; a change spends less early and more at --max-blocks, Hwang\u2013Shih\u2013DeCani \u03B3 = \u22121), reserve (Pocock-type early decisions over the first half, 5% of \u03B1 kept for `more` over the second), pocock (Pocock-type over the whole horizon) or obf (O'Brien\u2013Fleming-type: most power at the last look)", input: {} },
      { name: "warmup-blocks", kind: "int", commands: RUN_BISECT, example: "1", min: 0, max: 100, default: 1, help: "leading blocks run but not analysed", input: {} },
      { name: "looks", kind: "string", commands: RUN_BISECT, example: "7,15,30", pattern: /^\s*\d+(\s*,\s*\d+)*\s*$/, patternText: "comma-separated block counts", defaultText: "a third, two fifths, half and two thirds of --max-blocks (none before 7, 8 above 30, 9 above 76), then --max-blocks: 10,12,15,20,30", help: "sequential looks, in counted blocks", input: {} },
      { name: "seed", kind: "int", commands: RUN_BISECT, example: "7", min: 0, max: 2 ** 31 - 1, defaultText: "from the clock", help: "seed of the block order", input: {} },
      { name: "timeout", kind: "int", commands: RUN_BISECT, example: "600", min: 1, max: TIMEOUT_MAX_SEC, default: 600, help: "seconds per benchmark process (at most 24 h)", input: {} },
      { name: "margin", kind: "number", commands: [...RUN_BISECT, "analyze"], example: "0.02", min: 1e-3, max: 0.5, default: 0.02, help: "equivalence margin on B/A: within [1/(1+m), 1+m] is neutral", input: { help: "Equivalence margin on the B/A ratio (0.02 = \xB12%)." } },
      { name: "alpha", kind: "number", commands: [...RUN_BISECT, "analyze"], example: "0.05", min: 1e-3, max: 0.25, default: 0.05, help: "one-sided error rate; intervals are (1 \u2212 2\u03B1)", input: { help: "Error rate of the decision (0.05 \u2192 90% intervals)." } },
      { name: "method", kind: "choice", commands: [...RUN_BISECT, "analyze"], example: "hl", choices: ["hl", "t"], default: "hl", help: "hl: Hodges\u2013Lehmann with the exact signed-rank interval; t: t on logs", input: { help: "hl (Hodges\u2013Lehmann, default) or t." } },
      { name: "numa", kind: "string", commands: RUN_BISECT, example: "interleave", default: "none", help: "NUMA placement: none, interleave, node:N, cpus:LIST, distribute, isolate, numactl", input: {} },
      { name: "numa-guest", kind: "int", commands: RUN_BISECT, example: "2", min: 2, max: 16, help: "run every launch inside an emulated guest of N NUMA nodes (qemu TCG; needs qemu-system-x86, linux-image-amd64, busybox-static): both variants built portably (-DGGML_NATIVE=OFF); placement is reported, throughput is emulated and never gated", input: {} },
      { name: "prio", kind: "int", commands: RUN_BISECT, example: "1", min: -1, max: 3, help: "llama-bench --prio (mainline)", input: {} },
      { name: "delay", kind: "int", commands: RUN_BISECT, example: "0", min: 0, max: 3600, help: "llama-bench --delay seconds (mainline)", input: {} },
      { name: "cpu-mask", kind: "string", commands: RUN_BISECT, example: "0x3", pattern: /^(0x)?[0-9a-fA-F]+$/, patternText: "a hex mask", help: "llama-bench -C hex mask (mainline)", input: {} },
      { name: "cpu-strict", kind: "boolean", commands: RUN_BISECT, example: "", default: false, help: "llama-bench --cpu-strict 1 (mainline)", input: { default: "false" } },
      { name: "poll", kind: "number", commands: RUN_BISECT, example: "50", min: 0, max: 100, help: "llama-bench --poll 0..100 (mainline)", input: {} },
      { name: "no-mmap", kind: "boolean", commands: RUN_BISECT, example: "", default: false, help: "read the model into memory instead of mapping it, both variants (llama-bench -mmp 0 or --load-mode none, the depth tools --no-mmap): proactive reclaim cannot evict it between launches", input: { default: "false" } },
      { name: "depth-sweep", kind: "string", commands: RUN, example: "0,1024,2048,4096", pattern: /^\s*(none|\d+(\s*,\s*\d+)*)\s*$/, patternText: "comma-separated KV depths, or none", help: "the depth-sweep family: per block and variant one launch of llama-sweep-bench (ik) / llama-batched-bench (mainline) giving S_PP, S_TG and resident memory at each KV depth (none: off)", input: { help: "KV depths of the depth sweep, e.g. 0,1024,2048,4096: per block and variant one launch of llama-sweep-bench (ik) / llama-batched-bench (mainline) giving S_PP, S_TG and resident memory at each depth; the speed at each depth joins the gate. Empty = off." } },
      { name: "depth-gen", kind: "int", commands: RUN, example: "32", min: 1, max: 4096, defaultText: "32", help: "tokens generated at each depth of the depth sweep (S_TG is timed over them)", input: {} },
      { name: "force", kind: "boolean", commands: RUN, example: "", default: false, help: "write into an --out that holds another experiment's results (they are overwritten)" },
      { name: "store-from-results", kind: "boolean", commands: RUN, example: "", default: false, help: "rebuild the experiment of --out's results.json in a store that lost it (deleted, empty, or damaged and moved away), then resume it" },
      // ── bisect: the range, what every commit is built and run with, the budget ──
      { name: "good", kind: "string", commands: ["bisect"], example: "v1.0", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', help: "the last commit known fast (the range starts after it)" },
      { name: "bad", kind: "string", commands: ["bisect"], example: "main", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', help: "a later commit that is slower (good must be one of its first-parent ancestors)" },
      { name: "cmake", kind: "list", commands: ["bisect"], example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for every commit (values starting with - need the = form)" },
      { name: "arg", kind: "list", commands: ["bisect"], example: "-fa", help: "extra llama-bench argument for every commit" },
      { name: "env", kind: "list", commands: ["bisect"], example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of every benchmark process, NAME=VALUE" },
      { name: "max-builds", kind: "int", commands: ["bisect"], example: "8", min: 2, max: 1e5, defaultText: "no bound", help: "distinct commits built at most (good and bad included); when reached, the narrowest ranges vouched for are reported" },
      { name: "minutes", kind: "number", commands: ["bisect"], example: "120", min: 0.1, max: 1e5, defaultText: "no bound", help: "no block starts after this many minutes (the step then running stops, its blocks kept for a rerun to resume); the narrowest ranges vouched for are reported" },
      // ── the experiment store: run / demo, experiments, more, history ──
      { name: "store", kind: "string", commands: [...RUN_BISECT, "experiments", "more", "history"], example: "perf.sqlite", defaultText: "<cache>/experiments.sqlite", help: "experiment store (SQLite): every launch as it completes; a rerun of the same plan resumes", input: { path: true, help: "The experiment store (SQLite), default <cache-dir>/experiments.sqlite. Keep it between runs (self-hosted runners keep the cache dir; on ephemeral runners restore it with actions/cache) so `/perf more` and more-blocks can extend." } },
      { name: "out", kind: "string", commands: ["more"], example: "perf-out", default: "perf-out", help: "the --out of the run whose experiment gets more blocks (results.json and report.md are rewritten there)" },
      { name: "experiment", kind: "string", commands: ["more"], example: "3f2a", pattern: /^[0-9a-f]{1,12}$/, patternText: "an experiment id (or its first characters)", help: "the experiment to extend (see llama-perf-gate experiments), instead of --out" },
      { name: "blocks", kind: "int", commands: ["more"], example: "20", min: 1, max: 1e4, default: 20, help: "counted blocks to add (up to the experiment's horizon)" },
      { name: "minutes", kind: "number", commands: ["more"], example: "30", min: 0.1, max: 1e5, help: "a time budget instead of --blocks: as many blocks as the stored launch times say fit" },
      { name: "workload", kind: "string", commands: ["history"], example: "tg128", help: "only this workload (default: every stored one)" },
      { name: "all-hosts", kind: "boolean", commands: ["history"], example: "", default: false, help: "every host in the store, not only this one" },
      // ── qualify (takes the run flags too) ──
      { name: "slowdown", kind: "number", commands: ["qualify"], example: "0.03", min: 1e-3, max: 1, default: 0.03, help: "k of the injected slowdown of A/A+k (B throughput 1/(1+k) of A on the same build)", input: { name: "qualify-slowdown", default: "0.03", help: "mode qualify: k of the injected slowdown of the A/A+k run (0.03: B is 1/1.03 of A on the same build)." } },
      // ── analyze ──
      { name: "base", kind: "files", commands: ["analyze"], example: "a1.json a2.json", help: "raw llama-bench outputs of A (any format); file i is paired with file i of --head" },
      { name: "head", kind: "files", commands: ["analyze"], example: "b1.json b2.json", help: "raw llama-bench outputs of B, as many as --base" },
      { name: "format", kind: "choice", commands: ["analyze"], example: "json", choices: ["json", "md"], default: "md", help: "output on stdout" },
      // ── probe ──
      { name: "kv-mib", kind: "int", commands: ["probe"], example: "512", min: 1, max: 1 << 20, default: 512, help: "size of the KV buffer in MiB" },
      { name: "fill", kind: "number", commands: ["probe"], example: "0.25", min: 1e-3, max: 1, default: 0.25, help: "fraction of the buffer filled, as prompt processing does" },
      { name: "threads", kind: "int", commands: ["probe"], example: "2", min: 1, max: 4096, defaultText: "all CPUs", help: "scan threads, spread across NUMA nodes" },
      { name: "kinds", kind: "string", commands: ["probe"], example: "heap,mmap", default: "heap,mmap", help: "buffer types compared" },
      { name: "time-ms", kind: "int", commands: ["probe"], example: "1000", min: 0, max: 36e5, default: 1e3, help: "scan time per buffer type" },
      { name: "iterations", kind: "int", commands: ["probe"], example: "10", min: 2, max: 1e6, default: 10, help: "scans at least" },
      { name: "json", kind: "boolean", commands: ["probe"], example: "", default: false, help: "print the raw result as JSON" },
      // ── model ──
      { name: "out", kind: "string", commands: ["model"], example: "model.gguf", help: "the GGUF file to write (required)" },
      { name: "embd", kind: "int", commands: ["model"], example: "384", min: 1, max: 65536, default: 384, help: "embedding size" },
      { name: "layers", kind: "int", commands: ["model"], example: "6", min: 1, max: 1024, default: 6, help: "transformer blocks" },
      { name: "ff", kind: "int", commands: ["model"], example: "1024", min: 1, max: 1 << 20, default: 1024, help: "feed-forward size" },
      { name: "vocab", kind: "int", commands: ["model"], example: "32000", min: 1, max: 1 << 22, default: 32e3, help: "vocabulary size" },
      { name: "heads", kind: "int", commands: ["model"], example: "6", min: 1, max: 4096, default: 6, help: "attention heads" },
      { name: "kv-heads", kind: "int", commands: ["model"], example: "6", min: 1, max: 4096, default: 6, help: "KV heads" },
      { name: "ctx", kind: "int", commands: ["model"], example: "8192", min: 1, max: 1 << 24, default: 8192, help: "training context recorded in the file" },
      { name: "preset", kind: "choice", commands: ["model"], example: "llama-1b", choices: PRESET_NAMES, help: "the shape of a public model (README: Synthetic model); the shape flags above override its values" },
      { name: "type", kind: "choice", commands: ["model"], example: "q8_0", choices: ["f16", "f32", "q8_0", "q4_0"], default: "f16", help: "weight type of the matrices (norms f32; with q4_0 the output projection is q8_0)" },
      { name: "seed", kind: "int", commands: ["model"], example: "1", min: 0, max: 2 ** 31 - 1, default: 1, help: "seed of the random weights" },
      // ── aggregate ──
      { name: "out", kind: "string", commands: ["aggregate"], example: "perf-fleet", default: "perf-fleet", help: "output directory for aggregate.json and report.md" },
      { name: "template", kind: "string", commands: ["aggregate"], example: "my-report.md.hbs", help: "your own Handlebars template for report.md" },
      { name: "expected-machines", kind: "string", commands: ["aggregate", "action"], example: "perf-epyc,perf-xeon", help: "the machines that must report, as the names of the directories their files are in (the artifacts; comma-separated): a missing or invalid one is its own row and makes the outcome incomplete", input: { help: "mode aggregate: the machines that must report, as artifact names (the directory download-artifact puts each in), separated by commas or newlines. A file stands for the artifact it came in, never for the host it names. A missing or invalid one is its own row and makes the outcome incomplete." } },
      // ── Action-only inputs ──
      { name: "mode", kind: "choice", commands: ["action"], example: "run", choices: ["run", "aggregate", "qualify"], default: "run", help: "run: benchmark this job's PR / refs (or post an existing results.json given by results-path). aggregate: merge the results.json files listed in `results` (a fleet) into one comment and one check. qualify: qualify this runner (A/A\u2032 of two builds of `base`, A/A+k with an injected slowdown), store the record in the cache dir for later PR runs on it, and write it to the job summary (no comment, no check).", input: {} },
      { name: "github-token", kind: "string", commands: ["action"], example: "${{ github.token }}", help: "Token for the comment and the check run (needs pull-requests write and checks write).", input: { default: "${{ github.token }}" } },
      { name: "post", kind: "boolean", commands: ["action"], example: "true", default: true, help: "false: write results.json and the job summary only (untrusted benchmark jobs).", input: { default: "true" } },
      { name: "comment", kind: "boolean", commands: ["action"], example: "true", default: true, help: "Create or update the sticky PR comment.", input: { default: "true" } },
      { name: "check", kind: "boolean", commands: ["action"], example: "true", default: true, help: "Create a check run on the PR head commit.", input: { default: "true" } },
      { name: "check-name", kind: "string", commands: ["action"], example: "llama-perf-gate", default: "llama-perf-gate", help: "Name of the check run (the name a branch protection rule requires).", input: {} },
      { name: "on-inconclusive", kind: "choice", commands: ["action"], example: "pass", choices: ["pass", "fail"], default: "pass", help: "What an inconclusive (or not computed) verdict does to the check. pass \u2192 conclusion neutral (passes a required check); fail \u2192 conclusion failure.", input: {} },
      { name: "on-incomplete", kind: "choice", commands: ["action"], example: "fail", choices: ["pass", "fail"], default: "fail", help: "what an incomplete outcome does to the check: an experiment that stopped before its planned blocks with workloads undecided, or (mode aggregate) a machine of expected-machines missing or sending an invalid results.json. fail \u2192 conclusion failure; pass \u2192 neutral.", input: {} },
      { name: "template", kind: "string", commands: ["action"], example: ".github/perf-comment.md.hbs", help: "Path of your own Handlebars template for the comment and job summary (same view model as templates/report.md.hbs).", input: {} },
      { name: "allow-fork-label", kind: "string", commands: ["action"], example: "perf-ok", help: "A label that lets a maintainer run a fork PR's code on this runner: the run happens at the `labeled` event that adds it, and (with post: true) the label is removed on every new push. Empty: fork PRs run only through workflow_dispatch.", input: {} },
      { name: "pr-number", kind: "int", commands: ["action"], example: "290", min: 1, max: Number.MAX_SAFE_INTEGER, help: "PR to benchmark or post on (workflow_dispatch; workflow_run jobs that read it from the artifact \u2014 then it is trusted only if that PR's head is the run's head commit).", input: {} },
      { name: "results-path", kind: "string", commands: ["action"], example: "perf-out/results.json", help: "Post this existing results.json instead of benchmarking (validated strictly as untrusted data).", input: {} },
      { name: "results", kind: "string", commands: ["action"], example: "artifacts/*/results.json", help: "mode aggregate: results.json files, directories holding them, or globs (one per line), e.g. artifacts/*/results.json.", input: {} },
      { name: "lock-dir", kind: "string", commands: ["action"], example: "/tmp", help: "Directory shared by every runner on the host, holding the lock that serializes benchmarks (llama-perf-gate.lock). Default: the system temp directory (/tmp).", input: {} },
      { name: "lock-timeout", kind: "int", commands: ["action"], example: "21600", min: 0, max: 7 * 24 * 3600, default: 21600, help: "Seconds to wait for another benchmark on this host to finish.", input: { default: "21600" } },
      { name: "cache-dir", kind: "string", commands: ["action"], example: "/var/cache/llama-perf-gate", help: "Build cache (git worktrees and builds, reused when commit, CMake args and compiler are unchanged). Default $LLAMA_PERF_GATE_CACHE or ~/.cache/llama-perf-gate \u2014 persistent on a self-hosted runner.", input: {} },
      { name: "report-url", kind: "string", commands: ["action"], example: "https://example.com/perf/290", help: "Where the full report can be read (linked from truncated comments). Default the workflow run page.", input: {} },
      { name: "more-blocks", kind: "int", commands: ["action"], example: "20", min: 1, max: 1e4, help: "Add this many blocks to the PR's stored experiment instead of starting a new one (a workflow_dispatch input; a `/perf more N` comment sets it).", input: {} },
      { name: "comment-author", kind: "string", commands: ["action"], example: "github-actions[bot]", help: "Login whose comment is the sticky one. Default the token's identity (github-actions[bot] for GITHUB_TOKEN).", input: {} }
    ];
  }
});

// src/plan/option-text.ts
function defaultOf(s) {
  if (s.defaultText) return s.defaultText;
  if (s.default === void 0 || s.kind === "boolean") return null;
  return String(s.default);
}
function wrap(text, width, indent) {
  const words = text.split(/\s+/);
  const lines = [];
  let cur = "";
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.join(`
${indent}`);
}
function helpText(command, h) {
  const rows2 = optionsOf(command).map((s) => {
    const value = s.kind === "files" ? " FILE\u2026" : s.kind === "choice" ? ` ${s.choices.join("|")}` : s.example.startsWith("-") ? `=${s.example}` : ` ${s.example}`;
    const left = `  --${s.name}${s.kind === "boolean" ? "" : value}`;
    const d = defaultOf(s);
    return [left, `${s.help}${d ? ` (default ${d})` : ""}${s.kind === "list" ? " [repeatable]" : ""}`];
  });
  const width = Math.min(34, Math.max(0, ...rows2.map(([l]) => l.length)) + 2);
  const lines = rows2.map(([l, r]) => `${l.length < width ? l.padEnd(width) : `${l}
${" ".repeat(width)}`}${wrap(r, 100 - width, " ".repeat(width))}`);
  return `${h.about}

usage: ${h.usage}
${lines.length > 0 ? `
options:
${lines.join("\n")}
` : ""}  --help${" ".repeat(Math.max(1, width - 8))}this text

example:
  ${h.example}
`;
}
var init_option_text = __esm({
  "src/plan/option-text.ts"() {
    "use strict";
    init_options();
  }
});

// src/plan/option-values.ts
import { parseArgs } from "node:util";
function parseArgsConfig(command) {
  const cfg = {};
  for (const s of optionsOf(command)) {
    cfg[s.name] = { type: s.kind === "boolean" || s.kind === "files" ? "boolean" : "string", ...s.kind === "list" && { multiple: true }, ...s.short && { short: s.short } };
  }
  return cfg;
}
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}
function withExample(e, example) {
  if (!(e instanceof UserError) || /example|e\.g\.|did you mean|valid flags/i.test(`${e.message} ${e.hint ?? ""}`)) return e;
  return new UserError(e.message, `${e.hint ? `${e.hint}; ` : ""}example: ${example}`, e.exitCode);
}
function closestFlag(command, name) {
  let best = null;
  let bestD = Infinity;
  for (const s of optionsOf(command)) {
    const d = editDistance(name, s.name);
    if (d < bestD) [best, bestD] = [s, d];
  }
  return best && (bestD <= 2 || best.name.startsWith(name) || name.startsWith(best.name)) ? best : null;
}
function parseArgsError(command, e) {
  const err = e;
  if (!err.code?.startsWith("ERR_PARSE_ARGS")) return e;
  const msg = err.message ?? "";
  const flag = /'(-{1,2}[^'\s<=]+)/.exec(msg)?.[1] ?? "";
  const name = flag.replace(/^-+/, "");
  const help = `see: llama-perf-gate ${command} --help`;
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const near = closestFlag(command, name);
    const valid = `valid flags: ${optionsOf(command).map((o) => `--${o.name}`).join(", ")} (${help})`;
    return new UserError(`unknown option ${flag} for ${command}`, near ? `did you mean ${flagExample(near)}? (${help})` : valid);
  }
  if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const arg = /'([^']*)'/.exec(msg)?.[1] ?? "";
    return new UserError(`unexpected argument "${arg}": ${command} takes flags only`, `a flag needs its name before the value, e.g. ${flagExample(optionsOf(command)[0])} (${help})`);
  }
  const spec = OPTIONS.find((o) => o.name === name && o.commands.includes(command));
  if (!spec) return new UserError(`${msg.split("\n")[0]}`, help);
  if (spec.kind === "boolean" || spec.kind === "files") return new UserError(`${flag} takes no value`, `example: ${flagExample(spec)}`);
  if (/ambiguous/.test(msg)) return new UserError(`${flag} needs the = form when its value starts with "-"`, `example: --${spec.name}=${spec.example.startsWith("-") ? spec.example : `-${spec.example}`}`);
  return new UserError(`${flag} needs a value`, `example: ${flagExample(spec)}`);
}
function parseCommandArgs(command, argv, opts = {}) {
  try {
    const { values, positionals, tokens } = parseArgs({ args: argv, options: parseArgsConfig(command), strict: true, allowPositionals: opts.positionals ?? false, tokens: true });
    const files = {};
    const rest = [];
    let into = null;
    for (const t of tokens) {
      if (t.kind === "option") into = optionSpec(command, t.name).kind === "files" ? files[t.name] ??= [] : null;
      else if (t.kind === "positional") (into ?? rest).push(t.value);
    }
    void positionals;
    return { values: { ...values, ...files }, positionals: rest };
  } catch (e) {
    throw parseArgsError(command, e);
  }
}
function checkValue(s, raw) {
  const fail2 = (what) => {
    throw new UserError(`--${s.name} ${what} (got "${raw}")`, `example: ${flagExample(s)}`);
  };
  switch (s.kind) {
    case "int": {
      const v = Number(raw);
      if (!/^\s*-?\d+\s*$/.test(raw) || !Number.isSafeInteger(v) || !inRange(s, v)) fail2(`must be an integer ${rangeText(s)}`);
      return v;
    }
    case "number": {
      const v = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(v) || !inRange(s, v)) fail2(`must be a number ${rangeText(s)}`);
      return v;
    }
    case "choice":
      if (!s.choices.includes(raw)) fail2(`must be ${s.choices.join(" or ")}`);
      return raw;
    default:
      if (raw.trim() === "") fail2("got an empty value");
      if (s.pattern && !s.pattern.test(raw)) fail2(`must be ${s.patternText ?? s.pattern.source}`);
      return raw;
  }
}
var OptionValues;
var init_option_values = __esm({
  "src/plan/option-values.ts"() {
    "use strict";
    init_errors();
    init_options();
    OptionValues = class {
      command;
      raw;
      constructor(command, raw) {
        this.command = command;
        this.raw = raw;
      }
      spec(name) {
        return optionSpec(this.command, name);
      }
      has(name) {
        this.spec(name);
        return this.raw[name] !== void 0;
      }
      /** An int or number flag; the spec's default (or `fallback`) when absent. */
      num(name, fallback) {
        const s = this.spec(name);
        const raw = this.raw[name];
        if (raw === void 0) {
          const d = fallback ?? s.default;
          if (typeof d !== "number") throw new Error(`--${name} has no default in src/plan/options.ts`);
          return d;
        }
        return checkValue(s, String(raw));
      }
      optNum(name) {
        return this.raw[name] === void 0 ? (this.spec(name), void 0) : this.num(name);
      }
      str(name) {
        const s = this.spec(name);
        const raw = this.raw[name];
        if (raw === void 0) return typeof s.default === "string" ? s.default : void 0;
        return checkValue(s, String(raw));
      }
      list(name) {
        const s = this.spec(name);
        const raw = this.raw[name];
        const items = raw === void 0 ? [] : Array.isArray(raw) ? raw : [String(raw)];
        for (const item of items) checkValue(s, item);
        return items;
      }
      bool(name) {
        const s = this.spec(name);
        const raw = this.raw[name];
        return raw === void 0 ? s.default === true : raw === true;
      }
    };
  }
});

// src/sys/paths.ts
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function checkOutDir(flag, out, example) {
  let p = out;
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  const st = statSync(p, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) {
    throw new UserError(p === out ? `${flag} ${out} is a file, not a directory` : `${flag} ${out} cannot be created: ${p} is a file`, `give a directory, e.g. ${flag} ${example}`);
  }
  try {
    accessSync(p, constants.W_OK | constants.X_OK);
    if (p.startsWith("/proc/") || p === "/proc" || p === "/sys" || p.startsWith("/sys/")) throw Object.assign(new Error("read-only"), { code: "EROFS" });
  } catch (e) {
    throw new UserError(`${flag} ${out} is not writable (${e.code ?? "permission denied"} at ${p})`, `choose a directory you can write, e.g. ${flag} ${example}`);
  }
}
function checkStorePath(path11, opts = {}) {
  const label = opts.flag ?? "experiment store";
  const st = statSync(path11, { throwIfNoEntry: false });
  if (st?.isDirectory()) throw new UserError(`${label} ${path11} is a directory, not an experiment store file`, `give a file, e.g. --store ${join(path11, "experiments.sqlite")}`);
  if (st && !opts.writable) return;
  let dir = dirname(path11);
  while (dir !== dirname(dir) && !statSync(dir, { throwIfNoEntry: false })) dir = dirname(dir);
  if (!statSync(dir).isDirectory()) throw new EnvironmentError(`${label} ${path11} cannot be created: ${dir} is a file, not a directory`, "remove or rename that file, or pass --store PATH elsewhere");
  if (!opts.writable) return;
  try {
    checkOutDir(label, dirname(path11), "perf.sqlite");
  } catch (e) {
    if (e instanceof UserError) throw new EnvironmentError(e.message, e.hint);
    throw e;
  }
}
function checkOutFile(flag, file, example) {
  const path11 = resolve(file);
  if (statSync(path11, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${flag} ${file} is a directory, not a file`, `example: ${flag} ${example}`);
  const dir = dirname(path11);
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st) throw new UserError(`${flag} ${file}: the directory ${dir} does not exist`, `create it first (mkdir -p ${dir}) or write elsewhere, e.g. ${flag} ${example}`);
  checkOutDir(flag, dir, example);
}
var init_paths = __esm({
  "src/sys/paths.ts"() {
    "use strict";
    init_errors();
  }
});

// src/sys/child-env.ts
import { readFileSync } from "node:fs";
import path from "node:path";
function reservedName(name) {
  return RESERVED.test(name);
}
function allowedName(name) {
  if (FORBIDDEN.test(name)) return false;
  return EXACT.has(name) || PREFIXES.some((p) => name.startsWith(p));
}
function jobPathAdditions(base2) {
  const file = base2.GITHUB_PATH;
  if (!file) return /* @__PURE__ */ new Set();
  try {
    return new Set(readFileSync(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((p) => path.resolve(p)));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function childEnv(base2, planEnv = {}, own = {}) {
  const out = {};
  for (const [k, v] of Object.entries(base2)) if (v !== void 0 && allowedName(k)) out[k] = v;
  const added = jobPathAdditions(base2);
  if (out.PATH !== void 0 && added.size > 0) {
    out.PATH = out.PATH.split(path.delimiter).filter((p) => p && !added.has(path.resolve(p))).join(path.delimiter);
  }
  for (const [k, v] of Object.entries(planEnv)) if (!FORBIDDEN.test(k) && !RESERVED.test(k)) out[k] = v;
  return { ...out, ...own };
}
var EXACT, PREFIXES, FORBIDDEN, RESERVED;
var init_child_env = __esm({
  "src/sys/child-env.ts"() {
    "use strict";
    EXACT = /* @__PURE__ */ new Set([
      "PATH",
      "HOME",
      "USER",
      "LOGNAME",
      "SHELL",
      "LANG",
      "LANGUAGE",
      "TZ",
      "TERM",
      "TMPDIR",
      "TMP",
      "TEMP",
      // toolchain: compilers, flags, tools CMake and make read
      "CC",
      "CXX",
      "CPP",
      "LD",
      "AR",
      "NM",
      "RANLIB",
      "STRIP",
      "OBJCOPY",
      "CUDACXX",
      "CUDAHOSTCXX",
      "HIPCXX",
      "CFLAGS",
      "CXXFLAGS",
      "CPPFLAGS",
      "LDFLAGS",
      "CUDAFLAGS",
      "HIPFLAGS",
      "MAKEFLAGS",
      "MAKELEVEL",
      "NINJA_STATUS",
      "PKG_CONFIG_PATH",
      "LD_LIBRARY_PATH",
      "LIBRARY_PATH",
      "CPATH",
      "C_INCLUDE_PATH",
      "CPLUS_INCLUDE_PATH",
      "SOURCE_DATE_EPOCH",
      "CUDA_PATH",
      "CUDA_HOME",
      "ROCM_PATH",
      "HIP_PATH",
      "VULKAN_SDK"
    ]);
    PREFIXES = ["LC_", "CMAKE_", "CCACHE_", "GGML_", "LLAMA_", "OMP_", "GOMP_", "KMP_", "OPENBLAS_", "MKL_", "CUDA_", "HIP_", "ROCR_", "HSA_"];
    FORBIDDEN = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|NODE_OPTIONS$)|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|API_?KEY|PRIVATE_?KEY|SESSION/i;
    RESERVED = /^(LD_PRELOAD|LD_AUDIT|LPG_SLOWDOWN\w*)$/;
  }
});

// src/sys/cache-dir.ts
import os from "node:os";
import path2 from "node:path";
function defaultCacheDir(env2 = process.env) {
  const fromEnv = env2.LLAMA_PERF_GATE_CACHE;
  if (fromEnv && fromEnv.trim()) return path2.resolve(fromEnv);
  return path2.join(os.homedir(), ".cache", "llama-perf-gate");
}
var init_cache_dir = __esm({
  "src/sys/cache-dir.ts"() {
    "use strict";
  }
});

// src/model/gguf-reader.ts
import { openSync, readSync, closeSync, fstatSync } from "node:fs";
function readGgufHeader(path11) {
  let fd;
  try {
    fd = openSync(path11, "r");
  } catch (e) {
    throw new UserError(`model file ${path11} cannot be opened: ${e.message}`, "pass --model PATH to a .gguf file");
  }
  const buf = Buffer.alloc(HEADER_READ_LIMIT);
  const len = readSync(fd, buf, 0, buf.length, 0);
  const fileSize = fstatSync(fd).size;
  closeSync(fd);
  let p = 0;
  const need = (n) => {
    if (p + n > len) throw new UserError(`model file ${path11} is truncated or its header exceeds ${HEADER_READ_LIMIT} bytes (at byte ${p})`);
  };
  const u32 = () => (need(4), p += 4, buf.readUInt32LE(p - 4));
  const u64 = () => (need(8), p += 8, Number(buf.readBigUInt64LE(p - 8)));
  const str4 = () => {
    const n = u64();
    need(n);
    p += n;
    return buf.toString("utf8", p - n, p);
  };
  const scalar2 = (t) => {
    switch (t) {
      case 0:
        return need(1), buf.readUInt8(p++);
      case 1:
        return need(1), buf.readInt8(p++);
      case 2:
        return need(2), p += 2, buf.readUInt16LE(p - 2);
      case 3:
        return need(2), p += 2, buf.readInt16LE(p - 2);
      case 4:
        return u32();
      case 5:
        return need(4), p += 4, buf.readInt32LE(p - 4);
      case 6:
        return need(4), p += 4, buf.readFloatLE(p - 4);
      case 7:
        return need(1), buf.readUInt8(p++) !== 0;
      case 8:
        return str4();
      case 9: {
        const et = u32();
        const n = u64();
        const out = [];
        for (let i = 0; i < n; i++) out.push(scalar2(et));
        return out;
      }
      case 10:
        return u64();
      case 11:
        return need(8), p += 8, Number(buf.readBigInt64LE(p - 8));
      case 12:
        return need(8), p += 8, buf.readDoubleLE(p - 8);
      default:
        throw new UserError(`model file ${path11}: unknown GGUF value type ${t} at byte ${p}`);
    }
  };
  if (len < 4 || buf.readUInt32LE(0) !== 1179993927) {
    throw new UserError(`model file ${path11} is not a GGUF file (bad magic)`, "llama-bench needs a .gguf model; `llama-perf-gate model --out model.gguf` writes a synthetic one");
  }
  p = 4;
  const version = u32();
  const nTensors = u64();
  const nMeta = u64();
  const meta = {};
  for (let i = 0; i < nMeta; i++) {
    const k = str4();
    meta[k] = scalar2(u32());
  }
  const tensors = [];
  for (let i = 0; i < nTensors; i++) {
    const name = str4();
    const nd = u32();
    const dims = [];
    for (let d = 0; d < nd; d++) dims.push(u64());
    tensors.push({ name, dims, type: u32(), offset: u64() });
  }
  checkTensorData(path11, tensors, p, meta["general.alignment"], fileSize);
  return { version, meta, tensors, headerBytes: p };
}
function checkTensorData(path11, tensors, headerEnd, alignMeta, fileSize) {
  const align = typeof alignMeta === "number" && alignMeta > 0 ? alignMeta : 32;
  const dataStart = Math.ceil(headerEnd / align) * align;
  for (const t of tensors) {
    const size = TYPE_SIZE[t.type];
    const bytes = size ? t.dims.reduce((a, b) => a * b, 1) / size[0] * size[1] : 1;
    const end = dataStart + t.offset + bytes;
    if (!(end <= fileSize)) {
      throw new UserError(
        `model file ${path11} is truncated: tensor "${t.name}" ends at byte ${end}, but the file has ${fileSize} bytes`,
        "download or write it again (llama-perf-gate model --out model.gguf writes a synthetic one)"
      );
    }
  }
}
var HEADER_READ_LIMIT, TYPE_SIZE;
var init_gguf_reader = __esm({
  "src/model/gguf-reader.ts"() {
    "use strict";
    init_errors();
    HEADER_READ_LIMIT = 64 << 20;
    TYPE_SIZE = {
      0: [1, 4],
      1: [1, 2],
      2: [32, 18],
      3: [32, 20],
      6: [32, 22],
      7: [32, 24],
      8: [32, 34],
      9: [32, 36],
      10: [256, 84],
      11: [256, 110],
      12: [256, 144],
      13: [256, 176],
      14: [256, 210],
      15: [256, 292],
      16: [256, 66],
      17: [256, 74],
      18: [256, 98],
      19: [256, 50],
      20: [32, 18],
      21: [256, 110],
      22: [256, 82],
      23: [256, 136],
      24: [1, 1],
      25: [1, 2],
      26: [1, 4],
      27: [1, 8],
      28: [1, 8],
      29: [256, 56],
      30: [1, 2]
    };
  }
});

// src/model/half.ts
function f32ToF16Bits(value) {
  f32Scratch[0] = value;
  const x = u32Scratch[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  let mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 8388608;
    const shift2 = 14 - e;
    let half2 = mant >>> shift2;
    const rem2 = mant & (1 << shift2) - 1;
    const mid = 1 << shift2 - 1;
    if (rem2 > mid || rem2 === mid && half2 & 1) half2++;
    return sign | half2;
  }
  let half = e << 10 | mant >>> 13;
  const rem = mant & 8191;
  if (rem > 4096 || rem === 4096 && half & 1) half++;
  return sign | half;
}
function decodeHalf(h) {
  const sign = h & 32768 ? -1 : 1;
  const exp = h >>> 10 & 31;
  const mant = h & 1023;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}
function f16BitsToF32(h) {
  if (!table) {
    table = new Float32Array(65536);
    for (let i = 0; i < 65536; i++) table[i] = decodeHalf(i);
  }
  return table[h & 65535];
}
function roundToF16(vals) {
  const bits = new Uint32Array(vals.buffer, vals.byteOffset, vals.length);
  for (let i = 0; i < bits.length; i++) {
    const x = bits[i];
    const exp = x >>> 23 & 255;
    if (exp >= 113 && exp <= 141) {
      bits[i] = (x + 4095 + (x >>> 13 & 1) & ~8191) >>> 0;
    } else {
      vals[i] = f16BitsToF32(f32ToF16Bits(vals[i]));
    }
  }
}
var f32Scratch, u32Scratch, table;
var init_half = __esm({
  "src/model/half.ts"() {
    "use strict";
    f32Scratch = new Float32Array(1);
    u32Scratch = new Uint32Array(f32Scratch.buffer);
  }
});

// src/model/tensor-types.ts
function encodeQ8_0(vals) {
  const nb = vals.length / 32;
  const out = Buffer.allocUnsafe(nb * 34);
  for (let b = 0; b < nb; b++) {
    const x = b * 32;
    let amax = 0;
    for (let j = 0; j < 32; j++) amax = Math.max(amax, Math.abs(vals[x + j]));
    const d = Math.fround(amax / 127);
    const id = d ? Math.fround(1 / d) : 0;
    const o = b * 34;
    const h = f32ToF16Bits(d);
    out[o] = h & 255;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 32; j++) out[o + 2 + j] = roundAway(Math.fround(vals[x + j] * id)) & 255;
  }
  return out;
}
function encodeQ4_0(vals) {
  const nb = vals.length / 32;
  const out = Buffer.allocUnsafe(nb * 18);
  for (let b = 0; b < nb; b++) {
    const x = b * 32;
    let amax = 0;
    let max = 0;
    for (let j = 0; j < 32; j++) {
      const v = vals[x + j];
      if (amax < Math.abs(v)) {
        amax = Math.abs(v);
        max = v;
      }
    }
    const d = Math.fround(max / -8);
    const id = d ? Math.fround(1 / d) : 0;
    const o = b * 18;
    const h = f32ToF16Bits(d);
    out[o] = h & 255;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 16; j++) {
      const lo = Math.min(15, Math.trunc(Math.fround(Math.fround(vals[x + j] * id) + 8.5)));
      const hi = Math.min(15, Math.trunc(Math.fround(Math.fround(vals[x + 16 + j] * id) + 8.5)));
      out[o + 2 + j] = lo | hi << 4;
    }
  }
  return out;
}
function encodeTensorData(type, vals) {
  switch (type) {
    case "f32":
      return Buffer.from(vals.buffer, vals.byteOffset, vals.length * 4);
    case "f16": {
      const half = new Uint16Array(vals.length);
      for (let k = 0; k < vals.length; k++) half[k] = f32ToF16Bits(vals[k]);
      return Buffer.from(half.buffer);
    }
    case "q8_0":
      return encodeQ8_0(vals);
    case "q4_0":
      return encodeQ4_0(vals);
  }
}
var TENSOR_TYPES, roundAway;
var init_tensor_types = __esm({
  "src/model/tensor-types.ts"() {
    "use strict";
    init_half();
    TENSOR_TYPES = {
      f32: { ggml: 0, block: 1, bytes: 4 },
      f16: { ggml: 1, block: 1, bytes: 2 },
      q4_0: { ggml: 2, block: 32, bytes: 18 },
      q8_0: { ggml: 8, block: 32, bytes: 34 }
    };
    roundAway = (x) => x < 0 ? -Math.round(-x) : Math.round(x);
  }
});

// src/plan/models.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { basename, join as join2, resolve as resolve2 } from "node:path";
function presetEntry(text) {
  const [name, type = "f16", ...rest] = text.split(":");
  if (rest.length || !PRESET_NAMES.includes(name) || !(type in TENSOR_TYPES)) return null;
  return { preset: name, type };
}
function presetPath(cacheDir, preset, type) {
  return join2(cacheDir, "models", `preset-${preset}-${type}.gguf`);
}
function parseModels(text, cacheDir) {
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UserError("--model is empty", EXAMPLE);
  if (items.length > MAX_MODELS) throw new UserError(`--model lists ${items.length} models; at most ${MAX_MODELS}`, EXAMPLE);
  const out = items.map((item) => {
    const path11 = resolve2(item);
    const preset = existsSync2(path11) ? null : presetEntry(item);
    if (preset) return { name: `${preset.preset}-${preset.type}`, path: presetPath(cacheDir, preset.preset, preset.type), preset };
    if (statSync2(path11, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`--model ${item} is a directory, not a GGUF file`, EXAMPLE);
    if (!existsSync2(path11) && /^[a-z0-9.-]+(:[a-z0-9_]+)?$/.test(item) && !item.endsWith(".gguf")) {
      throw new UserError(`--model ${item} is neither a file nor a preset (presets: ${PRESET_NAMES.join(", ")}, optionally :f16|f32|q8_0|q4_0)`, EXAMPLE);
    }
    readGgufHeader(path11);
    return { name: basename(path11).replace(/\.gguf$/i, ""), path: path11 };
  });
  const seen = /* @__PURE__ */ new Map();
  for (const m of out) {
    const had = seen.get(m.name);
    if (had !== void 0) throw new UserError(`--model lists two models named ${m.name} (${had} and ${m.path})`, "give each model a different file name");
    seen.set(m.name, m.path);
  }
  return out;
}
function modelOf(plan2, w) {
  return plan2.models.find((m) => m.name === w.model) ?? plan2.models[0];
}
var EXAMPLE, MAX_MODELS;
var init_models = __esm({
  "src/plan/models.ts"() {
    "use strict";
    init_errors();
    init_gguf_reader();
    init_presets();
    init_tensor_types();
    EXAMPLE = "example: --model tiny.gguf,big.gguf or --model smollm2-135m:q8_0,llama-1b  (or: llama-perf-gate model --out model.gguf)";
    MAX_MODELS = 16;
  }
});

// src/plan/numa.ts
function parseNumaPolicy(text) {
  const t = text.trim();
  if (t === "" || t === "none") return { kind: "none" };
  if (t === "interleave") return { kind: "interleave" };
  if (t === "distribute" || t === "isolate" || t === "numactl") return { kind: "llama", mode: t };
  const node = /^node:(\d+)$/.exec(t);
  if (node) return { kind: "bind", node: Number(node[1]) };
  const cpus = /^cpus:([\d,-]+)$/.exec(t);
  if (cpus) return { kind: "cpus", cpus: cpus[1] };
  throw new UserError(`unknown --numa policy "${text}"`, EXAMPLE2);
}
function numaLabel(p) {
  switch (p.kind) {
    case "none":
      return "";
    case "interleave":
      return "numa interleave";
    case "bind":
      return `numa node ${p.node}`;
    case "llama":
      return `--numa ${p.mode}`;
    case "cpus":
      return `cpus ${p.cpus}`;
  }
}
var EXAMPLE2;
var init_numa = __esm({
  "src/plan/numa.ts"() {
    "use strict";
    init_errors();
    EXAMPLE2 = "valid: none, interleave, node:0, cpus:0-7,16-23, distribute, isolate, numactl";
  }
});

// src/plan/workload.ts
function parseWorkload(text, numa2 = { kind: "none" }) {
  const t = text.trim().replace(/\s*@\s*/, "@");
  const m = LABEL.exec(t);
  const pp = m?.[1] !== void 0 ? Number(m[1]) : 0;
  const tg = m?.[3] !== void 0 ? Number(m[3]) : 0;
  const plus = m?.[2] !== void 0;
  const depth = m?.[5] !== void 0 ? Number(m[5]) : 0;
  const ok2 = m !== null && (pp > 0 || tg > 0) && plus === (pp > 0 && tg > 0) && (m[4] !== "pp" || pp === 0 && depth > 0);
  if (!ok2) {
    throw new UserError(`unknown workload "${text}": expected ppN, tgN, ppN+tgN, optionally @dDEPTH (ik: tgN@ppDEPTH)`, EXAMPLE3);
  }
  if (pp + tg + depth > MAX_TOKENS) {
    throw new UserError(`workload "${text}" needs ${pp + tg + depth} tokens of context; at most ${MAX_TOKENS.toLocaleString("en-US")}`, EXAMPLE3);
  }
  const label = [pp > 0 ? `pp${pp}` : "", tg > 0 ? `tg${tg}` : ""].filter(Boolean).join("+") + (depth > 0 ? `@d${depth}` : "");
  const shown = m[4] === "pp" ? `tg${tg}@pp${depth}` : label;
  return { id: withNuma(shown, numa2), label, nPrompt: pp, nGen: tg, nDepth: depth, numa: numa2 };
}
function withNuma(label, numa2, model) {
  const nl = numaLabel(numa2);
  return (model === void 0 ? "" : `${model}/`) + (nl ? `${label} [${nl}]` : label);
}
function perModel(ws, models) {
  if (models.length < 2) return ws;
  return models.flatMap((m) => ws.map((w) => ({ ...w, model: m.name, id: withNuma(w.id.replace(/ \[.*\]$/, ""), w.numa, m.name) })));
}
function flavourLabel(w, flavour) {
  if (flavour === "ik" && w.nPrompt === 0 && w.nGen > 0 && w.nDepth > 0) return `tg${w.nGen}@pp${w.nDepth}`;
  return w.label;
}
function labelWorkloads(ws, flavour) {
  return ws.map((w) => ({ ...w, id: withNuma(flavourLabel(w, flavour), w.numa, w.model) }));
}
function parseWorkloads(list, numa2) {
  const items = list.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UserError("--workloads is empty", EXAMPLE3);
  const out = items.map((s) => parseWorkload(s, numa2));
  const seen = /* @__PURE__ */ new Set();
  for (const w of out) {
    const key = withNuma(w.label, w.numa);
    if (seen.has(key)) throw new UserError(`workload "${w.label}" is listed twice in --workloads`, EXAMPLE3);
    seen.add(key);
  }
  return out;
}
var EXAMPLE3, MAX_TOKENS, LABEL;
var init_workload = __esm({
  "src/plan/workload.ts"() {
    "use strict";
    init_errors();
    init_numa();
    EXAMPLE3 = "example: --workloads pp512,tg128,tg128@d4096";
    MAX_TOKENS = 1e7;
    LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?:@(d|pp)(\d+))?$/;
  }
});

// src/plan/decision-rule.ts
function firstLook(maxBlocks) {
  return maxBlocks <= 30 ? 7 : maxBlocks <= 76 ? 8 : 9;
}
function defaultLooks(maxBlocks) {
  const first = firstLook(maxBlocks);
  const early = LOOK_FRACTIONS.map((f2) => Math.max(first, Math.round(f2 * maxBlocks))).filter((l) => l < maxBlocks);
  return [.../* @__PURE__ */ new Set([...early, maxBlocks])];
}
function defaultHorizon(maxBlocks) {
  return Math.max(maxBlocks, Math.min(2 * maxBlocks, MAX_HORIZON));
}
function looksFor(maxBlocks, looksText, horizon) {
  const looks = givenLooks(maxBlocks, looksText, horizon);
  const sorted = [...new Set(looks.filter((l) => l <= maxBlocks))].sort((a, b) => a - b);
  if (sorted[sorted.length - 1] !== maxBlocks) sorted.push(maxBlocks);
  return sorted;
}
function laterLooksFor(maxBlocks, looksText, horizon) {
  return [...new Set(givenLooks(maxBlocks, looksText).filter((l) => l > maxBlocks && l <= horizon))].sort((a, b) => a - b);
}
function givenLooks(maxBlocks, looksText, horizon) {
  const looks = looksText ? looksText.split(",").map((s) => checkValue({ ...optionSpec("run", "looks"), kind: "int", min: 1, max: void 0 }, s.trim())) : defaultLooks(maxBlocks).filter((l) => l < maxBlocks);
  const past = horizon === void 0 ? void 0 : looks.find((l) => l > horizon);
  if (past !== void 0) {
    throw new UserError(`--looks ${looksText}: the look at ${past} blocks is past the horizon (${horizon} blocks${horizon === maxBlocks ? ", as --max-blocks" : ""})`, `looks are block counts up to the horizon, e.g. --looks ${[firstLook(maxBlocks), maxBlocks].filter((l, i, a) => l <= maxBlocks && a.indexOf(l) === i).join(",")}, or a larger --horizon`);
  }
  return looks;
}
function decisionRule(o, opts = {}) {
  const maxBlocks = o.num("max-blocks");
  const horizon = o.num("horizon", defaultHorizon(maxBlocks));
  if (horizon < maxBlocks) {
    throw new UserError(`--horizon must be at least --max-blocks (${maxBlocks}) (got ${horizon})`, `example: --horizon ${Math.max(maxBlocks, 60)}`);
  }
  const looks = looksFor(maxBlocks, o.str("looks"), opts.strictLooks ? horizon : void 0);
  const later = laterLooksFor(maxBlocks, o.str("looks"), horizon);
  return {
    maxBlocks,
    horizon,
    looks,
    ...later.length > 0 ? { laterLooks: later } : {},
    margin: o.num("margin"),
    alpha: o.num("alpha"),
    method: o.str("method"),
    spending: o.str("spending")
  };
}
var LOOK_FRACTIONS;
var init_decision_rule = __esm({
  "src/plan/decision-rule.ts"() {
    "use strict";
    init_errors();
    init_option_values();
    init_options();
    LOOK_FRACTIONS = [1 / 3, 2 / 5, 1 / 2, 2 / 3];
  }
});

// src/plan/plan-file.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { parse as parseYaml } from "yaml";
function readPlanFile(path11) {
  const example = 'example: {"base": "main", "head": "pr-1", "workloads": "pp512,tg128"}';
  let text;
  try {
    text = readFileSync2(path11, "utf8");
  } catch (e) {
    const code2 = e.code;
    throw new UserError(`--plan ${path11} cannot be read (${code2 === "ENOENT" ? "no such file" : code2 === "EISDIR" ? "a directory" : e.message})`, `give a YAML or JSON plan file, e.g. --plan plan.yml holding ${example.slice(9)}`);
  }
  let doc;
  try {
    doc = path11.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const first = e.message.split("\n")[0];
    throw new UserError(`--plan ${path11} is not valid ${path11.endsWith(".json") ? "JSON" : "YAML"}: ${first}`, example);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new UserError(`--plan ${path11} must hold an object of flag names to values`, example);
  }
  const out = {};
  const keys = optionsOf("run").filter((o) => o.name !== "plan");
  for (const [k, v] of Object.entries(doc)) {
    const spec = keys.find((o) => o.name === k);
    if (!spec) {
      const near = closestFlag("run", k);
      throw new UserError(`--plan ${path11}: unknown key "${k}"`, `${near ? `did you mean ${near.name}? ` : ""}keys are the run flags: ${keys.map((o) => o.name).join(", ")}; example: threads: 4`);
    }
    const bad2 = (what) => {
      throw new UserError(`--plan ${path11}: "${k}" must be ${what}`, `example: ${k}: ${spec.kind === "list" ? `[${spec.example}]` : spec.kind === "boolean" ? "true" : spec.example}`);
    };
    if (spec.kind === "list") {
      if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) bad2("a list of strings");
      out[k] = v;
    } else if (spec.kind === "boolean") {
      if (typeof v !== "boolean") bad2("true or false");
      out[k] = v;
    } else {
      if (typeof v !== "string" && typeof v !== "number" && !((k === "workloads" || k === "depth-sweep") && Array.isArray(v))) bad2("a string or number");
      out[k] = Array.isArray(v) ? v.join(",") : String(v);
    }
  }
  return out;
}
function runValues(argv, command = "run") {
  const { values: flags } = parseCommandArgs(command, argv);
  const file = typeof flags.plan === "string" ? flags.plan : null;
  const fileValues = file ? readPlanFile(file) : {};
  const o = new OptionValues(command, { ...fileValues, ...flags });
  for (const k of Object.keys(fileValues)) {
    if (flags[k] !== void 0) continue;
    try {
      const kind = o.spec(k).kind;
      if (kind === "int" || kind === "number") o.num(k);
      else if (kind === "list") o.list(k);
      else if (kind !== "boolean" && kind !== "files") o.str(k);
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`--plan ${file}: ${e.message}`, e.hint, e.exitCode);
      throw e;
    }
  }
  return o;
}
var init_plan_file = __esm({
  "src/plan/plan-file.ts"() {
    "use strict";
    init_errors();
    init_option_values();
    init_options();
  }
});

// src/plan/types.ts
var DEFAULT_DEPTH_GEN;
var init_types = __esm({
  "src/plan/types.ts"() {
    "use strict";
    DEFAULT_DEPTH_GEN = 32;
  }
});

// src/plan/from-args.ts
import { existsSync as existsSync3, statSync as statSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve as resolve3 } from "node:path";
function parseEnv(flag, items) {
  const env2 = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    const name = item.slice(0, eq);
    if (reservedName(name)) throw new UserError(`${flag} ${name} is not passed to benchmark processes`, `for an injected slowdown use ${flag.replace(/env$/, "slowdown")} 0.03`);
    env2[name] = item.slice(eq + 1);
  }
  return env2;
}
function withFlagExample(flag, fn) {
  try {
    return fn();
  } catch (e) {
    throw withExample(e, flagExample(optionSpec("run", flag)));
  }
}
function portableCmake(side2, args) {
  const native = args.find((a) => /^-DGGML_NATIVE(:BOOL)?=/.test(a));
  if (native && native.split("=")[1].toUpperCase() !== "OFF") {
    throw new UserError(`--numa-guest and --${side2}-cmake=${native}: the emulated guest's CPU is not this host's`, `drop --${side2}-cmake=${native} (--numa-guest builds with ${GUEST_CMAKE})`);
  }
  return native ? args : [...args, GUEST_CMAKE];
}
function planFromArgs(argv, opts = {}) {
  const o = runValues(argv);
  const need = opts.requireRepoModel ?? true;
  const repoText = o.str("repo");
  const repo = repoText ? resolve3(repoText) : "";
  if (need && !repo) throw new UserError("--repo is required: the llama.cpp or ik_llama.cpp checkout to build", "example: --repo ../llama.cpp");
  if (repo && !(existsSync3(repo) && statSync3(repo).isDirectory())) throw new UserError(`--repo ${repoText} is not a directory`, "example: --repo ../llama.cpp");
  const modelText = o.str("model");
  if (need && !modelText) throw new UserError("--model is required", "example: --model model.gguf  (or: llama-perf-gate model --out model.gguf)");
  const models = modelText ? withFlagExample("model", () => parseModels(modelText, defaultCacheDir())) : [];
  const out = resolve3(o.str("out"));
  checkOutDir("--out", out, "perf-out");
  const base2 = o.str("base");
  if (need && !base2) throw new UserError("--base is required: the git ref of variant A", "example: --base main");
  const baseRef = base2 ?? "HEAD";
  const headRef = o.str("head") ?? baseRef;
  const mk = (id, side2, ref) => ({
    id,
    name: o.str(`${side2}-name`),
    ref,
    cmakeArgs: o.has("numa-guest") ? portableCmake(side2, o.list(`${side2}-cmake`)) : o.list(`${side2}-cmake`),
    runArgs: o.list(`${side2}-arg`),
    env: parseEnv(`--${side2}-env`, o.list(`${side2}-env`)),
    ...o.has(`${side2}-slowdown`) && { slowdown: o.num(`${side2}-slowdown`) }
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
  const numa2 = withFlagExample("numa", () => parseNumaPolicy(o.str("numa")));
  const sweep = depthSweep(o.str("depth-sweep"), o.has("depth-gen") ? o.num("depth-gen") : void 0);
  if (sweep && models.length > 1) {
    throw new UserError(`--depth-sweep runs on one model; --model lists ${models.length}`, "run the depth sweep as its own experiment per model, or drop --depth-sweep");
  }
  return {
    repo,
    models,
    out,
    variants,
    workloads: perModel(withFlagExample("workloads", () => parseWorkloads(o.str("workloads"), numa2)), models),
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
var DEFAULT_WORKLOADS, MODEL_LOAD_FLAGS, GUEST_CMAKE, DEPTH_EXAMPLE, MAX_DEPTH, MAX_DEPTH_POINTS;
var init_from_args = __esm({
  "src/plan/from-args.ts"() {
    "use strict";
    init_errors();
    init_paths();
    init_child_env();
    init_cache_dir();
    init_models();
    init_workload();
    init_numa();
    init_option_values();
    init_options();
    init_decision_rule();
    init_plan_file();
    init_types();
    DEFAULT_WORKLOADS = optionSpec("run", "workloads").default;
    MODEL_LOAD_FLAGS = ["-mmp", "--mmap", "--no-mmap", "-lm", "--load-mode"];
    GUEST_CMAKE = "-DGGML_NATIVE=OFF";
    DEPTH_EXAMPLE = "example: --depth-sweep 0,1024,2048,4096 --depth-gen 32";
    MAX_DEPTH = 1 << 20;
    MAX_DEPTH_POINTS = 32;
  }
});

// src/store/results.ts
var RESULTS_SCHEMA, RESULTS_SCHEMAS;
var init_results = __esm({
  "src/store/results.ts"() {
    "use strict";
    RESULTS_SCHEMA = "llama-perf-gate/results@3";
    RESULTS_SCHEMAS = ["llama-perf-gate/results@1", "llama-perf-gate/results@2", RESULTS_SCHEMA];
  }
});

// src/sys/atomic-file.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename as basename2, dirname as dirname2, join as join3 } from "node:path";
function replaceAtomically(path11, write) {
  mkdirSync(dirname2(path11), { recursive: true });
  const tmp = join3(dirname2(path11), `.${basename2(path11)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const r = write(tmp);
    renameSync(tmp, path11);
    return r;
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e && typeof e === "object" && e.code) Object.assign(e, { path: path11 });
    throw e;
  }
}
function writeFileAtomic(path11, data) {
  replaceAtomically(path11, (tmp) => writeFileSync(tmp, data));
}
var init_atomic_file = __esm({
  "src/sys/atomic-file.ts"() {
    "use strict";
  }
});

// src/store/write.ts
import { join as join4 } from "node:path";
function writeJsonAtomic(path11, value) {
  writeFileAtomic(path11, JSON.stringify(value, null, 1) + "\n");
}
function writeResults(outDir, results3) {
  const path11 = join4(outDir, "results.json");
  writeJsonAtomic(path11, results3);
  return path11;
}
var init_write = __esm({
  "src/store/write.ts"() {
    "use strict";
    init_atomic_file();
  }
});

// src/stats/ranks.ts
function averageRanks(values) {
  const { sorted, ranks: r } = sortedWithRanks(Float64Array.from(values));
  const n = sorted.length;
  const ranks = Array.from(r);
  const tieSizes = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}
function tieCorrection(tieSizes) {
  return tieSizes.reduce((s, t) => s + t * t * t - t, 0);
}
function medianOfSorted(sorted) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}
function middleDeviations(s, m) {
  const n = s.length;
  let hi = 0;
  while (hi < n && s[hi] < m) hi++;
  let lo = hi - 1;
  const want1 = n - 1 >> 1;
  const want2 = n >> 1;
  let a = NaN;
  let b = NaN;
  for (let k = 0; k <= want2; k++) {
    let v;
    if (lo >= 0 && (hi >= n || Math.abs(s[lo] - m) <= Math.abs(s[hi] - m))) v = Math.abs(s[lo--] - m);
    else v = Math.abs(s[hi++] - m);
    if (k === want1) a = v;
    if (k === want2) b = v;
  }
  return [a, b];
}
function medianType7(s) {
  const idx = (s.length - 1) * 0.5;
  if (idx % 1 === 0) return s[idx];
  const l = Math.floor(idx);
  return s[l] + 0.5 * (s[l + 1] - s[l]);
}
function spearmanOfRanks(rx, ry) {
  const n = rx.length;
  let sx = 0, sy = 0;
  for (let i = 0; i < n; i++) {
    sx += rx[i];
    sy += ry[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
function sortedWithRanks(x) {
  const n = x.length;
  const sorted = x.slice();
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  sortInPlace(sorted, 0, n - 1, idx);
  const ranks = new Float64Array(n);
  for (let lo = 0; lo < n; ) {
    let hi = lo;
    while (hi + 1 < n && sorted[hi + 1] === sorted[lo]) hi++;
    for (let k = lo; k <= hi; k++) ranks[idx[k]] = (lo + hi + 2) / 2;
    lo = hi + 1;
  }
  return { sorted, ranks };
}
function sortInPlace(a, lo = 0, hi = a.length - 1, carry) {
  while (hi - lo > 16) {
    const x = a[lo], y = a[lo + hi >> 1], z = a[hi];
    const p = x < y ? y < z ? y : x < z ? z : x : x < z ? x : y < z ? z : y;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        if (carry) {
          const c = carry[i];
          carry[i] = carry[j];
          carry[j] = c;
        }
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      sortInPlace(a, lo, j, carry);
      lo = i;
    } else {
      sortInPlace(a, i, hi, carry);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    const c = carry ? carry[i] : 0;
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      if (carry) carry[j + 1] = carry[j];
      j--;
    }
    a[j + 1] = v;
    if (carry) carry[j + 1] = c;
  }
  return a;
}
var init_ranks = __esm({
  "src/stats/ranks.ts"() {
    "use strict";
  }
});

// src/stats/dist/special.ts
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < LANCZOS_G + 2; i++) s += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}
function logBeta(a, b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
function betaContinuedFraction(x, a, b) {
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e4; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
function incompleteBeta(x, a, b, y = 1 - x) {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(x, a, b) / a;
  return 1 - front * betaContinuedFraction(y, b, a) / b;
}
function upperIncompleteGamma(a, x) {
  if (x <= 0) return 1;
  const lfront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let sum2 = 1 / a;
    let term = sum2;
    for (let n = 1; n < 1e4; n++) {
      term *= x / (a + n);
      sum2 += term;
      if (Math.abs(term) < Math.abs(sum2) * EPS) break;
    }
    return 1 - sum2 * Math.exp(lfront);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(lfront) * h;
}
var LANCZOS_G, LANCZOS, EPS, TINY;
var init_special = __esm({
  "src/stats/dist/special.ts"() {
    "use strict";
    LANCZOS_G = 7;
    LANCZOS = [
      0.9999999999998099,
      676.5203681218851,
      -1259.1392167224028,
      771.3234287776531,
      -176.6150291621406,
      12.507343278686905,
      -0.13857109526572012,
      9984369578019572e-21,
      15056327351493116e-23
    ];
    EPS = 1e-16;
    TINY = 1e-300;
  }
});

// src/stats/dist/normal.ts
function normCdf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const tail2 = 0.5 * upperIncompleteGamma(0.5, x * x / 2);
  return x < 0 ? tail2 : 1 - tail2;
}
function normPdf(x) {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
function horner(c, x) {
  let s = c[0];
  for (let i = 1; i < c.length; i++) s = s * x + c[i];
  return s;
}
function normQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * horner(A, r2) / horner(B, r2);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const x = r <= 5 ? horner(C, r -= 1.6) / horner(D, r) : horner(E, r -= 5) / horner(F, r);
  return q < 0 ? -x : x;
}
var A, B, C, D, E, F;
var init_normal = __esm({
  "src/stats/dist/normal.ts"() {
    "use strict";
    init_special();
    A = [
      2509.0809287301227,
      33430.57558358813,
      67265.7709270087,
      45921.95393154987,
      13731.69376550946,
      1971.5909503065513,
      133.14166789178438,
      3.3871328727963665
    ];
    B = [
      5226.495278852854,
      28729.085735721943,
      39307.89580009271,
      21213.794301586597,
      5394.196021424751,
      687.1870074920579,
      42.31333070160091,
      1
    ];
    C = [
      7745450142783414e-19,
      0.022723844989269184,
      0.2417807251774506,
      1.2704582524523684,
      3.6478483247632045,
      5.769497221460691,
      4.630337846156546,
      1.4234371107496835
    ];
    D = [
      10507500716444169e-25,
      5475938084995345e-19,
      0.015198666563616457,
      0.14810397642748008,
      0.6897673349851,
      1.6763848301838038,
      2.053191626637759,
      1
    ];
    E = [
      20103343992922881e-23,
      27115555687434876e-21,
      0.0012426609473880784,
      0.026532189526576124,
      0.29656057182850487,
      1.7848265399172913,
      5.463784911164114,
      6.657904643501103
    ];
    F = [
      20442631033899397e-31,
      1421511758316446e-22,
      18463183175100548e-21,
      7868691311456133e-19,
      0.014875361290850615,
      0.1369298809227358,
      0.599832206555888,
      1
    ];
  }
});

// src/stats/spending.ts
function curveOf(spending, purpose) {
  if (spending !== "split") return spending;
  return purpose === "equivalence" ? "reserve" : "reserve-hsd";
}
function alphaSpent(spending, alpha, t) {
  if (!(t > 0)) return 0;
  const u = Math.min(1, t);
  if (spending === "pocock") return alpha * Math.log(1 + (Math.E - 1) * u);
  if (spending === "reserve" || spending === "reserve-hsd" || spending === "split") {
    if (u > 0.5) return alpha * (1 - RESERVE * (2 - 2 * u));
    const g = SPLIT_GAMMA;
    const shape = spending === "reserve" ? Math.log(1 + (Math.E - 1) * 2 * u) : (1 - Math.exp(-g * 2 * u)) / (1 - Math.exp(-g));
    return (1 - RESERVE) * alpha * shape;
  }
  return Math.min(alpha, 2 * (1 - normCdf(normQuantile(1 - alpha / 2) / Math.sqrt(u))));
}
var DEFAULT_SPENDING, RESERVE, SPLIT_GAMMA;
var init_spending = __esm({
  "src/stats/spending.ts"() {
    "use strict";
    init_normal();
    init_options();
    DEFAULT_SPENDING = "pocock";
    RESERVE = 0.05;
    SPLIT_GAMMA = -1;
  }
});

// src/stats/dist/signed-rank.ts
function take(size) {
  if (size > CAPACITY) return new Float64Array(size);
  return new Float64Array(pool.pop() ?? new ArrayBuffer(CAPACITY * 8), 0, size);
}
function give(a) {
  if (a && a.buffer.byteLength === CAPACITY * 8) pool.push(a.buffer);
}
function keptFor(n) {
  const hit = kept.get(n);
  if (hit) {
    kept.delete(n);
    kept.set(n, hit);
    return hit;
  }
  let from = 0;
  for (const m of kept.keys()) if (m < n && m > from) from = m;
  const size = n * (n + 1) / 2 + 1;
  if (!scratch || scratch[0].length < size) {
    const room = Math.max(size, Math.min(CAPACITY, 4 * size));
    scratch = [new Float64Array(room), new Float64Array(room)];
  }
  let p = from > 0 ? kept.get(from).pmf : new Float64Array([1]);
  let len = p.length;
  for (let m = from + 1; m <= n; m++) {
    const next = len + m;
    const q = m === n ? take(next) : scratch[p === scratch[0] ? 1 : 0];
    for (let k = 0; k < m && k < len; k++) q[k] = 0.5 * p[k];
    for (let k = len; k < m; k++) q[k] = 0;
    for (let k = m; k < len; k++) q[k] = 0.5 * p[k] + 0.5 * p[k - m];
    for (let k = Math.max(m, len); k < next; k++) q[k] = 0.5 * p[k - m];
    p = q;
    len = next;
  }
  const out = { pmf: p, lower: null };
  kept.set(n, out);
  if (kept.size > MAX_KEPT) {
    const [oldest, old] = kept.entries().next().value;
    kept.delete(oldest);
    give(old.pmf);
    give(old.lower);
  }
  return out;
}
function signedRankCdf(q, n) {
  const e = keptFor(n);
  const pmf = e.pmf;
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  if (k <= (pmf.length - 1) / 2) return lowerSums(e)[k];
  return sumTail(pmf, k, true);
}
function lowerSums(e) {
  if (e.lower) return e.lower;
  const c = take(Math.floor((e.pmf.length - 1) / 2) + 1);
  let s = 0;
  for (let i = 0; i < c.length; i++) c[i] = s += e.pmf[i];
  e.lower = c;
  return c;
}
function signedRankSf(q, n) {
  return upper(keptFor(n).pmf, Math.ceil(q - 1e-7));
}
function upper(pmf, from) {
  if (from <= 0) return 1;
  if (from >= pmf.length) return 0;
  return sumTail(pmf, from - 1, false);
}
function sumTail(pmf, k, lower) {
  let s = 0;
  const mid = (pmf.length - 1) / 2;
  if (k <= mid) {
    for (let i = 0; i <= k; i++) s += pmf[i];
    return lower ? s : 1 - s;
  }
  for (let i = k + 1; i < pmf.length; i++) s += pmf[i];
  return lower ? 1 - s : s;
}
function signedRankQuantile(p, n) {
  return discreteQuantile(keptFor(n).pmf, p);
}
function discreteQuantile(pmf, p) {
  const top = pmf.length - 1;
  let s = 0;
  if (p <= 0.5) {
    const x2 = p - 10 * Number.EPSILON;
    for (let q = 0; q <= top; q++) {
      s += pmf[q];
      if (s >= x2) return q;
    }
    return top;
  }
  const x = 1 - p + 10 * Number.EPSILON;
  for (let q = 0; q <= top; q++) {
    s += pmf[q];
    if (s > x) return top - q;
  }
  return 0;
}
var kept, MAX_KEPT, POOL_N, CAPACITY, pool, scratch;
var init_signed_rank = __esm({
  "src/stats/dist/signed-rank.ts"() {
    "use strict";
    init_spending();
    kept = /* @__PURE__ */ new Map();
    MAX_KEPT = 16;
    POOL_N = MAX_HORIZON;
    CAPACITY = POOL_N * (POOL_N + 1) / 2 + 1;
    pool = [];
    scratch = null;
  }
});

// src/stats/dist/mann-whitney.ts
function mannWhitneyPmf(m, n) {
  const key = `${m},${n}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let prev = [];
  for (let j = 0; j <= n; j++) prev.push(new Float64Array([1]));
  for (let i = 1; i <= m; i++) {
    const cur = [new Float64Array([1])];
    for (let j = 1; j <= n; j++) {
      const out = new Float64Array(i * j + 1);
      const px = i / (i + j);
      const fromX = prev[j];
      const fromY = cur[j - 1];
      for (let k = 0; k < fromX.length; k++) out[k + j] += px * fromX[k];
      for (let k = 0; k < fromY.length; k++) out[k] += (1 - px) * fromY[k];
      cur.push(out);
    }
    prev = cur;
  }
  const pmf = prev[n];
  if (m * n <= 4e4) cache.set(key, pmf);
  return pmf;
}
function mannWhitneyCdf(q, m, n) {
  const pmf = mannWhitneyPmf(m, n);
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  let s = 0;
  if (k <= (pmf.length - 1) / 2) {
    for (let i = 0; i <= k; i++) s += pmf[i];
    return s;
  }
  for (let i = k + 1; i < pmf.length; i++) s += pmf[i];
  return 1 - s;
}
function mannWhitneySf(q, m, n) {
  const pmf = mannWhitneyPmf(m, n);
  const k = Math.ceil(q - 1e-7);
  if (k <= 0) return 1;
  if (k > pmf.length - 1) return 0;
  let s = 0;
  if (k > (pmf.length - 1) / 2) {
    for (let i = k; i < pmf.length; i++) s += pmf[i];
    return s;
  }
  for (let i = 0; i < k; i++) s += pmf[i];
  return 1 - s;
}
function mannWhitneyQuantile(p, m, n) {
  return discreteQuantile(mannWhitneyPmf(m, n), p);
}
var cache;
var init_mann_whitney = __esm({
  "src/stats/dist/mann-whitney.ts"() {
    "use strict";
    init_signed_rank();
    cache = /* @__PURE__ */ new Map();
  }
});

// src/stats/hodges-lehmann.ts
function walshAverages(x) {
  const n = x.length;
  const out = new Float64Array(n * (n + 1) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) out[k++] = (x[i] + x[j]) / 2;
  return out.sort();
}
function pairwiseDifferences(x, y) {
  const out = new Float64Array(x.length * y.length);
  let k = 0;
  for (const a of x) for (const b of y) out[k++] = a - b;
  return out.sort();
}
function stepRoot(f2, lo, hi) {
  let a = lo, b = hi;
  for (let i = 0; i < 200 && b - a > 0; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    if (f2(mid) > 0) a = mid;
    else b = mid;
  }
  return a + (b - a) / 2;
}
function signedRankShift(d, level) {
  const alphaReq = 1 - level;
  const walsh = walshAverages(d);
  const estimate = medianOfSorted(walsh);
  const x = d.filter((v) => v !== 0);
  const zeroes = x.length < d.length;
  const n = x.length;
  if (n === 0) return { estimate: 0, lo: 0, hi: 0, level, pLess: 1, pGreater: 1, exact: false, statistic: 0 };
  const { ranks, tieSizes } = averageRanks(x.map(Math.abs));
  const ties = tieSizes.some((t) => t > 1);
  const V = x.reduce((s, v, i) => v > 0 ? s + ranks[i] : s, 0);
  if (n < 50 && !ties && !zeroes) {
    const N = n * (n + 1) / 2;
    let qu = signedRankQuantile(alphaReq / 2, n);
    if (qu === 0) qu = 1;
    const ql = N - qu;
    const achieved = 2 * signedRankCdf(qu - 1, n);
    return {
      estimate,
      lo: walsh[qu - 1],
      hi: walsh[ql],
      level: 1 - achieved,
      pLess: signedRankCdf(V, n),
      pGreater: signedRankSf(V, n),
      exact: true,
      statistic: V
    };
  }
  const mean2 = n * (n + 1) / 4;
  const sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - tieCorrection(tieSizes) / 48);
  const pLess = normCdf((V - mean2 + 0.5) / sigma);
  const pGreater = 1 - normCdf((V - mean2 - 0.5) / sigma);
  const W = (dd) => {
    const xd = x.map((v) => v - dd).filter((v) => v !== 0);
    const nx = xd.length;
    if (nx === 0) return 0;
    const r = averageRanks(xd.map(Math.abs));
    const zd = xd.reduce((s, v, i) => v > 0 ? s + r.ranks[i] : s, 0) - nx * (nx + 1) / 4;
    const sd2 = Math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - tieCorrection(r.tieSizes) / 48);
    if (sd2 === 0) return 0;
    return (zd - Math.sign(zd) * 0.5) / sd2;
  };
  const mumin = Math.min(...x);
  const mumax = Math.max(...x);
  if (mumin === mumax) {
    return { estimate, lo: mumin, hi: mumax, level, pLess, pGreater, exact: false, statistic: V };
  }
  const wmin = W(mumin);
  const wmax = W(mumax);
  let alpha = alphaReq;
  while (alpha < 1 && (wmin - normQuantile(1 - alpha / 2) < 0 || wmax - normQuantile(alpha / 2) > 0)) alpha *= 2;
  if (alpha >= 1) {
    const m = medianOfSorted([...x].sort((a, b) => a - b));
    return { estimate, lo: m, hi: m, level: 0, pLess, pGreater, exact: false, statistic: V };
  }
  const zl = normQuantile(1 - alpha / 2);
  const zu = normQuantile(alpha / 2);
  const lo = stepRoot((dd) => W(dd) - zl, mumin, mumax);
  const hi = stepRoot((dd) => W(dd) - zu, mumin, mumax);
  return { estimate, lo, hi, level: 1 - alpha, pLess, pGreater, exact: false, statistic: V };
}
function mannWhitneyShift(x, y, level) {
  const alpha = 1 - level;
  const nx = x.length;
  const ny = y.length;
  const diffs = pairwiseDifferences(x, y);
  const estimate = medianOfSorted(diffs);
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  const ties = tieSizes.some((t) => t > 1);
  let rx = 0;
  for (let i = 0; i < nx; i++) rx += ranks[i];
  const W = rx - nx * (nx + 1) / 2;
  if (nx < 50 && ny < 50 && !ties) {
    let qu = mannWhitneyQuantile(alpha / 2, nx, ny);
    if (qu === 0) qu = 1;
    const ql = nx * ny - qu;
    const achieved = 2 * mannWhitneyCdf(qu - 1, nx, ny);
    return {
      estimate,
      lo: diffs[qu - 1],
      hi: diffs[ql],
      level: 1 - achieved,
      pLess: mannWhitneyCdf(W, nx, ny),
      pGreater: mannWhitneySf(W, nx, ny),
      exact: true,
      statistic: W
    };
  }
  const N = nx + ny;
  const sigmaOf = (tc) => Math.sqrt(nx * ny / 12 * (N + 1 - tc / (N * (N - 1))));
  const sigma = sigmaOf(tieCorrection(tieSizes));
  const z = W - nx * ny / 2;
  const pLess = sigma === 0 ? 1 : normCdf((z + 0.5) / sigma);
  const pGreater = sigma === 0 ? 1 : 1 - normCdf((z - 0.5) / sigma);
  const Wd = (d) => {
    const r = averageRanks([...x.map((v) => v - d), ...y]);
    let s = 0;
    for (let i = 0; i < nx; i++) s += r.ranks[i];
    const dz = s - nx * (nx + 1) / 2 - nx * ny / 2;
    const sd2 = sigmaOf(tieCorrection(r.tieSizes));
    if (sd2 === 0) return 0;
    return (dz - Math.sign(dz) * 0.5) / sd2;
  };
  const mumin = Math.min(...x) - Math.max(...y);
  const mumax = Math.max(...x) - Math.min(...y);
  const wmin = Wd(mumin);
  const wmax = Wd(mumax);
  const root = (zq) => {
    if (wmin - zq <= 0) return mumin;
    if (wmax - zq >= 0) return mumax;
    return stepRoot((d) => Wd(d) - zq, mumin, mumax);
  };
  return {
    estimate,
    lo: root(normQuantile(1 - alpha / 2)),
    hi: root(normQuantile(alpha / 2)),
    level,
    pLess,
    pGreater,
    exact: false,
    statistic: W
  };
}
var init_hodges_lehmann = __esm({
  "src/stats/hodges-lehmann.ts"() {
    "use strict";
    init_ranks();
    init_signed_rank();
    init_mann_whitney();
    init_normal();
  }
});

// src/stats/dist/student-t.ts
function tCdf(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df === Infinity) return normCdf(t);
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail2 = 0.5 * incompleteBeta(x, df / 2, 0.5, y);
  return t < 0 ? tail2 : 1 - tail2;
}
function tPdf(t, df) {
  return Math.exp(-((df + 1) / 2) * Math.log1p(t * t / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}
function tQuantile(p, df) {
  const key = `${p}|${df}`;
  let q = quantiles.get(key);
  if (q === void 0) {
    if (quantiles.size >= 1e5) quantiles.clear();
    quantiles.set(key, q = solveTQuantile(p, df));
  }
  return q;
}
function solveTQuantile(p, df) {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normQuantile(p);
  const lower = p < 0.5;
  const target = lower ? p : 1 - p;
  if (df === 1) {
    const v = -1 / Math.tan(Math.PI * target);
    return lower ? v : -v;
  }
  if (df === 2) {
    const exact = (2 * target - 1) / Math.sqrt(2 * target * (1 - target));
    return lower ? exact : -exact;
  }
  let lo = Math.min(-1, normQuantile(target) * 2);
  while (tCdf(lo, df) > target) lo *= 2;
  let hi = 0;
  const z = normQuantile(target);
  let t = z + (z * z * z + z) / (4 * df);
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  const logTarget = Math.log(target);
  for (let i = 0; i < 200; i++) {
    const f2 = tCdf(t, df);
    if (f2 > target) hi = t;
    else lo = t;
    const step = (Math.log(f2) - logTarget) * f2 / tPdf(t, df);
    let next = t - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) {
      t = next;
      break;
    }
    t = next;
  }
  return lower ? t : -t;
}
function welchDf(var1, n1, var2, n2) {
  const a = var1 / n1;
  const b = var2 / n2;
  if (a + b === 0) return n1 + n2 - 2;
  return (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
}
var quantiles;
var init_student_t = __esm({
  "src/stats/dist/student-t.ts"() {
    "use strict";
    init_special();
    init_normal();
    quantiles = /* @__PURE__ */ new Map();
  }
});

// src/stats/t-interval.ts
function meanVar(x) {
  const n = x.length;
  const m = x.reduce((a, b) => a + b, 0) / n;
  const v = n > 1 ? x.reduce((s, v2) => s + (v2 - m) ** 2, 0) / (n - 1) : 0;
  return [m, v];
}
function fromStatistic(est, se, df, level) {
  if (se === 0) {
    const pLess = est < 0 ? 0 : 1;
    const pGreater = est > 0 ? 0 : 1;
    return { estimate: est, lo: est, hi: est, level, pLess, pGreater, exact: false, statistic: est === 0 ? 0 : Math.sign(est) * Infinity };
  }
  const t = est / se;
  const q = tQuantile(1 - (1 - level) / 2, df);
  return {
    estimate: est,
    lo: est - q * se,
    hi: est + q * se,
    level,
    pLess: tCdf(t, df),
    pGreater: tCdf(-t, df),
    exact: false,
    statistic: t
  };
}
function pairedT(d, level) {
  const [m, v] = meanVar(d);
  return fromStatistic(m, Math.sqrt(v / d.length), d.length - 1, level);
}
function welchT(x, y, level) {
  const [mx, vx] = meanVar(x);
  const [my, vy] = meanVar(y);
  const se = Math.sqrt(vx / x.length + vy / y.length);
  return fromStatistic(mx - my, se, welchDf(vx, x.length, vy, y.length), level);
}
var init_t_interval = __esm({
  "src/stats/t-interval.ts"() {
    "use strict";
    init_student_t();
  }
});

// src/stats/holm.ts
function holmAdjust(p) {
  const idx = p.map((v, i) => [v, i]).filter((e) => e[0] !== null);
  idx.sort((x, y) => x[0] - y[0]);
  const m = idx.length;
  const out = p.map(() => null);
  let running = 0;
  idx.forEach(([v, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * v));
    out[i] = running;
  });
  return out;
}
var init_holm = __esm({
  "src/stats/holm.ts"() {
    "use strict";
  }
});

// src/stats/flags.ts
import { quantileSorted } from "simple-statistics";
function madOfSorted(s, m) {
  const [a, b] = middleDeviations(s, m);
  return s.length % 2 === 1 ? b : (a + b) / 2;
}
function blocksOf(obs, idx) {
  return idx.map((i) => obs[i].block).join(", ");
}
function modifiedZOutliers(x, sorted) {
  if (x.length < 8) return [];
  const s = sorted ?? sortedCopy(x);
  const m = medianOfSorted(s);
  const mad = madOfSorted(s, m);
  if (mad === 0) return [];
  const out = [];
  for (let i = 0; i < x.length; i++) if (Math.abs(0.6745 * (x[i] - m) / mad) > MOD_Z_LIMIT) out.push(i);
  return out;
}
function tukeyOutliers(x, sorted) {
  if (x.length < 8) return [];
  const s = sorted ?? sortedCopy(x);
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  const iqr = q3 - q1;
  if (iqr === 0) return [];
  const out = [];
  for (let i = 0; i < x.length; i++) if (x[i] < q1 - 1.5 * iqr || x[i] > q3 + 1.5 * iqr) out.push(i);
  return out;
}
function driftRho(values, order, valueRanks = sortedWithRanks(Float64Array.from(values)).ranks) {
  const n = values.length;
  let increasing = true;
  for (let i = 1; i < n && increasing; i++) increasing = order[i] > order[i - 1];
  let ro;
  if (increasing) {
    const r = new Float64Array(n);
    for (let i = 0; i < n; i++) r[i] = i + 1;
    ro = r;
  } else ro = averageRanks(order).ranks;
  return spearmanOfRanks(ro, valueRanks);
}
function driftP(rho, n) {
  return Math.abs(rho) >= 1 ? 0 : 2 * tCdf(-Math.abs(tOfRho(rho, n)), n - 2);
}
function twoMeansCut(s) {
  const n = s.length;
  if (pre.length < n + 1) {
    pre = new Float64Array(2 * n + 1);
    pre2 = new Float64Array(2 * n + 1);
  }
  for (let i = 0; i < n; i++) {
    pre[i + 1] = pre[i] + s[i];
    pre2[i + 1] = pre2[i] + s[i] * s[i];
  }
  const sse = (a, b) => pre2[b] - pre2[a] - (pre[b] - pre[a]) ** 2 / (b - a);
  let best = Infinity;
  let cut = n;
  for (let k = 1; k < n; k++) {
    if (s[k] === s[k - 1]) continue;
    const v = sse(0, k) + sse(k, n);
    if (v < best) {
      best = v;
      cut = k;
    }
  }
  return cut;
}
function bimodality(x, sorted) {
  const n = x.length;
  if (n < 8) return null;
  const s = sorted ?? sortedCopy(x);
  const cut = twoMeansCut(s);
  if (cut === n || cut < 0.2 * n || n - cut < 0.2 * n) return null;
  const gap = s[cut] - s[cut - 1];
  const m1 = medianOfSorted(s.subarray(0, cut));
  const m2 = medianOfSorted(s.subarray(cut));
  const dev = new Float64Array(n);
  let below = 0;
  for (let i = 0; i < n; i++) {
    dev[i] = Math.abs(s[i] - (i < cut ? m1 : m2));
    if (dev[i] < gap / 4) below++;
  }
  if (below <= n - 1 >> 1) return null;
  const within = medianOfSorted(sortInPlace(dev));
  if (gap > 4 * within && gap > 0) return { low: cut, high: n - cut, gap };
  return null;
}
function qualityFlags(sides) {
  const flags = [];
  for (const { label, obs } of sides) {
    const n = obs.length;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = Math.log(obs[i].value);
    const { sorted, ranks } = sortedWithRanks(x);
    const z = modifiedZOutliers(x, sorted);
    if (z.length) flags.push(`outlier: ${label} block ${blocksOf(obs, z)} (modified z > ${MOD_Z_LIMIT})`);
    const t = tukeyOutliers(x, sorted);
    if (t.length) flags.push(`outlier: ${label} block ${blocksOf(obs, t)} outside Tukey fences (1.5\xB7IQR)`);
    if (n >= 6) {
      const rho = driftRho(x, obs.map((o, i) => o.seq ?? o.block ?? i), ranks);
      const p = Math.abs(rho) < 1 && Math.abs(tOfRho(rho, n)) < DRIFT_T_FLOOR ? 1 : driftP(rho, n);
      if (p < 0.01) {
        flags.push(`drift: ${label} ${rho < 0 ? "slows down" : "speeds up"} over the run (Spearman \u03C1 = ${rho.toFixed(2)}, p = ${p.toPrecision(2)})`);
      }
    }
    const bi = bimodality(x, sorted);
    if (bi) flags.push(`bimodal: ${label} splits ${bi.low}/${bi.high} launches with a gap of ${pct(Math.expm1(bi.gap))}`);
  }
  return flags;
}
var MOD_Z_LIMIT, sortedCopy, tOfRho, DRIFT_T_FLOOR, pre, pre2, pct;
var init_flags = __esm({
  "src/stats/flags.ts"() {
    "use strict";
    init_ranks();
    init_student_t();
    MOD_Z_LIMIT = 3.5;
    sortedCopy = (x) => sortInPlace(new Float64Array(x));
    tOfRho = (rho, n) => rho * Math.sqrt((n - 2) / (1 - rho * rho));
    DRIFT_T_FLOOR = 2.5;
    pre = new Float64Array(0);
    pre2 = new Float64Array(0);
    pct = (v) => `${(100 * v).toFixed(1)}%`;
  }
});

// src/stats/power.ts
function blocksNeeded(sigma, margin, alpha, estimate, paired) {
  const bound = Math.log1p(margin);
  const k = paired ? 1 : 2;
  const inside = Math.abs(estimate) < bound;
  const beta = inside ? (1 - POWER) / 2 : 1 - POWER;
  const delta = inside ? bound : Math.abs(estimate);
  if (!(sigma > 0)) return 2;
  let n = 2;
  for (let i = 0; i < 30; i++) {
    const df = Math.max(1, paired ? n - 1 : 2 * n - 2);
    const q = tQuantile(1 - alpha, df) + tQuantile(1 - beta, df);
    const next = Math.min(CAP, Math.max(2, Math.ceil(k * sigma * sigma * q * q / (delta * delta))));
    if (next === n) break;
    n = next;
  }
  return n;
}
var POWER, CAP;
var init_power = __esm({
  "src/stats/power.ts"() {
    "use strict";
    init_student_t();
    POWER = 0.8;
    CAP = 1e5;
  }
});

// src/stats/policy.ts
function stopsAt(pending, look) {
  if (pending.length === 0) return "decided";
  return look?.decided.some((d) => d.verdict === "regression") ? "regression" : null;
}
function gate(ws) {
  if (ws.length === 0) return "inconclusive";
  if (ws.some((w) => w.verdict === "regression")) return "regression";
  if (ws.some((w) => w.verdict === "failed")) return "failed";
  if (ws.every((w) => w.verdict === "neutral")) return "neutral";
  if (ws.every((w) => w.verdict === "neutral" || w.verdict === "improvement")) return "improvement";
  return "inconclusive";
}
function runOutcome(a) {
  return a.verdict === "inconclusive" && a.incomplete ? "incomplete" : a.verdict;
}
function combineOutcomes(outcomes) {
  for (const o of OUTCOME_ORDER) if (outcomes.includes(o)) return o;
  return "no-verdict";
}
function asGateOutcome(o) {
  return o === "no-verdict" ? "failed" : o;
}
function passes(outcome, policy = DEFAULT_POLICY) {
  switch (outcome) {
    case "neutral":
    case "improvement":
      return true;
    case "inconclusive":
      return policy.onInconclusive === "pass";
    case "incomplete":
      return policy.onIncomplete === "pass";
    case "regression":
    case "failed":
      return false;
  }
}
function signalExitCode(signal) {
  return 128 + SIGNAL_NUMBERS[signal];
}
function exitCodeFor(outcome, policy = DEFAULT_POLICY) {
  return passes(outcome, policy) ? EXIT.pass : EXIT.gateFailure;
}
function checkConclusion(outcome, policy = DEFAULT_POLICY) {
  if (!passes(outcome, policy)) return "failure";
  return outcome === "neutral" || outcome === "improvement" ? "success" : "neutral";
}
var OUTCOME_ORDER, DEFAULT_POLICY, EXIT, SIGNAL_NUMBERS;
var init_policy = __esm({
  "src/stats/policy.ts"() {
    "use strict";
    OUTCOME_ORDER = ["regression", "failed", "incomplete", "no-verdict", "inconclusive", "improvement", "neutral"];
    DEFAULT_POLICY = { onInconclusive: "pass", onIncomplete: "fail" };
    EXIT = {
      pass: 0,
      gateFailure: 1,
      badInput: 2,
      environment: 3
    };
    SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
  }
});

// src/stats/workload-input.ts
function checkInputs(inputs) {
  const seen = /* @__PURE__ */ new Set();
  for (const w of inputs) {
    validateValues(w);
    if (seen.has(w.name)) throw new UserError(`workload ${w.name} appears twice in the input`, "merge its observations into one entry");
    seen.add(w.name);
  }
}
function failedSide(w, warnings) {
  if (w.a.length > 0 && w.b.length > 0) return null;
  const missing = w.a.length === 0 ? "A" : "B";
  warnings.push(`workload ${w.name} has no ${missing} observations: it ran on one side only`);
  return { kind: "one-side", missing };
}
function pairingFlags(prep) {
  const flags = [];
  if (prep.unmatched.length) flags.push(`unmatched: ${prep.unmatched.join(", ")} left out of the paired analysis (no partner in the same block)`);
  if (!prep.paired) flags.push("unpaired: blocks did not match, compared as two independent samples");
  return flags;
}
function validateValues(w) {
  for (const [label, obs] of [["A", w.a], ["B", w.b]]) {
    for (const o of obs) {
      if (!(Number.isFinite(o.value) && o.value > 0)) {
        throw new UserError(
          `workload ${w.name}: variant ${label} block ${o.block} has throughput ${o.value} t/s`,
          "throughput must be a positive number of tokens per second; check that the launch really ran (a crashed or empty launch must be left out, not recorded as 0)"
        );
      }
    }
  }
}
function prepare(w) {
  const la = w.a.map((o) => Math.log(o.value));
  const lb = w.b.map((o) => Math.log(o.value));
  if (w.a.length >= 2 && w.a.length === w.b.length) {
    let same = true;
    for (let i = 0; i < w.a.length && same; i++) same = w.a[i].block === w.b[i].block && (i === 0 || w.a[i].block > w.a[i - 1].block);
    if (same) return { paired: true, n: la.length, d: lb.map((v, i) => v - la[i]), la, lb, unmatched: [] };
  }
  const byBlock2 = (obs) => {
    const m = /* @__PURE__ */ new Map();
    for (const o of obs) {
      if (m.has(o.block)) return null;
      m.set(o.block, o.value);
    }
    return m;
  };
  const ma = byBlock2(w.a);
  const mb = byBlock2(w.b);
  if (ma && mb) {
    const common = [...ma.keys()].filter((k) => mb.has(k)).sort((x, y) => x - y);
    if (common.length >= 2 && common.length * 2 >= Math.max(ma.size, mb.size)) {
      const d = common.map((k) => Math.log(mb.get(k)) - Math.log(ma.get(k)));
      const unmatched = [
        ...[...ma.keys()].filter((k) => !mb.has(k)).map((k) => `A block ${k}`),
        ...[...mb.keys()].filter((k) => !ma.has(k)).map((k) => `B block ${k}`)
      ];
      return { paired: true, n: common.length, d, la, lb, unmatched };
    }
  }
  return { paired: false, n: Math.min(la.length, lb.length), d: [], la, lb, unmatched: [] };
}
function sd(x) {
  if (x.length < 2) return 0;
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1));
}
function spreadOf(p, method) {
  const one = (x) => {
    if (x.length < 2) return 0;
    if (method === "t") return sd(x);
    const s = sortInPlace(Float64Array.from(x));
    const m = medianType7(s);
    const [lo, hi] = middleDeviations(s, m);
    const r = 1.4826 * (x.length % 2 === 1 ? hi : lo + 0.5 * (hi - lo));
    return r > 0 ? r : sd(x);
  };
  if (p.paired) return one(p.d);
  const a = one(p.la);
  const b = one(p.lb);
  return Math.sqrt((a * a + b * b) / 2);
}
var init_workload_input = __esm({
  "src/stats/workload-input.ts"() {
    "use strict";
    init_errors();
    init_ranks();
  }
});

// src/stats/analyze.ts
function validateOptions(opts) {
  if (!inRange(MARGIN, opts.margin)) {
    throw new UserError(`margin ${opts.margin} is out of range`, `give a relative margin ${rangeText(MARGIN)}, e.g. --margin ${MARGIN.example}`);
  }
  if (!(opts.alpha > 0 && opts.alpha < 0.5)) {
    throw new UserError(`alpha ${opts.alpha} is out of range`, "give a one-sided error rate between 0 and 0.5, e.g. --alpha 0.05");
  }
  if (opts.method !== "hl" && opts.method !== "t") {
    throw new UserError(`method ${String(opts.method)} is unknown`, "use --method hl (Hodges\u2013Lehmann, default) or --method t");
  }
  const k = opts.plannedLooks ?? 1;
  if (!(Number.isInteger(k) && k >= 1)) throw new UserError(`plannedLooks ${k} must be a positive integer`);
}
function minimumN(method, paired, level) {
  if (method === "t") return 2;
  for (let n = 1; n < 60; n++) {
    const achieved = paired ? 1 - 2 * signedRankCdf(0, n) : 1 - 2 * mannWhitneyCdf(0, n, n);
    if (achieved >= level - 1e-12) return n;
  }
  return 60;
}
function shift(p, method, level) {
  if (method === "t") return p.paired ? pairedT(p.d, level) : welchT(p.lb, p.la, level);
  return p.paired ? signedRankShift(p.d, level) : mannWhitneyShift(p.lb, p.la, level);
}
function emptyAnalysis(name, method, level, why, n = 0, paired = false) {
  return {
    name,
    n,
    paired,
    method,
    ratio: null,
    ci: null,
    ci_level: level,
    p_regression: null,
    p_regression_adj: null,
    p_improvement: null,
    p_improvement_adj: null,
    verdict: "inconclusive",
    blocks_needed: null,
    spread: null,
    flags: [],
    reason: "",
    why
  };
}
function analyze(inputs, opts) {
  validateOptions(opts);
  const looks = opts.plannedLooks ?? 1;
  const alpha = opts.alpha / looks;
  const level = 1 - 2 * alpha;
  const bound = Math.log1p(opts.margin);
  const warnings = [];
  checkInputs(inputs);
  if (inputs.length === 0) warnings.push("no workloads to analyze");
  const drafts = inputs.map((w) => {
    const failed = failedSide(w, warnings);
    if (failed) {
      const wa2 = emptyAnalysis(w.name, opts.method, level, failed);
      wa2.verdict = "failed";
      return {
        wa: wa2,
        res: null,
        prep: null,
        insufficient: null,
        identical: false
      };
    }
    const prep = prepare(w);
    const flags = [...qualityFlags([{ label: "A", obs: w.a }, { label: "B", obs: w.b }]), ...pairingFlags(prep)];
    const minN = minimumN(opts.method, prep.paired, level);
    const tooFewForT = opts.method === "t" && (prep.paired ? prep.n < 2 : prep.la.length < 2 || prep.lb.length < 2);
    if (tooFewForT) {
      const wa2 = emptyAnalysis(w.name, opts.method, level, { kind: "too-few-t", n: prep.n }, prep.n, prep.paired);
      wa2.flags = flags;
      wa2.blocks_needed = 2;
      return { wa: wa2, res: null, prep, insufficient: null, identical: false };
    }
    let res = shift(prep, opts.method, level);
    const identical = prep.paired && prep.n >= minN && prep.d.every((v) => v === 0);
    if (res.level < level - 1e-9 && !res.exact && opts.method === "hl" && prep.n >= minN) {
      res = prep.paired ? { ...res, lo: Math.min(...prep.d), hi: Math.max(...prep.d), level } : { ...res, lo: Math.min(...prep.lb) - Math.max(...prep.la), hi: Math.max(...prep.lb) - Math.min(...prep.la), level };
    }
    let insufficient = null;
    if ((res.level < level - 1e-9 || prep.n < minN) && !identical) {
      const test2 = opts.method === "t" ? "t" : prep.paired ? "signed-rank" : "Mann\u2013Whitney";
      insufficient = { kind: "too-few", n: prep.n, paired: prep.paired, minN, level, test: test2, reachable: res.level, needed: 0 };
    }
    const wa = {
      name: w.name,
      n: prep.n,
      paired: prep.paired,
      method: opts.method,
      ratio: Math.exp(res.estimate),
      ci: [Math.exp(res.lo), Math.exp(res.hi)],
      ci_level: res.level < level - 1e-9 ? res.level : level,
      p_regression: res.pLess,
      p_regression_adj: null,
      p_improvement: res.pGreater,
      p_improvement_adj: null,
      verdict: "inconclusive",
      blocks_needed: null,
      spread: spreadOf(prep, opts.method),
      flags,
      reason: ""
    };
    return { wa, res, prep, insufficient, identical };
  });
  const regAdj = holmAdjust(drafts.map((d) => d.wa.p_regression));
  const impAdj = holmAdjust(drafts.map((d) => d.wa.p_improvement));
  const nTested = drafts.filter((d) => d.wa.p_regression !== null).length;
  drafts.forEach((d, i) => {
    d.wa.p_regression_adj = regAdj[i];
    d.wa.p_improvement_adj = impAdj[i];
    if (d.res && d.prep) classify(d, { alpha, bound, margin: opts.margin, nTested, method: opts.method, level });
  });
  const workloads = drafts.map((d) => d.wa);
  return {
    verdict: gate(workloads),
    margin: opts.margin,
    alpha: opts.alpha,
    geomean_ratio: geomean(workloads),
    workloads,
    warnings
  };
}
function classify(d, c) {
  const wa = d.wa;
  const res = d.res;
  const prep = d.prep;
  const ci = { level: c.level, lo: wa.ci[0], hi: wa.ci[1], repeated: false };
  const needed = () => Math.max(minimumN(c.method, prep.paired, c.level), blocksNeeded(wa.spread ?? 0, c.margin, c.alpha, res.estimate, prep.paired));
  if (d.identical) {
    wa.verdict = "neutral";
    wa.why = { kind: "identical", n: prep.n };
    return;
  }
  if (d.insufficient) {
    wa.verdict = "inconclusive";
    wa.blocks_needed = needed();
    wa.why = { ...d.insufficient, needed: wa.blocks_needed };
    return;
  }
  const inside = res.lo >= -c.bound && res.hi <= c.bound;
  const regression = wa.p_regression_adj <= c.alpha && res.hi < 0;
  const improvement = wa.p_improvement_adj <= c.alpha && res.lo > 0;
  const by = Math.abs(1 - wa.ratio);
  if (inside) {
    wa.verdict = "neutral";
    wa.why = { kind: "neutral", ci, margin: c.margin, change: regression || improvement ? { by, slower: regression } : null };
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? "regression" : "improvement";
    const p = regression ? wa.p_regression : wa.p_improvement;
    const adj = regression ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.why = { kind: "changed", slower: regression, by, ci, p, adj, m: c.nTested, alpha: c.alpha };
    return;
  }
  wa.verdict = "inconclusive";
  wa.blocks_needed = needed();
  const more = { spread: wa.spread, paired: prep.paired, needed: { blocks: wa.blocks_needed, horizon: null } };
  if (res.hi < 0 || res.lo > 0) {
    const adj = res.hi < 0 ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.why = { kind: "not-significant", ci, adj, m: c.nTested, alpha: c.alpha, ...more };
  } else {
    wa.why = { kind: "wide", ci, margin: c.margin, ...more };
  }
}
function geomean(ws) {
  const r = ws.map((w) => w.ratio).filter((v) => v !== null);
  if (r.length === 0) return null;
  return Math.exp(r.reduce((s, v) => s + Math.log(v), 0) / r.length);
}
var MARGIN;
var init_analyze = __esm({
  "src/stats/analyze.ts"() {
    "use strict";
    init_errors();
    init_hodges_lehmann();
    init_t_interval();
    init_holm();
    init_flags();
    init_power();
    init_signed_rank();
    init_mann_whitney();
    init_policy();
    init_options();
    init_workload_input();
    MARGIN = optionSpec("analyze", "margin");
  }
});

// src/stats/dist/prng.ts
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
    z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
    return (z ^ z >>> 16) >>> 0;
  };
}
function createRng(seed) {
  const sm = splitmix32(seed);
  let a = sm(), b = sm(), c = sm(), d = sm();
  let spare = null;
  const nextU32 = () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = b << 9 >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = () => nextU32() / 4294967296;
  return {
    next,
    fill(out) {
      let p = a, q = b, r = c, s = d;
      for (let i = 0; i < out.length; i++) {
        const m = Math.imul(q, 5);
        const result = Math.imul(m << 7 | m >>> 25, 9) >>> 0;
        const t = q << 9;
        r ^= p;
        s ^= q;
        q ^= r;
        p ^= s;
        r ^= t;
        s = s << 11 | s >>> 21;
        out[i] = result / 4294967296;
      }
      a = p >>> 0;
      b = q >>> 0;
      c = r >>> 0;
      d = s >>> 0;
    },
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    }
  };
}
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}
var init_prng = __esm({
  "src/stats/dist/prng.ts"() {
    "use strict";
  }
});

// src/stats/gs-null-paths.ts
function vOfPattern() {
  if (patternV) return patternV;
  const size = 1 << EXACT_MAX;
  const v = new Int32Array(size);
  const pop = new Int32Array(size);
  for (let s = 1; s < size; s++) {
    pop[s] = pop[s >> 1] + (s & 1);
    v[s] = v[s >> 1] + pop[s >> 1] + (s & 1);
  }
  patternV = v;
  return v;
}
function columnOrder(paths, n) {
  const col = n - EXACT_MAX - 1;
  const hit = paths.sorted[col];
  if (hit) return hit;
  const column = paths.v.subarray(col * PATHS, (col + 1) * PATHS);
  const maxV = n * (n + 1) / 2;
  const start = PATHS < 65536 ? new Uint16Array(maxV + 2) : new Int32Array(maxV + 2);
  const count = new Int32Array(maxV + 2);
  for (let i = 0; i < PATHS; i++) count[column[i] + 1]++;
  for (let v = 1; v <= maxV + 1; v++) count[v] += count[v - 1];
  start.set(count);
  const order = new Uint16Array(PATHS);
  for (let i = 0; i < PATHS; i++) order[count[column[i]]++] = i;
  const out = { order, start };
  paths.sorted[col] = out;
  return out;
}
function nullPaths(horizon) {
  const hit = pathCache.get(horizon);
  if (hit) return hit;
  const rng = createRng(SEED + horizon);
  const width = horizon - EXACT_MAX;
  const pattern = new Int32Array(PATHS);
  const v = new Int32Array(PATHS * width);
  const perm = new Int32Array(horizon);
  const tree = new Int32Array(horizon + 1);
  const draws = new Float64Array(2 * horizon - 1);
  const tile = new Int32Array(TILE * width);
  for (let path11 = 0; path11 < PATHS; path11++) {
    rng.fill(draws);
    for (let i = 0; i < horizon; i++) perm[i] = i + 1;
    for (let i = horizon - 1, u = 0; i > 0; i--, u++) {
      const j = Math.floor(draws[u] * (i + 1));
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    tree.fill(0);
    let V = 0;
    let positives = 0;
    const row2 = path11 % TILE * width;
    for (let n = 1; n <= horizon; n++) {
      const x = perm[n - 1];
      const s = draws[horizon + n - 2] < 0.5 ? 1 : 0;
      let packed = 0;
      for (let i = x - 1; i > 0; i -= i & -i) packed += tree[i];
      const below = packed & 65535;
      V += positives - (packed >>> 16) + (s ? below + 1 : 0);
      const inc = s ? 65537 : 1;
      for (let i = x; i <= horizon; i += i & -i) tree[i] += inc;
      positives += s;
      if (n > EXACT_MAX) tile[row2 + n - EXACT_MAX - 1] = V;
    }
    let pat = 0;
    for (let i = 0; i < EXACT_MAX; i++) {
      if (draws[horizon - 1 + i] >= 0.5) continue;
      let r = 0;
      for (let j = 0; j < EXACT_MAX; j++) if (perm[j] < perm[i]) r++;
      pat |= 1 << r;
    }
    pattern[path11] = pat;
    if (path11 % TILE === TILE - 1) {
      const first = path11 - TILE + 1;
      for (let col = 0; col < width; col++) {
        for (let k = 0; k < TILE; k++) v[col * PATHS + first + k] = tile[k * width + col];
      }
    }
  }
  const out = { horizon, pattern, v, sorted: [] };
  pathCache.set(horizon, out);
  return out;
}
var EXACT_MAX, PATHS, TILE, SEED, patternV, pathCache;
var init_gs_null_paths = __esm({
  "src/stats/gs-null-paths.ts"() {
    "use strict";
    init_prng();
    EXACT_MAX = 16;
    PATHS = 1 << 15;
    TILE = 64;
    SEED = 1592598566;
    patternV = null;
    pathCache = /* @__PURE__ */ new Map();
  }
});

// src/stats/gs-signed-rank.ts
function largestFit(hist, base2, target) {
  let cum = base2;
  let c = -1;
  for (let v = 0; v < hist.length; v++) {
    const next = cum + hist[v];
    if (next > target * (1 + 1e-9) + TOL) break;
    cum = next;
    c = v;
  }
  return [c, cum];
}
function grow(p, from, to) {
  for (let n = from; n < to; n++) {
    const q = new Float64Array(p.length * 2);
    const share = 1 / (2 * (n + 1));
    for (let s = 0; s < p.length; s++) {
      const ps = p[s];
      if (ps === 0) continue;
      const w = ps * share;
      for (let r = 0; r <= n; r++) {
        const base2 = s & (1 << r) - 1 | s >> r << r + 1;
        q[base2] += w;
        q[base2 | 1 << r] += w;
      }
    }
    p = q;
  }
  return p;
}
function aliveOf(c) {
  if (!c.alive) {
    const { base: base2, sorted } = c.lazy;
    const alive = base2.slice();
    if (c.crit >= 0) {
      for (let k = 0; k < sorted.start[c.crit + 1]; k++) {
        const i = sorted.order[k];
        alive[i >>> 5] &= ~(1 << (i & 31));
      }
    }
    c.alive = alive;
    c.lazy = void 0;
  }
  return c.alive;
}
function chainFor(looks, horizon, alpha, spending) {
  const key = `${horizon}|${alpha}|${spending}|${looks.join(",")}`;
  const hit = chains.get(key);
  if (hit) {
    chains.delete(key);
    chains.set(key, hit);
    return hit;
  }
  const n = looks[looks.length - 1];
  const prev = looks.length > 1 ? chainFor(looks.slice(0, -1), horizon, alpha, spending) : { n: 1, exact: new Float64Array([0.5, 0.5]), w0: null, alive: null, total: 0, sumW2: 0, crit: -1 };
  const target = alphaSpent(spending, alpha, n / horizon);
  const maxV = n * (n + 1) / 2;
  let out;
  if (n <= EXACT_MAX) {
    const hist = new Float64Array(maxV + 1);
    const p = grow(prev.exact, prev.n, n);
    const V = vOfPattern();
    for (let s = 0; s < p.length; s++) if (p[s] > 0) hist[V[s]] += p[s];
    const [c, cum] = largestFit(hist, prev.total, target);
    if (c >= 0) {
      for (let s = 0; s < p.length; s++) if (V[s] <= c) p[s] = 0;
    }
    out = { n, exact: p, w0: null, alive: null, total: cum, sumW2: 0, crit: c };
  } else {
    const paths = nullPaths(horizon);
    let w;
    let alive;
    if (prev.n > EXACT_MAX) {
      w = prev.w0;
      alive = aliveOf(prev);
    } else {
      const p16 = grow(prev.exact, prev.n, EXACT_MAX);
      w = new Float32Array(PATHS);
      for (let i = 0; i < PATHS; i++) w[i] = p16[paths.pattern[i]] * TOP;
      alive = ALL_ALIVE;
    }
    const sorted = columnOrder(paths, n);
    const target1 = target * (1 + 1e-9) + TOL;
    let cum = prev.total;
    let sumW2 = prev.sumW2;
    let c = -1;
    for (let v = 0; v <= maxV; v++) {
      let h = 0, h2 = 0;
      for (let k = sorted.start[v], end = sorted.start[v + 1]; k < end; k++) {
        const i = sorted.order[k];
        if ((alive[i >>> 5] >>> (i & 31) & 1) === 0) continue;
        const wi = w[i];
        if (wi === 0) continue;
        h += wi / PATHS;
        h2 += wi * wi;
      }
      const next = cum + h;
      if (next + 2 * Math.sqrt(sumW2 + h2) / PATHS > target1) break;
      cum = next;
      sumW2 += h2;
      c = v;
    }
    out = { n, exact: null, w0: w, alive: null, lazy: { base: alive, sorted }, total: cum, sumW2, crit: c };
  }
  chains.set(key, out);
  if (chains.size > MAX_CHAINS) chains.delete(chains.keys().next().value);
  return out;
}
function signedRankLook(looks, horizon, alpha, spending) {
  const key = `${horizon}|${alpha}|${spending}|${looks.join(",")}`;
  const hit = results.get(key);
  if (hit) return hit;
  const c = chainFor(looks, horizon, alpha, spending);
  const out = { crit: c.crit, spent: c.total, se: Math.sqrt(c.sumW2) / PATHS };
  results.set(key, out);
  return out;
}
var TOL, chains, MAX_CHAINS, TOP, ALL_ALIVE, results;
var init_gs_signed_rank = __esm({
  "src/stats/gs-signed-rank.ts"() {
    "use strict";
    init_gs_null_paths();
    init_spending();
    TOL = 1e-12;
    chains = /* @__PURE__ */ new Map();
    MAX_CHAINS = 256;
    TOP = 1 << EXACT_MAX;
    ALL_ALIVE = new Uint32Array(PATHS / 32).fill(4294967295);
    results = /* @__PURE__ */ new Map();
  }
});

// src/stats/gs-normal.ts
function simpson(lo, hi, minPts) {
  let m = Math.max(3, Math.ceil(minPts));
  if (m % 2 === 0) m++;
  const x = new Float64Array(m);
  const w = new Float64Array(m);
  const h = (hi - lo) / (m - 1);
  for (let i = 0; i < m; i++) {
    x[i] = lo + i * h;
    w[i] = h / 3 * (i === 0 || i === m - 1 ? 1 : i % 2 ? 4 : 2);
  }
  return { x, w };
}
function solveDecreasing(f2, target) {
  let lo = -10, hi = 40;
  let b = 2;
  for (let i = 0; i < 100; i++) {
    const [v, d] = f2(b);
    const err = v - target;
    if (Math.abs(err) <= 1e-13 + 1e-10 * target) return b;
    if (err > 0) lo = b;
    else hi = b;
    let next = d < 0 ? b - err / d : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (hi - lo < 1e-12) return next;
    b = next;
  }
  return b;
}
function normalBoundary(fractions, alpha, spending) {
  const key = `${fractions.join(",")}|${alpha}|${spending}`;
  const hit = cache2.get(key);
  if (hit) return hit;
  const t = fractions;
  const steps = t.map((v, i) => v - (i ? t[i - 1] : 0));
  const hMin = Math.sqrt(Math.min(...steps)) / PER_SD;
  const z = [];
  const spent = [];
  let prev = 0;
  let grid = null;
  let dens = null;
  for (let k = 0; k < t.length; k++) {
    const target = Math.max(0, alphaSpent(spending, alpha, t[k]) - prev);
    const sdStep = Math.sqrt(steps[k]);
    const rt = Math.sqrt(t[k]);
    let b;
    if (k === 0) {
      b = target > 0 ? solveDecreasing((bb) => [normCdf(-bb), -normPdf(bb)], target) : Infinity;
    } else if (target <= 0) {
      b = Infinity;
    } else {
      const g = grid, f2 = dens;
      b = solveDecreasing((bb) => {
        let p = 0, d = 0;
        for (let i = 0; i < g.x.length; i++) {
          const u = (bb * rt - g.x[i]) / sdStep;
          const m = g.w[i] * f2[i];
          p += m * normCdf(-u);
          d -= m * normPdf(u) * rt / sdStep;
        }
        return [p, d];
      }, target);
    }
    z.push(b);
    prev += target;
    spent.push(prev);
    if (k === t.length - 1) break;
    const up = Number.isFinite(b) ? b * rt : RANGE * rt;
    const lo = -RANGE * rt;
    const next = simpson(lo, up, (up - lo) / hMin);
    const nd = new Float64Array(next.x.length);
    if (k === 0) {
      for (let j = 0; j < nd.length; j++) nd[j] = normPdf(next.x[j] / rt) / rt;
    } else {
      const g = grid, f2 = dens;
      for (let j = 0; j < nd.length; j++) {
        let s = 0;
        const xj = next.x[j];
        for (let i = 0; i < g.x.length; i++) {
          const u = (xj - g.x[i]) / sdStep;
          if (u > RANGE || u < -RANGE) continue;
          s += g.w[i] * f2[i] * Math.exp(-0.5 * u * u);
        }
        nd[j] = s / (sdStep * Math.sqrt(2 * Math.PI));
      }
    }
    grid = next;
    dens = nd;
  }
  const out = { z, nominal: z.map((v) => Number.isFinite(v) ? normCdf(-v) : 0), spent };
  cache2.set(key, out);
  return out;
}
var RANGE, PER_SD, cache2;
var init_gs_normal = __esm({
  "src/stats/gs-normal.ts"() {
    "use strict";
    init_normal();
    init_spending();
    RANGE = 8;
    PER_SD = 12;
    cache2 = /* @__PURE__ */ new Map();
  }
});

// src/stats/look-boundary.ts
function sequenceFor(d, n) {
  return [...d.looks.slice(0, -1).filter((l) => l < n), n];
}
function critical(d, n, paired, a, purpose = "equivalence") {
  const seq2 = sequenceFor(d, n);
  const curve = curveOf(d.spending, purpose);
  if (d.method === "hl" && paired) {
    const c = signedRankLook(seq2, d.horizon, a, curve).crit;
    return { c, nominal: c >= 0 ? signedRankCdf(c, n) : 0 };
  }
  const usable = seq2.filter((l) => l >= 2);
  if (usable.length === 0) return { c: -1, nominal: 0 };
  const nb = normalBoundary(usable.map((l) => l / d.horizon), a, curve);
  return { c: -1, nominal: nb.nominal[nb.nominal.length - 1] };
}
var init_look_boundary = __esm({
  "src/stats/look-boundary.ts"() {
    "use strict";
    init_signed_rank();
    init_gs_signed_rank();
    init_gs_normal();
    init_spending();
  }
});

// src/stats/look-verdict.ts
function neededBlocks(d, p, spread, estimate) {
  const n = p.n;
  const need = (next) => {
    const nominal = critical({ ...d, looks: [...d.looks.filter((l) => l < next), next] }, next, p.paired, d.alpha).nominal;
    return nominal > 0 ? blocksNeeded(spread, d.margin, nominal, estimate, p.paired) : Infinity;
  };
  if (n >= d.horizon) return blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired);
  if (need(d.horizon) > d.horizon) return Math.max(d.horizon + 1, blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired));
  let lo = n + 1, hi = d.horizon;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (need(mid) <= mid) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
function classify2(x, d, bound, spent, m) {
  const wa = x.wa;
  const prep = x.prep;
  const n = d.looks[d.looks.length - 1];
  const look = { n, horizon: d.horizon, spent, alpha: d.alpha };
  const needed = (estimate) => {
    if (d.skipBlocksNeeded) return { skipped: true };
    wa.blocks_needed = neededBlocks(d, prep, wa.spread ?? 0, estimate);
    return { blocks: wa.blocks_needed, horizon: d.horizon };
  };
  if (prep.paired && prep.d.every((v) => v === 0) && critical(d, prep.n, true, d.alpha).nominal > 0) {
    wa.verdict = "neutral";
    wa.ratio = 1;
    wa.ci = [1, 1];
    wa.why = { kind: "identical", n: prep.n, look };
    return;
  }
  if (!x.t) {
    wa.why = { kind: "too-early", n: prep.n, paired: prep.paired, test: d.method === "hl" && prep.paired ? "signed-rank" : "normal-theory", needed: needed(0), look };
    return;
  }
  const t = x.t;
  const ci = { level: t.level, lo: wa.ci[0], hi: wa.ci[1], repeated: true };
  const inside = t.lo >= -bound && t.hi <= bound;
  const regression = wa.p_regression_adj <= d.alpha && t.change.hi < 0;
  const improvement = wa.p_improvement_adj <= d.alpha && t.change.lo > 0;
  const by = Math.abs(1 - wa.ratio);
  if (inside) {
    wa.verdict = "neutral";
    wa.look = n;
    wa.why = { kind: "neutral", ci, margin: d.margin, change: regression || improvement ? { by, slower: regression } : null, look };
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? "regression" : "improvement";
    wa.look = n;
    const p = regression ? wa.p_regression : wa.p_improvement;
    const adj = regression ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.ci = [Math.exp(t.change.lo), Math.exp(t.change.hi)];
    wa.ci_level = t.change.level;
    const changeCi = { level: t.change.level, lo: wa.ci[0], hi: wa.ci[1], repeated: true };
    wa.why = { kind: "changed", slower: regression, by, ci: changeCi, p, adj, m, alpha: d.alpha, look };
    return;
  }
  wa.verdict = "inconclusive";
  const more = { spread: wa.spread, paired: prep.paired, needed: needed(t.estimate), look };
  if (t.hi < 0 || t.lo > 0) {
    const adj = t.hi < 0 ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.why = { kind: "not-significant", ci, adj, m, alpha: d.alpha, ...more };
  } else {
    wa.why = { kind: "wide", ci, margin: d.margin, ...more };
  }
}
var init_look_verdict = __esm({
  "src/stats/look-verdict.ts"() {
    "use strict";
    init_look_boundary();
    init_power();
  }
});

// src/stats/walsh.ts
function walshCount(d, x, inclusive) {
  const n = d.length;
  let count = 0;
  let j = n - 1;
  const x2 = 2 * x;
  if (inclusive) {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] > x2) j--;
      if (j < i) break;
      count += j - i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] >= x2) j--;
      if (j < i) break;
      count += j - i + 1;
    }
  }
  return count;
}
function walshKth(d, k, scratch2 = walshScratch()) {
  const n = d.length;
  let lo = d[0], hi = d[n - 1];
  let cLo = walshCount(d, lo, true);
  if (cLo >= k) return lo;
  let cHi = n * (n + 1) / 2;
  const N = cHi;
  const q = (k - 0.5) / N * (n - 1);
  const dq = d[Math.floor(q)] + q % 1 * (d[Math.ceil(q)] - d[Math.floor(q)]);
  const med3 = (d[n - 1 >> 1] + d[n >> 1]) / 2;
  const guess = med3 + (dq - med3) * Math.SQRT1_2;
  const spacing = (d[n - 1] - d[0]) / N * 128;
  const trials = [guess, guess - spacing, guess + spacing];
  let interpolate = true;
  let t = 0;
  while (cHi - cLo > 16) {
    const width = cHi - cLo;
    const trial = t < trials.length ? trials[t++] : NaN;
    if (trial === trial && !(trial > lo && trial < hi)) continue;
    let mid = trial === trial ? trial : interpolate ? lo + (hi - lo) * (k - cLo - 0.5) / width : lo + (hi - lo) / 2;
    if (!(mid > lo && mid < hi)) mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const c = walshCount(d, mid, true);
    if (c >= k) {
      hi = mid;
      cHi = c;
    } else {
      lo = mid;
      cLo = c;
    }
    interpolate = interpolate ? cHi - cLo <= width / 2 : true;
  }
  const m = cHi - cLo;
  if (scratch2.buf.length < m) scratch2.buf = new Float64Array(2 * m);
  const buf = scratch2.buf;
  let filled = 0;
  let top = n - 1;
  let low = n - 1;
  for (let i = 0; i < n; i++) {
    while (top >= i && (d[i] + d[top]) / 2 > hi) top--;
    if (top < i) break;
    while (low >= i && (d[i] + d[low]) / 2 > lo) low--;
    for (let j = Math.max(i, low + 1); j <= top; j++) buf[filled++] = (d[i] + d[j]) / 2;
  }
  const want = k - cLo - 1;
  return sortInPlace(buf, 0, m - 1)[want];
}
function walshMiddlePair(d, k, scratch2) {
  const w = walshKth(d, k, scratch2);
  if (walshCount(d, w, true) > k) return (w + w) / 2;
  const n = d.length;
  let next = Infinity;
  let j = n - 1;
  for (let i = 0; i < n; i++) {
    while (j > i && (d[i] + d[j - 1]) / 2 > w) j--;
    if (j < i) j = i;
    const v = (d[i] + d[j]) / 2;
    if (v > w && v < next) next = v;
  }
  return (w + next) / 2;
}
function walshMedian(sd2, scratch2 = walshScratch()) {
  const N = sd2.length * (sd2.length + 1) / 2;
  return N % 2 ? walshKth(sd2, (N + 1) / 2, scratch2) : walshMiddlePair(sd2, N / 2, scratch2);
}
var walshScratch;
var init_walsh = __esm({
  "src/stats/walsh.ts"() {
    "use strict";
    init_ranks();
    walshScratch = () => ({ buf: new Float64Array(64) });
  }
});

// src/stats/look.ts
function criticals(d) {
  const memo = /* @__PURE__ */ new Map();
  const split = d.spending === "split";
  return (n, paired, a, purpose) => {
    const key = `${n}|${paired}|${a}|${split ? purpose : ""}`;
    let c = memo.get(key);
    if (!c) memo.set(key, c = critical(d, n, paired, a, purpose));
    return c;
  };
}
function pairedEstimate(d, method, scratch2) {
  return method === "t" ? d.reduce((a, b) => a + b, 0) / d.length : walshMedian(sortInPlace(Float64Array.from(d)), scratch2);
}
function test(p, d, critOf, scratch2) {
  const at = critOf(p.n, p.paired, d.alpha, "equivalence");
  if (at.nominal <= 0) return null;
  const crit = (a) => critOf(p.n, p.paired, a, "change");
  const ch = crit(d.alpha);
  if (d.method === "hl" && p.paired) {
    const sd2 = sortInPlace(Float64Array.from(p.d));
    const N = sd2.length * (sd2.length + 1) / 2;
    const below = walshCount(sd2, 0, false);
    const atOrBelow = walshCount(sd2, 0, true);
    const V = N - atOrBelow;
    const lo = walshKth(sd2, at.c + 1, scratch2), hi = walshKth(sd2, N - at.c, scratch2);
    return {
      estimate: walshMedian(sd2, scratch2),
      lo,
      hi,
      level: 1 - 2 * at.nominal,
      change: ch === at ? { lo, hi, level: 1 - 2 * at.nominal } : { lo: walshKth(sd2, ch.c + 1, scratch2), hi: walshKth(sd2, N - ch.c, scratch2), level: 1 - 2 * ch.nominal },
      pLess: signedRankCdf(V, p.n),
      pGreater: signedRankSf(V, p.n),
      regressionAt: (a) => crit(a).c >= N - below,
      improvementAt: (a) => crit(a).c >= atOrBelow
    };
  }
  const interval = (level2) => d.method === "t" ? p.paired ? pairedT(p.d, level2) : welchT(p.lb, p.la, level2) : mannWhitneyShift(p.lb, p.la, level2);
  const level = 1 - 2 * at.nominal;
  const r = interval(level);
  const c = ch === at || ch.nominal <= 0 ? null : interval(1 - 2 * ch.nominal);
  return {
    estimate: r.estimate,
    lo: r.lo,
    hi: r.hi,
    level,
    pLess: r.pLess,
    pGreater: r.pGreater,
    change: c ? { lo: c.lo, hi: c.hi, level: 1 - 2 * ch.nominal } : { lo: r.lo, hi: r.hi, level },
    regressionAt: (a) => r.pLess <= crit(a).nominal,
    improvementAt: (a) => r.pGreater <= crit(a).nominal
  };
}
function repeatedP(levels, rejects) {
  if (!rejects(levels[levels.length - 1])) return 1;
  let lo = 0, hi = levels.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (rejects(levels[mid])) hi = mid;
    else lo = mid + 1;
  }
  return levels[hi];
}
function analyzeLook(inputs, d, carry = { regression: [], improvement: [] }) {
  const n = d.looks[d.looks.length - 1];
  const bound = Math.log1p(d.margin);
  const spent = alphaSpent(d.spending, d.alpha, n / d.horizon);
  const warnings = [];
  checkInputs(inputs);
  const m = inputs.length + carry.regression.length;
  const levels = Array.from({ length: Math.max(1, m) }, (_, j) => d.alpha / (m - j));
  const critOf = criticals(d);
  const scratch2 = walshScratch();
  const drafts = inputs.map((w) => {
    const base2 = {
      name: w.name,
      n: 0,
      paired: false,
      method: d.method,
      ratio: null,
      ci: null,
      ci_level: 1 - 2 * d.alpha,
      p_regression: null,
      p_regression_adj: null,
      p_improvement: null,
      p_improvement_adj: null,
      verdict: "inconclusive",
      blocks_needed: null,
      spread: null,
      flags: [],
      reason: "",
      look: null,
      alpha_spent: spent,
      alpha_remaining: Math.max(0, d.alpha - spent)
    };
    const failed = failedSide(w, warnings);
    if (failed) {
      base2.verdict = "failed";
      base2.why = failed;
      return { wa: base2, t: null, prep: null, repReg: 1, repImp: 1 };
    }
    const prep = prepare(w);
    const flags = pairingFlags(prep);
    Object.assign(base2, { n: prep.n, paired: prep.paired, flags, spread: spreadOf(prep, d.method) });
    const identical = prep.paired && prep.d.every((v) => v === 0);
    const t = identical ? null : test(prep, d, critOf, scratch2);
    if (!t) {
      if (!identical && prep.paired && prep.n > 0) base2.ratio = Math.exp(pairedEstimate(prep.d, d.method, scratch2));
      return { wa: base2, t: null, prep, repReg: 1, repImp: 1 };
    }
    Object.assign(base2, {
      ratio: Math.exp(t.estimate),
      ci: [Math.exp(t.lo), Math.exp(t.hi)],
      ci_level: t.level,
      p_regression: t.pLess,
      p_improvement: t.pGreater
    });
    return { wa: base2, t, prep, repReg: repeatedP(levels, t.regressionAt), repImp: repeatedP(levels, t.improvementAt) };
  });
  const regAdj = holmAdjust([...drafts.map((x) => x.repReg), ...carry.regression]);
  const impAdj = holmAdjust([...drafts.map((x) => x.repImp), ...carry.improvement]);
  drafts.forEach((x, i) => {
    if (!x.prep) return;
    x.wa.p_regression_adj = x.t ? regAdj[i] : null;
    x.wa.p_improvement_adj = x.t ? impAdj[i] : null;
    classify2(x, d, bound, spent, m);
    if (!d.decidedOnly || x.wa.verdict !== "inconclusive") x.wa.flags.unshift(...qualityFlags([{ label: "A", obs: inputs[i].a }, { label: "B", obs: inputs[i].b }]));
  });
  const workloads = drafts.map((x) => x.wa);
  return { verdict: gate(workloads), margin: d.margin, alpha: d.alpha, geomean_ratio: geomean(workloads), workloads, warnings };
}
var init_look = __esm({
  "src/stats/look.ts"() {
    "use strict";
    init_analyze();
    init_workload_input();
    init_look_verdict();
    init_look_boundary();
    init_policy();
    init_hodges_lehmann();
    init_t_interval();
    init_holm();
    init_flags();
    init_ranks();
    init_signed_rank();
    init_walsh();
    init_spending();
  }
});

// src/stats/sequential.ts
function validateLooks(looks) {
  if (looks.length === 0 || !looks.every((l) => Number.isInteger(l) && l >= 1)) {
    throw new UserError(`looks ${JSON.stringify(looks)} must be positive whole block counts`, "e.g. looks 5,10,20,30");
  }
}
function designState(opts) {
  const s = opts.state;
  const horizon = s?.horizon ?? opts.horizon ?? Math.max(...opts.looks);
  if (!(Number.isInteger(horizon) && horizon >= 2 && horizon <= MAX_HORIZON)) {
    throw new UserError(`horizon ${horizon} must be a whole number of blocks between 2 and ${MAX_HORIZON}`, "e.g. --horizon 60");
  }
  if (s) {
    if (s.version !== 2 || !Array.isArray(s.looks)) throw new UserError("the persisted design state is not a version 2 design", "start a new experiment");
    for (const k of ["method", "alpha", "margin"]) {
      if (s[k] !== opts[k]) {
        throw new UserError(`the experiment was declared with ${k} ${s[k]}, not ${opts[k]}: a design cannot change after its first look`, `rerun with --${k} ${s[k]}, or start a new experiment`);
      }
    }
  }
  if (opts.nBlocks > horizon) {
    throw new UserError(
      `${opts.nBlocks} blocks exceed the declared horizon of ${horizon}: the sequential design has no \u03B1 left beyond it`,
      `extend at most to ${horizon} blocks, or declare a larger horizon when starting the next experiment, e.g. --horizon ${Math.min(MAX_HORIZON, 2 * horizon)}`
    );
  }
  return s ? { ...s, looks: s.looks.map((l) => ({ ...l, decided: [...l.decided] })) } : { version: 2, method: opts.method, alpha: opts.alpha, margin: opts.margin, horizon, spending: opts.spending ?? DEFAULT_SPENDING, looks: [] };
}
function snapshot(inputs) {
  return {
    names: inputs.map((w) => w.name),
    data: inputs.map((w) => {
      const out = new Float64Array(3 * (w.a.length + w.b.length) + 1);
      let k = 0;
      for (const side2 of [w.a, w.b]) {
        for (const o of side2) {
          out[k++] = o.block;
          out[k++] = o.value;
          out[k++] = o.seq ?? NaN;
        }
        if (side2 === w.a) out[k++] = NaN;
      }
      return out;
    })
  };
}
function sameSnapshot(x, y) {
  if (x.names.length !== y.names.length) return false;
  for (let i = 0; i < x.names.length; i++) {
    const p = x.data[i], q = y.data[i];
    if (x.names[i] !== y.names[i] || p.length !== q.length) return false;
    for (let k = 0; k < p.length; k++) if (p[k] !== q[k] && !(p[k] !== p[k] && q[k] !== q[k])) return false;
  }
  return true;
}
function remembered(key) {
  const steps = replays.get(key) ?? [];
  replays.delete(key);
  replays.set(key, steps);
  if (replays.size > MAX_REPLAYS) replays.delete(replays.keys().next().value);
  return steps;
}
function decide(inputs, opts) {
  validateLooks(opts.looks);
  const state = designState(opts);
  const blockOrder2 = [...new Set(inputs.flatMap((w) => [...w.a, ...w.b].map((o) => o.block)))].sort((a, b) => a - b);
  const nBlocks = Math.min(opts.nBlocks, blockOrder2.length);
  const taken = state.looks.length ? state.looks.map((l) => l.blocks) : opts.looks.filter((l) => l < nBlocks);
  const atLook = opts.looks.includes(opts.nBlocks) || opts.nBlocks === state.horizon || state.looks.some((l) => l.blocks === opts.nBlocks);
  const sequence = [.../* @__PURE__ */ new Set([...taken.filter((l) => l <= nBlocks), ...atLook ? [nBlocks] : []])].filter((l) => l >= 1).sort((a, b) => a - b);
  let decided = /* @__PURE__ */ new Map();
  let carry = { regression: [], improvement: [] };
  const looks = [];
  let latest = null;
  const steps = remembered(`${state.method}|${state.alpha}|${state.margin}|${state.horizon}|${state.spending}`);
  const rank = new Map(blockOrder2.map((b, r) => [b, r]));
  const upTo = (look) => inputs.map((w) => ({ name: w.name, a: w.a.filter((o) => rank.get(o.block) < look), b: w.b.filter((o) => rank.get(o.block) < look) }));
  const forecast = opts.forecast ?? true;
  const skipAt = (look) => look !== nBlocks || !forecast;
  const matches = (i) => steps[i] && steps[i].look === sequence[i] && (sequence[i] !== nBlocks || !steps[i].decidedOnly && steps[i].skipBlocksNeeded === skipAt(nBlocks));
  let reuse = 0;
  while (reuse < sequence.length && matches(reuse)) reuse++;
  while (reuse > 0 && !steps[reuse - 1].data) reuse--;
  if (reuse > 0 && !sameSnapshot(steps[reuse - 1].data, snapshot(upTo(sequence[reuse - 1])))) reuse = 0;
  steps.length = reuse;
  sequence.forEach((look, i) => {
    let step;
    if (i < reuse) step = steps[i];
    else {
      const skipBlocksNeeded = skipAt(look);
      const decidedOnly = look !== nBlocks;
      const truncated = upTo(look);
      const design2 = {
        alpha: state.alpha,
        margin: state.margin,
        method: state.method,
        horizon: state.horizon,
        spending: state.spending,
        looks: sequence.slice(0, i + 1),
        skipBlocksNeeded,
        decidedOnly
      };
      const atThis = analyzeLook(truncated.filter((w) => !decided.has(w.name)), design2, carry);
      const after = new Map(decided);
      const next = { regression: [...carry.regression], improvement: [...carry.improvement] };
      const newly = [];
      for (const w of atThis.workloads) {
        if (w.verdict === "inconclusive") continue;
        after.set(w.name, { ...w, flags: [...w.flags, `decided at look ${i + 1} (${look} of ${state.horizon} blocks)`] });
        next.regression.push(w.verdict === "regression" ? 0 : w.p_regression_adj ?? 1);
        next.improvement.push(w.verdict === "improvement" ? 0 : w.p_improvement_adj ?? 1);
        newly.push({ name: w.name, verdict: w.verdict });
      }
      step = { look, skipBlocksNeeded, decidedOnly, data: null, decided: after, carry: next, newly, analysis: atThis };
      steps.push(step);
    }
    decided = step.decided;
    carry = step.carry;
    if (look === nBlocks) latest = structuredClone(step.analysis);
    const prior = state.looks.find((l) => l.blocks === look);
    looks.push({ blocks: look, ...prior?.at ? { at: prior.at } : look === nBlocks && opts.at ? { at: opts.at } : {}, alpha_spent: alphaSpent(state.spending, state.alpha, look / state.horizon), decided: step.newly.map((x) => ({ ...x })) });
  });
  const lastStep = steps[steps.length - 1];
  if (lastStep && !lastStep.data) lastStep.data = snapshot(upTo(lastStep.look));
  decided = new Map([...decided].map(([k, w]) => [k, structuredClone(w)]));
  const lastDesign = {
    alpha: state.alpha,
    margin: state.margin,
    method: state.method,
    horizon: state.horizon,
    spending: state.spending,
    looks: [...sequence.filter((l) => l < nBlocks), nBlocks],
    skipBlocksNeeded: !forecast
  };
  const current = latest ?? analyzeLook(inputs.filter((w) => !decided.has(w.name)), lastDesign, carry);
  const byName = new Map(current.workloads.map((w) => [w.name, w]));
  const workloads = inputs.map((w) => {
    const got = decided.get(w.name);
    if (got) return got;
    const open2 = byName.get(w.name);
    return latest || open2.verdict === "failed" ? open2 : { ...open2, verdict: "inconclusive", look: null, why: open2.why && { ...open2.why, between: true } };
  });
  const spentNow = alphaSpent(state.spending, state.alpha, (sequence[sequence.length - 1] ?? 0) / state.horizon);
  for (const w of workloads) {
    if (!decided.has(w.name)) {
      w.alpha_spent = spentNow;
      w.alpha_remaining = Math.max(0, state.alpha - spentNow);
    }
  }
  lookHistory(workloads, looks, state.horizon);
  const pending = workloads.filter((w) => !decided.has(w.name)).map((w) => w.name);
  const warnings = inputs.length === 0 ? ["no workloads to analyze", ...current.warnings] : current.warnings;
  return {
    analysis: { ...current, verdict: gate(workloads), geomean_ratio: geomean(workloads), workloads, warnings },
    pending,
    atLook,
    state: { ...state, looks }
  };
}
function lookHistory(workloads, looks, horizon) {
  const at = new Map(looks.flatMap((l, k) => l.decided.map((d) => [d.name, k])));
  for (const w of workloads) {
    if (!w.why) continue;
    const k = at.get(w.name);
    if (k !== void 0) {
      w.why = { ...w.why, history: { decidedAt: k + 1, blocks: looks[k].blocks, horizon, openAt: looks.slice(0, k).map((l) => l.blocks) } };
    } else if (looks.length > 0 && w.verdict !== "failed") {
      w.why = { ...w.why, history: { openAt: looks.map((l) => l.blocks), horizon } };
    }
  }
}
var replays, MAX_REPLAYS;
var init_sequential = __esm({
  "src/stats/sequential.ts"() {
    "use strict";
    init_analyze();
    init_policy();
    init_look();
    init_spending();
    init_errors();
    replays = /* @__PURE__ */ new Map();
    MAX_REPLAYS = 8;
  }
});

// src/stats/design-replay.ts
function designOf(plan2) {
  return { margin: plan2.margin, alpha: plan2.alpha, method: plan2.method, looks: plan2.looks, horizon: plan2.horizon ?? plan2.maxBlocks, spending: plan2.spending };
}
function countedBlocksOf(r) {
  return Math.max(0, ...[...r.launches, ...r.depthLaunches ?? []].map((l) => l.block + 1 - r.plan.warmupBlocks));
}
function trustedDesign(r, inputs, counted) {
  if (!r.design) return {};
  const problem = designProblem(r, r.design, inputs, counted);
  if (problem === null) return { state: r.design };
  return { warning: `the results file's design state was not used (${problem}); decided with the plan's looks` };
}
function designProblem(r, s, inputs, counted) {
  const plan2 = designOf(r.plan);
  const declared = { method: plan2.method, alpha: plan2.alpha, margin: plan2.margin, horizon: plan2.horizon, spending: plan2.spending ?? DEFAULT_SPENDING };
  for (const k of Object.keys(declared)) {
    if (s[k] !== declared[k]) return `its ${k} ${s[k]} is not the plan's ${declared[k]}`;
  }
  const looks = s.looks.map((l) => l.blocks);
  for (const [i, l] of looks.entries()) {
    if (i > 0 && l <= looks[i - 1]) return `its looks ${looks.join(", ")} do not increase`;
    if (l > counted) return `its look at ${l} blocks is past the ${counted} blocks measured`;
    if (!plan2.looks.includes(l) && l !== plan2.horizon) return `its look at ${l} blocks is not a look of the plan (${plan2.looks.join(", ")}; horizon ${plan2.horizon})`;
  }
  const stops = stopPoints(r, inputs, counted);
  const mismatch = stopMismatch(stops, decidedAt(inputs, plan2, counted, s));
  if (mismatch) return mismatch;
  for (const l of plan2.looks.filter((x) => x < counted && !looks.includes(x))) {
    const withLook = { ...s, looks: [...s.looks, { blocks: l, alpha_spent: 0, decided: [] }].sort((a, b) => a.blocks - b.blocks) };
    if (stopMismatch(stops, decidedAt(inputs, plan2, counted, withLook)) === null) {
      return `the plan's look at ${l} blocks is missing, and no launch shows it was skipped`;
    }
  }
  return null;
}
function stopPoints(r, inputs, counted) {
  const index = (block) => block + 1 - r.plan.warmupBlocks;
  const lastOf = (blocks) => Math.max(0, ...blocks.map(index));
  const units = r.plan.workloads.map((w) => {
    const mine = r.launches.filter((l) => l.workload === w.id);
    const failing = ["A", "B"].some((v) => mine.some((l) => l.variant === v) && !mine.some((l) => l.variant === v && l.status === "ok"));
    return { names: [w.id], last: lastOf(mine.map((l) => l.block)), failing };
  });
  const points = inputs.filter((w) => w.point !== void 0).map((w) => w.name);
  if (points.length > 0) units.push({ names: points, last: lastOf((r.depthLaunches ?? []).map((l) => l.block)) });
  const lastBlock = r.schedule.blocks.find((b) => index(b.block) === counted);
  const ran = [...r.launches, ...r.depthLaunches ?? []].filter((l) => index(l.block) === counted).length;
  return { through: lastBlock && ran >= lastBlock.order.length ? counted : counted - 1, units };
}
function decidedAt(inputs, plan2, counted, state) {
  const { state: replayed } = decide(inputs, { ...plan2, nBlocks: counted, state, forecast: false });
  return new Map(replayed.looks.flatMap((l) => l.decided.map((d) => [d.name, l.blocks])));
}
function stopMismatch(stops, at) {
  for (const u of stops.units) {
    if (u.last === 0) continue;
    const looks = u.names.map((n) => at.get(n));
    const decided = looks.every((l) => l !== void 0) ? Math.max(...looks) : void 0;
    const name = u.names.length > 1 ? "the depth sweep" : u.names[0];
    if (u.last < stops.through && decided !== u.last && !u.failing) {
      return `${name} was measured up to block ${u.last} but its looks ${decided === void 0 ? "never decide it" : `decide it at ${decided}`}`;
    }
    if (decided !== void 0 && decided < u.last) return `${name} is decided at the look at ${decided} blocks but was measured up to block ${u.last}`;
  }
  return null;
}
var init_design_replay = __esm({
  "src/stats/design-replay.ts"() {
    "use strict";
    init_sequential();
    init_spending();
  }
});

// src/plan/depth-sweep.ts
function depthPointId(metric, depth) {
  return `${DEPTH_FAMILY}:${metric}@d${depth}`;
}
function timesPromptAt(tool, depth) {
  return !(tool === BATCHED_BENCH && depth === 0);
}
function depthGatePoints(plan2, tool) {
  return (plan2.depthSweep?.depths ?? []).flatMap((depth) => [
    { metric: "tg", depth },
    ...timesPromptAt(tool, depth) ? [{ metric: "pp", depth }] : []
  ]);
}
function depthPointIds(depths) {
  return new Set([...depths].flatMap((d) => ["tg", "pp", "mem"].map((m) => depthPointId(m, d))));
}
var DEPTH_FAMILY, SWEEP_BENCH, BATCHED_BENCH;
var init_depth_sweep = __esm({
  "src/plan/depth-sweep.ts"() {
    "use strict";
    DEPTH_FAMILY = "sweep";
    SWEEP_BENCH = "llama-sweep-bench";
    BATCHED_BENCH = "llama-batched-bench";
  }
});

// src/stats/from-results.ts
function launchValue(rec) {
  const x = rec.samplesTs;
  return x.length === 0 ? rec.avgTs : medianType7(sortInPlace(Float64Array.from(x)));
}
function observation(l) {
  if (l.status !== "ok" || l.warmup || l.records.length === 0) return null;
  return { block: l.block, value: launchValue(l.records[0]), seq: l.seq };
}
function workloadInputsFromResults(results3) {
  return [
    ...workloadInputsFromLaunches(results3.plan.workloads.map((w) => w.id), results3.launches),
    ...depthInputsFromResults(results3)
  ];
}
function workloadInputsFromLaunches(workloadIds, launches) {
  const by = new Map(workloadIds.map((id) => [id, { name: id, a: [], b: [] }]));
  for (const l of launches) {
    const w = by.get(l.workload);
    if (!w || l.variant !== "A" && l.variant !== "B") continue;
    const o = observation(l);
    if (o) (l.variant === "A" ? w.a : w.b).push(o);
  }
  return workloadIds.map((id) => by.get(id));
}
function depthToolOf(results3) {
  return results3.builds.find((b) => b.ok && b.depthTool)?.depthTool ?? results3.depthLaunches?.[0]?.tool ?? null;
}
function countedDepthLaunches(launches) {
  return (launches ?? []).filter((l) => l.status === "ok" && !l.warmup);
}
function depthInputsFromResults(results3) {
  if (!results3.plan.depthSweep) return [];
  const launches = countedDepthLaunches(results3.depthLaunches);
  return depthGatePoints(results3.plan, depthToolOf(results3)).map((point) => {
    const value = (p) => point.metric === "tg" ? p.speedTg : p.speedPp;
    const name = depthPointId(point.metric, point.depth);
    return { name, a: depthObservations(launches, "A", point.depth, value), b: depthObservations(launches, "B", point.depth, value), point };
  });
}
function depthObservations(launches, variant2, depth, value) {
  const out = [];
  for (const l of launches) {
    if (l.variant !== variant2) continue;
    const p = l.points.find((x) => x.depth === depth);
    const v = p ? value(p) : null;
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out.push({ block: l.block, value: v, seq: l.seq });
  }
  return out;
}
var init_from_results = __esm({
  "src/stats/from-results.ts"() {
    "use strict";
    init_ranks();
    init_depth_sweep();
  }
});

// src/stats/depth-memory.ts
import { median } from "simple-statistics";
function depthMemoryAnalysis(results3) {
  const { plan: plan2 } = results3;
  if (!plan2.depthSweep) return [];
  const launches = countedDepthLaunches(results3.depthLaunches);
  const level = 1 - 2 * plan2.alpha;
  return plan2.depthSweep.depths.map((depth) => {
    const name = depthPointId("mem", depth);
    const total = (v) => depthObservations(launches, v, depth, (p) => p.memory?.rssKiB);
    const anon = (v) => depthObservations(launches, v, depth, (p) => p.memory?.anonKiB);
    const med3 = (xs) => xs.length ? median(xs.map((o) => o.value)) : null;
    const [a, b] = [total("A"), total("B")];
    const base2 = { name, depth, a_kib: med3(a), b_kib: med3(b), a_anon_kib: med3(anon("A")), b_anon_kib: med3(anon("B")), ci_level: level };
    if (a.length === 0 || b.length === 0) return { ...base2, n: 0, ratio: null, ci: null };
    const [w] = analyze([{ name, a, b }], { margin: plan2.margin, alpha: plan2.alpha, method: "hl" }).workloads;
    const full = w.ci !== null && w.ci_level >= level - 1e-9;
    return { ...base2, n: w.n, ratio: w.ratio, ci: full ? w.ci : null };
  });
}
function withDepthMemory(analysis2, results3) {
  return results3.plan.depthSweep ? { ...analysis2, depth_memory: depthMemoryAnalysis(results3) } : analysis2;
}
function peakRssRatio(plan2, workload, launches) {
  const obs = (v) => launches.filter((l) => l.variant === v && l.memory.peakRssKiB > 0).map((l) => ({ block: l.block, value: l.memory.peakRssKiB, seq: l.seq }));
  const a = obs("A");
  const b = obs("B");
  const pairs = a.filter((x) => b.some((y) => y.block === x.block));
  const ties = pairs.filter((x) => b.find((y) => y.block === x.block).value === x.value).length;
  const runLevel = 1 - 2 * plan2.alpha;
  const run2 = (method2) => analyze([{ name: workload, a, b }], { margin: plan2.margin, alpha: plan2.alpha, method: method2 }).workloads[0];
  let wa = run2("hl");
  let method = "hl";
  if (!wa || wa.ratio === null || !wa.ci || wa.ci_level < runLevel - 1e-9) return null;
  if (!contains(wa.ci, wa.ratio)) {
    wa = run2("t");
    method = "t";
    if (!wa || wa.ratio === null || !wa.ci || !contains(wa.ci, wa.ratio)) return null;
  }
  return { ratio: wa.ratio, ci: wa.ci, level: wa.ci_level, method, ties, pairs: pairs.length };
}
var contains;
var init_depth_memory = __esm({
  "src/stats/depth-memory.ts"() {
    "use strict";
    init_analyze();
    init_from_results();
    init_depth_sweep();
    contains = (ci, x) => ci[0] <= x + 1e-12 && x <= ci[1] + 1e-12;
  }
});

// src/sys/scratch.ts
import { mkdtempSync, rmSync as rmSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join5 } from "node:path";
function removeAll() {
  for (const dir of live) rmSync2(dir, { recursive: true, force: true });
  live.clear();
}
function scratchDir(prefix) {
  if (!hooked) {
    process.on("exit", removeAll);
    hooked = true;
  }
  const dir = mkdtempSync(join5(tmpdir(), prefix));
  live.add(dir);
  return dir;
}
function dropScratch(dir) {
  rmSync2(dir, { recursive: true, force: true });
  live.delete(dir);
}
var live, hooked;
var init_scratch = __esm({
  "src/sys/scratch.ts"() {
    "use strict";
    live = /* @__PURE__ */ new Set();
    hooked = false;
  }
});

// src/host/cpulist.ts
function parseCpuList(text) {
  const t = text.trim();
  if (t === "") return [];
  const out = /* @__PURE__ */ new Set();
  for (const part of t.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const lo = Number(m[1]);
    const hi = m[2] === void 0 ? lo : Number(m[2]);
    if (hi < lo || hi - lo > 65536) return null;
    for (let i = lo; i <= hi; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
function formatCpuList(cpus) {
  const s = [...new Set(cpus)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    parts.push(i === j ? `${s[i]}` : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}
var init_cpulist = __esm({
  "src/host/cpulist.ts"() {
    "use strict";
  }
});

// src/host/damon.ts
import { readFileSync as readFileSync3, readdirSync } from "node:fs";
import { join as join6 } from "node:path";
function read(root, rel2) {
  try {
    return readFileSync3(join6(root, rel2), "utf8").trim();
  } catch {
    return null;
  }
}
function numbered(root, rel2) {
  try {
    return readdirSync(join6(root, rel2)).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(a) - Number(b));
  } catch {
    return [];
  }
}
function readProactiveReclaim(root = "/") {
  const kdamonds = numbered(root, ADMIN).map((id) => {
    const base2 = `${ADMIN}/${id}`;
    const actions = numbered(root, `${base2}/contexts`).flatMap(
      (c) => numbered(root, `${base2}/contexts/${c}/schemes`).map((s) => read(root, `${base2}/contexts/${c}/schemes/${s}/action`))
    );
    return { id, state: read(root, `${base2}/state`), actions };
  });
  const enabled = read(root, RECLAIM_ENABLED);
  const damonReclaim = enabled === null ? null : /^(Y|1)$/i.test(enabled);
  const reclaiming = (k) => k.state === "on" && k.actions.includes("pageout");
  const unknown = (k) => k.state === null || k.state === "on" && k.actions.includes(null);
  const active = damonReclaim === true || kdamonds.some(reclaiming) ? true : kdamonds.some(unknown) ? null : false;
  return { active, kdamonds, damonReclaim };
}
function reclaimWarning(r, modelMapped) {
  return r?.active === true && modelMapped ? RECLAIM_MMAP_WARNING : null;
}
function describeReclaim(r) {
  if (!r) return "not recorded";
  const on = r.kdamonds.filter((k) => k.state === "on" && k.actions.includes("pageout")).map((k) => `kdamond ${k.id}`);
  if (r.damonReclaim) on.push("damon_reclaim");
  if (r.active === true) return `DAMON pageout active (${on.join(", ")})`;
  if (r.active === null) return "unknown (DAMON state not readable; run as root to read it)";
  return r.kdamonds.length || r.damonReclaim !== null ? "none (DAMON present, no pageout scheme running)" : "none";
}
var ADMIN, RECLAIM_ENABLED, RECLAIM_MMAP_WARNING;
var init_damon = __esm({
  "src/host/damon.ts"() {
    "use strict";
    ADMIN = "sys/kernel/mm/damon/admin/kdamonds";
    RECLAIM_ENABLED = "sys/module/damon_reclaim/parameters/enabled";
    RECLAIM_MMAP_WARNING = "proactive reclaim (DAMON pageout) is active: the model's clean file pages can be evicted between launches; use --no-mmap";
  }
});

// src/host/fingerprint.ts
var fingerprint_exports = {};
__export(fingerprint_exports, {
  compareFingerprints: () => compareFingerprints,
  finishFingerprint: () => finishFingerprint,
  hostWarnings: () => hostWarnings,
  parseBracketChoice: () => parseBracketChoice,
  readFingerprint: () => readFingerprint,
  readLoadAvg: () => readLoadAvg,
  readNumaNodes: () => readNumaNodes
});
import { readFileSync as readFileSync4, readdirSync as readdirSync2 } from "node:fs";
import { join as join7 } from "node:path";
import os2 from "node:os";
function readText(root, rel2) {
  try {
    return readFileSync4(join7(root, rel2), "utf8");
  } catch {
    return null;
  }
}
function readInt(root, rel2) {
  const t = readText(root, rel2);
  if (t === null) return null;
  const n = Number.parseInt(t.trim(), 10);
  return Number.isFinite(n) ? n : null;
}
function listDir(root, rel2) {
  try {
    return readdirSync2(join7(root, rel2));
  } catch {
    return [];
  }
}
function readCpuinfo(root) {
  const text = readText(root, "proc/cpuinfo");
  if (text === null) return [];
  return text.split(/\n\s*\n/).map((block) => {
    const rec = {};
    for (const line of block.split("\n")) {
      const i = line.indexOf(":");
      if (i > 0) rec[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return rec;
  }).filter((r) => Object.keys(r).length > 0);
}
function cpuModelOf(cpuinfo) {
  for (const rec of cpuinfo) {
    const v = rec["model name"] ?? rec["Model"] ?? rec["cpu model"] ?? rec["Hardware"];
    if (v) return v;
  }
  const first = cpuinfo[0];
  if (first?.["CPU implementer"] && first["CPU part"]) {
    return `implementer ${first["CPU implementer"]} part ${first["CPU part"]}`;
  }
  return null;
}
function readTopology(root, cpuinfo, isRealRoot) {
  const online = readText(root, "sys/devices/system/cpu/online");
  let cpus = online === null ? null : parseCpuList(online);
  if (cpus === null || cpus.length === 0) {
    const dirs = listDir(root, "sys/devices/system/cpu").filter((d) => /^cpu\d+$/.test(d));
    cpus = dirs.map((d) => Number(d.slice(3))).sort((a, b) => a - b);
  }
  let logicalCpus = cpus.length || cpuinfo.filter((r) => r["processor"] !== void 0).length;
  if (logicalCpus === 0 && isRealRoot) logicalCpus = os2.availableParallelism();
  const packages = /* @__PURE__ */ new Set();
  const coreGroups = /* @__PURE__ */ new Set();
  const groupSizes = [];
  for (const cpu of cpus) {
    const base2 = `sys/devices/system/cpu/cpu${cpu}/topology`;
    const pkg = readInt(root, `${base2}/physical_package_id`);
    if (pkg !== null) packages.add(pkg);
    const sib = readText(root, `${base2}/thread_siblings_list`) ?? readText(root, `${base2}/core_cpus_list`);
    const list = sib === null ? null : parseCpuList(sib);
    if (list && list.length > 0) {
      const key = formatCpuList(list);
      if (!coreGroups.has(key)) groupSizes.push(list.length);
      coreGroups.add(key);
    }
  }
  if (packages.size === 0) {
    for (const r of cpuinfo) if (r["physical id"] !== void 0) packages.add(Number(r["physical id"]));
  }
  const sockets = packages.size > 0 ? packages.size : null;
  let threadsPerCore = groupSizes.length > 0 ? Math.max(...groupSizes) : null;
  let cores = coreGroups.size > 0 ? coreGroups.size : null;
  if (cores === null) {
    const c = cpuinfo.find((r) => r["cpu cores"] !== void 0 && r["siblings"] !== void 0);
    if (c && sockets !== null) {
      cores = Number(c["cpu cores"]) * sockets;
      threadsPerCore = Math.max(1, Math.round(Number(c["siblings"]) / Number(c["cpu cores"])));
    }
  }
  const smtActive = readInt(root, "sys/devices/system/cpu/smt/active");
  const smt = threadsPerCore !== null ? threadsPerCore > 1 : smtActive !== null ? smtActive === 1 : null;
  const coresPerSocket = cores !== null && sockets !== null ? Math.round(cores / sockets) : null;
  return { logicalCpus, sockets, coresPerSocket, threadsPerCore, smt };
}
function readNumaNodes(root) {
  const ids = listDir(root, "sys/devices/system/node").filter((d) => /^node\d+$/.test(d)).map((d) => Number(d.slice(4))).sort((a, b) => a - b);
  return ids.map((id) => {
    const base2 = `sys/devices/system/node/node${id}`;
    const cpulist = readText(root, `${base2}/cpulist`);
    const meminfo = readText(root, `${base2}/meminfo`) ?? "";
    const field = (name) => {
      const m = new RegExp(`^Node\\s+${id}\\s+${name}:\\s+(\\d+)\\s*kB`, "m").exec(meminfo);
      return m ? Number(m[1]) : null;
    };
    return {
      id,
      cpus: (cpulist === null ? null : parseCpuList(cpulist)) ?? [],
      memTotalKiB: field("MemTotal"),
      memFreeKiB: field("MemFree")
    };
  });
}
function parseBracketChoice(text) {
  if (text === null) return null;
  const m = /\[([^\]]+)\]/.exec(text);
  return m ? m[1] : text.trim() || null;
}
function readGovernor(root, cpus) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of listDir(root, "sys/devices/system/cpu/cpufreq").filter((d) => /^policy\d+$/.test(d))) {
    const g = readText(root, `sys/devices/system/cpu/cpufreq/${p}/scaling_governor`);
    if (g !== null && g.trim()) seen.add(g.trim());
  }
  if (seen.size === 0) {
    for (let cpu = 0; cpu < cpus; cpu++) {
      const g = readText(root, `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`);
      if (g !== null && g.trim()) seen.add(g.trim());
    }
  }
  if (seen.size === 0) return null;
  return seen.size === 1 ? [...seen][0] : `mixed(${[...seen].sort().join(",")})`;
}
function readBoost(root) {
  const boost = readInt(root, "sys/devices/system/cpu/cpufreq/boost");
  if (boost !== null) return boost === 1;
  const noTurbo = readInt(root, "sys/devices/system/cpu/intel_pstate/no_turbo");
  if (noTurbo !== null) return noTurbo === 0;
  return null;
}
function readLoadAvg(root = "/") {
  const t = readText(root, "proc/loadavg");
  if (t !== null) {
    const v = t.trim().split(/\s+/).slice(0, 3).map(Number);
    if (v.length === 3 && v.every(Number.isFinite)) return [v[0], v[1], v[2]];
  }
  if (root === "/") {
    const [a, b, c] = os2.loadavg();
    return [a, b, c];
  }
  return null;
}
function hostWarnings(fp2, load = fp2.loadAvgStart, use = {}) {
  const w = [];
  const reclaim = reclaimWarning(fp2.proactiveReclaim, use.modelMapped ?? false);
  if (reclaim) w.push(reclaim);
  if (load && fp2.logicalCpus > 0 && load[0] > 0.5 * fp2.logicalCpus) {
    w.push(
      `load average ${load[0].toFixed(2)} on ${fp2.logicalCpus} CPUs: other work is running, timings will be noisy`
    );
  }
  if (fp2.governor !== null && fp2.governor !== "performance") {
    w.push(
      `CPU frequency governor is "${fp2.governor}", not "performance": clocks follow load (cpupower frequency-set -g performance)`
    );
  }
  if (fp2.numaBalancing !== null && fp2.numaBalancing !== 0 && fp2.numaNodes.length > 1) {
    w.push(
      `kernel.numa_balancing=${fp2.numaBalancing} on a ${fp2.numaNodes.length}-node host: the kernel migrates pages during the run and blurs placement (sysctl -w kernel.numa_balancing=0)`
    );
  }
  return w;
}
function readFingerprint(root = "/", use = {}) {
  const isRealRoot = root === "/";
  const cpuinfo = readCpuinfo(root);
  const topo = readTopology(root, cpuinfo, isRealRoot);
  const hostname4 = readText(root, "proc/sys/kernel/hostname")?.trim() || (isRealRoot ? os2.hostname() : null);
  const kernel = readText(root, "proc/sys/kernel/osrelease")?.trim() || (isRealRoot ? os2.release() : null);
  const fp2 = {
    hostname: hostname4,
    kernel,
    cpuModel: cpuModelOf(cpuinfo),
    sockets: topo.sockets,
    coresPerSocket: topo.coresPerSocket,
    threadsPerCore: topo.threadsPerCore,
    logicalCpus: topo.logicalCpus,
    smt: topo.smt,
    numaNodes: readNumaNodes(root),
    numaBalancing: readInt(root, "proc/sys/kernel/numa_balancing"),
    thpMode: parseBracketChoice(readText(root, "sys/kernel/mm/transparent_hugepage/enabled")),
    governor: readGovernor(root, topo.logicalCpus),
    boost: readBoost(root),
    loadAvgStart: readLoadAvg(root),
    proactiveReclaim: readProactiveReclaim(root),
    warnings: []
  };
  fp2.warnings = hostWarnings(fp2, fp2.loadAvgStart, use);
  return fp2;
}
function finishFingerprint(fp2, root = "/") {
  const end = readLoadAvg(root);
  const out = { ...fp2, warnings: [...fp2.warnings] };
  if (end) out.loadAvgEnd = end;
  const busyAtStart = hostWarnings(fp2).some((w) => w.startsWith("load average"));
  const endLoad = end ? hostWarnings(fp2, end).find((w) => w.startsWith("load average")) : void 0;
  if (endLoad && !busyAtStart) out.warnings.push(`at the end of the run: ${endLoad}`);
  return out;
}
function nodeLayout(fp2) {
  if (fp2.numaNodes.length === 0) return "unknown";
  return fp2.numaNodes.map((n) => `node${n.id}:${formatCpuList(n.cpus)}`).join(" ");
}
function show(v) {
  return v === null || v === void 0 ? "unknown" : String(v);
}
function compareFingerprints(a, b, names = ["A", "B"]) {
  const out = [];
  const diff = (what, x, y) => {
    if (show(x) !== show(y)) out.push(`${what} differs: ${names[0]} ${show(x)}, ${names[1]} ${show(y)}`);
  };
  diff("hostname", a.hostname, b.hostname);
  diff("CPU model", a.cpuModel, b.cpuModel);
  diff("sockets", a.sockets, b.sockets);
  diff("cores per socket", a.coresPerSocket, b.coresPerSocket);
  diff("threads per core", a.threadsPerCore, b.threadsPerCore);
  diff("logical CPUs", a.logicalCpus, b.logicalCpus);
  diff("NUMA nodes", a.numaNodes.length, b.numaNodes.length);
  if (a.numaNodes.length === b.numaNodes.length) diff("NUMA CPU layout", nodeLayout(a), nodeLayout(b));
  for (const na of a.numaNodes) {
    const nb = b.numaNodes.find((n) => n.id === na.id);
    if (!nb || na.memTotalKiB === null || nb.memTotalKiB === null) continue;
    if (Math.abs(na.memTotalKiB - nb.memTotalKiB) > 0.05 * Math.max(na.memTotalKiB, nb.memTotalKiB)) {
      diff(`node${na.id} memory (KiB)`, na.memTotalKiB, nb.memTotalKiB);
    }
  }
  diff("kernel", a.kernel, b.kernel);
  diff("numa_balancing", a.numaBalancing, b.numaBalancing);
  diff("transparent hugepages", a.thpMode, b.thpMode);
  diff("CPU governor", a.governor, b.governor);
  diff("turbo/boost", a.boost, b.boost);
  for (const [name, fp2] of [
    [names[0], a],
    [names[1], b]
  ]) {
    const s = fp2.loadAvgStart?.[0];
    const e = fp2.loadAvgEnd?.[0];
    if (s !== void 0 && e !== void 0 && Math.abs(e - s) > 0.5 * Math.max(1, fp2.logicalCpus)) {
      out.push(`${name}: load average changed during the run, ${s.toFixed(2)} \u2192 ${e.toFixed(2)} on ${fp2.logicalCpus} CPUs`);
    }
  }
  return out;
}
var init_fingerprint = __esm({
  "src/host/fingerprint.ts"() {
    "use strict";
    init_cpulist();
    init_damon();
  }
});

// src/sys/children.ts
function track(child) {
  const pid = child.pid;
  if (!pid) return;
  live2.set(pid, new Promise((resolve8) => child.once("close", () => resolve8())));
  child.once("close", () => live2.delete(pid));
  if (stoppedBy) killGroup(pid, "SIGTERM");
}
function killGroup(pid, sig) {
  try {
    process.kill(-pid, sig);
  } catch {
  }
}
function interruptedBy() {
  return stoppedBy;
}
function liveGroups() {
  return [...live2.keys()];
}
async function stopAll(signal, graceMs = 3e3) {
  stoppedBy ??= signal;
  const pids = [...live2.keys()];
  for (const pid of pids) killGroup(pid, "SIGTERM");
  const all = Promise.all(pids.map((p) => live2.get(p)));
  let timer;
  const hard = new Promise((resolve8) => {
    timer = setTimeout(() => {
      for (const pid of pids) killGroup(pid, "SIGKILL");
      resolve8();
    }, graceMs);
  });
  await Promise.race([all, hard]);
  clearTimeout(timer);
  await all;
  for (const pid of pids) killGroup(pid, "SIGKILL");
}
var live2, stoppedBy;
var init_children = __esm({
  "src/sys/children.ts"() {
    "use strict";
    live2 = /* @__PURE__ */ new Map();
    stoppedBy = null;
  }
});

// src/host/guest/boot.ts
import { spawn } from "node:child_process";
import { readFileSync as readFileSync5 } from "node:fs";
import { join as join8 } from "node:path";
function qemuArgv(tools, shape, initrd, dir) {
  const cpus = shape.nodes * shape.cpusPerNode;
  const numa2 = [];
  for (let n = 0; n < shape.nodes; n++) {
    const first = n * shape.cpusPerNode;
    const range2 = shape.cpusPerNode === 1 ? `${first}` : `${first}-${first + shape.cpusPerNode - 1}`;
    numa2.push("-object", `memory-backend-ram,id=m${n},size=${shape.memMiBPerNode}M`, "-numa", `node,nodeid=${n},cpus=${range2},memdev=m${n}`);
  }
  return [
    tools.qemu,
    "-machine",
    "q35",
    "-accel",
    "tcg",
    "-cpu",
    "max",
    "-smp",
    String(cpus),
    "-m",
    `${shape.nodes * shape.memMiBPerNode}M`,
    ...numa2,
    "-kernel",
    opt(tools.kernel),
    "-initrd",
    opt(initrd),
    "-append",
    "console=ttyS0 quiet panic=-1 mitigations=off numa_balancing=disable",
    "-display",
    "none",
    "-monitor",
    "none",
    "-no-reboot",
    "-nodefaults",
    "-chardev",
    `file,id=con,path=${opt(join8(dir, "console.log"))}`,
    "-serial",
    "chardev:con",
    "-chardev",
    `file,id=data,path=${opt(join8(dir, "data.txt"))}`,
    "-serial",
    "chardev:data"
  ];
}
function parseDataChannel(text) {
  const out = { files: /* @__PURE__ */ new Map(), rc: null, upS: null, ranS: null, done: false };
  let name = null;
  let chunks = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (name !== null) {
      if (line === "LPG-END") {
        out.files.set(name, Buffer.from(chunks.join(""), "base64"));
        name = null;
      } else chunks.push(line);
      continue;
    }
    const [tag, ...rest] = line.split(" ");
    const value = rest.join(" ");
    if (tag === "LPG-FILE") {
      name = value;
      chunks = [];
    } else if (tag === "LPG-RC") out.rc = Number(value);
    else if (tag === "LPG-UP") out.upS = Number(value);
    else if (tag === "LPG-RAN") out.ranS = Number(value);
    else if (tag === "LPG-DONE") out.done = true;
  }
  return out;
}
function boot(tools, shape, initrd, dir, timeoutMs) {
  const argv = qemuArgv(tools, shape, initrd, dir);
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "pipe"], detached: true, cwd: dir });
    track(child);
    let stderr = "";
    let spawnError = null;
    let timedOut = false;
    child.stderr.on("data", (b) => {
      stderr = (stderr + b.toString("utf8")).slice(-16384);
    });
    child.on("error", (e) => {
      spawnError = e.message;
    });
    const kill = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill("SIGKILL");
    }, Math.min(Math.max(1, timeoutMs), 2 ** 31 - 1));
    child.on("close", (code2, signal) => {
      clearTimeout(timer);
      const read2 = (f2) => {
        try {
          return readFileSync5(join8(dir, f2), "utf8");
        } catch {
          return "";
        }
      };
      done({
        output: parseDataChannel(read2("data.txt")),
        console: (read2("console.log") + stderr).slice(-65536),
        exitCode: code2,
        signal,
        timedOut,
        spawnError,
        wallMs: Math.round(performance.now() - t0),
        pid: child.pid ?? null
      });
    });
  });
}
var opt;
var init_boot = __esm({
  "src/host/guest/boot.ts"() {
    "use strict";
    init_children();
    opt = (s) => s.replaceAll(",", ",,");
  }
});

// src/host/guest/cpio.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2, writeSync } from "node:fs";
function header(ino, mode, size, name, rdev = [0, 0]) {
  const nameBytes = Buffer.from(`${name}\0`, "utf8");
  const fields = [ino, mode, 0, 0, 1, 0, size, 0, 0, rdev[0], rdev[1], nameBytes.length, 0];
  const h = Buffer.from(`070701${fields.map(hex).join("")}`, "ascii");
  return Buffer.concat([h, nameBytes, Buffer.alloc(pad4(h.length + nameBytes.length))]);
}
function writeCpio(file, entries) {
  const fd = openSync2(file, "w");
  try {
    let ino = 1;
    const put = (b) => writeSync(fd, b);
    for (const e of entries) {
      const name = rel(e.path);
      if (e.kind === "dir") put(header(ino++, S_IFDIR | (e.mode ?? 493), 0, name));
      else if (e.kind === "char") put(header(ino++, S_IFCHR | (e.mode ?? 384), 0, name, [e.major, e.minor]));
      else if (e.kind === "file") {
        put(header(ino++, S_IFREG | (e.mode ?? 420), e.data.length, name));
        put(e.data);
        put(Buffer.alloc(pad4(e.data.length)));
      } else {
        put(header(ino++, S_IFREG | (e.mode ?? 420), e.size, name));
        copyInto(fd, e.from, e.size);
        put(Buffer.alloc(pad4(e.size)));
      }
    }
    put(header(ino, 0, 0, "TRAILER!!!"));
  } finally {
    closeSync2(fd);
  }
}
function copyInto(fd, from, size) {
  const src = openSync2(from, "r");
  try {
    const buf = Buffer.alloc(4 << 20);
    let done = 0;
    while (done < size) {
      const n = readSync2(src, buf, 0, Math.min(buf.length, size - done), done);
      if (n === 0) throw new Error(`${from} became shorter while it was packed into the guest's initramfs`);
      writeSync(fd, buf.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync2(src);
  }
}
function parentDirs(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const parts = rel(p).split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join("/"));
  }
  return [...out].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
}
var S_IFDIR, S_IFREG, S_IFCHR, hex, pad4, rel;
var init_cpio = __esm({
  "src/host/guest/cpio.ts"() {
    "use strict";
    S_IFDIR = 16384;
    S_IFREG = 32768;
    S_IFCHR = 8192;
    hex = (n) => n.toString(16).padStart(8, "0");
    pad4 = (n) => (4 - n % 4) % 4;
    rel = (p) => p.replace(/^\/+/, "");
  }
});

// src/host/guest/init-script.ts
var FINGERPRINT_FILES, INIT_SCRIPT;
var init_init_script = __esm({
  "src/host/guest/init-script.ts"() {
    "use strict";
    FINGERPRINT_FILES = [
      "/proc/cpuinfo",
      "/proc/loadavg",
      "/proc/sys/kernel/osrelease",
      "/proc/sys/kernel/hostname",
      "/proc/sys/kernel/numa_balancing",
      "/sys/kernel/mm/transparent_hugepage/enabled",
      "/sys/devices/system/cpu/online",
      "/sys/devices/system/cpu/cpu*/topology/physical_package_id",
      "/sys/devices/system/cpu/cpu*/topology/thread_siblings_list",
      "/sys/devices/system/cpu/cpu*/topology/core_cpus_list",
      "/sys/devices/system/node/node*/cpulist",
      "/sys/devices/system/node/node*/meminfo"
    ];
    INIT_SCRIPT = `#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/usr/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /tmp /lpg/out
D=/dev/ttyS1
stty -F $D raw -echo 2>/dev/null
send() { echo "LPG-FILE $2" >$D; base64 "$1" >$D; echo "LPG-END" >$D; }
echo "LPG-UP $(cut -d' ' -f1 /proc/uptime)" >$D
if [ -f /lpg/cmd ]; then
  set --
  while IFS= read -r a; do set -- "$@" "$a"; done </lpg/cmd
  IFS= read -r cwd </lpg/cwd
  cd "$cwd" && "$@" >/lpg/out/stdout 2>/lpg/out/stderr </dev/null
  echo "LPG-RC $?" >$D
  echo "LPG-RAN $(cut -d' ' -f1 /proc/uptime)" >$D
  send /lpg/out/stdout out/stdout
  send /lpg/out/stderr out/stderr
  for f in "$cwd"/*; do [ -f "$f" ] && send "$f" "cwd/\${f##*/}"; done
else
  for f in ${FINGERPRINT_FILES.join(" ")}; do [ -r "$f" ] && send "$f" "root$f"; done
fi
echo LPG-DONE >$D
sync
poweroff -f
`;
  }
});

// src/host/guest/initramfs.ts
import { execFileSync } from "node:child_process";
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync3, statSync as statSync4 } from "node:fs";
function isElf(path11) {
  const fd = openSync3(path11, "r");
  try {
    const b = Buffer.alloc(4);
    return readSync3(fd, b, 0, 4, 0) === 4 && b.readUInt32BE(0) === 2135247942;
  } finally {
    closeSync3(fd);
  }
}
function lddLibraries(path11) {
  let out;
  try {
    out = execFileSync("ldd", [path11], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return [];
  }
  const libs = [];
  for (const line of out.split("\n")) {
    const m = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m) libs.push(m[1]);
  }
  return libs;
}
function hostFile(s) {
  if (!s.startsWith("/") || s.includes("\n")) return null;
  try {
    return statSync4(s).isFile() ? s : null;
  } catch {
    return null;
  }
}
function withLibraries(files) {
  const all = /* @__PURE__ */ new Set();
  for (const f2 of files) {
    all.add(f2);
    if (isElf(f2)) {
      for (const lib2 of lddLibraries(f2)) if (hostFile(lib2)) all.add(lib2);
    }
  }
  return all;
}
function writeBaseInitramfs(out, busybox, files) {
  const paths = [...files].filter((f2) => f2 !== "/init" && !f2.startsWith("/lpg/"));
  const dirs = parentDirs(["/bin/busybox", "/dev/console", "/proc/x", "/sys/x", "/tmp/x", "/lpg/out/x", ...paths]);
  function* entries() {
    for (const d of dirs) yield { kind: "dir", path: d };
    yield { kind: "char", path: "/dev/console", major: 5, minor: 1 };
    yield { kind: "char", path: "/dev/ttyS1", major: 4, minor: 65 };
    yield { kind: "copy", path: "/bin/busybox", mode: 493, from: busybox, size: statSync4(busybox).size };
    yield { kind: "file", path: "/init", mode: 493, data: Buffer.from(INIT_SCRIPT) };
    for (const p of paths) {
      if (p === "/bin/busybox") continue;
      const st = statSync4(p);
      yield { kind: "copy", path: p, mode: st.mode & 511, from: p, size: st.size };
    }
  }
  writeCpio(out, entries());
}
function writeLaunchArchive(out, cmd, cwd) {
  const entries = [
    ...parentDirs([`${cwd}/x`]).map((d) => ({ kind: "dir", path: d })),
    { kind: "file", path: "/lpg/cmd", data: Buffer.from(cmd.map((a) => `${a}
`).join("")) },
    { kind: "file", path: "/lpg/cwd", data: Buffer.from(`${cwd}
`) }
  ];
  writeCpio(out, entries);
}
var init_initramfs = __esm({
  "src/host/guest/initramfs.ts"() {
    "use strict";
    init_cpio();
    init_init_script();
  }
});

// src/host/numa-policy.ts
import { accessSync as accessSync2, constants as constants2 } from "node:fs";
import { delimiter, join as join9 } from "node:path";
function findExecutable(name, path11 = process.env.PATH ?? "") {
  for (const dir of path11.split(delimiter)) {
    if (!dir) continue;
    const p = join9(dir, name);
    try {
      accessSync2(p, constants2.X_OK);
      return p;
    } catch {
    }
  }
  return null;
}
function requireNumactl(opts, what) {
  const path11 = opts.numactl === void 0 ? findExecutable("numactl") : opts.numactl;
  if (!path11) {
    throw new UserError(
      `NUMA policy ${what} needs numactl, which is not installed (not found in PATH)`,
      "install it: apt-get install numactl (Debian/Ubuntu) or dnf install numactl (Fedora/RHEL)"
    );
  }
  return path11;
}
function numaPlacement(policy, opts = {}) {
  const label = numaLabel(policy);
  switch (policy.kind) {
    case "none":
      return { prefix: [], benchArgs: [], label };
    case "llama":
      return { prefix: [], benchArgs: ["--numa", policy.mode], label };
    case "interleave":
      return { prefix: [requireNumactl(opts, label), "--interleave=all"], benchArgs: [], label };
    case "bind": {
      if (!Number.isInteger(policy.node) || policy.node < 0) {
        throw new UserError(`NUMA bind node must be a node number (got ${policy.node})`, "example: --numa bind:0");
      }
      if (opts.nodes && !opts.nodes.includes(policy.node)) {
        throw new UserError(
          `NUMA bind to node ${policy.node}, but this host has node(s) ${opts.nodes.join(",") || "none"}`,
          "pick a node listed in /sys/devices/system/node (numactl --hardware)"
        );
      }
      const n = String(policy.node);
      return { prefix: [requireNumactl(opts, label), "-N", n, "-m", n], benchArgs: [], label };
    }
    case "cpus": {
      const list = parseCpuList(policy.cpus);
      if (list === null || list.length === 0) {
        throw new UserError(`CPU list "${policy.cpus}" is not a list of CPUs`, "write it as the kernel does, e.g. 0-15,32-47");
      }
      const absent = opts.cpus ? list.filter((c) => !opts.cpus.includes(c)) : [];
      if (absent.length > 0) {
        throw new UserError(
          `CPU list "${policy.cpus}" names CPU(s) ${formatCpuList(absent)} that are not online here (online: ${formatCpuList(opts.cpus)})`,
          "see /sys/devices/system/cpu/online"
        );
      }
      return { prefix: [requireNumactl(opts, label), `--physcpubind=${formatCpuList(list)}`], benchArgs: [], label };
    }
  }
}
function checkPlacements(policies, nodes = readNumaNodes("/")) {
  const layout = nodes.length === 0 ? {} : { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
  for (const p of policies) numaPlacement(p, layout);
}
var init_numa_policy = __esm({
  "src/host/numa-policy.ts"() {
    "use strict";
    init_errors();
    init_cpulist();
    init_numa();
    init_fingerprint();
  }
});

// src/host/guest/packages.ts
import { closeSync as closeSync4, openSync as openSync4, readSync as readSync4, readdirSync as readdirSync3, statSync as statSync5, accessSync as accessSync3, constants as constants3 } from "node:fs";
import { join as join10 } from "node:path";
function findKernel(boot2 = "/boot") {
  let names;
  try {
    names = readdirSync3(boot2).filter((n) => n.startsWith("vmlinuz-"));
  } catch {
    return null;
  }
  names.sort((a, b) => b.localeCompare(a, "en", { numeric: true }));
  for (const n of names) {
    const p = join10(boot2, n);
    try {
      accessSync3(p, constants3.R_OK);
      if (statSync5(p).isFile()) return p;
    } catch {
    }
  }
  return null;
}
function isStaticElf(path11) {
  let fd;
  try {
    fd = openSync4(path11, "r");
  } catch {
    return false;
  }
  try {
    const h = Buffer.alloc(64);
    if (readSync4(fd, h, 0, 64, 0) < 64 || h.readUInt32BE(0) !== 2135247942 || h[4] !== 2) return false;
    const phoff = Number(h.readBigUInt64LE(32));
    const phentsize = h.readUInt16LE(54);
    const phnum = h.readUInt16LE(56);
    const ph = Buffer.alloc(phentsize * phnum);
    readSync4(fd, ph, 0, ph.length, phoff);
    for (let i = 0; i < phnum; i++) if (ph.readUInt32LE(i * phentsize) === 3) return false;
    return true;
  } finally {
    closeSync4(fd);
  }
}
function guestTools(env2 = process.env, boot2 = "/boot") {
  const qemu = findExecutable("qemu-system-x86_64", env2.PATH ?? "");
  const kernel = findKernel(boot2);
  const busybox = ["/bin/busybox", "/usr/bin/busybox"].find(isStaticElf) ?? null;
  const missing = [!qemu && GUEST_PACKAGES[0], !kernel && GUEST_PACKAGES[1], !busybox && GUEST_PACKAGES[2]].filter((x) => x !== false);
  if (missing.length > 0) {
    throw new UserError(
      `--numa-guest needs ${missing.join(", ")}, not installed (${[!qemu && "no qemu-system-x86_64 in PATH", !kernel && `no readable ${boot2}/vmlinuz-*`, !busybox && "no statically linked busybox"].filter(Boolean).join("; ")})`,
      `install: apt-get install ${GUEST_PACKAGES.join(" ")}`
    );
  }
  return { qemu, kernel, busybox };
}
var GUEST_PACKAGES;
var init_packages = __esm({
  "src/host/guest/packages.ts"() {
    "use strict";
    init_errors();
    init_numa_policy();
    GUEST_PACKAGES = ["qemu-system-x86", "linux-image-amd64", "busybox-static"];
  }
});

// src/host/guest/index.ts
import { copyFileSync, appendFileSync, mkdtempSync as mkdtempSync2, mkdirSync as mkdirSync2, readFileSync as readFileSync6, rmSync as rmSync3, statSync as statSync6, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join11 } from "node:path";
import { constants as constants4 } from "node:os";
function guestShape(nodes, threads, filesMiB = 0) {
  const perNode = Math.ceil((2 * filesMiB + 768) / nodes / 256) * 256;
  return { nodes, cpusPerNode: Math.max(1, Math.ceil(threads / nodes)), memMiBPerNode: Math.max(512, perNode) };
}
function guestNodes(shape) {
  return Array.from({ length: shape.nodes }, (_, id) => ({
    id,
    cpus: Array.from({ length: shape.cpusPerNode }, (_2, c) => id * shape.cpusPerNode + c),
    memTotalKiB: null,
    memFreeKiB: null
  }));
}
function signalName(n) {
  const hit = Object.entries(constants4.signals).find(([, v]) => v === n);
  return hit ? hit[0] : `signal ${n}`;
}
function bootFailure(r) {
  if (r.spawnError) return `qemu could not start: ${r.spawnError}`;
  if (r.timedOut) return "no power-off before the timeout";
  const tailLines = r.console.trim().split("\n").slice(-3).join(" | ");
  return `qemu exited ${r.exitCode ?? r.signal}; console: ${tailLines}`;
}
var BOOT_ALLOWANCE_MS, STDERR_KEEP, Guest;
var init_guest = __esm({
  "src/host/guest/index.ts"() {
    "use strict";
    init_errors();
    init_scratch();
    init_fingerprint();
    init_boot();
    init_initramfs();
    init_packages();
    init_packages();
    BOOT_ALLOWANCE_MS = 12e4;
    STDERR_KEEP = 64 * 1024;
    Guest = class {
      shape;
      tools;
      timings = [];
      scratch = null;
      files = /* @__PURE__ */ new Set();
      base = null;
      constructor(o) {
        if (!Number.isInteger(o.nodes) || o.nodes < 2) throw new UserError(`--numa-guest needs at least 2 nodes (got ${o.nodes})`, "example: --numa-guest 2");
        this.tools = o.tools ?? guestTools();
        for (const f2 of o.files ?? []) if (hostFile(f2)) this.files.add(f2);
        const mib2 = [...withLibraries(this.files)].reduce((s, f2) => s + statSync6(f2).size, 0) / 2 ** 20;
        this.shape = guestShape(o.nodes, o.threads, mib2);
      }
      /** The guest's scratch directory (initramfs images, serial logs), made at the first boot; removed at exit if close() was not reached (an immediate quit). */
      get dir() {
        this.scratch ??= scratchDir("lpg-guest-");
        return this.scratch;
      }
      /** Removes the scratch files. */
      close() {
        if (this.scratch) dropScratch(this.scratch);
        this.scratch = null;
        this.base = null;
      }
      /** The base initramfs holding every file named so far; rebuilt when a launch names a new one. */
      baseWith(named2) {
        const fresh = named2.filter((f2) => !this.files.has(f2));
        if (this.base && fresh.length === 0) return this.base;
        for (const f2 of fresh) this.files.add(f2);
        const base2 = join11(this.dir, `base-${this.files.size}.cpio`);
        writeBaseInitramfs(base2, this.tools.busybox, withLibraries(this.files));
        if (this.base) rmSync3(this.base, { force: true });
        this.base = base2;
        return base2;
      }
      async bootWith(launchCpio, timeoutMs) {
        const base2 = this.baseWith([]);
        const run2 = mkdtempSync2(join11(this.dir, "boot-"));
        const initrd = join11(run2, "initrd.cpio");
        copyFileSync(base2, initrd);
        if (launchCpio) appendFileSync(initrd, readFileSync6(launchCpio));
        try {
          const r = await boot(this.tools, this.shape, initrd, run2, timeoutMs);
          this.timings.push({ wallMs: r.wallMs, upS: r.output.upS, ranS: r.output.ranS });
          return r;
        } finally {
          rmSync3(run2, { recursive: true, force: true });
        }
      }
      /** The guest's fingerprint: its CPUs, nodes and memory, as the host's is read. */
      async fingerprint(timeoutMs = BOOT_ALLOWANCE_MS) {
        const r = await this.bootWith(null, timeoutMs);
        if (!r.output.done) throw new Error(`the ${this.shape.nodes}-node guest did not boot: ${bootFailure(r)}`);
        const root = mkdtempSync2(join11(this.dir, "root-"));
        try {
          for (const [name, data] of r.output.files) {
            if (!name.startsWith("root/") || name.includes("/../")) continue;
            const p = join11(root, name.slice("root/".length));
            mkdirSync2(join11(p, ".."), { recursive: true });
            writeFileSync2(p, data);
          }
          return readFingerprint(root);
        } finally {
          rmSync3(root, { recursive: true, force: true });
        }
      }
      /** Runs `argv` in a fresh guest with `env` (and nothing of the host's env), in `cwd`. */
      async launch(argv, opts) {
        const cwd = opts.cwd ?? this.dir;
        const env2 = { PATH: "/bin:/usr/bin", HOME: "/tmp", ...opts.env, ...opts.own };
        const cmd = ["env", "-i", ...Object.entries(env2).map(([k, v]) => `${k}=${v}`), ...argv];
        const bad2 = [...cmd, cwd].find((a) => a.includes("\n"));
        if (bad2 !== void 0) throw new UserError(`an argument of a guest launch holds a line break: ${JSON.stringify(bad2)}`, "arguments and env values of --numa-guest runs are one line each");
        this.baseWith([...cmd, ...Object.values(env2), ...opts.files ?? []].map(hostFile).filter((f2) => f2 !== null));
        const launchCpio = join11(this.dir, "launch.cpio");
        writeLaunchArchive(launchCpio, cmd, cwd);
        const r = await this.bootWith(launchCpio, opts.timeoutMs + BOOT_ALLOWANCE_MS);
        const o = r.output;
        for (const [name, data] of o.files) {
          const base2 = name.slice("cwd/".length);
          if (name.startsWith("cwd/") && /^[^/]+$/.test(base2) && base2 !== "." && base2 !== "..") writeFileSync2(join11(cwd, base2), data);
        }
        const stdout = o.files.get("out/stdout")?.toString("utf8") ?? "";
        let stderr = o.files.get("out/stderr")?.toString("utf8") ?? "";
        const sig = o.rc !== null && o.rc > 128 ? signalName(o.rc - 128) : null;
        if (!o.done && !r.timedOut) stderr += `
[llama-perf-gate] the guest stopped before its command finished: ${bootFailure(r)}`;
        return {
          pid: r.pid,
          exitCode: o.rc === null ? null : sig ? null : o.rc,
          signal: sig,
          timedOut: r.timedOut,
          wallMs: r.wallMs,
          stdout,
          stdoutDropped: 0,
          stderr: stderr.slice(-STDERR_KEEP),
          spawnError: r.spawnError
        };
      }
    };
  }
});

// src/stats/placement.ts
import { median as median2 } from "simple-statistics";
function nodeOfCpu(nodes) {
  return new Map(nodes.flatMap((n) => n.cpus.map((c) => [c, n.id])));
}
function pointShares(p, nodes) {
  const m = p.memory;
  if (!m) return null;
  const cpuNode = nodeOfCpu(nodes);
  const shares = {};
  for (const n of nodes) {
    const k = String(n.id);
    shares[k] = { anonKiB: m.anonNodeKiB[k] ?? 0, shmemKiB: m.shmemNodeKiB?.[k] ?? 0, fileKiB: m.fileNodeKiB?.[k] ?? 0, threads: 0 };
  }
  for (const [cpu, count] of Object.entries(m.threadCpus ?? {})) {
    const node = cpuNode.get(Number(cpu));
    if (node !== void 0) shares[String(node)].threads += count;
  }
  const anon = Object.values(shares).map((s) => s.anonKiB + s.shmemKiB);
  const total = anon.reduce((a, b) => a + b, 0);
  return { shares, evenness: total > 0 ? Math.min(...anon) / total : null };
}
function placementAnalysis(e) {
  const { plan: plan2 } = e;
  if (!plan2.levers.numaGuest || !plan2.depthSweep) return null;
  const nodes = guestNodes(guestShape(plan2.levers.numaGuest, plan2.threads));
  const launches = countedDepthLaunches(e.depthLaunches);
  const level = 1 - 2 * plan2.alpha;
  const rows2 = [];
  const evenness = [];
  for (const depth of plan2.depthSweep.depths) {
    const byVariant = (v) => launches.filter((l) => l.variant === v).flatMap((l) => {
      const p = l.points.find((x) => x.depth === depth);
      const s = p ? pointShares(p, nodes) : null;
      return s ? [{ block: l.block, ...s }] : [];
    });
    const perVariant = { A: byVariant("A"), B: byVariant("B") };
    for (const v of ["A", "B"]) {
      const xs = perVariant[v];
      const med3 = (f2, k) => xs.length ? median2(xs.map((x) => f2(x.shares[k]))) : 0;
      const even = xs.map((x) => x.evenness).filter((x) => x !== null);
      rows2.push({
        depth,
        variant: v,
        n: xs.length,
        nodes: Object.fromEntries(nodes.map((n) => {
          const k = String(n.id);
          return [k, { anonKiB: med3((s) => s.anonKiB, k), shmemKiB: med3((s) => s.shmemKiB, k), fileKiB: med3((s) => s.fileKiB, k), threads: med3((s) => s.threads, k) }];
        })),
        evenness: even.length ? median2(even) : null
      });
    }
    const d = perVariant.A.flatMap((a) => {
      const b = perVariant.B.find((x) => x.block === a.block);
      return b && a.evenness !== null && b.evenness !== null ? [b.evenness - a.evenness] : [];
    });
    const r = d.length > 0 ? signedRankShift(d, level) : null;
    const full = r !== null && r.level >= level - 1e-9;
    evenness.push({ depth, n: d.length, diff: r ? r.estimate : null, ci: full ? [r.lo, r.hi] : null, ci_level: level, identical: d.length > 0 && d.every((x) => x === 0) });
  }
  return { nodes: nodes.map((n) => n.id), rows: rows2, evenness };
}
function withPlacement(analysis2, e) {
  const p = placementAnalysis(e);
  return p ? { ...analysis2, placement: p } : analysis2;
}
var init_placement = __esm({
  "src/stats/placement.ts"() {
    "use strict";
    init_from_results();
    init_hodges_lehmann();
    init_guest();
  }
});

// src/stats/decide.ts
function decideLook(e, nBlocks, state) {
  return decide(workloadInputsFromResults(e), { ...designOf(e.plan), nBlocks, state: state ?? void 0, at: (/* @__PURE__ */ new Date()).toISOString(), forecast: false });
}
function decideAll(e) {
  if (e.launches.length === 0) return null;
  const counted = countedBlocksOf(e);
  const inputs = workloadInputsFromResults(e);
  const design2 = trustedDesign(e, inputs, counted);
  const { analysis: analysis2 } = decide(inputs, { ...designOf(e.plan), nBlocks: counted, state: design2.state });
  if (design2.warning) analysis2.warnings.unshift(design2.warning);
  for (const w of analysis2.workloads) {
    const input = inputs.find((i) => i.name === w.name);
    if (w.verdict === "failed" || input && (input.a.length === 0 || input.b.length === 0)) {
      w.verdict = "failed";
      w.why = onModel(e, w.name, failedWhy(e, w.name, input?.point !== void 0, w.why));
    }
  }
  analysis2.verdict = gate(analysis2.workloads);
  if (e.plan.levers.numaGuest) {
    analysis2.emulated = true;
    analysis2.verdict = analysis2.workloads.some((w) => w.verdict === "failed") ? "failed" : "inconclusive";
  }
  const short5 = incompleteness(e, analysis2.workloads, new Set(inputs.filter((i) => i.point !== void 0).map((i) => i.name)));
  if (short5) analysis2.incomplete = short5;
  return withPlacement(withDepthMemory(analysis2, e), e);
}
function incompleteness(e, workloads, depthPoints2) {
  const open2 = workloads.filter((w) => w.verdict === "inconclusive");
  if (open2.length === 0 || workloads.some((w) => w.verdict === "regression")) return null;
  const index = (block) => block + 1 - e.plan.warmupBlocks;
  const reach = (name) => {
    const depth = depthPoints2.has(name);
    const unit = depth ? DEPTH_FAMILY : name;
    const launches = depth ? e.depthLaunches ?? [] : e.launches.filter((l) => l.workload === name);
    const done = launches.filter((l) => l.status !== "skipped");
    const withB = new Set(done.filter((l) => l.variant === "B").map((l) => l.block));
    const ran = done.reduce((n, l) => l.variant === "A" && withB.has(l.block) ? Math.max(n, index(l.block)) : n, 0);
    const scheduled = e.schedule.blocks.filter((b) => index(b.block) >= 1 && b.order.some((s) => s.workload === unit)).length;
    return Math.min(ran, scheduled);
  };
  const measured2 = Math.min(...open2.map((w) => reach(w.name)));
  const planned = e.plan.maxBlocks;
  return measured2 < planned ? { measured_blocks: measured2, planned_blocks: planned, stop_reason: e.stopReason } : null;
}
function onModel(e, workload, why) {
  const name = e.plan.workloads.find((w) => w.id === workload)?.model;
  const m = name === void 0 ? void 0 : e.plan.models.find((x) => x.name === name);
  return m && why && (why.kind === "could-not-run" || why.kind === "no-counted-launch") ? { ...why, model: { name: m.name, path: m.path } } : why;
}
function failedWhy(e, workload, depthPoint, fallback) {
  const launches = depthPoint ? e.depthLaunches ?? [] : e.launches.filter((l) => l.workload === workload);
  const ok2 = (v2) => launches.some((l) => l.variant === v2 && !l.warmup && l.status === "ok");
  const v = ["B", "A"].find((x) => !ok2(x));
  if (!v) return fallback;
  const name = e.plan.variants.find((x) => x.id === v)?.name ?? v;
  const mine = launches.filter((l) => l.variant === v && !l.warmup);
  if (mine.length === 0) return { kind: "no-counted-launch", variant: v, name, stop: e.stopReason };
  const counts = /* @__PURE__ */ new Map();
  for (const l of mine) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const last = [...mine].reverse().find((l) => l.status !== "ok");
  const how = last.exitCode !== null ? `exit ${last.exitCode}` : last.signal ? `signal ${last.signal}` : last.status;
  const tail2 = (last.stderrTail ?? last.error ?? "").trimEnd().split("\n").map((l) => l.trim()).filter(Boolean).slice(-STDERR_LINES).join(" \u23CE ");
  return { kind: "could-not-run", variant: v, name, counts: [...counts], of: mine.length, last: how, stderr: tail2 };
}
function withTrustedAnalysis(r) {
  const analysis2 = decideAll(r);
  if (analysis2) {
    const claimed = r.analysis;
    const differs = (w) => claimed?.workloads.find((c) => c.name === w.name)?.verdict !== w.verdict;
    if (claimed === null || claimed.verdict !== analysis2.verdict || analysis2.workloads.some(differs) || claimed.workloads.length !== analysis2.workloads.length) {
      const perWorkload = analysis2.workloads.filter(differs).map((w) => `${w.name} ${claimed?.workloads.find((c) => c.name === w.name)?.verdict ?? "absent"} \u2192 ${w.verdict}`);
      analysis2.warnings.unshift(
        `the results file claimed ${claimed ? claimed.verdict : "no analysis"}; recomputed from its samples: ${analysis2.verdict}` + (perWorkload.length ? ` (${perWorkload.join(", ")})` : "")
      );
    }
  }
  return { ...r, analysis: analysis2 };
}
var STDERR_LINES;
var init_decide = __esm({
  "src/stats/decide.ts"() {
    "use strict";
    init_policy();
    init_sequential();
    init_from_results();
    init_depth_memory();
    init_placement();
    init_design_replay();
    init_depth_sweep();
    STDERR_LINES = 5;
  }
});

// src/report/reason-words.ts
function neededText(n, paired) {
  if ("skipped" in n) return "blocks needed not computed";
  const needed = `~${n.blocks} ${unitOf(paired)} would be needed`;
  if (n.horizon === null) return needed;
  return n.blocks > n.horizon ? `${needed}, beyond the declared horizon of ${n.horizon}` : `${needed} (v2 boundaries)`;
}
function holmAtLook(adj, m, alpha) {
  const v = adj >= 1 ? `> ${num(alpha)}` : `\u2264 ${num(adj)}`;
  return m > 1 ? `Holm-adjusted repeated p ${v} across ${m} workloads` : `repeated p ${v}`;
}
function base(r) {
  const withLook = (text, l) => l ? `${text}; ${lookText(l)}` : text;
  switch (r.kind) {
    case "one-side":
      return `variant ${r.missing} has no successful launch, nothing to compare`;
    case "no-counted-launch":
      return onModel2(r) + `variant ${r.variant} (${r.name}) has no counted launch (stop reason: ${r.stop || "none recorded"})`;
    case "could-not-run":
      return onModel2(r) + `variant ${r.variant} (${r.name}) could not run: ${r.counts.map(([s, n]) => `${n} ${s}`).join(", ")} of ${r.of} launches (last: ${r.last})` + (r.stderr ? `; stderr: ${r.stderr}` : "");
    case "identical":
      return withLook(`all ${r.n} blocks gave identical A and B throughput (ratio exactly 1)`, r.look);
    case "too-few-t":
      return `n = ${r.n} is below the minimum of 2 per side for a t interval`;
    case "too-few":
      return `n = ${r.n} ${unitOf(r.paired)} is below the minimum of ${r.minN} for a ${percent3(r.level)} ${r.test} interval (best reachable: ${pc(r.reachable)}); ~${r.needed} ${unitOf(r.paired)} would be needed`;
    case "too-early":
      return `n = ${r.n} ${unitOf(r.paired)}: the design has spent \u03B1 = ${num(r.look.spent)} by this look, too little for a ${r.test} test at n = ${r.n} to decide; ${neededText(r.needed, r.paired)}`;
    case "neutral": {
      const sig = r.change ? ` (B is ${pc(r.change.by)} ${r.change.slower ? "slower" : "faster"}, detectably but by less than the margin)` : "";
      return withLook(`${ciText(r.ci)} lies within the ${marginText(r.margin)} margin${sig}`, r.look);
    }
    case "changed": {
      const head2 = `B is ${pc(r.by)} ${r.slower ? "slower" : "faster"}: ${ciText(r.ci)} ${r.slower ? "is below" : "is above"} 1`;
      if (r.look) return `${head2}, p = ${pval(r.p)} at this look, ${holmAtLook(r.adj, r.m, r.alpha)} \u2264 \u03B1 = ${num(r.alpha)}; ${lookText(r.look)}`;
      const p = r.m > 1 ? `p = ${pval(r.p)} (Holm-adjusted ${pval(r.adj)} across ${r.m} workloads)` : `p = ${pval(r.p)}`;
      return `${head2} and ${p} \u2264 \u03B1 = ${alpha3(r.alpha)}`;
    }
    case "not-significant": {
      const more = `spread ${pc(r.spread)} ${r.paired ? "per block" : "per launch"}; ${neededText(r.needed, r.paired)}`;
      if (r.look) return `${ciText(r.ci)} excludes 1 but the ${holmAtLook(r.adj, r.m, r.alpha)} is above \u03B1 = ${num(r.alpha)}; ${lookText(r.look)}; ${more}`;
      return `${ciText(r.ci)} excludes 1 but the Holm-adjusted p = ${pval(r.adj)} is above \u03B1 = ${alpha3(r.alpha)} across ${r.m} workloads; ${more}`;
    }
    case "wide": {
      const more = `spread ${pc(r.spread)} ${r.paired ? "per block" : "per launch"}; ${neededText(r.needed, r.paired)}`;
      return r.look ? `${ciText(r.ci)} is wider than the ${marginText(r.margin)} margin; ${lookText(r.look)}; ${more}` : `${ciText(r.ci)} is wider than the ${marginText(r.margin)} margin: ${more}`;
    }
  }
}
function reasonText(r) {
  let text = base(r);
  if (r.between) text += " (between looks: nothing is decided until the next look)";
  const h = r.history;
  if (h && "decidedAt" in h) {
    text += `; decided at look ${h.decidedAt} (${h.blocks} of ${h.horizon} blocks)${h.openAt.length > 0 ? `, still open at ${h.openAt.join(", ")} blocks` : ""}`;
  } else if (h) {
    text += `; still open at every look (${h.openAt.join(", ")} of ${h.horizon} blocks)`;
  }
  return text;
}
function reasonOf(w) {
  return w.why ? reasonText(w.why) : w.reason;
}
function wordAnalysis(a) {
  if (!a) return a;
  return { ...a, workloads: a.workloads.map((w) => w.why ? { ...w, reason: reasonText(w.why) } : w) };
}
var r3, pc, pval, num, alpha3, percent3, ciText, marginText, lookText, unitOf, onModel2;
var init_reason_words = __esm({
  "src/report/reason-words.ts"() {
    "use strict";
    r3 = (v) => v.toFixed(3);
    pc = (v, digits = 1) => `${(100 * v).toFixed(digits)}%`;
    pval = (v) => v < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
    num = (v) => Number(v.toPrecision(2)).toString();
    alpha3 = (a) => Number(a.toPrecision(3)).toString();
    percent3 = (v) => `${Number((100 * v).toPrecision(3))}%`;
    ciText = (c) => `${percent3(c.level)} ${c.repeated ? "repeated " : ""}CI [${r3(c.lo)}, ${r3(c.hi)}]`;
    marginText = (m) => `\xB1${percent3(m)}`;
    lookText = (l) => `look at ${l.n} of ${l.horizon} blocks, \u03B1 spent ${num(l.spent)} of ${num(l.alpha)}`;
    unitOf = (paired) => paired ? "blocks" : "launches per side";
    onModel2 = (r) => r.model ? `model ${r.model.name} (${r.model.path}): ` : "";
  }
});

// src/sys/exec.ts
import { execFile, spawn as spawn2 } from "node:child_process";
import { access, constants as constants5, stat } from "node:fs/promises";
import path3 from "node:path";
function run(cmd, args, opts = {}) {
  return new Promise((resolve8, reject) => {
    execFile(cmd, args, { cwd: opts.cwd, env: opts.env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof err.code === "string") {
        reject(err);
        return;
      }
      const e = err;
      resolve8({ code: e ? e.code ?? null : 0, signal: e ? e.signal ?? null : null, stdout, stderr });
    });
  });
}
async function runOk(cmd, args, opts = {}) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    const why = (r.stderr.trim() || r.stdout.trim()).split("\n").slice(-5).join("\n");
    throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.code ?? r.signal}): ${why}`);
  }
  return r.stdout;
}
function runLines(cmd, args, opts) {
  return new Promise((resolve8) => {
    const child = spawn2(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    track(child);
    if (child.pid) opts.onSpawn?.(child.pid);
    const splitter = () => {
      let rest = "";
      return {
        push(chunk) {
          rest += chunk.toString("utf8");
          const lines = rest.split(/\r?\n/);
          rest = lines.pop() ?? "";
          for (const l of lines) opts.onLine(l);
        },
        end() {
          if (rest) opts.onLine(rest);
          rest = "";
        }
      };
    };
    const out = splitter();
    const err = splitter();
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.on("error", (e) => {
      opts.onLine(`cannot start ${cmd}: ${e.message}`);
      resolve8({ code: null, signal: null });
    });
    child.on("close", (code2, signal) => {
      out.end();
      err.end();
      resolve8({ code: code2, signal });
    });
  });
}
async function which(name, env2 = process.env) {
  if (name.includes("/")) return await isExecutableFile(name) ? path3.resolve(name) : null;
  for (const dir of (env2.PATH ?? "").split(path3.delimiter)) {
    if (!dir) continue;
    const p = path3.join(dir, name);
    if (await isExecutableFile(p)) return p;
  }
  return null;
}
async function isExecutableFile(p) {
  try {
    await access(p, constants5.X_OK);
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
var init_exec = __esm({
  "src/sys/exec.ts"() {
    "use strict";
    init_children();
  }
});

// src/build/cmake.ts
import { readdir } from "node:fs/promises";
import path4 from "node:path";
function depthToolFor(available) {
  if (!available) return null;
  if (available.has(SWEEP_TARGET)) return SWEEP_TARGET;
  if (available.has(BATCHED_TARGET)) return BATCHED_TARGET;
  return null;
}
function configureArgs(req) {
  const tc = req.toolchain;
  const launcher = tc.ccache ? [`-DCMAKE_C_COMPILER_LAUNCHER=${tc.ccache}`, `-DCMAKE_CXX_COMPILER_LAUNCHER=${tc.ccache}`] : [];
  return [
    "--no-warn-unused-cli",
    // the fixed -DLLAMA_* and compiler args are not used by every project
    "-S",
    req.srcDir,
    "-B",
    req.buildDir,
    ...FIXED_CMAKE_ARGS,
    // Named explicitly so the compiler in the build key is the one CMake uses.
    `-DCMAKE_C_COMPILER=${tc.cc.path}`,
    `-DCMAKE_CXX_COMPILER=${tc.cxx.path}`,
    ...launcher,
    ...req.cmakeArgs
  ];
}
async function cmakeBuild(req) {
  const { cmake } = req.toolchain;
  const step = async (phase, args) => {
    writeLine(req.log, `$ ${cmake} ${args.join(" ")}`);
    const r = await runLines(cmake, args, {
      env: req.env,
      onSpawn: req.onGroup,
      onLine: (line) => {
        writeLine(req.log, line);
        req.onLine(phase, line);
      }
    });
    return r.code === 0 ? null : `exit ${r.code ?? r.signal}`;
  };
  const cfgErr = await step("configure", configureArgs(req));
  if (cfgErr) return { ok: false, phase: "configure", error: `CMake configure failed (${cfgErr})` };
  const available = await listTargets(cmake, req.buildDir, req.env);
  if (available && !available.has(BENCH_TARGET)) {
    return { ok: false, phase: "configure", error: `the source tree has no ${BENCH_TARGET} target (is this a llama.cpp checkout?)` };
  }
  const depthTool = depthToolFor(available);
  const targets = depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET];
  const buildErr = await step("build", ["--build", req.buildDir, "--target", ...targets, "-j", String(req.jobs)]);
  if (buildErr) return { ok: false, phase: "build", error: `build of ${targets.join(", ")} failed (${buildErr})` };
  const bin = await findExecutable2(req.buildDir, BENCH_TARGET);
  if (!bin) return { ok: false, phase: "build", error: `the build succeeded but no ${BENCH_TARGET} executable was found under ${req.buildDir}` };
  writeLine(req.log, `built ${bin}`);
  const binDir = path4.dirname(bin);
  const depthOk = depthTool !== null && await isExecutableFile(path4.join(binDir, depthTool));
  return { ok: true, binDir, targets, depthTool: depthOk ? depthTool : null };
}
async function addDepthTool(req) {
  const { cmake } = req.toolchain;
  const tool = depthToolFor(await listTargets(cmake, req.buildDir, req.env));
  if (!tool) return null;
  const args = ["--build", req.buildDir, "--target", tool, "-j", String(req.jobs)];
  writeLine(req.log, `$ ${cmake} ${args.join(" ")}`);
  const r = await runLines(cmake, args, {
    env: req.env,
    onSpawn: req.onGroup,
    onLine: (line) => {
      writeLine(req.log, line);
      req.onLine("build", line);
    }
  });
  if (r.code !== 0) {
    writeLine(req.log, `building ${tool} failed (exit ${r.code ?? r.signal}); memory at depth will be skipped`);
    return null;
  }
  return await isExecutableFile(path4.join(req.binDir, tool)) ? tool : null;
}
async function listTargets(cmake, buildDir, env2) {
  const r = await run(cmake, ["--build", buildDir, "--target", "help"], { env: env2 }).catch(() => null);
  if (!r || r.code !== 0) return null;
  const names = /* @__PURE__ */ new Set();
  for (const line of r.stdout.split("\n")) {
    const m = /^\.\.\.\s+(\S+)/.exec(line.trim());
    if (m) names.add(m[1]);
    const n = /^([^\s:]+):\s/.exec(line.trim());
    if (n) names.add(n[1]);
  }
  return names.size > 0 ? names : null;
}
async function findExecutable2(buildDir, name) {
  for (const p of [path4.join(buildDir, "bin", name), path4.join(buildDir, name)]) {
    if (await isExecutableFile(p)) return p;
  }
  const walk = async (dir, depth) => {
    if (depth > 4) return null;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path4.join(dir, e.name);
      if (e.isFile() && e.name === name && await isExecutableFile(p)) return p;
    }
    for (const e of entries) {
      if (e.isDirectory() && e.name !== "CMakeFiles") {
        const hit = await walk(path4.join(dir, e.name), depth + 1);
        if (hit) return hit;
      }
    }
    return null;
  };
  return walk(buildDir, 0);
}
function writeLine(log, line) {
  log.write(line + "\n");
}
var BENCH_TARGET, SWEEP_TARGET, BATCHED_TARGET, FIXED_CMAKE_ARGS;
var init_cmake = __esm({
  "src/build/cmake.ts"() {
    "use strict";
    init_exec();
    init_depth_sweep();
    BENCH_TARGET = "llama-bench";
    SWEEP_TARGET = SWEEP_BENCH;
    BATCHED_TARGET = BATCHED_BENCH;
    FIXED_CMAKE_ARGS = [
      "-DCMAKE_BUILD_TYPE=Release",
      "-DLLAMA_CURL=OFF",
      "-DLLAMA_BUILD_TESTS=OFF",
      "-DLLAMA_BUILD_SERVER=OFF"
    ];
  }
});

// src/build/git.ts
import { mkdir, realpath, rm, stat as stat2 } from "node:fs/promises";
import path5 from "node:path";
async function resolveRef(repo, ref) {
  await assertGitRepo(repo);
  if (!ref || ref.startsWith("-")) {
    throw new UserError(`invalid git ref "${ref}" for repo ${repo}`, GIT_HINT_REFS(repo));
  }
  const r = await run("git", ["-C", repo, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const commit = r.stdout.trim();
  if (r.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new UserError(`git ref "${ref}" does not name a commit in ${repo}`, GIT_HINT_REFS(repo));
  }
  return commit;
}
async function assertGitRepo(repo) {
  const isDir = await stat2(repo).then((s) => s.isDirectory(), () => false);
  if (!isDir) {
    throw new UserError(`repo ${repo} does not exist or is not a directory`, "pass --repo the path of a llama.cpp or ik_llama.cpp git checkout");
  }
  const r = await run("git", ["-C", repo, "rev-parse", "--git-dir"]).catch((e) => {
    throw new UserError(`cannot run git: ${e.message}`, "install git: apt-get install git");
  });
  if (r.code !== 0) {
    throw new UserError(`${repo} is not a git repository`, "pass --repo the path of a llama.cpp or ik_llama.cpp git checkout (git clone ...)");
  }
}
function worktreePath(cacheDir, commit) {
  return path5.join(cacheDir, "worktrees", commit.slice(0, 12));
}
async function ensureWorktree(repo, commit, cacheDir) {
  const wt = worktreePath(cacheDir, commit);
  if (await isCleanCheckoutOf(wt, commit)) return { path: wt, reused: true };
  if (await stat2(wt).then(() => true, () => false)) {
    await run("git", ["-C", repo, "worktree", "remove", "--force", wt]);
    await rm(wt, { recursive: true, force: true });
  }
  await run("git", ["-C", repo, "worktree", "prune"]);
  await mkdir(path5.dirname(wt), { recursive: true });
  await runOk("git", ["-C", repo, "worktree", "add", "--detach", "--force", wt, commit]);
  return { path: wt, reused: false };
}
async function isCleanCheckoutOf(wt, commit) {
  const head2 = await run("git", ["-C", wt, "rev-parse", "--verify", "--quiet", "HEAD"]).catch(() => null);
  if (!head2 || head2.code !== 0 || head2.stdout.trim() !== commit) return false;
  const top = await run("git", ["-C", wt, "rev-parse", "--show-toplevel"]);
  if (top.code !== 0) return false;
  const same = await realpath(top.stdout.trim()).catch(() => "") === await realpath(wt).catch(() => wt);
  if (!same) return false;
  const st = await run("git", ["-C", wt, "status", "--porcelain", "--untracked-files=no"]);
  return st.code === 0 && st.stdout.trim() === "";
}
var GIT_HINT_REFS;
var init_git = __esm({
  "src/build/git.ts"() {
    "use strict";
    init_errors();
    init_exec();
    GIT_HINT_REFS = (repo) => `list the refs with: git -C ${repo} branch -a`;
  }
});

// src/sys/leftovers.ts
import { readdirSync as readdirSync4, readFileSync as readFileSync7 } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
function readProc(pid) {
  try {
    const s = readFileSync7(`/proc/${pid}/stat`, "utf8");
    const f2 = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { pid, state: f2[0], pgrp: Number(f2[2]), startTicks: Number(f2[19]) };
  } catch {
    return null;
  }
}
function groupMembers(g) {
  const leader = readProc(g.pgid);
  if (leader && g.startTicks !== null && leader.startTicks !== g.startTicks) return [];
  const out = [];
  let pids;
  try {
    pids = readdirSync4("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  for (const n of pids) {
    const p = readProc(Number(n));
    if (!p || p.pgrp !== g.pgid || p.state === "Z" || p.pid === process.pid) continue;
    if (g.startTicks !== null && p.startTicks < g.startTicks) continue;
    out.push(p.pid);
  }
  return out;
}
function isForeignGroup(g) {
  const o = g;
  if (!o || !Number.isSafeInteger(o.pgid) || o.pgid <= 1) return false;
  if (o.startTicks !== null && !Number.isSafeInteger(o.startTicks)) return false;
  return o.pgid !== process.pid && o.pgid !== readProc(process.pid)?.pgrp;
}
function signalGroup(g, sig) {
  try {
    process.kill(-g.pgid, sig);
  } catch {
  }
}
async function gone(groups, ms2) {
  const until = Date.now() + ms2;
  for (; ; ) {
    if (groups.every((g) => groupMembers(g).length === 0)) return true;
    if (Date.now() >= until) return false;
    await sleep(50);
  }
}
async function stopLeftovers(groups, graceMs = 3e3) {
  const left = groups.filter(isForeignGroup).filter((g) => groupMembers(g).length > 0);
  const found = left.reduce((n, g) => n + groupMembers(g).length, 0);
  if (left.length === 0) return 0;
  for (const g of left) signalGroup(g, "SIGTERM");
  if (await gone(left, graceMs)) return found;
  for (const g of left) signalGroup(g, "SIGKILL");
  if (await gone(left, graceMs)) return found;
  const still = left.flatMap(groupMembers);
  throw new Error(`processes ${still.join(", ")} left by a killed owner survive SIGKILL; stop them and run again`);
}
var init_leftovers = __esm({
  "src/sys/leftovers.ts"() {
    "use strict";
  }
});

// src/sys/lock.ts
import { link, mkdir as mkdir2, readFile, rename, rm as rm2, stat as stat3, writeFile } from "node:fs/promises";
import { readFileSync as readFileSync8, renameSync as renameSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { hostname } from "node:os";
import path6 from "node:path";
import { setTimeout as sleep2 } from "node:timers/promises";
import { statSync as statSync7 } from "node:fs";
function startTicks(pid) {
  try {
    const s = readFileSync8(`/proc/${pid}/stat`, "utf8");
    const v = Number(s.slice(s.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}
function startedAt(ticks) {
  if (ticks === null) return null;
  try {
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync8("/proc/stat", "utf8"))?.[1]);
    return Number.isFinite(btime) ? new Date((btime + ticks / 100) * 1e3) : null;
  } catch {
    return null;
  }
}
function ownerOf(label, pid = process.pid) {
  return { pid, startTicks: startTicks(pid), hostname: hostname(), since: (/* @__PURE__ */ new Date()).toISOString(), label };
}
function ownerAlive(o) {
  if (o.hostname !== hostname()) return true;
  try {
    process.kill(o.pid, 0);
  } catch (e) {
    if (e.code === "ESRCH") return false;
  }
  const now = startTicks(o.pid);
  if (o.startTicks !== null && now !== null) return now === o.startTicks;
  const started = startedAt(now)?.getTime();
  const since = Date.parse(o.since);
  return !(started !== void 0 && Number.isFinite(since) && started > since + 2e3);
}
async function readOwner(lockPath) {
  const text = (await readFile(lockPath, "utf8").catch(() => "")).trim();
  if (/^\d+$/.test(text)) {
    const mtime = statSync7(lockPath, { throwIfNoEntry: false })?.mtime;
    return { pid: Number(text), startTicks: null, hostname: hostname(), since: mtime ? mtime.toISOString() : "?", label: "a lock" };
  }
  try {
    const o = JSON.parse(text);
    return typeof o.pid === "number" && o.pid > 0 ? o : null;
  } catch {
    return null;
  }
}
function describeOwner(o) {
  if (!o) return "an unknown owner (unreadable lock file)";
  const t = o.hostname === hostname() ? startedAt(o.startTicks) : null;
  return `${o.label} (pid ${o.pid} on ${o.hostname}, started ${t ? t.toISOString() : o.since})`;
}
function waitLine(o, lockPath) {
  if (!o) return `waiting for the lock ${lockPath} (unreadable lock file; taken over after a minute)`;
  const t = o.hostname === hostname() ? startedAt(o.startTicks) : null;
  return `waiting for llama-perf-gate pid ${o.pid} (started ${t ? t.toISOString() : o.since}) holding ${o.label} (${lockPath})`;
}
async function unreadableForLong(lockPath) {
  try {
    return Date.now() - (await stat3(lockPath)).mtimeMs > 6e4;
  } catch {
    return false;
  }
}
async function tryLock(lockPath, label, onStale) {
  await mkdir2(path6.dirname(lockPath), { recursive: true });
  const me = ownerOf(label);
  const mine = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(mine, JSON.stringify(me));
  try {
    for (; ; ) {
      try {
        await link(mine, lockPath);
        return {
          path: lockPath,
          owner: me,
          release: async () => {
            const cur = await readOwner(lockPath);
            if (cur && cur.pid === me.pid && cur.since === me.since) await rm2(lockPath, { force: true });
          },
          addGroup: (pgid) => {
            me.groups = [...me.groups ?? [], { pgid, startTicks: startTicks(pgid) }];
            const next = `${lockPath}.${process.pid}.groups`;
            writeFileSync3(next, JSON.stringify(me));
            renameSync2(next, lockPath);
          }
        };
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
      }
      const owner = await readOwner(lockPath);
      if (owner ? ownerAlive(owner) : !await unreadableForLong(lockPath)) return { heldBy: owner };
      const leftovers = owner && Array.isArray(owner.groups) ? await stopLeftovers(owner.groups) : 0;
      const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
      try {
        await rename(lockPath, aside);
        await rm2(aside, { force: true });
        onStale?.(owner, leftovers);
      } catch {
      }
    }
  } finally {
    await rm2(mine, { force: true });
  }
}
async function acquireLock(lockPath, o) {
  const deadline = o.timeoutMs === void 0 ? Infinity : Date.now() + o.timeoutMs;
  let lastSaid = "";
  for (; ; ) {
    const r = await tryLock(lockPath, o.label, o.onStale);
    if ("release" in r) return r;
    const said = describeOwner(r.heldBy);
    if (said !== lastSaid) {
      o.onWait?.(waitLine(r.heldBy, lockPath), r.heldBy);
      lastSaid = said;
    }
    if (Date.now() >= deadline) throw o.onTimeout?.(r.heldBy) ?? new Error(`timed out waiting for the lock ${lockPath}, held by ${said}`);
    const sig = interruptedBy();
    if (sig) throw new Error(`interrupted by ${sig} while waiting for the lock ${lockPath}, held by ${said}`);
    await sleep2(Math.min(o.pollMs ?? 1e3, Math.max(1, deadline - Date.now())));
  }
}
async function withLock(lockPath, fn, onWait, label = "a lock", onStale) {
  const lock = await acquireLock(lockPath, { label, onWait, onStale });
  try {
    return await fn(lock);
  } finally {
    await lock.release();
  }
}
var init_lock = __esm({
  "src/sys/lock.ts"() {
    "use strict";
    init_children();
    init_leftovers();
  }
});

// src/build/key.ts
import { createHash } from "node:crypto";
function envFlags(env2) {
  const out = {};
  for (const k of FLAG_ENV_VARS) if (env2[k]) out[k] = env2[k];
  return out;
}
function buildKey(inp) {
  const canonical2 = JSON.stringify([
    "llama-perf-gate/build",
    inp.recipe ?? BUILD_RECIPE_VERSION,
    inp.commit,
    inp.cmakeArgs,
    [inp.cc.path, inp.cc.version],
    [inp.cxx.path, inp.cxx.version],
    inp.cmakeVersion,
    Object.keys(inp.envFlags).sort().map((k) => [k, inp.envFlags[k]]),
    ...inp.replica ? [["replica", inp.replica]] : []
  ]);
  return createHash("sha256").update(canonical2).digest("hex").slice(0, 16);
}
var BUILD_RECIPE_VERSION, FLAG_ENV_VARS;
var init_key = __esm({
  "src/build/key.ts"() {
    "use strict";
    BUILD_RECIPE_VERSION = 1;
    FLAG_ENV_VARS = ["CFLAGS", "CXXFLAGS", "CPPFLAGS", "LDFLAGS"];
  }
});

// src/build/progress.ts
function parsePercent(line) {
  const mk = /^\[\s*(\d{1,3})%\]/.exec(line);
  if (mk) return Math.min(100, Number(mk[1]));
  const nj = /^\[(\d+)\/(\d+)\]/.exec(line);
  if (nj && Number(nj[2]) > 0) return Math.min(100, Math.floor(100 * Number(nj[1]) / Number(nj[2])));
  return void 0;
}
function forwardProgress() {
  let best = 0;
  return (line) => {
    const p = parsePercent(line);
    if (p === void 0) return void 0;
    best = Math.max(best, p);
    return best;
  };
}
var init_progress = __esm({
  "src/build/progress.ts"() {
    "use strict";
  }
});

// src/build/toolchain.ts
import { realpath as realpath2 } from "node:fs/promises";
function cmakeDefine(args, name) {
  let found;
  const re = new RegExp(`^-D${name}(?::[A-Za-z]+)?=(.*)$`);
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (a === "-D" && i + 1 < args.length) a = "-D" + args[++i];
    const m = re.exec(a);
    if (m) found = m[1];
  }
  return found;
}
async function firstOnPath(names, env2) {
  for (const n of names) {
    if (!n) continue;
    const p = await which(n, env2);
    if (p) return p;
  }
  return null;
}
async function compilerId(path11) {
  const r = await run(path11, ["--version"]).catch(() => null);
  if (!r || r.code !== 0) throw new UserError(`the compiler ${path11} does not run (\`${path11} --version\` failed)`, INSTALL_HINT);
  const real = await realpath2(path11).catch(() => path11);
  return { path: real, version: r.stdout.split("\n")[0].trim() };
}
async function detectToolchain(cmakeArgs = [], env2 = process.env) {
  const cmake = await which("cmake", env2);
  if (!cmake) throw new UserError("cmake was not found on PATH", INSTALL_HINT);
  const make = await which("make", env2);
  const generator = cmakeArgs.some((a) => a === "-G" || a.startsWith("-G"));
  if (!make && !generator) throw new UserError("make was not found on PATH (CMake generates Makefiles)", INSTALL_HINT);
  const ccName = cmakeDefine(cmakeArgs, "CMAKE_C_COMPILER") ?? env2.CC;
  const cxxName = cmakeDefine(cmakeArgs, "CMAKE_CXX_COMPILER") ?? env2.CXX;
  const ccPath = ccName ? await which(ccName, env2) : await firstOnPath(["cc", "gcc", "clang"], env2);
  const cxxPath = cxxName ? await which(cxxName, env2) : await firstOnPath(["c++", "g++", "clang++"], env2);
  if (!ccPath) throw new UserError(`no C compiler found${ccName ? ` (looked for "${ccName}")` : " (cc, gcc, clang)"}`, INSTALL_HINT);
  if (!cxxPath) throw new UserError(`no C++ compiler found${cxxName ? ` (looked for "${cxxName}")` : " (c++, g++, clang++)"}`, INSTALL_HINT);
  const v = await run(cmake, ["--version"]);
  const cmakeVersion = v.stdout.split("\n")[0].replace(/^cmake version\s*/, "").trim();
  const useCcache = env2.LLAMA_PERF_GATE_CCACHE !== "0";
  return {
    cmake,
    cmakeVersion,
    cc: await compilerId(ccPath),
    cxx: await compilerId(cxxPath),
    ccache: useCcache ? await which("ccache", env2) : null
  };
}
var INSTALL_HINT;
var init_toolchain = __esm({
  "src/build/toolchain.ts"() {
    "use strict";
    init_errors();
    init_exec();
    INSTALL_HINT = "install the build tools: apt-get install cmake make g++";
  }
});

// src/sys/package-root.ts
import { existsSync as existsSync4, readFileSync as readFileSync9 } from "node:fs";
import path7 from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = path7.dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const pj = path7.join(dir, "package.json");
    if (existsSync4(pj)) {
      try {
        if (JSON.parse(readFileSync9(pj, "utf8")).name === "llama-perf-gate") return dir;
      } catch {
      }
    }
    const up = path7.dirname(dir);
    if (up === dir) throw new Error(`cannot find the llama-perf-gate package root above ${from}`);
    dir = up;
  }
}
var init_package_root = __esm({
  "src/sys/package-root.ts"() {
    "use strict";
  }
});

// src/build/embedded.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync as existsSync5 } from "node:fs";
import { mkdir as mkdir3, mkdtemp, readFile as readFile2, rename as rename2, rm as rm3, stat as stat4 } from "node:fs/promises";
import path8 from "node:path";
async function ensureEmbeddedSource(opts) {
  return withLock(path8.join(opts.cacheDir, "locks", "embedded.lock"), () => ensureLocked(opts), (line) => opts.log(line), "the embedded source");
}
async function ensureLocked(opts) {
  const repo = path8.join(opts.cacheDir, "llama.cpp");
  const patchPath = opts.patchPath ?? path8.join(packageRoot(), "patches", "mmap-kv.patch");
  const patch = await readFile2(patchPath).catch(() => {
    throw new UserError(`the mmap-KV patch ${patchPath} is missing`, "restore it from the repository (git checkout -- patches/)");
  });
  const patchSha = createHash2("sha256").update(patch).digest("hex");
  let base2 = await refCommit(repo, BASE_BRANCH);
  if (!base2) {
    const bundle = await ensureBundle(opts);
    base2 = await importBundle(bundle, repo, opts.log);
  }
  const head2 = await patchedCommitIfCurrent(repo, base2, patchSha) ?? await commitPatch(repo, base2, patchPath, patchSha, opts.log);
  return { repo, baseRef: BASE_BRANCH, headRef: HEAD_BRANCH, commit: base2, headCommit: head2 };
}
async function ensureBundle(opts) {
  const npmDir = path8.join(opts.cacheDir, "npm");
  await mkdir3(npmDir, { recursive: true });
  const tgzName = opts.tarballName ?? `${EMBEDDED_PACKAGE}-${EMBEDDED_VERSION}.tgz`;
  const tgz = path8.join(npmDir, tgzName);
  if (!await nonEmptyFile(tgz)) {
    const spec = opts.packageSpec ?? `${EMBEDDED_PACKAGE}@${EMBEDDED_VERSION}`;
    opts.log(`fetching ${spec} with npm pack (about 35 MB, once) into ${npmDir}`);
    const tmp = await mkdtemp(path8.join(npmDir, ".pack-"));
    try {
      const r = await run("npm", ["pack", spec, "--pack-destination", tmp, "--json", "--ignore-scripts"], { cwd: tmp }).catch((e) => {
        throw new UserError(`cannot run npm: ${e.message}`, "install Node.js and npm, or point --repo at your own llama.cpp checkout");
      });
      if (r.code !== 0) {
        const why = r.stderr.trim().split("\n").slice(-4).join(" | ");
        throw new UserError(`npm pack ${spec} failed: ${why}`, "check that the npm registry is reachable (npm ping), or point --repo at your own llama.cpp checkout");
      }
      if (!await nonEmptyFile(path8.join(tmp, tgzName))) throw new Error(`npm pack ${spec} did not produce ${tgzName} (stdout: ${r.stdout.trim().slice(0, 300)})`);
      await rename2(path8.join(tmp, tgzName), tgz);
    } finally {
      await rm3(tmp, { recursive: true, force: true });
    }
  }
  const bundleDir = path8.join(npmDir, "bundle");
  const bundle = path8.join(bundleDir, BUNDLE_PATH_IN_TARBALL);
  if (!await nonEmptyFile(bundle)) {
    opts.log(`extracting ${BUNDLE_PATH_IN_TARBALL} from ${tgzName}`);
    await mkdir3(bundleDir, { recursive: true });
    const r = await run("tar", ["-xzf", tgz, "-C", bundleDir, BUNDLE_PATH_IN_TARBALL]);
    if (r.code !== 0) {
      await rm3(tgz, { force: true });
      throw new Error(`cannot extract ${BUNDLE_PATH_IN_TARBALL} from ${tgz}: ${r.stderr.trim()}`);
    }
  }
  return bundle;
}
async function importBundle(bundle, repo, log) {
  log(`importing the llama.cpp git bundle into ${repo}`);
  const tmp = `${repo}.tmp-${process.pid}`;
  await rm3(tmp, { recursive: true, force: true });
  await runOk("git", ["init", "--quiet", "--bare", tmp]);
  await runOk("git", ["-C", tmp, "fetch", "--quiet", "--no-tags", bundle, `HEAD:refs/heads/${BASE_BRANCH}`]);
  await runOk("git", ["-C", tmp, "symbolic-ref", "HEAD", `refs/heads/${BASE_BRANCH}`]);
  await rm3(repo, { recursive: true, force: true });
  await rename2(tmp, repo);
  const base2 = await refCommit(repo, BASE_BRANCH);
  if (!base2) throw new Error(`importing ${bundle} left no ${BASE_BRANCH} branch in ${repo}`);
  return base2;
}
async function patchedCommitIfCurrent(repo, base2, patchSha) {
  const head2 = await refCommit(repo, HEAD_BRANCH);
  if (!head2) return null;
  const r = await run("git", ["-C", repo, "log", "-1", "--format=%P%n%B", head2]);
  if (r.code !== 0) return null;
  const [parents, ...body] = r.stdout.split("\n");
  return parents.trim() === base2 && body.includes(`${PATCH_TRAILER}: ${patchSha}`) ? head2 : null;
}
async function commitPatch(repo, base2, patchPath, patchSha, log) {
  log(`creating branch ${HEAD_BRANCH} = ${BASE_BRANCH} + ${path8.basename(patchPath)}`);
  const tmpDir = await mkdtemp(path8.join(path8.dirname(repo), ".lpg-index-"));
  const env2 = { ...process.env, GIT_INDEX_FILE: path8.join(tmpDir, "index"), ...PATCH_COMMIT_ENV };
  try {
    await runOk("git", ["-C", repo, "read-tree", base2], { env: env2 });
    const applied = await run("git", ["-C", repo, "apply", "--cached", path8.resolve(patchPath)], { env: env2 });
    if (applied.code !== 0) {
      throw new UserError(
        `the patch ${patchPath} does not apply to ${BASE_BRANCH} (${base2.slice(0, 12)}): ${applied.stderr.trim().split("\n").slice(0, 3).join(" | ")}`,
        `regenerate the patch against the bundled llama.cpp (git -C ${repo} worktree add /tmp/lpg-base ${BASE_BRANCH})`
      );
    }
    const tree = (await runOk("git", ["-C", repo, "write-tree"], { env: env2 })).trim();
    const message = `llama-perf-gate: apply ${path8.basename(patchPath)}

${PATCH_TRAILER}: ${patchSha}
`;
    const commit = (await runOk("git", ["-C", repo, "commit-tree", tree, "-p", base2, "-m", message], { env: env2 })).trim();
    await runOk("git", ["-C", repo, "update-ref", `refs/heads/${HEAD_BRANCH}`, commit]);
    return commit;
  } finally {
    await rm3(tmpDir, { recursive: true, force: true });
  }
}
async function refCommit(repo, branch) {
  if (!existsSync5(repo)) return null;
  const r = await run("git", [`--git-dir=${repo}`, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]).catch(() => null);
  return r && r.code === 0 ? r.stdout.trim() : null;
}
async function nonEmptyFile(p) {
  return stat4(p).then((s) => s.isFile() && s.size > 0, () => false);
}
var EMBEDDED_PACKAGE, EMBEDDED_VERSION, BUNDLE_PATH_IN_TARBALL, BASE_BRANCH, HEAD_BRANCH, PATCH_COMMIT_ENV, PATCH_TRAILER;
var init_embedded = __esm({
  "src/build/embedded.ts"() {
    "use strict";
    init_errors();
    init_exec();
    init_lock();
    init_package_root();
    EMBEDDED_PACKAGE = "node-llama-cpp";
    EMBEDDED_VERSION = "3.21.1";
    BUNDLE_PATH_IN_TARBALL = "package/llama/gitRelease.bundle";
    BASE_BRANCH = "lpg/base";
    HEAD_BRANCH = "lpg/mmap-kv";
    PATCH_COMMIT_ENV = {
      GIT_AUTHOR_NAME: "llama-perf-gate",
      GIT_AUTHOR_EMAIL: "llama-perf-gate@localhost",
      GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
      GIT_COMMITTER_NAME: "llama-perf-gate",
      GIT_COMMITTER_EMAIL: "llama-perf-gate@localhost",
      GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z"
    };
    PATCH_TRAILER = "lpg-patch-sha256";
  }
});

// src/build/index.ts
import { createWriteStream } from "node:fs";
import { mkdir as mkdir4, readFile as readFile3 } from "node:fs/promises";
import os3 from "node:os";
import path9 from "node:path";
function buildDirFor(cacheDir, commit, key) {
  return path9.join(worktreePath(cacheDir, commit), ".lpg-build", key);
}
async function buildVariants(plan2, opts) {
  const env2 = opts.env ?? process.env;
  const repo = path9.resolve(plan2.repo);
  const commits = [];
  const toolchains = [];
  for (const v of plan2.variants) {
    commits.push(await resolveRef(repo, v.ref));
    toolchains.push(await detectToolchain(v.cmakeArgs, env2));
  }
  await mkdir4(opts.logDir, { recursive: true });
  const outcomes = [];
  for (let i = 0; i < plan2.variants.length; i++) {
    outcomes.push(await buildVariant(plan2.variants[i], repo, commits[i], toolchains[i], opts, env2));
  }
  return outcomes;
}
async function buildVariant(v, repo, commit, toolchain, opts, env2 = process.env) {
  const t0 = performance.now();
  const logPath = path9.join(opts.logDir, `build-${v.id}.log`);
  await mkdir4(opts.logDir, { recursive: true });
  const log = createWriteStream(logPath);
  const tail2 = [];
  const progress = forwardProgress();
  const note = (phase, line) => {
    tail2.push(line);
    if (tail2.length > LOG_TAIL_LINES) tail2.shift();
    opts.onProgress?.({ variant: v.id, phase, percent: phase === "build" ? progress(line) : void 0, line });
  };
  const outcome = (o) => ({
    variant: v.id,
    ok: false,
    ref: v.ref,
    commit,
    cmakeArgs: v.cmakeArgs,
    binDir: null,
    depthTool: null,
    reused: false,
    seconds: (performance.now() - t0) / 1e3,
    logPath,
    logTail: null,
    error: null,
    ...o
  });
  const locked = async (lock) => {
    const onGroup = (pgid) => lock.addGroup(pgid);
    const inputs = {
      commit,
      cmakeArgs: v.cmakeArgs,
      cc: toolchain.cc,
      cxx: toolchain.cxx,
      cmakeVersion: toolchain.cmakeVersion,
      envFlags: envFlags(env2),
      ...v.replica && { replica: v.replica }
    };
    const key = buildKey(inputs);
    writeLine(log, `variant ${v.id} (${v.name}) ref ${v.ref} = ${commit}, build key ${key}`);
    const wt = await ensureWorktree(repo, commit, opts.cacheDir);
    writeLine(log, `worktree ${wt.path} (${wt.reused ? "reused" : "created"})`);
    const buildDir = buildDirFor(opts.cacheDir, commit, key);
    const childEnv2 = childEnv(env2);
    if (toolchain.ccache && !coversPath(env2.CCACHE_BASEDIR, opts.cacheDir)) childEnv2.CCACHE_BASEDIR = path9.resolve(opts.cacheDir);
    const previous = await readStamp(buildDir, key);
    if (previous) {
      writeLine(log, `reusing finished build ${buildDir} (same key)`);
      note("build", `reusing ${previous.binDir}`);
      let depthTool = previous.depthTool;
      if (depthTool === void 0) {
        depthTool = await addDepthTool({ buildDir, binDir: previous.binDir, toolchain, jobs: opts.jobs ?? os3.availableParallelism(), env: childEnv2, log, onLine: note, onGroup });
        await writeStamp(buildDir, { ...previous.stamp, targets: depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET], depthTool });
      }
      return outcome({ ok: true, binDir: previous.binDir, depthTool, reused: true });
    }
    if (v.replica) writeLine(log, `build replica ${v.replica}: a separate build of the same commit and flags${toolchain.ccache ? " (ccache off)" : ""}`);
    const r = await cmakeBuild({
      srcDir: wt.path,
      buildDir,
      cmakeArgs: v.cmakeArgs,
      toolchain: v.replica ? { ...toolchain, ccache: null } : toolchain,
      jobs: opts.jobs ?? os3.availableParallelism(),
      env: childEnv2,
      log,
      onLine: note,
      onGroup
    });
    if (!r.ok) {
      writeLine(log, `FAILED: ${r.error}`);
      return outcome({ error: r.error, logTail: tail2.join("\n") });
    }
    await writeStamp(buildDir, { key, inputs, targets: r.targets, depthTool: r.depthTool, binDir: r.binDir, finishedAt: (/* @__PURE__ */ new Date()).toISOString() });
    return outcome({ ok: true, binDir: r.binDir, depthTool: r.depthTool });
  };
  try {
    const lockPath = path9.join(opts.cacheDir, "locks", `${commit.slice(0, 12)}.lock`);
    const said = (line) => {
      note("configure", line);
      opts.log?.(line);
    };
    const onStale = (prev, leftovers) => {
      if (leftovers > 0) said(`stopped ${leftovers} leftover build process${leftovers === 1 ? "" : "es"} of ${describeOwner(prev)}, which is gone`);
    };
    return await withLock(lockPath, locked, said, `the build of ${commit.slice(0, 12)}`, onStale);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    writeLine(log, `FAILED: ${msg}`);
    tail2.push(msg);
    return outcome({ error: msg, logTail: tail2.slice(-LOG_TAIL_LINES).join("\n") });
  } finally {
    await new Promise((resolve8) => log.end(resolve8));
  }
}
async function writeStamp(buildDir, stamp) {
  writeFileAtomic(path9.join(buildDir, STAMP), JSON.stringify(stamp, null, 2) + "\n");
}
async function readStamp(buildDir, key) {
  try {
    const s = JSON.parse(await readFile3(path9.join(buildDir, STAMP), "utf8"));
    if (s.key !== key || typeof s.binDir !== "string") return null;
    if (!await isExecutableFile(path9.join(s.binDir, BENCH_TARGET))) return null;
    let depthTool = typeof s.depthTool === "string" || s.depthTool === null ? s.depthTool : void 0;
    if (typeof depthTool === "string" && !await isExecutableFile(path9.join(s.binDir, depthTool))) depthTool = void 0;
    return { stamp: s, binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}
function coversPath(base2, p) {
  if (!base2) return false;
  const rel2 = path9.relative(path9.resolve(base2), path9.resolve(p));
  return rel2 === "" || !rel2.startsWith("..") && !path9.isAbsolute(rel2);
}
var LOG_TAIL_LINES, STAMP;
var init_build = __esm({
  "src/build/index.ts"() {
    "use strict";
    init_cmake();
    init_exec();
    init_git();
    init_lock();
    init_key();
    init_progress();
    init_toolchain();
    init_child_env();
    init_atomic_file();
    init_cache_dir();
    init_embedded();
    init_git();
    init_key();
    LOG_TAIL_LINES = 30;
    STAMP = "llama-perf-gate-build.json";
  }
});

// src/pipeline/guest.ts
import { hostname as hostname2 } from "node:os";
function planGuest(plan2) {
  const n = plan2.levers.numaGuest;
  return n ? new Guest({ nodes: n, threads: plan2.threads, files: plan2.models.map((m) => m.path) }) : null;
}
function emulationWarning(nodes) {
  return `emulated ${nodes}-node guest (qemu TCG): throughput is not this machine's and is never gated; where memory and threads went is the finding`;
}
function guestCostNote(timings) {
  const med3 = (xs) => xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN;
  const ran = timings.filter((t) => t.upS !== null && t.ranS !== null);
  const overhead = med3(ran.map((t) => t.wallMs / 1e3 - (t.ranS - t.upS)));
  const kernel = med3(ran.map((t) => t.upS));
  return `emulated guest: ${timings.length} boots; per launch a median ${overhead.toFixed(1)} s of qemu's wall time beyond the command (kernel to init ${kernel.toFixed(1)} s of guest uptime)`;
}
async function experimentHost(plan2, log) {
  const guest = planGuest(plan2);
  if (!guest) return readFingerprint("/", { modelMapped: !plan2.levers.noMmap });
  try {
    const fp2 = await guest.fingerprint().catch((e) => {
      throw new EnvironmentError(e.message, "see that qemu-system-x86_64 runs here (it needs no KVM) and that memory is free for the guest");
    });
    const s = guest.shape;
    const t = guest.timings[0];
    log(`emulated guest: ${s.nodes} nodes \xD7 ${s.cpusPerNode} CPU${s.cpusPerNode > 1 ? "s" : ""}, ${s.memMiBPerNode} MiB each; one boot per launch (this one: ${(t.wallMs / 1e3).toFixed(1)} s, kernel to init ${t.upS ?? "?"} s)`);
    return { ...fp2, hostname: `guest of ${hostname2()}`, warnings: [emulationWarning(s.nodes), ...fp2.warnings] };
  } finally {
    guest.close();
  }
}
var init_guest2 = __esm({
  "src/pipeline/guest.ts"() {
    "use strict";
    init_fingerprint();
    init_guest();
    init_errors();
  }
});

// src/report/escape.ts
function escapeMarkdown(input) {
  return escapeInline(input).replace(LEADING_BLOCK, (_m, sp, what) => /^\d/.test(what) ? `${sp}${what}\\` : `${sp}\\${what}`);
}
function escapeInline(input) {
  const s = String(input ?? "").replace(CONTROL, "").replace(/\r\n?|\n|\t/g, " ");
  let out = "";
  for (const ch of s) {
    switch (ch) {
      case "&":
        out += "&amp;";
        break;
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case "@":
        out += "@" + ZWSP;
        break;
      // @user, @org/team, user@host emails
      case "#":
        out += "\\#" + ZWSP;
        break;
      // #123, owner/repo#123, headings
      default:
        out += BACKSLASHED.has(ch) ? "\\" + ch : ch;
    }
  }
  return out.replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`).replace(/\b(www)\./gi, `$1${ZWSP}.`).replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1${ZWSP}://`);
}
function escapeCodeBlock(input) {
  return String(input ?? "").replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(/<!--/g, "<!\u200B--").replace(/-->/g, "-\u200B->");
}
function codeSpan(text) {
  const t = String(text).replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");
  let longest = 0;
  for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") && t.endsWith(" ") && t.trim() ? " " : "";
  return `${fence}${pad}${t.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function fenceFor(text) {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(Math.max(3, longest + 1));
}
function safeUrl(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(/[()<>\s"']/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}
function escapeTerminal(input) {
  return String(input ?? "").replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "").replace(CONTROL, "").replace(/\r\n?|\n|\t/g, " ");
}
function escapeHtml(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
var STICKY_MARKER, ZWSP, CONTROL, BACKSLASHED, LEADING_BLOCK;
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    STICKY_MARKER = "<!-- llama-perf-gate -->";
    ZWSP = "&#8203;";
    CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
    BACKSLASHED = /* @__PURE__ */ new Set(["\\", "`", "*", "_", "[", "]", "|", "~", "$"]);
    LEADING_BLOCK = /^(\s*)([-+=]|\d{1,9}(?=[.)](?:\s|$)))/;
  }
});

// src/report/format.ts
function finite(x) {
  return typeof x === "number" && Number.isFinite(x);
}
function fmtRatio(x) {
  return finite(x) ? x.toFixed(3) : DASH;
}
function fmtInterval(ci) {
  if (!ci || !finite(ci[0]) || !finite(ci[1])) return DASH;
  return `[${fmtRatio(ci[0])}, ${fmtRatio(ci[1])}]`;
}
function fmtPercent(x, digits = 1) {
  return finite(x) ? `${(x * 100).toFixed(digits)}%` : DASH;
}
function fmtChange(ratio) {
  if (!finite(ratio)) return DASH;
  const pct3 = Math.round((ratio - 1) * 1e3) / 10;
  if (pct3 === 0) return "0.0%";
  return `${pct3 > 0 ? "+" : ""}${pct3.toFixed(1)}%`;
}
function fmtTs(x) {
  if (!finite(x)) return DASH;
  return Math.abs(x) >= 1e3 ? x.toFixed(1) : x.toFixed(2);
}
function fmtMiB(kib) {
  if (!finite(kib)) return DASH;
  const mib2 = kib / 1024;
  return mib2 >= 10 * 1024 ? `${(mib2 / 1024).toFixed(1)} GiB` : `${mib2.toFixed(1)} MiB`;
}
function fmtCount(x) {
  return finite(x) ? Math.round(x).toLocaleString("en-US") : DASH;
}
function fmtSeconds(s) {
  if (!finite(s)) return DASH;
  if (s < 10) return `${s.toFixed(1)} s`;
  const total = Math.round(s);
  if (total < 60) return `${total} s`;
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, "0")} s`;
}
function fmtMargin(m) {
  if (typeof m !== "number" || !Number.isFinite(m)) return DASH;
  return `${Number((m * 100).toFixed(1))}%`;
}
function blocksNeededPhrase(ratio, margin, blocks) {
  const inside = finite(ratio) && Math.abs(Math.log(ratio)) < Math.log1p(margin);
  const goal = !finite(ratio) || inside ? `a \xB1${fmtMargin(margin)} neutral call` : `confirming the observed ${fmtChange(ratio)} change`;
  return `${goal} needs about ${fmtCount(blocks)} blocks`;
}
function fmtShare(x) {
  return finite(x) ? x.toFixed(3) : DASH;
}
function fmtShareInterval(ci, identical = false) {
  if (identical) return "identical in every block";
  if (!ci || !finite(ci[0]) || !finite(ci[1])) return DASH;
  return `[${fmtShare(ci[0])}, ${fmtShare(ci[1])}]`;
}
var DASH;
var init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
    DASH = "\u2013";
  }
});

// src/report/vocabulary.ts
function plain(p) {
  return p.map((s) => typeof s === "string" ? s : s.code).join("");
}
function joinPhrases(parts, sep2) {
  return parts.flatMap((p, i) => i === 0 ? p : [sep2, ...p]);
}
function fmtLevel(level) {
  if (typeof level !== "number" || !Number.isFinite(level)) return "\u2013";
  const pct3 = level * 100;
  return Math.abs(pct3 - Math.round(pct3)) < 0.05 ? `${Math.round(pct3)}%` : `${pct3.toFixed(1)}%`;
}
function fmtChangeInterval(ci) {
  return ci ? `[${fmtChange(ci[0])}, ${fmtChange(ci[1])}]` : "\u2013";
}
function levelNote(level, runLevel, n, minBlocks) {
  if (Math.abs(level - runLevel) < 1e-9) return null;
  if (level < runLevel) {
    return `${fmtLevel(level)} interval, not ${fmtLevel(runLevel)}: with ${n} block${n === 1 ? "" : "s"} the exact signed-rank interval cannot reach ${fmtLevel(runLevel)} (${minBlocks} blocks needed)`;
  }
  return `${fmtLevel(level)} interval, wider than ${fmtLevel(runLevel)}: the sequential design spends \u03B1 over several looks, so each look's interval is wider`;
}
function gateOf(outcome, onInconclusive, onIncomplete = DEFAULT_POLICY.onIncomplete) {
  const g = asGateOutcome(outcome);
  const policy = { onInconclusive, onIncomplete };
  const conclusion = checkConclusion(g, policy);
  const ok2 = passes(g, policy);
  const option = g === "inconclusive" ? ` (on-inconclusive: ${onInconclusive})` : g === "incomplete" ? ` (on-incomplete: ${onIncomplete})` : "";
  return { conclusion, passes: ok2, words: `check ${ok2 ? "passes" : "fails"}${option}` };
}
function extendPhrase(m) {
  if (m.horizon === void 0 || m.blocksRun === void 0) return [];
  const left = m.horizon - m.blocksRun;
  if (left <= 0) return [`. The declared horizon of ${m.horizon} blocks is reached: a new experiment with a larger `, code("--horizon"), " can measure more"];
  const step = Math.min(MORE_STEP, left);
  return [`. Up to ${left} more block${left === 1 ? "" : "s"} (horizon ${m.horizon}): `, code(`npx llama-perf-gate more --blocks ${step}`), ", or comment ", code(`/perf more ${step}`), " on the PR"];
}
function undecidedReason(w, m) {
  if (w.n < m.minBlocks) {
    return { noisy: false, phrase: [code(w.id), ` ${fmtChange(w.ratio)} after ${w.n} block${w.n === 1 ? "" : "s"} (${m.minBlocks} needed for any call)`] };
  }
  if (w.blocksNeeded !== null && w.blocksNeeded > m.maxBlocks) {
    return {
      noisy: true,
      phrase: [code(w.id), ` spread ${fmtPercent(w.spread)} between paired launches: about ${fmtCount(w.blocksNeeded)} blocks needed, this run allows ${m.maxBlocks}`]
    };
  }
  const needs = w.blocksNeeded !== null && w.blocksNeeded > w.n ? `, about ${fmtCount(w.blocksNeeded)} needed` : ", more needed";
  return { noisy: false, phrase: [...changeWithInterval(w), ` after ${w.n} blocks${needs}`] };
}
function verdictPhrase(m) {
  const ws = m.workloads;
  const margin = fmtMargin(m.margin);
  const others = (k) => k > 0 ? `, neutral on the other ${k === 1 ? "one" : k}` : "";
  switch (m.outcome) {
    case "neutral":
      return ws.length === 1 ? [`Neutral within \xB1${margin} on `, code(ws[0].id)] : [`Neutral within \xB1${margin} on all ${ws.length} workloads`];
    case "regression":
      return joinPhrases(ws.filter((w) => w.outcome === "regression").map(changeWithInterval), "; ");
    case "improvement": {
      const hit = ws.filter((w) => w.outcome === "improvement");
      return [...joinPhrases(hit.map(changeWithInterval), "; "), others(ws.length - hit.length)];
    }
    case "inconclusive": {
      if (m.emulatedNodes) return [`Emulated ${m.emulatedNodes}-node guest: throughput is emulated and not gated; where memory and threads went is the finding`];
      const open2 = ws.filter((w) => w.outcome === "inconclusive");
      const reasons = open2.map((w) => undecidedReason(w, m));
      const noisy = reasons.length > 0 && reasons.every((r) => r.noisy);
      const rest = reasons.length - MAX_NAMED_UNDECIDED;
      const named2 = rest > 1 ? reasons.slice(0, MAX_NAMED_UNDECIDED) : reasons;
      return [noisy ? "Too noisy to decide: " : "Not decided: ", ...joinPhrases(named2.map((r) => r.phrase), "; "), rest > 1 ? `; ${rest} more undecided` : "", ...extendPhrase(m)];
    }
    case "failed":
      return [`Run failed: ${m.failure ?? "the run could not be judged"}`];
    case "incomplete":
      return [`Incomplete: ${m.failure ?? "a machine sent no results"}`];
    case "no-verdict":
      return ["No verdict computed: the decision engine did not run on these results, the figures are descriptive only"];
  }
}
function incompleteText(i) {
  return `measured ${i.measured_blocks} of ${i.planned_blocks} planned blocks; stopped: ${i.stop_reason.trim() || "no reason recorded"}`;
}
function firstLine(outcome, verdict2, gate2, where = null) {
  return [`${MARKS[outcome]} `, ...where ? [`${where}: `] : [], ...verdict2, ` \u2014 ${gate2.words}`];
}
var MARKS, LABELS, VERDICT_WORDS, code, MORE_STEP, changeWithInterval, MAX_NAMED_UNDECIDED;
var init_vocabulary = __esm({
  "src/report/vocabulary.ts"() {
    "use strict";
    init_format();
    init_policy();
    MARKS = {
      regression: "\u{1F534}",
      improvement: "\u{1F7E2}",
      neutral: "\u2705",
      inconclusive: "\u{1F7E1}",
      "no-verdict": "\u26AA",
      failed: "\u274C",
      incomplete: "\u26A0\uFE0F"
    };
    LABELS = {
      regression: "Regression",
      improvement: "Improvement",
      neutral: "Neutral",
      inconclusive: "Inconclusive",
      "no-verdict": "No verdict",
      failed: "Run failed",
      incomplete: "Incomplete"
    };
    VERDICT_WORDS = {
      regression: "regression",
      improvement: "improvement",
      neutral: "neutral",
      inconclusive: "inconclusive",
      "no-verdict": "no verdict",
      failed: "failed",
      incomplete: "incomplete"
    };
    code = (text) => ({ code: text });
    MORE_STEP = 20;
    changeWithInterval = (w) => [code(w.id), ` ${fmtChange(w.ratio)}${w.ci ? ` ${fmtChangeInterval(w.ci)}` : ""}`];
    MAX_NAMED_UNDECIDED = 3;
  }
});

// src/report/summary.ts
import { median as median3, mean, sampleStandardDeviation } from "simple-statistics";
function figures(values, launches) {
  return {
    median: values.length > 0 ? median3(values) : null,
    cv: values.length >= 2 && mean(values) > 0 ? sampleStandardDeviation(values) / mean(values) : null,
    ok: values.length,
    failed: launches.filter((l) => FAILED_STATUSES.has(l.status)).length
  };
}
function variantName(results3, v) {
  return results3.plan.variants.find((x) => x.id === v)?.name ?? v;
}
function buildFailure(results3, b) {
  const what = `build of ${b.variant} (${variantName(results3, b.variant)}, ref ${b.ref}) failed`;
  return b.error ? `${what}: ${b.error}` : what;
}
function failureOf(results3) {
  const broken = results3.builds.filter((b) => !b.ok);
  if (broken.length > 0) return broken.map((b) => buildFailure(results3, b)).join("; ");
  const counted = results3.launches.filter((l) => !l.warmup && l.status !== "skipped");
  if (counted.length === 0) {
    return `no benchmark launch ran past the warm-up (stop reason: ${results3.stopReason || "none recorded"})`;
  }
  if (counted.every((l) => l.status !== "ok")) {
    return `every launch failed (${counted.length} of ${counted.length}: ${statusCounts(counted)})`;
  }
  const failed = results3.analysis?.workloads.filter((w) => w.verdict === "failed") ?? [];
  const reasons = [...new Set(failed.map((w) => reasonOf(w)))];
  if (failed.length > 0) return reasons.map((why) => `${failed.filter((w) => reasonOf(w) === why).map((w) => w.name).join(", ")}: ${why}`).join("; ");
  return null;
}
function statusCounts(launches) {
  const counts = /* @__PURE__ */ new Map();
  for (const l of launches) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(", ");
}
function byBlock(a, b) {
  const ids = [...new Set([...a, ...b].map((o) => o.block))].sort((x, y) => x - y);
  return ids.map((block) => ({ block, a: a.find((o) => o.block === block)?.value ?? null, b: b.find((o) => o.block === block)?.value ?? null }));
}
function summarizeWorkloads(results3) {
  const inputs = workloadInputsFromResults(results3);
  return inputs.map((input) => {
    const launches = results3.launches.filter((l) => l.workload === input.name);
    const a = figures(input.a.map((o) => o.value), launches.filter((l) => l.variant === "A"));
    const b = figures(input.b.map((o) => o.value), launches.filter((l) => l.variant === "B"));
    const ratioOfMedians = a.median !== null && b.median !== null && a.median > 0 ? b.median / a.median : null;
    const analysis2 = results3.analysis?.workloads.find((w) => w.name === input.name) ?? null;
    return {
      id: input.name,
      a,
      b,
      ratioOfMedians,
      analysis: analysis2,
      ratio: analysis2 ? analysis2.ratio : ratioOfMedians,
      ci: analysis2?.ci ?? null,
      verdict: analysis2 ? analysis2.verdict : "no-verdict",
      blocks: byBlock(input.a, input.b)
    };
  });
}
function summarizeMachine(results3, label) {
  const failure = failureOf(results3);
  const outcome = failure ? "failed" : results3.analysis ? runOutcome(results3.analysis) : "no-verdict";
  const margin = results3.analysis?.margin ?? results3.plan.margin;
  const blocks = new Set(results3.launches.filter((l) => !l.warmup && l.status !== "skipped").map((l) => l.block));
  return {
    label,
    results: results3,
    outcome,
    failure: failure ?? (results3.analysis?.incomplete && outcome === "incomplete" ? incompleteText(results3.analysis.incomplete) : null),
    workloads: summarizeWorkloads(results3),
    blocksRun: blocks.size,
    bounds: [1 / (1 + margin), 1 + margin],
    margin
  };
}
var FAILED_STATUSES;
var init_summary = __esm({
  "src/report/summary.ts"() {
    "use strict";
    init_from_results();
    init_policy();
    init_vocabulary();
    init_reason_words();
    FAILED_STATUSES = /* @__PURE__ */ new Set(["crashed", "timeout", "parse-error"]);
  }
});

// src/report/fleet.ts
function labelsFor(results3, labels) {
  const seen = /* @__PURE__ */ new Map();
  return results3.map((r, i) => {
    const base2 = labels?.[i]?.trim() || r.host?.hostname?.trim() || `machine ${i + 1}`;
    const n = (seen.get(base2) ?? 0) + 1;
    seen.set(base2, n);
    return n === 1 ? base2 : `${base2} (${n})`;
  });
}
function mergeFleet(results3, labels, problems = []) {
  const names = labelsFor(results3, labels);
  const machines = results3.map((r, i) => summarizeMachine(r, names[i]));
  const extra = problems.map((p) => p.outcome).filter((o) => o !== null);
  return { machines, problems, overall: combineOutcomes([...machines.map((m) => m.outcome), ...extra]) };
}
var OVERALL_RULE;
var init_fleet = __esm({
  "src/report/fleet.ts"() {
    "use strict";
    init_summary();
    init_policy();
    OVERALL_RULE = "Overall = the most serious machine verdict: regression anywhere \u2192 regression; else a failed run \u2192 failed; else a machine missing \u2192 incomplete; else a machine without analysis \u2192 no verdict; else inconclusive anywhere \u2192 inconclusive; else improvement if any machine improved and the rest are neutral; else neutral.";
  }
});

// src/stats/mde.ts
function mdeLog(spread, n, alpha, power = MDE_POWER, method = "t") {
  if (!(n >= 2) || !(spread >= 0) || !Number.isFinite(spread)) return Infinity;
  if (method === "hl" && 0.5 ** n > alpha) return Infinity;
  const df = n - 1;
  return spread * (tQuantile(1 - alpha, df) + tQuantile(power, df)) / Math.sqrt(n);
}
function minimumDetectableEffect(spread, n, alpha, method = "t") {
  if (spread === null) return null;
  const d = mdeLog(spread, n, alpha, MDE_POWER, method);
  return Number.isFinite(d) ? Math.expm1(d) : null;
}
var MDE_POWER;
var init_mde = __esm({
  "src/stats/mde.ts"() {
    "use strict";
    init_student_t();
    MDE_POWER = 0.8;
  }
});

// src/plan/slowdown.ts
function describeSlowdown(k) {
  return `injected ${(100 * k).toFixed(1)}% slowdown (LD_PRELOAD shim)`;
}
function slowdownOfVariant(v, commit, other) {
  if (v.slowdown === void 0) return null;
  const same = other !== null && commit !== null && commit === other.commit && JSON.stringify(v.cmakeArgs) === JSON.stringify(other.cmakeArgs);
  return `${same ? "same build + " : ""}${describeSlowdown(v.slowdown)}`;
}
var init_slowdown = __esm({
  "src/plan/slowdown.ts"() {
    "use strict";
  }
});

// src/report/model-sections.ts
function refBesideCommit(ref, commit) {
  return commit && SHA.test(ref) && commit.toLowerCase().startsWith(ref.toLowerCase()) ? null : ref;
}
function shortSha(commit) {
  return commit ? commit.slice(0, 12) : null;
}
function describePolicy(p) {
  switch (p.kind) {
    case "none":
      return "none";
    case "interleave":
      return "numactl --interleave=all";
    case "bind":
      return `numactl -N ${p.node} -m ${p.node}`;
    case "llama":
      return `llama-bench --numa ${p.mode}`;
    case "cpus":
      return `numactl --physcpubind=${p.cpus}`;
  }
}
function leversOf(results3) {
  const plan2 = results3.plan;
  const l = plan2.levers;
  const unset = "not set";
  const rows2 = [
    ["Threads (-t)", String(plan2.threads)],
    ["Repetitions per launch (-r)", String(l.repetitions)],
    ["Priority (--prio)", l.prio !== void 0 ? String(l.prio) : unset],
    ["Delay (--delay)", l.delay !== void 0 ? `${l.delay} s` : unset],
    ["CPU mask (-C)", l.cpuMask !== void 0 ? `${l.cpuMask}${l.cpuStrict ? " (strict)" : ""}` : unset],
    ["Polling (--poll)", l.poll !== void 0 ? String(l.poll) : unset],
    ["Model loading (--no-mmap)", l.noMmap ? "read into memory (llama-bench -mmp 0 / --load-mode none, depth tools --no-mmap)" : "memory-mapped (the tools' default)"]
  ];
  if (l.numaGuest) rows2.push(["Emulated guest (--numa-guest)", `${l.numaGuest} NUMA nodes (qemu TCG, one boot per launch, builds with -DGGML_NATIVE=OFF): every throughput is emulated, never gated`]);
  const numa2 = plan2.workloads.map((w) => ({ key: "NUMA policy of", keyCode: w.id, value: describePolicy(w.numa) }));
  rows2.push(
    ["Blocks", `${plan2.maxBlocks} at most, ${plan2.warmupBlocks} warm-up (discarded)`],
    ["Sequential looks", plan2.looks.length ? plan2.looks.join(", ") : unset],
    ["Seed", String(results3.schedule.seed)],
    ["Timeout per launch", `${plan2.timeoutSec} s`],
    ["Decision", `margin \xB1${fmtMargin(plan2.margin)}, \u03B1 ${plan2.alpha} (${fmtLevel(1 - 2 * plan2.alpha)} intervals), method ${plan2.method}`],
    ["llama-bench flavour", results3.flavour ?? "unknown"],
    ["Stop reason", results3.stopReason || unset]
  );
  for (const v of plan2.variants) {
    const env2 = Object.entries(v.env).map(([k, val]) => `${k}=${val}`).join(" ");
    const parts = [
      `${v.name}, ref ${shortRef(v.ref)}`,
      v.cmakeArgs.length ? `CMake ${v.cmakeArgs.join(" ")}` : null,
      v.runArgs.length ? `run args ${v.runArgs.join(" ")}` : null,
      env2 ? `env ${env2}` : null,
      v.slowdown !== void 0 ? describeSlowdown(v.slowdown) : null
    ].filter(Boolean);
    rows2.push([`Variant ${v.id}`, parts.join("; ")]);
  }
  const kv = rows2.map(([key, value]) => ({ key, value }));
  return [...kv.slice(0, 7), ...numa2, ...kv.slice(7)];
}
function hostOf(h) {
  if (!h) return null;
  const load = (x) => x ? x.map((v) => v.toFixed(2)).join(" / ") : "not recorded";
  const rows2 = [
    ["Host", h.hostname ?? "unknown"],
    ["CPU", h.cpuModel ?? "unknown"],
    ["Topology", `${h.sockets ?? "?"} socket(s) \xD7 ${h.coresPerSocket ?? "?"} cores \xD7 ${h.threadsPerCore ?? "?"} threads = ${h.logicalCpus} logical CPUs (SMT ${h.smt === null ? "unknown" : h.smt ? "on" : "off"})`],
    ["NUMA nodes", String(h.numaNodes.length)],
    ["numa_balancing", h.numaBalancing === null ? "unknown" : String(h.numaBalancing)],
    ["Transparent hugepages", h.thpMode ?? "unknown"],
    ["Proactive reclaim", describeReclaim(h.proactiveReclaim)],
    ["CPU governor", h.governor ?? "unknown"],
    ["Turbo/boost", h.boost === null ? "unknown" : h.boost ? "on" : "off"],
    ["Kernel", h.kernel ?? "unknown"],
    ["Load average at start (1/5/15 min)", load(h.loadAvgStart)],
    ["Load average at end (1/5/15 min)", load(h.loadAvgEnd)]
  ];
  const nodes = h.numaNodes.map((n) => ({ key: `node ${n.id}`, value: `CPUs ${cpuRanges(n.cpus)}; memory ${fmtMiB(n.memTotalKiB)} (free ${fmtMiB(n.memFreeKiB)})` }));
  return { rows: rows2.map(([key, value]) => ({ key, value })), nodes, warnings: [...h.warnings] };
}
function cpuRanges(cpus) {
  const s = [...cpus].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(i === j ? String(s[i]) : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return out.join(",") || "none";
}
function buildsOf(results3) {
  return results3.builds.map((b) => ({
    variant: b.variant,
    name: results3.plan.variants.find((v) => v.id === b.variant)?.name ?? b.variant,
    ref: b.ref,
    refShown: refBesideCommit(b.ref, b.commit),
    commit: b.commit ?? null,
    shortCommit: shortSha(b.commit),
    reused: b.reused,
    seconds: b.seconds,
    ok: b.ok,
    error: b.error ?? null,
    logPath: b.logPath ?? null,
    logTail: b.logTail ?? null
  }));
}
function launchFailures(results3) {
  return results3.launches.filter((l) => FAILED.has(l.status)).map((l) => {
    const parts = [
      l.status === "timeout" ? `timed out after ${fmtSeconds(l.wallMs / 1e3)}` : `${l.status} after ${fmtSeconds(l.wallMs / 1e3)}`,
      l.exitCode !== null ? `exit code ${l.exitCode}` : null,
      l.signal ? `signal ${l.signal}` : null,
      l.error
    ].filter(Boolean);
    return { workload: l.workload, block: l.block, variant: l.variant, status: l.status, warmup: l.warmup, detail: parts.join(", "), stderr: l.stderrTail ?? null };
  });
}
function rawSamplesOf(results3, workloads) {
  return workloads.map((w) => {
    const ls = results3.launches.filter((l) => l.workload === w).sort((a, b) => a.seq - b.seq);
    const lines = ["block  variant  status       samples_ts (t/s)"];
    for (const l of ls) {
      const samples = l.records.map((r) => (r.samplesTs.length ? r.samplesTs : [r.avgTs]).map(fmtTs).join(" ")).join(" / ");
      const block = `${l.block}${l.warmup ? " (w)" : ""}`;
      lines.push(`${block.padEnd(7)}${l.variant.padEnd(9)}${l.status.padEnd(13)}${samples || "\u2013"}`);
    }
    lines.push("(w) = warm-up block, not counted");
    return { workload: w, text: lines.join("\n") };
  });
}
var SHA, shortRef, FAILED;
var init_model_sections = __esm({
  "src/report/model-sections.ts"() {
    "use strict";
    init_damon();
    init_format();
    init_vocabulary();
    init_slowdown();
    SHA = /^[0-9a-f]{7,40}$/i;
    shortRef = (ref) => /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
    FAILED = /* @__PURE__ */ new Set(["crashed", "timeout", "parse-error"]);
  }
});

// src/report/runner.ts
function verdictWords(v) {
  return v === "regression" ? "a regression" : v === "improvement" ? "an improvement" : v;
}
function workloadClause(w, k, many) {
  const size = fmtPercent(1 - 1 / (1 + k));
  const aa = `A/A\u2032 ${w.aaPrime.verdict} ${fmtRatio(w.aaPrime.ratio)} ${fmtInterval(w.aaPrime.ci)}${w.aaPrime.verdict === "regression" || w.aaPrime.verdict === "improvement" ? " (a false alarm)" : ""}`;
  const i = w.injected;
  const inj = i.called ? `an injected ${size} slowdown was called a regression at ${i.look ?? i.n} blocks (measured ${fmtRatio(i.ratio)} ${fmtInterval(i.ci)}${i.covers ? "" : `, not covering the true ${fmtRatio(i.expected)}`})` : `an injected ${size} slowdown was not called: ${verdictWords(i.verdict)} at ${i.n} blocks (measured ${fmtRatio(i.ratio)} ${fmtInterval(i.ci)}, truth ${fmtRatio(i.expected)})`;
  return `${many ? `${w.workload}: ` : ""}${aa}; ${inj}`;
}
function runnerPhrase(r) {
  if (r === void 0) return null;
  if (r === null) return NEVER;
  const head2 = r.status === "qualified" ? `Runner qualified ${ago(r.ageDays)}` : `Runner qualification ${ago(r.ageDays)} fell short`;
  const many = r.workloads.length > 1;
  const body = r.workloads.map((w) => workloadClause(w, r.k, many)).join("; ");
  const later = r.laterFailure ? ` The newest attempt (${r.laterFailure.at.slice(0, 10)}) failed: ${r.laterFailure.reason}.` : "";
  return `${head2}: ${body}.${later}`;
}
function detectablePhrase(ws, alpha, power) {
  const known = ws.filter((w) => w.spread !== null);
  if (known.length === 0) return null;
  const can = known.filter((w) => w.mde !== null);
  const cannot = known.filter((w) => w.mde === null);
  const parts = can.map((w) => `${fmtPercent(w.mde)}${known.length > 1 ? ` (${w.id})` : ""}`);
  const how = `${fmtPercent(power, 0)} power at \u03B1 = ${alpha}, at the blocks measured and the spread observed`;
  const yes = can.length > 0 ? `This run could detect changes of ${parts.join(", ")} or more (${how}; smaller changes it could not tell from noise).` : "";
  const no = cannot.length > 0 ? `${yes ? " " : ""}At the blocks measured this run could not detect any change of ${cannot.map((w) => `${w.id} (${w.n} blocks)`).join(", ")}${can.length ? "" : ` (${how})`}.` : "";
  return yes + no;
}
function undecidedAgainstMde(mde, n) {
  return mde === null ? `at ${n} blocks this run could not detect any change` : `this run could detect changes of ${fmtPercent(mde)} or more (80% power)`;
}
var NEVER, ago;
var init_runner = __esm({
  "src/report/runner.ts"() {
    "use strict";
    init_format();
    NEVER = "This runner has never been qualified: run `llama-perf-gate qualify` (A/A\u2032 of two builds and an injected 3% slowdown) to learn how often it cries wolf and how small a slowdown it catches.";
    ago = (days) => days === 0 ? "today" : days === 1 ? "1 day ago" : `${days} days ago`;
  }
});

// src/report/model-workload.ts
function workloadModel(w, m, runLevel, minBlocks) {
  const a = w.analysis;
  const flags = a && a.flags.length > 0 ? ` Flags: ${a.flags.join(", ")}.` : "";
  const reason = a ? reasonOf(a).replace(/\s+$/, "") : "";
  const why = !a ? w.a.ok === 0 || w.b.ok === 0 ? `no counted launch for ${w.a.ok === 0 ? "A" : "B"}` : "descriptive only: ratio of medians, no verdict computed" : (/[.!?]$/.test(reason) ? reason : `${reason}.`) + flags;
  const n = a?.n ?? Math.min(w.a.ok, w.b.ok);
  const mde = a ? minimumDetectableEffect(a.spread, a.n, m.results.plan.alpha, a.method) : null;
  return {
    id: w.id,
    outcome: w.verdict,
    aTs: w.a.median,
    bTs: w.b.median,
    ratio: w.ratio,
    ci: w.ci,
    ciLevel: a && w.ci ? a.ci_level : null,
    levelNote: a && w.ci ? levelNote(a.ci_level, runLevel, n, minBlocks) : null,
    cvA: w.a.cv,
    cvB: w.b.cv,
    okA: w.a.ok,
    okB: w.b.ok,
    failedA: w.a.failed,
    failedB: w.b.failed,
    n,
    spread: a?.spread ?? null,
    blocksNeeded: a?.blocks_needed ?? null,
    needs: w.verdict !== "inconclusive" ? null : a?.blocks_needed != null && a.blocks_needed <= n ? `${n} blocks per variant were counted and more are needed` : `${blocksNeededPhrase(a?.ratio, m.margin, a?.blocks_needed)} per variant, ${n} were counted`,
    why,
    blocks: w.blocks,
    analysis: a,
    mde,
    againstMde: w.verdict === "inconclusive" && a ? undecidedAgainstMde(mde, n) : null
  };
}
function sidesOf(r) {
  return ["A", "B"].map((id) => {
    const v = r.plan.variants.find((x) => x.id === id);
    const commit = r.builds.find((b) => b.variant === id)?.commit ?? null;
    const ref = v?.ref ?? "";
    const other = r.plan.variants.find((x) => x.id !== id);
    const slowdown = v ? slowdownOfVariant(v, commit, other ? { cmakeArgs: other.cmakeArgs, commit: r.builds.find((b) => b.variant === other.id)?.commit ?? null } : null) : null;
    return { id, name: v?.name ?? id, ref, refShown: refBesideCommit(ref, commit), commit, shortCommit: shortSha(commit), slowdown };
  });
}
var init_model_workload = __esm({
  "src/report/model-workload.ts"() {
    "use strict";
    init_mde();
    init_slowdown();
    init_format();
    init_reason_words();
    init_vocabulary();
    init_model_sections();
    init_runner();
  }
});

// src/report/model-memory.ts
import { median as median4 } from "simple-statistics";
function memoryOf(results3, workloads) {
  const measured2 = results3.launches.filter((l) => l.memory && l.status === "ok" && !l.warmup);
  if (measured2.length === 0) return null;
  const nodeIds = [...new Set(measured2.flatMap((l) => Object.keys(l.memory.nodeKiB ?? {})))].sort((a, b) => Number(a) - Number(b));
  const rowFor = (variant2, ls) => {
    const mems = ls.map((l) => l.memory);
    const withNodes = mems.filter((mm) => mm.nodeKiB && Object.keys(mm.nodeKiB).length > 0);
    const evenness = withNodes.map((mm) => {
      const v = nodeIds.map((id) => mm.nodeKiB[id] ?? 0);
      const lo = Math.min(...v);
      return lo > 0 ? Math.max(...v) / lo : Infinity;
    });
    return {
      variant: variant2,
      launches: ls.length,
      peakRssKiB: med(mems.map((mm) => mm.peakRssKiB)),
      minorFaults: med(mems.map((mm) => mm.minorFaults)),
      majorFaults: med(mems.map((mm) => mm.majorFaults)),
      nodeKiB: nodeIds.map((id) => med(withNodes.map((mm) => mm.nodeKiB[id] ?? 0))),
      evenness: nodeIds.length < 2 ? null : med(evenness)
    };
  };
  const out = [];
  for (const w of workloads) {
    const mine = measured2.filter((l) => l.workload === w);
    if (mine.length === 0) continue;
    const a = rowFor("A", mine.filter((l) => l.variant === "A"));
    const b = rowFor("B", mine.filter((l) => l.variant === "B"));
    const peak = peakRssRatio(results3.plan, w, mine) ?? (a.peakRssKiB && b.peakRssKiB ? { ratio: b.peakRssKiB / a.peakRssKiB, ci: null, level: null, method: null, ties: 0, pairs: 0 } : null);
    out.push({ name: w, rows: [a, b].filter((r) => r.launches > 0), peak });
  }
  return { nodeIds, workloads: out };
}
var med;
var init_model_memory = __esm({
  "src/report/model-memory.ts"() {
    "use strict";
    init_depth_memory();
    med = (xs) => xs.length ? median4(xs) : null;
  }
});

// src/report/model-depth.ts
import { median as median5 } from "simple-statistics";
function failuresOf(launches) {
  return ["A", "B"].flatMap((v) => {
    const mine = launches.filter((l) => l.variant === v);
    const failed = mine.filter((l) => l.status !== "ok");
    if (failed.length === 0) return [];
    const last = failed[failed.length - 1];
    const parts = [last.status, last.exitCode !== null && last.exitCode !== 0 ? `exit code ${last.exitCode}` : null, last.signal ? `signal ${last.signal}` : null, last.error].filter(Boolean);
    const counts = [...new Set(failed.map((l) => l.status))].map((st) => `${failed.filter((l) => l.status === st).length} ${st}`).join(", ");
    return [{ detail: `depth sweep, variant ${v} (${last.tool}): ${failed.length} of ${mine.length} launches failed (${counts}); last, block ${last.block}: ${[...new Set(parts)].join(", ")}`, stderr: last.stderrTail }];
  });
}
function sweepModel(launches, analysis2, askedGen) {
  const counted = launches.filter((l) => l.status === "ok" && !l.warmup);
  const depths = [...new Set(counted.flatMap((l) => l.points.map((p) => p.depth)))].sort((x, y) => x - y);
  const values = (v, d, pick) => counted.filter((l) => l.variant === v).map((l) => pick(l.points.find((p) => p.depth === d) ?? {})).filter((x) => typeof x === "number" && Number.isFinite(x));
  const engine = new Map((analysis2?.workloads ?? []).map((w) => [w.name, w]));
  const memStats = new Map((analysis2?.depth_memory ?? []).map((m) => [m.depth, m]));
  const series2 = (pick, id, fromMem = false) => depths.map((d) => {
    const a = values("A", d, pick);
    const b = values("B", d, pick);
    const ma = med2(a);
    const mb = med2(b);
    const w = id ? engine.get(id(d)) : void 0;
    const m = fromMem ? memStats.get(d) : void 0;
    return {
      depth: d,
      a: ma,
      b: mb,
      aBand: range(a),
      bBand: range(b),
      ratio: w?.ratio ?? m?.ratio ?? (ma !== null && mb !== null && ma > 0 ? mb / ma : null),
      ci: w?.ci ?? m?.ci ?? null,
      verdict: w?.verdict ?? null
    };
  });
  const nodeIds = [...new Set(counted.flatMap((l) => l.points.flatMap((p) => Object.keys(p.memory?.nodeKiB ?? {}))))].sort((x, y) => Number(x) - Number(y));
  const speed2 = (metric) => series2((p) => metric === "tg" ? p.speedTg : p.speedPp, (d) => depthPointId(metric, d)).filter((p) => p.a !== null || p.b !== null);
  const levels = depths.flatMap((d) => ["tg", "pp"].map((m) => engine.get(depthPointId(m, d)))).filter((w) => w?.ci).map((w) => w.ci_level);
  const logged = [...new Set([...launches].sort((x, y) => x.variant.localeCompare(y.variant)).map((l) => `${l.variant} ${l.kvBufferName ?? l.kvBuffer ?? "not found in its log"}`))];
  const first = counted[0] ?? launches[0];
  return {
    tool: first.tool,
    ctx: first.ctx,
    launchesPerVariant: Math.max(counted.filter((l) => l.variant === "A").length, counted.filter((l) => l.variant === "B").length),
    ciLevel: levels.length ? Math.min(...levels) : null,
    tg: speed2("tg"),
    pp: speed2("pp"),
    rss: series2((p) => p.memory?.rssKiB, null, true),
    anon: series2((p) => p.memory?.anonKiB, null),
    shmem: series2((p) => p.memory?.shmemKiB, null),
    nodes: nodeIds.length > 1 ? nodeIds.map((id) => ({ id, points: series2((p) => p.memory ? p.memory.nodeKiB[id] ?? 0 : null, null) })) : [],
    kvBuffers: logged.length ? `KV buffer type logged by the processes: ${logged.join(", ")}` : null,
    genNote: genNote(counted, askedGen),
    failures: failuresOf(launches)
  };
}
function genNote(counted, asked) {
  const tg = [...new Set(counted.flatMap((l) => (l.rows ?? []).map((r) => r.tg)))].filter((t) => Number.isInteger(t) && t > 0).sort((x, y) => x - y);
  if (tg.length === 0) return null;
  const said = `S_TG at each depth is timed over ${tg.join(" / ")} generated tokens (the tool's own count)`;
  return asked !== null && (tg.length > 1 || tg[0] !== asked) ? `${said}; --depth-gen ${asked} was asked, and this ${counted[0].tool} chose its own` : said;
}
function depthOf(results3) {
  const sweep = results3.depthLaunches;
  return sweep && sweep.length > 0 ? sweepModel(sweep, results3.analysis, results3.plan.depthSweep?.gen ?? null) : null;
}
var range, med2;
var init_model_depth = __esm({
  "src/report/model-depth.ts"() {
    "use strict";
    init_depth_sweep();
    range = (xs) => xs.length > 1 ? [Math.min(...xs), Math.max(...xs)] : null;
    med2 = (xs) => xs.length ? median5(xs) : null;
  }
});

// src/report/model-placement.ts
function placementOf(r) {
  const p = r.analysis?.placement;
  if (!p || !r.plan.levers.numaGuest) return null;
  const nodes = p.nodes.map(String);
  const even = (depth, v) => p.rows.find((x) => x.depth === depth && x.variant === v)?.evenness ?? null;
  return {
    guestNodes: r.plan.levers.numaGuest,
    nodes,
    rows: p.rows.map((x) => ({ depth: x.depth, variant: x.variant, n: x.n, cells: nodes.map((k) => x.nodes[k] ?? { anonKiB: 0, shmemKiB: 0, fileKiB: 0, threads: 0 }), evenness: x.evenness })),
    diffs: p.evenness.map((d) => ({ depth: d.depth, a: even(d.depth, "A"), b: even(d.depth, "B"), n: d.n, diff: d.diff, ci: d.ci, level: d.ci_level, identical: d.identical === true }))
  };
}
var init_model_placement = __esm({
  "src/report/model-placement.ts"() {
    "use strict";
  }
});

// src/report/compared.ts
function named(ref, commit) {
  return SHA2.test(ref) && commit.startsWith(ref.toLowerCase()) ? [code(short(commit))] : [code(short(commit)), " (", code(ref), ")"];
}
function moved(c) {
  if (c.baseMoved === null) return ["; how far the base had moved is unknown (no branch point in the checkout)"];
  const base2 = SHA2.test(c.baseRef) ? ["the base"] : [code(c.baseRef)];
  if (c.baseMoved === 0) return ["; ", ...base2, " had not moved past the branch point"];
  return ["; ", ...base2, ` had moved ${c.baseMoved} commit${c.baseMoved === 1 ? "" : "s"} past the branch point`];
}
function comparedPhrase(c) {
  if (!c) return null;
  const head2 = named(c.headRef, c.head);
  const mode = [`Compared: ${c.mode}`, ...c.fallback ? [` (${c.requested} fell back: ${c.fallback})`] : [], " \u2014 "];
  if (c.mode === "merge") {
    const a = ["A = base tip ", ...named(c.baseRef, c.base)];
    const b = c.merge ? ["B = ", code(short(c.base)), " + PR head ", ...head2, ` merged (${c.merge.by === "github" ? "GitHub's test merge" : "merge made here"} `, code(short(c.merge.commit)), ")"] : ["B = PR head ", ...head2, ", which contains the base (the merge is a fast-forward)"];
    return [...mode, ...a, ", ", ...b, ...moved(c)];
  }
  if (c.mode === "branch-point") {
    return [...mode, "A = branch point ", code(short(c.a)), " (merge-base with the base ", ...named(c.baseRef, c.base), "), B = PR head ", ...head2, ...moved(c)];
  }
  const tail2 = c.baseMoved ? [" (B/A includes every base change since; --compare merge measures what merging does)"] : [];
  return [...mode, "A = ", ...named(c.baseRef, c.base), ", B = ", ...head2, ...moved(c), ...tail2];
}
var short, SHA2;
var init_compared = __esm({
  "src/report/compared.ts"() {
    "use strict";
    init_vocabulary();
    short = (sha) => sha.slice(0, 7);
    SHA2 = /^[0-9a-f]{7,64}$/i;
  }
});

// src/report/model-groups.ts
function modelGroups(r, workloads, head2) {
  if (r.plan.models.length < 2) return null;
  const modelOf2 = new Map(r.plan.workloads.map((w) => [w.id, w.model]));
  return r.plan.models.map((m) => {
    const mine = workloads.filter((w) => modelOf2.get(w.id) === m.name);
    const outcome = mine.length ? combineOutcomes(mine.map((w) => w.outcome)) : "no-verdict";
    const failure = mine.find((w) => w.outcome === "failed")?.why ?? null;
    const verdict2 = outcome === "failed" && failure ? [failure] : verdictPhrase({ ...head2, outcome, failure, workloads: mine });
    return { name: m.name, path: m.path, outcome, verdict: verdict2, workloads: mine };
  });
}
function modelContrast(r, groups, margin) {
  if (!groups) return [];
  const byId = new Map(r.plan.workloads.map((w) => [w.id, w]));
  const labels = [...new Set(r.plan.workloads.map((w) => w.id.slice((w.model?.length ?? -1) + 1)))];
  const parts = [];
  for (const label of labels) {
    const on = groups.flatMap((g) => g.workloads.filter((w) => byId.get(w.id)?.model === g.name && w.id === `${g.name}/${label}`).map((w) => ({ g, w })));
    if (on.length < 2 || new Set(on.map((x) => x.w.outcome)).size < 2) continue;
    const say = (w) => w.outcome === "regression" || w.outcome === "improvement" ? fmtChange(w.ratio) : w.outcome === "neutral" ? `neutral within \xB1${fmtMargin(margin)}` : w.outcome === "inconclusive" ? "undecided" : w.outcome;
    parts.push([code(label), `: ${on.map(({ g, w }) => `${say(w)} on ${g.name}`).join(", ")}`]);
  }
  return joinPhrases(parts, "; ");
}
var init_model_groups = __esm({
  "src/report/model-groups.ts"() {
    "use strict";
    init_policy();
    init_format();
    init_vocabulary();
  }
});

// src/report/model.ts
function machineModel(m, onInconclusive, onIncomplete, runner) {
  const r = m.results;
  const runLevel = 1 - 2 * r.plan.alpha;
  const minBlocks = minimumN(r.plan.method, true, runLevel);
  const all = m.workloads.map((w) => workloadModel(w, m, runLevel, minBlocks));
  const points = depthPointIds([...r.plan.depthSweep?.depths ?? [], ...(r.depthLaunches ?? []).flatMap((l) => l.points.map((p) => p.depth))]);
  const workloads = all.filter((w) => !points.has(w.id));
  const head2 = {
    outcome: m.outcome,
    margin: m.margin,
    failure: m.failure,
    minBlocks,
    maxBlocks: r.plan.maxBlocks,
    blocksRun: m.blocksRun,
    horizon: r.plan.horizon ?? r.plan.maxBlocks,
    ...r.analysis?.emulated && r.plan.levers.numaGuest ? { emulatedNodes: r.plan.levers.numaGuest } : {},
    workloads: [
      ...all.map((w) => ({ id: w.id, outcome: w.outcome, ratio: w.ratio, ci: w.ci, n: w.n, spread: w.spread, blocksNeeded: w.blocksNeeded })),
      // Depth points the engine decided that have no llama-bench launches behind them.
      ...(r.analysis?.workloads ?? []).filter((a) => points.has(a.name) && !all.some((w) => w.id === a.name)).map((a) => ({ id: a.name, outcome: a.verdict, ratio: a.ratio, ci: a.ci, n: a.n, spread: a.spread, blocksNeeded: a.blocks_needed }))
    ]
  };
  const models = modelGroups(r, workloads, head2);
  const contrast = modelContrast(r, models, m.margin);
  const verdict2 = contrast.length ? [...verdictPhrase(head2), ". By model: ", ...contrast] : verdictPhrase(head2);
  return {
    label: m.label,
    outcome: m.outcome,
    failure: m.failure,
    verdict: verdict2,
    firstLine: firstLine(m.outcome, verdict2, gateOf(m.outcome, onInconclusive, onIncomplete)),
    descriptiveOnly: r.analysis === null,
    runLevel,
    margin: m.margin,
    bounds: m.bounds,
    geomean: r.analysis?.geomean_ratio ?? null,
    blocksRun: m.blocksRun,
    maxBlocks: r.plan.maxBlocks,
    minBlocks,
    workloads,
    models,
    warnings: [...r.analysis?.warnings ?? [], ...r.notes],
    sides: sidesOf(r),
    compared: comparedPhrase(r.plan.comparison),
    flavour: r.flavour,
    host: hostOf(r.host),
    builds: buildsOf(r),
    levers: leversOf(r),
    failedLaunches: launchFailures(r),
    memory: memoryOf(r, workloads.map((w) => w.id)),
    depth: depthOf(r),
    placement: placementOf(r),
    rawSamples: rawSamplesOf(r, workloads.map((w) => w.id)),
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    runner: runnerPhrase(runner),
    detectable: r.analysis ? detectablePhrase(all.filter((w) => w.analysis), r.plan.alpha, MDE_POWER) : null
  };
}
function fleetFirstLine(machines, problems, overall, gate2) {
  const hit = machines.filter((m) => m.outcome === overall);
  const problem = problems.find((p) => p.outcome === overall);
  if (problem && hit.length === 0) return firstLine(overall, [`${overall === "incomplete" ? "Incomplete" : "Failed"}: ${problem.text}`], gate2);
  if (overall === "neutral") return firstLine(overall, [`Neutral on all ${machines.length} machines`], gate2);
  const [lead] = hit;
  if (!lead) return firstLine(overall, [`${overall} on the fleet`], gate2);
  const more = hit.length > 1 ? [` (and ${hit.length - 1} more machine${hit.length > 2 ? "s" : ""})`] : [];
  return firstLine(overall, [...lead.verdict, ...more], gate2, machines.length > 1 ? lead.label : null);
}
function conclude(machines, problems, onInconclusive, onIncomplete) {
  const extra = problems.map((p) => p.outcome).filter((o) => o !== null);
  const overall = combineOutcomes([...machines.map((m) => m.outcome), ...extra]);
  const gate2 = gateOf(overall, onInconclusive, onIncomplete);
  const line = machines.length === 1 && problems.length === 0 ? machines[0].firstLine : fleetFirstLine(machines, problems, overall, gate2);
  return { fleet: machines.length > 1 || problems.length > 0, overall, gate: { ...gate2, onInconclusive, onIncomplete }, problems, firstLine: line };
}
function buildReportModel(results3, opts = {}) {
  const onInconclusive = opts.onInconclusive ?? "pass";
  const onIncomplete = opts.onIncomplete ?? "fail";
  const fleet = mergeFleet(results3, opts.labels);
  const machines = fleet.machines.map((m) => machineModel(m, onInconclusive, onIncomplete, fleet.machines.length === 1 ? opts.runner : void 0));
  const first = results3[0];
  return {
    ...conclude(machines, opts.problems ?? [], onInconclusive, onIncomplete),
    overallRule: OVERALL_RULE,
    machines,
    tool: first ? `${first.tool.name} ${first.tool.version}` : "llama-perf-gate"
  };
}
var init_model = __esm({
  "src/report/model.ts"() {
    "use strict";
    init_analyze();
    init_fleet();
    init_policy();
    init_model_workload();
    init_vocabulary();
    init_model_sections();
    init_model_memory();
    init_model_depth();
    init_model_placement();
    init_compared();
    init_depth_sweep();
    init_runner();
    init_mde();
    init_model_groups();
  }
});

// src/report/md-context.ts
function fullReportPointer(url) {
  const safe = safeUrl(url);
  return safe ? `[full report and results.json](${safe})` : "`results.json` and `report.html` in the run's artifacts";
}
function templateContext(model, opts = {}) {
  const html = safeUrl(opts.htmlReportUrl);
  return {
    ...model,
    marker: opts.marker === false ? "" : STICKY_MARKER,
    heading: opts.title ? `llama-perf-gate: ${escapeMarkdown(opts.title)}` : "llama-perf-gate: A/B performance",
    show: { ...SHOW_ALL },
    truncation: null,
    fullReport: fullReportPointer(opts.fullReportUrl),
    htmlReport: html ? `[report.html in the run's artifacts](${html})` : null
  };
}
var SHOW_ALL;
var init_md_context = __esm({
  "src/report/md-context.ts"() {
    "use strict";
    init_escape();
    SHOW_ALL = { table: true, chart: true, details: true, tails: true, rawSamples: true };
  }
});

// src/report/chart.ts
function ok(x) {
  return typeof x === "number" && Number.isFinite(x) && x > 0;
}
function domainOf(rows2, bounds) {
  const xs = [1, bounds[0], bounds[1]];
  for (const r of rows2) {
    if (ok(r.ratio)) xs.push(r.ratio);
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) xs.push(r.ci[0], r.ci[1]);
  }
  return [Math.max(DOMAIN_LIMIT[0], Math.min(...xs)), Math.min(DOMAIN_LIMIT[1], Math.max(...xs))];
}
function clip(name, width) {
  const chars = [...name];
  return chars.length <= width ? name : chars.slice(0, width - 1).join("") + "~";
}
function forestPlot(rows2, opts) {
  const width = opts.width ?? 49;
  const [lo, hi] = domainOf(rows2, opts.bounds);
  const pos = (x) => Math.round((Math.log(x) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * (width - 1));
  const inRange2 = (x) => x >= lo && x <= hi;
  const nameWidth = Math.min(opts.maxNameWidth ?? 24, Math.max(8, ...rows2.map((r) => [...r.name].length)));
  const indent = " ".repeat(nameWidth + 1);
  const reference = () => {
    const cells3 = Array(width).fill(" ");
    for (const b of opts.bounds) if (inRange2(b)) cells3[pos(b)] = ":";
    cells3[pos(1)] = "|";
    return cells3;
  };
  const lines = [];
  lines.push(`${indent}B/A throughput ratio, log scale (left of | = B slower)`);
  for (const r of rows2) {
    const cells3 = reference();
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) {
      const l = Math.max(0, Math.min(width - 1, pos(r.ci[0])));
      const h = Math.max(0, Math.min(width - 1, pos(r.ci[1])));
      for (let i = l; i <= h; i++) cells3[i] = "-";
      cells3[l] = r.ci[0] < lo ? "<" : "[";
      cells3[h] = r.ci[1] > hi ? ">" : "]";
    }
    if (ok(r.ratio)) {
      const p = Math.max(0, Math.min(width - 1, pos(r.ratio)));
      cells3[p] = r.ratio < lo ? "<" : r.ratio > hi ? ">" : "o";
    }
    const figures2 = ok(r.ratio) ? `${fmtRatio(r.ratio)}${r.ci ? " " + fmtInterval(r.ci) : ""}` : "no data";
    lines.push(`${clip(r.name, nameWidth).padEnd(nameWidth)} ${cells3.join("")}  ${figures2}`);
  }
  const axis = Array(width).fill("-");
  for (const b of opts.bounds) if (inRange2(b)) axis[pos(b)] = "+";
  axis[pos(1)] = "+";
  lines.push(`${indent}${axis.join("")}`);
  lines.push(`${indent}${axisLabels(width, pos, lo, hi, opts.bounds).trimEnd()}`);
  const what = opts.ciLevel !== null ? `o = B/A estimate, [---] = ${fmtLevel(opts.ciLevel)} interval` : "o = ratio of medians B/A (no interval: no verdict computed)";
  lines.push(`${what}, | = 1.000, : = \xB1${fmtMargin(opts.margin)} margin`);
  return lines.join("\n");
}
function axisLabels(width, pos, lo, hi, bounds) {
  const row2 = Array(width + 6).fill(" ");
  const taken = [];
  const place = (x, align) => {
    const text = fmtRatio(x);
    const at = pos(x);
    const start = align === "left" ? at : align === "right" ? at - text.length + 1 : at - Math.floor(text.length / 2);
    const end = start + text.length;
    if (start < 0 || end > row2.length) return;
    if (taken.some(([s, e]) => start < e + 1 && end + 1 > s)) return;
    taken.push([start, end]);
    for (let i = 0; i < text.length; i++) row2[start + i] = text[i];
  };
  place(1, "center");
  for (const b of bounds) if (b >= lo && b <= hi) place(b, b === lo ? "left" : b === hi ? "right" : "center");
  if (lo < bounds[0]) place(lo, "left");
  if (hi > bounds[1]) place(hi, "right");
  return row2.join("");
}
var DOMAIN_LIMIT;
var init_chart = __esm({
  "src/report/chart.ts"() {
    "use strict";
    init_format();
    init_vocabulary();
    DOMAIN_LIMIT = [0.5, 2];
  }
});

// src/report/depth.ts
function mibCell(kib) {
  return typeof kib === "number" && Number.isFinite(kib) ? (kib / 1024).toFixed(1) : "\u2013";
}
function depthChart(d, names, width = BAR_WIDTH) {
  const max = Math.max(1, ...d.rss.flatMap((p) => [p.a ?? 0, p.b ?? 0]));
  const depthW = Math.max(5, ...d.rss.map((p) => String(p.depth).length));
  const bar = (kib) => {
    if (kib === null) return `${" ".repeat(width)}  (no sample)`;
    const n = Math.round(kib / max * width);
    return `${"#".repeat(n)}${" ".repeat(width - n)}  ${mibCell(kib)}`;
  };
  const lines = [
    `Resident MiB (all the process holds) against KV depth (${d.tool} -c ${d.ctx}); # = ${(max / 1024 / width).toFixed(2)} MiB`,
    `A = ${names.A}, B = ${names.B}`,
    ""
  ];
  for (const p of d.rss) {
    lines.push(`${String(p.depth).padStart(depthW)} A |${bar(p.a)}`);
    lines.push(`${" ".repeat(depthW)} B |${bar(p.b)}`);
  }
  return lines.join("\n");
}
function depthSummaryLine(d) {
  const at = (p) => `depth ${p.depth}: A ${mibCell(p.a)} MiB, B ${mibCell(p.b)} MiB`;
  const ends = d.rss.length > 1 ? [d.rss[0], d.rss[d.rss.length - 1]] : d.rss;
  return `Memory at KV depth (${d.tool} -c ${d.ctx}, resident, medians over ${d.launchesPerVariant} launches per variant): ${ends.map(at).join("; ")}`;
}
var BAR_WIDTH;
var init_depth = __esm({
  "src/report/depth.ts"() {
    "use strict";
    BAR_WIDTH = 40;
  }
});

// src/report/mermaid.ts
function niceMax(x) {
  if (!(x > 0)) return 1;
  const target = x * 1.05;
  const p = 10 ** Math.floor(Math.log10(target));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= target) return m * p;
  return 10 * p;
}
function xyChart(title, unit, points, scale = 1) {
  const both = points.filter((p) => p.a !== null && p.b !== null);
  if (both.length < 2) return null;
  const a = both.map((p) => p.a / scale);
  const b = both.map((p) => p.b / scale);
  const top = niceMax(Math.max(...a, ...b));
  return [
    INIT,
    "xychart-beta",
    `    title "${title} (A blue, B orange)"`,
    `    x-axis "KV depth (tokens)" [${both.map((p) => p.depth).join(", ")}]`,
    `    y-axis "${unit}" 0 --> ${num2(top)}`,
    `    line [${a.map(num2).join(", ")}]`,
    `    line [${b.map(num2).join(", ")}]`
  ].join("\n");
}
function depthMermaid(d) {
  return [
    xyChart("Generation speed S_TG against KV depth", "t/s", d.tg),
    xyChart("Resident memory against KV depth", "MiB", d.rss, 1024)
  ].filter((c) => c !== null);
}
var PALETTE, INIT, num2;
var init_mermaid = __esm({
  "src/report/mermaid.ts"() {
    "use strict";
    PALETTE = "#1f77b4, #ff7f0e";
    INIT = `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`;
    num2 = (x) => String(Number(x.toPrecision(6)));
  }
});

// src/report/md-helpers.ts
function phraseMd(p) {
  return p.map((s, i) => typeof s !== "string" ? codeSpan(s.code) : i === 0 ? escapeMarkdown(s) : escapeInline(s)).join("");
}
function fenced(text, lang = "text") {
  const t = escapeCodeBlock(text).replace(/\n+$/, "");
  const fence = fenceFor(t);
  return `${fence}${lang}
${t}
${fence}`;
}
function tailBlock(text, lines = TAIL_LINES) {
  const all = text.replace(/\n+$/, "").split("\n");
  if (all.length <= lines) return fenced(text);
  return fenced([`\u2026 ${all.length - lines} earlier lines in report.html and results.json`, ...all.slice(-lines)].join("\n"));
}
function depthSpeed(d) {
  return d.tg.map((tg) => ({ depth: tg.depth, tg, pp: d.pp.find((q) => q.depth === tg.depth) ?? EMPTY }));
}
function depthMemory(d) {
  const perNode = d.nodes.length > 0;
  return d.rss.map((rss, i) => ({
    depth: rss.depth,
    rss,
    anon: d.anon[i] ?? EMPTY,
    shmem: d.shmem[i] ?? EMPTY,
    aNodes: perNode ? d.nodes.map((n) => n.points[i]?.a ?? null) : [],
    bNodes: perNode ? d.nodes.map((n) => n.points[i]?.b ?? null) : []
  }));
}
function comparison(model) {
  const m = model.machines[0];
  if (!m) return "";
  const side2 = (id) => {
    const s = m.sides.find((x) => x.id === id);
    const where = [s.refShown !== null ? escapeMarkdown(s.refShown) : null, s.shortCommit ? codeSpan(s.shortCommit) : null].filter(Boolean).join(" @ ");
    return `**${id}** = ${escapeMarkdown(s.name)}${where ? ` (${where})` : ""}${s.slowdown ? ` \u2014 ${escapeMarkdown(s.slowdown)}` : ""}`;
  };
  return `${side2("B")} vs ${side2("A")}; throughput in tokens/s, ratio B/A (below 1 = B slower).`;
}
function overallHeadline(model) {
  const where = (o) => model.machines.filter((m) => m.outcome === o).map((m) => escapeMarkdown(m.label)).join(", ");
  switch (model.overall) {
    case "regression":
      return `regression on ${where("regression")}.`;
    // No machine failed: a problem did (machines that measured other commits, a file decided with another rule).
    case "failed":
      return model.machines.some((m) => m.outcome === "failed") ? `the run failed on ${where("failed")}.` : "the gate fails on the problem below.";
    case "no-verdict":
      return `no verdict was computed on ${where("no-verdict")}.`;
    case "incomplete":
      return "not every machine sent valid results (below).";
    case "inconclusive":
      return `inconclusive on ${where("inconclusive")}.`;
    case "improvement":
      return `improvement on ${where("improvement")}, neutral elsewhere.`;
    case "neutral":
      return "neutral on every machine.";
  }
}
function forest(m) {
  const rows2 = m.workloads.map((w) => ({ name: w.id, ratio: w.ratio, ci: w.ci }));
  if (!rows2.some((c) => c.ratio !== null)) return null;
  return fenced(forestPlot(rows2, { bounds: m.bounds, margin: m.margin, ciLevel: m.descriptiveOnly ? null : m.runLevel }));
}
var TAIL_LINES, EMPTY, nameOf, num3, str, HELPERS;
var init_md_helpers = __esm({
  "src/report/md-helpers.ts"() {
    "use strict";
    init_escape();
    init_format();
    init_chart();
    init_depth();
    init_mermaid();
    init_vocabulary();
    TAIL_LINES = 12;
    EMPTY = { depth: 0, a: null, b: null, aBand: null, bBand: null, ratio: null, ci: null, verdict: null };
    nameOf = (m, id) => m.sides.find((s) => s.id === id)?.name ?? id;
    num3 = (x) => typeof x === "number" ? x : null;
    str = (x) => typeof x === "string" ? x : "";
    HELPERS = {
      // Escaping, by where the string goes.
      md: (x) => escapeMarkdown(x),
      code: (x) => codeSpan(str(x)),
      phrase: (p) => phraseMd(p),
      fence: (text) => fenced(str(text)),
      tail: (text) => tailBlock(str(text)),
      // Keeps a code block inside a list item: every line indented like the fence.
      indent: (text, width) => {
        const pad = " ".repeat(typeof width === "number" ? width : 2);
        return String(text ?? "").split("\n").map((l) => pad + l).join("\n");
      },
      // Numbers.
      ratio: (x) => fmtRatio(num3(x)),
      interval: (ci) => fmtInterval(Array.isArray(ci) ? ci : null),
      percent: (x, digits) => fmtPercent(num3(x), typeof digits === "number" ? digits : 1),
      change: (x) => fmtChange(num3(x)),
      ts: (x) => fmtTs(num3(x)),
      mib: (x) => fmtMiB(num3(x)),
      mibCell: (x) => mibCell(num3(x)),
      // Evenness (a share of 0..1) and its B − A difference, to three decimals.
      share: (x) => fmtShare(num3(x)),
      shareInterval: (ci, identical) => fmtShareInterval(Array.isArray(ci) ? ci : null, identical === true),
      evenIdeal: (p) => `1/${p.nodes.length}`,
      count: (x) => fmtCount(num3(x)),
      seconds: (x) => fmtSeconds(num3(x)),
      level: (x) => fmtLevel(num3(x)),
      evenness: (x) => x === null ? "\u2013" : typeof x === "number" && Number.isFinite(x) ? `${x.toFixed(2)}\xD7` : "one node empty",
      // Words.
      verdictMark: (o) => MARKS[o],
      verdictLabel: (o) => LABELS[o],
      depthVerdict: (v) => typeof v === "string" && v ? `${MARKS[v] ?? ""} ${escapeMarkdown(v)}`.trim() : "\u2013",
      kvKey: (x) => escapeMarkdown(x.key) + (x.keyCode ? ` ${codeSpan(x.keyCode)}` : ""),
      peakNote: (p) => escapeMarkdown(`paired t interval: ${p.ties} of ${p.pairs} block pairs have identical peak RSS, which the signed-rank interval drops`),
      comparison: (model) => comparison(model),
      // The "Compared:" line of the first machine; '' for a fleet without a valid machine.
      compared: (model) => model.machines[0]?.compared ? phraseMd(model.machines[0].compared) : "",
      overallHeadline: (model) => overallHeadline(model),
      // Sections.
      forest: (m) => forest(m),
      depthBars: (m) => m.depth && m.depth.rss.length ? fenced(depthChart(m.depth, { A: nameOf(m, "A"), B: nameOf(m, "B") })) : null,
      // Our own text (numbers and fixed words): no escaping, which would break Mermaid's `-->`.
      mermaid: (d) => depthMermaid(d).map((text) => "```mermaid\n" + text + "\n```"),
      depthSpeed: (d) => depthSpeed(d),
      depthMemory: (d) => depthMemory(d),
      // Lists and tests.
      where: (list, field, value) => Array.isArray(list) ? list.filter((x) => x?.[field] === value) : [],
      any: (list, field) => Array.isArray(list) && list.some((x) => Boolean(x?.[field])),
      eq: (a, b) => a === b
    };
  }
});

// src/report/templates.ts
import { existsSync as existsSync6, readFileSync as readFileSync10, readdirSync as readdirSync5 } from "node:fs";
import { dirname as dirname3, join as join12, basename as basename3 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import Handlebars from "handlebars";
function templatesDir() {
  let dir = dirname3(fileURLToPath2(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join12(dir, "templates");
    if (existsSync6(join12(candidate, "report.md.hbs"))) return candidate;
    dir = dirname3(dir);
  }
  throw new Error("templates/report.md.hbs not found above " + dirname3(fileURLToPath2(import.meta.url)));
}
function registerHelpers(hbs) {
  for (const [name, fn] of Object.entries(HELPERS)) hbs.registerHelper(name, fn);
}
function compile(hbs, source) {
  return hbs.compile(source, { strict: true, preventIndent: true });
}
function environment() {
  if (env) return env;
  const dir = templatesDir();
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const partials = join12(dir, "partials");
  for (const f2 of readdirSync5(partials)) {
    if (f2.endsWith(".hbs")) hbs.registerPartial(basename3(f2, ".hbs"), readFileSync10(join12(partials, f2), "utf8"));
  }
  env = {
    hbs,
    main: compile(hbs, readFileSync10(join12(dir, "report.md.hbs"), "utf8")),
    checkSummary: compile(hbs, readFileSync10(join12(dir, "check-summary.md.hbs"), "utf8")),
    checkText: compile(hbs, readFileSync10(join12(dir, "check-text.md.hbs"), "utf8"))
  };
  return env;
}
function templateFor(name, userPath) {
  const e = environment();
  if (!userPath) return e[name];
  let source;
  try {
    source = readFileSync10(userPath, "utf8");
  } catch (err) {
    throw new UserError(
      `report template ${userPath} cannot be read (${err.code ?? String(err)})`,
      "point the template option at a Handlebars file, e.g. templates/report.md.hbs copied and edited"
    );
  }
  try {
    e.hbs.parse(source);
  } catch (err) {
    throw new UserError(
      `report template ${userPath} is not valid Handlebars: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
      "fix the template, or drop the option to use the built-in templates/report.md.hbs"
    );
  }
  return wrap2(userPath, e.hbs.compile(source, { preventIndent: true }));
}
function wrap2(path11, tpl) {
  return (context) => {
    try {
      return tpl(context);
    } catch (err) {
      throw new UserError(`report template ${path11} failed to render: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`, "check the field names against templates/report.md.hbs");
    }
  };
}
var env;
var init_templates = __esm({
  "src/report/templates.ts"() {
    "use strict";
    init_errors();
    init_md_helpers();
    env = null;
  }
});

// src/report/limits.ts
function closers(text) {
  let fence = null;
  let details = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trimStart();
    const m = FENCE.exec(raw);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === "") fence = null;
      continue;
    }
    if (m) {
      fence = m[1];
      continue;
    }
    details += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
  }
  const out = [];
  if (fence) out.push(fence);
  for (let i = 0; i < details; i++) out.push("</details>");
  return out;
}
function hardCut(body, limit, note, keepPrefix = "") {
  if (body.length <= limit) return body;
  const tail2 = `

---

${note}
`;
  let budget = limit - tail2.length;
  while (budget > keepPrefix.length) {
    let cut = body.slice(0, budget);
    const nl = cut.lastIndexOf("\n");
    cut = nl > keepPrefix.length ? cut.slice(0, nl) : keepPrefix;
    const close = closers(cut);
    const out = cut + (close.length ? "\n" + close.join("\n") : "") + tail2;
    if (out.length <= limit) return out;
    budget -= out.length - limit;
  }
  return (keepPrefix + "\n" + note).slice(0, limit);
}
var COMMENT_MAX_CHARS, FENCE;
var init_limits = __esm({
  "src/report/limits.ts"() {
    "use strict";
    COMMENT_MAX_CHARS = 65536;
    FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
  }
});

// src/report/truncate.ts
function truncationNote(limit, dropped, pointer) {
  const what = dropped.length ? `left out ${dropped.join(", ")}` : "cut at the end";
  return `\u2702\uFE0F Shortened to fit the ${limit.toLocaleString("en-US")}-character limit: ${what}. Everything is in ${pointer}.`;
}
function renderFitted(render, context, limit, keepPrefix = "") {
  let out = "";
  let note = "";
  const base2 = context.show;
  for (const step of LADDER) {
    note = truncationNote(limit, step.dropped, context.fullReport);
    context.show = {
      table: base2.table && step.show.table,
      chart: base2.chart && step.show.chart,
      details: base2.details && step.show.details,
      tails: base2.tails && step.show.tails,
      rawSamples: base2.rawSamples && step.show.rawSamples
    };
    context.truncation = step.dropped.length ? note : null;
    out = render(context);
    if (out.length <= limit) return out;
  }
  return hardCut(out, limit, note, keepPrefix);
}
var LADDER;
var init_truncate = __esm({
  "src/report/truncate.ts"() {
    "use strict";
    init_md_context();
    init_limits();
    LADDER = [
      { show: SHOW_ALL, dropped: [] },
      { show: { ...SHOW_ALL, rawSamples: false }, dropped: ["raw samples"] },
      { show: { ...SHOW_ALL, rawSamples: false, tails: false }, dropped: ["raw samples", "build log and stderr tails"] },
      { show: { ...SHOW_ALL, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details (host, builds, levers, failed launches, memory)"] },
      { show: { table: true, chart: false, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details", "the chart"] },
      { show: { table: false, chart: false, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details", "the chart", "the workload tables"] }
    ];
  }
});

// src/report/markdown.ts
function renderMarkdown(model, opts = {}) {
  const context = templateContext(model, { title: opts.title, fullReportUrl: opts.fullReportUrl, htmlReportUrl: opts.htmlReportUrl, marker: true });
  const tpl = templateFor("main", opts.templatePath);
  const render = (c) => {
    const body = tpl(c).trimStart();
    return body.startsWith(STICKY_MARKER) ? body : `${STICKY_MARKER}
${body}`;
  };
  return renderFitted(render, context, opts.maxChars ?? COMMENT_MAX_CHARS, STICKY_MARKER);
}
var init_markdown = __esm({
  "src/report/markdown.ts"() {
    "use strict";
    init_md_context();
    init_templates();
    init_truncate();
    init_limits();
    init_escape();
  }
});

// src/report/terminal.ts
function alignTable(header3, rows2, align) {
  const width = header3.map((h, i) => Math.max([...h].length, ...rows2.map((r) => [...r[i]].length)));
  const pad = (s, i) => {
    const gap = " ".repeat(width[i] - [...s].length);
    return align[i] === "right" ? gap + s : s + gap;
  };
  const line = (cells3) => cells3.map(pad).join("  ").trimEnd();
  return [line(header3), width.map((w) => "-".repeat(w)).join("  "), ...rows2.map(line)].join("\n");
}
function spreadCell(a, b) {
  return a === null && b === null ? DASH : `${fmtPercent(a)} / ${fmtPercent(b)}`;
}
function machineTable(m) {
  const header3 = ["Workload", "A t/s", "B t/s", "B/A", m.descriptiveOnly ? "Interval" : `${fmtLevel(m.runLevel)} interval`, "CV A / B", "Verdict"];
  const rows2 = m.workloads.map((w) => [
    escapeTerminal(w.id),
    fmtTs(w.aTs),
    fmtTs(w.bTs),
    fmtRatio(w.ratio),
    fmtInterval(w.ci) + (w.levelNote ? ` (${fmtLevel(w.ciLevel)})` : ""),
    spreadCell(w.cvA, w.cvB),
    VERDICT_WORDS[w.outcome]
  ]);
  return alignTable(header3, rows2, ["left", "right", "right", "right", "left", "right", "left"]);
}
function machineFooter(m, firstLine2) {
  const lines = [firstLine2 ? escapeTerminal(plain(m.firstLine)) : `${LABELS[m.outcome]}: ${escapeTerminal(plain(m.verdict))}`];
  for (const g of m.models ?? []) lines.push(`  model ${escapeTerminal(g.name)}: ${LABELS[g.outcome]} \u2014 ${escapeTerminal(plain(g.verdict))}`);
  for (const w of m.workloads.filter((x) => x.levelNote)) lines.push(`  ${escapeTerminal(w.id)}: ${escapeTerminal(w.levelNote)}`);
  for (const w of m.workloads.filter((x) => x.outcome === "inconclusive")) {
    lines.push(`  ${escapeTerminal(w.id)}: spread ${fmtPercent(w.spread)} between paired launches; ${w.needs}${w.againstMde ? `; ${w.againstMde}` : ""}.`);
  }
  if (m.detectable) lines.push(`  ${escapeTerminal(m.detectable)}`);
  if (m.runner) lines.push(`  ${escapeTerminal(m.runner)}`);
  for (const b of m.builds.filter((x) => !x.ok)) {
    if (b.logPath) lines.push(`  build log of ${b.variant}: ${escapeTerminal(b.logPath)}`);
    for (const l of (b.logTail ?? "").split("\n").filter(Boolean).slice(-10)) lines.push(`    ${escapeTerminal(l)}`);
  }
  const failed = m.failedLaunches;
  if (failed.length) {
    const kinds = [...new Set(failed.map((l) => l.status))].map((s) => `${failed.filter((l) => l.status === s).length} ${s}`).join(", ");
    lines.push(`  ${failed.length} launch(es) failed (${kinds}); details in report.md.`);
  }
  if (m.depth && m.depth.rss.length) lines.push(`  ${escapeTerminal(depthSummaryLine(m.depth))}`);
  for (const f2 of m.depth?.failures ?? []) lines.push(`  ${escapeTerminal(f2.detail)}`);
  for (const w of m.host?.warnings ?? []) lines.push(`  host warning: ${escapeTerminal(w)}`);
  return lines;
}
function renderTerminal(model) {
  const parts = [];
  const single = model.machines.length === 1;
  for (const m of model.machines) {
    if (!single) parts.push(`== ${escapeTerminal(m.label)} ==`);
    if (m.outcome === "failed" && m.builds.some((b) => !b.ok)) parts.push(...machineFooter(m, single), "");
    else parts.push(machineTable(m), "", ...machineFooter(m, single), "");
  }
  if (!single) parts.push(escapeTerminal(plain(model.firstLine)));
  return parts.join("\n").trimEnd() + "\n";
}
var init_terminal = __esm({
  "src/report/terminal.ts"() {
    "use strict";
    init_escape();
    init_format();
    init_depth();
    init_vocabulary();
  }
});

// src/report/html/svg.ts
function niceTicks(lo, hi, count = 5) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw);
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}
function linear(domain, range2, ticks) {
  const [d0, d1] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const s = ((x) => range2[0] + (x - d0) / (d1 - d0) * (range2[1] - range2[0]));
  s.domain = [d0, d1];
  s.ticks = ticks ?? niceTicks(d0, d1);
  return s;
}
function logScale(domain, range2, ticks) {
  const [l0, l1] = [Math.log(domain[0]), Math.log(domain[1])];
  const s = ((x) => range2[0] + (Math.log(x) - l0) / (l1 - l0 || 1) * (range2[1] - range2[0]));
  s.domain = domain;
  s.ticks = ticks;
  return s;
}
function open(kind, fr, title, series2, points) {
  return `<svg class="chart" data-chart="${escapeHtml(kind)}" data-series="${series2}" data-points="${points}" viewBox="0 0 ${fr.width} ${fr.height}" width="${fr.width}" height="${fr.height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title><text class="ttl" x="${fr.left}" y="16">${escapeHtml(title)}</text>`;
}
function xAxis(fr, x, label, fmt2 = String) {
  const y = fr.height - fr.bottom;
  const ticks = x.ticks.filter((t) => t >= x.domain[0] - 1e-9 && t <= x.domain[1] + 1e-9);
  return `<g class="axis x"><line x1="${fr.left}" x2="${fr.width - fr.right}" y1="${y}" y2="${y}"/>` + ticks.map((t) => `<line x1="${f(x(t))}" x2="${f(x(t))}" y1="${y}" y2="${y + 4}"/><text x="${f(x(t))}" y="${y + 16}" text-anchor="middle">${escapeHtml(fmt2(t))}</text>`).join("") + `<text class="lbl" x="${(fr.left + fr.width - fr.right) / 2}" y="${fr.height - 6}" text-anchor="middle">${escapeHtml(label)}</text></g>`;
}
function yAxis(fr, y, label, fmt2 = String) {
  const ticks = y.ticks.filter((t) => t >= y.domain[0] - 1e-9 && t <= y.domain[1] + 1e-9);
  return `<g class="axis y"><line x1="${fr.left}" x2="${fr.left}" y1="${fr.top}" y2="${fr.height - fr.bottom}"/>` + ticks.map((t) => `<line class="grid" x1="${fr.left}" x2="${fr.width - fr.right}" y1="${f(y(t))}" y2="${f(y(t))}"/><text x="${fr.left - 6}" y="${f(y(t))}" dy="0.32em" text-anchor="end">${escapeHtml(fmt2(t))}</text>`).join("") + `<text class="lbl" transform="translate(14 ${(fr.top + fr.height - fr.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(label)}</text></g>`;
}
function series(name, color, pts, opts = {}) {
  const path11 = opts.line !== false && pts.length > 1 ? `<polyline fill="none" stroke="${color}" stroke-width="1.8"${opts.dash ? ' stroke-dasharray="5 3"' : ""} points="${pts.map((p) => `${f(p.x)},${f(p.y)}`).join(" ")}"/>` : "";
  const dots = pts.map((p) => `<circle class="pt" cx="${f(p.x)}" cy="${f(p.y)}" r="${opts.r ?? 3}" fill="${color}"><title>${escapeHtml(p.tip)}</title></circle>`).join("");
  return `<g class="series" data-series="${escapeHtml(name)}" data-points="${pts.length}">${path11}${dots}</g>`;
}
function band(color, lo, hi) {
  if (lo.length < 2) return "";
  const poly = [...lo, ...[...hi].reverse()].map((p) => `${f(p.x)},${f(p.y)}`).join(" ");
  return `<polygon class="band" fill="${color}" fill-opacity="0.15" stroke="none" points="${poly}"/>`;
}
function legend(fr, items) {
  let x = fr.width - fr.right;
  const parts = [];
  for (const it of [...items].reverse()) {
    const w = 26 + it.name.length * 6.2;
    x -= w;
    parts.push(`<g class="key"><line x1="${f(x)}" x2="${f(x + 16)}" y1="27" y2="27" stroke="${it.color}" stroke-width="2"${it.dash ? ' stroke-dasharray="5 3"' : ""}/><text x="${f(x + 20)}" y="31">${escapeHtml(it.name)}</text></g>`);
  }
  return `<g class="legend">${parts.join("")}</g>`;
}
var COLORS, f, frame;
var init_svg = __esm({
  "src/report/html/svg.ts"() {
    "use strict";
    init_escape();
    COLORS = { A: "#1f77b4", B: "#ff7f0e", ratio: "#444", margin: "#2ca02c" };
    f = (x) => (Math.round(x * 10) / 10).toString();
    frame = (width = 640, height = 240) => ({ width, height, left: 64, right: 16, top: 40, bottom: 40 });
  }
});

// src/report/html/charts.ts
function forestChart(m, rows2) {
  const rowH = 24;
  const fr = { ...frame(720, 0), left: 150, right: 190 };
  fr.height = fr.top + rows2.length * rowH + fr.bottom;
  const xs = [1, m.bounds[0], m.bounds[1], ...rows2.flatMap((r) => [r.ratio, ...r.ci ?? []]).filter(finite2)];
  const lo = Math.max(0.5, Math.min(...xs));
  const hi = Math.min(2, Math.max(...xs));
  const ticks = [.../* @__PURE__ */ new Set([m.bounds[0], 1, m.bounds[1], ...niceTicks(lo, hi, 4).filter((t) => t > 0)])].filter((t) => t >= lo && t <= hi).sort((a, b) => a - b);
  const x = logScale([lo, hi], [fr.left, fr.width - fr.right], ticks);
  const clampX = (v) => x(Math.min(hi, Math.max(lo, v)));
  const y = (i) => fr.top + i * rowH + rowH / 2;
  const bottom = fr.height - fr.bottom;
  const shown = rows2.filter((r) => finite2(r.ratio));
  const title = `B/A per workload with its ${m.descriptiveOnly ? "ratio of medians (no interval: no verdict computed)" : `${fmtLevel(m.runLevel)} interval`}; shaded: \xB1${fmtMargin(m.margin)} margin`;
  const parts = [
    open("forest", fr, title, 1, shown.length),
    `<rect class="margin" x="${f(x(m.bounds[0]))}" y="${fr.top}" width="${f(x(m.bounds[1]) - x(m.bounds[0]))}" height="${bottom - fr.top}" fill="${COLORS.margin}" fill-opacity="0.12"/>`,
    `<line class="one" x1="${f(x(1))}" x2="${f(x(1))}" y1="${fr.top}" y2="${bottom}" stroke="#000" stroke-dasharray="3 3"/>`,
    xAxis(fr, x, "B/A (log scale; left of 1 = B slower)", (v) => fmtRatio(v))
  ];
  const pts = [];
  rows2.forEach((r, i) => {
    parts.push(`<text class="name" x="${fr.left - 8}" y="${f(y(i))}" dy="0.32em" text-anchor="end">${escapeHtml(`${MARKS[r.outcome]} ${r.id}`)}</text>`);
    parts.push(`<text class="fig" x="${fr.width - fr.right + 8}" y="${f(y(i))}" dy="0.32em">${escapeHtml(finite2(r.ratio) ? `${fmtRatio(r.ratio)} ${r.ci ? fmtInterval(r.ci) : ""}` : "no data")}</text>`);
    if (!finite2(r.ratio)) return;
    const err = r.ci && finite2(r.ci[0]) && finite2(r.ci[1]) ? `<line class="ci" x1="${f(clampX(r.ci[0]))}" x2="${f(clampX(r.ci[1]))}" y1="${f(y(i))}" y2="${f(y(i))}" stroke="${COLORS.ratio}" stroke-width="2"/>` : "";
    pts.push(`${err}<circle class="pt" cx="${f(clampX(r.ratio))}" cy="${f(y(i))}" r="4.5" fill="${r.outcome === "regression" ? "#d62728" : r.outcome === "improvement" ? "#2ca02c" : COLORS.ratio}"><title>${escapeHtml(`${r.id}: B/A ${fmtRatio(r.ratio)} ${fmtInterval(r.ci)}`)}</title></circle>`);
  });
  parts.push(`<g class="series" data-series="B/A" data-points="${shown.length}">${pts.join("")}</g>`);
  return parts.join("") + "</svg>";
}
function blockChart(w) {
  const fr = frame(640, 200);
  const blocks = w.blocks;
  const vals = blocks.flatMap((b2) => [b2.a, b2.b]).filter(finite2);
  const xs = blocks.map((b2) => b2.block);
  const x = linear([Math.min(...xs, 1), Math.max(...xs, 1)], [fr.left + 8, fr.width - fr.right - 8], niceTicks(Math.min(...xs, 1), Math.max(...xs, 1), Math.min(8, blocks.length)).filter(Number.isInteger));
  const pad = vals.length ? (Math.max(...vals) - Math.min(...vals)) * 0.1 || Math.max(...vals) * 0.02 : 1;
  const y = linear(vals.length ? [Math.min(...vals) - pad, Math.max(...vals) + pad] : [0, 1], [fr.height - fr.bottom, fr.top]);
  const side2 = (v) => blocks.filter((b2) => finite2(b2[v])).map((b2) => ({ x: x(b2.block), y: y(b2[v]), tip: `block ${b2.block}, ${v.toUpperCase()}: ${fmtTs(b2[v])} t/s` }));
  const pairs = blocks.filter((b2) => finite2(b2.a) && finite2(b2.b)).map((b2) => `<line x1="${f(x(b2.block))}" x2="${f(x(b2.block))}" y1="${f(y(b2.a))}" y2="${f(y(b2.b))}" stroke="#999" stroke-width="1"/>`).join("");
  const a = side2("a");
  const b = side2("b");
  return [
    open(`blocks-${w.id}`, fr, `${w.id}: t/s by block, A and B (paired launches joined)`, 2, a.length + b.length),
    legend(fr, [{ name: "A", color: COLORS.A }, { name: "B", color: COLORS.B }]),
    yAxis(fr, y, "t/s", (v) => fmtTs(v)),
    xAxis(fr, x, "block (counted)"),
    `<g class="pairs">${pairs}</g>`,
    series("A", COLORS.A, a, { line: false }),
    series("B", COLORS.B, b, { line: false }),
    "</svg>"
  ].join("");
}
function depthChart2(kind, title, unit, points, scale = 1, extra = []) {
  const fr = frame(640, 240);
  const depths = points.map((p) => p.depth);
  const vals = [...points.flatMap((p) => [p.a, p.b, ...p.aBand ?? [], ...p.bBand ?? []]), ...extra.flatMap((e) => e.points.map((p) => p[e.side]))].filter((v) => typeof v === "number" && Number.isFinite(v)).map((v) => v / scale);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const top = vals.length ? Math.max(...vals) * 1.08 : 1;
  const y = linear([0, top], [fr.height - fr.bottom, fr.top]);
  const num5 = (v) => Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
  const pts = (side2, ps) => ps.filter((p) => typeof p[side2] === "number").map((p) => ({ x: x(p.depth), y: y(p[side2] / scale), tip: `depth ${p.depth}, ${side2.toUpperCase()}: ${num5(p[side2] / scale)} ${unit}` }));
  const bandOf = (which2, color) => {
    const ps = points.filter((p) => p[which2]);
    return band(color, ps.map((p) => ({ x: x(p.depth), y: y(p[which2][0] / scale) })), ps.map((p) => ({ x: x(p.depth), y: y(p[which2][1] / scale) })));
  };
  const main2 = [series("A", COLORS.A, pts("a", points)), series("B", COLORS.B, pts("b", points))];
  const more = extra.map((e) => series(e.name, e.color, pts(e.side, e.points), { dash: e.dash, r: 2 }));
  const count = [...main2, ...more].length;
  const n = pts("a", points).length + pts("b", points).length + extra.reduce((s, e) => s + pts(e.side, e.points).length, 0);
  return [
    open(kind, fr, title, count, n),
    legend(fr, [{ name: "A", color: COLORS.A }, { name: "B", color: COLORS.B }, ...extra.map((e) => ({ name: e.name, color: e.color, dash: e.dash }))]),
    yAxis(fr, y, unit, num5),
    xAxis(fr, x, "KV depth (tokens)", fmtDepth),
    bandOf("aBand", COLORS.A),
    bandOf("bBand", COLORS.B),
    ...main2,
    ...more,
    "</svg>"
  ].join("");
}
function depthRatioChart(kind, title, points, margin) {
  const fr = frame(640, 180);
  const shown = points.filter((p) => finite2(p.ratio));
  const depths = points.map((p) => p.depth);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const vals = [1 / (1 + margin), 1 + margin, ...shown.flatMap((p) => [p.ratio, ...p.ci ?? []])].filter(finite2);
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  const padY = (hi - lo) * 0.08;
  const y = linear([lo - padY, hi + padY], [fr.height - fr.bottom, fr.top]);
  const bars = shown.filter((p) => p.ci).map((p) => `<line class="ci" x1="${f(x(p.depth))}" x2="${f(x(p.depth))}" y1="${f(y(p.ci[0]))}" y2="${f(y(p.ci[1]))}" stroke="${COLORS.ratio}" stroke-width="2"/>`).join("");
  return [
    open(kind, fr, title, 1, shown.length),
    `<rect class="margin" x="${fr.left}" y="${f(y(1 + margin))}" width="${fr.width - fr.left - fr.right}" height="${f(y(1 / (1 + margin)) - y(1 + margin))}" fill="${COLORS.margin}" fill-opacity="0.12"/>`,
    yAxis(fr, y, "B/A", (v) => v.toFixed(3)),
    xAxis(fr, x, "KV depth (tokens)", fmtDepth),
    `<line class="one" x1="${fr.left}" x2="${fr.width - fr.right}" y1="${f(y(1))}" y2="${f(y(1))}" stroke="#000" stroke-dasharray="3 3"/>`,
    bars,
    series("B/A", COLORS.ratio, shown.map((p) => ({ x: x(p.depth), y: y(p.ratio), tip: `depth ${p.depth}: B/A ${fmtRatio(p.ratio)} ${fmtInterval(p.ci)}${p.verdict ? ` (${p.verdict})` : ""}` }))),
    "</svg>"
  ].join("");
}
function depthCharts(d, margin) {
  const level = d.ciLevel ? `${fmtLevel(d.ciLevel)} interval` : "no interval";
  const bandNote = d.launchesPerVariant > 1 ? `; bands: range over ${d.launchesPerVariant} launches` : "";
  const out = [];
  for (const [metric, points, name] of [["tg", d.tg, "S_TG (generation)"], ["pp", d.pp, "S_PP (prompt processing)"]]) {
    if (points.length === 0) continue;
    out.push(depthChart2(`depth-${metric}`, `${name} t/s against KV depth${bandNote ? ", medians" : ""}${bandNote}`, "t/s", points));
    if (points.some((p) => finite2(p.ratio))) out.push(depthRatioChart(`depth-${metric}-ratio`, `${name}: B/A per depth with its ${level}; shaded: \xB1${fmtMargin(margin)}`, points, margin));
  }
  if (d.rss.length) {
    const shared = d.shmem.some((p) => (p.a ?? 0) > 0 || (p.b ?? 0) > 0);
    out.push(depthChart2("depth-memory", `Resident MiB against KV depth: total (solid), private anonymous (dashed)${shared ? ", shmem (dotted)" : ""}`, "MiB", d.rss, 1024, [
      { name: "A anon", color: COLORS.A, points: d.anon, dash: true, side: "a" },
      { name: "B anon", color: COLORS.B, points: d.anon, dash: true, side: "b" },
      ...shared ? [
        { name: "A shmem", color: COLORS.A, points: d.shmem, dash: true, side: "a" },
        { name: "B shmem", color: COLORS.B, points: d.shmem, dash: true, side: "b" }
      ] : []
    ]));
  }
  if (d.nodes.length > 1) {
    const palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];
    const extra = d.nodes.flatMap((n, i) => [
      { name: `A node ${n.id}`, color: palette[2 * i % palette.length], points: n.points, side: "a" },
      { name: `B node ${n.id}`, color: palette[(2 * i + 1) % palette.length], points: n.points, side: "b", dash: true }
    ]);
    out.push(nodeChart(extra));
  }
  return out;
}
function nodeChart(lines) {
  const fr = frame(640, 240);
  const depths = lines[0].points.map((p) => p.depth);
  const vals = lines.flatMap((l) => l.points.map((p) => p[l.side])).filter((v) => typeof v === "number").map((v) => v / 1024);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const y = linear([0, (vals.length ? Math.max(...vals) : 1) * 1.08], [fr.height - fr.bottom, fr.top]);
  const drawn = lines.map((l) => {
    const pts = l.points.filter((p) => typeof p[l.side] === "number").map((p) => ({ x: x(p.depth), y: y(p[l.side] / 1024), tip: `depth ${p.depth}, ${l.name}: ${(p[l.side] / 1024).toFixed(1)} MiB` }));
    return { svg: series(l.name, l.color, pts, { dash: l.dash }), n: pts.length };
  });
  return [
    open("depth-memory-nodes", fr, "Resident MiB per NUMA node against KV depth (all mapping kinds)", lines.length, drawn.reduce((s, d) => s + d.n, 0)),
    legend(fr, lines.map((l) => ({ name: l.name, color: l.color, dash: l.dash }))),
    yAxis(fr, y, "MiB", (v) => v.toFixed(0)),
    xAxis(fr, x, "KV depth (tokens)", fmtDepth),
    ...drawn.map((d) => d.svg),
    "</svg>"
  ].join("");
}
var finite2, fmtDepth;
var init_charts = __esm({
  "src/report/html/charts.ts"() {
    "use strict";
    init_format();
    init_vocabulary();
    init_escape();
    init_svg();
    finite2 = (x) => typeof x === "number" && Number.isFinite(x) && x > 0;
    fmtDepth = (d) => d >= 1024 && d % 1024 === 0 ? `${d / 1024}k` : String(d);
  }
});

// src/report/html/page.ts
function phraseHtml(p) {
  return p.map((s) => typeof s === "string" ? escapeHtml(s) : `<code>${escapeHtml(s.code)}</code>`).join("");
}
function workloadTable(m) {
  const num5 = [false, true, true, true, false, true, false, true, true, false];
  const rowOf2 = (w) => row([
    `<code>${escapeHtml(w.id)}</code>`,
    fmtTs(w.aTs),
    fmtTs(w.bTs),
    `<b>${fmtRatio(w.ratio)}</b>`,
    escapeHtml(fmtInterval(w.ci)) + (w.levelNote ? ` (${escapeHtml(fmtLevel(w.ciLevel))})` : ""),
    fmtChange(w.ratio),
    `${MARKS[w.outcome]} ${escapeHtml(LABELS[w.outcome])}`,
    `${fmtPercent(w.cvA)} / ${fmtPercent(w.cvB)}`,
    `${w.okA}${w.failedA ? ` (+${w.failedA} failed)` : ""} / ${w.okB}${w.failedB ? ` (+${w.failedB} failed)` : ""}`,
    escapeHtml(w.why) + (w.needs ? ` ${escapeHtml(w.needs)}.` : "")
  ], num5);
  const rows2 = m.models ? m.models.flatMap((g) => [`<tr class="model"><th colspan="10">${MARKS[g.outcome]} ${escapeHtml(g.name)}</th></tr>`, ...g.workloads.map(rowOf2)]) : m.workloads.map(rowOf2);
  const notes = m.workloads.filter((w) => w.levelNote).map((w) => `<p class="note"><code>${escapeHtml(w.id)}</code>: ${escapeHtml(w.levelNote)}</p>`).join("");
  const interval = m.descriptiveOnly ? "Interval" : `${fmtLevel(m.runLevel)} interval`;
  return `<table class="workloads">${head(["Workload", "A t/s", "B t/s", "B/A", interval, "Change", "Verdict", "CV A / B", "Launches A / B", "Why"], num5)}${rows2.join("")}</table>${notes}`;
}
function depthSection(d, m) {
  const charts = depthCharts(d, m.margin);
  const speedRows = d.tg.map((p) => {
    const pp = d.pp.find((q) => q.depth === p.depth);
    const total = d.rss.find((q) => q.depth === p.depth);
    return row([
      String(p.depth),
      fmtTs(p.a),
      fmtTs(p.b),
      fmtRatio(p.ratio),
      escapeHtml(fmtInterval(p.ci)),
      escapeHtml(p.verdict ?? "\u2013"),
      fmtTs(pp?.a),
      fmtTs(pp?.b),
      fmtRatio(pp?.ratio),
      escapeHtml(fmtInterval(pp?.ci)),
      escapeHtml(pp?.verdict ?? "\u2013"),
      fmtMiB(total?.a),
      fmtMiB(total?.b)
    ], [true, true, true, true, false, false, true, true, true, false, false, true, true]);
  });
  const memRows = d.tg.length ? "" : d.rss.map((p, i) => row([String(p.depth), fmtMiB(p.a), fmtMiB(p.b), fmtRatio(p.ratio), escapeHtml(fmtInterval(p.ci)), fmtMiB(d.anon[i]?.a), fmtMiB(d.anon[i]?.b), fmtMiB(d.shmem[i]?.a), fmtMiB(d.shmem[i]?.b)], [true, true, true, true, false, true, true, true, true])).join("");
  const table3 = d.tg.length ? `<table class="depth">${head(["KV depth", "S_TG A", "S_TG B", "B/A", "interval", "verdict", "S_PP A", "S_PP B", "B/A", "interval", "verdict", "resident A", "resident B"])}${speedRows.join("")}</table>` : `<table class="depth">${head(["KV depth", "resident A", "resident B", "B/A", "interval", "anon A", "anon B", "shmem A", "shmem B"])}${memRows}</table>`;
  const launches = d.launchesPerVariant === 1 ? `one ${d.tool} launch per variant` : `${d.launchesPerVariant} ${d.tool} launches per variant (medians; intervals paired by block)`;
  const fails = d.failures.map((x) => `<li class="warn">${escapeHtml(x.detail)}${x.stderr ? `<pre>${escapeHtml(x.stderr)}</pre>` : ""}</li>`).join("");
  return `<h3>Speed and memory against KV depth</h3><p class="sub">${escapeHtml(launches)}, context ${d.ctx} tokens. A KV cache committed up front is resident at every depth; a lazily committed one grows with depth.${d.kvBuffers ? ` ${escapeHtml(d.kvBuffers)}.` : ""}${d.genNote ? ` ${escapeHtml(d.genNote)}.` : ""}</p><div class="grid2">${charts.join("")}</div>${table3}${fails ? `<ul>${fails}</ul>` : ""}`;
}
function placementSection(p) {
  const kinds = ["anon", "shmem", "file", "threads"];
  const perNode = p.nodes.flatMap((n) => kinds.map((k) => `node ${n} ${k}`));
  const rows2 = p.rows.map((r) => row([
    String(r.depth),
    r.variant,
    ...r.cells.flatMap((c) => [mibCell(c.anonKiB), mibCell(c.shmemKiB), mibCell(c.fileKiB), String(c.threads)]),
    fmtShare(r.evenness)
  ], [true, false, ...perNode.map(() => true), true])).join("");
  const diffs = p.diffs.map((d) => row([String(d.depth), fmtShare(d.a), fmtShare(d.b), fmtShare(d.diff), escapeHtml(fmtShareInterval(d.ci, d.identical)), String(d.n)], [true, true, true, true, false, true])).join("");
  return `<h3 id="placement">Placement in the emulated ${p.guestNodes}-node guest</h3><p class="sub">Where each variant's memory and threads were at each KV depth (medians over the counted depth launches, sampled inside the guest as each depth was reported): resident MiB per node by mapping kind (private anonymous, shmem, file) and the threads whose last CPU was on that node. Evenness: the smallest node's share of the anonymous (private + shmem) memory, 1/${p.nodes.length} when spread evenly, 0 when on one node. Throughput in this guest is emulated and not gated.</p><table class="placement">${head(["KV depth", "variant", ...perNode, "evenness"], [true, false, ...perNode.map(() => true), true])}${rows2}</table><table class="evenness">${head(["KV depth", "evenness A", "evenness B", "B \u2212 A", "interval", "blocks"], [true, true, true, true, false, true])}${diffs}</table>`;
}
function memorySection(m) {
  if (!m.memory) return "";
  const nodes = m.memory.nodeIds;
  const rows2 = m.memory.workloads.flatMap((w) => w.rows.map((r) => row([
    `<code>${escapeHtml(w.name)}</code>`,
    r.variant,
    String(r.launches),
    fmtMiB(r.peakRssKiB),
    fmtCount(r.minorFaults),
    fmtCount(r.majorFaults),
    ...r.nodeKiB.map((k) => fmtMiB(k)),
    r.evenness === null ? "\u2013" : Number.isFinite(r.evenness) ? `${r.evenness.toFixed(2)}\xD7` : "one node empty"
  ])));
  const peaks = m.memory.workloads.filter((w) => w.peak).map((w) => `<li><code>${escapeHtml(w.name)}</code>: peak RSS B/A ${fmtRatio(w.peak.ratio)}${w.peak.ci ? ` (${fmtLevel(w.peak.level)} interval ${fmtInterval(w.peak.ci)}${w.peak.method === "t" ? `, paired t: ${w.peak.ties} of ${w.peak.pairs} pairs identical` : ""})` : ""}</li>`).join("");
  return `<h3>Memory of the llama-bench launches</h3><p class="sub">Peak memory per launch, medians over counted launches. llama-bench sizes its context to each test, so a KV cache committed only as it fills cannot differ much here: this is not the memory effect of a KV change${m.depth ? " (see the depth charts above)" : ""}.</p><table>${head(["Workload", "Variant", "Launches", "Peak RSS", "Minor faults", "Major faults", ...nodes.map((n) => `Node ${n}`), "Evenness"])}${rows2.join("")}</table><ul>${peaks}</ul>`;
}
function detailsSection(m) {
  const host2 = m.host ? `<h3>Host</h3>${m.host.warnings.map((w) => `<p class="warn">\u26A0\uFE0F ${escapeHtml(w)}</p>`).join("")}${kvTable([...m.host.rows, ...m.host.nodes])}` : "";
  const builds = `<h3>Builds</h3><table>${head(["Variant", "Name", "Ref", "Commit", "Build", "Time"])}${m.builds.map((b) => row([
    b.variant,
    escapeHtml(b.name),
    b.refShown === null ? "(the commit)" : escapeHtml(b.refShown),
    b.commit ? `<code title="${escapeHtml(b.commit)}">${escapeHtml(b.shortCommit)}</code>` : "\u2013",
    b.ok ? b.reused ? "reused" : "built" : `\u274C failed${b.error ? `: ${escapeHtml(b.error)}` : ""}`,
    fmtSeconds(b.seconds)
  ])).join("")}</table>${m.builds.filter((b) => !b.ok && b.logTail).map((b) => `<p>Build log of ${escapeHtml(b.variant)}${b.logPath ? ` (${escapeHtml(b.logPath)})` : ""}:</p><pre>${escapeHtml(b.logTail)}</pre>`).join("")}`;
  const levers = `<h3>Levers and settings</h3>${kvTable(m.levers)}`;
  const failed = m.failedLaunches.length ? `<h3>Failed or timed-out launches (${m.failedLaunches.length})</h3><ul>${m.failedLaunches.map((l) => `<li><code>${escapeHtml(l.workload)}</code>, block ${l.block}${l.warmup ? " (warm-up)" : ""}, variant ${escapeHtml(l.variant)}: ${escapeHtml(l.detail)}${l.stderr ? `<pre>${escapeHtml(l.stderr)}</pre>` : ""}</li>`).join("")}</ul>` : "<h3>Failed launches</h3><p>None.</p>";
  return host2 + builds + levers + failed;
}
function machineSection(m, fleet) {
  const rows2 = m.workloads.map((w) => ({ id: w.id, ratio: w.ratio, ci: w.ci, outcome: w.outcome }));
  const blocks = m.workloads.filter((w) => w.blocks.length > 0).map(blockChart);
  return [
    fleet ? `<h2 id="machine-${escapeHtml(m.label)}">${MARKS[m.outcome]} ${escapeHtml(m.label)}: ${phraseHtml(m.verdict)}</h2>` : "",
    m.warnings.map((w) => `<p class="warn">\u26A0\uFE0F ${escapeHtml(w)}</p>`).join(""),
    m.models ? `<h3>By model</h3><ul class="models">${m.models.map((g) => `<li id="model-${escapeHtml(g.name)}">${MARKS[g.outcome]} <b>${escapeHtml(g.name)}</b>: ${phraseHtml(g.verdict)}</li>`).join("")}</ul>` : "",
    m.workloads.length ? workloadTable(m) : "",
    [m.detectable, m.runner].filter((x) => x !== null).map((x) => `<p>${escapeHtml(x)}</p>`).join(""),
    rows2.some((r) => r.ratio !== null) ? forestChart(m, rows2) : "",
    blocks.length ? `<h3>Launches by block</h3><div class="grid2">${blocks.join("")}</div>` : "",
    m.depth ? depthSection(m.depth, m) : "",
    m.placement ? placementSection(m.placement) : "",
    memorySection(m),
    detailsSection(m)
  ].join("\n");
}
function renderHtml(model, opts = {}) {
  const first = model.machines[0];
  const side2 = (id) => {
    const s = first?.sides.find((x) => x.id === id);
    if (!s) return id;
    const where = [s.refShown, s.shortCommit ? `<code title="${escapeHtml(s.commit)}">${escapeHtml(s.shortCommit)}</code>` : null].filter(Boolean);
    return `<b>${id}</b> = ${escapeHtml(s.name)}${where.length ? ` (${where.map((w) => w.startsWith("<code") ? w : escapeHtml(w)).join(" @ ")})` : ""}${s.slowdown ? ` \u2014 ${escapeHtml(s.slowdown)}` : ""}`;
  };
  const title = `llama-perf-gate${opts.title ? `: ${opts.title}` : ""}`;
  const when = first ? `${first.startedAt}${first.finishedAt ? ` \u2013 ${first.finishedAt}` : ""}` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>
<h1 id="verdict">${phraseHtml(model.firstLine)}</h1>
<p class="sub">${escapeHtml(title)} \xB7 ${side2("B")} vs ${side2("A")}; throughput in tokens/s, B/A below 1 = B slower. ${escapeHtml(VERDICT_WORDS[model.overall])}; gate: ${escapeHtml(model.gate.words)}.</p>
${first?.compared ? `<p class="sub">${phraseHtml(first.compared)}</p>` : ""}
${model.problems.map((p) => `<p class="warn">\u26A0\uFE0F ${escapeHtml(p.text)}</p>`).join("")}
${model.fleet ? `<p class="note">${escapeHtml(model.overallRule)}</p>` : ""}
${model.machines.map((m) => machineSection(m, model.fleet)).join("\n")}
<p class="note">${escapeHtml(model.tool)} \xB7 ${escapeHtml(when)} \xB7 every raw sample is in results.json</p>
</body></html>
`;
}
var CSS, row, head, kvTable;
var init_page = __esm({
  "src/report/html/page.ts"() {
    "use strict";
    init_depth();
    init_format();
    init_vocabulary();
    init_escape();
    init_charts();
    CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#222}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}h3{font-size:15px;margin:18px 0 6px}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f3f3f3;padding:1px 3px;border-radius:3px}
table{border-collapse:collapse;margin:6px 0 12px}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:360px;font-size:12px}
.sub{color:#555}.warn{color:#8a5a00}.note{color:#555;font-size:12px}
svg.chart{display:block;margin:8px 0;width:100%;max-width:720px;height:auto;font-size:11px;font-family:system-ui,sans-serif}svg .ttl{font-weight:600;font-size:12px}
svg .axis line{stroke:#888}svg .axis .grid{stroke:#eee}svg .lbl{fill:#555}
.grid2{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:4px 16px}
`;
    row = (cells3, numeric = []) => `<tr>${cells3.map((c, i) => `<td${numeric[i] ? ' class="n"' : ""}>${c}</td>`).join("")}</tr>`;
    head = (cells3, numeric = []) => `<tr>${cells3.map((c, i) => `<th${numeric[i] ? ' class="n"' : ""}>${escapeHtml(c)}</th>`).join("")}</tr>`;
    kvTable = (rows2) => `<table>${rows2.map((r) => `<tr><th>${escapeHtml(r.key)}${r.keyCode ? ` <code>${escapeHtml(r.keyCode)}</code>` : ""}</th><td>${escapeHtml(r.value)}</td></tr>`).join("")}</table>`;
  }
});

// src/report/check.ts
var init_check = __esm({
  "src/report/check.ts"() {
    "use strict";
    init_md_context();
    init_markdown();
    init_escape();
    init_limits();
    init_format();
    init_vocabulary();
  }
});

// src/report/index.ts
var init_report = __esm({
  "src/report/index.ts"() {
    "use strict";
    init_escape();
    init_model();
    init_markdown();
    init_terminal();
    init_page();
    init_check();
    init_fleet();
    init_summary();
    init_chart();
    init_limits();
    init_vocabulary();
  }
});

// src/pipeline/signals.ts
import { constants as osConstants } from "node:os";
function onInterrupt(log) {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  let count = 0;
  const handler = (sig) => {
    count++;
    if (count === 1) {
      log(`${sig}: stopping ${liveGroups().length} running process group(s); what was measured is kept (again to quit at once)`);
      void stopAll(sig);
    } else {
      void stopAll(sig, 0).finally(() => process.exit(128 + (osConstants.signals[sig] ?? 0)));
    }
  };
  for (const s of signals) process.on(s, handler);
  return { remove: () => signals.forEach((s) => process.off(s, handler)) };
}
var init_signals = __esm({
  "src/pipeline/signals.ts"() {
    "use strict";
    init_children();
  }
});

// src/pipeline/out-dir.ts
import { existsSync as existsSync7, mkdirSync as mkdirSync3, readFileSync as readFileSync11 } from "node:fs";
import { join as join13 } from "node:path";
function experimentIdentity(plan2, commits) {
  return {
    repo: plan2.repo,
    model: (plan2.models ?? [{ path: plan2.model ?? "" }]).map((m) => m.path).join(","),
    variants: plan2.variants.map((v, i) => ({ id: v.id, ref: v.ref, commit: commits[i] ?? null, cmakeArgs: v.cmakeArgs, runArgs: v.runArgs, env: v.env, slowdown: v.slowdown })),
    workloads: plan2.workloads.map((w) => w.id)
  };
}
function identityOfResults(r) {
  const plan2 = r.plan;
  if (!plan2 || !Array.isArray(plan2.variants) || !Array.isArray(plan2.workloads)) return null;
  const commits = plan2.variants.map((v) => r.builds?.find((b) => b.variant === v.id)?.commit ?? null);
  try {
    return experimentIdentity(plan2, commits);
  } catch {
    return null;
  }
}
function identityDifference(had, now) {
  if (had.repo !== now.repo) return `repo ${had.repo}, not ${now.repo}`;
  if (had.model !== now.model) return `model ${had.model}, not ${now.model}`;
  for (const [i, v] of now.variants.entries()) {
    const h = had.variants[i];
    if (!h) return "fewer variants";
    if (h.commit && v.commit && h.commit !== v.commit) return `variant ${v.id} at ${h.ref} (${h.commit.slice(0, 12)}), not ${v.ref} (${v.commit.slice(0, 12)})`;
    if (!(h.commit && v.commit) && h.ref !== v.ref) return `variant ${v.id} at ${h.ref}, not ${v.ref}`;
    if (JSON.stringify([h.cmakeArgs, h.runArgs, h.env, h.slowdown]) !== JSON.stringify([v.cmakeArgs, v.runArgs, v.env, v.slowdown])) return `variant ${v.id} with other CMake args, run args, env or slowdown`;
  }
  if (JSON.stringify(had.workloads) !== JSON.stringify(now.workloads)) return `workloads ${had.workloads.join(",")}, not ${now.workloads.join(",")}`;
  return null;
}
async function claimOut(out, identity, opts = {}) {
  const got = await lockOut(out, opts.log);
  try {
    const previous = checkPrevious(out, identity, opts);
    return { lock: got, previous, held: previous === "same" ? heldExperiment(out) : null, release: () => got.release() };
  } catch (e) {
    await got.release();
    throw e;
  }
}
async function claimOutFor(out, id, opts = {}) {
  const got = await lockOut(out, opts.log);
  const path11 = join13(out, "results.json");
  if (!opts.force && existsSync7(path11)) {
    const held = heldExperiment(out);
    if (held?.id !== id) {
      await got.release();
      throw new UserError(
        `--out ${out} holds ${held ? `the results of experiment ${held.id.slice(0, 4)}\u2026` : "a results.json of no experiment"}, not of experiment ${id.slice(0, 4)}\u2026; refusing to overwrite them`,
        "give that experiment's own --out, or another directory, e.g. --out perf-out-more"
      );
    }
  }
  return got;
}
async function lockOut(out, log) {
  mkdirSync3(out, { recursive: true });
  const lockPath = join13(out, OUT_LOCK);
  const got = await tryLock(lockPath, `writing ${out}`, (prev) => log?.(`took over the lock of ${out} left by pid ${prev?.pid ?? "?"} (that process is gone)`));
  if (!("release" in got)) {
    throw new UserError(`--out ${out} is in use: ${waitLine(got.heldBy, lockPath).replace(/^waiting for /, "")}`, "wait for that run to finish, or write elsewhere, e.g. --out perf-out-2");
  }
  return got;
}
function heldExperiment(out) {
  const path11 = join13(out, "results.json");
  try {
    const r = JSON.parse(readFileSync11(path11, "utf8"));
    const id = r.experiment?.id;
    if (typeof id !== "string") return null;
    const measured2 = [...Array.isArray(r.launches) ? r.launches : [], ...Array.isArray(r.depthLaunches) ? r.depthLaunches : []].filter((l) => l?.status !== "skipped");
    return { path: path11, id, launches: measured2.length };
  } catch {
    return null;
  }
}
function checkPrevious(out, identity, opts) {
  const path11 = join13(out, "results.json");
  let text;
  try {
    text = readFileSync11(path11, "utf8");
  } catch {
    return "none";
  }
  let had = null;
  try {
    had = identityOfResults(JSON.parse(text));
  } catch {
    had = null;
  }
  const why = had ? identityDifference(had, identity) : "a results.json this version cannot read";
  if (why === null) return "same";
  if (!opts.force) {
    throw new UserError(
      `--out ${out} holds the results of another experiment (${why}); refusing to overwrite them`,
      "give another directory, e.g. --out perf-out-2, or add --force to overwrite them"
    );
  }
  opts.log?.(`--force: overwriting the results of another experiment in ${out} (${why})`);
  return "forced";
}
var OUT_LOCK;
var init_out_dir = __esm({
  "src/pipeline/out-dir.ts"() {
    "use strict";
    init_errors();
    init_lock();
    OUT_LOCK = ".llama-perf-gate.lock";
  }
});

// src/pipeline/preflight.ts
function checkPlanPlacements(plan2) {
  const guest = plan2.levers.numaGuest;
  if (guest) guestTools();
  checkPlacements(plan2.workloads.map((w) => w.numa), guest ? guestNodes(guestShape(guest, plan2.threads)) : void 0);
}
async function preflight(plan2) {
  checkPlanPlacements(plan2);
  if (!await which("git")) throw new EnvironmentError("cannot run git: not found on PATH", "install it (apt-get install git) or put it on PATH");
  for (const v of plan2.variants) {
    await detectToolchain(v.cmakeArgs).catch((e) => {
      throw e instanceof UserError ? new EnvironmentError(e.message, e.hint) : e;
    });
  }
  const commits = [];
  for (const v of plan2.variants) {
    try {
      commits.push(await resolveRef(plan2.repo, v.ref));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const flag = FLAG[v.id];
      throw new UserError(`${flag} ${v.ref}: ${e.message}`, `${e.hint ? `${e.hint}; ` : ""}example: ${flag} main`);
    }
  }
  return { commits, warnings: await dirtyHeadWarnings(plan2, commits) };
}
async function dirtyHeadWarnings(plan2, commits) {
  const head2 = await run("git", ["-C", plan2.repo, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head2.code !== 0) return [];
  const headCommit = head2.stdout.trim();
  const onHead = plan2.variants.filter((_, i) => commits[i] === headCommit);
  if (onHead.length === 0) return [];
  const st = await run("git", ["-C", plan2.repo, "status", "--porcelain=v1", "--untracked-files=normal"]);
  const files = st.stdout.split("\n").filter((l) => l.trim()).map((l) => l.slice(3));
  if (st.code !== 0 || files.length === 0) return [];
  const shown = files.slice(0, 10).join(", ") + (files.length > 10 ? ` and ${files.length - 10} more` : "");
  return onHead.map(
    (v) => `${FLAG[v.id]} ${v.ref} is the HEAD of ${plan2.repo} (${headCommit.slice(0, 12)}), which has uncommitted changes (${shown}): only committed code is built, so these changes are NOT measured; commit them (or stash them) to benchmark them`
  );
}
var FLAG;
var init_preflight = __esm({
  "src/pipeline/preflight.ts"() {
    "use strict";
    init_errors();
    init_git();
    init_exec();
    init_toolchain();
    init_numa_policy();
    init_guest();
    FLAG = { A: "--base", B: "--head" };
  }
});

// src/model/gguf-writer.ts
import { openSync as openSync5, writeSync as writeSync2, closeSync as closeSync5 } from "node:fs";
function tensorBytes(t) {
  const { block, bytes } = TENSOR_TYPES[t.type];
  if (t.dims[0] % block !== 0) throw new Error(`${t.type} tensor rows must be a multiple of ${block} weights (got ${t.dims[0]})`);
  return t.dims.reduce((a, b) => a * b, 1) / block * bytes;
}
function writeGguf(path11, meta, tensors) {
  const head2 = new ByteSink();
  head2.u32(GGUF_MAGIC);
  head2.u32(GGUF_VERSION);
  head2.u64(tensors.length);
  head2.u64(meta.length);
  for (const [key, v] of meta) {
    head2.str(key);
    if ("u32" in v) {
      head2.u32(T_UINT32);
      head2.u32(v.u32);
    } else if ("f32" in v) {
      head2.u32(T_FLOAT32);
      head2.f32(v.f32);
    } else {
      head2.u32(T_STRING);
      head2.str(v.str);
    }
  }
  let offset = 0;
  const offsets = [];
  for (const t of tensors) {
    head2.str(t.name);
    head2.u32(t.dims.length);
    for (const d of t.dims) head2.u64(d);
    head2.u32(TENSOR_TYPES[t.type].ggml);
    head2.u64(offset);
    offsets.push(offset);
    offset = alignUp(offset + tensorBytes(t), GGUF_ALIGNMENT);
  }
  head2.pad(GGUF_ALIGNMENT);
  return replaceAtomically(path11, (tmp) => writeData(tmp, head2.bytes(), tensors, offsets));
}
function writeData(path11, h, tensors, offsets) {
  const fd = openSync5(path11, "w");
  try {
    writeAll(fd, h);
    let written = h.length;
    const CHUNK = 1 << 20;
    const vals = new Float32Array(CHUNK);
    tensors.forEach((t, i) => {
      const start = h.length + offsets[i];
      if (written < start) written += writeAll(fd, Buffer.alloc(start - written));
      const n = t.dims.reduce((a, b) => a * b, 1);
      for (let done = 0; done < n; done += CHUNK) {
        const m = Math.min(CHUNK, n - done);
        const view = vals.subarray(0, m);
        t.fill(view, done);
        written += writeAll(fd, encodeTensorData(t.type, view));
      }
    });
    return written;
  } finally {
    closeSync5(fd);
  }
}
function writeAll(fd, b) {
  for (let off = 0; off < b.length; ) off += writeSync2(fd, b, off);
  return b.length;
}
var GGUF_MAGIC, GGUF_VERSION, GGUF_ALIGNMENT, T_UINT32, T_FLOAT32, T_STRING, ByteSink, alignUp;
var init_gguf_writer = __esm({
  "src/model/gguf-writer.ts"() {
    "use strict";
    init_tensor_types();
    init_atomic_file();
    GGUF_MAGIC = 1179993927;
    GGUF_VERSION = 3;
    GGUF_ALIGNMENT = 32;
    T_UINT32 = 4;
    T_FLOAT32 = 6;
    T_STRING = 8;
    ByteSink = class {
      chunks = [];
      length = 0;
      push(b) {
        this.chunks.push(b);
        this.length += b.length;
      }
      u32(v) {
        const b = Buffer.alloc(4);
        b.writeUInt32LE(v);
        this.push(b);
      }
      u64(v) {
        const b = Buffer.alloc(8);
        b.writeBigUInt64LE(BigInt(v));
        this.push(b);
      }
      f32(v) {
        const b = Buffer.alloc(4);
        b.writeFloatLE(v);
        this.push(b);
      }
      str(s) {
        const bytes = Buffer.from(s, "utf8");
        this.u64(bytes.length);
        this.push(bytes);
      }
      pad(to) {
        const rem = this.length % to;
        if (rem !== 0) this.push(Buffer.alloc(to - rem));
      }
      bytes() {
        return Buffer.concat(this.chunks);
      }
    };
    alignUp = (n, a) => Math.ceil(n / a) * a;
  }
});

// src/model/synthetic.ts
function outputType(t) {
  return t === "q4_0" ? "q8_0" : t;
}
function checkShape(s) {
  for (const k of ["embd", "layers", "ff", "vocab", "heads", "kvHeads", "ctx"]) {
    if (!Number.isInteger(s[k]) || s[k] <= 0) {
      throw new UserError(`model shape: ${k} must be a positive integer (got ${s[k]})`, "example: --embd 384 --layers 6");
    }
  }
  if (s.embd % s.heads !== 0) throw new UserError(`model shape: embd ${s.embd} is not divisible by heads ${s.heads}`);
  if (s.heads % s.kvHeads !== 0) throw new UserError(`model shape: heads ${s.heads} is not divisible by kv-heads ${s.kvHeads}`);
  if (s.embd / s.heads % 2 !== 0) throw new UserError(`model shape: head size ${s.embd / s.heads} must be even (RoPE)`);
  const block = TENSOR_TYPES[s.type].block;
  for (const [k, flag] of [["embd", "--embd"], ["ff", "--ff"]]) {
    if (s[k] % block !== 0) {
      throw new UserError(
        `model shape: --type ${s.type} stores rows in blocks of ${block} weights, and ${flag} ${s[k]} is not a multiple of ${block}`,
        `example: --type ${s.type} --embd 384 --ff 1024 (or --type f16)`
      );
    }
  }
}
function parameterCount(s) {
  const kv = s.embd / s.heads * s.kvHeads;
  const perLayer = 2 * s.embd + 2 * s.embd * s.embd + 2 * s.embd * kv + 3 * s.embd * s.ff;
  return s.vocab * s.embd * (s.tied === false ? 2 : 1) + s.embd + s.layers * perLayer;
}
function uniformFill(seed, scale) {
  return (out, offset) => {
    let a = (seed ^ Math.imul(offset, 2654435761)) >>> 0;
    for (let i = 0; i < out.length; i++) {
      a = a + 1831565813 >>> 0;
      let t = a;
      t = Math.imul(t ^ t >>> 15, t | 1);
      t ^= t + Math.imul(t ^ t >>> 7, t | 61);
      out[i] = (((t ^ t >>> 14) >>> 0) / 4294967296 * 2 - 1) * scale;
    }
  };
}
function viaF16(fill) {
  return (out, offset) => {
    fill(out, offset);
    roundToF16(out);
  };
}
function writeSyntheticModel(path11, s) {
  checkShape(s);
  const headDim = s.embd / s.heads;
  const kv = headDim * s.kvHeads;
  const tied = s.tied !== false;
  const a = 0.02 * Math.sqrt(3);
  let n = 0;
  const w = (name, dims, type = s.type) => {
    const fill = uniformFill(s.seed + n++, a);
    return { name, dims, type, fill: type === "f32" || type === "f16" ? fill : viaF16(fill) };
  };
  const norm = (name) => ({ name, dims: [s.embd], type: "f32", fill: ones });
  const tensors = [w("token_embd.weight", [s.embd, s.vocab], tied ? outputType(s.type) : s.type), norm("output_norm.weight")];
  if (!tied) tensors.push(w("output.weight", [s.embd, s.vocab], outputType(s.type)));
  for (let i = 0; i < s.layers; i++) {
    const p = `blk.${i}.`;
    tensors.push(
      norm(`${p}attn_norm.weight`),
      w(`${p}attn_q.weight`, [s.embd, s.embd]),
      w(`${p}attn_k.weight`, [s.embd, kv]),
      w(`${p}attn_v.weight`, [s.embd, kv]),
      w(`${p}attn_output.weight`, [s.embd, s.embd]),
      norm(`${p}ffn_norm.weight`),
      w(`${p}ffn_gate.weight`, [s.embd, s.ff]),
      w(`${p}ffn_up.weight`, [s.embd, s.ff]),
      w(`${p}ffn_down.weight`, [s.ff, s.embd])
    );
  }
  const params = parameterCount(s);
  const meta = [
    ["general.architecture", { str: "llama" }],
    ["general.name", { str: `llama-perf-gate synthetic ${(params / 1e6).toFixed(0)}M ${s.type}` }],
    ["general.file_type", { u32: FILE_TYPE[s.type] }],
    ["llama.context_length", { u32: s.ctx }],
    ["llama.embedding_length", { u32: s.embd }],
    ["llama.block_count", { u32: s.layers }],
    ["llama.feed_forward_length", { u32: s.ff }],
    ["llama.attention.head_count", { u32: s.heads }],
    ["llama.attention.head_count_kv", { u32: s.kvHeads }],
    ["llama.attention.layer_norm_rms_epsilon", { f32: 1e-5 }],
    ["llama.rope.dimension_count", { u32: headDim }],
    ["llama.rope.freq_base", { f32: s.ropeTheta ?? 1e4 }],
    ["llama.vocab_size", { u32: s.vocab }],
    ["tokenizer.ggml.model", { str: "no_vocab" }]
  ];
  return { bytes: writeGguf(path11, meta, tensors), params };
}
var DEFAULT_SHAPE, FILE_TYPE, ones;
var init_synthetic = __esm({
  "src/model/synthetic.ts"() {
    "use strict";
    init_gguf_writer();
    init_half();
    init_tensor_types();
    init_errors();
    DEFAULT_SHAPE = {
      embd: 384,
      layers: 6,
      ff: 1024,
      vocab: 32e3,
      heads: 6,
      kvHeads: 6,
      ctx: 8192,
      type: "f16",
      seed: 1
    };
    FILE_TYPE = { f32: 0, f16: 1, q4_0: 2, q8_0: 7 };
    ones = (out) => out.fill(1);
  }
});

// src/pipeline/models.ts
import { existsSync as existsSync8, mkdirSync as mkdirSync4, renameSync as renameSync3, rmSync as rmSync4 } from "node:fs";
import { dirname as dirname4 } from "node:path";
function ensureModels(plan2, log = () => {
}) {
  for (const m of plan2.models) {
    if (!m.preset || existsSync8(m.path)) continue;
    mkdirSync4(dirname4(m.path), { recursive: true });
    const tmp = `${m.path}.${process.pid}.tmp`;
    try {
      const { params, bytes } = writeSyntheticModel(tmp, { ...PRESETS[m.preset.preset], type: m.preset.type, seed: 1 });
      renameSync3(tmp, m.path);
      log(`wrote model ${m.name}: ${(params / 1e6).toFixed(1)}M parameters, ${(bytes / 2 ** 20).toFixed(1)} MiB (${m.path})`);
    } finally {
      rmSync4(tmp, { force: true });
    }
  }
  for (const m of plan2.models) readGgufHeader(m.path);
}
var init_models2 = __esm({
  "src/pipeline/models.ts"() {
    "use strict";
    init_presets();
    init_synthetic();
    init_gguf_reader();
  }
});

// src/build/compare.ts
async function mergeBase(repo, a, b) {
  const r = await run("git", ["-C", repo, "merge-base", a, b]);
  const sha = r.stdout.trim();
  return r.code === 0 && SHA3.test(sha) ? sha : null;
}
async function commitsBetween(repo, from, to) {
  const r = await run("git", ["-C", repo, "rev-list", "--count", `${from}..${to}`]);
  return r.code === 0 && /^\d+$/.test(r.stdout.trim()) ? Number(r.stdout.trim()) : null;
}
async function parentsOf(repo, commit) {
  if (!SHA3.test(commit)) return null;
  const r = await run("git", ["-C", repo, "rev-list", "--parents", "-n", "1", `${commit}^{commit}`, "--"]);
  const words = r.stdout.trim().split(/\s+/);
  return r.code === 0 && words[0] === commit ? words.slice(1) : null;
}
async function isShallow(repo) {
  const r = await run("git", ["-C", repo, "rev-parse", "--is-shallow-repository"]);
  return r.stdout.trim() === "true";
}
async function makeMerge(repo, base2, head2) {
  const tree = await run("git", ["-C", repo, "merge-tree", "--write-tree", "--name-only", "--no-messages", base2, head2]);
  const lines = tree.stdout.split("\n").filter((l) => l !== "");
  if (tree.code === 1) return { conflicts: lines.slice(1) };
  if (tree.code !== 0 || !SHA3.test(lines[0] ?? "")) {
    const why = (tree.stderr.trim() || tree.stdout.trim()).split("\n")[0];
    throw new UserError(`git merge-tree could not merge ${head2.slice(0, 12)} into ${base2.slice(0, 12)}: ${why}`, "git 2.38 or newer is needed for --compare merge (or use --compare branch-point)");
  }
  const when = (await runOk("git", ["-C", repo, "log", "-1", "--format=%ct", head2])).trim();
  const who = { name: "llama-perf-gate", email: "llama-perf-gate@localhost.invalid", date: `${when} +0000` };
  const env2 = {
    ...process.env,
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_AUTHOR_DATE: who.date,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_COMMITTER_DATE: who.date
  };
  const message = `llama-perf-gate: test merge of ${head2} into ${base2}`;
  const commit = (await runOk("git", ["-C", repo, "-c", "commit.gpgSign=false", "commit-tree", "--no-gpg-sign", lines[0], "-p", base2, "-p", head2, "-m", message], { env: env2 })).trim();
  await runOk("git", ["-C", repo, "update-ref", `${MERGE_REF_PREFIX}${base2.slice(0, 12)}-${head2.slice(0, 12)}`, commit]);
  return { commit };
}
async function resolveComparison(req) {
  const { repo, mode } = req;
  const head2 = await resolveRef(repo, req.headRef);
  let base2 = await resolveRef(repo, req.baseRef);
  const out = (c, bp2, moved3) => ({
    requested: mode,
    fallback: null,
    baseRef: req.baseRef,
    headRef: req.headRef,
    base: base2,
    head: head2,
    branchPoint: bp2,
    baseMoved: moved3,
    merge: null,
    ...c
  });
  let fallback = null;
  if (mode === "merge" && req.testMerge) {
    const t = req.testMerge.commit;
    const parents = t ? await parentsOf(repo, t) : null;
    if (t && parents?.length === 2 && parents[1] === head2) {
      base2 = parents[0];
      const bp2 = await mergeBase(repo, base2, head2);
      return out({ mode, a: base2, b: t, merge: { commit: t, by: "github" } }, bp2, bp2 === null ? null : await commitsBetween(repo, bp2, base2));
    }
    fallback = req.testMerge.why ?? (t === null || parents === null ? `GitHub's test merge commit${t ? ` ${t.slice(0, 12)}` : ""} is not in the checkout (the PR may not merge cleanly)` : `${t.slice(0, 12)} is not a merge of the head ${head2.slice(0, 12)}`);
  }
  const bp = await mergeBase(repo, base2, head2);
  const moved2 = bp === null ? null : await commitsBetween(repo, bp, base2);
  if (mode === "refs") return out({ mode, a: base2, b: head2 }, bp, moved2);
  if (bp === null) {
    const shallow = await isShallow(repo);
    throw new UserError(
      `--compare ${mode}: ${req.baseRef} and ${req.headRef} have no common history in ${repo}${shallow ? " (the checkout is shallow)" : ""}`,
      shallow ? "fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)" : "compare exactly the two refs with --compare refs"
    );
  }
  if (mode === "merge" && fallback === null) {
    if (bp === base2) return out({ mode, a: base2, b: head2 }, bp, moved2);
    const m = await makeMerge(repo, base2, head2);
    if ("commit" in m) return out({ mode, a: base2, b: m.commit, merge: { commit: m.commit, by: "local" } }, bp, moved2);
    const shown = m.conflicts.slice(0, 5).join(", ") + (m.conflicts.length > 5 ? ` and ${m.conflicts.length - 5} more` : "");
    fallback = `${req.headRef} does not merge cleanly into ${req.baseRef} (conflicts in ${shown || "some files"})`;
  }
  return out({ mode: "branch-point", fallback, a: bp, b: head2 }, bp, moved2);
}
var SHA3, MERGE_REF_PREFIX;
var init_compare = __esm({
  "src/build/compare.ts"() {
    "use strict";
    init_errors();
    init_exec();
    init_git();
    SHA3 = /^[0-9a-f]{40,64}$/;
    MERGE_REF_PREFIX = "refs/llama-perf-gate/merges/";
  }
});

// src/pipeline/compare.ts
async function applyComparison(plan2, testMerge) {
  const [a, b] = plan2.variants;
  const mode = plan2.compare ?? "refs";
  const c = await resolveComparison({ repo: plan2.repo, mode, baseRef: a.ref, headRef: b.ref, testMerge });
  plan2.compare = mode;
  plan2.comparison = c;
  if (c.mode !== "refs") plan2.variants = [{ ...a, ref: c.a }, { ...b, ref: c.b }];
  const warnings = [];
  if (c.fallback) warnings.push(`--compare ${c.requested} fell back to branch-point: ${c.fallback}`);
  if (c.mode === "refs" && c.baseMoved !== null && c.baseMoved > 0) {
    warnings.push(`${c.baseRef} is ${c.baseMoved} commit${c.baseMoved === 1 ? "" : "s"} ahead of the branch point; --compare merge measures what merging does`);
  }
  return { warnings };
}
var init_compare2 = __esm({
  "src/pipeline/compare.ts"() {
    "use strict";
    init_compare();
  }
});

// src/stats/calibration.ts
function impliedFalseCallRate(offset, spread, n, alpha) {
  if (!(spread > 0) || n < 2) return offset === 0 ? 2 * alpha : 1;
  const z = normQuantile(1 - alpha);
  const shift2 = offset * Math.sqrt(n) / spread;
  return normCdf(-z + shift2) + normCdf(-z - shift2);
}
function noiseOf(analysis2, alpha) {
  const out = [];
  for (const w of analysis2.workloads) {
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
var CALIBRATION_MARGIN;
var init_calibration = __esm({
  "src/stats/calibration.ts"() {
    "use strict";
    init_power();
    init_normal();
    CALIBRATION_MARGIN = 0.02;
  }
});

// src/store/calibration.ts
import { createHash as createHash3 } from "node:crypto";
import { readFileSync as readFileSync12 } from "node:fs";
import { join as join14 } from "node:path";
function hostKey(fp2) {
  const id = [fp2.hostname, fp2.cpuModel, fp2.sockets, fp2.coresPerSocket, fp2.threadsPerCore, fp2.logicalCpus, fp2.numaNodes.length];
  return createHash3("sha256").update(JSON.stringify(id)).digest("hex").slice(0, 16);
}
function calibrationPath(cacheDir, fp2) {
  return join14(cacheDir, "calibration", `${hostKey(fp2)}.json`);
}
function calibrationFromResults(r) {
  if (!r.analysis || !r.host) return null;
  const workloads = noiseOf(r.analysis, r.plan.alpha).map(({ name, ...n }) => ({
    workload: name,
    label: r.plan.workloads.find((x) => x.id === name)?.label ?? name,
    ...n
  }));
  if (workloads.length === 0) return null;
  const fp2 = r.host;
  return {
    schema: CALIBRATION_SCHEMA,
    hostKey: hostKey(fp2),
    host: { hostname: fp2.hostname, cpuModel: fp2.cpuModel, logicalCpus: fp2.logicalCpus, kernel: fp2.kernel },
    createdAt: r.finishedAt ?? (/* @__PURE__ */ new Date()).toISOString(),
    ref: r.plan.variants[0].ref,
    model: r.plan.models.map((m) => m.path.split("/").pop() ?? m.path).join(","),
    threads: r.plan.threads,
    alpha: r.plan.alpha,
    workloads
  };
}
function writeCalibration(cacheDir, cal, fp2) {
  const path11 = calibrationPath(cacheDir, fp2);
  writeJsonAtomic(path11, cal);
  return path11;
}
function readCalibration(cacheDir, fp2) {
  try {
    const c = JSON.parse(readFileSync12(calibrationPath(cacheDir, fp2), "utf8"));
    if (c?.schema !== CALIBRATION_SCHEMA || c.hostKey !== hostKey(fp2) || !Array.isArray(c.workloads)) return null;
    const ok2 = c.workloads.every((w) => typeof w.label === "string" && Number.isFinite(w.spread) && Number.isFinite(w.blocksFor2pct) && Number.isFinite(w.falseCallRate));
    return ok2 ? c : null;
  } catch {
    return null;
  }
}
function calibrationNote(cal, labels) {
  const mine = cal.workloads.filter((w) => labels.includes(w.label));
  if (mine.length === 0) return null;
  const parts = mine.map((w) => `${w.workload} ${pct2(w.spread)} (a \xB12% call needs ~${w.blocksFor2pct} blocks; A/A B/A ${w.ratio?.toFixed(3) ?? "\u2013"}, implied false-call rate ${pct2(w.falseCallRate, 0)} at ${w.blocks} blocks)`);
  return `This host's A/A spread (calibrated ${cal.createdAt.slice(0, 10)} on ${cal.ref.slice(0, 12)}, identical binaries): ${parts.join("; ")}. A change smaller than this spread is within what the host produces by itself.`;
}
var CALIBRATION_SCHEMA, pct2;
var init_calibration2 = __esm({
  "src/store/calibration.ts"() {
    "use strict";
    init_write();
    init_calibration();
    CALIBRATION_SCHEMA = "llama-perf-gate/calibration@1";
    pct2 = (x, digits = 1) => `${(100 * x).toFixed(digits)}%`;
  }
});

// src/store/qualification.ts
import { readFileSync as readFileSync13 } from "node:fs";
import { join as join15 } from "node:path";
function qualificationPath(cacheDir, fp2) {
  return join15(cacheDir, "calibration", `${hostKey(fp2)}.qualifications.json`);
}
function readQualifications(cacheDir, fp2) {
  try {
    const f2 = JSON.parse(readFileSync13(qualificationPath(cacheDir, fp2), "utf8"));
    if (f2?.schema !== QUALIFICATION_SCHEMA || f2.hostKey !== hostKey(fp2) || !Array.isArray(f2.records)) return [];
    return f2.records.filter(isRecord);
  } catch {
    return [];
  }
}
function isRecord(r) {
  return typeof r?.createdAt === "string" && ["qualified", "short", "failed"].includes(r.status) && Number.isFinite(r.k) && Array.isArray(r.workloads) && r.workloads.every((w) => typeof w?.workload === "string" && w.aaPrime && w.injected);
}
function appendQualification(cacheDir, fp2, rec) {
  const path11 = qualificationPath(cacheDir, fp2);
  const file = { schema: QUALIFICATION_SCHEMA, hostKey: hostKey(fp2), records: [...readQualifications(cacheDir, fp2), rec] };
  writeJsonAtomic(path11, file);
  return path11;
}
function runnerShown(records, workloads, now) {
  const measured2 = records.filter((r) => r.status !== "failed");
  const last = measured2[measured2.length - 1];
  if (!last) return null;
  const mine = last.workloads.filter((w) => workloads.includes(w.workload));
  const newest = records[records.length - 1];
  return {
    at: last.createdAt,
    ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(last.createdAt)) / 864e5)),
    k: last.k,
    status: last.status,
    workloads: mine.length > 0 ? mine : last.workloads,
    laterFailure: newest !== last && newest.status === "failed" ? { at: newest.createdAt, reason: newest.reasons[0] ?? "failed" } : null
  };
}
var QUALIFICATION_SCHEMA;
var init_qualification = __esm({
  "src/store/qualification.ts"() {
    "use strict";
    init_calibration2();
    init_write();
    QUALIFICATION_SCHEMA = "llama-perf-gate/qualifications@1";
  }
});

// src/pipeline/version.ts
var TOOL;
var init_version = __esm({
  "src/pipeline/version.ts"() {
    "use strict";
    TOOL = { "name": "llama-perf-gate", "version": "0.1.0" };
  }
});

// src/store/migrate.ts
function modelName(path11) {
  return (path11.split("/").pop() ?? path11).replace(/\.gguf$/i, "") || path11;
}
function migratePlan(plan2) {
  if (!plan2 || typeof plan2 !== "object" || Array.isArray(plan2)) return plan2;
  const p = plan2;
  if ("models" in p || typeof p.model !== "string") return plan2;
  const { model, ...rest } = p;
  const models = [{ name: modelName(model), path: model }];
  return { ...rest, models };
}
function migrateResults(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data;
  const d = data;
  if (d.schema !== "llama-perf-gate/results@1" && d.schema !== "llama-perf-gate/results@2") return data;
  return { ...d, plan: migratePlan(d.plan) };
}
var init_migrate = __esm({
  "src/store/migrate.ts"() {
    "use strict";
  }
});

// src/store/llama-bench-table.ts
import { createHash as createHash4 } from "node:crypto";
function createTableSql(flavour) {
  const t = TABLES[flavour];
  return `CREATE TABLE IF NOT EXISTS ${t.name} (
${t.columns.map(([n, ty]) => `  ${n} ${ty}`).join(",\n")}
);`;
}
function insertSql(flavour) {
  const t = TABLES[flavour];
  return `INSERT INTO ${t.name} (${t.columns.map(([n]) => n).join(", ")}) VALUES (${t.columns.map(() => "?").join(", ")})`;
}
function variantLabel(commit, v) {
  const spec = createHash4("sha256").update(JSON.stringify([v.cmakeArgs, v.runArgs, Object.entries(v.env).sort(), ...v.slowdown !== void 0 ? [v.slowdown] : []])).digest("hex");
  return `${(commit ?? "unknown").slice(0, 7).padEnd(7, "0")}-${spec.slice(0, 4)}`;
}
function rowOf(flavour, launch3, label) {
  const rec = launch3.records[0];
  if (launch3.status !== "ok" || !rec) return null;
  const raw = rec.raw;
  return TABLES[flavour].columns.map(([name, type]) => {
    if (name === "build_commit") return label;
    const v = raw[name];
    if (v === void 0 || v === null) return null;
    if (type === "TEXT") return typeof v === "string" ? v : JSON.stringify(v);
    if (typeof v === "boolean") return v ? 1 : 0;
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isFinite(n)) return null;
    return type === "INTEGER" ? Math.round(n) : n;
  });
}
var cols, MAINLINE_COLUMNS, IK_COLUMNS, TABLES;
var init_llama_bench_table = __esm({
  "src/store/llama-bench-table.ts"() {
    "use strict";
    cols = (spec) => spec.trim().split(/\s+/).map((c) => c.split(":"));
    MAINLINE_COLUMNS = cols(`build_commit:TEXT build_number:INTEGER cpu_info:TEXT gpu_info:TEXT backends:TEXT
  model_filename:TEXT model_type:TEXT model_size:INTEGER model_n_params:INTEGER n_batch:INTEGER n_ubatch:INTEGER
  n_threads:INTEGER cpu_mask:TEXT cpu_strict:INTEGER poll:INTEGER type_k:TEXT type_v:TEXT n_gpu_layers:INTEGER
  n_cpu_moe:INTEGER split_mode:TEXT main_gpu:INTEGER no_kv_offload:INTEGER flash_attn:INTEGER devices:TEXT
  tensor_split:TEXT tensor_buft_overrides:TEXT load_mode:TEXT lazy_mode:TEXT embeddings:INTEGER no_op_offload:INTEGER
  no_host:INTEGER fit_target:INTEGER fit_min_ctx:INTEGER n_prompt:INTEGER n_gen:INTEGER n_depth:INTEGER test_time:TEXT
  avg_ns:INTEGER stddev_ns:INTEGER avg_ts:REAL stddev_ts:REAL`);
    IK_COLUMNS = cols(`build_commit:TEXT build_number:INTEGER cuda:INTEGER vulkan:INTEGER kompute:INTEGER
  metal:INTEGER sycl:INTEGER rpc:TEXT gpu_blas:INTEGER blas:INTEGER cpu_info:TEXT gpu_info:TEXT model_filename:TEXT
  model_type:TEXT model_size:INTEGER model_n_params:INTEGER n_batch:INTEGER n_ubatch:INTEGER n_threads:INTEGER
  type_k:TEXT type_v:TEXT n_gpu_layers:INTEGER split_mode:TEXT main_gpu:INTEGER no_kv_offload:INTEGER flash_attn:INTEGER
  mla_attn:INTEGER attn_max_batch:INTEGER ser:TEXT reuse:INTEGER tensor_split:TEXT use_mmap:INTEGER embeddings:INTEGER
  repack:INTEGER mqkv:INTEGER muge:INTEGER defer_experts:INTEGER fused_moe:INTEGER grouped_er:INTEGER
  no_fused_up_gate:INTEGER use_thp:INTEGER no_ooae:INTEGER rcache:INTEGER sas:INTEGER max_gpu:INTEGER cuda_params:TEXT
  override_tensor:TEXT n_prompt:INTEGER n_gen:INTEGER test_time:TEXT avg_ns:INTEGER stddev_ns:INTEGER avg_ts:REAL
  stddev_ts:REAL test:TEXT`);
    TABLES = {
      mainline: { name: "llama_bench", columns: MAINLINE_COLUMNS },
      ik: { name: "test", columns: IK_COLUMNS }
    };
  }
});

// src/store/schema.ts
var STORE_VERSION, MIGRATIONS;
var init_schema = __esm({
  "src/store/schema.ts"() {
    "use strict";
    STORE_VERSION = 2;
    MIGRATIONS = [
      `CREATE TABLE experiments (
     id TEXT PRIMARY KEY,
     identity_hash TEXT NOT NULL,
     identity TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     finished_at TEXT,
     host_key TEXT,
     flavour TEXT,
     label_a TEXT,
     label_b TEXT,
     header TEXT NOT NULL
   );
   CREATE INDEX experiments_identity ON experiments(identity_hash, finished_at);
   CREATE TABLE launches (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     seq INTEGER NOT NULL,
     block INTEGER NOT NULL,
     slot INTEGER NOT NULL,
     variant TEXT NOT NULL,
     workload TEXT NOT NULL,
     warmup INTEGER NOT NULL,
     status TEXT NOT NULL,
     value REAL,
     record BLOB NOT NULL,
     UNIQUE (experiment_id, seq)
   );
   CREATE TABLE blocks (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     block INTEGER NOT NULL,
     block_order TEXT NOT NULL,
     PRIMARY KEY (experiment_id, block)
   ) WITHOUT ROWID;
   CREATE TABLE looks (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     at TEXT NOT NULL,
     n_blocks INTEGER NOT NULL,
     verdict TEXT NOT NULL,
     alpha_spent REAL,
     analysis TEXT NOT NULL,
     state TEXT
   );
   CREATE TABLE verdicts (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     at TEXT NOT NULL,
     n_blocks INTEGER NOT NULL,
     verdict TEXT NOT NULL,
     stop_reason TEXT NOT NULL
   );
   CREATE TABLE segments (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     at TEXT NOT NULL,
     kind TEXT NOT NULL,
     from_blocks INTEGER NOT NULL,
     to_blocks INTEGER NOT NULL
   );
   CREATE TABLE launch_rows (
     experiment_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     table_name TEXT NOT NULL,
     row_id INTEGER NOT NULL,
     PRIMARY KEY (experiment_id, seq)
   ) WITHOUT ROWID;`,
      // 2: the depth-sweep family's launches, one row per launch as it completes (they rode in the
      // header before, saved only at the end of a block). Old headers' depth launches are still read.
      `CREATE TABLE depth_launches (
     experiment_id TEXT NOT NULL REFERENCES experiments(id),
     seq INTEGER NOT NULL,
     block INTEGER NOT NULL,
     slot INTEGER NOT NULL,
     variant TEXT NOT NULL,
     warmup INTEGER NOT NULL,
     status TEXT NOT NULL,
     record BLOB NOT NULL,
     UNIQUE (experiment_id, seq)
   );`
    ];
  }
});

// src/store/sqlite-file.ts
import { DatabaseSync } from "node:sqlite";
import { accessSync as accessSync4, constants as constants6, existsSync as existsSync9, mkdirSync as mkdirSync5, statfsSync } from "node:fs";
import { dirname as dirname5 } from "node:path";
import { pathToFileURL } from "node:url";
function storeError(path11, what, e) {
  if (e instanceof UserError) return e;
  const code2 = (e.errcode ?? -1) & 255;
  const msg = e.message;
  if (code2 === SQLITE_FULL || e.code === "ENOSPC" || (code2 === SQLITE_IOERR || code2 === SQLITE_CANTOPEN) && diskFull(path11)) {
    return new EnvironmentError(
      `experiment store ${path11}: the disk is full while ${what}; every launch recorded before it is kept`,
      "free some space (or pass --store PATH on another disk) and run the same command again: it resumes"
    );
  }
  if (code2 === SQLITE_BUSY || code2 === SQLITE_LOCKED) {
    return new EnvironmentError(`experiment store ${path11} is locked by another process while ${what}`, "wait for the other process to finish (fuser shows which one), or pass --store PATH to another store");
  }
  if (code2 === SQLITE_READONLY || code2 === SQLITE_PERM || code2 === SQLITE_CANTOPEN && !writable(path11)) {
    return new EnvironmentError(`experiment store ${path11} is read-only while ${what} (${msg})`, "make the file and its directory writable for this user, or pass --store PATH to a writable place");
  }
  if (code2 === SQLITE_CORRUPT) return new EnvironmentError(`experiment store ${path11} is damaged (${msg})`, DAMAGED_HINT(path11));
  if (code2 === SQLITE_NOTADB) return new UserError(`${path11} is not a llama-perf-gate experiment store (${msg})`, "pass --store PATH to another file, or move this one away");
  if (code2 === SQLITE_IOERR || code2 === SQLITE_CANTOPEN) {
    return new EnvironmentError(`experiment store ${path11}: cannot read or write it while ${what} (${msg})`, "check the disk and the permissions of the file and its directory, or pass --store PATH elsewhere");
  }
  return e;
}
function diskFull(path11) {
  try {
    const fs = statfsSync(dirname5(path11));
    return fs.bavail * fs.bsize < 64 * 1024;
  } catch {
    return false;
  }
}
function writable(path11) {
  try {
    accessSync4(dirname5(path11), constants6.W_OK);
    if (existsSync9(path11)) accessSync4(path11, constants6.W_OK);
    return true;
  } catch {
    return false;
  }
}
var SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB, DAMAGED_HINT, SqliteFile;
var init_sqlite_file = __esm({
  "src/store/sqlite-file.ts"() {
    "use strict";
    init_errors();
    init_schema();
    init_paths();
    SQLITE_PERM = 3;
    SQLITE_BUSY = 5;
    SQLITE_LOCKED = 6;
    SQLITE_READONLY = 8;
    SQLITE_IOERR = 10;
    SQLITE_CORRUPT = 11;
    SQLITE_FULL = 13;
    SQLITE_CANTOPEN = 14;
    SQLITE_NOTADB = 26;
    DAMAGED_HINT = (path11) => `move it away (mv ${path11} ${path11}.damaged); the same command with --store-from-results rebuilds the experiment from its --out's results.json, or pass --store PATH to another store`;
    SqliteFile = class _SqliteFile {
      path;
      db;
      stmts = /* @__PURE__ */ new Map();
      depth = 0;
      constructor(path11, db) {
        this.path = path11;
        this.db = db;
      }
      /**
       * Opens (creating or migrating) the store, checked end to end (a damaged page is found here, not
       * in the middle of a run); a store from a newer llama-perf-gate is refused.
       */
      static open(path11, opts = {}) {
        checkStorePath(path11);
        if (!opts.readOnly) {
          try {
            mkdirSync5(dirname5(path11), { recursive: true });
          } catch (e) {
            throw asEnvironmentError(e);
          }
        }
        try {
          return _SqliteFile.connect(path11, path11, opts);
        } catch (e) {
          if (opts.readOnly && ((e.errcode ?? -1) & 255) === SQLITE_CANTOPEN) {
            try {
              return _SqliteFile.connect(path11, new URL(`${pathToFileURL(path11).href}?immutable=1`), opts);
            } catch (again) {
              e = again;
            }
          }
          const err = storeError(path11, "opening it", e);
          if (err instanceof UserError) throw err;
          throw new EnvironmentError(`cannot open experiment store ${path11}: ${e.message}`, "pass --store PATH to a writable location");
        }
      }
      static connect(path11, target, opts) {
        const db = new DatabaseSync(target, { readOnly: opts.readOnly ?? false, timeout: opts.busyTimeoutMs ?? 3e4 });
        const store = new _SqliteFile(path11, db);
        try {
          if (!opts.readOnly) {
            db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            if (opts.maxPages) db.exec(`PRAGMA max_page_count = ${Math.floor(opts.maxPages)}`);
          }
          const check = db.prepare("PRAGMA quick_check(1)").get()?.quick_check;
          if (check !== "ok") throw new EnvironmentError(`experiment store ${path11} is damaged (${String(check)})`, DAMAGED_HINT(path11));
          store.migrate(opts.readOnly ?? false);
        } catch (e) {
          db.close();
          throw e;
        }
        return store;
      }
      migrate(readOnly) {
        const tables = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((r) => r.name);
        let version = 0;
        if (tables.includes("meta")) {
          const row2 = this.db.prepare(`SELECT value FROM meta WHERE key = 'store_version'`).get();
          version = Number(row2?.value ?? 0);
        } else if (tables.length > 0) {
          throw new UserError(`${this.path} is an SQLite file but not a llama-perf-gate experiment store (tables: ${tables.slice(0, 5).join(", ")})`, "pass --store PATH to another file");
        }
        if (version > STORE_VERSION) {
          throw new UserError(
            `experiment store ${this.path} has version ${version}; this llama-perf-gate reads up to version ${STORE_VERSION}`,
            "upgrade llama-perf-gate, or pass --store PATH to use another store"
          );
        }
        if (version === STORE_VERSION) return;
        if (readOnly && tables.length === 0) throw new UserError(`experiment store ${this.path} is empty: no experiment was stored in it`, "run `llama-perf-gate run` (or npm start) first, or pass --store PATH");
        if (readOnly) throw new UserError(`experiment store ${this.path} has version ${version} and needs migrating to ${STORE_VERSION}`, "run any llama-perf-gate run once on it");
        this.tx(() => {
          if (version === 0) this.db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
          for (let v = version; v < STORE_VERSION; v++) this.db.exec(MIGRATIONS[v]);
          this.db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('store_version', ?)`).run(String(STORE_VERSION));
        }, "migrating it");
      }
      close() {
        this.db.close();
      }
      /** SQL run as is (a table created on first use). */
      exec(sql) {
        this.db.exec(sql);
      }
      /** A prepared statement, prepared once per SQL text. */
      stmt(sql) {
        let s = this.stmts.get(sql);
        if (!s) this.stmts.set(sql, s = this.db.prepare(sql));
        return s;
      }
      /** One write transaction: all of it reaches the file or none of it does. Nested calls join the outer one. */
      tx(fn, what) {
        if (this.depth > 0) return fn();
        try {
          this.db.exec("BEGIN IMMEDIATE");
        } catch (e) {
          throw storeError(this.path, what, e);
        }
        this.depth++;
        try {
          const out = fn();
          this.db.exec("COMMIT");
          return out;
        } catch (e) {
          try {
            this.db.exec("ROLLBACK");
          } catch {
          }
          throw storeError(this.path, what, e);
        } finally {
          this.depth--;
        }
      }
    };
  }
});

// src/store/experiment-store.ts
import { join as join16 } from "node:path";
import { randomBytes } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
function defaultStorePath(cacheDir) {
  return join16(cacheDir, "experiments.sqlite");
}
function packRecord(l) {
  return deflateRawSync(JSON.stringify(l));
}
function unpackRecord(b) {
  return JSON.parse(inflateRawSync(b).toString("utf8"));
}
function readHeader(text) {
  const h = JSON.parse(text);
  return { ...h, plan: migratePlan(h.plan) };
}
function header2(r) {
  const { launches: _l, depthLaunches: _d, design: _s, experiment: _e, ...rest } = r;
  return { ...rest, schedule: { seed: r.schedule.seed, blocks: [] } };
}
function hostKey2(identity) {
  return identity.host ? JSON.stringify(identity.host) : null;
}
var ExperimentStore;
var init_experiment_store = __esm({
  "src/store/experiment-store.ts"() {
    "use strict";
    init_migrate();
    init_errors();
    init_results();
    init_llama_bench_table();
    init_sqlite_file();
    ExperimentStore = class _ExperimentStore {
      path;
      file;
      constructor(file) {
        this.file = file;
        this.path = file.path;
      }
      /** Opens (creating or migrating) the store; a store from a newer llama-perf-gate is refused. */
      static open(path11, opts = {}) {
        return new _ExperimentStore(SqliteFile.open(path11, opts));
      }
      close() {
        this.file.close();
      }
      /** Several writes as one transaction (rebuilding an experiment: all of it or none). */
      batch(fn, what) {
        return this.file.tx(fn, what);
      }
      /** A new experiment (a fresh id, or the id of the results.json it is rebuilt from). */
      createExperiment(identity, identityHash2, results3, segment, id = randomBytes(6).toString("hex")) {
        const labels = results3.plan.variants.map((v) => variantLabel(identity.variants.find((x) => x.id === v.id)?.commit ?? null, v));
        const now = (/* @__PURE__ */ new Date()).toISOString();
        this.file.tx(() => {
          this.file.stmt(`INSERT INTO experiments (id, identity_hash, identity, created_at, updated_at, finished_at, host_key, flavour, label_a, label_b, header)
                 VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`).run(
            id,
            identityHash2,
            JSON.stringify(identity),
            now,
            now,
            hostKey2(identity),
            results3.flavour,
            labels[0],
            labels[1],
            JSON.stringify(header2(results3))
          );
          this.insertSegment(id, segment);
        }, "creating an experiment");
        return id;
      }
      insertSegment(id, s) {
        this.file.stmt(`INSERT INTO segments (experiment_id, at, kind, from_blocks, to_blocks) VALUES (?, ?, ?, ?, ?)`).run(id, s.at, s.kind, s.fromBlocks, s.toBlocks);
      }
      addSegment(id, s) {
        this.file.tx(() => {
          this.insertSegment(id, s);
          this.file.stmt(`UPDATE experiments SET finished_at = NULL, updated_at = ? WHERE id = ?`).run(s.at, id);
        }, "starting more blocks");
      }
      /** The newest unfinished experiment with this identity: the one a rerun resumes. */
      findResumable(identityHash2) {
        const row2 = this.file.stmt(`SELECT id FROM experiments WHERE identity_hash = ? AND finished_at IS NULL ORDER BY created_at DESC LIMIT 1`).get(identityHash2);
        return row2?.id ?? null;
      }
      identity(id) {
        const row2 = this.file.stmt(`SELECT identity FROM experiments WHERE id = ?`).get(id);
        if (!row2) throw new UserError(`experiment ${id} is not in the store ${this.path}`);
        return JSON.parse(row2.identity);
      }
      /** An experiment by id or unique id prefix (as `experiments` prints it). */
      resolveId(prefix) {
        if (!/^[0-9a-f]{1,12}$/.test(prefix)) throw new UserError(`--experiment ${JSON.stringify(prefix)} is not an experiment id`, "example: --experiment 3f2a (see llama-perf-gate experiments)");
        const rows2 = this.file.stmt(`SELECT id FROM experiments WHERE id LIKE ? || '%' ORDER BY created_at`).all(prefix);
        if (rows2.length === 0) throw new UserError(`no experiment ${prefix} in the store ${this.path}`, "list them with: llama-perf-gate experiments");
        if (rows2.length > 1) throw new UserError(`experiment id ${prefix} is ambiguous (${rows2.map((r) => r.id).join(", ")})`, "give more characters of the id");
        return rows2[0].id;
      }
      /** The newest experiment whose A and B were built from these commits (full or abbreviated SHAs). */
      latestByCommits(a, b) {
        const rows2 = this.file.stmt(`SELECT id, identity FROM experiments ORDER BY created_at DESC`).all();
        const same = (x, y) => x !== null && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
        for (const r of rows2) {
          const v = JSON.parse(r.identity).variants;
          if (same(v[0]?.commit ?? null, a) && same(v[1]?.commit ?? null, b)) return r.id;
        }
        return null;
      }
      has(id) {
        return this.file.stmt(`SELECT 1 FROM experiments WHERE id = ?`).get(id) !== void 0;
      }
      /** Header fields that change during a run: builds, flavour, analysis, stop reason, notes, curves. */
      saveHeader(id, results3) {
        this.file.tx(() => {
          this.file.stmt(`UPDATE experiments SET header = ?, flavour = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify(header2(results3)), results3.flavour, (/* @__PURE__ */ new Date()).toISOString(), id);
        }, "saving the experiment");
      }
      saveBlockOrder(id, block, order) {
        this.file.tx(() => {
          this.file.stmt(`INSERT OR REPLACE INTO blocks (experiment_id, block, block_order) VALUES (?, ?, ?)`).run(id, block, JSON.stringify(order));
        }, `recording the order of block ${block}`);
      }
      /** One launch, its observation and its llama_bench row: one transaction. */
      appendLaunch(id, l, value, flavour, label) {
        this.file.tx(() => {
          this.file.stmt(`INSERT INTO launches (experiment_id, seq, block, slot, variant, workload, warmup, status, value, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
            id,
            l.seq,
            l.block,
            l.slot,
            l.variant,
            l.workload,
            l.warmup ? 1 : 0,
            l.status,
            value,
            packRecord(l)
          );
          const row2 = flavour && label && !l.warmup ? rowOf(flavour, l, label) : null;
          if (row2 && flavour) {
            this.file.exec(createTableSql(flavour));
            const r = this.file.stmt(insertSql(flavour)).run(...row2);
            this.file.stmt(`INSERT INTO launch_rows (experiment_id, seq, table_name, row_id) VALUES (?, ?, ?, ?)`).run(id, l.seq, flavour === "ik" ? "test" : "llama_bench", r.lastInsertRowid);
          }
        }, `recording launch ${l.seq}`);
      }
      /** One depth-sweep launch (bench/depth-sweep.ts): one transaction, like a llama-bench launch. */
      appendDepthLaunch(id, l) {
        this.file.tx(() => {
          this.file.stmt(`INSERT INTO depth_launches (experiment_id, seq, block, slot, variant, warmup, status, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
            id,
            l.seq,
            l.block,
            l.slot,
            l.variant,
            l.warmup ? 1 : 0,
            l.status,
            packRecord(l)
          );
        }, `recording depth launch ${l.seq}`);
      }
      /** A look taken: what it decided, and the design state after it (the α spent is its last look's). */
      recordLook(id, nBlocks, analysis2, state) {
        this.file.tx(() => {
          this.file.stmt(`INSERT INTO looks (experiment_id, at, n_blocks, verdict, alpha_spent, analysis, state) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
            id,
            (/* @__PURE__ */ new Date()).toISOString(),
            nBlocks,
            analysis2.verdict,
            state.looks.at(-1)?.alpha_spent ?? null,
            JSON.stringify(analysis2),
            JSON.stringify(state)
          );
        }, `recording the look at ${nBlocks} blocks`);
      }
      /** The design state of the newest look (the decision engine's), or null before the first look. */
      lastDesignState(id) {
        const row2 = this.file.stmt(`SELECT state FROM looks WHERE experiment_id = ? AND state IS NOT NULL ORDER BY rowid DESC LIMIT 1`).get(id);
        return row2 ? JSON.parse(row2.state) : null;
      }
      /** The end of a run: header, verdict, finished. */
      finish(id, results3, countedBlocks) {
        this.file.tx(() => {
          const now = results3.finishedAt ?? (/* @__PURE__ */ new Date()).toISOString();
          this.file.stmt(`UPDATE experiments SET header = ?, flavour = ?, updated_at = ?, finished_at = ? WHERE id = ?`).run(JSON.stringify(header2(results3)), results3.flavour, now, now, id);
          this.file.stmt(`INSERT INTO verdicts (experiment_id, at, n_blocks, verdict, stop_reason) VALUES (?, ?, ?, ?, ?)`).run(
            id,
            now,
            countedBlocks,
            results3.analysis?.verdict ?? "none",
            results3.stopReason
          );
        }, "finishing the experiment");
      }
      launches(id) {
        return this.file.stmt(`SELECT record FROM launches WHERE experiment_id = ? ORDER BY seq`).all(id).map((r) => unpackRecord(r.record));
      }
      /**
       * The depth-sweep launches: the stored rows, plus those a store from before version 2 kept in the
       * header (`legacy`), in run order.
       */
      depthLaunches(id, legacy = []) {
        const rows2 = this.file.stmt(`SELECT record FROM depth_launches WHERE experiment_id = ? ORDER BY seq`).all(id).map((r) => unpackRecord(r.record));
        const seqs = new Set(rows2.map((l) => l.seq));
        return [...rows2, ...legacy.filter((l) => !seqs.has(l.seq))].sort((a, b) => a.seq - b.seq);
      }
      schedule(id) {
        return this.file.stmt(`SELECT block, block_order FROM blocks WHERE experiment_id = ? ORDER BY block`).all(id).map((r) => ({ block: r.block, order: JSON.parse(r.block_order) }));
      }
      segments(id) {
        return this.file.stmt(`SELECT at, kind, from_blocks, to_blocks FROM segments WHERE experiment_id = ? ORDER BY rowid`).all(id).map((r) => ({
          kind: r.kind,
          at: r.at,
          fromBlocks: r.from_blocks,
          toBlocks: r.to_blocks
        }));
      }
      /** The whole experiment as results.json (schema @2). */
      loadResults(id) {
        const row2 = this.file.stmt(`SELECT header FROM experiments WHERE id = ?`).get(id);
        if (!row2) throw new UserError(`experiment ${id} is not in the store ${this.path}`);
        const { depthLaunches: legacy, ...h } = readHeader(row2.header);
        const depthLaunches = this.depthLaunches(id, legacy);
        const design2 = this.lastDesignState(id);
        return {
          ...h,
          ...h.plan.depthSweep || depthLaunches.length > 0 ? { depthLaunches } : {},
          ...design2 ? { design: design2 } : {},
          schema: RESULTS_SCHEMA,
          schedule: { seed: h.schedule.seed, blocks: this.schedule(id) },
          launches: this.launches(id),
          experiment: { id, store: this.path, segments: this.segments(id) }
        };
      }
      list() {
        const rows2 = this.file.stmt(`SELECT e.*,
        (SELECT COUNT(*) FROM launches l WHERE l.experiment_id = e.id) AS n_launches,
        (SELECT COUNT(DISTINCT block) FROM launches l WHERE l.experiment_id = e.id AND l.warmup = 0) AS n_blocks,
        (SELECT verdict FROM verdicts v WHERE v.experiment_id = e.id ORDER BY v.rowid DESC LIMIT 1) AS verdict
      FROM experiments e ORDER BY e.created_at, e.rowid`).all();
        return rows2.map((r) => ({
          id: r.id,
          identityHash: r.identity_hash,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
          finishedAt: r.finished_at ?? null,
          hostKey: r.host_key ?? null,
          flavour: r.flavour ?? null,
          labels: [r.label_a, r.label_b],
          header: readHeader(r.header),
          launches: r.n_launches,
          countedBlocks: r.n_blocks,
          verdict: r.verdict ?? null
        }));
      }
      /** Observations of one variant and workload per experiment (ok, counted launches), for history. */
      values(id, variant2, workload) {
        return this.file.stmt(`SELECT value FROM launches WHERE experiment_id = ? AND variant = ? AND workload = ? AND warmup = 0 AND status = 'ok' AND value IS NOT NULL ORDER BY seq`).all(id, variant2, workload).map((r) => r.value);
      }
    };
  }
});

// src/store/identity.ts
import { createHash as createHash5 } from "node:crypto";
import { closeSync as closeSync6, openSync as openSync6, readSync as readSync5, statSync as statSync9 } from "node:fs";
function modelIdentity(path11) {
  let fd;
  try {
    fd = openSync6(path11, "r");
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(Math.min(Math.max(MODEL_HEAD_BYTES, headerBytes(path11)), statSync9(path11).size));
    const n = readSync5(fd, buf, 0, buf.length, 0);
    return { size: statSync9(path11).size, headSha256: createHash5("sha256").update(buf.subarray(0, n)).digest("hex") };
  } finally {
    closeSync6(fd);
  }
}
function headerBytes(path11) {
  try {
    return readGgufHeader(path11).headerBytes;
  } catch {
    return 0;
  }
}
function modelsIdentity(models) {
  if (models.length === 1) return modelIdentity(models[0].path);
  return models.map((m) => ({ name: m.name, file: modelIdentity(m.path) }));
}
function modelChanges(a, b) {
  if (canonical(a) === canonical(b)) return [];
  const named2 = (x) => Array.isArray(x) ? x : null;
  const [na, nb] = [named2(a), named2(b)];
  if (!na || !nb) return [na || nb ? "models (one model, not several)" : "model (another file: size or header hash)"];
  const out = [];
  for (const m of nb) {
    const was = na.find((x) => x.name === m.name);
    if (!was) out.push(`model ${m.name} added`);
    else if (canonical(was.file) !== canonical(m.file)) out.push(`model ${m.name} (another file: size or header hash)`);
  }
  for (const m of na) if (!nb.some((x) => x.name === m.name)) out.push(`model ${m.name} removed`);
  if (out.length === 0) out.push("models (order)");
  return out;
}
function hostIdentity(h) {
  if (!h) return null;
  return {
    cpuModel: h.cpuModel,
    sockets: h.sockets,
    coresPerSocket: h.coresPerSocket,
    threadsPerCore: h.threadsPerCore,
    logicalCpus: h.logicalCpus,
    numaNodes: h.numaNodes.length,
    kernel: h.kernel
  };
}
function experimentIdentity2(plan2, builds, host2) {
  return {
    variants: plan2.variants.map((v) => ({
      id: v.id,
      commit: builds.find((b) => b.variant === v.id)?.commit ?? v.ref,
      cmakeArgs: v.cmakeArgs,
      runArgs: v.runArgs,
      env: Object.fromEntries(Object.entries(v.env).sort()),
      ...v.slowdown !== void 0 && { slowdown: v.slowdown },
      ...v.replica && { replica: v.replica }
    })),
    model: modelsIdentity(plan2.models),
    workloads: plan2.workloads,
    threads: plan2.threads,
    levers: Object.fromEntries(Object.entries(plan2.levers).sort()),
    decision: { warmupBlocks: plan2.warmupBlocks, margin: plan2.margin, alpha: plan2.alpha, method: plan2.method },
    host: hostIdentity(host2)
  };
}
function identityHash(id) {
  return createHash5("sha256").update(canonical(id)).digest("hex");
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}
function identityChanges(a, b) {
  const out = [];
  for (const i of [0, 1]) {
    const [x, y] = [a.variants[i], b.variants[i]];
    const name = i === 0 ? "A" : "B";
    if (!x || !y) continue;
    if (x.commit !== y.commit) out.push(`${name} commit`);
    if (canonical(x.cmakeArgs) !== canonical(y.cmakeArgs)) out.push(`${name} CMake args`);
    if (canonical(x.runArgs) !== canonical(y.runArgs)) out.push(`${name} run args`);
    if (canonical(x.env) !== canonical(y.env)) out.push(`${name} env`);
    if (x.slowdown !== y.slowdown) out.push(`${name} slowdown`);
    if ((x.replica ?? 0) !== (y.replica ?? 0)) out.push(`${name} build replica`);
  }
  out.push(...modelChanges(a.model, b.model));
  const parts = ["workloads", "threads", "levers", "decision", "host"];
  for (const k of parts) if (canonical(a[k]) !== canonical(b[k])) out.push(k);
  return out;
}
var MODEL_HEAD_BYTES;
var init_identity = __esm({
  "src/store/identity.ts"() {
    "use strict";
    init_gguf_reader();
    MODEL_HEAD_BYTES = 4 * 1024 * 1024;
  }
});

// src/store/rebuild.ts
function rebuildExperiment(store, r, value) {
  const id = r.experiment?.id;
  if (!id) throw new UserError("this results.json names no experiment: it cannot rebuild a store", "it was written by a llama-perf-gate without experiments; start a new experiment instead");
  const identity = experimentIdentity2(r.plan, r.builds, r.host);
  const labels = r.plan.variants.map((v) => variantLabel(identity.variants.find((x) => x.id === v.id)?.commit ?? null, v));
  const [first, ...rest] = r.experiment.segments;
  const run2 = first ?? { kind: "run", at: r.startedAt, fromBlocks: 0, toBlocks: r.plan.maxBlocks };
  store.batch(() => {
    store.createExperiment(identity, identityHash(identity), { ...r, finishedAt: null }, run2, id);
    for (const s of rest) store.addSegment(id, s);
    for (const b of r.schedule.blocks) store.saveBlockOrder(id, b.block, b.order);
    for (const l of r.launches.filter((x) => x.status !== "skipped")) {
      store.appendLaunch(id, l, value(l), r.flavour, labels[l.variant === "A" ? 0 : 1] ?? null);
    }
    for (const l of (r.depthLaunches ?? []).filter((x) => x.status !== "skipped")) store.appendDepthLaunch(id, l);
    const look = r.design?.looks.at(-1);
    if (r.design && look && r.analysis) store.recordLook(id, look.blocks, r.analysis, r.design);
  }, `rebuilding experiment ${id} from results.json`);
  return id;
}
var init_rebuild = __esm({
  "src/store/rebuild.ts"() {
    "use strict";
    init_identity();
    init_llama_bench_table();
    init_errors();
  }
});

// src/host/numa-maps.ts
import { readFileSync as readFileSync14 } from "node:fs";
function mappingKind(file) {
  if (file === null || file.startsWith("/anon_hugepage")) return "anon";
  return SHMEM_FILES.some((p) => file.startsWith(p)) ? "shmem" : "file";
}
function unescapeOctal(s) {
  return s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(Number.parseInt(o, 8)));
}
function parseNumaMapsLine(line) {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 2 || !/^[0-9a-f]+$/.test(tokens[0])) return null;
  const m = {
    address: tokens[0],
    policy: "",
    file: null,
    region: null,
    huge: false,
    anonymous: true,
    kind: "anon",
    pageKiB: 4,
    nodePages: {},
    counters: {}
  };
  const policy = [];
  let i = 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.includes("=") || t === "heap" || t === "stack" || t === "huge") break;
    policy.push(t);
  }
  m.policy = policy.join(" ");
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "heap" || t === "stack") m.region = t;
    else if (t === "huge") m.huge = true;
    else if (t.startsWith("file=")) m.file = unescapeOctal(t.slice(5));
    else {
      const kv = /^([A-Za-z_]+|N\d+)=(\d+)$/.exec(t);
      if (!kv) continue;
      const [, key, value] = kv;
      if (/^N\d+$/.test(key)) m.nodePages[key.slice(1)] = Number(value);
      else if (key === "kernelpagesize_kB") m.pageKiB = Number(value);
      else m.counters[key] = Number(value);
    }
  }
  m.kind = mappingKind(m.file);
  m.anonymous = m.kind !== "file";
  return m;
}
function parseNumaMaps(text) {
  return text.split("\n").map(parseNumaMapsLine).filter((m) => m !== null);
}
function add(into, node, kib) {
  into[node] = (into[node] ?? 0) + kib;
}
function residentByNode(mappings) {
  const r = { nodeKiB: {}, anonNodeKiB: {}, shmemNodeKiB: {}, fileNodeKiB: {}, totalKiB: 0, anonKiB: 0, shmemKiB: 0, fileKiB: 0 };
  for (const m of mappings) {
    for (const [node, pages] of Object.entries(m.nodePages)) {
      const kib = pages * m.pageKiB;
      add(r.nodeKiB, node, kib);
      add(r[`${m.kind}NodeKiB`], node, kib);
      r.totalKiB += kib;
      r[`${m.kind}KiB`] += kib;
    }
  }
  return r;
}
function readProcessResidency(pid) {
  let text;
  try {
    text = readFileSync14(`/proc/${pid}/numa_maps`, "utf8");
  } catch {
    return null;
  }
  if (text.trim() === "") return null;
  return residentByNode(parseNumaMaps(text));
}
var SHMEM_FILES;
var init_numa_maps = __esm({
  "src/host/numa-maps.ts"() {
    "use strict";
    SHMEM_FILES = ["/dev/zero", "/memfd:", "/SYSV"];
  }
});

// src/parse/types.ts
var MAX_MEASURE, MAX_MEASURE_TEXT;
var init_types2 = __esm({
  "src/parse/types.ts"() {
    "use strict";
    MAX_MEASURE = 1e12;
    MAX_MEASURE_TEXT = "1e12";
  }
});

// src/parse/malformed.ts
function malformed(source, line, what, format) {
  const where = line > 0 ? `${source}:${line}` : source;
  return new UserError(`${where}: malformed llama-bench ${format ? format + " " : ""}output: ${what}`, FORMAT_HINT);
}
function lineAt(text, pos) {
  let line = 1;
  const end = Math.min(pos, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function numberedLines(text) {
  return text.split("\n").map((t, i) => ({ n: i + 1, text: t.endsWith("\r") ? t.slice(0, -1) : t }));
}
var FORMAT_HINT;
var init_malformed = __esm({
  "src/parse/malformed.ts"() {
    "use strict";
    init_errors();
    FORMAT_HINT = "run llama-bench with -o json (or jsonl/csv/md/sql) and pass its stdout unchanged; a launch that crashed or was killed leaves truncated output";
  }
});

// src/parse/sweep.ts
function bad(source, line, what) {
  return new UserError(`${line > 0 ? `${source}:${line}` : source}: malformed sweep-bench output: ${what}`, SWEEP_HINT);
}
function cells(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}
function toRecord(fields, source, line, threads) {
  for (const k of REQUIRED) {
    if (typeof fields[k] !== "number" || !Number.isFinite(fields[k])) {
      throw bad(source, line, `field "${k}" is ${JSON.stringify(fields[k] ?? null)}, expected a number`);
    }
  }
  for (const k of ["speed_pp", "speed_tg"]) {
    const v = fields[k];
    if (v < 0 || v >= MAX_MEASURE) throw bad(source, line, `field "${k}" is ${v}, expected a speed from 0 to below ${MAX_MEASURE_TEXT} t/s`);
  }
  const tool = "pl" in fields ? "batched-bench" : "ik-sweep-bench";
  const n = (k) => fields[k];
  return {
    tool,
    nKv: n("n_kv"),
    pp: n("pp"),
    tg: n("tg"),
    pl: typeof fields.pl === "number" ? fields.pl : 1,
    tPpSec: n("t_pp"),
    speedPp: n("speed_pp"),
    tTgSec: n("t_tg"),
    speedTg: n("speed_tg"),
    nThreads: typeof fields.n_threads === "number" ? fields.n_threads : threads,
    raw: fields
  };
}
function scan(text, reader) {
  const out = [];
  for (const l of numberedLines(text)) {
    const r = reader.line(l.text, l.n);
    if (r) out.push(r);
  }
  return out;
}
function parseSweepRows(stdout, stderr, source) {
  const out = scan(stdout, new SweepRowReader(`${source} (stdout)`, { lenient: true }));
  const err = scan(stderr, new SweepRowReader(`${source} (stderr)`, { lenient: true }));
  return err.length > out.length ? err : out;
}
var SWEEP_HINT, COLUMNS, REQUIRED, SweepRowReader;
var init_sweep = __esm({
  "src/parse/sweep.ts"() {
    "use strict";
    init_types2();
    init_errors();
    init_malformed();
    SWEEP_HINT = "run llama-sweep-bench (or llama-batched-bench) with --output-format jsonl and pass its output unchanged";
    COLUMNS = {
      PP: "pp",
      TG: "tg",
      B: "pl",
      N_KV: "n_kv",
      "T_PP s": "t_pp",
      "S_PP t/s": "speed_pp",
      "T_TG s": "t_tg",
      "S_TG t/s": "speed_tg",
      "T s": "t",
      "S t/s": "speed",
      "RSS HWM": "rss_hwm_mib",
      "VRAM delta": "vram_delta_mib"
    };
    REQUIRED = ["pp", "tg", "n_kv", "t_pp", "speed_pp", "t_tg", "speed_tg"];
    SweepRowReader = class {
      #columns = null;
      // jsonl keys of the current table's columns
      #threads = null;
      #source;
      #lenient;
      constructor(source, opts = {}) {
        this.#source = source;
        this.#lenient = opts.lenient ?? false;
      }
      /** The row this line holds, or null for anything else (log lines, headers, separators). */
      line(text, n = 0) {
        try {
          return this.#read(text, n);
        } catch (e) {
          if (this.#lenient) return null;
          throw e;
        }
      }
      #read(text, n) {
        const t = text.trim();
        const th = /\bn_threads = (\d+)/.exec(t);
        if (th && !t.startsWith("{")) this.#threads = Number(th[1]);
        if (t.startsWith("{")) {
          let obj2;
          try {
            obj2 = JSON.parse(t);
          } catch (e) {
            throw bad(this.#source, n, e.message);
          }
          if (typeof obj2 !== "object" || obj2 === null || Array.isArray(obj2)) throw bad(this.#source, n, "line is not a JSON object");
          return toRecord(obj2, this.#source, n, this.#threads);
        }
        if (!t.startsWith("|")) return null;
        const c = cells(t);
        if (c[0] === "PP") {
          this.#columns = c.map((title) => COLUMNS[title] ?? title);
          return null;
        }
        const columns = this.#columns;
        if (columns === null || c.every((x) => /^-+$/.test(x))) return null;
        if (c.length !== columns.length) throw bad(this.#source, n, `row has ${c.length} cells, header has ${columns.length}`);
        const fields = {};
        columns.forEach((k, i) => {
          const v = c[i];
          fields[k] = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : v;
        });
        return toRecord(fields, this.#source, n, this.#threads);
      }
    };
  }
});

// src/host/memory-curve.ts
import { spawn as spawn3 } from "node:child_process";
import { readFileSync as readFileSync15 } from "node:fs";
function readStatusKiB(pid) {
  let text;
  try {
    text = readFileSync15(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const f2 = (key) => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(text);
    return m ? Number(m[1]) : null;
  };
  const rss = f2("VmRSS");
  if (rss === null) return null;
  return { rssKiB: rss, anonKiB: f2("RssAnon") ?? 0, shmemKiB: f2("RssShmem") ?? 0, fileKiB: f2("RssFile") ?? 0 };
}
function samplePoint(pid, t0, nKv = null) {
  const s = readStatusKiB(pid);
  if (s === null) return null;
  const r = readProcessResidency(pid);
  const tMs = Math.round(performance.now() - t0);
  if (r === null) return { tMs, ...s, nodeKiB: {}, anonNodeKiB: {}, shmemNodeKiB: {}, fileNodeKiB: {}, nKv };
  return {
    tMs,
    rssKiB: s.rssKiB,
    anonKiB: r.anonKiB,
    shmemKiB: r.shmemKiB,
    fileKiB: r.fileKiB,
    nodeKiB: r.nodeKiB,
    anonNodeKiB: r.anonNodeKiB,
    shmemNodeKiB: r.shmemNodeKiB,
    fileNodeKiB: r.fileNodeKiB,
    nKv
  };
}
function sampleMemoryCurve(argv, opts = {}) {
  const interval = opts.intervalMs ?? 250;
  const stdbuf = findExecutable("stdbuf");
  const cmd = stdbuf ? [stdbuf, "-oL", ...argv] : argv;
  const t0 = performance.now();
  return new Promise((resolve8, reject) => {
    const child = spawn3(cmd[0], cmd.slice(1), { cwd: opts.cwd, env: childEnv(process.env, opts.env, opts.own), stdio: ["ignore", "pipe", "pipe"], detached: true });
    track(child);
    const points = [];
    const rows2 = [];
    const take2 = (nKv) => {
      if (!child.pid) return;
      const p = samplePoint(child.pid, t0, nKv);
      if (p) points.push(p);
    };
    const watch = (stream, name) => {
      const reader = new SweepRowReader(name, { lenient: true });
      let pending = "";
      stream.on("data", (b) => {
        const s = b.toString("utf8");
        if (name === "stdout") stdout = (stdout + s).slice(-STREAM_KEEP);
        else stderr = (stderr + s).slice(-STREAM_KEEP);
        pending += s;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          const row2 = reader.line(line);
          if (row2) {
            rows2.push(row2);
            take2(row2.nKv);
          }
        }
      });
    };
    let stdout = "";
    let stderr = "";
    watch(child.stdout, "stdout");
    watch(child.stderr, "stderr");
    const timer = setInterval(() => take2(null), interval);
    let timedOut = false;
    let hardKill;
    const killGroup2 = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const kill = opts.timeoutMs ? setTimeout(() => {
      timedOut = true;
      killGroup2("SIGTERM");
      hardKill = setTimeout(() => killGroup2("SIGKILL"), 3e3);
    }, opts.timeoutMs) : void 0;
    child.on("error", (e) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      reject(e);
    });
    child.on("close", (code2, signal) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      resolve8({ points, rows: rows2, exitCode: code2, signal, stdout, stderr, timedOut, wallMs: Math.round(performance.now() - t0) });
    });
  });
}
var STREAM_KEEP;
var init_memory_curve = __esm({
  "src/host/memory-curve.ts"() {
    "use strict";
    init_child_env();
    init_numa_maps();
    init_numa_policy();
    init_sweep();
    init_children();
    STREAM_KEEP = 8 * 1024 * 1024;
  }
});

// src/parse/help.ts
function supportedFlags(helpText2) {
  const flags = /* @__PURE__ */ new Set();
  for (const line of helpText2.split("\n")) {
    const m = /^\s+(-{1,2}[A-Za-z][\w-]*(?:,?\s+-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (!m) continue;
    for (const f2 of m[1].split(/[,\s]+/)) if (f2.startsWith("-")) flags.add(f2);
  }
  return flags;
}
function detectFlavourFromHelp(helpText2) {
  const flags = supportedFlags(helpText2);
  if (!flags.has("-p") && !flags.has("--n-prompt")) {
    const first = helpText2.split("\n").find((l) => l.trim() !== "")?.trim().slice(0, 80) ?? "";
    throw new UserError(`llama-bench --help does not look like llama-bench's usage (first line: ${JSON.stringify(first)})`, HELP_HINT);
  }
  if (flags.has("-gp")) return "ik";
  if (flags.has("-d") || flags.has("--n-depth")) return "mainline";
  const output = helpText2.split("\n").find((l) => /^\s+-o, --output\b/.test(l)) ?? "";
  if (output.includes("jsonl")) return "mainline";
  if (["-mla", "-fmoe", "-rtr", "-amb", "-ser", "-thp"].some((f2) => flags.has(f2))) return "ik";
  return "mainline";
}
function commonToolFlags(helpText2) {
  const flags = /* @__PURE__ */ new Set();
  for (const line of helpText2.split("\n")) {
    const m = /^\s*(-{1,2}[A-Za-z][\w-]*(?:,\s*-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (m) {
      for (const f2 of m[1].split(/[,\s]+/)) if (f2.startsWith("-")) flags.add(f2);
    }
  }
  return flags;
}
var HELP_HINT;
var init_help = __esm({
  "src/parse/help.ts"() {
    "use strict";
    init_errors();
    HELP_HINT = "point --repo at a llama.cpp or ik_llama.cpp checkout; its llama-bench --help must print the usage";
  }
});

// src/parse/kv-buffer.ts
function kindOfKvBuffer(name) {
  if (name === "CPU") return "heap";
  if (name === "CPU_MMAP" || /\bNUMA\b/.test(name)) return "mmap";
  return null;
}
function kvBuffersFromLog(log) {
  return [...log.matchAll(SIZE_LINE)].map((m) => ({ name: m[1], kind: kindOfKvBuffer(m[1]), sizeMiB: Number(m[2]) }));
}
function kvBufferFromLog(log) {
  const lines = kvBuffersFromLog(log);
  if (lines.length > 0) return lines[0];
  if (log.includes(MMAP_NOTICE)) return { name: "CPU_MMAP", kind: "mmap", sizeMiB: Number.NaN };
  return null;
}
var SIZE_LINE, MMAP_NOTICE;
var init_kv_buffer = __esm({
  "src/parse/kv-buffer.ts"() {
    "use strict";
    SIZE_LINE = /^[^\n]*?\bllama_kv_cache(?:_init|_unified)?:\s+(\S[^\n]*?)\s+KV buffer size =\s*([\d.]+)\s*MiB/gm;
    MMAP_NOTICE = "KV cache in CPU_MMAP buffer";
  }
});

// src/bench/launch.ts
import { spawn as spawn4 } from "node:child_process";
import { mkdirSync as mkdirSync6 } from "node:fs";
import { join as join17 } from "node:path";
function scratchDir2(out) {
  const dir = join17(out, "launches");
  mkdirSync6(dir, { recursive: true });
  return dir;
}
function launch(argv, opts) {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn4(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: childEnv(process.env, opts.env, opts.own),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    track(child);
    const out = [];
    let kept3 = 0;
    let dropped = 0;
    let err = "";
    let timedOut = false;
    let spawnError = null;
    child.stdout.on("data", (b) => {
      const room = STDOUT_KEEP - kept3;
      if (room >= b.length) {
        out.push(b);
        kept3 += b.length;
      } else {
        if (room > 0) out.push(b.subarray(0, room));
        kept3 += Math.max(0, room);
        dropped += b.length - Math.max(0, room);
      }
    });
    child.stderr.on("data", (b) => {
      err = (err + b.toString("utf8")).slice(-STDERR_KEEP2);
    });
    const killGroup2 = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    let hardKill;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup2("SIGTERM");
      hardKill = setTimeout(() => killGroup2("SIGKILL"), 3e3);
    }, Math.min(Math.max(1, opts.timeoutMs), MAX_TIMER_MS));
    child.on("error", (e) => {
      spawnError = e.message;
    });
    child.on("close", async (code2, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      if (child.pid) {
        killGroup2("SIGKILL");
        await groupGone(child.pid);
      }
      const note = dropped > 0 ? `
[llama-perf-gate] stdout cut at ${STDOUT_KEEP} bytes: ${dropped} more bytes were discarded` : "";
      done({
        pid: child.pid ?? null,
        exitCode: code2,
        signal,
        timedOut,
        wallMs: Math.round(performance.now() - t0),
        stdout: Buffer.concat(out).toString("utf8"),
        stdoutDropped: dropped,
        stderr: (err + note).slice(-STDERR_KEEP2),
        spawnError
      });
    });
  });
}
async function groupGone(pgid, ms2 = 5e3) {
  const until = Date.now() + ms2;
  for (; ; ) {
    try {
      process.kill(-pgid, 0);
    } catch (e) {
      if (e.code === "ESRCH") return true;
    }
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
}
function tail(text, n = 20) {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-n).join("\n");
}
var STDERR_KEEP2, STDOUT_KEEP, MAX_TIMER_MS;
var init_launch = __esm({
  "src/bench/launch.ts"() {
    "use strict";
    init_children();
    init_child_env();
    STDERR_KEEP2 = 64 * 1024;
    STDOUT_KEEP = 16 * 1024 * 1024;
    MAX_TIMER_MS = 2 ** 31 - 1;
  }
});

// src/bench/depth-sweep.ts
function sweepUbatch(sweep) {
  return sweep.depths.reduce((g, d) => gcd(g, d), SWEEP_UBATCH);
}
function sharedDepthTool(builds) {
  const toolOf = (id) => builds.find((b2) => b2.variant === id && b2.ok)?.depthTool ?? null;
  const a = toolOf("A");
  const b = toolOf("B");
  if (a && a === b) return a;
  const hint = "drop --depth-sweep, or build trees that have the tool (ik_llama.cpp: llama-sweep-bench, llama.cpp: llama-batched-bench)";
  if (!a && !b) throw new UserError(`--depth-sweep: neither build has ${BATCHED_BENCH} or ${SWEEP_BENCH}`, hint);
  throw new UserError(`--depth-sweep: variant A has ${a ?? "no depth tool"}, variant B has ${b ?? "no depth tool"}; the sweeps would not be comparable`, hint);
}
function depthContext(sweep) {
  return Math.max(...sweep.depths) + Math.max(sweep.gen, sweepUbatch(sweep));
}
function checkDepths(sweep, tool) {
  if (tool === SWEEP_BENCH) {
    const ub = sweepUbatch(sweep);
    if (ub < MIN_SWEEP_UBATCH) {
      const off = sweep.depths.filter((d) => d % MIN_SWEEP_UBATCH !== 0);
      throw new UserError(
        `--depth-sweep ${sweep.depths.join(",")}: ${SWEEP_BENCH} reports depths in steps of its ubatch (at least ${MIN_SWEEP_UBATCH}); ${off.join(", ")} ${off.length > 1 ? "are" : "is"} not a multiple of ${MIN_SWEEP_UBATCH}`,
        "example: --depth-sweep 0,1024,2048,4096"
      );
    }
  } else if (tool !== BATCHED_BENCH) {
    throw new UserError(`--depth-sweep: no depth-sweep arguments for ${tool}`, `use a tree that has ${BATCHED_BENCH} or ${SWEEP_BENCH}`);
  }
}
function batchedPrompt(depth) {
  return Math.max(1, depth);
}
function depthToolArgs(tool, sweep, model, threads, flags = null) {
  checkDepths(sweep, tool);
  const common = ["-m", model, "-c", String(depthContext(sweep)), "-t", String(threads)];
  if (tool === BATCHED_BENCH) {
    const pp = sweep.depths.map(batchedPrompt);
    const verbose = flags?.has("-lv") ? ["-lv", "4"] : [];
    return [...common, "-npp", [...pp, pp[0]].join(","), "-ntg", String(sweep.gen), "-npl", "1", "--output-format", "jsonl", ...verbose];
  }
  return [...common, "-ub", String(sweepUbatch(sweep)), "-n", String(sweep.gen)];
}
function depthRunArgs(plan2, variant2, tool, flags) {
  const side2 = variant2.id === "A" ? "base" : "head";
  const out = [];
  const args = variant2.runArgs;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!isFlag(a)) {
      if (a.includes(",")) {
        throw new UserError(`--${side2}-arg ${args[i - 1] ?? ""} ${a}: ${tool} (the depth sweep) takes one value per option, not a llama-bench list`, `give one value, e.g. --${side2}-arg=${args[i - 1] ?? "-fa"} --${side2}-arg ${a.split(",")[0]}`);
      }
      out.push(a);
      continue;
    }
    const flag = a.split("=")[0];
    if (flags && !flags.has(flag)) {
      throw new UserError(`--${side2}-arg ${a} is not an option of ${tool}, which runs the depth sweep for variant ${variant2.id}`, `drop --${side2}-arg ${a}, or drop --depth-sweep`);
    }
    out.push(a);
  }
  const L = plan2.levers;
  const lever2 = (flag, value, name) => {
    if (value === void 0) return [];
    if (flags && !flags.has(flag)) throw new UserError(`--${name}: ${tool}, which runs the depth sweep, has no ${flag} option`, `drop --${name} or --depth-sweep`);
    return [flag, value];
  };
  if (L.delay !== void 0) {
    throw new UserError(`--delay is a llama-bench option; ${tool}, which runs the depth sweep, has none`, "drop --delay or --depth-sweep");
  }
  return [
    ...out,
    ...depthNoMmapArgs(tool, flags, L.noMmap),
    ...lever2("--prio", L.prio?.toString(), "prio"),
    ...lever2("--cpu-mask", L.cpuMask, "cpu-mask"),
    ...lever2("--cpu-strict", L.cpuStrict ? "1" : void 0, "cpu-strict"),
    ...lever2("--poll", L.poll?.toString(), "poll")
  ];
}
function depthNoMmapArgs(tool, flags, noMmap) {
  if (!noMmap) return [];
  if (flags?.has("--load-mode")) return ["--load-mode", "none"];
  if (!flags || flags.has("--no-mmap")) return ["--no-mmap"];
  throw new UserError(`--no-mmap: ${tool}, which runs the depth sweep, has neither --no-mmap nor --load-mode`, "drop --no-mmap or --depth-sweep");
}
function isFlag(a) {
  return /^-{1,2}[A-Za-z]/.test(a);
}
async function probeDepthTool(bin) {
  const r = await launch([bin, "--help"], { timeoutMs: 3e4 });
  const flags = commonToolFlags(r.stdout + r.stderr);
  if (!r.spawnError && !flags.has("-m") && /example usage:\s*\n\s*\S*sweep-bench\s+-m\s/.test(r.stdout + r.stderr)) return null;
  if (r.spawnError || !flags.has("-m")) {
    throw new UserError(`${bin} --help did not list its options${r.spawnError ? `: ${r.spawnError}` : ""}`, tail(r.stdout + r.stderr, 5) || "is it a llama.cpp depth tool?");
  }
  return flags;
}
function depthPlacement(plan2, place) {
  const kinds = new Set(plan2.workloads.map((w) => JSON.stringify(w.numa)));
  if (kinds.size !== 1 || plan2.workloads[0].numa.kind === "none") return null;
  return place(plan2.workloads[0].numa);
}
function depthPoints(tool, sweep, rows2, samples) {
  const out = [];
  for (const depth of sweep.depths) {
    const row2 = tool === BATCHED_BENCH ? rows2.find((r) => r.pp === batchedPrompt(depth) && r.pl === 1) : rows2.find((r) => r.nKv === depth);
    if (!row2) continue;
    out.push({
      depth,
      speedTg: row2.speedTg,
      speedPp: timesPromptAt(tool, depth) ? row2.speedPp : null,
      memory: samples.find((p) => p.nKv === row2.nKv) ?? null
    });
  }
  return out;
}
async function runDepthLaunch(i) {
  const startedAt2 = (/* @__PURE__ */ new Date()).toISOString();
  const t0 = performance.now();
  const ctx = depthContext(i.sweep);
  const base2 = { block: i.block, slot: i.slot, seq: i.seq, variant: i.variant, warmup: i.warmup, tool: i.tool, ctx, argv: i.argv, startedAt: startedAt2 };
  let curve;
  try {
    curve = await (i.sample ?? sampleMemoryCurve)(i.argv, { env: i.env, own: i.own, intervalMs: i.intervalMs ?? 500, timeoutMs: i.timeoutSec * 1e3, cwd: i.cwd });
  } catch (e) {
    return {
      ...base2,
      wallMs: Math.round(performance.now() - t0),
      status: "crashed",
      exitCode: null,
      signal: null,
      kvBuffer: null,
      kvBufferName: null,
      points: [],
      rows: [],
      samples: [],
      stderrTail: null,
      error: `could not start ${i.argv[0]}: ${e instanceof Error ? e.message : String(e)}`
    };
  }
  let rows2 = [];
  let parseError = null;
  try {
    rows2 = parseSweepRows(curve.stdout, curve.stderr, `block ${i.block} ${i.variant} ${i.tool}`);
  } catch (e) {
    parseError = e.message;
  }
  const points = depthPoints(i.tool, i.sweep, rows2, curve.points);
  let status = "ok";
  let error = null;
  if (curve.timedOut) {
    status = "timeout";
    error = `not finished within --timeout ${i.timeoutSec}s; process group killed`;
  } else if (curve.exitCode !== 0) {
    status = "crashed";
    error = curve.signal ? `killed by ${curve.signal}` : `exit code ${curve.exitCode}`;
  } else if (parseError) {
    status = "parse-error";
    error = parseError;
  } else if (points.length < i.sweep.depths.length) {
    const missing = i.sweep.depths.filter((d) => !points.some((p) => p.depth === d));
    status = "parse-error";
    error = `no row at depth ${missing.join(", ")} (${rows2.length} rows reported)`;
  }
  return {
    ...base2,
    wallMs: curve.wallMs ?? Math.round(performance.now() - t0),
    status,
    exitCode: curve.exitCode,
    signal: curve.signal,
    // The patched libllama logs the mmap notice at warning level; common's log may use either stream.
    ...kvBufferFields(curve.stderr + curve.stdout),
    points,
    rows: rows2,
    samples: curve.points,
    stderrTail: status === "ok" ? null : tail(curve.stderr, STDERR_KEEP_LINES) || null,
    error
  };
}
function kvBufferFields(log) {
  const kv = kvBufferFromLog(log);
  return { kvBuffer: kv?.kind ?? null, kvBufferName: kv?.name ?? null };
}
var SWEEP_UBATCH, MIN_SWEEP_UBATCH, gcd, STDERR_KEEP_LINES;
var init_depth_sweep2 = __esm({
  "src/bench/depth-sweep.ts"() {
    "use strict";
    init_depth_sweep();
    init_memory_curve();
    init_sweep();
    init_help();
    init_kv_buffer();
    init_errors();
    init_launch();
    SWEEP_UBATCH = 512;
    MIN_SWEEP_UBATCH = 64;
    gcd = (a, b) => b === 0 ? a : gcd(b, a % b);
    STDERR_KEEP_LINES = 20;
  }
});

// src/parse/record.ts
function flavourFromFields(fields) {
  const set = new Set(fields);
  if (set.has("n_depth") || set.has("backends")) return "mainline";
  return IK_ONLY.some((f2) => set.has(f2)) ? "ik" : "mainline";
}
function typedValue(field, value, flavour, sqlType) {
  const isBool = BOOL_FIELDS.has(field) || field === "flash_attn" && flavour === "ik";
  const isNum = INT_FIELDS.has(field) || FLOAT_FIELDS.has(field) || field === "flash_attn" && flavour === "mainline";
  if (isBool) {
    if (value === "0" || value === "false") return false;
    if (value === "1" || value === "true") return true;
    return value;
  }
  if (isNum || !BOOL_FIELDS.has(field) && (sqlType === "INTEGER" || sqlType === "REAL")) {
    return NUMBER.test(value) ? Number(value) : value;
  }
  return value;
}
function int(raw, key, ctx, required) {
  const v = raw[key];
  if (v === void 0 || v === null || v === "") {
    if (required) throw malformed(ctx.source, ctx.line, `test lacks field "${key}"`, ctx.format);
    return null;
  }
  const n = typeof v === "number" ? v : typeof v === "string" && NUMBER.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) throw malformed(ctx.source, ctx.line, `field "${key}" is ${JSON.stringify(v)}, expected a non-negative integer`, ctx.format);
  return n;
}
function numberArray(raw, key, ctx) {
  const v = raw[key];
  if (v === void 0) return [];
  if (!Array.isArray(v) || !v.every(measure)) {
    throw malformed(ctx.source, ctx.line, `field "${key}" must be an array of positive numbers below ${MAX_MEASURE_TEXT}`, ctx.format);
  }
  return v;
}
function measure(x) {
  return typeof x === "number" && Number.isFinite(x) && x > 0 && x < MAX_MEASURE;
}
function str2(v) {
  return typeof v === "string" ? v : v === void 0 || v === null ? null : String(v);
}
function canonicalLabel(nPrompt, nGen, nDepth) {
  const parts = [nPrompt > 0 ? `pp${nPrompt}` : "", nGen > 0 ? `tg${nGen}` : ""].filter(Boolean).join("+");
  return parts + (nDepth > 0 ? `@d${nDepth}` : "");
}
function toBenchRecord(test2, flavour, source, format) {
  const raw = test2.fields;
  const ctx = { source, line: test2.line, format };
  let nPrompt = int(raw, "n_prompt", ctx, true);
  let nGen = int(raw, "n_gen", ctx, true);
  let nDepth = int(raw, "n_depth", ctx, false) ?? 0;
  const gp = typeof raw.test === "string" ? IK_GP_LABEL.exec(raw.test) : null;
  if (gp) {
    if (Number(gp[1]) !== nGen || Number(gp[2]) !== nPrompt) {
      throw malformed(source, test2.line, `test label "${raw.test}" disagrees with n_prompt=${nPrompt}, n_gen=${nGen}`, format);
    }
    nDepth = nPrompt;
    nPrompt = 0;
  }
  if (nPrompt === 0 && nGen === 0) throw malformed(source, test2.line, "test has n_prompt = n_gen = 0", format);
  const samplesNs = numberArray(raw, "samples_ns", ctx);
  const samplesTs = numberArray(raw, "samples_ts", ctx);
  if (samplesNs.length !== samplesTs.length) {
    throw malformed(source, test2.line, `samples_ns has ${samplesNs.length} values but samples_ts has ${samplesTs.length}`, format);
  }
  samplesTs.forEach((ts, i) => {
    const expected = (nPrompt + nGen) * 1e9 / samplesNs[i];
    if (Math.abs(ts / expected - 1) > TS_TOLERANCE) {
      throw malformed(source, test2.line, `samples_ts[${i}] is ${ts} t/s, but ${nPrompt + nGen} tokens in ${samplesNs[i]} ns is ${expected.toPrecision(6)} t/s`, format);
    }
  });
  let avgTs = typeof raw.avg_ts === "number" ? raw.avg_ts : NaN;
  if (!Number.isFinite(avgTs) && samplesTs.length > 0) avgTs = samplesTs.reduce((a, b) => a + b, 0) / samplesTs.length;
  if (!measure(avgTs)) {
    throw malformed(source, test2.line, `avg_ts is ${JSON.stringify(raw.avg_ts ?? avgTs)}, expected a positive number below ${MAX_MEASURE_TEXT}`, format);
  }
  const stddevTs = typeof raw.stddev_ts === "number" && Number.isFinite(raw.stddev_ts) ? raw.stddev_ts : null;
  const buildNumber = typeof raw.build_number === "number" && Number.isInteger(raw.build_number) ? raw.build_number : null;
  return {
    flavour,
    label: canonicalLabel(nPrompt, nGen, nDepth),
    nPrompt,
    nGen,
    nDepth,
    // Some ik builds printed a {gen, batch} pair here; keep it in raw rather than reject the test.
    nThreads: typeof raw.n_threads === "number" && Number.isInteger(raw.n_threads) ? raw.n_threads : null,
    samplesNs,
    samplesTs,
    avgTs,
    stddevTs,
    buildCommit: str2(raw.build_commit),
    buildNumber,
    cpuInfo: str2(raw.cpu_info),
    modelType: str2(raw.model_type),
    raw
  };
}
var INT_FIELDS, BOOL_FIELDS, FLOAT_FIELDS, IK_ONLY, TS_TOLERANCE, NUMBER, IK_GP_LABEL;
var init_record = __esm({
  "src/parse/record.ts"() {
    "use strict";
    init_types2();
    init_malformed();
    INT_FIELDS = /* @__PURE__ */ new Set([
      "build_number",
      "n_batch",
      "n_ubatch",
      "n_threads",
      "poll",
      "model_size",
      "model_n_params",
      "n_gpu_layers",
      "main_gpu",
      "n_prompt",
      "n_gen",
      "n_depth",
      "avg_ns",
      "stddev_ns",
      "no_op_offload",
      "n_cpu_moe",
      "fit_target",
      "fit_min_ctx",
      "mla_attn",
      "attn_max_batch",
      "max_gpu"
    ]);
    BOOL_FIELDS = /* @__PURE__ */ new Set([
      "f16_kv",
      "no_kv_offload",
      "cpu_strict",
      "embeddings",
      "no_host",
      "use_mmap",
      "cuda",
      "vulkan",
      "kompute",
      "metal",
      "sycl",
      "gpu_blas",
      "blas",
      "repack",
      "use_thp",
      "fused_moe",
      "grouped_er",
      "no_fused_up_gate",
      "no_ooae",
      "mqkv",
      "rcache",
      "reuse",
      "muge",
      "defer_experts",
      "sas"
    ]);
    FLOAT_FIELDS = /* @__PURE__ */ new Set(["avg_ts", "stddev_ts"]);
    IK_ONLY = ["test", "mla_attn", "attn_max_batch", "ser", "fused_moe", "use_thp", "repack", "grouped_er", "rcache"];
    TS_TOLERANCE = 0.01;
    NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
    IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;
  }
});

// src/store/check.ts
function typeOf(v) {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}
function short2(v) {
  const s = typeof v === "string" ? JSON.stringify(v) : typeOf(v);
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}
var MAX_SHORT, MAX_LONG, MAX_ITEMS, MAX_BLOCKS, MAX_SAMPLES, Invalid, fail, str3, num4, int2, intIn, numIn, inFlagRange, positive, speed, bool, oneOf, nullable, optional, arr, tuple, pair, triple, record, obj, scalar, rawFields, jsonData;
var init_check2 = __esm({
  "src/store/check.ts"() {
    "use strict";
    init_options();
    init_types2();
    init_workload();
    MAX_SHORT = 4096;
    MAX_LONG = 64 * 1024;
    MAX_ITEMS = 2e5;
    MAX_BLOCKS = 1e5;
    MAX_SAMPLES = 1e4;
    Invalid = class extends Error {
    };
    fail = (path11, what) => {
      throw new Invalid(`${path11} ${what}`);
    };
    str3 = (max = MAX_SHORT) => (v, p) => {
      if (typeof v !== "string") return fail(p, `must be a string (got ${typeOf(v)})`);
      if (v.length > max) return fail(p, `is ${v.length} characters long (limit ${max})`);
      return v;
    };
    num4 = (v, p) => typeof v === "number" && Number.isFinite(v) ? v : fail(p, `must be a finite number (got ${typeOf(v)})`);
    int2 = (v, p) => Number.isSafeInteger(v) ? v : fail(p, `must be an integer (got ${typeOf(v)})`);
    intIn = (min, max) => (v, p) => {
      const n = int2(v, p);
      return n >= min && n <= max ? n : fail(p, `must be between ${min} and ${max} (got ${n})`);
    };
    numIn = (lo, hi) => (v, p) => {
      const n = num4(v, p);
      return n > lo && n < hi ? n : fail(p, `must be greater than ${lo} and less than ${hi} (got ${n})`);
    };
    inFlagRange = (name) => {
      const s = optionSpec("run", name);
      return (v, p) => {
        const n = num4(v, p);
        return inRange(s, n) ? n : fail(p, `must be ${rangeText(s)} (got ${n})`);
      };
    };
    positive = (v, p) => {
      const n = num4(v, p);
      return n > 0 && n < MAX_MEASURE ? n : fail(p, `must be a positive number below ${MAX_MEASURE_TEXT} (got ${n})`);
    };
    speed = (v, p) => {
      const n = num4(v, p);
      return n >= 0 && n < MAX_MEASURE ? n : fail(p, `must be a number from 0 to below ${MAX_MEASURE_TEXT} (got ${n})`);
    };
    bool = (v, p) => typeof v === "boolean" ? v : fail(p, `must be true or false (got ${typeOf(v)})`);
    oneOf = (...allowed) => (v, p) => allowed.includes(v) ? v : fail(p, `must be one of ${allowed.join(", ")} (got ${short2(v)})`);
    nullable = (c) => (v, p) => v === null || v === void 0 ? null : c(v, p);
    optional = (c) => (v, p) => v === void 0 ? void 0 : c(v, p);
    arr = (c, max = MAX_ITEMS) => (v, p) => {
      if (!Array.isArray(v)) return fail(p, `must be an array (got ${typeOf(v)})`);
      if (v.length > max) return fail(p, `has ${v.length} items (limit ${max})`);
      return v.map((x, i) => c(x, `${p}[${i}]`));
    };
    tuple = (c, n) => (v, p) => {
      const a = arr(c, n)(v, p);
      return a.length === n ? a : fail(p, `must have exactly ${n} items (got ${a.length})`);
    };
    pair = (c) => tuple(c, 2);
    triple = (c) => tuple(c, 3);
    record = (c, maxKeys = 1e3) => (v, p) => {
      if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
      const keys = Object.keys(v);
      if (keys.length > maxKeys) return fail(p, `has ${keys.length} keys (limit ${maxKeys})`);
      const out = /* @__PURE__ */ Object.create(null);
      for (const k of keys) {
        str3(256)(k, `${p} key`);
        out[k] = c(v[k], `${p}.${k}`);
      }
      return out;
    };
    obj = (shape) => (v, p) => {
      if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
      const out = {};
      for (const [k, c] of Object.entries(shape)) {
        const x = c(v[k], `${p}.${k}`);
        if (x !== void 0) out[k] = x;
      }
      return out;
    };
    scalar = (x) => typeof x === "string" || typeof x === "number" && Number.isFinite(x) || typeof x === "boolean" || x === null;
    rawFields = (v, p) => {
      const src = record((x) => x, 500)(v, p);
      const out = {};
      for (const [k, x] of Object.entries(src)) {
        const cap = (y) => typeof y === "string" ? y.slice(0, MAX_SHORT) : y;
        if (scalar(x)) out[k] = cap(x);
        else if (Array.isArray(x) && x.length <= 1e5 && x.every(scalar)) out[k] = x.map(cap);
      }
      return out;
    };
    jsonData = (maxDepth = 8) => (v, p) => {
      if (typeof v === "number") return num4(v, p);
      if (scalar(v)) return typeof v === "string" ? str3(MAX_LONG)(v, p) : v;
      if (maxDepth <= 0) return fail(p, "is nested too deeply");
      if (Array.isArray(v)) return arr(jsonData(maxDepth - 1), 1e4)(v, p);
      return record(jsonData(maxDepth - 1), 200)(v, p);
    };
  }
});

// src/store/read-results.ts
import { readFileSync as readFileSync16, statSync as statSync10 } from "node:fs";
function validateResults(data, source) {
  try {
    const r = results2(migrateResults(data), "$");
    checkDepthLaunches(r);
    return r;
  } catch (e) {
    if (e instanceof Invalid) {
      throw new UserError(`${source} is not a valid llama-perf-gate results file: ${e.message}`, `expected schema ${RESULTS_SCHEMA}, as written by llama-perf-gate run`);
    }
    throw e;
  }
}
function checkDepthLaunches(r) {
  const sweep = r.plan.depthSweep;
  (r.depthLaunches ?? []).forEach((l, i) => {
    const p = `$.depthLaunches[${i}]`;
    l.rows.forEach((row2, j) => {
      const tokens = { tg: row2.pl * row2.tg, pp: row2.tool === "batched-bench" ? row2.pl * row2.pp : row2.pp };
      for (const [k, speed2, sec] of [["tg", row2.speedTg, row2.tTgSec], ["pp", row2.speedPp, row2.tPpSec]]) {
        if (sec < MIN_CHECKED_SEC) continue;
        const expected = tokens[k] / sec;
        if (Math.abs(speed2 / expected - 1) > TS_TOLERANCE) {
          fail(`${p}.rows[${j}].speed${k === "tg" ? "Tg" : "Pp"}`, `is ${speed2} t/s, but ${tokens[k]} tokens in ${sec} s is ${expected.toPrecision(6)} t/s (more than ${100 * TS_TOLERANCE}% apart)`);
        }
      }
    });
    if (sweep && JSON.stringify(depthPoints(l.tool, sweep, l.rows, l.samples)) !== JSON.stringify(l.points)) {
      fail(`${p}.points`, "differ from the points its rows and memory samples give");
    }
  });
}
function readResultsFileSync(path11, maxBytes = MAX_RESULTS_BYTES) {
  let size;
  try {
    size = statSync10(path11).size;
  } catch (e) {
    throw new UserError(`cannot read results file ${path11}: ${e.code ?? e.message}`, "check the results / results-path input and that the artifact was downloaded");
  }
  if (size > maxBytes) throw new UserError(`${path11} is ${size} bytes; results files are limited to ${maxBytes} bytes`);
  let data;
  try {
    data = JSON.parse(readFileSync16(path11, "utf8"));
  } catch (e) {
    throw new UserError(`${path11} is not valid JSON: ${e.message}`);
  }
  return validateResults(data, path11);
}
var MAX_RESULTS_BYTES, variantId, verdict, numa, compareMode, slowdownK, variant, modelRef, planShape, plan, host, build, benchRecordShape, benchRecord, launch2, memoryPoint, sweepRow, depthLaunch, workloadAnalysis, depthMemory2, analysis, decidedVerdict, two, design, results2, MIN_CHECKED_SEC;
var init_read_results = __esm({
  "src/store/read-results.ts"() {
    "use strict";
    init_errors();
    init_results();
    init_depth_sweep2();
    init_record();
    init_check2();
    init_presets();
    init_tensor_types();
    init_models();
    init_migrate();
    MAX_RESULTS_BYTES = 64 * 1024 * 1024;
    variantId = oneOf("A", "B");
    verdict = oneOf("neutral", "regression", "improvement", "inconclusive", "failed");
    numa = (v, p) => {
      const kind = obj({ kind: oneOf("none", "interleave", "bind", "llama", "cpus") })(v, p).kind;
      if (kind === "bind") return obj({ kind: oneOf("bind"), node: int2 })(v, p);
      if (kind === "llama") return obj({ kind: oneOf("llama"), mode: oneOf("distribute", "isolate", "numactl") })(v, p);
      if (kind === "cpus") return obj({ kind: oneOf("cpus"), cpus: str3(1024) })(v, p);
      return { kind };
    };
    compareMode = oneOf("merge", "branch-point", "refs");
    slowdownK = (v, p) => {
      const k = num4(v, p);
      return k >= 0 && k <= 1 ? k : fail(p, `must be between 0 and 1 (got ${k})`);
    };
    variant = obj({ id: variantId, name: str3(), ref: str3(), cmakeArgs: arr(str3(), 500), runArgs: arr(str3(), 500), env: record(str3()), slowdown: optional(slowdownK) });
    modelRef = obj({
      name: str3(256),
      path: str3(),
      preset: optional(obj({ preset: oneOf(...PRESET_NAMES), type: oneOf(...Object.keys(TENSOR_TYPES)) }))
    });
    planShape = obj({
      repo: str3(),
      models: arr(modelRef, MAX_MODELS),
      out: str3(),
      variants: pair(variant),
      workloads: arr(obj({ id: str3(), label: str3(256), nPrompt: intIn(0, MAX_TOKENS), nGen: intIn(0, MAX_TOKENS), nDepth: intIn(0, MAX_TOKENS), numa, model: optional(str3(256)) }), 1e3),
      threads: int2,
      levers: obj({ repetitions: int2, prio: optional(int2), delay: optional(num4), cpuMask: optional(str3(256)), cpuStrict: optional(bool), poll: optional(int2), noMmap: optional(bool), numaGuest: optional(intIn(2, 16)) }),
      // The decision is recomputed with these: the same ranges the CLI accepts.
      maxBlocks: intIn(1, MAX_BLOCKS),
      warmupBlocks: intIn(0, MAX_BLOCKS),
      looks: arr(intIn(1, MAX_BLOCKS), 1e3),
      laterLooks: optional(arr(intIn(1, MAX_BLOCKS), 1e3)),
      seed: int2,
      timeoutSec: num4,
      margin: inFlagRange("margin"),
      alpha: numIn(0, 0.5),
      method: oneOf("hl", "t"),
      horizon: optional(int2),
      spending: optional(oneOf("obf", "pocock", "reserve", "split")),
      depthSweep: optional(nullable(obj({ depths: arr(intIn(0, MAX_TOKENS), 64), gen: intIn(1, MAX_TOKENS) }))),
      // What was compared: shown in the report, never decides anything.
      compare: optional(compareMode),
      comparison: optional(nullable(obj({
        requested: compareMode,
        mode: compareMode,
        fallback: nullable(str3(MAX_LONG)),
        baseRef: str3(),
        headRef: str3(),
        base: str3(256),
        head: str3(256),
        branchPoint: nullable(str3(256)),
        baseMoved: nullable(int2),
        a: str3(256),
        b: str3(256),
        merge: nullable(obj({ commit: str3(256), by: oneOf("github", "local") }))
      })))
    });
    plan = (v, p) => {
      const r = planShape(v, p);
      if (r.models.length === 0) fail(`${p}.models`, "is empty");
      const names = r.models.map((m) => m.name);
      names.forEach((n, i) => names.indexOf(n) !== i && fail(`${p}.models[${i}].name`, `repeats ${short2(n)}`));
      r.workloads.forEach((w, i) => {
        if (r.models.length === 1 ? w.model !== void 0 : !names.includes(w.model ?? "")) {
          fail(`${p}.workloads[${i}].model`, r.models.length === 1 ? "is set, but the plan has one model" : `must name one of the models (${names.join(", ")})`);
        }
      });
      return r;
    };
    host = obj({
      hostname: nullable(str3()),
      kernel: nullable(str3()),
      cpuModel: nullable(str3()),
      sockets: nullable(int2),
      coresPerSocket: nullable(int2),
      threadsPerCore: nullable(int2),
      logicalCpus: int2,
      smt: nullable(bool),
      numaNodes: arr(obj({ id: int2, cpus: arr(int2, 1e5), memTotalKiB: nullable(num4), memFreeKiB: nullable(num4) }), 1024),
      numaBalancing: nullable(num4),
      thpMode: nullable(str3()),
      governor: nullable(str3()),
      boost: nullable(bool),
      loadAvgStart: nullable(triple(num4)),
      loadAvgEnd: optional(triple(num4)),
      proactiveReclaim: optional(nullable(obj({
        active: nullable(bool),
        damonReclaim: nullable(bool),
        kdamonds: arr(obj({ id: str3(32), state: nullable(str3(64)), actions: arr(nullable(str3(64)), 1024) }), 1024)
      }))),
      warnings: arr(str3(MAX_LONG), 1e3)
    });
    build = obj({
      variant: variantId,
      ok: bool,
      ref: str3(),
      commit: nullable(str3(256)),
      cmakeArgs: arr(str3(), 500),
      binDir: nullable(str3()),
      reused: bool,
      seconds: num4,
      logPath: nullable(str3()),
      logTail: nullable(str3(MAX_LONG)),
      error: nullable(str3(MAX_LONG)),
      depthTool: optional(nullable(str3(256)))
    });
    benchRecordShape = obj({
      flavour: oneOf("mainline", "ik"),
      label: str3(256),
      nPrompt: intIn(0, MAX_TOKENS),
      nGen: intIn(0, MAX_TOKENS),
      nDepth: intIn(0, MAX_TOKENS),
      nThreads: nullable(int2),
      samplesNs: arr(positive, MAX_SAMPLES),
      samplesTs: arr(positive, MAX_SAMPLES),
      avgTs: positive,
      stddevTs: nullable(num4),
      buildCommit: nullable(str3(256)),
      buildNumber: nullable(num4),
      cpuInfo: nullable(str3()),
      modelType: nullable(str3()),
      raw: rawFields
    });
    benchRecord = (v, p) => {
      const r = benchRecordShape(v, p);
      if (r.samplesNs.length !== r.samplesTs.length) fail(`${p}.samplesTs`, `has ${r.samplesTs.length} values but samplesNs has ${r.samplesNs.length}`);
      const tokens = r.nPrompt + r.nGen;
      if (tokens === 0) fail(p, "has nPrompt = nGen = 0: nothing was timed");
      r.samplesTs.forEach((ts, i) => {
        const expected = tokens * 1e9 / r.samplesNs[i];
        if (Math.abs(ts / expected - 1) > TS_TOLERANCE) {
          fail(`${p}.samplesTs[${i}]`, `is ${ts} t/s, but ${tokens} tokens in samplesNs[${i}] = ${r.samplesNs[i]} ns is ${expected.toPrecision(6)} t/s (more than ${100 * TS_TOLERANCE}% apart)`);
        }
      });
      return r;
    };
    launch2 = obj({
      block: intIn(0, MAX_BLOCKS * 2),
      slot: intIn(0, MAX_ITEMS),
      seq: intIn(0, MAX_ITEMS),
      variant: variantId,
      workload: str3(),
      warmup: bool,
      startedAt: str3(64),
      wallMs: num4,
      status: oneOf("ok", "crashed", "timeout", "parse-error", "skipped"),
      exitCode: nullable(int2),
      signal: nullable(str3(64)),
      argv: arr(str3(), 1e3),
      records: arr(benchRecord, 1e3),
      memory: nullable(obj({
        peakRssKiB: num4,
        minorFaults: num4,
        majorFaults: num4,
        nodeKiB: nullable(record(num4, 1024)),
        anonNodeKiB: optional(nullable(record(num4, 1024))),
        shmemNodeKiB: optional(nullable(record(num4, 1024))),
        sampleRssKiB: optional(nullable(num4)),
        sampleAtMs: optional(nullable(num4)),
        lastNodeKiB: optional(nullable(record(num4, 1024))),
        samples: optional(num4),
        sampleCostMs: optional(num4),
        userMs: optional(num4),
        sysMs: optional(num4)
      })),
      stderrTail: nullable(str3(MAX_LONG)),
      error: nullable(str3(MAX_LONG))
    });
    memoryPoint = obj({
      tMs: num4,
      rssKiB: num4,
      anonKiB: num4,
      shmemKiB: optional(num4),
      fileKiB: optional(num4),
      nodeKiB: record(num4, 1024),
      anonNodeKiB: record(num4, 1024),
      shmemNodeKiB: optional(record(num4, 1024)),
      fileNodeKiB: optional(record(num4, 1024)),
      nKv: nullable(int2),
      threadCpus: optional(record(num4, 4096))
    });
    sweepRow = obj({
      tool: oneOf("ik-sweep-bench", "batched-bench"),
      nKv: int2,
      pp: int2,
      tg: int2,
      pl: int2,
      tPpSec: num4,
      speedPp: speed,
      tTgSec: num4,
      speedTg: speed,
      nThreads: nullable(int2),
      raw: rawFields
    });
    depthLaunch = obj({
      block: int2,
      slot: int2,
      seq: int2,
      variant: variantId,
      warmup: bool,
      tool: str3(256),
      ctx: int2,
      argv: arr(str3(), 1e3),
      startedAt: str3(64),
      wallMs: num4,
      status: oneOf("ok", "crashed", "timeout", "parse-error", "skipped"),
      exitCode: nullable(int2),
      signal: nullable(str3(64)),
      kvBuffer: nullable(oneOf("mmap", "heap")),
      kvBufferName: optional(nullable(str3(256))),
      points: arr(obj({ depth: int2, speedTg: speed, speedPp: nullable(speed), memory: nullable(memoryPoint) }), 1e3),
      rows: arr(sweepRow, 1e4),
      samples: arr(memoryPoint, 1e5),
      stderrTail: nullable(str3(MAX_LONG)),
      error: nullable(str3(MAX_LONG))
    });
    workloadAnalysis = obj({
      name: str3(),
      n: int2,
      paired: bool,
      method: oneOf("hl", "t"),
      ratio: nullable(num4),
      ci: nullable(pair(num4)),
      ci_level: num4,
      p_regression: nullable(num4),
      p_regression_adj: nullable(num4),
      p_improvement: nullable(num4),
      p_improvement_adj: nullable(num4),
      verdict,
      blocks_needed: nullable(num4),
      spread: nullable(num4),
      flags: arr(str3(), 100),
      reason: str3(MAX_LONG),
      look: optional(nullable(int2)),
      alpha_spent: optional(num4),
      alpha_remaining: optional(num4),
      why: optional(jsonData())
    });
    depthMemory2 = obj({
      name: str3(),
      depth: int2,
      n: int2,
      a_kib: nullable(num4),
      b_kib: nullable(num4),
      a_anon_kib: nullable(num4),
      b_anon_kib: nullable(num4),
      ratio: nullable(num4),
      ci: nullable(pair(num4)),
      ci_level: num4
    });
    analysis = obj({
      verdict,
      margin: num4,
      alpha: num4,
      geomean_ratio: nullable(num4),
      workloads: arr(workloadAnalysis, 1e3),
      warnings: arr(str3(MAX_LONG), 1e3),
      depth_memory: optional(arr(depthMemory2, 1e3)),
      placement: optional(jsonData()),
      incomplete: optional(obj({ measured_blocks: int2, planned_blocks: int2, stop_reason: str3(MAX_LONG) }))
    });
    decidedVerdict = oneOf("neutral", "regression", "improvement", "failed");
    two = (v, p) => v === 2 ? 2 : fail(p, `must be 2 (got ${short2(v)})`);
    design = obj({
      version: two,
      method: oneOf("hl", "t"),
      alpha: num4,
      margin: num4,
      horizon: intIn(1, MAX_BLOCKS),
      spending: oneOf("obf", "pocock", "reserve", "split"),
      looks: arr(obj({ blocks: intIn(1, MAX_BLOCKS), at: optional(str3(64)), alpha_spent: num4, decided: arr(obj({ name: str3(), verdict: decidedVerdict }), 1e3) }), 1e3)
    });
    results2 = obj({
      schema: oneOf(...RESULTS_SCHEMAS),
      tool: obj({ name: str3(256), version: str3(256) }),
      startedAt: str3(64),
      finishedAt: nullable(str3(64)),
      plan,
      host: nullable(host),
      flavour: nullable(oneOf("mainline", "ik")),
      builds: arr(build, 10),
      schedule: obj({ seed: int2, blocks: arr(obj({ block: int2, order: arr(obj({ variant: variantId, workload: str3() }), 1e4) }), 1e5) }),
      launches: arr(launch2),
      analysis: nullable(analysis),
      stopReason: str3(MAX_LONG),
      notes: arr(str3(MAX_LONG), 1e3),
      depthLaunches: optional(arr(depthLaunch)),
      design: optional(design),
      experiment: optional(obj({
        id: str3(64),
        store: nullable(str3()),
        segments: arr(obj({ kind: oneOf("run", "resume", "more"), at: str3(64), fromBlocks: int2, toBlocks: int2 }), 1e4)
      }))
    });
    MIN_CHECKED_SEC = 0.01;
  }
});

// src/pipeline/experiment.ts
import { statSync as statSync11 } from "node:fs";
function withStoreLock(storePath2, log, fn) {
  return withLock(`${storePath2}.lock`, fn, (line) => log(line), `the experiment store ${storePath2} (writing)`);
}
function checkStore(storePath2, held, fromResults, log) {
  if (!held) {
    if (fromResults) throw new UserError("--store-from-results: --out holds no results.json of this experiment to rebuild the store from", "drop --store-from-results, or give the --out of the run whose store was lost");
    ExperimentStore.open(storePath2).close();
    return;
  }
  const what = `${held.path} holds experiment ${held.id.slice(0, 4)}\u2026 (${held.launches} launches)`;
  checkStorePath(storePath2);
  const st = statSync11(storePath2, { throwIfNoEntry: false });
  const missing = !st ? "does not exist" : st.isFile() && st.size === 0 ? "is empty" : null;
  if (missing && !fromResults) throw new UserError(`${what}, but the experiment store ${storePath2} ${missing}`, REBUILD_HINT);
  const store = ExperimentStore.open(storePath2);
  try {
    const has = store.has(held.id) ? measured(store.loadResults(held.id)) : null;
    if (has !== null && has >= held.launches) {
      if (fromResults) log(`the experiment store ${storePath2} already holds experiment ${held.id.slice(0, 4)}\u2026: --store-from-results has nothing to do`);
      return;
    }
    const lacks = has === null ? "does not have it" : `has only ${has} of its launches (an older copy?)`;
    if (!fromResults) throw new UserError(`${what}, but the experiment store ${storePath2} ${lacks}`, REBUILD_HINT);
    if (has !== null) throw new UserError(`${what}, but the experiment store ${storePath2} ${lacks}; --store-from-results does not merge`, `move that store away (mv ${storePath2} ${storePath2}.old) and run the same command again`);
    rebuildExperiment(store, readResultsFileSync(held.path), storedValue);
    log(`rebuilt experiment ${held.id.slice(0, 4)}\u2026 in the experiment store ${storePath2} from ${held.path} (${held.launches} launches)`);
  } finally {
    store.close();
  }
}
function measured(r) {
  return [...r.launches, ...r.depthLaunches ?? []].filter((l) => l.status !== "skipped").length;
}
function completeCountedBlocks(r) {
  const byBlock2 = /* @__PURE__ */ new Map();
  for (const l of [...r.launches, ...r.depthLaunches ?? []]) byBlock2.set(l.block, (byBlock2.get(l.block) ?? 0) + 1);
  let complete = 0;
  for (const b of r.schedule.blocks) {
    if (b.block < r.plan.warmupBlocks) continue;
    if ((byBlock2.get(b.block) ?? 0) >= b.order.length) complete = Math.max(complete, b.block + 1 - r.plan.warmupBlocks);
  }
  return complete;
}
function standing(store, id, r, counted, state, log) {
  if (counted === 0 || r.launches.length === 0) return { pending: r.plan.workloads.map((w) => w.id), design: state };
  const done = new Set(r.schedule.blocks.filter((b) => b.block < counted + r.plan.warmupBlocks).map((b) => b.block));
  const complete = { ...r, launches: r.launches.filter((l) => done.has(l.block)), depthLaunches: r.depthLaunches?.filter((l) => done.has(l.block)) };
  const d = decideLook(complete, counted, state);
  if (!d.atLook || state?.looks.some((l) => l.blocks === counted)) return { pending: d.pending, design: state };
  keepLook(store, id, counted, d, log, " (not recorded before the interrupt)");
  return { pending: d.pending, design: d.state };
}
function keepLook(store, id, counted, d, log, note = "") {
  store.recordLook(id, counted, wordAnalysis(d.analysis), d.state);
  log(`look at ${counted} blocks${note}: ${d.analysis.workloads.map((w) => `${w.name} ${w.verdict}`).join(", ")}`);
}
function storedDepthLaunches(stored) {
  const blocks = new Set(stored.schedule.blocks.map((b) => b.block));
  return (stored.depthLaunches ?? []).filter((l) => blocks.has(l.block));
}
function beginExperiment(results3, storePath2, log, previousInOut) {
  const store = ExperimentStore.open(storePath2);
  const identity = experimentIdentity2(results3.plan, results3.builds, results3.host);
  const hash = identityHash(identity);
  const labels = {
    A: variantLabel(identity.variants[0].commit, results3.plan.variants[0]),
    B: variantLabel(identity.variants[1].commit, results3.plan.variants[1])
  };
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const resumeId = store.findResumable(hash);
  if (resumeId) {
    const stored = store.loadResults(resumeId);
    const counted = completeCountedBlocks(stored);
    const out = results3.plan.out;
    if (results3.plan.maxBlocks !== stored.plan.maxBlocks) {
      log(`keeping the experiment's ${stored.plan.maxBlocks} blocks (this command asked for ${results3.plan.maxBlocks}); to add blocks: llama-perf-gate more --experiment ${resumeId.slice(0, 4)}`);
    }
    const depthLaunches = storedDepthLaunches(stored);
    Object.assign(results3, {
      plan: { ...stored.plan, out },
      startedAt: stored.startedAt,
      schedule: { seed: stored.plan.seed, blocks: stored.schedule.blocks },
      launches: stored.launches,
      ...stored.plan.depthSweep ? { depthLaunches } : {},
      analysis: stored.analysis,
      notes: stored.notes
    });
    store.addSegment(resumeId, { kind: "resume", at: now, fromBlocks: counted, toBlocks: stored.plan.maxBlocks });
    results3.experiment = { id: resumeId, store: storePath2, segments: store.segments(resumeId) };
    log(`resuming experiment ${resumeId.slice(0, 4)}\u2026 at block ${counted + 1} of ${stored.plan.maxBlocks} (${stored.launches.length + depthLaunches.length} launches stored; builds reused)`);
    const { pending, design: design2 } = standing(store, resumeId, stored, counted, store.lastDesignState(resumeId), log);
    if (design2) results3.design = design2;
    return {
      store,
      id: resumeId,
      labels,
      design: design2,
      resume: { launches: stored.launches, depthLaunches, schedule: stored.schedule.blocks, active: counted === 0 ? null : pending }
    };
  }
  const id = store.createExperiment(identity, hash, results3, { kind: "run", at: now, fromBlocks: 0, toBlocks: results3.plan.maxBlocks });
  results3.experiment = { id, store: storePath2, segments: store.segments(id) };
  if (previousInOut && store.has(previousInOut)) {
    const changes = identityChanges(store.identity(previousInOut), identity);
    const what = changes.length > 0 ? `the plan changed (${changes.join(", ")})` : `experiment ${previousInOut.slice(0, 4)}\u2026 is finished`;
    log(`${results3.plan.out} held experiment ${previousInOut.slice(0, 4)}\u2026; ${what}: this is a new experiment ${id.slice(0, 4)}\u2026 (the earlier one stays in the store)`);
  } else {
    log(`experiment ${id.slice(0, 4)}\u2026 (store ${storePath2})`);
  }
  return { store, id, labels, resume: null, design: null };
}
function storedValue(l) {
  return l.status === "ok" && l.records.length > 0 ? launchValue(l.records[0]) : null;
}
var REBUILD_HINT;
var init_experiment = __esm({
  "src/pipeline/experiment.ts"() {
    "use strict";
    init_reason_words();
    init_experiment_store();
    init_rebuild();
    init_paths();
    init_read_results();
    init_errors();
    init_identity();
    init_llama_bench_table();
    init_lock();
    init_from_results();
    init_decide();
    REBUILD_HINT = "add --store-from-results to rebuild it from that file (the run then resumes it), pass --store PATH to the store that has it, or add --force to start a new experiment over these results";
  }
});

// src/host/native.ts
import { createHash as createHash6 } from "node:crypto";
import { execFileSync as execFileSync2 } from "node:child_process";
import { existsSync as existsSync10, mkdirSync as mkdirSync7, readFileSync as readFileSync17, readdirSync as readdirSync6, renameSync as renameSync4, rmSync as rmSync5 } from "node:fs";
import { homedir } from "node:os";
import { join as join18 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function nativeSourceDir() {
  const candidates = ["../../native/", "../native/"].map((rel2) => fileURLToPath3(new URL(rel2, import.meta.url)));
  return candidates.find((d) => existsSync10(join18(d, "lpg-measure.c"))) ?? candidates[0];
}
function nativeCacheDir(env2 = process.env) {
  const base2 = env2.LLAMA_PERF_GATE_CACHE || join18(homedir(), ".cache", "llama-perf-gate");
  return join18(base2, "native");
}
function compiler(env2) {
  const cc = env2.CC || "cc";
  try {
    execFileSync2(cc, ["--version"], { stdio: "ignore" });
  } catch {
    throw new UserError(
      `no C compiler found (tried "${cc}"): llama-perf-gate compiles its small native helpers (native/*.c) at first use`,
      "install one: apt-get install gcc (Debian/Ubuntu) or dnf install gcc; or set CC to a compiler"
    );
  }
  return cc;
}
function nativeArtifact(name, env2 = process.env) {
  const src = join18(nativeSourceDir(), `${name}.c`);
  let source;
  try {
    source = readFileSync17(src);
  } catch {
    throw new UserError(`native source ${src} is missing`, "reinstall llama-perf-gate: the native/ folder ships with it");
  }
  const { args, ext, libs = [] } = FLAGS[name];
  const headers = readdirSync6(nativeSourceDir()).filter((f2) => f2.startsWith(`${name}-`) && f2.endsWith(".h")).sort();
  const h = createHash6("sha256").update(source);
  for (const f2 of headers) h.update(f2).update(readFileSync17(join18(nativeSourceDir(), f2)));
  const hash = h.update([...args, ...libs].join(" ")).digest("hex").slice(0, 16);
  const dir = nativeCacheDir(env2);
  const out = join18(dir, `${name}-${hash}${ext}`);
  if (built.get(name) === out || existsSync10(out)) {
    built.set(name, out);
    return out;
  }
  const cc = compiler(env2);
  mkdirSync7(dir, { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    execFileSync2(cc, [...args, "-o", tmp, src, ...libs], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (e) {
    rmSync5(tmp, { force: true });
    const stderr = e.stderr?.toString().trim() ?? String(e);
    throw new UserError(`compiling ${src} with ${cc} failed:
${stderr}`, "check that the compiler works (cc --version) and gcc/libc headers are installed (apt-get install gcc libc6-dev)");
  }
  renameSync4(tmp, out);
  built.set(name, out);
  return out;
}
var FLAGS, built;
var init_native = __esm({
  "src/host/native.ts"() {
    "use strict";
    init_errors();
    FLAGS = {
      "lpg-measure": { args: ["-O2", "-Wall"], ext: "" },
      "lpg-probe": { args: ["-O2", "-Wall", "-fPIC", "-shared", "-pthread"], ext: ".so" },
      // LD_PRELOADed into benchmark processes (src/bench/slowdown.ts); dlsym needs -ldl before glibc 2.34.
      "lpg-slowdown": { args: ["-O2", "-Wall", "-fPIC", "-shared"], ext: ".so", libs: ["-ldl"] }
    };
    built = /* @__PURE__ */ new Map();
  }
});

// src/host/measure.ts
import { readFileSync as readFileSync18 } from "node:fs";
function wrapMeasured(argv, outFile, opts = {}) {
  const interval = opts.intervalMs ?? 100;
  return [nativeArtifact("lpg-measure"), "--out", outFile, "--interval-ms", String(Math.max(1, Math.round(interval))), "--", ...argv];
}
function readMeasureReport(outFile) {
  try {
    const r = JSON.parse(readFileSync18(outFile, "utf8"));
    return r && r.version === 1 ? r : null;
  } catch {
    return null;
  }
}
function toLaunchMemory(r) {
  const s = r.peak ?? r.last;
  return {
    peakRssKiB: r.peak_rss_kib,
    minorFaults: r.minor_faults,
    majorFaults: r.major_faults,
    nodeKiB: s ? s.nodes_kib : null,
    anonNodeKiB: s ? s.anon_nodes_kib : null,
    shmemNodeKiB: s ? s.shmem_nodes_kib ?? null : null,
    sampleRssKiB: s ? s.vmrss_kib : null,
    sampleAtMs: s ? s.t_ms : null,
    lastNodeKiB: r.last ? r.last.nodes_kib : null,
    samples: r.samples,
    sampleCostMs: r.sample_cost_ms,
    userMs: r.user_ms,
    sysMs: r.sys_ms
  };
}
function readMeasurement(outFile) {
  const r = readMeasureReport(outFile);
  return r ? toLaunchMemory(r) : null;
}
function measureHooks(opts = {}) {
  return { wrap: (argv, outFile) => wrapMeasured(argv, outFile, opts), read: readMeasurement };
}
var init_measure = __esm({
  "src/host/measure.ts"() {
    "use strict";
    init_native();
  }
});

// src/parse/detect.ts
function detectFormat(text) {
  const first = text.split("\n").map((l) => l.trim()).find((l) => l !== "");
  if (first === void 0) return null;
  if (first.startsWith("[")) return "json";
  if (first.startsWith("{")) return "jsonl";
  if (/^(CREATE TABLE|INSERT INTO)\b/i.test(first)) return "sql";
  if (first.startsWith("|")) return "md";
  if (/(^|,)"?n_prompt"?(,|$)/.test(first)) return "csv";
  return null;
}
var init_detect = __esm({
  "src/parse/detect.ts"() {
    "use strict";
  }
});

// src/parse/json.ts
function errorLine(text, err) {
  const lc = /line (\d+) column \d+/.exec(err.message);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(err.message);
  if (pos) return lineAt(text, Number(pos[1]));
  return lineAt(text, text.trimEnd().length);
}
function elementLines(text) {
  const lines = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (c === "]" || c === "}") depth--;
  }
  return lines;
}
function parseJson(raw, source) {
  const text = raw.replace(IK_REPACK_NOTICE, "");
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw malformed(source, errorLine(text, e), e.message, "json");
  }
  if (!Array.isArray(data)) throw malformed(source, 1, "expected a JSON array of tests", "json");
  const starts = elementLines(text);
  const tests = data.map((el, i) => {
    const line = starts[i] ?? 1;
    if (typeof el !== "object" || el === null || Array.isArray(el)) throw malformed(source, line, `element ${i + 1} is not an object`, "json");
    return { fields: el, line };
  });
  return tests.map((t) => toBenchRecord(t, flavourFromFields(Object.keys(t.fields)), source, "json"));
}
function parseJsonl(text, source) {
  const out = [];
  text.split("\n").forEach((lineText, i) => {
    const s = lineText.trim();
    if (s === "") return;
    let obj2;
    try {
      obj2 = JSON.parse(s);
    } catch (e) {
      throw malformed(source, i + 1, e.message, "jsonl");
    }
    if (typeof obj2 !== "object" || obj2 === null || Array.isArray(obj2)) throw malformed(source, i + 1, "line is not a JSON object", "jsonl");
    const fields = obj2;
    out.push(toBenchRecord({ fields, line: i + 1 }, flavourFromFields(Object.keys(fields)), source, "jsonl"));
  });
  return out;
}
var IK_REPACK_NOTICE;
var init_json = __esm({
  "src/parse/json.ts"() {
    "use strict";
    init_malformed();
    init_record();
    IK_REPACK_NOTICE = /^=+ Repacked \d+ tensors\s*$/gm;
  }
});

// src/parse/csv.ts
function splitCsvLine(line) {
  const cells3 = [];
  let i = 0;
  for (; ; ) {
    let cell = "";
    if (line[i] === '"') {
      i++;
      for (; ; ) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      if (i < line.length && line[i] !== ",") return null;
    } else {
      const end = line.indexOf(",", i);
      cell = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    cells3.push(cell);
    if (i >= line.length) return cells3;
    i++;
  }
}
function parseCsv(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  if (lines.length === 0) throw malformed(source, 0, "no header line", "csv");
  const header3 = splitCsvLine(lines[0].text);
  if (!header3 || !header3.includes("n_prompt") || !header3.includes("n_gen")) {
    throw malformed(source, lines[0].n, "first line is not a llama-bench CSV header (no n_prompt/n_gen columns)", "csv");
  }
  const flavour = flavourFromFields(header3);
  return lines.slice(1).map((l) => {
    const cells3 = splitCsvLine(l.text);
    if (!cells3) throw malformed(source, l.n, "unterminated quoted value", "csv");
    if (cells3.length !== header3.length) {
      throw malformed(source, l.n, `row has ${cells3.length} values, header has ${header3.length} columns`, "csv");
    }
    const fields = {};
    header3.forEach((name, i) => fields[name] = typedValue(name, cells3[i], flavour));
    return toBenchRecord({ fields, line: l.n }, flavour, source, "csv");
  });
}
var init_csv = __esm({
  "src/parse/csv.ts"() {
    "use strict";
    init_malformed();
    init_record();
  }
});

// src/parse/md.ts
function cells2(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}
function detectFlavour(header3, separator, labels) {
  if (labels.some((l) => IK_GP_LABEL2.test(l))) return "ik";
  if (labels.some((l) => l.includes(" @ d"))) return "mainline";
  if (header3.some((h) => IK_COLUMNS2.includes(h))) return "ik";
  if (header3.some((h) => MAINLINE_COLUMNS2.includes(h))) return "mainline";
  const ts = separator[header3.indexOf("t/s")];
  return ts !== void 0 && ts.length <= 16 ? "ik" : "mainline";
}
function labelFields(label) {
  const gp = IK_GP_LABEL2.exec(label);
  if (gp) return { n_prompt: Number(gp[2]), n_gen: Number(gp[1]) };
  const m = MAINLINE_LABEL.exec(label);
  if (!m || m[1] === void 0 && m[3] === void 0 || m[2] !== void 0 && (m[1] === void 0 || m[3] === void 0)) return null;
  return { n_prompt: Number(m[1] ?? 0), n_gen: Number(m[3] ?? 0), ...m[4] !== void 0 ? { n_depth: Number(m[4]) } : {} };
}
function parseMd(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  const first = lines.findIndex((l) => l.text.trimStart().startsWith("|"));
  if (first < 0) throw malformed(source, lines[0]?.n ?? 0, "no Markdown table found", "md");
  const header3 = cells2(lines[first].text);
  if (!header3.includes("test") || !header3.includes("t/s")) {
    throw malformed(source, lines[first].n, 'table header lacks the "test" and "t/s" columns', "md");
  }
  const sepLine = lines[first + 1];
  const separator = sepLine ? cells2(sepLine.text) : [];
  if (!sepLine || separator.length !== header3.length || !separator.every((c) => /^-+:?$/.test(c))) {
    throw malformed(source, sepLine?.n ?? lines[first].n, "expected the table separator line (| ---: | ...) after the header", "md");
  }
  const rows2 = [];
  let build3 = null;
  for (const l of lines.slice(first + 2)) {
    const t = l.text.trim();
    if (t.startsWith("|") && build3 === null) {
      const c = cells2(t);
      if (c.length !== header3.length) throw malformed(source, l.n, `row has ${c.length} cells, header has ${header3.length}`, "md");
      rows2.push({ n: l.n, cells: c });
      continue;
    }
    const f2 = FOOTER.exec(t);
    if (f2 && build3 === null) {
      build3 = { commit: f2[1], number: Number(f2[2]) };
      continue;
    }
    throw malformed(source, l.n, `unexpected line ${JSON.stringify(t.slice(0, 80))}`, "md");
  }
  const testCol = header3.indexOf("test");
  const tsCol = header3.indexOf("t/s");
  const flavour = detectFlavour(header3, separator, rows2.map((r) => r.cells[testCol]));
  return rows2.map((r) => {
    const fields = {};
    header3.forEach((h, i) => {
      if (i === testCol || i === tsCol) return;
      const name = DISPLAY_TO_FIELD[h] ?? h;
      fields[name] = typedValue(name, r.cells[i], flavour);
    });
    const label = r.cells[testCol];
    const lf = labelFields(label);
    if (!lf) throw malformed(source, r.n, `test label "${label}" is not ppN, tgN, ppN+tgN (@ dN) or tgN@ppN`, "md");
    const ts = TS_CELL.exec(r.cells[tsCol]);
    if (!ts) throw malformed(source, r.n, `t/s cell "${r.cells[tsCol]}" is not "avg \xB1 stddev"`, "md");
    Object.assign(fields, lf, { test: label, "t/s": r.cells[tsCol], avg_ts: Number(ts[1]), stddev_ts: Number(ts[2]) });
    if (build3) Object.assign(fields, { build_commit: build3.commit, build_number: build3.number });
    return toBenchRecord({ fields, line: r.n }, flavour, source, "md");
  });
}
var DISPLAY_TO_FIELD, IK_COLUMNS2, MAINLINE_COLUMNS2, MAINLINE_LABEL, IK_GP_LABEL2, TS_CELL, FOOTER;
var init_md = __esm({
  "src/parse/md.ts"() {
    "use strict";
    init_malformed();
    init_record();
    DISPLAY_TO_FIELD = {
      ngl: "n_gpu_layers",
      sm: "split_mode",
      threads: "n_threads",
      nkvo: "no_kv_offload",
      fa: "flash_attn",
      lm: "load_mode",
      embd: "embeddings",
      nopo: "no_op_offload",
      noh: "no_host",
      dev: "devices",
      ts: "tensor_split",
      fitt: "fit_target",
      fitc: "fit_min_ctx",
      mla: "mla_attn",
      amb: "attn_max_batch",
      gr: "reuse",
      mmap: "use_mmap",
      rtr: "repack",
      defer: "defer_experts",
      thp: "use_thp",
      fmoe: "fused_moe",
      ger: "grouped_er",
      "no-fug": "no_fused_up_gate",
      "no-ooae": "no_ooae",
      cuda: "cuda_params",
      model: "model_type"
    };
    IK_COLUMNS2 = ["mla", "amb", "gr", "ser", "rtr", "fmoe", "thp", "ger", "no-fug", "no-ooae", "mqkv", "muge", "defer", "sas", "max_gpu", "rcache", "mmap", "cuda"];
    MAINLINE_COLUMNS2 = ["lm", "nopo", "noh", "dev", "fitt", "fitc", "n_cpu_moe", "cpu_mask", "cpu_strict", "poll", "lazy_mode"];
    MAINLINE_LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?: @ d(\d+))?$/;
    IK_GP_LABEL2 = /^tg(\d+)@pp(\d+)$/;
    TS_CELL = /^(\d+(?:\.\d+)?) ± (\d+(?:\.\d+)?)$/;
    FOOTER = /^build: (\S+) \((\d+)\)$/;
  }
});

// src/parse/sql.ts
function splitSqlValues(list) {
  const values = [];
  let i = 0;
  while (i < list.length) {
    if (list[i] !== "'") return null;
    i++;
    let v = "";
    for (; ; ) {
      const q = list.indexOf("'", i);
      if (q < 0) return null;
      v += list.slice(i, q);
      i = q;
      if (list[i] === "'") {
        if (list[i + 1] === "'") {
          v += "'";
          i += 2;
          continue;
        }
        NEXT_VALUE.lastIndex = i + 1;
        if (i + 1 === list.length || NEXT_VALUE.test(list)) {
          i++;
          break;
        }
      }
      v += list[i++];
    }
    values.push(v);
    SEPARATOR.lastIndex = i;
    if (SEPARATOR.test(list)) i = SEPARATOR.lastIndex;
  }
  return values;
}
function parseSql(text, source) {
  const types = /* @__PURE__ */ new Map();
  const out = [];
  let inCreate = false;
  let sawInsert = false;
  for (const l of numberedLines(text)) {
    const s = l.text.trim();
    if (s === "") continue;
    if (/^CREATE TABLE/i.test(s)) {
      inCreate = true;
      continue;
    }
    if (inCreate) {
      if (s === ");") {
        inCreate = false;
        continue;
      }
      const col = COLUMN.exec(s);
      if (!col) throw malformed(source, l.n, `unexpected line in CREATE TABLE: ${JSON.stringify(s.slice(0, 80))}`, "sql");
      types.set(col[1], col[2]);
      continue;
    }
    const m = INSERT.exec(s);
    if (!m) throw malformed(source, l.n, `expected an INSERT INTO statement, got ${JSON.stringify(s.slice(0, 80))}`, "sql");
    sawInsert = true;
    const cols2 = m[2].split(",").map((c) => c.trim());
    const values = splitSqlValues(m[3]);
    if (!values) throw malformed(source, l.n, "VALUES list is not a list of quoted values", "sql");
    if (values.length !== cols2.length) throw malformed(source, l.n, `${values.length} values for ${cols2.length} columns`, "sql");
    const flavour = flavourFromFields(cols2);
    const fields = {};
    cols2.forEach((c, i) => fields[c] = typedValue(c, values[i], flavour, types.get(c)));
    out.push(toBenchRecord({ fields, line: l.n }, flavour, source, "sql"));
  }
  if (inCreate) throw malformed(source, numberedLines(text).length, "CREATE TABLE is not closed", "sql");
  if (!sawInsert && types.size === 0) throw malformed(source, 1, "no CREATE TABLE or INSERT statements", "sql");
  return out;
}
var INSERT, NEXT_VALUE, SEPARATOR, COLUMN;
var init_sql = __esm({
  "src/parse/sql.ts"() {
    "use strict";
    init_malformed();
    init_record();
    INSERT = /^INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\);\s*$/;
    NEXT_VALUE = /\s*,\s*'/y;
    SEPARATOR = /\s*,\s*/y;
    COLUMN = /^\s*(\w+)\s+(TEXT|INTEGER|REAL)\s*,?\s*$/;
  }
});

// src/parse/index.ts
function parseBenchOutputAs(text, source, format) {
  return PARSERS[format](text, source);
}
function parseBenchOutput(text, source) {
  if (text.trim() === "") {
    throw new UserError(`${source}: no llama-bench output (empty)`, FORMAT_HINT);
  }
  const format = detectFormat(text);
  if (format === null) {
    const lineNo = text.split("\n").findIndex((l) => l.trim() !== "") + 1;
    const first = text.split("\n")[lineNo - 1].trim().slice(0, 80);
    throw malformed(source, lineNo, `not json, jsonl, csv, md or sql (starts with ${JSON.stringify(first)})`);
  }
  return parseBenchOutputAs(text, source, format);
}
var PARSERS;
var init_parse = __esm({
  "src/parse/index.ts"() {
    "use strict";
    init_errors();
    init_detect();
    init_malformed();
    init_json();
    init_csv();
    init_md();
    init_sql();
    init_detect();
    init_sweep();
    init_help();
    init_record();
    PARSERS = {
      json: parseJson,
      jsonl: parseJsonl,
      csv: parseCsv,
      md: parseMd,
      sql: parseSql
    };
  }
});

// src/bench/flavour.ts
async function probeRunner(binary) {
  const r = await launch([binary, "--help"], { timeoutMs: 3e4 });
  const help = r.stdout + r.stderr;
  if (r.spawnError || !/usage/i.test(help)) {
    throw new UserError(`${binary} --help did not print a usage text${r.spawnError ? `: ${r.spawnError}` : ""}`, tail(help, 5) || "is it a llama-bench binary?");
  }
  return { flavour: detectFlavourFromHelp(help), flags: supportedFlags(help) };
}
var init_flavour = __esm({
  "src/bench/flavour.ts"() {
    "use strict";
    init_errors();
    init_parse();
    init_launch();
  }
});

// src/bench/args.ts
function workloadArgs(w, flavour) {
  const { nPrompt: pp, nGen: tg, nDepth: d } = w;
  if (flavour === "ik" && d > 0) {
    if (pp > 0) {
      throw new UserError(`workload ${w.label} is not expressible on ik_llama.cpp's llama-bench (no -d; -gp times generation only)`, "use tgN@dDEPTH on ik, or run mainline");
    }
    return ["-p", "0", "-n", "0", "-gp", `${d},${tg}`];
  }
  const test2 = pp > 0 && tg > 0 ? ["-p", "0", "-n", "0", "-pg", `${pp},${tg}`] : ["-p", String(pp), "-n", String(tg)];
  return d > 0 ? [...test2, "-d", String(d)] : test2;
}
function lever(info, flag, value) {
  if (value === void 0) return [];
  if (!info.flags.has(flag)) {
    throw new UserError(`this llama-bench (${info.flavour}) has no ${flag} option`, `drop the matching lever from the plan, or use a runner that has ${flag}`);
  }
  return value === "" ? [flag] : [flag, value];
}
function noMmapArgs(info, noMmap) {
  if (!noMmap) return [];
  if (info.flags.has("-lm")) return ["-lm", "none"];
  if (info.flags.has("-mmp")) return ["-mmp", "0"];
  throw new UserError(`--no-mmap: this llama-bench (${info.flavour}) has neither -mmp nor --load-mode`, "drop --no-mmap, or use a runner whose llama-bench has -mmp");
}
function benchArgv(plan2, variant2, w, info) {
  const L = plan2.levers;
  return [
    "-m",
    modelOf(plan2, w).path,
    ...workloadArgs(w, info.flavour),
    "-r",
    String(L.repetitions),
    "-t",
    String(plan2.threads),
    "-o",
    "json",
    ...lever(info, "--prio", L.prio?.toString()),
    ...lever(info, "--delay", L.delay?.toString()),
    ...lever(info, "--cpu-mask", L.cpuMask),
    ...lever(info, "--cpu-strict", L.cpuStrict ? "1" : void 0),
    ...lever(info, "--poll", L.poll?.toString()),
    ...noMmapArgs(info, L.noMmap),
    ...variant2.runArgs
  ];
}
function checkRunArgs(variant2, info) {
  const side2 = variant2.id === "A" ? "base" : "head";
  for (const a of variant2.runArgs) {
    if (!/^-{1,2}[A-Za-z]/.test(a)) continue;
    if (!info.flags.has(a.split("=")[0])) {
      throw new UserError(`--${side2}-arg ${a} is not an option of variant ${variant2.id}'s llama-bench (${info.flavour})`, `drop --${side2}-arg ${a}; its llama-bench --help lists the options it takes`);
    }
  }
}
var init_args = __esm({
  "src/bench/args.ts"() {
    "use strict";
    init_errors();
    init_models();
  }
});

// src/bench/schedule.ts
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function shuffle(xs, rand) {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
function blockOrder(workloads, rand) {
  return shuffle(workloads, rand).flatMap((w) => {
    const pair2 = rand() < 0.5 ? ["A", "B"] : ["B", "A"];
    return pair2.map((variant2) => ({ variant: variant2, workload: w.id }));
  });
}
var init_schedule = __esm({
  "src/bench/schedule.ts"() {
    "use strict";
  }
});

// src/bench/run-blocks.ts
import { join as join19 } from "node:path";
import { mkdirSync as mkdirSync8 } from "node:fs";
async function runBlocks(o) {
  const { plan: plan2 } = o;
  const rand = prng(plan2.seed);
  mkdirSync8(o.workDir, { recursive: true });
  const totalBlocks = plan2.warmupBlocks + plan2.maxBlocks;
  const launches = [...o.resume?.launches ?? []];
  const depthLaunches = [...o.resume?.depthLaunches ?? []];
  const schedule = [];
  const units = [...plan2.workloads, ...o.depthLaunch ? [{ id: DEPTH_FAMILY }] : []];
  let active = units;
  const dropped = /* @__PURE__ */ new Set();
  const live3 = (ws) => ws.filter((w) => !dropped.has(w.id));
  const points = depthPointIds(plan2.depthSweep?.depths ?? []);
  const t0 = performance.now();
  let launchMsSum = 0;
  const result = (stopReason) => ({ launches, depthLaunches, schedule, stopReason });
  const stored = new Map((o.resume?.schedule ?? []).map((b) => [b.block, b.order]));
  const resumed = launches.length + depthLaunches.length;
  const ran = new Set([...launches, ...depthLaunches].map((l) => `${l.block} ${l.slot}`));
  const firstNew = stored.size === 0 ? 0 : Math.max(...stored.keys()) + 1;
  let nextSeq = Math.max(-1, ...launches.map((l) => l.seq), ...depthLaunches.map((l) => l.seq)) + 1;
  for (let block = 0; block < totalBlocks; block++) {
    const warmup = block < plan2.warmupBlocks;
    if (block === firstNew && o.resume?.active) {
      const pending2 = o.resume.active;
      active = units.filter((w) => pending2.includes(w.id) || w.id === DEPTH_FAMILY && pending2.some((id) => points.has(id)));
    }
    active = live3(active);
    const old = stored.get(block);
    const drawn = blockOrder(old ? units.filter((w) => old.some((s) => s.workload === w.id)) : active, rand);
    const order = old ?? drawn;
    schedule.push({ block, order });
    if (!old) o.onBlockOrder?.(block, order);
    if (old && order.every((_, slot) => ran.has(`${block} ${slot}`))) continue;
    for (const [slot, s] of order.entries()) {
      if (ran.has(`${block} ${slot}`)) continue;
      if (interruptedBy()) return result(interruptReason(plan2, block));
      const remaining = (totalBlocks - block - 1) * active.length * 2 + (order.length - slot);
      const done = launches.length + depthLaunches.length - resumed;
      o.onProgress?.({
        block,
        totalBlocks,
        warmupBlocks: plan2.warmupBlocks,
        warmup,
        slot,
        slots: order.length,
        variant: s.variant,
        workload: s.workload,
        elapsedMs: performance.now() - t0,
        etaMs: done > 0 ? launchMsSum / done * remaining : null
      });
      const depth = s.workload === DEPTH_FAMILY && o.depthLaunch;
      const seq2 = nextSeq++;
      const rec = depth ? await o.depthLaunch({ block, slot, seq: seq2, variant: s.variant, warmup }) : await runOne(o, block, slot, seq2, s, warmup);
      launchMsSum += rec.wallMs;
      const sig = interruptedBy();
      const kept3 = sig && rec.status !== "ok" ? { ...rec, status: "skipped", error: `interrupted by ${sig}` } : rec;
      if (depth) {
        depthLaunches.push(kept3);
        if (kept3 === rec) o.onDepthLaunch?.(rec);
      } else {
        launches.push(kept3);
        if (kept3 === rec) o.onLaunch?.(rec);
      }
      if (kept3 !== rec) return result(interruptReason(plan2, block));
    }
    const counted = Math.max(0, block + 1 - plan2.warmupBlocks);
    const failing = failingVariant([...launches, ...depthLaunches], block);
    if (failing) {
      return result(`stopped after block ${block}: every launch of variant ${failing} failed in the last ${GIVE_UP_AFTER_FAILED_BLOCKS} blocks`);
    }
    for (const id of failingModelWorkloads(plan2, launches, block)) dropped.add(id);
    const pending = await o.afterBlock?.(launches, counted, depthLaunches) ?? null;
    if (pending) {
      const depthPending = pending.some((id) => points.has(id));
      active = units.filter((w) => pending.includes(w.id) || w.id === DEPTH_FAMILY && depthPending);
      if (active.length === 0) return result(`all workloads decided after ${counted} counted blocks`);
    }
    active = live3(active);
    if (active.length === 0) return result(`stopped after block ${block}: no model runs on both variants (${[...dropped].join(", ")} failed)`);
    if (o.until !== void 0 && Date.now() >= o.until && block + 1 < totalBlocks) return { ...result(`stopped after block ${block}: the time given ran out`), timeUp: true };
  }
  return result(`reached --max-blocks ${plan2.maxBlocks} (plus ${plan2.warmupBlocks} warm-up)`);
}
function interruptReason(plan2, block) {
  const where = block < plan2.warmupBlocks ? `warm-up block ${block + 1}` : `block ${block + 1 - plan2.warmupBlocks}`;
  return `interrupted by ${interruptedBy()} in ${where}`;
}
function failingVariant(launches, block) {
  if (block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return null;
  const recent = launches.filter((l) => l.block > block - GIVE_UP_AFTER_FAILED_BLOCKS);
  for (const v of ["A", "B"]) {
    const mine = recent.filter((l) => l.variant === v);
    if (mine.length > 0 && mine.every((l) => l.status !== "ok")) return v;
  }
  return null;
}
function failingModelWorkloads(plan2, launches, block) {
  if (plan2.models.length < 2 || block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return [];
  const recent = launches.filter((l) => l.block > block - GIVE_UP_AFTER_FAILED_BLOCKS);
  return plan2.models.flatMap((m) => {
    const ids = plan2.workloads.filter((w) => w.model === m.name).map((w) => w.id);
    const mine = recent.filter((l) => ids.includes(l.workload));
    const fails = ["A", "B"].some((v) => mine.some((l) => l.variant === v) && mine.every((l) => l.variant !== v || l.status !== "ok"));
    return fails ? ids : [];
  });
}
async function runOne(o, block, slot, seq2, s, warmup) {
  const { plan: plan2 } = o;
  const variant2 = plan2.variants.find((v) => v.id === s.variant);
  const w = plan2.workloads.find((x) => x.id === s.workload);
  const place = o.placement?.(w) ?? { prefix: [], benchArgs: [] };
  const placed = [...place.prefix, o.binaries[s.variant], ...benchArgv(plan2, variant2, w, o.info), ...place.benchArgs];
  const memFile = join19(o.workDir, `launch-${seq2}.mem.json`);
  const argv = o.measure ? o.measure.wrap(placed, memFile) : placed;
  const startedAt2 = (/* @__PURE__ */ new Date()).toISOString();
  const r = await (o.launcher ?? launch)(argv, { env: variant2.env, own: o.ownEnv?.[s.variant], timeoutMs: plan2.timeoutSec * 1e3, cwd: o.workDir });
  let status = "ok";
  let error = null;
  let records = [];
  if (r.spawnError) {
    status = "crashed";
    error = `could not start ${argv[0]}: ${r.spawnError}`;
  } else if (r.timedOut) {
    status = "timeout";
    error = `no result within --timeout ${plan2.timeoutSec}s; process group killed`;
  } else if (r.exitCode !== 0) {
    status = "crashed";
    error = r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
  }
  if (status === "ok" || r.stdout.trim()) {
    try {
      records = parseBenchOutput(r.stdout, `block ${block} ${s.variant} ${w.id} stdout`);
      const match = records.filter((x) => x.label === w.label);
      if (status === "ok" && match.length !== 1) {
        status = "parse-error";
        error = `expected one ${w.label} result, got ${records.map((x) => x.label).join(", ") || "none"}`;
      }
      records = match;
    } catch (e) {
      if (status === "ok") {
        status = "parse-error";
        error = e.message;
      }
    }
  }
  return {
    block,
    slot,
    seq: seq2,
    variant: s.variant,
    workload: w.id,
    warmup,
    startedAt: startedAt2,
    wallMs: r.wallMs,
    status,
    exitCode: r.exitCode,
    signal: r.signal,
    argv,
    records,
    memory: o.measure ? o.measure.read(memFile) : null,
    stderrTail: status === "ok" ? null : tail(r.stderr),
    error
  };
}
var GIVE_UP_AFTER_FAILED_BLOCKS;
var init_run_blocks = __esm({
  "src/bench/run-blocks.ts"() {
    "use strict";
    init_depth_sweep();
    init_parse();
    init_args();
    init_schedule();
    init_launch();
    init_children();
    GIVE_UP_AFTER_FAILED_BLOCKS = 2;
  }
});

// src/bench/elf.ts
import { closeSync as closeSync7, openSync as openSync7, readSync as readSync6, statSync as statSync12 } from "node:fs";
import { createHash as createHash7 } from "node:crypto";
function readElfDynamic(path11) {
  let buf;
  try {
    const size = statSync12(path11).size;
    if (size < 64 || size > MAX_BYTES) return null;
    buf = Buffer.alloc(size);
    const fd = openSync7(path11, "r");
    try {
      readSync6(fd, buf, 0, size, 0);
    } finally {
      closeSync7(fd);
    }
  } catch {
    return null;
  }
  if (buf.readUInt32BE(0) !== 2135247942) return null;
  const is64 = buf[4] === 2;
  const le = buf[5] === 1;
  const u16 = (o) => le ? buf.readUInt16LE(o) : buf.readUInt16BE(o);
  const u32 = (o) => le ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
  const addr = (o) => is64 ? Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o)) : u32(o);
  const word = is64 ? 8 : 4;
  try {
    const shoff = addr(is64 ? 40 : 32);
    const shentsize = u16(is64 ? 58 : 46);
    const shnum = u16(is64 ? 60 : 48);
    if (shoff === 0 || shnum === 0) return null;
    const sections = Array.from({ length: shnum }, (_, i) => {
      const o = shoff + i * shentsize;
      return { type: u32(o + 4), flags: addr(o + 8), offset: addr(o + (is64 ? 24 : 16)), size: addr(o + (is64 ? 32 : 20)), link: u32(o + (is64 ? 40 : 24)) };
    });
    const cstr = (table3, at) => {
      const start = sections[table3].offset + at;
      return buf.toString("latin1", start, buf.indexOf(0, start));
    };
    const out = { needed: [], runpath: [], imports: /* @__PURE__ */ new Set(), defines: /* @__PURE__ */ new Set(), code: "" };
    const code2 = createHash7("sha256");
    for (const s of sections) {
      if (s.type === SHT_PROGBITS && (s.flags & SHF_EXECINSTR) !== 0) code2.update(buf.subarray(s.offset, s.offset + s.size));
      if (s.type === SHT_DYNAMIC) {
        for (let o = s.offset; o + 2 * word <= s.offset + s.size; o += 2 * word) {
          const tag = addr(o);
          if (tag === 0) break;
          if (tag === DT_NEEDED) out.needed.push(cstr(s.link, addr(o + word)));
          if (tag === DT_RUNPATH || tag === DT_RPATH) out.runpath.push(...cstr(s.link, addr(o + word)).split(":").filter(Boolean));
        }
      } else if (s.type === SHT_DYNSYM) {
        const entsize = is64 ? 24 : 16;
        for (let o = s.offset + entsize; o + entsize <= s.offset + s.size; o += entsize) {
          const name = cstr(s.link, u32(o));
          const shndx = u16(o + (is64 ? 6 : 14));
          if (name) (shndx === 0 ? out.imports : out.defines).add(name);
        }
      }
    }
    out.code = code2.digest("hex");
    return out;
  } catch {
    return null;
  }
}
var SHT_DYNAMIC, SHT_DYNSYM, SHT_PROGBITS, SHF_EXECINSTR, DT_NEEDED, DT_RPATH, DT_RUNPATH, MAX_BYTES;
var init_elf = __esm({
  "src/bench/elf.ts"() {
    "use strict";
    SHT_DYNAMIC = 6;
    SHT_DYNSYM = 11;
    SHT_PROGBITS = 1;
    SHF_EXECINSTR = 4;
    DT_NEEDED = 1;
    DT_RPATH = 15;
    DT_RUNPATH = 29;
    MAX_BYTES = 1 << 30;
  }
});

// src/bench/slowdown.ts
import { existsSync as existsSync11 } from "node:fs";
import { basename as basename4, dirname as dirname6, join as join20 } from "node:path";
function loadGraph(binary) {
  const first = readElfDynamic(binary);
  if (!first) return null;
  const out = [{ name: basename4(binary), elf: first }];
  const dirsOf = (file, elf) => [dirname6(file), ...elf.runpath.map((p) => p.replace(/\$(ORIGIN|\{ORIGIN\})/g, dirname6(file)))];
  const queue = [{ file: binary, elf: first }];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const { file, elf } = queue.shift();
    for (const lib2 of elf.needed) {
      if (seen.has(lib2)) continue;
      seen.add(lib2);
      const path11 = dirsOf(file, elf).map((d) => join20(d, lib2)).find((p) => existsSync11(p));
      const dep = path11 ? readElfDynamic(path11) : null;
      if (!path11 || !dep) continue;
      out.push({ name: lib2, elf: dep });
      queue.push({ file: path11, elf: dep });
    }
  }
  return out;
}
function unshimmableReason(binary) {
  const graph = loadGraph(binary);
  const name = basename4(binary);
  if (!graph) return `${name} is not an ELF executable whose dynamic symbols can be read`;
  if (graph.some((o) => o.elf.imports.has("llama_decode"))) return null;
  const lib2 = graph.find((o) => /^libllama\.so/.test(o.name));
  if (!lib2) return `${name} links libllama statically (no libllama.so among the libraries it loads), so LD_PRELOAD cannot reach its llama_decode`;
  return `${name} loads ${lib2.name} but nothing it loads imports llama_decode from it`;
}
function slowdownEnv(plan2, builds, log = () => {
}, env2 = process.env) {
  const out = {};
  const tools = (id) => {
    const dir = builds.find((b) => b.variant === id)?.binDir ?? "";
    return [join20(dir, "llama-bench"), ...plan2.depthSweep ? [join20(dir, sharedDepthTool(builds))] : []];
  };
  for (const v of plan2.variants) {
    if (v.slowdown === void 0) continue;
    for (const bin of tools(v.id)) {
      const why = unshimmableReason(bin);
      if (why) {
        throw new UserError(
          `variant ${v.id} (${v.name}) asks for an injected slowdown (${flagOf(v)}), but its build cannot be shimmed: ${why}`,
          "build libllama as a shared library (-DBUILD_SHARED_LIBS=ON, the default of llama.cpp and ik_llama.cpp), or drop the slowdown flag"
        );
      }
    }
    const shim = nativeArtifact("lpg-slowdown", env2);
    if (/[\s:]/.test(shim)) throw new UserError(`the slowdown shim's path ${shim} holds a space or colon, which LD_PRELOAD cannot take`, "set LLAMA_PERF_GATE_CACHE to a directory without spaces or colons, e.g. LLAMA_PERF_GATE_CACHE=/var/cache/llama-perf-gate");
    out[v.id] = { LD_PRELOAD: shim, [SLOWDOWN_VAR]: String(v.slowdown) };
    if (env2.LPG_SLOWDOWN_CLOCK) out[v.id].LPG_SLOWDOWN_CLOCK = env2.LPG_SLOWDOWN_CLOCK;
    log(`variant ${v.id} (${v.name}): ${describeSlowdown(v.slowdown)} in ${tools(v.id).map((b) => basename4(b)).join(" and ")}`);
  }
  return out;
}
var SLOWDOWN_VAR, flagOf;
var init_slowdown2 = __esm({
  "src/bench/slowdown.ts"() {
    "use strict";
    init_native();
    init_errors();
    init_elf();
    init_depth_sweep2();
    init_slowdown();
    SLOWDOWN_VAR = "LPG_SLOWDOWN";
    flagOf = (v) => `--${v.id === "A" ? "base" : "head"}-slowdown ${v.slowdown}`;
  }
});

// src/host/guest/curve.ts
import { existsSync as existsSync12, readFileSync as readFileSync19 } from "node:fs";
import { join as join21 } from "node:path";
function tracePoint(t, nKv) {
  const s = t.sample;
  const anon = s.anon_nodes_kib ?? {};
  const shmem = s.shmem_nodes_kib ?? {};
  const file = {};
  for (const [n, kib] of Object.entries(s.nodes_kib)) {
    const f2 = kib - (anon[n] ?? 0) - (shmem[n] ?? 0);
    if (f2 > 0) file[n] = f2;
  }
  return {
    tMs: Math.round(s.t_ms),
    rssKiB: s.vmrss_kib,
    anonKiB: sum(anon),
    shmemKiB: sum(shmem),
    fileKiB: sum(file),
    nodeKiB: s.nodes_kib,
    anonNodeKiB: anon,
    shmemNodeKiB: shmem,
    fileNodeKiB: file,
    nKv,
    threadCpus: t.cpus
  };
}
function rowsWithSamples(stdout, stderr, trace) {
  const rows2 = [];
  const points = trace.map((t) => tracePoint(t, null));
  for (const [name, text, key] of [["stdout", stdout, "lines_out"], ["stderr", stderr, "lines_err"]]) {
    const reader = new SweepRowReader(name, { lenient: true });
    text.split("\n").forEach((line, i) => {
      const row2 = reader.line(line);
      if (!row2) return;
      rows2.push(row2);
      const after = trace.find((t) => t[key] >= i + 1);
      if (after) points.push(tracePoint(after, row2.nKv));
    });
  }
  points.sort((a, b) => a.tMs - b.tMs);
  return { rows: rows2, points };
}
async function guestMemoryCurve(guest, argv, opts = {}) {
  const cwd = opts.cwd ?? "/tmp";
  const out = join21(cwd, `curve-${process.pid}-${seq++}.json`);
  const stdbuf = findExecutable("stdbuf");
  const lib2 = LIBSTDBUF.find((p) => existsSync12(p));
  const inner = stdbuf && lib2 ? [stdbuf, "-oL", ...argv] : argv;
  const wrapped = [nativeArtifact("lpg-measure"), "--out", out, "--interval-ms", String(opts.intervalMs ?? 250), "--lines", "--", ...inner];
  const r = await guest.launch(wrapped, { env: opts.env, own: opts.own, timeoutMs: opts.timeoutMs ?? 6e5, cwd, files: lib2 ? [lib2] : [] });
  let trace = [];
  try {
    trace = JSON.parse(readFileSync19(out, "utf8")).trace ?? [];
  } catch {
  }
  const { rows: rows2, points } = rowsWithSamples(r.stdout, r.stderr, trace);
  return { points, rows: rows2, exitCode: r.exitCode, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut, wallMs: r.wallMs };
}
var LIBSTDBUF, sum, seq;
var init_curve = __esm({
  "src/host/guest/curve.ts"() {
    "use strict";
    init_native();
    init_numa_policy();
    init_sweep();
    LIBSTDBUF = ["/usr/libexec/coreutils/libstdbuf.so", "/usr/lib/coreutils/libstdbuf.so"];
    sum = (r = {}) => Object.values(r).reduce((a, b) => a + b, 0);
    seq = 0;
  }
});

// src/pipeline/depth-launcher.ts
import { join as join22 } from "node:path";
async function depthSweepLauncher(plan2, results3, log, ownEnv = {}, guest = null) {
  const sweep = plan2.depthSweep;
  const tool = sharedDepthTool(results3.builds);
  const place = depthPlacement(plan2, (p) => numaPlacement(p, hostLayout(results3))) ?? { prefix: [], benchArgs: [] };
  const argv = {};
  for (const v of plan2.variants) {
    const bin = join22(results3.builds.find((b) => b.variant === v.id).binDir, tool);
    const flags = await probeDepthTool(bin);
    argv[v.id] = [...place.prefix, bin, ...depthToolArgs(tool, sweep, plan2.models[0].path, plan2.threads, flags), ...depthRunArgs(plan2, v, tool, flags), ...place.benchArgs];
  }
  log(`depth sweep: ${tool} at depths ${sweep.depths.join(", ")} (${sweep.gen} generated tokens each), one launch per variant per block`);
  return (s) => {
    const variant2 = plan2.variants.find((v) => v.id === s.variant);
    const sample = guest ? { sample: (a, o) => guestMemoryCurve(guest, a, o) } : {};
    return runDepthLaunch({ ...s, ...sample, tool, sweep, argv: argv[s.variant], env: variant2.env, own: ownEnv[s.variant], timeoutSec: plan2.timeoutSec, cwd: scratchDir2(plan2.out) });
  };
}
function hostLayout(results3) {
  const nodes = results3.host?.numaNodes ?? [];
  if (nodes.length === 0) return {};
  return { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
}
var init_depth_launcher = __esm({
  "src/pipeline/depth-launcher.ts"() {
    "use strict";
    init_launch();
    init_depth_sweep2();
    init_numa_policy();
    init_curve();
  }
});

// src/pipeline/benchmark.ts
import { join as join23 } from "node:path";
async function benchmark(plan2, results3, save, log, onProgress, session, until) {
  const binaries = Object.fromEntries(results3.builds.map((b) => [b.variant, join23(b.binDir, "llama-bench")]));
  const info = await probeRunner(binaries.A);
  const infoB = await probeRunner(binaries.B);
  if (infoB.flavour !== info.flavour) {
    throw new UserError(`variant A builds a ${info.flavour} llama-bench but variant B a ${infoB.flavour} one`, "compare two refs of the same project");
  }
  for (const v of plan2.variants) checkRunArgs(v, v.id === "A" ? info : infoB);
  results3.flavour = info.flavour;
  plan2.workloads = labelWorkloads(plan2.workloads, info.flavour);
  log(`runner: ${info.flavour} llama-bench; ${plan2.workloads.length} workloads \xD7 up to ${plan2.maxBlocks} blocks (+${plan2.warmupBlocks} warm-up), seed ${plan2.seed}`);
  save();
  const ownEnv = slowdownEnv(plan2, results3.builds, log);
  const guest = planGuest(plan2);
  const depthLaunch2 = plan2.depthSweep ? await depthSweepLauncher(plan2, results3, log, ownEnv, guest) : void 0;
  if (depthLaunch2) results3.depthLaunches ??= [];
  if (session.resume?.active?.length === 0) {
    results3.stopReason = `all workloads decided after ${completeCountedBlocks(results3)} counted blocks`;
    save();
    return false;
  }
  const flavour = info.flavour;
  let pending = session.resume?.active ?? null;
  let design2 = session.design;
  let settled = null;
  const toEveryCall = plan2.variants.some((v) => v.slowdown !== void 0);
  const loop = await runBlocks({
    launcher: guest ? (argv, o) => guest.launch(argv, o) : void 0,
    plan: plan2,
    binaries,
    info,
    workDir: join23(plan2.out, "launches"),
    placement: (w) => numaPlacement(w.numa, hostLayout(results3)),
    measure: measureHooks(),
    ownEnv,
    depthLaunch: depthLaunch2,
    onProgress,
    until,
    resume: session.resume ?? void 0,
    onBlockOrder: (block, order) => session.store.saveBlockOrder(session.id, block, order),
    onLaunch: (l) => session.store.appendLaunch(session.id, l, storedValue(l), flavour, session.labels[l.variant]),
    onDepthLaunch: (l) => session.store.appendDepthLaunch(session.id, l),
    afterBlock: (launches, counted, depthLaunches) => {
      results3.launches = launches;
      if (depthLaunch2) results3.depthLaunches = depthLaunches;
      save();
      if (counted === 0 || !(plan2.looks.includes(counted) || counted === (plan2.horizon ?? plan2.maxBlocks))) return pending;
      const d = decideLook(results3, counted, design2);
      if (d.atLook) {
        results3.analysis = wordAnalysis(withDepthMemory(d.analysis, results3));
        design2 = d.state;
        results3.design = d.state;
        keepLook(session.store, session.id, counted, d, log);
      }
      const look = d.state.looks[d.state.looks.length - 1];
      if (!toEveryCall && d.atLook && look?.blocks === counted && stopsAt(d.pending, look) === "regression") {
        settled = { blocks: counted, names: look.decided.filter((x) => x.verdict === "regression").map((x) => x.name), open: d.pending };
        return pending = [];
      }
      pending = d.pending;
      return pending;
    }
  }).finally(() => guest?.close());
  if (guest) results3.notes.push(guestCostNote(guest.timings));
  results3.launches = loop.launches;
  if (depthLaunch2) results3.depthLaunches = loop.depthLaunches;
  results3.schedule.blocks = loop.schedule;
  const s = settled;
  results3.stopReason = s ? `regression called at ${s.blocks} counted blocks (${s.names.join(", ")}): the gate fails whatever the ${s.open.length} open point${s.open.length === 1 ? "" : "s"} (${s.open.join(", ")}) would show; \`more\` measures them` : loop.stopReason;
  save();
  return loop.timeUp ?? false;
}
var init_benchmark = __esm({
  "src/pipeline/benchmark.ts"() {
    "use strict";
    init_workload();
    init_numa_policy();
    init_measure();
    init_flavour();
    init_args();
    init_run_blocks();
    init_slowdown2();
    init_decide();
    init_policy();
    init_depth_memory();
    init_reason_words();
    init_errors();
    init_guest2();
    init_depth_launcher();
    init_experiment();
  }
});

// src/pipeline/run.ts
import { rmSync as rmSync6 } from "node:fs";
import { join as join24 } from "node:path";
async function runPipeline(plan2, hooks) {
  const log = hooks.log ?? (() => {
  });
  const pre3 = await preflight(plan2);
  ensureModels(plan2, log);
  if (plan2.comparison === void 0) pre3.warnings.push(...(await applyComparison(plan2)).warnings);
  if (plan2.comparison) pre3.commits = [plan2.comparison.a, plan2.comparison.b];
  for (const w of pre3.warnings) log(`warning: ${w}`);
  const claim = await claimOut(plan2.out, experimentIdentity(plan2, pre3.commits), { force: hooks.force, log });
  const stopOnSignal = onInterrupt(log);
  try {
    const storePath2 = hooks.store ?? defaultStorePath(hooks.cacheDir);
    checkStore(storePath2, hooks.force ? null : claim.held, hooks.storeFromResults ?? false, log);
    const keep = claim.held && claim.held.launches > 0 ? claim.held : null;
    return await runClaimed(plan2, hooks, log, pre3, storePath2, keep);
  } finally {
    stopOnSignal.remove();
    await claim.release();
  }
}
async function runClaimed(plan2, hooks, log, pre3, storePath2, keep) {
  const previous = heldExperiment(plan2.out)?.id ?? null;
  const host2 = await experimentHost(plan2, log);
  const results3 = {
    schema: RESULTS_SCHEMA,
    tool: TOOL,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    finishedAt: null,
    plan: plan2,
    host: host2,
    flavour: null,
    builds: [],
    schedule: { seed: plan2.seed, blocks: [] },
    launches: [],
    analysis: null,
    stopReason: "started",
    notes: [...pre3.warnings]
  };
  const calibration = results3.host ? readCalibration(hooks.cacheDir, results3.host) : null;
  const calibrationLine = calibration ? calibrationNote(calibration, plan2.workloads.map((w) => w.label)) : null;
  if (calibrationLine) results3.notes.push(calibrationLine);
  const reclaim = reclaimWarning(results3.host?.proactiveReclaim, !plan2.levers.noMmap);
  if (reclaim) log(`warning: ${reclaim}`);
  let begun = false;
  try {
    results3.builds = await (hooks.build ?? buildVariants)(plan2, { cacheDir: hooks.cacheDir, logDir: join24(plan2.out, "logs"), onProgress: hooks.onBuildProgress, log });
    const failed = results3.builds.filter((b) => !b.ok);
    if (interruptedBy()) {
      results3.stopReason = `interrupted by ${interruptedBy()} during the builds; nothing was benchmarked`;
      return finishRun(plan2, results3, null, hooks, keep);
    }
    if (failed.length > 0) {
      results3.stopReason = `build failed: ${failed.map((b) => `variant ${b.variant} (${b.ref})`).join(", ")}; nothing was benchmarked`;
      return finishRun(plan2, results3, null, hooks, keep);
    }
    return await withStoreLock(storePath2, log, async () => {
      const session = beginExperiment(results3, storePath2, log, previous);
      begun = true;
      try {
        return await runSession(results3.plan, results3, session, log, hooks);
      } finally {
        session.store.close();
      }
    });
  } catch (e) {
    const err = asEnvironmentError(e);
    results3.stopReason = `stopped by an error: ${err.message}`;
    if (begun || !keep) saveAfterError(plan2.out, results3, log);
    else log(kept2(keep));
    throw err;
  }
}
function saveAfterError(out, results3, log) {
  try {
    writeResults(out, results3);
  } catch (e) {
    if (e.code !== "ENOSPC" && e.code !== "EDQUOT") return;
    rmSync6(join24(out, "launches"), { recursive: true, force: true });
    try {
      writeResults(out, results3);
    } catch {
      log(`could not record the stop reason in ${join24(out, "results.json")}: the disk is full; the file holds the last block saved`);
    }
  }
}
async function runSession(plan2, results3, session, log, hooks) {
  const save = () => {
    writeResults(plan2.out, results3);
    session.store.saveHeader(session.id, results3);
  };
  let timeUp = false;
  try {
    save();
    timeUp = await benchmark(plan2, results3, save, log, hooks.onBenchProgress, session, hooks.until);
  } catch (e) {
    results3.stopReason = `stopped by an error: ${e.message}`;
    try {
      save();
    } catch {
    }
    throw e;
  }
  return { ...finishRun(plan2, results3, session, hooks, null, timeUp), timeUp };
}
function kept2(held) {
  return `${held.path} is kept as it was: experiment ${held.id.slice(0, 4)}\u2026 (${held.launches} launches)`;
}
function finishRun(plan2, results3, session, hooks, keep = null, unfinished = false) {
  const counted = countedBlocksOf(results3);
  if (results3.launches.length > 0) results3.analysis = wordAnalysis(decideAll(results3));
  if (results3.host) results3.host = finishFingerprint(results3.host);
  results3.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  if (session && (interruptedBy() || unfinished)) {
    session.store.saveHeader(session.id, results3);
  } else if (session) {
    session.store.finish(session.id, results3, counted);
    results3 = { ...session.store.loadResults(session.id), plan: results3.plan };
  }
  const model = buildReportModel([results3], { onInconclusive: hooks.onInconclusive, onIncomplete: hooks.onIncomplete, runner: runnerOf(results3, hooks) });
  const [resultsPath, reportPath, htmlPath] = [join24(plan2.out, "results.json"), join24(plan2.out, "report.md"), join24(plan2.out, "report.html")];
  if (!session && keep) {
    (hooks.log ?? (() => {
    }))(kept2(keep));
    return { results: results3, resultsPath, reportPath, htmlPath, model };
  }
  writeResults(plan2.out, results3);
  writeFileAtomic(reportPath, renderMarkdown(model));
  writeFileAtomic(htmlPath, renderHtml(model));
  return { results: results3, resultsPath, reportPath, htmlPath, model };
}
function runnerOf(results3, hooks) {
  if (hooks.quoteRunner === false || !results3.host) return void 0;
  return runnerShown(readQualifications(hooks.cacheDir, results3.host), results3.plan.workloads.map((w) => w.id), /* @__PURE__ */ new Date());
}
var init_run = __esm({
  "src/pipeline/run.ts"() {
    "use strict";
    init_results();
    init_write();
    init_design_replay();
    init_decide();
    init_reason_words();
    init_build();
    init_fingerprint();
    init_guest2();
    init_damon();
    init_report();
    init_errors();
    init_children();
    init_atomic_file();
    init_signals();
    init_out_dir();
    init_preflight();
    init_models2();
    init_compare2();
    init_calibration2();
    init_qualification();
    init_version();
    init_experiment_store();
    init_experiment();
    init_benchmark();
  }
});

// src/cli/progress.ts
function fmtDuration(ms2) {
  const s = Math.round(ms2 / 1e3);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
function benchLine(p) {
  const block = p.warmup ? `warm-up block ${p.block + 1}/${p.warmupBlocks}` : `block ${p.block + 1 - p.warmupBlocks}/${p.totalBlocks - p.warmupBlocks}`;
  const eta = p.etaMs === null ? "" : `, ETA ${fmtDuration(p.etaMs)}`;
  return `[bench] ${block} \xB7 launch ${p.slot + 1}/${p.slots} \xB7 ${p.variant} ${p.workload} \xB7 elapsed ${fmtDuration(p.elapsedMs)}${eta}`;
}
function buildLine(p) {
  const pct3 = p.percent === void 0 ? "" : ` ${String(p.percent).padStart(3)}%`;
  return `[build ${p.variant}] ${p.phase}${pct3}`;
}
var ProgressPrinter;
var init_progress2 = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    ProgressPrinter = class {
      tty = Boolean(process.stderr.isTTY);
      lastLine = "";
      lastBuildPct = -10;
      bench = (p) => this.show(benchLine(p));
      build = (p) => {
        if (!this.tty && p.percent !== void 0) {
          if (p.percent < this.lastBuildPct) this.lastBuildPct = -10;
          if (p.percent - this.lastBuildPct < 10) return;
          this.lastBuildPct = p.percent;
        }
        this.show(buildLine(p));
      };
      log = (line) => {
        this.clear();
        process.stderr.write(line + "\n");
      };
      show(line) {
        if (line === this.lastLine) return;
        this.lastLine = line;
        if (this.tty) process.stderr.write(`\r\x1B[K${line}`);
        else process.stderr.write(line + "\n");
      }
      clear() {
        if (this.tty && this.lastLine) process.stderr.write("\r\x1B[K");
        this.lastLine = "";
      }
    };
  }
});

// src/cli/experiments.ts
var experiments_exports = {};
__export(experiments_exports, {
  experimentsCommand: () => experimentsCommand,
  openExisting: () => openExisting,
  storeFromArgs: () => storeFromArgs,
  storePath: () => storePath
});
import { existsSync as existsSync13 } from "node:fs";
import { resolve as resolve4 } from "node:path";
function storePath(flag) {
  return flag ? resolve4(flag) : defaultStorePath(defaultCacheDir());
}
function storeFromArgs(command, argv) {
  const v = runValues(argv, command).str("store");
  if (v === void 0) return void 0;
  checkStorePath(resolve4(v), { flag: "--store", writable: true });
  return resolve4(v);
}
function openExisting(path11) {
  if (!existsSync13(path11)) throw new UserError(`no experiment store at ${path11}`, "run `llama-perf-gate run` (or npm start) first, or pass --store PATH");
  return ExperimentStore.open(path11, { readOnly: true });
}
async function experimentsCommand(argv) {
  const o = new OptionValues("experiments", parseCommandArgs("experiments", argv).values);
  const path11 = storePath(o.str("store"));
  const store = openExisting(path11);
  try {
    const rows2 = store.list();
    console.log(`experiment store ${path11}: ${rows2.length} experiment${rows2.length === 1 ? "" : "s"}`);
    for (const e of rows2) {
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
var init_experiments = __esm({
  "src/cli/experiments.ts"() {
    "use strict";
    init_option_values();
    init_plan_file();
    init_paths();
    init_errors();
    init_experiment_store();
    init_cache_dir();
  }
});

// src/cli/run.ts
var run_exports = {};
__export(run_exports, {
  runAndPrint: () => runAndPrint,
  runCommand: () => runCommand,
  runExitCode: () => runExitCode
});
async function runCommand(argv) {
  return runAndPrint(planFromArgs(argv), { force: forceFromArgs(argv), store: storeFromArgs("run", argv), storeFromResults: storeFromResultsArg(argv) });
}
function runExitCode(results3, signal) {
  if (signal === "SIGINT" || signal === "SIGTERM" || signal === "SIGHUP") return signalExitCode(signal);
  const buildFailed = results3.builds.some((b) => !b.ok);
  return exitCodeFor(buildFailed ? "failed" : results3.analysis ? runOutcome(results3.analysis) : "failed");
}
async function runAndPrint(plan2, opts = {}) {
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await runPipeline(plan2, { cacheDir: defaultCacheDir(), force: opts.force, store: opts.store, storeFromResults: opts.storeFromResults, onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log });
  } finally {
    progress.clear();
  }
  process.stdout.write(renderTerminal(out.model) + "\n");
  console.log(`
stopped: ${out.results.stopReason}`);
  console.log(`wall time ${fmtDuration(performance.now() - t0)}; wrote ${out.resultsPath} and ${out.reportPath}`);
  return runExitCode(out.results, interruptedBy());
}
var init_run2 = __esm({
  "src/cli/run.ts"() {
    "use strict";
    init_from_args();
    init_run();
    init_report();
    init_children();
    init_policy();
    init_progress2();
    init_cache_dir();
    init_experiments();
  }
});

// src/cli/demo.ts
var demo_exports = {};
__export(demo_exports, {
  DEMO_DEFAULTS: () => DEMO_DEFAULTS,
  demoCommand: () => demoCommand,
  demoDefaults: () => demoDefaults,
  demoSource: () => demoSource
});
import { existsSync as existsSync14, mkdirSync as mkdirSync9 } from "node:fs";
import { join as join25 } from "node:path";
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
  const cache3 = defaultCacheDir();
  console.error(`[demo] embedded llama.cpp from node-llama-cpp's git bundle (cache: ${cache3})`);
  const src = await ensureEmbeddedSource({ cacheDir: cache3, log: (l) => console.error(`[demo] ${l}`) });
  const modelDir = join25(cache3, "models");
  mkdirSync9(modelDir, { recursive: true });
  const model = join25(modelDir, `synthetic-${DEFAULT_SHAPE.embd}x${DEFAULT_SHAPE.layers}-${DEFAULT_SHAPE.type}.gguf`);
  if (!existsSync14(model)) {
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
  const plan2 = planFromArgs([
    "--repo",
    src.repo,
    "--model",
    model,
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
  return runAndPrint(plan2, { force: forceFromArgs(argv), store, storeFromResults: storeFromResultsArg(argv) });
}
var DEMO_DEFAULTS;
var init_demo = __esm({
  "src/cli/demo.ts"() {
    "use strict";
    init_embedded();
    init_synthetic();
    init_from_args();
    init_plan_file();
    init_cache_dir();
    init_run2();
    init_preflight();
    init_experiments();
    DEMO_DEFAULTS = [
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
  }
});

// src/report/analysis-md.ts
function formatMarkdown(a, outcome = a.verdict) {
  const lines = [];
  const gm = a.geomean_ratio === null ? "" : `, geomean B/A ${f3(a.geomean_ratio)} (reported, not gated)`;
  lines.push(`**Verdict: ${outcome.toUpperCase()}** \u2014 margin \xB1${Number((100 * a.margin).toPrecision(3))}%, \u03B1 = ${a.alpha}${gm}`, "");
  if (outcome === "incomplete" && a.incomplete) lines.push(`Incomplete: ${incompleteText(a.incomplete)}`, "");
  lines.push("| workload | n | B/A | CI | level | p regr. (Holm) | p impr. (Holm) | verdict | blocks needed | flags |");
  lines.push("|---|---:|---:|---|---:|---:|---:|---|---:|---|");
  for (const w of a.workloads) {
    const ci = w.ci ? `[${f3(w.ci[0])}, ${f3(w.ci[1])}]` : "\u2014";
    lines.push(
      `| ${w.name} | ${w.n}${w.paired ? "" : " (unpaired)"} | ${f3(w.ratio)} | ${ci} | ${Math.round(w.ci_level * 1e3) / 10}% | ${fp(w.p_regression)} (${fp(w.p_regression_adj)}) | ${fp(w.p_improvement)} (${fp(w.p_improvement_adj)}) | ${w.verdict} | ${w.blocks_needed ?? ""} | ${w.flags.length} |`
    );
  }
  lines.push("");
  for (const w of a.workloads) {
    lines.push(`- **${w.name}** (${w.verdict}): ${w.reason}`);
    for (const fl of w.flags) lines.push(`  - ${fl}`);
  }
  if (a.warnings.length) {
    lines.push("", "**Warnings**");
    for (const wn of a.warnings) lines.push(`- ${wn}`);
  }
  return lines.join("\n") + "\n";
}
var f3, fp;
var init_analysis_md = __esm({
  "src/report/analysis-md.ts"() {
    "use strict";
    init_vocabulary();
    f3 = (v) => v === null ? "\u2014" : v.toFixed(3);
    fp = (v) => v === null ? "\u2014" : v < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
  }
});

// src/pipeline/read-results.ts
function readTrustedResultsSync(path11, maxBytes = MAX_RESULTS_BYTES) {
  const r = withTrustedAnalysis(readResultsFileSync(path11, maxBytes));
  return { ...r, analysis: wordAnalysis(r.analysis) };
}
async function readTrustedResults(path11, maxBytes = MAX_RESULTS_BYTES) {
  return readTrustedResultsSync(path11, maxBytes);
}
var init_read_results2 = __esm({
  "src/pipeline/read-results.ts"() {
    "use strict";
    init_read_results();
    init_decide();
    init_reason_words();
  }
});

// src/cli/analyze.ts
var analyze_exports = {};
__export(analyze_exports, {
  ANALYZE_HELP: () => ANALYZE_HELP,
  ANALYZE_USAGE: () => ANALYZE_USAGE,
  analyzeCommand: () => analyzeCommand,
  parseAnalyzeArgs: () => parseAnalyzeArgs,
  workloadInputsFromRecords: () => workloadInputsFromRecords
});
import { readFileSync as readFileSync20 } from "node:fs";
function parseAnalyzeArgs(argv) {
  if (argv.includes("--help") || argv.includes("-h")) return { results: null, base: [], head: [], format: "md", help: true };
  const { values, positionals } = parseCommandArgs("analyze", argv, { positionals: true });
  const o = new OptionValues("analyze", values);
  const p = {
    results: positionals[0] ?? null,
    base: o.list("base"),
    head: o.list("head"),
    margin: o.optNum("margin"),
    alpha: o.optNum("alpha"),
    method: o.has("method") ? o.str("method") : void 0,
    format: o.str("format"),
    help: false
  };
  if (positionals.length > 1) throw new UserError(`unexpected argument ${positionals[1]}: analyze takes one results.json`, "for raw llama-bench files use --base, e.g. analyze --base a1.json a2.json --head b1.json b2.json");
  const raw = p.base.length > 0 || p.head.length > 0 || o.has("base") || o.has("head");
  if (raw && p.results !== null) throw new UserError(`give either a results.json (${p.results}) or --base/--head files, not both`, `example: ${ANALYZE_HELP.example}`);
  if (!raw && p.results === null) throw new UserError("analyze needs a results.json or --base \u2026 --head \u2026 files", `example: ${ANALYZE_HELP.example}`);
  if (raw && (p.base.length !== p.head.length || p.base.length === 0)) {
    throw new UserError(
      `--base has ${p.base.length} file(s) but --head has ${p.head.length}: file i of base is paired with file i of head`,
      "give the same number of files, e.g. --base a1.json a2.json --head b1.json b2.json"
    );
  }
  return p;
}
function readText2(path11) {
  try {
    return readFileSync20(path11, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${path11}: ${e.code ?? e.message}`, "check the path");
  }
}
function recordNames(recs) {
  const seen = /* @__PURE__ */ new Map();
  return recs.map((r) => {
    const k = (seen.get(r.label) ?? 0) + 1;
    seen.set(r.label, k);
    return k === 1 ? r.label : `${r.label} #${k}`;
  });
}
function workloadInputsFromRecords(base2, head2) {
  const byName = /* @__PURE__ */ new Map();
  const get = (name) => {
    let w = byName.get(name);
    if (!w) byName.set(name, w = { name, a: [], b: [] });
    return w;
  };
  const add2 = (files, side2) => files.forEach((recs, block) => {
    const names = recordNames(recs);
    recs.forEach((rec, j) => get(names[j])[side2].push({ block, value: launchValue(rec), seq: 2 * block + (side2 === "a" ? 0 : 1) }));
  });
  add2(base2, "a");
  add2(head2, "b");
  return [...byName.values()];
}
function loadRaw(paths) {
  return paths.map((path11) => {
    const recs = parseBenchOutput(readText2(path11), path11);
    if (recs.length === 0) throw new UserError(`${path11} holds no llama-bench results`, "give the output of a llama-bench run (e.g. llama-bench -o json > a1.json)");
    return recs;
  });
}
async function analyzeCommand(argv, print = (t) => void process.stdout.write(t)) {
  const p = parseAnalyzeArgs(argv);
  if (p.help) {
    print(ANALYZE_USAGE);
    return 0;
  }
  let inputs;
  let opts;
  let file = null;
  if (p.results !== null) {
    const results3 = await readTrustedResults(p.results).catch((e) => {
      throw withExample(e, "llama-perf-gate analyze perf-out/results.json (the file `run` wrote)");
    });
    inputs = workloadInputsFromResults(results3);
    opts = {
      margin: p.margin ?? results3.plan.margin ?? DEFAULTS.margin,
      alpha: p.alpha ?? results3.plan.alpha ?? DEFAULTS.alpha,
      method: p.method ?? results3.plan.method ?? DEFAULTS.method
    };
    file = results3;
  } else {
    inputs = workloadInputsFromRecords(loadRaw(p.base), loadRaw(p.head));
    opts = { margin: p.margin ?? DEFAULTS.margin, alpha: p.alpha ?? DEFAULTS.alpha, method: p.method ?? DEFAULTS.method };
  }
  validateOptions(opts);
  const whatIf = p.margin !== void 0 || p.alpha !== void 0 || p.method !== void 0;
  const trusted = file && (whatIf ? decideAll({ ...file, plan: { ...file.plan, ...opts }, design: void 0 }) : file.analysis);
  const analysis2 = wordAnalysis(trusted ?? analyze(inputs, opts));
  const outcome = runOutcome(analysis2);
  print(p.format === "json" ? JSON.stringify(analysis2, null, 2) + "\n" : formatMarkdown(analysis2, outcome));
  return exitCodeFor(outcome);
}
var ANALYZE_HELP, ANALYZE_USAGE, DEFAULTS;
var init_analyze2 = __esm({
  "src/cli/analyze.ts"() {
    "use strict";
    init_errors();
    init_option_text();
    init_option_values();
    init_options();
    init_analyze();
    init_from_results();
    init_analysis_md();
    init_reason_words();
    init_read_results2();
    init_decide();
    init_policy();
    init_parse();
    ANALYZE_HELP = {
      about: "the decision engine on a finished run (results.json) or on raw llama-bench outputs",
      usage: "llama-perf-gate analyze perf-out/results.json [options]\n       llama-perf-gate analyze --base a1.json a2.json \u2026 --head b1.json b2.json \u2026 [options]",
      example: "llama-perf-gate analyze perf-out/results.json --margin 0.02 --format json"
    };
    ANALYZE_USAGE = helpText("analyze", ANALYZE_HELP);
    DEFAULTS = {
      margin: optionSpec("analyze", "margin").default,
      alpha: optionSpec("analyze", "alpha").default,
      method: optionSpec("analyze", "method").default
    };
  }
});

// src/cli/calibrate.ts
var calibrate_exports = {};
__export(calibrate_exports, {
  calibrateCommand: () => calibrateCommand,
  calibrationArgs: () => calibrationArgs
});
import { join as join26 } from "node:path";
function calibrationArgs(argv) {
  const o = new OptionValues("run", parseCommandArgs("run", argv).values);
  for (const name of ["head", "head-name", "head-cmake", "head-arg", "head-env", "head-slowdown", "base-slowdown"]) {
    if (o.raw[name] !== void 0) throw new UserError(`calibrate runs the base against itself: --${name} does not apply`, EXAMPLE4);
  }
  const base2 = o.str("base");
  if (!base2) throw new UserError("calibrate needs --base REF (the build to run against itself)", EXAMPLE4);
  const same = ["cmake", "arg", "env"].flatMap((k) => o.list(`base-${k}`).map((v) => `--head-${k}=${v}`));
  return [...argv, "--head", base2, "--head-name", "A/A", ...same];
}
async function calibrateCommand(argv) {
  const plan2 = planFromArgs(calibrationArgs(argv));
  const code2 = await runAndPrint(plan2, { force: forceFromArgs(argv), store: storeFromArgs("run", argv) });
  if (code2 >= 128) return code2;
  const results3 = readTrustedResultsSync(join26(plan2.out, "results.json"));
  const cal = calibrationFromResults(results3);
  if (!cal || !results3.host) {
    console.log("no calibration stored: the A/A run produced no per-workload spread (see the report above)");
    return 1;
  }
  const path11 = writeCalibration(defaultCacheDir(), cal, results3.host);
  console.log(`
${calibrationNote(cal, cal.workloads.map((w) => w.label))}`);
  console.log(`stored for this host in ${path11}`);
  return 0;
}
var EXAMPLE4;
var init_calibrate = __esm({
  "src/cli/calibrate.ts"() {
    "use strict";
    init_errors();
    init_from_args();
    init_option_values();
    init_run2();
    init_experiments();
    init_cache_dir();
    init_read_results2();
    init_calibration2();
    EXAMPLE4 = "example: llama-perf-gate calibrate --repo ../ik_llama.cpp --base main --model m.gguf --workloads pp512,tg128 --max-blocks 10";
  }
});

// src/stats/qualify.ts
function qualifyWorkloads(aaPrime, injected, k, method) {
  const expected = 1 / (1 + k);
  const out = [];
  for (const a of aaPrime.workloads) {
    const b = injected.workloads.find((x) => x.name === a.name);
    if (!b) continue;
    const covers = b.ci !== null && b.ci[0] <= expected && expected <= b.ci[1];
    out.push({
      workload: a.name,
      aaPrime: side(a),
      injected: { ...side(b), expected, covers, called: b.verdict === "regression" },
      mde: minimumDetectableEffect(a.spread, a.n, aaPrime.alpha, method)
    });
  }
  return out;
}
function qualificationStatus(ws, k) {
  const reasons = [];
  const pct3 = `${(100 * (1 - 1 / (1 + k))).toFixed(1)}%`;
  for (const w of ws) {
    if (w.aaPrime.verdict === "failed" || w.injected.verdict === "failed") return { status: "failed", reasons: [`${w.workload}: a variant has no successful launch`] };
    if (w.aaPrime.verdict === "regression" || w.aaPrime.verdict === "improvement") reasons.push(`${w.workload}: A/A\u2032 called ${w.aaPrime.verdict === "regression" ? "a regression" : "an improvement"} between two builds of one commit (a false alarm)`);
    if (!w.injected.called) reasons.push(`${w.workload}: the injected ${pct3} slowdown was not called (${w.injected.verdict} at ${w.injected.n} blocks)`);
  }
  if (ws.length === 0) return { status: "failed", reasons: ["no workload was measured on both runs"] };
  return { status: reasons.length === 0 ? "qualified" : "short", reasons };
}
var side;
var init_qualify = __esm({
  "src/stats/qualify.ts"() {
    "use strict";
    init_mde();
    side = (w) => ({ verdict: w.verdict, ratio: w.ratio, ci: w.ci, n: w.n, look: w.look ?? null, spread: w.spread });
  }
});

// src/pipeline/qualify.ts
import { readdirSync as readdirSync7 } from "node:fs";
import { join as join27 } from "node:path";
function qualifyPlans(plan2, k) {
  const a = { ...plan2.variants[0], id: "A" };
  const b = (over) => ({ ...a, id: "B", ...over });
  const pct3 = `${(100 * k).toFixed(1).replace(/\.0$/, "")}%`;
  return {
    // replica 1: its own build key and directory, compiled again (build/index.ts), same commit and flags.
    aaPrime: { ...plan2, out: join27(plan2.out, "aa-prime"), variants: [a, b({ name: `${a.name}\u2032 (second build)`, replica: 1 })], comparison: void 0 },
    injected: { ...plan2, out: join27(plan2.out, "aa-k"), variants: [a, b({ name: `${a.name} +${pct3}`, slowdown: k })], comparison: void 0 }
  };
}
function identicalBuilds(r) {
  const [x, y] = r.builds.map((b) => b.binDir);
  if (!x || !y) return null;
  let files;
  try {
    files = ["llama-bench", ...readdirSync7(x).filter((f2) => /\.so$/.test(f2))];
  } catch {
    return null;
  }
  for (const f2 of files) {
    const [p, q] = [readElfDynamic(join27(x, f2)), readElfDynamic(join27(y, f2))];
    if (!p || !q) return null;
    if (p.code !== q.code) return false;
  }
  return true;
}
function failureOf2(r, what) {
  const bad2 = r.builds.filter((b) => !b.ok);
  if (bad2.length > 0) return `${what}: build of variant ${bad2.map((b) => `${b.variant}${b.error ? ` (${b.error})` : ""}`).join(", ")} failed`;
  if (!r.analysis) return `${what}: nothing was decided (${r.stopReason})`;
  const failed = r.analysis.workloads.filter((w) => w.verdict === "failed");
  if (failed.length > 0) return `${what}: ${failed.map((w) => w.name).join(", ")} had no successful launch of a variant`;
  return null;
}
async function runQualification(plan2, k, hooks, run2 = runPipeline) {
  const t0 = performance.now();
  const log = hooks.log ?? (() => {
  });
  const plans = qualifyPlans(plan2, k);
  const quiet = { ...hooks, quoteRunner: false };
  log(`qualify 1/2: A/A\u2032, two separate builds of ${plan2.variants[0].ref} \u2192 ${plans.aaPrime.out}`);
  const aaPrime = await run2(plans.aaPrime, quiet);
  if (interruptedBy()) return { record: null, path: null, aaPrime, injected: null };
  const first = failureOf2(aaPrime.results, "A/A\u2032");
  let injected = null;
  if (!first) {
    log(`qualify 2/2: A/A+${k}, the same build with an injected slowdown on B \u2192 ${plans.injected.out}`);
    injected = await run2(plans.injected, quiet);
    if (interruptedBy()) return { record: null, path: null, aaPrime, injected };
  }
  const second = injected ? failureOf2(injected.results, `A/A+${k}`) : null;
  const ws = injected && !first && !second ? qualifyWorkloads(aaPrime.results.analysis, injected.results.analysis, k, plan2.method) : [];
  const found = first || second ? { status: "failed", reasons: [first ?? second] } : qualificationStatus(ws, k);
  const r = aaPrime.results;
  const record2 = {
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    status: found.status,
    reasons: found.reasons,
    k,
    ref: plan2.variants[0].ref,
    commit: r.builds[0]?.commit ?? null,
    model: plan2.models.map((m) => m.path.split("/").pop() ?? m.path).join(","),
    threads: plan2.threads,
    alpha: plan2.alpha,
    margin: plan2.margin,
    experiments: { aaPrime: r.experiment?.id ?? null, injected: injected?.results.experiment?.id ?? null },
    identicalBuilds: first ? null : identicalBuilds(r),
    seconds: Math.round((performance.now() - t0) / 1e3),
    workloads: ws
  };
  const path11 = r.host ? appendQualification(hooks.cacheDir, r.host, record2) : null;
  return { record: record2, path: path11, aaPrime, injected };
}
var init_qualify2 = __esm({
  "src/pipeline/qualify.ts"() {
    "use strict";
    init_elf();
    init_qualify();
    init_qualification();
    init_children();
    init_run();
  }
});

// src/report/qualify.ts
function renderQualification(q, medium = "markdown") {
  const esc = medium === "terminal" ? escapeTerminal : escapeMarkdown;
  const lines = [`## Runner qualification: ${STATUS[q.status]}`, ""];
  lines.push(`${esc(q.ref)} (${q.commit?.slice(0, 12) ?? "no commit"}), model ${esc(q.model)}, ${q.threads} threads, \u03B1 = ${q.alpha}, margin \xB1${fmtPercent(q.margin)}; injected slowdown k = ${q.k} (truth B/A = ${fmtRatio(1 / (1 + q.k))}); ${q.seconds} s.`);
  lines.push("");
  for (const r of q.reasons) lines.push(`- ${esc(r)}`);
  if (q.reasons.length) lines.push("");
  if (q.workloads.length > 0) {
    lines.push("| workload | A/A\u2032 B/A | A/A\u2032 interval | A/A\u2032 verdict | A/A+k B/A | A/A+k interval | covers truth | called | spread A/A\u2032 / A/A+k | MDE (A/A\u2032) |");
    lines.push("|---|---:|---|---|---:|---|---|---|---|---:|");
    for (const w of q.workloads) {
      const i = w.injected;
      lines.push(`| ${medium === "terminal" ? escapeTerminal(w.workload) : codeSpan(w.workload)} | ${fmtRatio(w.aaPrime.ratio)} | ${fmtInterval(w.aaPrime.ci)} | ${w.aaPrime.verdict} (${w.aaPrime.n} blocks) | ${fmtRatio(i.ratio)} | ${fmtInterval(i.ci)} | ${i.covers ? "yes" : "no"} | ${i.called ? `at ${i.look ?? i.n} blocks` : `no (${i.verdict} at ${i.n})`} | ${fmtPercent(w.aaPrime.spread)} / ${fmtPercent(i.spread)} | ${w.mde === null ? "\u2013" : fmtPercent(w.mde)} |`);
    }
    lines.push("");
  }
  if (q.identicalBuilds !== null) lines.push(`The two builds of A/A\u2032 have ${q.identicalBuilds ? "the same" : "different"} machine code (executable sections of llama-bench and its libraries; their RUNPATH and build-id always differ).`);
  return lines.join("\n").trimEnd() + "\n";
}
function renderQualificationHistory(qs) {
  if (qs.length === 0) return "No qualification on this host yet: run `llama-perf-gate qualify`.";
  const rows2 = qs.map((q) => {
    const ws = q.workloads.map((w) => `${w.workload} A/A\u2032 ${fmtRatio(w.aaPrime.ratio)} ${w.aaPrime.verdict}, +${fmtPercent(q.k)} \u2192 ${fmtRatio(w.injected.ratio)} ${w.injected.called ? `called at ${w.injected.look ?? w.injected.n}` : "not called"}`);
    return `${q.createdAt.slice(0, 16).replace("T", " ")}  ${q.status.padEnd(9)}  ${q.ref.slice(0, 12)}  ${ws.length ? ws.join("; ") : q.reasons.join("; ")}`;
  });
  return ["Qualifications on this host (oldest first):", ...rows2].join("\n");
}
var STATUS;
var init_qualify3 = __esm({
  "src/report/qualify.ts"() {
    "use strict";
    init_escape();
    init_format();
    STATUS = {
      qualified: "\u2705 qualified: no false alarm between two builds, the injected slowdown called on every workload",
      short: "\u26A0\uFE0F measured, but short of qualified",
      failed: "\u274C failed: a build or launch failed, so this is no qualification"
    };
  }
});

// src/cli/qualify.ts
var qualify_exports = {};
__export(qualify_exports, {
  qualifyCommand: () => qualifyCommand,
  splitSlowdown: () => splitSlowdown
});
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
    if (o.raw[name] !== void 0) throw new UserError(`qualify makes its own B (a second build of the base, and the base slowed by --slowdown): --${name} does not apply`, EXAMPLE5);
  }
  let args = rest;
  if (o.str("repo") === void 0 && o.str("plan") === void 0) {
    planFromArgs([...demoDefaults(rest), "--base", "lpg/base", "--head-name", "qualify", ...rest], { requireRepoModel: false });
    const { src, model } = await demoSource();
    args = ["--repo", src.repo, "--model", model, "--base", src.baseRef, "--base-name", "bundle", ...demoDefaults(rest), "--out", "perf-qualify", ...rest];
  } else if (!o.str("base")) throw new UserError("qualify needs --base REF (the commit whose two builds and injected slowdown qualify the runner)", EXAMPLE5);
  const plan2 = planFromArgs([...args, "--head-name", "qualify"]);
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await runQualification(plan2, k, { cacheDir: defaultCacheDir(), force: forceFromArgs(args), store: storeFromArgs("run", args), onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log });
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
var EXAMPLE5, NOT_HERE;
var init_qualify4 = __esm({
  "src/cli/qualify.ts"() {
    "use strict";
    init_errors();
    init_from_args();
    init_option_values();
    init_experiments();
    init_cache_dir();
    init_children();
    init_policy();
    init_qualify2();
    init_report();
    init_qualify3();
    init_progress2();
    init_demo();
    EXAMPLE5 = "example: llama-perf-gate qualify --repo ../llama.cpp --base master --model m.gguf --workloads pp512,tg128 --slowdown 0.03";
    NOT_HERE = ["head", "head-name", "head-cmake", "head-arg", "head-env", "head-slowdown", "base-slowdown", "compare"];
  }
});

// src/host/kv-probe.ts
import koffi from "koffi";
function probeLib() {
  if (lib) return lib;
  const so = koffi.load(nativeArtifact("lpg-probe"));
  koffi.struct("lpg_op", { seconds: "double", bytes: "double", minflt: "int64_t", majflt: "int64_t", checksum: "uint64_t" });
  lib = {
    pageSize: so.func("long lpg_page_size(void)"),
    residentBytes: so.func("int64_t lpg_resident_bytes(void *addr, size_t len)"),
    pageNodes: so.func("int64_t lpg_page_nodes(void *addr, size_t len, _Out_ int64_t *counts, int max_nodes)"),
    alloc: so.func("void *lpg_kv_alloc(size_t bytes, int kind, _Out_ lpg_op *out)"),
    free: so.func("void lpg_kv_free(void *p, size_t bytes, int kind)"),
    fill: so.func(
      "int lpg_kv_fill(void *base, size_t bytes, int segments, size_t row_bytes, size_t filled_rows, size_t ubatch, int threads, int *cpus, int ncpus, _Out_ lpg_op *out)"
    ),
    scan: so.func(
      "int lpg_kv_scan(void *base, size_t bytes, int segments, size_t row_bytes, size_t filled_rows, int threads, int *cpus, int ncpus, _Out_ lpg_op *out)"
    )
  };
  return lib;
}
function toStats(o) {
  return { seconds: o.seconds, bytes: o.bytes, minorFaults: Number(o.minflt), majorFaults: Number(o.majflt) };
}
function pagePlacement(addr, len) {
  const l = probeLib();
  const counts = new BigInt64Array(MAX_NODES);
  const absent = Number(l.pageNodes(addr, len, counts, MAX_NODES));
  if (absent < 0) return null;
  const page = l.pageSize();
  const nodeBytes = {};
  counts.forEach((c, node) => {
    if (c > 0n) nodeBytes[String(node)] = Number(c) * page;
  });
  return { nodeBytes, absentBytes: absent * page };
}
function residentBytes(addr, len) {
  const r = Number(probeLib().residentBytes(addr, len));
  return r < 0 ? null : r;
}
function spreadCpus(nodes, threads) {
  const lists = nodes.map((n) => n.cpus).filter((c) => c.length > 0);
  const out = [];
  for (let i = 0; out.length < threads && lists.length > 0; i++) {
    const list = lists[i % lists.length];
    const cpu = list[Math.floor(i / lists.length) % list.length];
    out.push(cpu);
  }
  return out;
}
var KV_KINDS, KIND_CODE, DEFAULT_GEOMETRY, lib, MAX_NODES, KvBuffer;
var init_kv_probe = __esm({
  "src/host/kv-probe.ts"() {
    "use strict";
    init_native();
    KV_KINDS = ["heap", "mmap", "shared"];
    KIND_CODE = { heap: 0, mmap: 1, shared: 2 };
    DEFAULT_GEOMETRY = { segments: 16, rowBytes: 2048, ubatch: 512 };
    lib = null;
    MAX_NODES = 1024;
    KvBuffer = class _KvBuffer {
      kind;
      geometry;
      /** What allocating cost (for heap: the clear that makes every page resident). */
      alloc;
      #ptr;
      constructor(kind, geometry, ptr, alloc) {
        this.kind = kind;
        this.geometry = geometry;
        this.#ptr = ptr;
        this.alloc = alloc;
      }
      static allocate(kind, geometry) {
        const l = probeLib();
        const out = {};
        const ptr = l.alloc(geometry.bytes, KIND_CODE[kind], out);
        if (!ptr) throw new Error(`allocating ${geometry.bytes} bytes (${kind}) failed`);
        return new _KvBuffer(kind, geometry, ptr, toStats(out));
      }
      get address() {
        if (this.#ptr === null) throw new Error("KvBuffer used after free");
        return this.#ptr;
      }
      /** Rows per segment that a fill fraction covers (one row = one token). */
      rowsFor(fill) {
        const perSegment = Math.floor(this.geometry.bytes / this.geometry.segments / this.geometry.rowBytes);
        return Math.max(0, Math.min(perSegment, Math.round(perSegment * fill)));
      }
      residentBytes() {
        return residentBytes(this.address, this.geometry.bytes);
      }
      placement() {
        return pagePlacement(this.address, this.geometry.bytes);
      }
      #run(fn, write, rows2, threads, cpus) {
        const g = this.geometry;
        const out = {};
        const pinned = Int32Array.from(cpus);
        const args = write ? [this.address, g.bytes, g.segments, g.rowBytes, rows2, g.ubatch, threads, pinned, pinned.length, out] : [this.address, g.bytes, g.segments, g.rowBytes, rows2, threads, pinned, pinned.length, out];
        const rc = fn(...args);
        if (rc !== 0) throw new Error(`lpg_kv_${write ? "fill" : "scan"} failed (${rc})`);
        return toStats(out);
      }
      /** Writes the first `rows` rows of every segment, in ubatches split across `threads` threads. */
      fill(rows2, threads, cpus = []) {
        return this.#run(probeLib().fill, true, rows2, threads, cpus);
      }
      /** Reads the first `rows` rows of every segment, each thread a column slice of every row. */
      scan(rows2, threads, cpus = []) {
        return this.#run(probeLib().scan, false, rows2, threads, cpus);
      }
      free() {
        if (this.#ptr === null) return;
        probeLib().free(this.#ptr, this.geometry.bytes, KIND_CODE[this.kind]);
        this.#ptr = null;
      }
    };
  }
});

// src/host/probe-run.ts
import { Bench } from "tinybench";
import { readFileSync as readFileSync21 } from "node:fs";
function memAvailableKiB() {
  try {
    const m = /^MemAvailable:\s+(\d+) kB/m.exec(readFileSync21("/proc/meminfo", "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
async function runProbe(options) {
  const host2 = readFingerprint();
  const bytes = options.kvMiB * 1024 * 1024;
  const avail = memAvailableKiB();
  const need = options.kinds.reduce((s, k) => s + (k === "heap" ? bytes : bytes * options.fill), 0) / 1024;
  if (avail !== null && need > 0.8 * avail) {
    throw new UserError(
      `probe needs about ${Math.round(need / 1024)} MiB resident but only ${Math.round(avail / 1024)} MiB is available`,
      "use a smaller --kv-mib or --fill"
    );
  }
  const cpus = spreadCpus(host2.numaNodes, options.threads);
  const geometry = { ...DEFAULT_GEOMETRY, bytes };
  const buffers = [];
  const partial = [];
  let rows2 = 0;
  try {
    for (const kind of options.kinds) {
      const b = KvBuffer.allocate(kind, geometry);
      buffers.push(b);
      const residentAfterAlloc = b.residentBytes();
      const placementAfterAlloc = b.placement();
      rows2 = b.rowsFor(options.fill);
      const fill = b.fill(rows2, options.threads, cpus);
      partial.push({
        kind,
        alloc: b.alloc,
        residentAfterAlloc,
        placementAfterAlloc,
        fill,
        residentAfterFill: b.residentBytes(),
        placementAfterFill: b.placement()
      });
    }
    const bench = new Bench({ time: options.timeMs, iterations: options.iterations, warmupIterations: 2, warmupTime: 0 });
    const faults = /* @__PURE__ */ new Map();
    for (const b of buffers) {
      faults.set(b.kind, 0);
      bench.add(b.kind, () => {
        const s = b.scan(rows2, options.threads, cpus);
        faults.set(b.kind, faults.get(b.kind) + s.minorFaults);
        return { overriddenDuration: s.seconds * 1e3 };
      });
    }
    await bench.run();
    const kinds = partial.map((p, i) => {
      const r = bench.tasks[i].result;
      if (!("latency" in r)) throw new Error(`scan of ${p.kind} did not complete (${r.state})`);
      const scanned = rows2 * geometry.rowBytes * geometry.segments;
      return {
        ...p,
        scanMeanBps: scanned / (r.latency.mean / 1e3),
        scanMedianBps: scanned / (r.latency.p50 / 1e3),
        scanCv: r.latency.sd / r.latency.mean,
        scanRobustCv: 1.4826 * r.latency.mad / r.latency.p50,
        scans: r.latency.samplesCount,
        scanMinorFaults: faults.get(p.kind)
      };
    });
    return { options, host: host2, cpus, rowsFilled: rows2, kinds };
  } finally {
    for (const b of buffers) b.free();
  }
}
var init_probe_run = __esm({
  "src/host/probe-run.ts"() {
    "use strict";
    init_errors();
    init_fingerprint();
    init_kv_probe();
  }
});

// src/report/probe.ts
function placementCells(p, node) {
  if (!p) return "n/a";
  return mib(node === "absent" ? p.absentBytes : p.nodeBytes[node] ?? 0);
}
function table2(rows2) {
  const widths = rows2[0].map((_, c) => Math.max(...rows2.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join(" | ")} |`;
  return [line(rows2[0]), `|${widths.map((w, c) => c === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`).join("|")}|`, ...rows2.slice(1).map(line)].join("\n");
}
function formatProbe(r) {
  const ks = r.kinds;
  const ratioCol = ks.length >= 2;
  const header3 = ["", ...ks.map((k) => k.kind), ...ratioCol ? [`${ks[1].kind}/${ks[0].kind}`] : []];
  const rows2 = [header3];
  const add2 = (name, cell, value) => {
    const row2 = [name, ...ks.map(cell)];
    if (ratioCol) {
      const a = value?.(ks[0]);
      const b = value?.(ks[1]);
      row2.push(a && b !== null && b !== void 0 ? (b / a).toFixed(3) : "");
    }
    rows2.push(row2);
  };
  add2("alloc ms", (k) => ms(k.alloc.seconds), (k) => k.alloc.seconds);
  add2("alloc page faults", (k) => String(k.alloc.minorFaults + k.alloc.majorFaults), (k) => k.alloc.minorFaults + k.alloc.majorFaults);
  add2("resident after alloc MiB", (k) => mib(k.residentAfterAlloc), (k) => k.residentAfterAlloc);
  add2("fill ms", (k) => ms(k.fill.seconds), (k) => k.fill.seconds);
  add2("fill GB/s", (k) => gbs(k.fill.bytes / k.fill.seconds), (k) => k.fill.bytes / k.fill.seconds);
  add2("fill page faults", (k) => String(k.fill.minorFaults + k.fill.majorFaults), (k) => k.fill.minorFaults + k.fill.majorFaults);
  add2("resident after fill MiB", (k) => mib(k.residentAfterFill), (k) => k.residentAfterFill);
  const nodes = /* @__PURE__ */ new Set();
  for (const k of ks) for (const p of [k.placementAfterAlloc, k.placementAfterFill]) if (p) Object.keys(p.nodeBytes).forEach((n) => nodes.add(n));
  for (const n of r.host.numaNodes) nodes.add(String(n.id));
  for (const n of [...nodes].sort((a, b) => Number(a) - Number(b))) {
    add2(`node ${n} MiB after fill`, (k) => placementCells(k.placementAfterFill, n), (k) => k.placementAfterFill?.nodeBytes[n] ?? null);
  }
  add2("not present MiB after fill", (k) => placementCells(k.placementAfterFill, "absent"));
  add2("scan GB/s (mean)", (k) => gbs(k.scanMeanBps), (k) => k.scanMeanBps);
  add2("scan GB/s (median)", (k) => gbs(k.scanMedianBps), (k) => k.scanMedianBps);
  add2("scan CV %", (k) => (k.scanCv * 100).toFixed(1));
  add2("scan robust CV % (MAD)", (k) => (k.scanRobustCv * 100).toFixed(1));
  add2("scans", (k) => String(k.scans));
  add2("scan page faults", (k) => String(k.scanMinorFaults));
  return table2(rows2);
}
function formatProbeReport(r) {
  const h = r.host;
  const o = r.options;
  const out = [];
  out.push(
    `host: ${h.cpuModel ?? "unknown CPU"}, ${h.logicalCpus} CPUs, ${h.numaNodes.length || "unknown"} NUMA node(s), kernel ${h.kernel ?? "?"}, THP ${h.thpMode ?? "?"}`
  );
  for (const w of h.warnings) out.push(`warning: ${w}`);
  out.push(
    `KV buffer ${o.kvMiB} MiB, filled ${(o.fill * 100).toFixed(0)}% (${r.rowsFilled} rows per tensor), ${o.threads} thread(s) on CPUs ${r.cpus.join(",") || "unpinned"}`
  );
  out.push("");
  out.push(formatProbe(r));
  out.push("");
  const cv = r.kinds.map((k) => `${k.kind} ${(k.scanCv * 100).toFixed(1)}% (robust ${(k.scanRobustCv * 100).toFixed(1)}%, n=${k.scans})`).join(", ");
  const worst = Math.max(...r.kinds.map((k) => k.scanRobustCv));
  out.push(`noise: CV of repeated scans ${cv}.`);
  const mde = (n) => 2.8 * Math.SQRT2 * worst / Math.sqrt(n) * 100;
  out.push(
    `At the robust noise a paired A/B resolves differences of about ${mde(10).toFixed(1)}% with 10 blocks, ${mde(30).toFixed(1)}% with 30 (2.8\xB7\u221A2\xB7CV/\u221An); smaller margins need a quieter host.`
  );
  return out.join("\n");
}
var MIB, mib, gbs, ms;
var init_probe = __esm({
  "src/report/probe.ts"() {
    "use strict";
    MIB = 1024 * 1024;
    mib = (b) => b === null ? "n/a" : (b / MIB).toFixed(1);
    gbs = (bps) => (bps / 1e9).toFixed(2);
    ms = (s) => (s * 1e3).toFixed(1);
  }
});

// src/cli/probe.ts
var probe_exports = {};
__export(probe_exports, {
  parseProbeArgs: () => parseProbeArgs,
  probeCommand: () => probeCommand
});
function parseProbeArgs(argv, logicalCpus) {
  if (argv.includes("--help") || argv.includes("-h")) return null;
  const o = new OptionValues("probe", parseCommandArgs("probe", argv).values);
  const kinds = o.str("kinds").split(",").map((k) => k.trim());
  const bad2 = kinds.filter((k) => !KV_KINDS.includes(k));
  if (bad2.length > 0 || kinds.length === 0) {
    throw new UserError(`--kinds: unknown buffer type(s) ${bad2.join(",")}`, `choose from ${KV_KINDS.join(",")}, e.g. --kinds heap,mmap`);
  }
  return {
    kvMiB: o.num("kv-mib"),
    fill: o.num("fill"),
    threads: o.num("threads", Math.max(1, logicalCpus)),
    kinds,
    timeMs: o.num("time-ms"),
    iterations: o.num("iterations")
  };
}
async function probeCommand(argv) {
  const { readFingerprint: readFingerprint2 } = await Promise.resolve().then(() => (init_fingerprint(), fingerprint_exports));
  const opts = parseProbeArgs(argv, readFingerprint2().logicalCpus);
  if (!opts) {
    process.stdout.write(helpText("probe", { about: "model-free A/B of heap vs mmap KV buffers", usage: "llama-perf-gate probe [options]", example: "llama-perf-gate probe --kv-mib 512" }));
    return 0;
  }
  const result = await runProbe(opts);
  if (argv.includes("--json")) process.stdout.write(`${JSON.stringify(result, null, 2)}
`);
  else process.stdout.write(`${formatProbeReport(result)}
`);
  return 0;
}
var init_probe2 = __esm({
  "src/cli/probe.ts"() {
    "use strict";
    init_errors();
    init_option_text();
    init_option_values();
    init_kv_probe();
    init_probe_run();
    init_probe();
  }
});

// src/cli/model.ts
var model_exports = {};
__export(model_exports, {
  modelCommand: () => modelCommand
});
async function modelCommand(argv) {
  const o = new OptionValues("model", parseCommandArgs("model", argv).values);
  const out = o.str("out");
  if (!out) throw new UserError("model: --out is required", "example: llama-perf-gate model --out model.gguf --preset llama-1b --type q4_0");
  const preset = o.str("preset");
  const base2 = preset ? PRESETS[preset] : DEFAULT_SHAPE;
  const shape = {
    embd: o.num("embd", base2.embd),
    layers: o.num("layers", base2.layers),
    ff: o.num("ff", base2.ff),
    vocab: o.num("vocab", base2.vocab),
    heads: o.num("heads", base2.heads),
    kvHeads: o.num("kv-heads", base2.kvHeads),
    ctx: o.num("ctx", base2.ctx),
    type: o.str("type"),
    seed: o.num("seed", DEFAULT_SHAPE.seed),
    ropeTheta: base2.ropeTheta,
    tied: base2.tied
  };
  checkShape(shape);
  checkOutFile("--out", out, "model.gguf");
  const { bytes, params } = writeSyntheticModel(out, shape);
  const output = outputType(shape.type) === shape.type ? "" : ` (output ${outputType(shape.type)})`;
  console.log(`wrote ${out}: ${(params / 1e6).toFixed(1)}M parameters${preset ? ` (${preset} shape)` : ""}, ${shape.type}${output}, ${(bytes / 2 ** 20).toFixed(1)} MiB`);
  return 0;
}
var init_model2 = __esm({
  "src/cli/model.ts"() {
    "use strict";
    init_synthetic();
    init_presets();
    init_errors();
    init_option_values();
    init_paths();
  }
});

// src/report/bisect.ts
function culpritLine(c) {
  const check = c.verified === true ? "verified" : c.verified === false ? "NOT verified by fresh blocks" : "not verified";
  const others = (c.regressed ?? []).filter((w) => w.name !== c.workload);
  const quoted = others.slice(0, QUOTED - 1).map((w) => `${w.name} B/A ${fmt(w.ratio)} ${fmtCi(w.ci)}`.trim());
  const more = others.length > QUOTED - 1 ? [`+${others.length - (QUOTED - 1)} more`] : [];
  const parts = [...c.workload ? [c.workload] : [], ...quoted, ...more, check];
  return `culprit: ${short3(c.commit)} ${c.subject}  B/A ${fmt(c.ratio)} ${fmtCi(c.ci)} (${parts.join("; ")})`;
}
function rows(r) {
  return r.range.map((c, n) => {
    const p = r.probes.find((x) => x.commit === c.commit);
    const culprit = r.culprits.find((x) => x.commit === c.commit);
    const skip = r.skipped.find((x) => x.commit === c.commit);
    return {
      n,
      commit: short3(c.commit),
      subject: c.subject,
      // The probe's B/A against the low end; the high end's B/A against the probe.
      low: p ? stepCell(r, p.vs_low, "a") : "",
      high: p ? stepCell(r, p.vs_high, "b") : "",
      cls: culprit ? `culprit${culprit.verified ? " (verified)" : ""}` : skip ? "skipped: does not build" : p?.class ?? "",
      note: n === 0 ? "good" : n === r.range.length - 1 ? "bad" : ""
    };
  });
}
function stepCell(r, i, other) {
  const s = r.steps[i];
  return s ? `${fmt(s.ratio)} ${fmtCi(s.ci)} ${s.verdict} (vs ${short3(s[other])})` : "";
}
function renderBisectMarkdown(r) {
  const out = [];
  out.push(`## Bisect ${short3(r.good)}..${short3(r.bad)} (${r.range.length - 1} commits)`, "", escapeInline(r.summary), "");
  for (const c of r.culprits) out.push(`- ${escapeInline(culpritLine(c))}`);
  for (const u of r.unresolved) out.push(`- regression somewhere in ${short3(u.from)}..${short3(u.to)}: ${escapeInline(u.why)}`);
  if (r.culprits.length || r.unresolved.length) out.push("");
  out.push("| # | commit | subject | B/A vs the range's low end | B/A of the high end vs it | class |", "|---|---|---|---|---|---|");
  for (const row2 of rows(r)) out.push(`| ${row2.n}${row2.note ? ` (${row2.note})` : ""} | \`${row2.commit}\` | ${escapeInline(row2.subject)} | ${row2.low} | ${row2.high} | ${row2.cls} |`);
  out.push("", `${r.steps.length} experiments, ${r.counted_blocks} counted blocks, ${r.budget.commits_built} commits built; wall time ${Math.round(r.wall_seconds)} s.` + (r.budget.exhausted ? ` Budget ran out: ${escapeInline(r.budget.exhausted)}.` : ""));
  return out.join("\n") + "\n";
}
function renderBisectHtml(r) {
  const tr = rows(r).map((row2) => `<tr><td>${row2.n}${row2.note ? ` (${row2.note})` : ""}</td><td><code>${escapeHtml(row2.commit)}</code></td><td>${escapeHtml(row2.subject)}</td><td>${escapeHtml(row2.low)}</td><td>${escapeHtml(row2.high)}</td><td>${escapeHtml(row2.cls)}</td></tr>`).join("\n");
  const items = [...r.culprits.map((c) => culpritLine(c)), ...r.unresolved.map((u) => `regression somewhere in ${short3(u.from)}..${short3(u.to)}: ${u.why}`)].map((l) => `<li>${escapeHtml(l)}</li>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>llama-perf-gate bisect</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}</style></head>
<body><h2>Bisect ${escapeHtml(short3(r.good))}..${escapeHtml(short3(r.bad))} (${r.range.length - 1} commits)</h2>
<p>${escapeHtml(r.summary)}</p>
<ul>${items}</ul>
<table><thead><tr><th>#</th><th>commit</th><th>subject</th><th>B/A vs the range's low end</th><th>B/A of the high end vs it</th><th>class</th></tr></thead>
<tbody>
${tr}
</tbody></table>
<p>${r.steps.length} experiments, ${r.counted_blocks} counted blocks, ${r.budget.commits_built} commits built; wall time ${Math.round(r.wall_seconds)} s.${r.budget.exhausted ? ` Budget ran out: ${escapeHtml(r.budget.exhausted)}.` : ""}</p>
</body></html>
`;
}
var BISECT_SCHEMA, fmt, fmtCi, short3, QUOTED;
var init_bisect = __esm({
  "src/report/bisect.ts"() {
    "use strict";
    init_escape();
    BISECT_SCHEMA = "llama-perf-gate/bisect@1";
    fmt = (r) => r === null ? "\u2014" : r.toFixed(3);
    fmtCi = (ci) => ci ? `[${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]` : "";
    short3 = (c) => c.slice(0, 9);
    QUOTED = 2;
  }
});

// src/build/tree.ts
import { createWriteStream as createWriteStream2, existsSync as existsSync15 } from "node:fs";
import { cp, mkdir as mkdir5, readdir as readdir2, readFile as readFile4, realpath as realpath3, rename as rename3, rm as rm4 } from "node:fs/promises";
import os4 from "node:os";
import path10 from "node:path";
import { createHash as createHash8 } from "node:crypto";
async function treeId(repo, inputs) {
  const common = (await runOk("git", ["-C", repo, "rev-parse", "--path-format=absolute", "--git-common-dir"])).trim();
  const config = buildKey({ ...inputs, commit: "tree" });
  return createHash8("sha256").update(JSON.stringify([await realpath3(common).catch(() => common), config])).digest("hex").slice(0, 16);
}
function snapshotDir(cacheDir, key) {
  return path10.join(cacheDir, "builds", key);
}
async function buildInTree(req) {
  const env2 = req.env ?? process.env;
  const t0 = performance.now();
  const inputs = { commit: req.commit, cmakeArgs: req.cmakeArgs, cc: req.toolchain.cc, cxx: req.toolchain.cxx, cmakeVersion: req.toolchain.cmakeVersion, envFlags: envFlags(env2) };
  const key = buildKey(inputs);
  await mkdir5(path10.dirname(req.logPath), { recursive: true });
  const log = createWriteStream2(req.logPath);
  const tail2 = [];
  let compiled = 0;
  const note = (phase, line) => {
    tail2.push(line);
    if (tail2.length > TAIL) tail2.shift();
    if (/Building (C|CXX) object/.test(line)) compiled++;
    req.onLine?.(phase, line);
  };
  const outcome = (o) => ({
    variant: "A",
    ok: false,
    ref: req.commit,
    commit: req.commit,
    cmakeArgs: req.cmakeArgs,
    binDir: null,
    depthTool: null,
    reused: false,
    seconds: (performance.now() - t0) / 1e3,
    logPath: req.logPath,
    logTail: null,
    error: null,
    ...o
  });
  const reuse = async () => {
    const s = await readSnapshot(snapshotDir(req.cacheDir, key), key);
    if (!s) return null;
    writeLine(log, `reusing ${s.binDir} (build key ${key})`);
    return { outcome: outcome({ ok: true, binDir: s.binDir, depthTool: s.depthTool, reused: true }), compiled: 0, key };
  };
  try {
    const hit = await reuse();
    if (hit) return hit;
    const id = await treeId(req.repo, inputs);
    const lockPath = path10.join(req.cacheDir, "locks", `tree-${id}.lock`);
    return await withLock(lockPath, async () => {
      const again = await reuse();
      if (again) return again;
      const tree = path10.join(req.cacheDir, "trees", id);
      writeLine(log, `commit ${req.commit}, build key ${key}, tree ${tree}`);
      await switchTree(req.repo, tree, req.commit);
      const buildDir = path10.join(tree, ".lpg-build");
      const marker = path10.join(tree, ".lpg-building");
      if (existsSync15(marker)) {
        writeLine(log, "the last build in this tree did not finish: starting from a clean build directory");
        await rm4(buildDir, { recursive: true, force: true });
      }
      writeFileAtomic(marker, `${process.pid}
`);
      const childEnv2 = childEnv(env2);
      const r = await cmakeBuild({
        srcDir: tree,
        buildDir,
        cmakeArgs: [...TREE_CMAKE_ARGS, ...req.cmakeArgs],
        toolchain: req.toolchain,
        jobs: req.jobs ?? os4.availableParallelism(),
        env: childEnv2,
        log,
        onLine: note
      });
      if (!interruptedBy()) await rm4(marker, { force: true });
      if (!r.ok) {
        writeLine(log, `FAILED: ${r.error}`);
        return { outcome: outcome({ error: r.error, logTail: tail2.join("\n") }), compiled, key };
      }
      const binDir = await snapshot2(buildDir, r.binDir, snapshotDir(req.cacheDir, key));
      writeFileAtomic(path10.join(snapshotDir(req.cacheDir, key), STAMP2), JSON.stringify({ key, inputs, binDir, depthTool: r.depthTool, compiled, seconds: (performance.now() - t0) / 1e3, finishedAt: (/* @__PURE__ */ new Date()).toISOString() }, null, 2) + "\n");
      writeLine(log, `compiled ${compiled} translation units; kept as ${binDir}`);
      return { outcome: outcome({ ok: true, binDir, depthTool: r.depthTool }), compiled, key };
    }, (line) => req.log?.(line), `the build tree ${id}`);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    writeLine(log, `FAILED: ${msg}`);
    return { outcome: outcome({ error: msg, logTail: [...tail2, msg].slice(-TAIL).join("\n") }), compiled, key };
  } finally {
    await new Promise((resolve8) => log.end(resolve8));
  }
}
async function switchTree(repo, tree, commit) {
  const top = await run("git", ["-C", tree, "rev-parse", "--show-toplevel"]).catch(() => null);
  const ours = top?.code === 0 && await realpath3(top.stdout.trim()).catch(() => "") === await realpath3(tree).catch(() => tree);
  if (!ours) {
    await rm4(tree, { recursive: true, force: true });
    await run("git", ["-C", repo, "worktree", "prune"]);
    await mkdir5(path10.dirname(tree), { recursive: true });
    await runOk("git", ["-C", repo, "worktree", "add", "--detach", "--force", tree, commit]);
    return;
  }
  await runOk("git", ["-C", tree, "checkout", "--quiet", "--force", "--detach", commit]);
}
async function snapshot2(buildDir, binDir, dest) {
  const tmp = `${dest}.tmp-${process.pid}`;
  await rm4(tmp, { recursive: true, force: true });
  const relBin = path10.relative(buildDir, binDir);
  await cp(binDir, path10.join(tmp, relBin), { recursive: true, verbatimSymlinks: true });
  for (const lib2 of await sharedLibraries(buildDir)) {
    if (!lib2.startsWith(relBin + path10.sep)) await cp(path10.join(buildDir, lib2), path10.join(tmp, lib2), { verbatimSymlinks: true });
  }
  await rm4(dest, { recursive: true, force: true });
  await rename3(tmp, dest);
  return path10.join(dest, relBin);
}
async function sharedLibraries(dir, rel2 = "", depth = 0) {
  if (depth > 6) return [];
  const out = [];
  for (const e of await readdir2(path10.join(dir, rel2), { withFileTypes: true }).catch(() => [])) {
    const p = path10.join(rel2, e.name);
    if (e.isDirectory() && e.name !== "CMakeFiles") out.push(...await sharedLibraries(dir, p, depth + 1));
    else if (/\.so(\.\d+)*$/.test(e.name)) out.push(p);
  }
  return out;
}
async function readSnapshot(dir, key) {
  try {
    const s = JSON.parse(await readFile4(path10.join(dir, STAMP2), "utf8"));
    if (s.key !== key || typeof s.binDir !== "string" || !await isExecutableFile(path10.join(s.binDir, BENCH_TARGET))) return null;
    const depthTool = typeof s.depthTool === "string" && await isExecutableFile(path10.join(s.binDir, s.depthTool)) ? s.depthTool : null;
    return { binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}
var TREE_CMAKE_ARGS, STAMP2, TAIL;
var init_tree = __esm({
  "src/build/tree.ts"() {
    "use strict";
    init_children();
    init_atomic_file();
    init_cmake();
    init_key();
    init_exec();
    init_lock();
    init_child_env();
    TREE_CMAKE_ARGS = ["-DCMAKE_BUILD_RPATH_USE_ORIGIN=ON"];
    STAMP2 = "llama-perf-gate-build.json";
    TAIL = 30;
  }
});

// src/build/range.ts
async function commitRange(repo, good, bad2) {
  const anc = await run("git", ["-C", repo, "merge-base", "--is-ancestor", good, bad2]);
  if (anc.code !== 0) {
    throw new UserError(`--good ${good.slice(0, 12)} is not an ancestor of --bad ${bad2.slice(0, 12)}`, "give the older commit as --good and the newer as --bad, e.g. --good v1.0 --bad main");
  }
  const text = await runOk("git", ["-C", repo, "log", "--first-parent", "--format=%H%x00%s", `${good}..${bad2}`, "--"]);
  const later = text.split("\n").filter((l) => l !== "").map((l) => {
    const [commit, subject2] = l.split("\0");
    return { commit, subject: subject2 ?? "" };
  }).reverse();
  const first = later[0] ? await runOk("git", ["-C", repo, "rev-parse", `${later[0].commit}^`]) : good;
  if (later.length > 0 && first.trim() !== good) {
    throw new UserError(`--good ${good.slice(0, 12)} is not on the first-parent history of --bad ${bad2.slice(0, 12)}`, "give a --good that --bad reaches through first parents (e.g. a commit of the same branch)");
  }
  const subject = (await runOk("git", ["-C", repo, "log", "-1", "--format=%s", good])).trim();
  return [{ commit: good, subject }, ...later];
}
var init_range = __esm({
  "src/build/range.ts"() {
    "use strict";
    init_errors();
    init_exec();
  }
});

// src/pipeline/extend.ts
import { join as join28 } from "node:path";
function extendedLooks(looks, from, to, later = []) {
  const all = [...looks, ...later];
  const beyond = [...new Set(all.filter((l) => l > to))].sort((a, b) => a - b);
  return { looks: [.../* @__PURE__ */ new Set([...all.filter((l) => l < to), to])].sort((a, b) => a - b), ...beyond.length > 0 ? { laterLooks: beyond } : {} };
}
function blocksForMinutes(r, minutes, workloads) {
  const perLaunch = /* @__PURE__ */ new Map();
  for (const l of r.launches) if (!l.warmup) perLaunch.set(l.workload, [...perLaunch.get(l.workload) ?? [], l.wallMs]);
  const blockMs = workloads.reduce((s, w) => {
    const xs = perLaunch.get(w) ?? [];
    return s + 2 * (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  }, 0);
  if (blockMs <= 0) throw new UserError("--minutes needs launch times, and this experiment has none", "use --blocks N");
  return Math.max(1, Math.floor(minutes * 6e4 / blockMs));
}
function continuablePlan(plan2, state, id, log) {
  const horizon = state?.horizon ?? plan2.horizon ?? plan2.maxBlocks;
  if (horizon <= MAX_HORIZON) return plan2;
  if (state && state.looks.length > 0) {
    throw new UserError(`experiment ${id.slice(0, 4)}\u2026 took looks under horizon ${horizon}, past this version's largest (${MAX_HORIZON}): they cannot be replayed`, "start a new experiment");
  }
  log(`experiment ${id.slice(0, 4)}\u2026: its declared horizon ${horizon} is past this version's largest (${MAX_HORIZON}); no look was taken under it, so it continues with horizon ${MAX_HORIZON}`);
  return { ...plan2, horizon: MAX_HORIZON, maxBlocks: Math.min(plan2.maxBlocks, MAX_HORIZON), looks: plan2.looks.filter((l) => l <= MAX_HORIZON), laterLooks: plan2.laterLooks?.filter((l) => l <= MAX_HORIZON) };
}
async function extendExperiment(req, hooks) {
  const log = hooks.log ?? (() => {
  });
  const stopOnSignal = onInterrupt(log);
  try {
    return await withStoreLock(req.storePath, log, () => extendLocked(req, hooks, log));
  } finally {
    stopOnSignal.remove();
  }
}
async function extendLocked(req, hooks, log) {
  const store = ExperimentStore.open(req.storePath);
  let outLock = null;
  try {
    const results3 = store.loadResults(req.id);
    const lastState = store.lastDesignState(req.id);
    const stored = results3.plan = continuablePlan(results3.plan, lastState, req.id, log);
    const from = completeCountedBlocks(results3);
    const { pending, design: design2 } = standing(store, req.id, results3, from, lastState, log);
    if (design2) results3.design = design2;
    if (pending.length === 0) {
      throw new UserError(`experiment ${req.id.slice(0, 4)}\u2026 is decided for every workload at ${from} blocks: more blocks cannot change it`, "start a new experiment to measure again");
    }
    const add2 = req.blocks ?? blocksForMinutes(results3, req.minutes, pending);
    const to = from + add2;
    const horizon = design2?.horizon ?? stored.horizon ?? stored.maxBlocks;
    const plan2 = {
      ...stored,
      horizon,
      repo: req.repo ?? stored.repo,
      models: sameModels(stored.models, req.models),
      out: req.out ?? stored.out,
      maxBlocks: to,
      laterLooks: void 0,
      ...extendedLooks(stored.looks, from, to, stored.laterLooks)
    };
    ensureModels(plan2, log);
    const changed = modelChanges(store.identity(req.id).model, modelsIdentity(plan2.models));
    if (changed.length) {
      throw new UserError(`the models are not the files experiment ${req.id.slice(0, 4)}\u2026 measured: ${changed.join(", ")}`, "extend with the same model files");
    }
    designState({ ...designOf(plan2), nBlocks: to, state: design2 ?? void 0 });
    outLock = await claimOutFor(plan2.out, req.id, { force: req.force, log });
    const host2 = await experimentHost(plan2, log);
    const was = JSON.stringify(hostIdentity(results3.host));
    if (was !== JSON.stringify(hostIdentity(host2))) {
      throw new UserError(`experiment ${req.id.slice(0, 4)}\u2026 was measured on another host (or kernel): ${was}`, "run `more` on the machine that ran the experiment");
    }
    const byCommit = {
      ...plan2,
      variants: plan2.variants.map((v) => ({ ...v, ref: results3.builds.find((b) => b.variant === v.id)?.commit ?? v.ref }))
    };
    const builds = await (hooks.build ?? buildVariants)(byCommit, { cacheDir: hooks.cacheDir, logDir: join28(plan2.out, "logs"), onProgress: hooks.onBuildProgress });
    if (interruptedBy()) {
      results3.stopReason = `interrupted by ${interruptedBy()} during the builds; no block was added`;
      return finishRun(plan2, results3, null, hooks, heldExperiment(plan2.out));
    }
    const failed = builds.filter((b) => !b.ok);
    if (failed.length > 0) throw new UserError(`rebuilding the experiment's commits failed: ${failed.map((b) => `${b.variant} ${b.error ?? ""}`).join("; ")}`);
    results3.builds = builds.map((b, i) => ({ ...b, ref: results3.builds[i]?.ref ?? b.ref }));
    results3.plan = plan2;
    results3.finishedAt = null;
    results3.host = host2;
    const at = (/* @__PURE__ */ new Date()).toISOString();
    store.addSegment(req.id, { kind: "more", at, fromBlocks: from, toBlocks: to });
    results3.notes = [...results3.notes.filter((n) => !n.startsWith("continued: ")), `continued: ${from} \u2192 ${to} blocks (${pending.join(", ")})`];
    results3.experiment = { id: req.id, store: req.storePath, segments: store.segments(req.id) };
    log(`continuing experiment ${req.id.slice(0, 4)}\u2026: ${from} \u2192 ${to} blocks for ${pending.join(", ")}`);
    const session = {
      store,
      id: req.id,
      labels: {
        A: variantLabel(results3.builds[0]?.commit ?? null, plan2.variants[0]),
        B: variantLabel(results3.builds[1]?.commit ?? null, plan2.variants[1])
      },
      resume: { launches: results3.launches, depthLaunches: storedDepthLaunches(results3), schedule: results3.schedule.blocks, active: pending },
      design: design2
    };
    return await runSession(plan2, results3, session, log, hooks);
  } finally {
    store.close();
    await outLock?.release();
  }
}
function sameModels(stored, given) {
  if (!given) return stored;
  const names = (ms2) => ms2.map((m) => m.name).join(",");
  if (names(stored) !== names(given)) throw new UserError(`the experiment measured the models ${names(stored)}, not ${names(given)}`, `give --model with the same models (${names(stored)})`);
  return given;
}
var init_extend = __esm({
  "src/pipeline/extend.ts"() {
    "use strict";
    init_options();
    init_errors();
    init_experiment_store();
    init_llama_bench_table();
    init_build();
    init_guest2();
    init_sequential();
    init_design_replay();
    init_experiment();
    init_run();
    init_signals();
    init_out_dir();
    init_children();
    init_models2();
    init_identity();
  }
});

// src/pipeline/bisect-step.ts
import { existsSync as existsSync16, readFileSync as readFileSync22 } from "node:fs";
import { join as join29 } from "node:path";
import { createHash as createHash9 } from "node:crypto";
async function measureStep(ctx, role, a, b) {
  const out = join29(ctx.out, "steps", planKey(ctx.plan), `${role}-${short4(a)}-${short4(b)}`);
  const done = join29(out, "step.json");
  if (existsSync16(done)) {
    const step2 = { ...JSON.parse(readFileSync22(done, "utf8")), reused: true };
    ctx.log(`${role} ${short4(b)} vs ${short4(a)}: ${describe(step2)} (finished earlier: reused)`);
    return ctx.steps.push(step2) - 1;
  }
  const variant2 = (v, id, commit) => ({ ...v, id, ref: commit, name: short4(commit) });
  const plan2 = {
    ...ctx.plan,
    out,
    compare: "refs",
    // Exactly the two commits: a parent "behind" its child is the point here, not a moved base.
    comparison: { requested: "refs", mode: "refs", fallback: null, baseRef: a, headRef: b, base: a, head: b, branchPoint: null, baseMoved: null, merge: null, a, b },
    variants: [variant2(ctx.plan.variants[0], "A", a), variant2(ctx.plan.variants[0], "B", b)]
  };
  const hooks = { ...ctx.hooks, build: async (p) => p.variants.map((v) => builtOutcome(ctx, v)), ...ctx.deadline === null ? {} : { until: ctx.deadline } };
  ctx.log(`${role} ${short4(b)} vs ${short4(a)}: measuring (${out})`);
  let ran = await runPipeline(plan2, hooks);
  let results3 = ran.results;
  if (interruptedBy()) return null;
  const horizon = results3.design?.horizon ?? results3.plan.horizon ?? results3.plan.maxBlocks;
  const counted = countedBlocksOf(results3);
  const undecided = results3.analysis?.workloads.some((w) => w.verdict === "inconclusive") ?? false;
  if (!ran.timeUp && undecided && counted < horizon && results3.experiment && (ctx.deadline === null || Date.now() < ctx.deadline)) {
    ctx.log(`${role} ${short4(b)} vs ${short4(a)}: undecided at ${counted} blocks; ${horizon - counted} more`);
    ran = await extendExperiment({ storePath: ctx.hooks.store ?? defaultStorePath(ctx.hooks.cacheDir), id: results3.experiment.id, blocks: horizon - counted, out }, hooks);
    results3 = ran.results;
    if (interruptedBy()) return null;
  }
  const step = { ...stepOf(role, a, b, out, results3), ...ran.timeUp ? { cut: true } : {} };
  if (!step.cut) writeFileAtomic(done, JSON.stringify(step, null, 2) + "\n");
  ctx.log(`${role} ${short4(b)} vs ${short4(a)}: ${describe(step)}`);
  return ctx.steps.push(step) - 1;
}
function planKey(p) {
  const v = p.variants[0];
  const what = [p.models.length === 1 ? p.models[0].path : p.models.map((m) => m.path), p.workloads, p.threads, p.levers, p.margin, p.alpha, p.method, p.spending, p.maxBlocks, p.horizon, p.looks, p.warmupBlocks, p.depthSweep, v.cmakeArgs, v.runArgs, v.env];
  return createHash9("sha256").update(JSON.stringify(what)).digest("hex").slice(0, 8);
}
function builtOutcome(ctx, v) {
  const b = ctx.builds.get(v.ref);
  if (!b) throw new Error(`bisect: ${v.ref} was not built before its step`);
  return { ...b.outcome, variant: v.id, ref: v.ref };
}
function describe(s) {
  const r = s.ratio === null ? "\u2014" : s.ratio.toFixed(3);
  const ci = s.ci ? ` [${s.ci[0].toFixed(3)}, ${s.ci[1].toFixed(3)}]` : "";
  return `${s.verdict}, B/A ${r}${ci}${s.workload ? ` ${s.workload}` : ""} after ${s.counted_blocks} blocks${s.cut ? " (time ran out: cut short, resumable)" : ""}`;
}
function stepOf(role, a, b, out, r) {
  const ws = r.analysis?.workloads ?? [];
  const verdict2 = r.analysis ? r.analysis.verdict : "failed";
  const pick = verdict2 === "regression" ? ws.filter((w) => w.verdict === "regression").sort((x, y) => (x.ratio ?? 1) - (y.ratio ?? 1))[0] : verdict2 === "improvement" ? ws.filter((w) => w.verdict === "improvement").sort((x, y) => (y.ratio ?? 1) - (x.ratio ?? 1))[0] : ws[0];
  return {
    role,
    a,
    b,
    out,
    verdict: verdict2,
    experiment: r.experiment?.id ?? null,
    counted_blocks: countedBlocksOf(r),
    workload: pick?.name ?? null,
    ratio: pick?.ratio ?? null,
    ci: pick?.ci ?? null,
    workloads: ws.map((w) => ({ name: w.name, verdict: w.verdict, ratio: w.ratio, ci: w.ci, n: w.n })),
    reused: false
  };
}
var short4;
var init_bisect_step = __esm({
  "src/pipeline/bisect-step.ts"() {
    "use strict";
    init_atomic_file();
    init_design_replay();
    init_experiment_store();
    init_children();
    init_run();
    init_extend();
    short4 = (c) => c.slice(0, 9);
  }
});

// src/pipeline/bisect.ts
import { mkdirSync as mkdirSync10 } from "node:fs";
import { join as join30 } from "node:path";
async function bisect(req, hooks) {
  const t0 = Date.now();
  const log = hooks.log ?? (() => {
  });
  const { plan: plan2 } = req;
  const good = await resolveRef(plan2.repo, req.good);
  const bad2 = await resolveRef(plan2.repo, req.bad);
  if (good === bad2) throw new UserError(`--good and --bad are the same commit (${short4(good)})`, "example: --good v1.0 --bad main");
  const range2 = await commitRange(plan2.repo, good, bad2);
  const toolchain = await detectToolchain(plan2.variants[0].cmakeArgs);
  mkdirSync10(plan2.out, { recursive: true });
  const ctx = { plan: plan2, out: plan2.out, hooks, builds: /* @__PURE__ */ new Map(), steps: [], deadline: req.minutes === null ? null : t0 + req.minutes * 6e4, log };
  const s = { ctx, range: range2, toolchain, req, failed: /* @__PURE__ */ new Map(), exhausted: null, probes: [], culprits: [], unresolved: [] };
  log(`bisect ${short4(good)}..${short4(bad2)}: ${range2.length - 1} commits`);
  let interrupted = false;
  let outcome = "incomplete";
  let summary;
  const ends = [await build2(s, good), await build2(s, bad2)];
  if (interruptedBy()) {
    interrupted = true;
    summary = `interrupted by ${interruptedBy()} while building the ends; run the same command again to resume`;
  } else if (ends.some((b) => !b.outcome.ok)) {
    summary = `the ${ends[0].outcome.ok ? "bad" : "good"} end does not build: ${(ends[0].outcome.ok ? ends[1] : ends[0]).outcome.error}; nothing was measured`;
  } else if (outOfBudget(s, false)) {
    s.exhausted = outOfBudget(s, false);
    summary = `${s.exhausted} while building the ends: nothing was measured (the builds are kept for the next run)`;
  } else {
    const confirm = await measureStep(ctx, "confirm", good, bad2);
    if (confirm === null) {
      interrupted = true;
      summary = "interrupted while confirming good against bad";
    } else if (ctx.steps[confirm].cut && ctx.steps[confirm].verdict !== "regression") {
      s.exhausted = `--minutes ${req.minutes} reached`;
      summary = `${s.exhausted} while confirming ${short4(bad2)} against ${short4(good)} (${describe(ctx.steps[confirm])}): nothing is vouched for; its blocks are in the store and the same command resumes it`;
    } else if (ctx.steps[confirm].verdict !== "regression") {
      const st = ctx.steps[confirm];
      outcome = st.verdict === "inconclusive" || st.verdict === "failed" ? "incomplete" : "not-a-regression";
      summary = `${short4(bad2)} is not a regression against ${short4(good)} at the margin (${st.verdict}, B/A ${st.ratio?.toFixed(3) ?? "\u2014"}): nothing to bisect`;
    } else {
      interrupted = !await narrow(s, confirm);
      if (!interrupted) interrupted = !await verify(s);
      const n = s.culprits.length;
      outcome = n > 0 && s.unresolved.length === 0 && !interrupted ? "culprits" : "incomplete";
      summary = [
        `${short4(bad2)} is a regression against ${short4(good)} (B/A ${ctx.steps[confirm].ratio?.toFixed(3)}): ${n} culprit${n === 1 ? "" : "s"} found`,
        s.unresolved.length ? `${s.unresolved.length} range${s.unresolved.length === 1 ? "" : "s"} not narrowed to one commit` : "",
        interrupted ? "interrupted: run the same command again to resume" : ""
      ].filter(Boolean).join("; ");
    }
  }
  const result = {
    schema: BISECT_SCHEMA,
    repo: plan2.repo,
    good,
    bad: bad2,
    range: range2,
    outcome,
    summary,
    culprits: s.culprits,
    unresolved: s.unresolved,
    skipped: [...s.failed].map(([commit, error]) => ({ commit, error })),
    probes: s.probes,
    steps: ctx.steps,
    builds: [...ctx.builds].map(([commit, b]) => ({ commit, ok: b.outcome.ok, reused: b.outcome.reused, seconds: b.outcome.seconds, compiled: b.compiled })),
    budget: { max_builds: req.maxBuilds, minutes: req.minutes, commits_built: ctx.builds.size, exhausted: s.exhausted },
    counted_blocks: ctx.steps.reduce((n, st) => n + st.counted_blocks, 0),
    wall_seconds: (Date.now() - t0) / 1e3
  };
  const [jsonPath, reportPath, htmlPath] = ["bisect.json", "report.md", "report.html"].map((f2) => join30(plan2.out, f2));
  writeFileAtomic(jsonPath, JSON.stringify(result, null, 2) + "\n");
  writeFileAtomic(reportPath, renderBisectMarkdown(result));
  writeFileAtomic(htmlPath, renderBisectHtml(result));
  return { result, jsonPath, reportPath, htmlPath, interrupted };
}
async function build2(s, commit) {
  const have = s.ctx.builds.get(commit);
  if (have) return have;
  const hooks = s.ctx.hooks;
  const guard = onInterrupt(s.ctx.log);
  const b = await buildInTree({
    repo: s.ctx.plan.repo,
    commit,
    cmakeArgs: s.ctx.plan.variants[0].cmakeArgs,
    toolchain: s.toolchain,
    cacheDir: hooks.cacheDir,
    logPath: join30(s.ctx.out, "logs", `build-${short4(commit)}.log`),
    onLine: (phase, line) => hooks.onBuildProgress?.({ variant: "A", phase, line }),
    log: s.ctx.log
  }).finally(() => guard.remove());
  if (interruptedBy()) return b;
  s.ctx.builds.set(commit, b);
  if (!b.outcome.ok) s.failed.set(commit, b.outcome.error ?? "build failed");
  s.ctx.log(`build ${short4(commit)}: ${b.outcome.ok ? b.outcome.reused ? "reused" : `${Math.round(b.outcome.seconds)} s, ${b.compiled ?? "?"} translation units compiled` : `FAILED (${b.outcome.error}), skipped`}`);
  return b;
}
function outOfBudget(s, needsBuild) {
  const { maxBuilds, minutes } = s.req;
  if (s.ctx.deadline !== null && Date.now() >= s.ctx.deadline) return `--minutes ${minutes} reached`;
  if (needsBuild && maxBuilds !== null && s.ctx.builds.size >= maxBuilds) return `--max-builds ${maxBuilds} reached`;
  return null;
}
async function probeCommit(s, lo, hi) {
  const mid = (lo + hi) / 2;
  const inside = Array.from({ length: hi - lo - 1 }, (_, i) => lo + 1 + i).sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid) || x - y);
  for (const i of inside) {
    const c = s.range[i].commit;
    if (s.failed.has(c)) continue;
    const why = outOfBudget(s, !s.ctx.builds.has(c));
    if (why) {
      s.exhausted ??= why;
      return "budget";
    }
    const b = await build2(s, c);
    if (interruptedBy()) return "interrupted";
    if (b.outcome.ok) return i;
  }
  return "none";
}
async function narrow(s, confirm) {
  const queue = [{ lo: 0, hi: s.range.length - 1, step: confirm }];
  const c = (i) => s.range[i].commit;
  while (queue.length > 0) {
    const { lo, hi, step } = queue.shift();
    if (hi - lo === 1) {
      const st = s.ctx.steps[step];
      s.culprits.push({ commit: c(hi), subject: s.range[hi].subject, parent: c(lo), workload: st.workload, ratio: st.ratio, ci: st.ci, regressed: regressedAt(st), verified: null, verify: null });
      continue;
    }
    const m = await probeCommit(s, lo, hi);
    if (m === "interrupted") return false;
    if (m === "budget" || m === "none") {
      const skipped = s.range.slice(lo + 1, hi).filter((x) => s.failed.has(x.commit)).map((x) => short4(x.commit));
      s.unresolved.push({ from: c(lo), to: c(hi), why: m === "budget" ? `budget ran out (${s.exhausted})` : `the commits between do not build (${skipped.join(", ")}): the culprit is one of them or ${short4(c(hi))}` });
      continue;
    }
    if (outOfBudget(s, false)) {
      s.exhausted ??= outOfBudget(s, false);
      s.unresolved.push({ from: c(lo), to: c(hi), why: `budget ran out (${s.exhausted})` });
      continue;
    }
    const left = await measureStep(s.ctx, "probe", c(lo), c(m));
    if (left === null) return false;
    if (s.ctx.steps[left].cut) {
      s.exhausted ??= outOfBudget(s, false) ?? `--minutes ${s.req.minutes} reached`;
      const called = s.ctx.steps[left].verdict === "regression";
      s.unresolved.push({ from: c(lo), to: c(called ? m : hi), why: `budget ran out (${s.exhausted}) while probing ${short4(c(m))} after ${s.ctx.steps[left].counted_blocks} blocks; the same command resumes it` });
      continue;
    }
    const right = await measureStep(s.ctx, "probe", c(m), c(hi));
    if (right === null) return false;
    const [l, r] = [s.ctx.steps[left].verdict, s.ctx.steps[right].verdict];
    const cls = l === "regression" && r === "regression" ? "in-between" : l === "regression" && r === "neutral" ? "like-bad" : l === "neutral" && r === "regression" ? "like-good" : "undecided";
    s.probes.push({ commit: c(m), vs_low: left, vs_high: right, class: cls });
    s.ctx.log(`probe ${short4(c(m))}: ${cls}`);
    if (l === "regression") queue.push({ lo, hi: m, step: left });
    if (r === "regression") queue.push({ lo: m, hi, step: right });
    const open2 = (v) => v !== "regression" && v !== "neutral" && v !== "improvement";
    if (l !== "regression" && r !== "regression") {
      s.unresolved.push({ from: c(lo), to: c(hi), why: s.ctx.steps[right].cut ? `budget ran out (--minutes ${s.req.minutes} reached) while probing ${short4(c(m))} against ${short4(c(hi))} after ${s.ctx.steps[right].counted_blocks} blocks; the same command resumes it` : open2(l) || open2(r) ? `probe ${short4(c(m))} undecided (${l} against ${short4(c(lo))}, ${r} against ${short4(c(hi))})` : `neither half is a regression at the margin (${short4(c(m))}: ${l} against ${short4(c(lo))}, ${r} against ${short4(c(hi))}): the slowdown is spread over several commits` });
    } else {
      if (open2(l)) s.unresolved.push({ from: c(lo), to: c(m), why: `may hold another culprit: ${l} after ${s.ctx.steps[left].counted_blocks} blocks` });
      if (open2(r)) s.unresolved.push({ from: c(m), to: c(hi), why: `may hold another culprit: ${r} after ${s.ctx.steps[right].counted_blocks} blocks${s.ctx.steps[right].cut ? ` (budget ran out: --minutes ${s.req.minutes} reached)` : ""}` });
    }
  }
  return true;
}
function regressedAt(st) {
  return st.workloads.filter((w) => w.verdict === "regression").sort((x, y) => (x.ratio ?? 1) - (y.ratio ?? 1)).map(({ name, ratio, ci }) => ({ name, ratio, ci }));
}
async function verify(s) {
  for (const k of s.culprits) {
    const why = outOfBudget(s, false);
    if (why) {
      s.exhausted ??= why;
      continue;
    }
    const i = await measureStep(s.ctx, "verify", k.commit, k.parent);
    if (i === null) return false;
    const st = s.ctx.steps[i];
    k.verify = { verdict: st.verdict, ratio: st.ratio === null ? null : 1 / st.ratio, ci: st.ci ? [1 / st.ci[1], 1 / st.ci[0]] : null };
    k.verified = st.verdict === "improvement" ? true : st.cut ? null : false;
    if (st.cut) s.exhausted ??= `--minutes ${s.req.minutes} reached`;
  }
  return true;
}
var init_bisect2 = __esm({
  "src/pipeline/bisect.ts"() {
    "use strict";
    init_atomic_file();
    init_bisect();
    init_tree();
    init_range();
    init_toolchain();
    init_git();
    init_errors();
    init_bisect_step();
    init_signals();
    init_children();
  }
});

// src/cli/bisect.ts
var bisect_exports = {};
__export(bisect_exports, {
  bisectCommand: () => bisectCommand,
  runArgvOf: () => runArgvOf
});
function runArgvOf(argv) {
  const { values } = parseCommandArgs("bisect", argv);
  const o = new OptionValues("bisect", values);
  const good = o.str("good");
  const bad2 = o.str("bad");
  if (!good) throw new UserError("--good is required: the last commit known fast", "example: --good v1.0 --bad main");
  if (!bad2) throw new UserError("--bad is required: a later commit that is slower", "example: --good v1.0 --bad main");
  const runArgv = ["--base", good, "--head", bad2, "--base-name", "good", "--head-name", "bad"];
  for (const spec of OPTIONS.filter((s) => s.commands.includes("bisect") && s.commands.includes("run"))) {
    const v = values[spec.name];
    if (v === void 0 || v === false) continue;
    if (v === true) runArgv.push(`--${spec.name}`);
    else for (const x of Array.isArray(v) ? v : [v]) runArgv.push(`--${spec.name}=${x}`);
  }
  for (const [flag, side2] of Object.entries(EVERY_COMMIT)) {
    for (const x of o.list(flag)) runArgv.push(`--base-${side2}=${x}`, `--head-${side2}=${x}`);
  }
  return { runArgv, good, bad: bad2, maxBuilds: o.has("max-builds") ? o.num("max-builds") : null, minutes: o.optNum("minutes") ?? null };
}
async function bisectCommand(argv) {
  const { runArgv, good, bad: bad2, maxBuilds, minutes } = runArgvOf(argv);
  const plan2 = planFromArgs(runArgv);
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await bisect({ plan: plan2, good, bad: bad2, maxBuilds, minutes }, {
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
var EVERY_COMMIT;
var init_bisect3 = __esm({
  "src/cli/bisect.ts"() {
    "use strict";
    init_options();
    init_option_values();
    init_from_args();
    init_errors();
    init_bisect2();
    init_bisect();
    init_cache_dir();
    init_children();
    init_policy();
    init_progress2();
    init_experiments();
    EVERY_COMMIT = { cmake: "cmake", arg: "arg", env: "env" };
  }
});

// src/cli/more.ts
var more_exports = {};
__export(more_exports, {
  moreCommand: () => moreCommand
});
import { resolve as resolve5 } from "node:path";
async function moreCommand(argv) {
  const o = new OptionValues("more", parseCommandArgs("more", argv).values);
  if (o.has("blocks") && o.has("minutes")) throw new UserError("give --blocks or --minutes, not both", "example: more --blocks 20");
  if (o.has("out") && o.has("experiment")) throw new UserError("give --out or --experiment, not both", "example: more --out perf-out --blocks 20");
  const minutes = o.optNum("minutes");
  const blocks = minutes === void 0 ? o.num("blocks") : void 0;
  const values = { store: o.str("store"), experiment: o.has("experiment") ? o.str("experiment") : void 0, out: o.has("out") ? o.str("out") : void 0 };
  const path11 = storePath(values.store);
  const store = openExisting(path11);
  let id;
  try {
    if (values.experiment !== void 0) id = store.resolveId(values.experiment);
    else {
      const out2 = resolve5(values.out ?? "perf-out");
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
    out = await extendExperiment({ storePath: path11, id, blocks, minutes, out: values.out ? resolve5(values.out) : void 0 }, {
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
var init_more = __esm({
  "src/cli/more.ts"() {
    "use strict";
    init_errors();
    init_option_values();
    init_extend();
    init_out_dir();
    init_cache_dir();
    init_report();
    init_children();
    init_progress2();
    init_experiments();
    init_run2();
  }
});

// src/report/history.ts
function noHistoryLine(host2) {
  return `no measured experiments on ${host2 === null ? "any host" : `this host (${host2})`} in the store`;
}
function renderHistory(rows2, host2) {
  const out = [`variant A (base) throughput per experiment on ${host2 === null ? "every host" : host2}: median t/s of its launches`];
  for (const w of [...new Set(rows2.map((r) => r.workload))]) {
    out.push(`
${w}`);
    out.push(`  ${"date".padEnd(16)}  ${"experiment".padEnd(12)}  ${"A build".padEnd(12)}  ${"t/s".padStart(10)}  ${"n".padStart(4)}  ${"vs prev".padStart(8)}`);
    for (const r of rows2.filter((x) => x.workload === w)) {
      const change = r.change === null ? "" : `${r.change >= 0 ? "+" : ""}${(r.change * 100).toFixed(1)}%`;
      out.push(`  ${r.at.slice(0, 16).replace("T", " ")}  ${r.id.padEnd(12)}  ${r.label.padEnd(12)}  ${r.median.toFixed(2).padStart(10)}  ${String(r.n).padStart(4)}  ${change.padStart(8)}`);
      if (r.moved.length > 0) out.push(`    ! baseline moved: the host changed (${r.moved.join("; ")}); a difference here is the machine, not the code`);
      if (r.model.length > 0) out.push(`    ! model changed: ${r.model.join("; ")}; a difference here may be the model, not the code`);
      if (r.reclaim.length > 0) out.push(`    ! reclaim changed: ${r.reclaim.join("; ")}; a mapped model evicted between launches is slower for that alone`);
    }
  }
  const unrecorded = [...new Set(rows2.filter((r) => !r.reclaimRecorded).map((r) => r.id))];
  if (unrecorded.length > 0) {
    out.push(`
reclaim: the store has no DAMON state for ${unrecorded.length} experiment(s) (${unrecorded.join(", ")}: stored before it was read); their reclaim changes are judged by mapping and major faults only`);
  }
  return out.join("\n");
}
var init_history = __esm({
  "src/report/history.ts"() {
    "use strict";
  }
});

// src/cli/history-flags.ts
import { median as median6 } from "simple-statistics";
function modelState(e, identity, workload, launches) {
  const name = e.header.plan.workloads.find((w) => w.id === workload)?.model;
  const m = identity.model;
  const file = Array.isArray(m) ? m.find((x) => x.name === name)?.file ?? null : m;
  const faults = launches.filter((l) => l.variant === "A" && l.workload === workload && !l.warmup && l.status === "ok" && l.memory).map((l) => l.memory.majorFaults);
  const pr = e.header.host?.proactiveReclaim;
  return {
    content: file ? JSON.stringify(file) : null,
    reclaim: pr === void 0 ? void 0 : pr?.active ?? null,
    mapped: !e.header.plan.levers.noMmap,
    majorFaults: faults.length ? median6(faults) : null
  };
}
function modelFlags(a, b) {
  const out = [];
  if (a.content && b.content && a.content !== b.content) out.push("the model is another file (size or header hash differ)");
  return out;
}
function reclaimFlags(a, b) {
  const out = [];
  const word = (x) => x === null ? "unknown" : x ? "on" : "off";
  if (a.reclaim !== void 0 && b.reclaim !== void 0 && a.reclaim !== b.reclaim) out.push(`proactive reclaim (DAMON pageout) ${word(a.reclaim)} \u2192 ${word(b.reclaim)}`);
  if (a.mapped !== b.mapped) out.push(`model ${a.mapped ? "mapped" : "read (--no-mmap)"} \u2192 ${b.mapped ? "mapped" : "read (--no-mmap)"}`);
  if (a.majorFaults !== null && b.majorFaults !== null) {
    const [lo, hi] = [Math.min(a.majorFaults, b.majorFaults), Math.max(a.majorFaults, b.majorFaults)];
    if (hi >= FAULTS_READ && hi >= 10 * (lo + 1)) out.push(`major faults per launch ${Math.round(a.majorFaults)} \u2192 ${Math.round(b.majorFaults)} (model pages ${b.majorFaults > a.majorFaults ? "now" : "no longer"} read from disk at each launch)`);
  }
  return out;
}
var FAULTS_READ;
var init_history_flags = __esm({
  "src/cli/history-flags.ts"() {
    "use strict";
    FAULTS_READ = 100;
  }
});

// src/cli/history.ts
var history_exports = {};
__export(history_exports, {
  historyCommand: () => historyCommand,
  hostChanges: () => hostChanges
});
import { hostname as hostname3 } from "node:os";
import { median as median7 } from "simple-statistics";
function hostChanges(a, b) {
  if (!a || !b) return [];
  const out = HOST_FIELDS.filter(([k]) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map(([k, name]) => `${name} ${String(a[k])} \u2192 ${String(b[k])}`);
  if (a.numaNodes.length !== b.numaNodes.length) out.push(`NUMA nodes ${a.numaNodes.length} \u2192 ${b.numaNodes.length}`);
  return out;
}
async function historyCommand(argv) {
  const o = new OptionValues("history", parseCommandArgs("history", argv).values);
  const values = { workload: o.str("workload"), store: o.str("store"), "all-hosts": o.bool("all-hosts") };
  const store = openExisting(storePath(values.store));
  const here = hostname3();
  const rows2 = [];
  try {
    const experiments = store.list().filter((e) => values["all-hosts"] || (e.header.host?.hostname ?? here) === here);
    const all = [...new Set(experiments.flatMap((e) => e.header.plan.workloads.map((w) => w.id)))];
    const workloads = values.workload ? all.filter((id) => id === values.workload || id.endsWith(`/${values.workload}`)) : all;
    if (values.workload && workloads.length === 0) {
      throw new UserError(`no stored experiment on this host has workload ${values.workload}`, `example: --workload ${experiments[0]?.header.plan.workloads[0]?.id ?? "tg128"}`);
    }
    const launches = /* @__PURE__ */ new Map();
    const launchesOf = (id) => launches.get(id) ?? launches.set(id, store.launches(id)).get(id);
    for (const w of workloads) {
      let prev = null;
      let prevRow = null;
      for (const e of experiments) {
        const xs = store.values(e.id, "A", w);
        if (xs.length === 0) continue;
        const m = median7(xs);
        const state = modelState(e, store.identity(e.id), w, launchesOf(e.id));
        const moved2 = prev ? hostChanges(prev.e.header.host, e.header.host) : [];
        const change = prevRow && prevRow.label === e.labels[0] ? m / prevRow.median - 1 : null;
        const row2 = {
          id: e.id,
          at: e.createdAt,
          workload: w,
          label: e.labels[0],
          median: m,
          n: xs.length,
          change,
          moved: moved2,
          model: prev ? modelFlags(prev.state, state) : [],
          reclaim: prev ? reclaimFlags(prev.state, state) : [],
          reclaimRecorded: state.reclaim !== void 0
        };
        rows2.push(row2);
        prev = { e, state };
        prevRow = row2;
      }
    }
  } finally {
    store.close();
  }
  const scope = values["all-hosts"] ? null : here;
  console.log(rows2.length === 0 ? noHistoryLine(scope) : renderHistory(rows2, scope));
  console.log(`
${renderQualificationHistory(readQualifications(defaultCacheDir(), readFingerprint("/")))}`);
  return 0;
}
var HOST_FIELDS;
var init_history2 = __esm({
  "src/cli/history.ts"() {
    "use strict";
    init_option_values();
    init_errors();
    init_experiments();
    init_history();
    init_fingerprint();
    init_qualification();
    init_qualify3();
    init_cache_dir();
    init_history_flags();
    HOST_FIELDS = [
      ["cpuModel", "CPU"],
      ["sockets", "sockets"],
      ["coresPerSocket", "cores per socket"],
      ["threadsPerCore", "threads per core"],
      ["logicalCpus", "logical CPUs"],
      ["kernel", "kernel"],
      ["governor", "governor"],
      ["thpMode", "THP"],
      ["boost", "boost"],
      ["numaBalancing", "numa_balancing"]
    ];
  }
});

// src/pipeline/fleet-files.ts
import { glob, stat as stat5 } from "node:fs/promises";
import { basename as basename5, dirname as dirname7, join as join31, relative, resolve as resolve6, sep } from "node:path";
function globBase(entry, cwd) {
  const segs = entry.split("/");
  const i = segs.findIndex((s) => GLOB.test(s));
  return resolve6(cwd, segs.slice(0, i).join("/") || ".");
}
function machineOf(path11, base2) {
  if (base2 === null) return basename5(path11) === "results.json" ? basename5(dirname7(path11)) : basename5(path11).replace(/\.json$/i, "");
  const parts = relative(base2, path11).split(sep);
  return parts.length > 1 ? parts[0] : basename5(base2);
}
async function expandResultsInputs(entries, cwd) {
  const found = /* @__PURE__ */ new Map();
  const add2 = (path11, machine) => {
    if (!found.has(path11)) found.set(path11, machine);
  };
  for (const entry of entries) {
    const abs = resolve6(cwd, entry);
    if (GLOB.test(entry)) {
      const base2 = globBase(entry, cwd);
      for await (const p of glob(entry, { cwd })) add2(resolve6(cwd, p), machineOf(resolve6(cwd, p), base2));
      continue;
    }
    let st;
    try {
      st = await stat5(abs);
    } catch {
      throw new UserError(`results entry "${entry}" does not exist (resolved to ${abs})`, "list results.json files, directories holding them, or globs such as artifacts/*/results.json");
    }
    if (st.isDirectory()) {
      for await (const p of glob("**/results.json", { cwd: abs })) add2(join31(abs, p), machineOf(join31(abs, p), abs));
    } else {
      add2(abs, machineOf(abs, null));
    }
  }
  return [...found].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([path11, machine]) => ({ path: path11, machine }));
}
function claimsOf(files) {
  const claims = /* @__PURE__ */ new Map();
  for (const f2 of files) claims.set(f2.machine, [...claims.get(f2.machine) ?? [], f2.path]);
  return claims;
}
function impersonated(r, machine, fleet) {
  const host2 = r.host?.hostname?.trim().toLowerCase();
  if (!host2) return null;
  const names = /* @__PURE__ */ new Set([host2, host2.split(".")[0]]);
  for (const other of fleet) {
    if (other.toLowerCase() !== machine.toLowerCase() && names.has(other.toLowerCase())) return other;
  }
  return null;
}
var GLOB;
var init_fleet_files = __esm({
  "src/pipeline/fleet-files.ts"() {
    "use strict";
    init_errors();
    GLOB = /[*?[{]/;
  }
});

// src/pipeline/fleet.ts
import { mkdir as mkdir6 } from "node:fs/promises";
import { dirname as dirname8, relative as relative2 } from "node:path";
async function loadFleet(entries, cwd, expected = [], design2) {
  const files = await expandResultsInputs(entries, cwd);
  if (files.length === 0 && expected.length === 0) {
    throw new UserError(`no results.json found in: ${entries.join(", ")}`, "did every matrix job upload its artifact, and did download-artifact put them under that path?");
  }
  if (files.length > MAX_MACHINES) throw new UserError(`${files.length} results files found; the fleet limit is ${MAX_MACHINES}`);
  const claims = claimsOf(files);
  const fleetNames = [.../* @__PURE__ */ new Set([...expected, ...claims.keys()])];
  const machines = [];
  const problems = [];
  for (const [name, paths] of claims) {
    if (paths.length > 1) {
      problems.push({ text: `${paths.length} results files stand for ${name} (${paths.map((p2) => relative2(cwd, p2)).join(", ")}): one machine sends one file, so none of them is counted`, outcome: "failed" });
      continue;
    }
    const [p] = paths;
    const subject = `results.json from ${name}`;
    try {
      const results3 = await readTrustedResults(p);
      const other = impersonated(results3, name, fleetNames);
      const refused = other !== null ? { text: `${subject} names its host ${results3.host.hostname}, which is ${other}: a file stands for the machine whose artifact it came in, so it is not counted for either`, outcome: "failed" } : design2 && designMismatch(results3, design2, subject);
      if (refused) problems.push(refused);
      else machines.push({ label: name, source: p, results: results3 });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push({ text: `no results from ${name}: ${e.message}`, outcome: "incomplete" });
    }
  }
  for (const name of expected) {
    if (!claims.has(name)) problems.push({ text: `no results from ${name}: no results.json for it under ${entries.join(", ")} (the job failed, was cancelled, or uploaded nothing)`, outcome: "incomplete" });
  }
  problems.push(...commitProblems(machines));
  return { machines, problems };
}
function designMismatch(r, design2, subject) {
  if (r.launches.length === 0) return null;
  const file = designOf(r.plan);
  const taken = looksTaken(r);
  const last = design2.looks[design2.looks.length - 1];
  const looksAgree = taken.filter((l) => l <= last).join() === design2.looks.join() && taken.every((l) => l <= last || l <= design2.horizon);
  const parts = [
    ["margin", file.margin, design2.margin, file.margin === design2.margin],
    ["alpha", file.alpha, design2.alpha, file.alpha === design2.alpha],
    ["method", file.method, design2.method, file.method === design2.method],
    ["spending", file.spending ?? DEFAULT_SPENDING, design2.spending ?? DEFAULT_SPENDING, (file.spending ?? DEFAULT_SPENDING) === (design2.spending ?? DEFAULT_SPENDING)],
    ["horizon", file.horizon, design2.horizon, file.horizon === design2.horizon],
    ["looks", file.looks.join(","), design2.looks.join(","), looksAgree]
  ];
  const differ = parts.filter(([, , , same]) => !same);
  if (differ.length === 0) return null;
  const one = differ.length === 1;
  const theirs = differ.map(([k, v]) => `${k} ${v}`).join(", ");
  const ours = differ.map(([k, , v]) => one ? `${v}` : `${k} ${v}`).join(", ");
  const inputs = [...new Set(differ.flatMap(([k]) => DESIGN_INPUTS[k]))];
  const rule = Object.entries(ruleInputs(r, differ.map(([k]) => k))).map(([k, v]) => `\`${k}: ${v}\``);
  return {
    text: `${subject} was decided with ${theirs}; this workflow declares ${ours}: a results file cannot choose its own ${differ.map(([k]) => k).join(", ")} (set the same ${inputs.map((i) => `\`${i}\``).join(", ")} input${inputs.length > 1 ? "s" : ""} on both jobs; ${rule.join(", ")} reproduce${rule.length > 1 ? "" : "s"} this file's rule)`,
    outcome: "failed"
  };
}
function looksTaken(r) {
  const d = designOf(r.plan);
  const reach = Math.max(r.plan.maxBlocks, countedBlocksOf(r));
  return [...new Set([...d.looks, d.horizon].filter((l) => l <= reach))].sort((a, b) => a - b);
}
function ruleInputs(r, parts) {
  const file = designOf(r.plan);
  const out = {};
  for (const k of ["margin", "alpha", "method", "spending"]) if (parts.includes(k)) out[k] = String(file[k] ?? DEFAULT_SPENDING);
  if (parts.includes("horizon") || parts.includes("looks")) {
    const max = r.plan.maxBlocks;
    out["max-blocks"] = String(max);
    if (file.horizon !== defaultHorizon(max)) out.horizon = String(file.horizon);
    const looks = looksTaken(r).filter((l) => l <= max);
    if (looks.join() !== looksFor(max).join()) out.looks = looks.filter((l) => l < max).join(",") || String(max);
  }
  return out;
}
function commitProblems(machines) {
  const out = [];
  for (const v of ["B", "A"]) {
    const by = /* @__PURE__ */ new Map();
    for (const m of machines) {
      const c = m.results.builds.find((b) => b.variant === v)?.commit ?? "(unknown)";
      by.set(c, [...by.get(c) ?? [], m.label]);
    }
    if (by.size > 1) {
      const list = [...by].map(([c, ms2]) => `${c.slice(0, 12)} on ${ms2.join(", ")}`).join("; ");
      out.push({ text: `the machines measured different ${v} commits (${list}): their results do not compare`, outcome: "failed" });
    }
  }
  return out;
}
async function writeAggregate(path11, fleet) {
  await mkdir6(dirname8(path11), { recursive: true });
  const doc = {
    schema: AGGREGATE_SCHEMA,
    machines: fleet.machines.map((m) => ({ label: m.label, source: m.source, results: m.results })),
    problems: fleet.problems
  };
  writeFileAtomic(path11, JSON.stringify(doc, null, 2) + "\n");
}
var AGGREGATE_SCHEMA, MAX_MACHINES, DESIGN_INPUTS;
var init_fleet2 = __esm({
  "src/pipeline/fleet.ts"() {
    "use strict";
    init_errors();
    init_atomic_file();
    init_read_results2();
    init_design_replay();
    init_decision_rule();
    init_spending();
    init_fleet_files();
    AGGREGATE_SCHEMA = "llama-perf-gate/aggregate@1";
    MAX_MACHINES = 64;
    DESIGN_INPUTS = {
      margin: ["margin"],
      alpha: ["alpha"],
      method: ["method"],
      spending: ["spending"],
      horizon: ["max-blocks", "horizon"],
      looks: ["max-blocks", "looks"]
    };
  }
});

// src/cli/aggregate.ts
var aggregate_exports = {};
__export(aggregate_exports, {
  aggregateCommand: () => aggregateCommand
});
import { statSync as statSync13 } from "node:fs";
import { join as join32, resolve as resolve7 } from "node:path";
async function aggregateCommand(argv, print = (t) => void process.stdout.write(t)) {
  const { values, positionals } = parseCommandArgs("aggregate", argv, { positionals: true });
  const o = new OptionValues("aggregate", values);
  if (positionals.length === 0) {
    throw new UserError("aggregate: no results given", "example: llama-perf-gate aggregate --out fleet artifacts/*/results.json");
  }
  const out = resolve7(o.str("out"));
  checkOutDir("--out", out, "perf-fleet");
  const template = o.str("template");
  if (template !== void 0 && !statSync13(template, { throwIfNoEntry: false })?.isFile()) {
    throw new UserError(`--template ${template} is not a readable file`, "example: --template my-report.md.hbs (see templates/README.md)");
  }
  const expected = (o.str("expected-machines") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const fleet = await loadFleet(positionals, process.cwd(), expected).catch((e) => {
    throw withExample(e, "llama-perf-gate aggregate --out perf-fleet machine1/results.json machine2/results.json");
  });
  const results3 = fleet.machines.map((m) => m.results);
  const labels = fleet.machines.map((m) => m.label);
  await writeAggregate(join32(out, "aggregate.json"), fleet);
  const model = buildReportModel(results3, { labels, problems: fleet.problems });
  writeFileAtomic(join32(out, "report.md"), renderMarkdown(model, { templatePath: template }));
  writeFileAtomic(join32(out, "report.html"), renderHtml(model));
  if (results3.length > 0) print(renderTerminal(model) + "\n");
  for (const p of fleet.problems) print(`${p.outcome ?? "note"}: ${p.text}
`);
  const overall = asGateOutcome(model.overall);
  print(`overall: ${overall}; wrote ${join32(out, "aggregate.json")}, ${join32(out, "report.md")} and ${join32(out, "report.html")}
`);
  return exitCodeFor(overall);
}
var init_aggregate = __esm({
  "src/cli/aggregate.ts"() {
    "use strict";
    init_errors();
    init_atomic_file();
    init_option_values();
    init_paths();
    init_fleet2();
    init_policy();
    init_report();
  }
});

// src/cli/main.ts
init_errors();
init_option_text();
init_option_values();
var COMMANDS = {
  run: { about: "build base and head, benchmark them interleaved, decide", usage: "llama-perf-gate run --repo DIR --base REF [--head REF] --model FILE [options]", example: "llama-perf-gate run --repo ../llama.cpp --base main --head pr-290 --model model.gguf --workloads pp512,tg128 --out perf-out", load: async () => (await Promise.resolve().then(() => (init_run2(), run_exports))).runCommand },
  demo: { about: "the embedded default: bundled llama.cpp vs the mmap-KV patch (npm start); any run flag overrides", usage: "llama-perf-gate demo [run options]", example: "llama-perf-gate demo --max-blocks 20 --workloads tg128@d4096", load: async () => (await Promise.resolve().then(() => (init_demo(), demo_exports))).demoCommand },
  analyze: { about: "decide from results.json or from raw llama-bench outputs", usage: "llama-perf-gate analyze perf-out/results.json [options]  |  analyze --base a1.json a2.json --head b1.json b2.json [options]", example: "llama-perf-gate analyze perf-out/results.json --margin 0.02 --format json", load: async () => (await Promise.resolve().then(() => (init_analyze2(), analyze_exports))).analyzeCommand },
  calibrate: { about: "A/A run of the base against itself: this host's noise, quoted by later reports", usage: "llama-perf-gate calibrate --repo DIR --base REF --model FILE [run options]", example: "llama-perf-gate calibrate --repo ../ik_llama.cpp --base main --model model.gguf --workloads pp512,tg128 --max-blocks 10", load: async () => (await Promise.resolve().then(() => (init_calibrate(), calibrate_exports))).calibrateCommand },
  qualify: { about: "qualify this runner: A/A\u2032 of two builds of the base and A/A+k with an injected slowdown; quoted by later reports", usage: "llama-perf-gate qualify [--repo DIR --base REF --model FILE] [--slowdown 0.03] [run options]  (no --repo: the demo's, as after npm start)", example: "llama-perf-gate qualify --repo ../llama.cpp --base master --model model.gguf --workloads pp512,tg128 --max-blocks 10", load: async () => (await Promise.resolve().then(() => (init_qualify4(), qualify_exports))).qualifyCommand },
  probe: { about: "model-free A/B of heap vs mmap KV buffers on this host", usage: "llama-perf-gate probe [options]", example: "llama-perf-gate probe --kv-mib 512 --fill 0.25 --threads 2", load: async () => (await Promise.resolve().then(() => (init_probe2(), probe_exports))).probeCommand },
  model: { about: "write a synthetic GGUF model", usage: "llama-perf-gate model --out FILE [options]", example: "llama-perf-gate model --out model.gguf --embd 512 --layers 8", load: async () => (await Promise.resolve().then(() => (init_model2(), model_exports))).modelCommand },
  bisect: { about: "find the commits between good and bad that made it slower, each verified against its parent", usage: "llama-perf-gate bisect --repo DIR --good REF --bad REF --model FILE [run options] [--max-builds N] [--minutes M]", example: "llama-perf-gate bisect --repo ../llama.cpp --good b4000 --bad master --model model.gguf --workloads tg128 --out bisect-out", load: async () => (await Promise.resolve().then(() => (init_bisect3(), bisect_exports))).bisectCommand },
  experiments: { about: "list the experiments in the experiment store", usage: "llama-perf-gate experiments [--store PATH]", example: "llama-perf-gate experiments", load: async () => (await Promise.resolve().then(() => (init_experiments(), experiments_exports))).experimentsCommand },
  more: { about: "add blocks to an experiment and decide again (up to its horizon)", usage: "llama-perf-gate more [--out DIR | --experiment ID] [--blocks N | --minutes M] [--store PATH]", example: "llama-perf-gate more --out perf-out --blocks 20", load: async () => (await Promise.resolve().then(() => (init_more(), more_exports))).moreCommand },
  history: { about: "base throughput across experiments on this host; flags a moved baseline", usage: "llama-perf-gate history [--workload NAME] [--store PATH] [--all-hosts]", example: "llama-perf-gate history --workload tg128", load: async () => (await Promise.resolve().then(() => (init_history2(), history_exports))).historyCommand },
  aggregate: { about: "merge several machines' results.json into one report (fleet)", usage: "llama-perf-gate aggregate [--out DIR] [--template FILE] PATH...", example: "llama-perf-gate aggregate --out perf-fleet artifacts/*/results.json", load: async () => (await Promise.resolve().then(() => (init_aggregate(), aggregate_exports))).aggregateCommand }
};
function usage() {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.about}`);
  return `usage: llama-perf-gate <command> [flags]

commands:
${lines.join("\n")}

llama-perf-gate <command> --help lists a command's flags.
`;
}
function wantsHelp(argv) {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) throw new UserError(`unknown command "${name}"`, `commands: ${Object.keys(COMMANDS).join(", ")}; example: llama-perf-gate run --help`);
  if (wantsHelp(rest)) {
    process.stdout.write(helpText(name === "demo" || name === "calibrate" ? "run" : name, cmd));
    if (name === "qualify") process.stdout.write("\nand the run flags (llama-perf-gate run --help), but for --head*, --base-slowdown and --compare\n");
    return 0;
  }
  try {
    return await (await cmd.load())(rest);
  } catch (e) {
    throw parseArgsError(name === "demo" || name === "calibrate" || name === "qualify" ? "run" : name, e);
  }
}
function reportError(e) {
  const err = asEnvironmentError(e);
  if (!(err instanceof UserError)) return null;
  return { lines: [`error: ${err.message}`, ...err.hint ? [err.hint] : []], code: err.exitCode };
}
if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    const r = reportError(e);
    if (!r) throw e;
    for (const l of r.lines) console.error(l);
    process.exitCode = r.code;
  }
}
export {
  main,
  reportError
};
