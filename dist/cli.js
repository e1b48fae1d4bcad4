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

// src/errors.ts
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
  const path10 = err.path ?? err.dest ?? "(unknown path)";
  return new EnvironmentError(`cannot ${err.syscall ?? "write"} ${path10}: ${fix[0]} (${code2})`, fix[1]);
}
var UserError, ENVIRONMENT_EXIT, EnvironmentError, FIXES;
var init_errors = __esm({
  "src/errors.ts"() {
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

// src/plan/options.ts
import { parseArgs } from "node:util";
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
    return new UserError(`unknown option ${flag} for ${command}`, near ? `did you mean ${flagExample(near)}? (${help})` : help);
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
function rangeText(s) {
  const lo = s.min ?? -Infinity;
  const hi = s.max ?? Infinity;
  if (hi === Infinity || hi >= Number.MAX_SAFE_INTEGER) return `\u2265 ${lo}`;
  return `in [${lo}, ${hi}]`;
}
function checkValue(s, raw) {
  const fail2 = (what) => {
    throw new UserError(`--${s.name} ${what} (got "${raw}")`, `example: ${flagExample(s)}`);
  };
  switch (s.kind) {
    case "int": {
      const v = Number(raw);
      if (!/^\s*-?\d+\s*$/.test(raw) || !Number.isSafeInteger(v) || v < (s.min ?? -Infinity) || v > (s.max ?? Infinity)) fail2(`must be an integer ${rangeText(s)}`);
      return v;
    }
    case "number": {
      const v = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(v) || v < (s.min ?? -Infinity) || v > (s.max ?? Infinity)) fail2(`must be a number ${rangeText(s)}`);
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
  const rows = optionsOf(command).map((s) => {
    const value = s.kind === "files" ? " FILE\u2026" : s.kind === "choice" ? ` ${s.choices.join("|")}` : s.example.startsWith("-") ? `=${s.example}` : ` ${s.example}`;
    const left = `  --${s.name}${s.kind === "boolean" ? "" : value}`;
    const d = defaultOf(s);
    return [left, `${s.help}${d ? ` (default ${d})` : ""}${s.kind === "list" ? " [repeatable]" : ""}`];
  });
  const width = Math.min(34, Math.max(0, ...rows.map(([l]) => l.length)) + 2);
  const lines = rows.map(([l, r]) => `${l.padEnd(width)}${wrap(r, 100 - width, " ".repeat(width))}`);
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
var RUN, TIMEOUT_MAX_SEC, OPTIONS, OptionValues;
var init_options = __esm({
  "src/plan/options.ts"() {
    "use strict";
    init_errors();
    RUN = ["run", "demo"];
    TIMEOUT_MAX_SEC = 24 * 3600;
    OPTIONS = [
      // ── run / demo: the plan (flag names = plan-file keys = Action input names) ──
      { name: "plan", kind: "string", commands: RUN, example: "plan.yml", help: "a plan file (YAML or JSON) with the run flags as keys; flags win", input: { path: true, help: "A plan file (YAML or JSON) with the run flags as keys; other inputs override it." } },
      { name: "repo", kind: "string", commands: RUN, example: "../llama.cpp", help: "the llama.cpp or ik_llama.cpp checkout to build", input: { path: true, default: ".", help: "The llama.cpp or ik_llama.cpp checkout to build (relative to the workspace)." } },
      { name: "model", kind: "string", commands: RUN, example: "model.gguf", help: "GGUF model file to benchmark (llama-perf-gate model --out model.gguf writes one)", input: { path: true, help: "GGUF model file to benchmark (required in mode run)." } },
      { name: "out", kind: "string", commands: RUN, example: "perf-out", default: "perf-out", help: "output directory for results.json, report.md and logs", input: { path: true, help: "Output directory for results.json and report.md. Default $RUNNER_TEMP/llama-perf-gate." } },
      { name: "base", kind: "string", commands: RUN, example: "main", help: "git ref of variant A", input: { help: "Git ref of variant A. Default the PR's base commit (or the dispatch input `base`)." } },
      { name: "head", kind: "string", commands: RUN, example: "pr-290", defaultText: "the base ref", help: "git ref of variant B", input: { help: "Git ref of variant B. Default the PR's head commit (or the dispatch input `head`)." } },
      { name: "base-name", kind: "string", commands: RUN, example: "heap", default: "base", help: "display name of variant A", input: {} },
      { name: "head-name", kind: "string", commands: RUN, example: "mmap", default: "head", help: "display name of variant B (an A/A noise check: --head-name same)", input: {} },
      { name: "base-cmake", kind: "list", commands: RUN, example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for A (values starting with - need the = form)", input: { split: "words", help: "Extra CMake arguments for A (shell-like words or one per line; quotes group, nothing is expanded)." } },
      { name: "head-cmake", kind: "list", commands: RUN, example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for B", input: { split: "words" } },
      { name: "base-arg", kind: "list", commands: RUN, example: "-fa", help: "extra llama-bench argument for A", input: { split: "words" } },
      { name: "head-arg", kind: "list", commands: RUN, example: "-fa", help: "extra llama-bench argument for B", input: { split: "words" } },
      { name: "base-env", kind: "list", commands: RUN, example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of A's benchmark processes, NAME=VALUE", input: { split: "lines", help: "Environment for A's benchmark processes, NAME=value per line." } },
      { name: "head-env", kind: "list", commands: RUN, example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of B's benchmark processes, NAME=VALUE", input: { split: "lines", help: "Environment for B's benchmark processes, NAME=value per line (e.g. LLAMA_KV_MMAP=1)." } },
      { name: "workloads", kind: "string", commands: RUN, example: "pp512,tg128", default: "pp512,tg128,tg128@d4096", help: "llama-bench tests, comma-separated (pp512, tg128, pp512+tg128, tg128@d4096)", input: {} },
      { name: "threads", kind: "int", commands: RUN, example: "4", min: 1, max: 4096, defaultText: "all CPUs", help: "threads (-t), the same for both variants", input: {} },
      { name: "repetitions", kind: "int", commands: RUN, example: "3", min: 1, max: 1e3, default: 3, help: "llama-bench -r inside one launch", input: {} },
      { name: "max-blocks", kind: "int", commands: RUN, example: "30", min: 2, max: 1e4, default: 30, help: "counted blocks at most (warm-up on top)", input: {} },
      { name: "horizon", kind: "int", commands: RUN, example: "60", min: 2, max: 300, defaultText: "as --max-blocks", help: "declared maximum counted blocks of the experiment (sequential design: extensions up to it keep \u03B1)", input: {} },
      { name: "spending", kind: "choice", commands: RUN, example: "obf", choices: ["obf", "pocock"], default: "obf", help: "\u03B1-spending function over the horizon: obf (O'Brien\u2013Fleming-type) or pocock (Pocock-type)", input: {} },
      { name: "warmup-blocks", kind: "int", commands: RUN, example: "1", min: 0, max: 100, default: 1, help: "leading blocks run but not analysed", input: {} },
      { name: "looks", kind: "string", commands: RUN, example: "5,10,20,30", pattern: /^\s*\d+(\s*,\s*\d+)*\s*$/, patternText: "comma-separated block counts", defaultText: "5,10,20,30 (below --max-blocks) and --max-blocks", help: "sequential looks, in counted blocks", input: {} },
      { name: "seed", kind: "int", commands: RUN, example: "7", min: 0, max: 2 ** 31 - 1, defaultText: "from the clock", help: "seed of the block order", input: {} },
      { name: "timeout", kind: "int", commands: RUN, example: "600", min: 1, max: TIMEOUT_MAX_SEC, default: 600, help: "seconds per benchmark process (at most 24 h)", input: {} },
      { name: "margin", kind: "number", commands: [...RUN, "analyze"], example: "0.02", min: 1e-3, max: 0.5, default: 0.02, help: "equivalence margin on B/A: within [1/(1+m), 1+m] is neutral", input: { help: "Equivalence margin on the B/A ratio (0.02 = \xB12%)." } },
      { name: "alpha", kind: "number", commands: [...RUN, "analyze"], example: "0.05", min: 1e-3, max: 0.25, default: 0.05, help: "one-sided error rate; intervals are (1 \u2212 2\u03B1)", input: { help: "Error rate of the decision (0.05 \u2192 90% intervals)." } },
      { name: "method", kind: "choice", commands: [...RUN, "analyze"], example: "hl", choices: ["hl", "t"], default: "hl", help: "hl: Hodges\u2013Lehmann with the exact signed-rank interval; t: t on logs", input: { help: "hl (Hodges\u2013Lehmann, default) or t." } },
      { name: "numa", kind: "string", commands: RUN, example: "interleave", default: "none", help: "NUMA placement: none, interleave, node:N, cpus:LIST, distribute, isolate, numactl", input: {} },
      { name: "prio", kind: "int", commands: RUN, example: "1", min: -1, max: 3, help: "llama-bench --prio (mainline)", input: {} },
      { name: "delay", kind: "int", commands: RUN, example: "0", min: 0, max: 3600, help: "llama-bench --delay seconds (mainline)", input: {} },
      { name: "cpu-mask", kind: "string", commands: RUN, example: "0x3", pattern: /^(0x)?[0-9a-fA-F]+$/, patternText: "a hex mask", help: "llama-bench -C hex mask (mainline)", input: {} },
      { name: "cpu-strict", kind: "boolean", commands: RUN, example: "", default: false, help: "llama-bench --cpu-strict 1 (mainline)", input: { default: "false" } },
      { name: "poll", kind: "number", commands: RUN, example: "50", min: 0, max: 100, help: "llama-bench --poll 0..100 (mainline)", input: {} },
      { name: "depth-ctx", kind: "int", commands: RUN, example: "8192", min: 0, max: 1 << 24, default: 8192, help: "context of the memory-at-KV-depth launch after the blocks; 0 turns it off (else \u2265 256)", input: { help: "Context of the memory-at-KV-depth launch after the blocks (llama-batched-bench / llama-sweep-bench); 0 turns it off. Default 8192." } },
      { name: "force", kind: "boolean", commands: RUN, example: "", default: false, help: "write into an --out that holds another experiment's results (they are overwritten)" },
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
      { name: "type", kind: "choice", commands: ["model"], example: "f16", choices: ["f16", "f32"], default: "f16", help: "weight type" },
      { name: "seed", kind: "int", commands: ["model"], example: "1", min: 0, max: 2 ** 31 - 1, default: 1, help: "seed of the random weights" },
      // ── aggregate ──
      { name: "out", kind: "string", commands: ["aggregate"], example: "perf-fleet", default: "perf-fleet", help: "output directory for aggregate.json and report.md" },
      { name: "template", kind: "string", commands: ["aggregate"], example: "my-report.md.hbs", help: "your own Handlebars template for report.md" },
      // ── Action-only inputs ──
      { name: "mode", kind: "choice", commands: ["action"], example: "run", choices: ["run", "aggregate"], default: "run", help: "run: benchmark this job's PR / refs (or post an existing results.json given by results-path). aggregate: merge the results.json files listed in `results` (a fleet) into one comment and one check.", input: {} },
      { name: "github-token", kind: "string", commands: ["action"], example: "${{ github.token }}", help: "Token for the comment and the check run (needs pull-requests write and checks write).", input: { default: "${{ github.token }}" } },
      { name: "post", kind: "boolean", commands: ["action"], example: "true", default: true, help: "false: write results.json and the job summary only (untrusted benchmark jobs).", input: { default: "true" } },
      { name: "comment", kind: "boolean", commands: ["action"], example: "true", default: true, help: "Create or update the sticky PR comment.", input: { default: "true" } },
      { name: "check", kind: "boolean", commands: ["action"], example: "true", default: true, help: "Create a check run on the PR head commit.", input: { default: "true" } },
      { name: "check-name", kind: "string", commands: ["action"], example: "llama-perf-gate", default: "llama-perf-gate", help: "Name of the check run (the name a branch protection rule requires).", input: {} },
      { name: "on-inconclusive", kind: "choice", commands: ["action"], example: "pass", choices: ["pass", "fail"], default: "pass", help: "What an inconclusive (or not computed) verdict does to the check. pass \u2192 conclusion neutral (passes a required check); fail \u2192 conclusion failure.", input: {} },
      { name: "template", kind: "string", commands: ["action"], example: ".github/perf-comment.md.hbs", help: "Path of your own Handlebars template for the comment and job summary (same view model as templates/report.md.hbs).", input: {} },
      { name: "allow-fork-label", kind: "string", commands: ["action"], example: "perf-ok", help: "A label that lets a maintainer run a fork PR's code on this runner: the run happens at the `labeled` event that adds it, and the label is removed on every new push. Empty: fork PRs run only through workflow_dispatch.", input: {} },
      { name: "pr-number", kind: "int", commands: ["action"], example: "290", min: 1, max: Number.MAX_SAFE_INTEGER, help: "PR to benchmark or post on (workflow_dispatch; workflow_run jobs that read it from the artifact \u2014 then it is trusted only if that PR's head is the run's head commit).", input: {} },
      { name: "results-path", kind: "string", commands: ["action"], example: "perf-out/results.json", help: "Post this existing results.json instead of benchmarking (validated strictly as untrusted data).", input: {} },
      { name: "results", kind: "string", commands: ["action"], example: "artifacts/*/results.json", help: "mode aggregate: results.json files, directories holding them, or globs (one per line), e.g. artifacts/*/results.json.", input: {} },
      { name: "lock-dir", kind: "string", commands: ["action"], example: "/tmp", help: "Directory shared by every runner on the host, holding the lock that serializes benchmarks (llama-perf-gate.lock). Default: the system temp directory (/tmp).", input: {} },
      { name: "lock-timeout", kind: "int", commands: ["action"], example: "21600", min: 0, max: 7 * 24 * 3600, default: 21600, help: "Seconds to wait for another benchmark on this host to finish.", input: { default: "21600" } },
      { name: "cache-dir", kind: "string", commands: ["action"], example: "/var/cache/llama-perf-gate", help: "Build cache (git worktrees and builds, reused when commit, CMake args and compiler are unchanged). Default $LLAMA_PERF_GATE_CACHE or ~/.cache/llama-perf-gate \u2014 persistent on a self-hosted runner.", input: {} },
      { name: "report-url", kind: "string", commands: ["action"], example: "https://example.com/perf/290", help: "Where the full report can be read (linked from truncated comments). Default the workflow run page.", input: {} },
      { name: "comment-author", kind: "string", commands: ["action"], example: "github-actions[bot]", help: "Login whose comment is the sticky one. Default the token's identity (github-actions[bot] for GITHUB_TOKEN).", input: {} }
    ];
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

// src/model/gguf-reader.ts
import { openSync, readSync, closeSync } from "node:fs";
function readGgufHeader(path10) {
  let fd;
  try {
    fd = openSync(path10, "r");
  } catch (e) {
    throw new UserError(`model file ${path10} cannot be opened: ${e.message}`, "pass --model PATH to a .gguf file");
  }
  const buf = Buffer.alloc(HEADER_READ_LIMIT);
  const len = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  let p = 0;
  const need = (n) => {
    if (p + n > len) throw new UserError(`model file ${path10} is truncated or its header exceeds ${HEADER_READ_LIMIT} bytes (at byte ${p})`);
  };
  const u32 = () => (need(4), p += 4, buf.readUInt32LE(p - 4));
  const u64 = () => (need(8), p += 8, Number(buf.readBigUInt64LE(p - 8)));
  const str3 = () => {
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
        return str3();
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
        throw new UserError(`model file ${path10}: unknown GGUF value type ${t} at byte ${p}`);
    }
  };
  if (len < 4 || buf.readUInt32LE(0) !== 1179993927) {
    throw new UserError(`model file ${path10} is not a GGUF file (bad magic)`, "llama-bench needs a .gguf model; `llama-perf-gate model --out model.gguf` writes a synthetic one");
  }
  p = 4;
  const version = u32();
  const nTensors = u64();
  const nMeta = u64();
  const meta = {};
  for (let i = 0; i < nMeta; i++) {
    const k = str3();
    meta[k] = scalar2(u32());
  }
  const tensors = [];
  for (let i = 0; i < nTensors; i++) {
    const name = str3();
    const nd = u32();
    const dims = [];
    for (let d = 0; d < nd; d++) dims.push(u64());
    tensors.push({ name, dims, type: u32(), offset: u64() });
  }
  return { version, meta, tensors };
}
var HEADER_READ_LIMIT;
var init_gguf_reader = __esm({
  "src/model/gguf-reader.ts"() {
    "use strict";
    init_errors();
    HEADER_READ_LIMIT = 64 << 20;
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
  throw new UserError(`unknown --numa policy "${text}"`, EXAMPLE);
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
var EXAMPLE;
var init_numa = __esm({
  "src/plan/numa.ts"() {
    "use strict";
    init_errors();
    EXAMPLE = "valid: none, interleave, node:0, cpus:0-7,16-23, distribute, isolate, numactl";
  }
});

// src/plan/workload.ts
function parseWorkload(text, numa2 = { kind: "none" }) {
  const t = text.trim().replace(/\s*@\s*/, "@");
  const m = LABEL.exec(t);
  const pp = m?.[1] !== void 0 ? Number(m[1]) : 0;
  const tg = m?.[3] !== void 0 ? Number(m[3]) : 0;
  const plus = m?.[2] !== void 0;
  const depth = m?.[4] !== void 0 ? Number(m[4]) : 0;
  const ok2 = m !== null && (pp > 0 || tg > 0) && plus === (pp > 0 && tg > 0);
  if (!ok2) {
    throw new UserError(`unknown workload "${text}": expected ppN, tgN, ppN+tgN, optionally @dDEPTH`, EXAMPLE2);
  }
  const label = [pp > 0 ? `pp${pp}` : "", tg > 0 ? `tg${tg}` : ""].filter(Boolean).join("+") + (depth > 0 ? `@d${depth}` : "");
  const nl = numaLabel(numa2);
  return { id: nl ? `${label} [${nl}]` : label, label, nPrompt: pp, nGen: tg, nDepth: depth, numa: numa2 };
}
function parseWorkloads(list2, numa2) {
  const items = list2.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UserError("--workloads is empty", EXAMPLE2);
  const out = items.map((s) => parseWorkload(s, numa2));
  const seen = /* @__PURE__ */ new Set();
  for (const w of out) {
    if (seen.has(w.id)) throw new UserError(`workload "${w.label}" is listed twice in --workloads`, EXAMPLE2);
    seen.add(w.id);
  }
  return out;
}
var EXAMPLE2, LABEL;
var init_workload = __esm({
  "src/plan/workload.ts"() {
    "use strict";
    init_errors();
    init_numa();
    EXAMPLE2 = "example: --workloads pp512,tg128,tg128@d4096";
    LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?:@(?:d|pp)(\d+))?$/;
  }
});

// src/plan/types.ts
var DEFAULT_DEPTH_CTX, MIN_DEPTH_CTX;
var init_types = __esm({
  "src/plan/types.ts"() {
    "use strict";
    DEFAULT_DEPTH_CTX = 8192;
    MIN_DEPTH_CTX = 256;
  }
});

// src/plan/from-args.ts
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
function readPlanFile(path10) {
  const example = 'example: {"base": "main", "head": "pr-1", "workloads": "pp512,tg128"}';
  let text;
  try {
    text = readFileSync(path10, "utf8");
  } catch (e) {
    const code2 = e.code;
    throw new UserError(`--plan ${path10} cannot be read (${code2 === "ENOENT" ? "no such file" : code2 === "EISDIR" ? "a directory" : e.message})`, `give a YAML or JSON plan file, e.g. --plan plan.yml holding ${example.slice(9)}`);
  }
  let doc;
  try {
    doc = path10.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const first = e.message.split("\n")[0];
    throw new UserError(`--plan ${path10} is not valid ${path10.endsWith(".json") ? "JSON" : "YAML"}: ${first}`, example);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new UserError(`--plan ${path10} must hold an object of flag names to values`, example);
  }
  const out = {};
  const keys = optionsOf("run").filter((o) => o.name !== "plan");
  for (const [k, v] of Object.entries(doc)) {
    const spec = keys.find((o) => o.name === k);
    if (!spec) throw new UserError(`--plan ${path10}: unknown key "${k}"`, `keys are the run flags: ${keys.map((o) => o.name).join(", ")}`);
    const bad = (what) => {
      throw new UserError(`--plan ${path10}: "${k}" must be ${what}`, `example: ${k}: ${spec.kind === "list" ? `[${spec.example}]` : spec.kind === "boolean" ? "true" : spec.example}`);
    };
    if (spec.kind === "list") {
      if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) bad("a list of strings");
      out[k] = v;
    } else if (spec.kind === "boolean") {
      if (typeof v !== "boolean") bad("true or false");
      out[k] = v;
    } else {
      if (typeof v !== "string" && typeof v !== "number" && !(k === "workloads" && Array.isArray(v))) bad("a string or number");
      out[k] = Array.isArray(v) ? v.join(",") : String(v);
    }
  }
  return out;
}
function parseEnv(flag, items) {
  const env2 = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    env2[item.slice(0, eq)] = item.slice(eq + 1);
  }
  void flag;
  return env2;
}
function looksFor(maxBlocks, looksText) {
  const looks = looksText ? looksText.split(",").map((s) => checkValue({ ...optionSpec("run", "looks"), kind: "int", min: 1, max: void 0 }, s.trim())) : DEFAULT_LOOKS.filter((l) => l < maxBlocks);
  const sorted = [...new Set(looks.filter((l) => l <= maxBlocks))].sort((a, b) => a - b);
  if (sorted[sorted.length - 1] !== maxBlocks) sorted.push(maxBlocks);
  return sorted;
}
function withExample(flag, fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserError && !/example|e\.g\./i.test(`${e.message} ${e.hint ?? ""}`)) {
      throw new UserError(e.message, `${e.hint ? `${e.hint}; ` : ""}example: ${flagExample(optionSpec("run", flag))}`, e.exitCode);
    }
    throw e;
  }
}
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
function planFromArgs(argv, opts = {}) {
  const { values: flags } = parseCommandArgs("run", argv);
  const fileValues = typeof flags.plan === "string" ? readPlanFile(flags.plan) : {};
  const o = new OptionValues("run", { ...fileValues, ...flags });
  const need = opts.requireRepoModel ?? true;
  const repoText = o.str("repo");
  const repo = repoText ? resolve(repoText) : "";
  if (need && !repo) throw new UserError("--repo is required: the llama.cpp or ik_llama.cpp checkout to build", "example: --repo ../llama.cpp");
  if (repo && !(existsSync(repo) && statSync(repo).isDirectory())) throw new UserError(`--repo ${repoText} is not a directory`, "example: --repo ../llama.cpp");
  const modelText = o.str("model");
  const model = modelText ? resolve(modelText) : "";
  if (need && !model) throw new UserError("--model is required", "example: --model model.gguf  (or: llama-perf-gate model --out model.gguf)");
  if (model) {
    if (statSync(model, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`--model ${modelText} is a directory, not a GGUF file`, "example: --model model.gguf");
    withExample("model", () => readGgufHeader(model));
  }
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
    cmakeArgs: o.list(`${side}-cmake`),
    runArgs: o.list(`${side}-arg`),
    env: parseEnv(`--${side}-env`, o.list(`${side}-env`))
  });
  const variants = [mk("A", "base", baseRef), mk("B", "head", headRef)];
  const [a, b] = variants;
  if (a.ref === b.ref && JSON.stringify([a.cmakeArgs, a.runArgs, a.env]) === JSON.stringify([b.cmakeArgs, b.runArgs, b.env]) && !o.has("head-name")) {
    throw new UserError(
      `base and head are identical (ref ${a.ref}, same CMake args, run args and env): nothing to compare`,
      "give --head REF, or a toggle such as --head-env LLAMA_KV_MMAP=1 or --head-cmake -DFOO=ON (for an A/A check of the noise, name the head: --head-name same)"
    );
  }
  if (a.name === b.name) throw new UserError(`--base-name and --head-name are both "${a.name}"`, "example: --base-name heap --head-name mmap");
  const maxBlocks = o.num("max-blocks");
  const horizon = o.num("horizon", maxBlocks);
  if (horizon < maxBlocks) {
    throw new UserError(`--horizon must be at least --max-blocks (${maxBlocks}) (got ${horizon})`, `example: --horizon ${Math.max(maxBlocks, 60)}`);
  }
  const numa2 = withExample("numa", () => parseNumaPolicy(o.str("numa")));
  return {
    repo,
    model,
    out,
    variants,
    workloads: withExample("workloads", () => parseWorkloads(o.str("workloads"), numa2)),
    threads: o.num("threads", availableParallelism()),
    levers: {
      repetitions: o.num("repetitions"),
      ...o.has("prio") && { prio: o.num("prio") },
      ...o.has("delay") && { delay: o.num("delay") },
      ...o.has("cpu-mask") && { cpuMask: o.str("cpu-mask") },
      ...o.bool("cpu-strict") && { cpuStrict: true },
      ...o.has("poll") && { poll: o.num("poll") }
    },
    maxBlocks,
    warmupBlocks: o.num("warmup-blocks"),
    looks: looksFor(maxBlocks, o.str("looks")),
    seed: o.num("seed", Date.now() % 2 ** 31),
    timeoutSec: o.num("timeout"),
    margin: o.num("margin"),
    alpha: o.num("alpha"),
    method: o.str("method"),
    horizon,
    spending: o.str("spending"),
    depthCtx: depthCtx(o)
  };
}
function depthCtx(o) {
  const n = o.num("depth-ctx");
  if (n !== 0 && n < MIN_DEPTH_CTX) {
    throw new UserError(`--depth-ctx must be 0 (no memory-at-depth launch) or at least ${MIN_DEPTH_CTX} (got "${o.raw["depth-ctx"]}")`, `example: --depth-ctx ${DEFAULT_DEPTH_CTX}`);
  }
  return n;
}
var DEFAULT_WORKLOADS, DEFAULT_LOOKS;
var init_from_args = __esm({
  "src/plan/from-args.ts"() {
    "use strict";
    init_errors();
    init_gguf_reader();
    init_workload();
    init_numa();
    init_options();
    init_types();
    DEFAULT_WORKLOADS = optionSpec("run", "workloads").default;
    DEFAULT_LOOKS = [5, 10, 20, 30];
  }
});

// src/store/results.ts
var RESULTS_SCHEMA;
var init_results = __esm({
  "src/store/results.ts"() {
    "use strict";
    RESULTS_SCHEMA = "llama-perf-gate/results@1";
  }
});

// src/store/write.ts
import { mkdirSync, renameSync, writeFileSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join } from "node:path";
function writeJsonAtomic(path10, value) {
  mkdirSync(dirname2(path10), { recursive: true });
  const tmp = join(dirname2(path10), `.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(tmp, JSON.stringify(value, null, 1) + "\n");
  renameSync(tmp, path10);
}
function writeResults(outDir, results2) {
  const path10 = join(outDir, "results.json");
  writeJsonAtomic(path10, results2);
  return path10;
}
var init_write = __esm({
  "src/store/write.ts"() {
    "use strict";
    init_errors();
    init_results();
  }
});

// src/stats/ranks.ts
function averageRanks(values) {
  const order = values.map((v, i2) => i2).sort((i2, j) => values[i2] - values[j]);
  const ranks = new Array(values.length);
  const tieSizes = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const avg = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]] = avg;
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
function spearman(x, y) {
  const rx = averageRanks(x).ranks;
  const ry = averageRanks(y).ranks;
  const n = x.length;
  const mx = rx.reduce((a, b) => a + b, 0) / n;
  const my = ry.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
var init_ranks = __esm({
  "src/stats/ranks.ts"() {
    "use strict";
  }
});

// src/stats/dist/signed-rank.ts
function signedRankPmf(n) {
  const hit = cache.get(n);
  if (hit) return hit;
  let p = new Float64Array([1]);
  for (let m = 1; m <= n; m++) {
    const next = new Float64Array(p.length + m);
    for (let k = 0; k < p.length; k++) {
      next[k] += 0.5 * p[k];
      next[k + m] += 0.5 * p[k];
    }
    p = next;
  }
  if (n <= 200) cache.set(n, p);
  return p;
}
function signedRankCdf(q, n) {
  const pmf = signedRankPmf(n);
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  return sumTail(pmf, k, true);
}
function signedRankSf(q, n) {
  return upper(signedRankPmf(n), Math.ceil(q - 1e-7));
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
  return discreteQuantile(signedRankPmf(n), p);
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
var cache;
var init_signed_rank = __esm({
  "src/stats/dist/signed-rank.ts"() {
    "use strict";
    cache = /* @__PURE__ */ new Map();
  }
});

// src/stats/dist/mann-whitney.ts
function mannWhitneyPmf(m, n) {
  const key = `${m},${n}`;
  const hit = cache2.get(key);
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
  if (m * n <= 4e4) cache2.set(key, pmf);
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
var cache2;
var init_mann_whitney = __esm({
  "src/stats/dist/mann-whitney.ts"() {
    "use strict";
    init_signed_rank();
    cache2 = /* @__PURE__ */ new Map();
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
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1e4; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(lfront);
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
function stepRoot(f, lo, hi) {
  let a = lo, b = hi;
  for (let i = 0; i < 200 && b - a > 0; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    if (f(mid) > 0) a = mid;
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
    const f = tCdf(t, df);
    if (f > target) hi = t;
    else lo = t;
    const step = (Math.log(f) - logTarget) * f / tPdf(t, df);
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
var init_student_t = __esm({
  "src/stats/dist/student-t.ts"() {
    "use strict";
    init_special();
    init_normal();
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
import { ckmeans, median, quantileSorted } from "simple-statistics";
function mad(x) {
  const m = median(x);
  return median(x.map((v) => Math.abs(v - m)));
}
function blocksOf(obs, idx) {
  return idx.map((i) => obs[i].block).join(", ");
}
function modifiedZOutliers(x) {
  if (x.length < 8) return [];
  const m = median(x);
  const s = mad(x);
  if (s === 0) return [];
  return x.map((v, i) => [Math.abs(0.6745 * (v - m) / s), i]).filter(([z]) => z > MOD_Z_LIMIT).map(([, i]) => i);
}
function tukeyOutliers(x) {
  if (x.length < 8) return [];
  const s = [...x].sort((a, b) => a - b);
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  const iqr = q3 - q1;
  if (iqr === 0) return [];
  return x.map((v, i) => [v, i]).filter(([v]) => v < q1 - 1.5 * iqr || v > q3 + 1.5 * iqr).map(([, i]) => i);
}
function drift(values, order) {
  const n = values.length;
  if (n < 6) return null;
  const rho = spearman(order, values);
  if (Math.abs(rho) >= 1) return { rho, p: 0 };
  const t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
  return { rho, p: 2 * tCdf(-Math.abs(t), n - 2) };
}
function bimodality(x) {
  if (x.length < 8) return null;
  const [c1, c2] = ckmeans(x, 2);
  if (!c2 || c1.length < 0.2 * x.length || c2.length < 0.2 * x.length) return null;
  const gap = Math.min(...c2) - Math.max(...c1);
  const m1 = median(c1);
  const m2 = median(c2);
  const within = median([...c1.map((v) => Math.abs(v - m1)), ...c2.map((v) => Math.abs(v - m2))]);
  if (gap > 4 * within && gap > 0) return { low: c1.length, high: c2.length, gap };
  return null;
}
function qualityFlags(sides) {
  const flags = [];
  for (const { label, obs } of sides) {
    const x = obs.map((o) => Math.log(o.value));
    const z = modifiedZOutliers(x);
    if (z.length) flags.push(`outlier: ${label} block ${blocksOf(obs, z)} (modified z > ${MOD_Z_LIMIT})`);
    const t = tukeyOutliers(x);
    if (t.length) flags.push(`outlier: ${label} block ${blocksOf(obs, t)} outside Tukey fences (1.5\xB7IQR)`);
    const dr = drift(x, obs.map((o, i) => o.seq ?? o.block ?? i));
    if (dr && dr.p < 0.01) {
      flags.push(`drift: ${label} ${dr.rho < 0 ? "slows down" : "speeds up"} over the run (Spearman \u03C1 = ${dr.rho.toFixed(2)}, p = ${dr.p.toPrecision(2)})`);
    }
    const bi = bimodality(x);
    if (bi) flags.push(`bimodal: ${label} splits ${bi.low}/${bi.high} launches with a gap of ${pct(Math.expm1(bi.gap))}`);
  }
  return flags;
}
var MOD_Z_LIMIT, pct;
var init_flags = __esm({
  "src/stats/flags.ts"() {
    "use strict";
    init_ranks();
    init_student_t();
    MOD_Z_LIMIT = 3.5;
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

// src/stats/gate.ts
function gate(ws) {
  if (ws.length === 0) return "inconclusive";
  if (ws.some((w) => w.verdict === "regression")) return "regression";
  if (ws.some((w) => w.verdict === "failed")) return "failed";
  if (ws.every((w) => w.verdict === "neutral")) return "neutral";
  if (ws.every((w) => w.verdict === "neutral" || w.verdict === "improvement")) return "improvement";
  return "inconclusive";
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
function exitCodeFor(outcome, policy = DEFAULT_POLICY) {
  return passes(outcome, policy) ? EXIT.pass : EXIT.gateFailure;
}
var DEFAULT_POLICY, EXIT;
var init_gate = __esm({
  "src/stats/gate.ts"() {
    "use strict";
    DEFAULT_POLICY = { onInconclusive: "pass", onIncomplete: "fail" };
    EXIT = {
      pass: 0,
      gateFailure: 1,
      badInput: 2,
      environment: 3
    };
  }
});

// src/stats/analyze.ts
import { median as median2 } from "simple-statistics";
function validateOptions(opts) {
  if (!(opts.margin > 0 && opts.margin < 1)) {
    throw new UserError(`margin ${opts.margin} is out of range`, "give a relative margin between 0 and 1, e.g. --margin 0.02 for \xB12%");
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
  const byBlock = (obs) => {
    const m = /* @__PURE__ */ new Map();
    for (const o of obs) {
      if (m.has(o.block)) return null;
      m.set(o.block, o.value);
    }
    return m;
  };
  const ma = byBlock(w.a);
  const mb = byBlock(w.b);
  const la = w.a.map((o) => Math.log(o.value));
  const lb = w.b.map((o) => Math.log(o.value));
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
    const m = median2(x);
    const r = 1.4826 * median2(x.map((v) => Math.abs(v - m)));
    return r > 0 ? r : sd(x);
  };
  if (p.paired) return one(p.d);
  const a = one(p.la);
  const b = one(p.lb);
  return Math.sqrt((a * a + b * b) / 2);
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
function emptyAnalysis(name, method, level, reason, n = 0, paired = false) {
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
    reason
  };
}
function analyze(inputs, opts) {
  validateOptions(opts);
  const looks = opts.plannedLooks ?? 1;
  const alpha = opts.alpha / looks;
  const level = 1 - 2 * alpha;
  const levelTxt = `${Number((100 * level).toPrecision(3))}%`;
  const bound = Math.log1p(opts.margin);
  const warnings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const w of inputs) {
    validateValues(w);
    if (seen.has(w.name)) throw new UserError(`workload ${w.name} appears twice in the input`, "merge its observations into one entry");
    seen.add(w.name);
  }
  if (inputs.length === 0) warnings.push("no workloads to analyze");
  const drafts = inputs.map((w) => {
    if (w.a.length === 0 || w.b.length === 0) {
      const missing = w.a.length === 0 ? "A" : "B";
      warnings.push(`workload ${w.name} has no ${missing} observations: it ran on one side only`);
      const wa2 = emptyAnalysis(w.name, opts.method, level, `variant ${missing} has no successful launch, nothing to compare`);
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
    const flags = qualityFlags([{ label: "A", obs: w.a }, { label: "B", obs: w.b }]);
    if (prep.unmatched.length) flags.push(`unmatched: ${prep.unmatched.join(", ")} left out of the paired analysis (no partner in the same block)`);
    if (!prep.paired) flags.push("unpaired: blocks did not match, compared as two independent samples");
    const minN = minimumN(opts.method, prep.paired, level);
    const tooFewForT = opts.method === "t" && (prep.paired ? prep.n < 2 : prep.la.length < 2 || prep.lb.length < 2);
    if (tooFewForT) {
      const wa2 = emptyAnalysis(w.name, opts.method, level, `n = ${prep.n} is below the minimum of 2 per side for a t interval`, prep.n, prep.paired);
      wa2.flags = flags;
      wa2.blocks_needed = 2;
      return { wa: wa2, res: null, prep, insufficient: wa2.reason, identical: false };
    }
    let res = shift(prep, opts.method, level);
    const identical = prep.paired && prep.n >= minN && prep.d.every((v) => v === 0);
    if (res.level < level - 1e-9 && !res.exact && opts.method === "hl" && prep.n >= minN) {
      res = prep.paired ? { ...res, lo: Math.min(...prep.d), hi: Math.max(...prep.d), level } : { ...res, lo: Math.min(...prep.lb) - Math.max(...prep.la), hi: Math.max(...prep.lb) - Math.min(...prep.la), level };
    }
    let insufficient = null;
    if ((res.level < level - 1e-9 || prep.n < minN) && !identical) {
      const kind = opts.method === "t" ? "t" : prep.paired ? "signed-rank" : "Mann\u2013Whitney";
      insufficient = `n = ${prep.n} ${prep.paired ? "blocks" : "launches per side"} is below the minimum of ${minN} for a ${levelTxt} ${kind} interval (best reachable: ${pc(res.level)})`;
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
    if (d.res && d.prep) classify(d, { alpha, bound, margin: opts.margin, levelTxt, nTested, method: opts.method, level });
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
  const ci = `${c.levelTxt} CI [${r3(wa.ci[0])}, ${r3(wa.ci[1])}]`;
  const marginTxt = `\xB1${Number((100 * c.margin).toPrecision(3))}%`;
  const holmTxt = (p, adj) => c.nTested > 1 ? `p = ${pval(p)} (Holm-adjusted ${pval(adj)} across ${c.nTested} workloads)` : `p = ${pval(p)}`;
  const needed = () => Math.max(minimumN(c.method, prep.paired, c.level), blocksNeeded(wa.spread ?? 0, c.margin, c.alpha, res.estimate, prep.paired));
  if (d.identical) {
    wa.verdict = "neutral";
    wa.reason = `all ${prep.n} blocks gave identical A and B throughput (ratio exactly 1)`;
    return;
  }
  if (d.insufficient) {
    wa.verdict = "inconclusive";
    wa.blocks_needed = needed();
    wa.reason = `${d.insufficient}; ~${wa.blocks_needed} ${prep.paired ? "blocks" : "launches per side"} would be needed`;
    return;
  }
  const inside = res.lo >= -c.bound && res.hi <= c.bound;
  const regression = wa.p_regression_adj <= c.alpha && res.hi < 0;
  const improvement = wa.p_improvement_adj <= c.alpha && res.lo > 0;
  if (inside) {
    wa.verdict = "neutral";
    const sig = regression || improvement ? ` (B is ${pc(Math.abs(1 - wa.ratio))} ${regression ? "slower" : "faster"}, detectably but by less than the margin)` : "";
    wa.reason = `${ci} lies within the ${marginTxt} margin${sig}`;
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? "regression" : "improvement";
    const p = regression ? wa.p_regression : wa.p_improvement;
    const adj = regression ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.reason = `B is ${pc(Math.abs(1 - wa.ratio))} ${regression ? "slower" : "faster"}: ${ci} ${regression ? "is below" : "is above"} 1 and ${holmTxt(p, adj)} \u2264 \u03B1 = ${roundAlpha(c.alpha)}`;
    return;
  }
  wa.verdict = "inconclusive";
  wa.blocks_needed = needed();
  const unit = prep.paired ? "per block" : "per launch";
  const more = `spread ${pc(wa.spread)} ${unit}; ~${wa.blocks_needed} ${prep.paired ? "blocks" : "launches per side"} would be needed`;
  if (res.hi < 0 || res.lo > 0) {
    const adj = res.hi < 0 ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.reason = `${ci} excludes 1 but the Holm-adjusted p = ${pval(adj)} is above \u03B1 = ${roundAlpha(c.alpha)} across ${c.nTested} workloads; ${more}`;
  } else {
    wa.reason = `${ci} is wider than the ${marginTxt} margin: ${more}`;
  }
}
function roundAlpha(a) {
  return Number(a.toPrecision(3)).toString();
}
function geomean(ws) {
  const r = ws.map((w) => w.ratio).filter((v) => v !== null);
  if (r.length === 0) return null;
  return Math.exp(r.reduce((s, v) => s + Math.log(v), 0) / r.length);
}
var DEFAULT_OPTIONS, r3, pc, pval;
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
    init_gate();
    DEFAULT_OPTIONS = { margin: 0.02, alpha: 0.05, method: "hl" };
    r3 = (v) => v.toFixed(3);
    pc = (v, digits = 1) => `${(100 * v).toFixed(digits)}%`;
    pval = (v) => v < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
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

// src/stats/spending.ts
function alphaSpent(spending, alpha, t) {
  if (!(t > 0)) return 0;
  const u = Math.min(1, t);
  if (spending === "pocock") return alpha * Math.log(1 + (Math.E - 1) * u);
  return Math.min(alpha, 2 * (1 - normCdf(normQuantile(1 - alpha / 2) / Math.sqrt(u))));
}
var DEFAULT_SPENDING, MAX_HORIZON;
var init_spending = __esm({
  "src/stats/spending.ts"() {
    "use strict";
    init_normal();
    DEFAULT_SPENDING = "obf";
    MAX_HORIZON = 300;
  }
});

// src/stats/gs-signed-rank.ts
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
function largestFit(hist, base, target, extra) {
  let cum = base;
  let c = -1;
  for (let v = 0; v < hist.length; v++) {
    const next = cum + hist[v];
    const add2 = extra ? extra(next - base, v) : 0;
    if (next + add2 > target * (1 + 1e-9) + TOL) break;
    cum = next;
    c = v;
  }
  return [c, cum];
}
function nullPaths(horizon) {
  const hit = pathCache.get(horizon);
  if (hit) return hit;
  const rng = createRng(SEED + horizon);
  const width = horizon - EXACT_MAX;
  const pattern = new Int32Array(PATHS);
  const v = new Int32Array(PATHS * width);
  const perm = new Int32Array(horizon);
  const all = new Int32Array(horizon + 1);
  const pos = new Int32Array(horizon + 1);
  const sign = new Uint8Array(horizon);
  const add2 = (tree, i) => {
    for (; i <= horizon; i += i & -i) tree[i]++;
  };
  const sum = (tree, i) => {
    let s = 0;
    for (; i > 0; i -= i & -i) s += tree[i];
    return s;
  };
  for (let path10 = 0; path10 < PATHS; path10++) {
    for (let i = 0; i < horizon; i++) perm[i] = i + 1;
    for (let i = horizon - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    all.fill(0);
    pos.fill(0);
    let V = 0;
    for (let n = 1; n <= horizon; n++) {
      const x = perm[n - 1];
      const s = rng.next() < 0.5 ? 1 : 0;
      sign[n - 1] = s;
      const below = sum(all, x - 1);
      const posAbove = sum(pos, horizon) - sum(pos, x);
      V += posAbove + (s ? below + 1 : 0);
      add2(all, x);
      if (s) add2(pos, x);
      if (n === EXACT_MAX) {
        let pat = 0;
        for (let i = 0; i < EXACT_MAX; i++) {
          if (!sign[i]) continue;
          let r = 0;
          for (let j = 0; j < EXACT_MAX; j++) if (perm[j] < perm[i]) r++;
          pat |= 1 << r;
        }
        pattern[path10] = pat;
      } else if (n > EXACT_MAX) {
        v[path10 * width + (n - EXACT_MAX - 1)] = V;
      }
    }
  }
  const out = { horizon, pattern, v };
  pathCache.set(horizon, out);
  return out;
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
        const base = s & (1 << r) - 1 | s >> r << r + 1;
        q[base] += w;
        q[base | 1 << r] += w;
      }
    }
    p = q;
  }
  return p;
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
  const prev = looks.length > 1 ? chainFor(looks.slice(0, -1), horizon, alpha, spending) : { n: 1, exact: new Float64Array([0.5, 0.5]), w: null, total: 0, sumW2: 0, crit: -1 };
  const target = alphaSpent(spending, alpha, n / horizon);
  const maxV = n * (n + 1) / 2;
  const hist = new Float64Array(maxV + 1);
  let out;
  if (n <= EXACT_MAX) {
    const p = grow(prev.exact, prev.n, n);
    const V = vOfPattern();
    for (let s = 0; s < p.length; s++) if (p[s] > 0) hist[V[s]] += p[s];
    const [c, cum] = largestFit(hist, prev.total, target);
    if (c >= 0) {
      for (let s = 0; s < p.length; s++) if (V[s] <= c) p[s] = 0;
    }
    out = { n, exact: p, w: null, total: cum, sumW2: 0, crit: c };
  } else {
    const paths = nullPaths(horizon);
    const width = horizon - EXACT_MAX;
    let w;
    if (prev.w) w = prev.w.slice();
    else {
      const p16 = grow(prev.exact, prev.n, EXACT_MAX);
      w = new Float64Array(PATHS);
      for (let i = 0; i < PATHS; i++) w[i] = p16[paths.pattern[i]] * TOP;
    }
    const hist2 = new Float64Array(maxV + 1);
    const col = n - EXACT_MAX - 1;
    for (let i = 0; i < PATHS; i++) {
      const wi = w[i];
      if (wi === 0) continue;
      const val = paths.v[i * width + col];
      hist[val] += wi / PATHS;
      hist2[val] += wi * wi;
    }
    let acc2 = prev.sumW2;
    const [c, cum] = largestFit(hist, prev.total, target, (_mass, cand) => {
      acc2 += hist2[cand];
      return 2 * Math.sqrt(acc2) / PATHS;
    });
    let sumW2 = prev.sumW2;
    if (c >= 0) {
      for (let v = 0; v <= c; v++) sumW2 += hist2[v];
      for (let i = 0; i < PATHS; i++) if (w[i] > 0 && paths.v[i * width + col] <= c) w[i] = 0;
    }
    out = { n, exact: null, w, total: cum, sumW2, crit: c };
  }
  chains.set(key, out);
  if (chains.size > MAX_CHAINS) chains.delete(chains.keys().next().value);
  return out;
}
function signedRankLook(looks, horizon, alpha, spending) {
  const c = chainFor(looks, horizon, alpha, spending);
  return { crit: c.crit, spent: c.total, se: Math.sqrt(c.sumW2) / PATHS };
}
var EXACT_MAX, PATHS, SEED, patternV, TOL, pathCache, chains, MAX_CHAINS, TOP;
var init_gs_signed_rank = __esm({
  "src/stats/gs-signed-rank.ts"() {
    "use strict";
    init_prng();
    init_spending();
    EXACT_MAX = 16;
    PATHS = 1 << 15;
    SEED = 1592598566;
    patternV = null;
    TOL = 1e-12;
    pathCache = /* @__PURE__ */ new Map();
    chains = /* @__PURE__ */ new Map();
    MAX_CHAINS = 64;
    TOP = 1 << EXACT_MAX;
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
function solveDecreasing(f, target) {
  let lo = -10, hi = 40;
  let b = 2;
  for (let i = 0; i < 100; i++) {
    const [v, d] = f(b);
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
  const hit = cache3.get(key);
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
      const g = grid, f = dens;
      b = solveDecreasing((bb) => {
        let p = 0, d = 0;
        for (let i = 0; i < g.x.length; i++) {
          const u = (bb * rt - g.x[i]) / sdStep;
          const m = g.w[i] * f[i];
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
      const g = grid, f = dens;
      for (let j = 0; j < nd.length; j++) {
        let s = 0;
        const xj = next.x[j];
        for (let i = 0; i < g.x.length; i++) {
          const u = (xj - g.x[i]) / sdStep;
          if (u > RANGE || u < -RANGE) continue;
          s += g.w[i] * f[i] * Math.exp(-0.5 * u * u);
        }
        nd[j] = s / (sdStep * Math.sqrt(2 * Math.PI));
      }
    }
    grid = next;
    dens = nd;
  }
  const out = { z, nominal: z.map((v) => Number.isFinite(v) ? normCdf(-v) : 0), spent };
  cache3.set(key, out);
  return out;
}
var RANGE, PER_SD, cache3;
var init_gs_normal = __esm({
  "src/stats/gs-normal.ts"() {
    "use strict";
    init_normal();
    init_spending();
    RANGE = 8;
    PER_SD = 12;
    cache3 = /* @__PURE__ */ new Map();
  }
});

// src/stats/look.ts
function sequenceFor(d, n) {
  return [...d.looks.slice(0, -1).filter((l) => l < n), n];
}
function critical(d, n, paired, a) {
  const seq = sequenceFor(d, n);
  if (d.method === "hl" && paired) {
    const c = signedRankLook(seq, d.horizon, a, d.spending).crit;
    return { c, nominal: c >= 0 ? signedRankCdf(c, n) : 0 };
  }
  const usable = seq.filter((l) => l >= 2);
  if (usable.length === 0) return { c: -1, nominal: 0 };
  const nb = normalBoundary(usable.map((l) => l / d.horizon), a, d.spending);
  return { c: -1, nominal: nb.nominal[nb.nominal.length - 1] };
}
function countBelow(sorted, x, inclusive) {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < x || inclusive && sorted[mid] === x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function test(p, d) {
  const at = critical(d, p.n, p.paired, d.alpha);
  if (at.nominal <= 0) return null;
  const crit = (a) => critical(d, p.n, p.paired, a);
  if (d.method === "hl" && p.paired) {
    const w = walshAverages(p.d);
    const N = w.length;
    const below = countBelow(w, 0, false);
    const atOrBelow = countBelow(w, 0, true);
    const V = N - atOrBelow;
    return {
      estimate: medianOfSorted(w),
      lo: w[at.c],
      hi: w[N - 1 - at.c],
      level: 1 - 2 * at.nominal,
      pLess: signedRankCdf(V, p.n),
      pGreater: signedRankSf(V, p.n),
      regressionAt: (a) => crit(a).c >= N - below,
      improvementAt: (a) => crit(a).c >= atOrBelow
    };
  }
  const level = 1 - 2 * at.nominal;
  const r = d.method === "t" ? p.paired ? pairedT(p.d, level) : welchT(p.lb, p.la, level) : mannWhitneyShift(p.lb, p.la, level);
  return {
    estimate: r.estimate,
    lo: r.lo,
    hi: r.hi,
    level,
    pLess: r.pLess,
    pGreater: r.pGreater,
    regressionAt: (a) => r.pLess <= crit(a).nominal,
    improvementAt: (a) => r.pGreater <= crit(a).nominal
  };
}
function repeatedP(levels, rejects) {
  for (const a of levels) if (rejects(a)) return a;
  return 1;
}
function analyzeLook(inputs, d, carry = { regression: [], improvement: [] }) {
  const n = d.looks[d.looks.length - 1];
  const bound = Math.log1p(d.margin);
  const spent = alphaSpent(d.spending, d.alpha, n / d.horizon);
  const warnings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const w of inputs) {
    validateValues(w);
    if (seen.has(w.name)) throw new UserError(`workload ${w.name} appears twice in the input`, "merge its observations into one entry");
    seen.add(w.name);
  }
  const m = inputs.length + carry.regression.length;
  const levels = [.../* @__PURE__ */ new Set([...Array.from({ length: Math.max(1, m) }, (_, j) => d.alpha / (j + 1)), 2 * d.alpha, 4 * d.alpha])].filter((a) => a < 0.5).sort((x, y) => x - y);
  const drafts = inputs.map((w) => {
    const base = {
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
    if (w.a.length === 0 || w.b.length === 0) {
      const missing = w.a.length === 0 ? "A" : "B";
      warnings.push(`workload ${w.name} has no ${missing} observations: it ran on one side only`);
      base.reason = `no ${missing} observations (workload present on one side only), nothing to compare`;
      return { wa: base, t: null, prep: null, repReg: 1, repImp: 1 };
    }
    const prep = prepare(w);
    const flags = qualityFlags([{ label: "A", obs: w.a }, { label: "B", obs: w.b }]);
    if (prep.unmatched.length) flags.push(`unmatched: ${prep.unmatched.join(", ")} left out of the paired analysis (no partner in the same block)`);
    if (!prep.paired) flags.push("unpaired: blocks did not match, compared as two independent samples");
    Object.assign(base, { n: prep.n, paired: prep.paired, flags, spread: spreadOf(prep, d.method) });
    const identical = prep.paired && prep.d.every((v) => v === 0);
    const t = identical ? null : test(prep, d);
    if (!t) return { wa: base, t: null, prep, repReg: 1, repImp: 1 };
    Object.assign(base, {
      ratio: Math.exp(t.estimate),
      ci: [Math.exp(t.lo), Math.exp(t.hi)],
      ci_level: t.level,
      p_regression: t.pLess,
      p_improvement: t.pGreater
    });
    return { wa: base, t, prep, repReg: repeatedP(levels, t.regressionAt), repImp: repeatedP(levels, t.improvementAt) };
  });
  const regAdj = holmAdjust([...drafts.map((x) => x.repReg), ...carry.regression]);
  const impAdj = holmAdjust([...drafts.map((x) => x.repImp), ...carry.improvement]);
  drafts.forEach((x, i) => {
    if (!x.prep) return;
    x.wa.p_regression_adj = x.t ? regAdj[i] : null;
    x.wa.p_improvement_adj = x.t ? impAdj[i] : null;
    classify2(x, d, bound, spent, m);
  });
  const workloads = drafts.map((x) => x.wa);
  return { verdict: gate(workloads), margin: d.margin, alpha: d.alpha, geomean_ratio: geomean(workloads), workloads, warnings };
}
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
  const lookTxt = `look at ${n} of ${d.horizon} blocks, \u03B1 spent ${num(spent)} of ${num(d.alpha)}`;
  const unit = prep.paired ? "blocks" : "launches per side";
  const needed = (estimate) => {
    wa.blocks_needed = neededBlocks(d, prep, wa.spread ?? 0, estimate);
    return wa.blocks_needed > d.horizon ? `~${wa.blocks_needed} ${unit} would be needed, beyond the declared horizon of ${d.horizon}` : `~${wa.blocks_needed} ${unit} would be needed (v2 boundaries)`;
  };
  if (prep.paired && prep.d.every((v) => v === 0) && critical(d, prep.n, true, d.alpha).nominal > 0) {
    wa.verdict = "neutral";
    wa.ratio = 1;
    wa.ci = [1, 1];
    wa.reason = `all ${prep.n} blocks gave identical A and B throughput (ratio exactly 1); ${lookTxt}`;
    return;
  }
  if (!x.t) {
    wa.reason = `n = ${prep.n} ${unit}: the design has spent \u03B1 = ${num(spent)} by this look, too little for a ${d.method === "hl" && prep.paired ? "signed-rank" : "normal-theory"} test at n = ${prep.n} to decide; ${needed(0)}`;
    return;
  }
  const t = x.t;
  const levelTxt = `${Number((100 * t.level).toPrecision(3))}%`;
  const ci = `${levelTxt} repeated CI [${r32(wa.ci[0])}, ${r32(wa.ci[1])}]`;
  const marginTxt = `\xB1${Number((100 * d.margin).toPrecision(3))}%`;
  const inside = t.lo >= -bound && t.hi <= bound;
  const regression = wa.p_regression_adj <= d.alpha && t.hi < 0;
  const improvement = wa.p_improvement_adj <= d.alpha && t.lo > 0;
  const holm = (adj) => m > 1 ? `Holm-adjusted repeated p ${adj >= 1 ? `> ${num(4 * d.alpha)}` : `\u2264 ${num(adj)}`} across ${m} workloads` : `repeated p \u2264 ${num(adj)}`;
  if (inside) {
    wa.verdict = "neutral";
    wa.look = n;
    const sig = regression || improvement ? ` (B is ${pc2(Math.abs(1 - wa.ratio))} ${regression ? "slower" : "faster"}, detectably but by less than the margin)` : "";
    wa.reason = `${ci} lies within the ${marginTxt} margin${sig}; ${lookTxt}`;
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? "regression" : "improvement";
    wa.look = n;
    const p = regression ? wa.p_regression : wa.p_improvement;
    const adj = regression ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.reason = `B is ${pc2(Math.abs(1 - wa.ratio))} ${regression ? "slower" : "faster"}: ${ci} ${regression ? "is below" : "is above"} 1, p = ${pval2(p)} at this look, ${holm(adj)} \u2264 \u03B1 = ${num(d.alpha)}; ${lookTxt}`;
    return;
  }
  wa.verdict = "inconclusive";
  const more = `spread ${pc2(wa.spread)} ${prep.paired ? "per block" : "per launch"}; ${needed(t.estimate)}`;
  if (t.hi < 0 || t.lo > 0) {
    const adj = t.hi < 0 ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.reason = `${ci} excludes 1 but the ${holm(adj)} is above \u03B1 = ${num(d.alpha)}; ${lookTxt}; ${more}`;
  } else {
    wa.reason = `${ci} is wider than the ${marginTxt} margin; ${lookTxt}; ${more}`;
  }
}
var r32, pc2, pval2, num;
var init_look = __esm({
  "src/stats/look.ts"() {
    "use strict";
    init_analyze();
    init_hodges_lehmann();
    init_t_interval();
    init_ranks();
    init_holm();
    init_flags();
    init_power();
    init_signed_rank();
    init_gs_signed_rank();
    init_gs_normal();
    init_spending();
    init_errors();
    r32 = (v) => v.toFixed(3);
    pc2 = (v, digits = 1) => `${(100 * v).toFixed(digits)}%`;
    pval2 = (v) => v < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
    num = (v) => Number(v.toPrecision(2)).toString();
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
function truncate(inputs, keep) {
  return inputs.map((w) => ({ name: w.name, a: w.a.filter((o) => keep.has(o.block)), b: w.b.filter((o) => keep.has(o.block)) }));
}
function decide(inputs, opts) {
  validateLooks(opts.looks);
  const state = designState(opts);
  const blockOrder2 = [...new Set(inputs.flatMap((w) => [...w.a, ...w.b].map((o) => o.block)))].sort((a, b) => a - b);
  const nBlocks = Math.min(opts.nBlocks, blockOrder2.length);
  const taken = state.looks.length ? state.looks.map((l) => l.blocks) : opts.looks.filter((l) => l < nBlocks);
  const atLook = opts.looks.includes(opts.nBlocks) || opts.nBlocks === state.horizon || state.looks.some((l) => l.blocks === opts.nBlocks);
  const sequence = [.../* @__PURE__ */ new Set([...taken.filter((l) => l <= nBlocks), ...atLook ? [nBlocks] : []])].filter((l) => l >= 1).sort((a, b) => a - b);
  const decided = /* @__PURE__ */ new Map();
  const carry = { regression: [], improvement: [] };
  const looks = [];
  let latest = null;
  sequence.forEach((look, i) => {
    const design = { alpha: state.alpha, margin: state.margin, method: state.method, horizon: state.horizon, spending: state.spending, looks: sequence.slice(0, i + 1) };
    const keep = new Set(blockOrder2.slice(0, look));
    const open = truncate(inputs, keep).filter((w) => !decided.has(w.name));
    const atThis = analyzeLook(open, design, carry);
    if (look === nBlocks) latest = atThis;
    const newly = [];
    for (const w of atThis.workloads) {
      if (w.verdict === "inconclusive") continue;
      decided.set(w.name, { ...w, flags: [...w.flags, `decided at look ${i + 1} (${look} of ${state.horizon} blocks)`] });
      carry.regression.push(w.p_regression_adj ?? 1);
      carry.improvement.push(w.p_improvement_adj ?? 1);
      newly.push({ name: w.name, verdict: w.verdict });
    }
    const prior = state.looks.find((l) => l.blocks === look);
    looks.push({ blocks: look, ...prior?.at ? { at: prior.at } : look === nBlocks && opts.at ? { at: opts.at } : {}, alpha_spent: alphaSpent(state.spending, state.alpha, look / state.horizon), decided: newly });
  });
  const lastDesign = {
    alpha: state.alpha,
    margin: state.margin,
    method: state.method,
    horizon: state.horizon,
    spending: state.spending,
    looks: [...sequence.filter((l) => l < nBlocks), nBlocks]
  };
  const current = latest ?? analyzeLook(inputs.filter((w) => !decided.has(w.name)), lastDesign, carry);
  const byName = new Map(current.workloads.map((w) => [w.name, w]));
  const workloads = inputs.map((w) => {
    const got = decided.get(w.name);
    if (got) return got;
    const open = byName.get(w.name);
    return latest ? open : { ...open, verdict: "inconclusive", look: null, reason: `${open.reason} (between looks: nothing is decided until the next look)` };
  });
  const spentNow = alphaSpent(state.spending, state.alpha, (sequence[sequence.length - 1] ?? 0) / state.horizon);
  for (const w of workloads) {
    if (!decided.has(w.name)) {
      w.alpha_spent = spentNow;
      w.alpha_remaining = Math.max(0, state.alpha - spentNow);
    }
  }
  const pending = workloads.filter((w) => !decided.has(w.name)).map((w) => w.name);
  return {
    analysis: { ...current, verdict: gate(workloads), geomean_ratio: geomean(workloads), workloads },
    pending,
    atLook,
    state: { ...state, looks }
  };
}
var init_sequential = __esm({
  "src/stats/sequential.ts"() {
    "use strict";
    init_analyze();
    init_look();
    init_spending();
    init_errors();
  }
});

// src/stats/from-results.ts
import { median as median3 } from "simple-statistics";
function launchValue(rec) {
  return rec.samplesTs.length > 0 ? median3(rec.samplesTs) : rec.avgTs;
}
function observation(l) {
  if (l.status !== "ok" || l.warmup || l.records.length === 0) return null;
  return { block: l.block, value: launchValue(l.records[0]), seq: l.seq };
}
function workloadInputsFromResults(results2) {
  return workloadInputsFromLaunches(results2.plan.workloads.map((w) => w.id), results2.launches);
}
function workloadInputsFromLaunches(workloadIds, launches) {
  return workloadIds.map((id) => {
    const mine = launches.filter((l) => l.workload === id);
    const pick = (v) => mine.filter((l) => l.variant === v).map(observation).filter((o) => o !== null);
    return { name: id, a: pick("A"), b: pick("B") };
  });
}
var init_from_results = __esm({
  "src/stats/from-results.ts"() {
    "use strict";
  }
});

// src/store/read-results.ts
import { readFile, stat } from "node:fs/promises";
function typeOf(v) {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}
function short(v) {
  const s = typeof v === "string" ? JSON.stringify(v) : typeOf(v);
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}
function validateResults(data, source) {
  try {
    return results(data, "$");
  } catch (e) {
    if (e instanceof Invalid) {
      throw new UserError(`${source} is not a valid llama-perf-gate results file: ${e.message}`, `expected schema ${RESULTS_SCHEMA}, as written by llama-perf-gate run`);
    }
    throw e;
  }
}
function designOf(plan2) {
  return { margin: plan2.margin, alpha: plan2.alpha, method: plan2.method, looks: plan2.looks, horizon: plan2.horizon ?? plan2.maxBlocks, spending: plan2.spending };
}
function analysisOf(r) {
  if (r.launches.length === 0) return null;
  const counted = Math.max(0, ...r.launches.map((l) => l.block + 1 - r.plan.warmupBlocks));
  const { analysis: analysis2 } = decide(workloadInputsFromResults(r), { ...designOf(r.plan), nBlocks: counted });
  for (const w of analysis2.workloads) if (w.verdict === "failed") w.reason = failedReason(r, w.name, w.reason);
  return analysis2;
}
function failedReason(r, workload, fallback) {
  const ok2 = (v2) => r.launches.some((l) => l.workload === workload && l.variant === v2 && !l.warmup && l.status === "ok");
  const v = ["B", "A"].find((x) => !ok2(x));
  if (!v) return fallback;
  const name = r.plan.variants.find((x) => x.id === v)?.name ?? v;
  const mine = r.launches.filter((l) => l.workload === workload && l.variant === v && !l.warmup);
  if (mine.length === 0) return `variant ${v} (${name}) has no counted launch (stop reason: ${r.stopReason || "none recorded"})`;
  const counts = /* @__PURE__ */ new Map();
  for (const l of mine) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const last = [...mine].reverse().find((l) => l.status !== "ok");
  const how = last.exitCode !== null ? `exit ${last.exitCode}` : last.signal ? `signal ${last.signal}` : last.status;
  const tail2 = (last.stderrTail ?? last.error ?? "").trimEnd().split("\n").map((l) => l.trim()).filter(Boolean).slice(-STDERR_LINES).join(" \u23CE ");
  return `variant ${v} (${name}) could not run: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")} of ${mine.length} launches (last: ${how})` + (tail2 ? `; stderr: ${tail2}` : "");
}
function claims(a) {
  return a ? a.verdict : "no analysis";
}
function withTrustedAnalysis(r) {
  const analysis2 = analysisOf(r);
  if (analysis2) {
    const claimed = r.analysis;
    const differs = (w) => claimed?.workloads.find((c) => c.name === w.name)?.verdict !== w.verdict;
    if (claimed === null || claimed.verdict !== analysis2.verdict || analysis2.workloads.some(differs) || claimed.workloads.length !== analysis2.workloads.length) {
      const perWorkload = analysis2.workloads.filter(differs).map((w) => `${w.name} ${claimed?.workloads.find((c) => c.name === w.name)?.verdict ?? "absent"} \u2192 ${w.verdict}`);
      analysis2.warnings.unshift(
        `the results file claimed ${claims(claimed)}; recomputed from its samples: ${analysis2.verdict}` + (perWorkload.length ? ` (${perWorkload.join(", ")})` : "")
      );
    }
  }
  return { ...r, analysis: analysis2 };
}
async function readResultsFile(path10, maxBytes = MAX_RESULTS_BYTES) {
  let size;
  try {
    size = (await stat(path10)).size;
  } catch (e) {
    throw new UserError(`cannot read results file ${path10}: ${e.code ?? e.message}`, "check the results / results-path input and that the artifact was downloaded");
  }
  if (size > maxBytes) throw new UserError(`${path10} is ${size} bytes; results files are limited to ${maxBytes} bytes`);
  let data;
  try {
    data = JSON.parse(await readFile(path10, "utf8"));
  } catch (e) {
    throw new UserError(`${path10} is not valid JSON: ${e.message}`);
  }
  return withTrustedAnalysis(validateResults(data, path10));
}
var MAX_RESULTS_BYTES, MAX_SHORT, MAX_LONG, MAX_ITEMS, MAX_BLOCKS, MAX_SAMPLES, MAX_TOKENS, TS_TOLERANCE, Invalid, fail, str, num2, int, intIn, numIn, positive, bool, oneOf, nullable, optional, arr, tuple, pair, triple, record, obj, scalar, rawFields, variantId, verdict, numa, variant, plan, host, build, benchRecordShape, benchRecord, launch, memoryPoint, depthCurve, workloadAnalysis, analysis, results, STDERR_LINES;
var init_read_results = __esm({
  "src/store/read-results.ts"() {
    "use strict";
    init_errors();
    init_results();
    init_sequential();
    init_from_results();
    MAX_RESULTS_BYTES = 64 * 1024 * 1024;
    MAX_SHORT = 4096;
    MAX_LONG = 64 * 1024;
    MAX_ITEMS = 2e5;
    MAX_BLOCKS = 1e5;
    MAX_SAMPLES = 1e4;
    MAX_TOKENS = 1e7;
    TS_TOLERANCE = 0.01;
    Invalid = class extends Error {
    };
    fail = (path10, what) => {
      throw new Invalid(`${path10} ${what}`);
    };
    str = (max = MAX_SHORT) => (v, p) => {
      if (typeof v !== "string") return fail(p, `must be a string (got ${typeOf(v)})`);
      if (v.length > max) return fail(p, `is ${v.length} characters long (limit ${max})`);
      return v;
    };
    num2 = (v, p) => typeof v === "number" && Number.isFinite(v) ? v : fail(p, `must be a finite number (got ${typeOf(v)})`);
    int = (v, p) => Number.isSafeInteger(v) ? v : fail(p, `must be an integer (got ${typeOf(v)})`);
    intIn = (min, max) => (v, p) => {
      const n = int(v, p);
      return n >= min && n <= max ? n : fail(p, `must be between ${min} and ${max} (got ${n})`);
    };
    numIn = (lo, hi) => (v, p) => {
      const n = num2(v, p);
      return n > lo && n < hi ? n : fail(p, `must be greater than ${lo} and less than ${hi} (got ${n})`);
    };
    positive = (v, p) => {
      const n = num2(v, p);
      return n > 0 && n < 1e12 ? n : fail(p, `must be a positive number below 1e12 (got ${n})`);
    };
    bool = (v, p) => typeof v === "boolean" ? v : fail(p, `must be true or false (got ${typeOf(v)})`);
    oneOf = (...allowed) => (v, p) => allowed.includes(v) ? v : fail(p, `must be one of ${allowed.join(", ")} (got ${short(v)})`);
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
        str(256)(k, `${p} key`);
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
    variantId = oneOf("A", "B");
    verdict = oneOf("neutral", "regression", "improvement", "inconclusive", "failed");
    numa = (v, p) => {
      const kind = obj({ kind: oneOf("none", "interleave", "bind", "llama", "cpus") })(v, p).kind;
      if (kind === "bind") return obj({ kind: oneOf("bind"), node: int })(v, p);
      if (kind === "llama") return obj({ kind: oneOf("llama"), mode: oneOf("distribute", "isolate", "numactl") })(v, p);
      if (kind === "cpus") return obj({ kind: oneOf("cpus"), cpus: str(1024) })(v, p);
      return { kind };
    };
    variant = obj({ id: variantId, name: str(), ref: str(), cmakeArgs: arr(str(), 500), runArgs: arr(str(), 500), env: record(str()) });
    plan = obj({
      repo: str(),
      model: str(),
      out: str(),
      variants: pair(variant),
      workloads: arr(obj({ id: str(), label: str(256), nPrompt: intIn(0, MAX_TOKENS), nGen: intIn(0, MAX_TOKENS), nDepth: intIn(0, MAX_TOKENS), numa }), 1e3),
      threads: int,
      levers: obj({ repetitions: int, prio: optional(int), delay: optional(num2), cpuMask: optional(str(256)), cpuStrict: optional(bool), poll: optional(int) }),
      // The decision is recomputed with these: the same ranges the CLI accepts.
      maxBlocks: intIn(1, MAX_BLOCKS),
      warmupBlocks: intIn(0, MAX_BLOCKS),
      looks: arr(intIn(1, MAX_BLOCKS), 1e3),
      seed: int,
      timeoutSec: num2,
      margin: numIn(0, 1),
      alpha: numIn(0, 0.5),
      method: oneOf("hl", "t"),
      horizon: optional(int),
      spending: optional(oneOf("obf", "pocock")),
      depthCtx: optional(int)
    });
    host = obj({
      hostname: nullable(str()),
      kernel: nullable(str()),
      cpuModel: nullable(str()),
      sockets: nullable(int),
      coresPerSocket: nullable(int),
      threadsPerCore: nullable(int),
      logicalCpus: int,
      smt: nullable(bool),
      numaNodes: arr(obj({ id: int, cpus: arr(int, 1e5), memTotalKiB: nullable(num2), memFreeKiB: nullable(num2) }), 1024),
      numaBalancing: nullable(num2),
      thpMode: nullable(str()),
      governor: nullable(str()),
      boost: nullable(bool),
      loadAvgStart: nullable(triple(num2)),
      loadAvgEnd: optional(triple(num2)),
      warnings: arr(str(MAX_LONG), 1e3)
    });
    build = obj({
      variant: variantId,
      ok: bool,
      ref: str(),
      commit: nullable(str(256)),
      cmakeArgs: arr(str(), 500),
      binDir: nullable(str()),
      reused: bool,
      seconds: num2,
      logPath: nullable(str()),
      logTail: nullable(str(MAX_LONG)),
      error: nullable(str(MAX_LONG)),
      depthTool: optional(nullable(str(256)))
    });
    benchRecordShape = obj({
      flavour: oneOf("mainline", "ik"),
      label: str(256),
      nPrompt: intIn(0, MAX_TOKENS),
      nGen: intIn(0, MAX_TOKENS),
      nDepth: intIn(0, MAX_TOKENS),
      nThreads: nullable(int),
      samplesNs: arr(positive, MAX_SAMPLES),
      samplesTs: arr(positive, MAX_SAMPLES),
      avgTs: positive,
      stddevTs: nullable(num2),
      buildCommit: nullable(str(256)),
      buildNumber: nullable(num2),
      cpuInfo: nullable(str()),
      modelType: nullable(str()),
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
    launch = obj({
      block: intIn(0, MAX_BLOCKS * 2),
      slot: intIn(0, MAX_ITEMS),
      seq: intIn(0, MAX_ITEMS),
      variant: variantId,
      workload: str(),
      warmup: bool,
      startedAt: str(64),
      wallMs: num2,
      status: oneOf("ok", "crashed", "timeout", "parse-error", "skipped"),
      exitCode: nullable(int),
      signal: nullable(str(64)),
      argv: arr(str(), 1e3),
      records: arr(benchRecord, 1e3),
      memory: nullable(obj({
        peakRssKiB: num2,
        minorFaults: num2,
        majorFaults: num2,
        nodeKiB: nullable(record(num2, 1024)),
        anonNodeKiB: optional(nullable(record(num2, 1024))),
        sampleRssKiB: optional(nullable(num2)),
        sampleAtMs: optional(nullable(num2)),
        lastNodeKiB: optional(nullable(record(num2, 1024))),
        samples: optional(num2),
        sampleCostMs: optional(num2),
        userMs: optional(num2),
        sysMs: optional(num2)
      })),
      stderrTail: nullable(str(MAX_LONG)),
      error: nullable(str(MAX_LONG))
    });
    memoryPoint = obj({ tMs: num2, rssKiB: num2, anonKiB: num2, nodeKiB: record(num2, 1024), anonNodeKiB: record(num2, 1024), nKv: nullable(int) });
    depthCurve = obj({
      variant: variantId,
      tool: str(256),
      ctx: int,
      argv: arr(str(), 1e3),
      startedAt: str(64),
      wallMs: num2,
      points: arr(memoryPoint, 1e5),
      status: oneOf("ok", "crashed", "timeout", "no-rows"),
      exitCode: nullable(int),
      signal: nullable(str(64)),
      kvBuffer: nullable(oneOf("mmap", "heap")),
      stderrTail: nullable(str(MAX_LONG)),
      error: nullable(str(MAX_LONG))
    });
    workloadAnalysis = obj({
      name: str(),
      n: int,
      paired: bool,
      method: oneOf("hl", "t"),
      ratio: nullable(num2),
      ci: nullable(pair(num2)),
      ci_level: num2,
      p_regression: nullable(num2),
      p_regression_adj: nullable(num2),
      p_improvement: nullable(num2),
      p_improvement_adj: nullable(num2),
      verdict,
      blocks_needed: nullable(num2),
      spread: nullable(num2),
      flags: arr(str(), 100),
      reason: str(MAX_LONG),
      look: optional(nullable(int)),
      alpha_spent: optional(num2),
      alpha_remaining: optional(num2)
    });
    analysis = obj({ verdict, margin: num2, alpha: num2, geomean_ratio: nullable(num2), workloads: arr(workloadAnalysis, 1e3), warnings: arr(str(MAX_LONG), 1e3) });
    results = obj({
      schema: oneOf(RESULTS_SCHEMA),
      tool: obj({ name: str(256), version: str(256) }),
      startedAt: str(64),
      finishedAt: nullable(str(64)),
      plan,
      host: nullable(host),
      flavour: nullable(oneOf("mainline", "ik")),
      builds: arr(build, 10),
      schedule: obj({ seed: int, blocks: arr(obj({ block: int, order: arr(obj({ variant: variantId, workload: str() }), 1e4) }), 1e5) }),
      launches: arr(launch),
      analysis: nullable(analysis),
      stopReason: str(MAX_LONG),
      notes: arr(str(MAX_LONG), 1e3),
      memoryCurves: optional(arr(depthCurve, 10))
    });
    STDERR_LINES = 5;
  }
});

// src/build/exec.ts
import { execFile, spawn } from "node:child_process";
import { access, constants as constants2, stat as stat2 } from "node:fs/promises";
import path from "node:path";
function run(cmd, args, opts = {}) {
  return new Promise((resolve5, reject) => {
    execFile(cmd, args, { cwd: opts.cwd, env: opts.env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof err.code === "string") {
        reject(err);
        return;
      }
      const e = err;
      resolve5({ code: e ? e.code ?? null : 0, signal: e ? e.signal ?? null : null, stdout, stderr });
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
  return new Promise((resolve5) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
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
      resolve5({ code: null, signal: null });
    });
    child.on("close", (code2, signal) => {
      out.end();
      err.end();
      resolve5({ code: code2, signal });
    });
  });
}
async function which(name, env2 = process.env) {
  if (name.includes("/")) return await isExecutableFile(name) ? path.resolve(name) : null;
  for (const dir of (env2.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (await isExecutableFile(p)) return p;
  }
  return null;
}
async function isExecutableFile(p) {
  try {
    await access(p, constants2.X_OK);
    return (await stat2(p)).isFile();
  } catch {
    return false;
  }
}
var init_exec = __esm({
  "src/build/exec.ts"() {
    "use strict";
  }
});

// src/build/cmake.ts
import { readdir } from "node:fs/promises";
import path2 from "node:path";
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
  const bin = await findExecutable(req.buildDir, BENCH_TARGET);
  if (!bin) return { ok: false, phase: "build", error: `the build succeeded but no ${BENCH_TARGET} executable was found under ${req.buildDir}` };
  writeLine(req.log, `built ${bin}`);
  const binDir = path2.dirname(bin);
  const depthOk = depthTool !== null && await isExecutableFile(path2.join(binDir, depthTool));
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
    onLine: (line) => {
      writeLine(req.log, line);
      req.onLine("build", line);
    }
  });
  if (r.code !== 0) {
    writeLine(req.log, `building ${tool} failed (exit ${r.code ?? r.signal}); memory at depth will be skipped`);
    return null;
  }
  return await isExecutableFile(path2.join(req.binDir, tool)) ? tool : null;
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
async function findExecutable(buildDir, name) {
  for (const p of [path2.join(buildDir, "bin", name), path2.join(buildDir, name)]) {
    if (await isExecutableFile(p)) return p;
  }
  const walk = async (dir, depth) => {
    if (depth > 4) return null;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path2.join(dir, e.name);
      if (e.isFile() && e.name === name && await isExecutableFile(p)) return p;
    }
    for (const e of entries) {
      if (e.isDirectory() && e.name !== "CMakeFiles") {
        const hit = await walk(path2.join(dir, e.name), depth + 1);
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
    BENCH_TARGET = "llama-bench";
    SWEEP_TARGET = "llama-sweep-bench";
    BATCHED_TARGET = "llama-batched-bench";
    FIXED_CMAKE_ARGS = [
      "-DCMAKE_BUILD_TYPE=Release",
      "-DLLAMA_CURL=OFF",
      "-DLLAMA_BUILD_TESTS=OFF",
      "-DLLAMA_BUILD_SERVER=OFF"
    ];
  }
});

// src/build/git.ts
import { mkdir, realpath, rm, stat as stat3 } from "node:fs/promises";
import path3 from "node:path";
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
  const isDir = await stat3(repo).then((s) => s.isDirectory(), () => false);
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
  return path3.join(cacheDir, "worktrees", commit.slice(0, 12));
}
async function ensureWorktree(repo, commit, cacheDir) {
  const wt = worktreePath(cacheDir, commit);
  if (await isCleanCheckoutOf(wt, commit)) return { path: wt, reused: true };
  if (await stat3(wt).then(() => true, () => false)) {
    await run("git", ["-C", repo, "worktree", "remove", "--force", wt]);
    await rm(wt, { recursive: true, force: true });
  }
  await run("git", ["-C", repo, "worktree", "prune"]);
  await mkdir(path3.dirname(wt), { recursive: true });
  await runOk("git", ["-C", repo, "worktree", "add", "--detach", "--force", wt, commit]);
  return { path: wt, reused: false };
}
async function isCleanCheckoutOf(wt, commit) {
  const head = await run("git", ["-C", wt, "rev-parse", "--verify", "--quiet", "HEAD"]).catch(() => null);
  if (!head || head.code !== 0 || head.stdout.trim() !== commit) return false;
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

// src/build/lock.ts
import { link, mkdir as mkdir2, readFile as readFile2, rename, rm as rm2, stat as stat4, writeFile } from "node:fs/promises";
import { readFileSync as readFileSync3 } from "node:fs";
import { hostname } from "node:os";
import path4 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
function startTicks(pid) {
  try {
    const s = readFileSync3(`/proc/${pid}/stat`, "utf8");
    const v = Number(s.slice(s.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}
function startedAt(ticks) {
  if (ticks === null) return null;
  try {
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync3("/proc/stat", "utf8"))?.[1]);
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
  return o.startTicks === null || now === null || now === o.startTicks;
}
async function readOwner(lockPath) {
  const text = (await readFile2(lockPath, "utf8").catch(() => "")).trim();
  if (/^\d+$/.test(text)) return { pid: Number(text), startTicks: null, hostname: hostname(), since: "?", label: "a lock" };
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
    return Date.now() - (await stat4(lockPath)).mtimeMs > 6e4;
  } catch {
    return false;
  }
}
async function tryLock(lockPath, label, onStale) {
  await mkdir2(path4.dirname(lockPath), { recursive: true });
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
          }
        };
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
      }
      const owner = await readOwner(lockPath);
      if (owner ? ownerAlive(owner) : !await unreadableForLong(lockPath)) return { heldBy: owner };
      const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
      try {
        await rename(lockPath, aside);
        await rm2(aside, { force: true });
        onStale?.(owner);
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
    await sleep(Math.min(o.pollMs ?? 1e3, Math.max(1, deadline - Date.now())));
  }
}
async function withLock(lockPath, fn, onWait, label = "a lock") {
  const lock = await acquireLock(lockPath, { label, onWait });
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}
var init_lock = __esm({
  "src/build/lock.ts"() {
    "use strict";
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
  const canonical = JSON.stringify([
    "llama-perf-gate/build",
    inp.recipe ?? BUILD_RECIPE_VERSION,
    inp.commit,
    inp.cmakeArgs,
    [inp.cc.path, inp.cc.version],
    [inp.cxx.path, inp.cxx.version],
    inp.cmakeVersion,
    Object.keys(inp.envFlags).sort().map((k) => [k, inp.envFlags[k]])
  ]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
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
async function compilerId(path10) {
  const r = await run(path10, ["--version"]).catch(() => null);
  if (!r || r.code !== 0) throw new UserError(`the compiler ${path10} does not run (\`${path10} --version\` failed)`, INSTALL_HINT);
  const real = await realpath2(path10).catch(() => path10);
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

// src/build/child-env.ts
import { readFileSync as readFileSync4 } from "node:fs";
import path5 from "node:path";
function allowedName(name) {
  if (FORBIDDEN.test(name)) return false;
  return EXACT.has(name) || PREFIXES.some((p) => name.startsWith(p));
}
function jobPathAdditions(base) {
  const file = base.GITHUB_PATH;
  if (!file) return /* @__PURE__ */ new Set();
  try {
    return new Set(readFileSync4(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((p) => path5.resolve(p)));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function childEnv(base, planEnv = {}) {
  const out = {};
  for (const [k, v] of Object.entries(base)) if (v !== void 0 && allowedName(k)) out[k] = v;
  const added = jobPathAdditions(base);
  if (out.PATH !== void 0 && added.size > 0) {
    out.PATH = out.PATH.split(path5.delimiter).filter((p) => p && !added.has(path5.resolve(p))).join(path5.delimiter);
  }
  for (const [k, v] of Object.entries(planEnv)) if (!FORBIDDEN.test(k)) out[k] = v;
  return out;
}
var EXACT, PREFIXES, FORBIDDEN;
var init_child_env = __esm({
  "src/build/child-env.ts"() {
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
  }
});

// src/build/cache-dir.ts
import os from "node:os";
import path6 from "node:path";
function defaultCacheDir(env2 = process.env) {
  const fromEnv = env2.LLAMA_PERF_GATE_CACHE;
  if (fromEnv && fromEnv.trim()) return path6.resolve(fromEnv);
  return path6.join(os.homedir(), ".cache", "llama-perf-gate");
}
var init_cache_dir = __esm({
  "src/build/cache-dir.ts"() {
    "use strict";
  }
});

// src/build/package-root.ts
import { existsSync as existsSync2, readFileSync as readFileSync5 } from "node:fs";
import path7 from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = path7.dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const pj = path7.join(dir, "package.json");
    if (existsSync2(pj)) {
      try {
        if (JSON.parse(readFileSync5(pj, "utf8")).name === "llama-perf-gate") return dir;
      } catch {
      }
    }
    const up = path7.dirname(dir);
    if (up === dir) throw new Error(`cannot find the llama-perf-gate package root above ${from}`);
    dir = up;
  }
}
var init_package_root = __esm({
  "src/build/package-root.ts"() {
    "use strict";
  }
});

// src/build/embedded.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir3, mkdtemp, readFile as readFile3, rename as rename2, rm as rm3, stat as stat5 } from "node:fs/promises";
import path8 from "node:path";
async function ensureEmbeddedSource(opts) {
  return withLock(path8.join(opts.cacheDir, "locks", "embedded.lock"), () => ensureLocked(opts), (line) => opts.log(line), "the embedded source");
}
async function ensureLocked(opts) {
  const repo = path8.join(opts.cacheDir, "llama.cpp");
  const patchPath = opts.patchPath ?? path8.join(packageRoot(), "patches", "mmap-kv.patch");
  const patch = await readFile3(patchPath).catch(() => {
    throw new UserError(`the mmap-KV patch ${patchPath} is missing`, "restore it from the repository (git checkout -- patches/)");
  });
  const patchSha = createHash2("sha256").update(patch).digest("hex");
  let base = await refCommit(repo, BASE_BRANCH);
  if (!base) {
    const bundle = await ensureBundle(opts);
    base = await importBundle(bundle, repo, opts.log);
  }
  const head = await patchedCommitIfCurrent(repo, base, patchSha) ?? await commitPatch(repo, base, patchPath, patchSha, opts.log);
  return { repo, baseRef: BASE_BRANCH, headRef: HEAD_BRANCH, commit: base, headCommit: head };
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
  const base = await refCommit(repo, BASE_BRANCH);
  if (!base) throw new Error(`importing ${bundle} left no ${BASE_BRANCH} branch in ${repo}`);
  return base;
}
async function patchedCommitIfCurrent(repo, base, patchSha) {
  const head = await refCommit(repo, HEAD_BRANCH);
  if (!head) return null;
  const r = await run("git", ["-C", repo, "log", "-1", "--format=%P%n%B", head]);
  if (r.code !== 0) return null;
  const [parents, ...body] = r.stdout.split("\n");
  return parents.trim() === base && body.includes(`${PATCH_TRAILER}: ${patchSha}`) ? head : null;
}
async function commitPatch(repo, base, patchPath, patchSha, log) {
  log(`creating branch ${HEAD_BRANCH} = ${BASE_BRANCH} + ${path8.basename(patchPath)}`);
  const tmpDir = await mkdtemp(path8.join(path8.dirname(repo), ".lpg-index-"));
  const env2 = { ...process.env, GIT_INDEX_FILE: path8.join(tmpDir, "index"), ...PATCH_COMMIT_ENV };
  try {
    await runOk("git", ["-C", repo, "read-tree", base], { env: env2 });
    const applied = await run("git", ["-C", repo, "apply", "--cached", path8.resolve(patchPath)], { env: env2 });
    if (applied.code !== 0) {
      throw new UserError(
        `the patch ${patchPath} does not apply to ${BASE_BRANCH} (${base.slice(0, 12)}): ${applied.stderr.trim().split("\n").slice(0, 3).join(" | ")}`,
        `regenerate the patch against the bundled llama.cpp (git -C ${repo} worktree add /tmp/lpg-base ${BASE_BRANCH})`
      );
    }
    const tree = (await runOk("git", ["-C", repo, "write-tree"], { env: env2 })).trim();
    const message = `llama-perf-gate: apply ${path8.basename(patchPath)}

${PATCH_TRAILER}: ${patchSha}
`;
    const commit = (await runOk("git", ["-C", repo, "commit-tree", tree, "-p", base, "-m", message], { env: env2 })).trim();
    await runOk("git", ["-C", repo, "update-ref", `refs/heads/${HEAD_BRANCH}`, commit]);
    return commit;
  } finally {
    await rm3(tmpDir, { recursive: true, force: true });
  }
}
async function refCommit(repo, branch) {
  if (!existsSync3(repo)) return null;
  const r = await run("git", [`--git-dir=${repo}`, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]).catch(() => null);
  return r && r.code === 0 ? r.stdout.trim() : null;
}
async function nonEmptyFile(p) {
  return stat5(p).then((s) => s.isFile() && s.size > 0, () => false);
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
import { mkdir as mkdir4, readFile as readFile4, writeFile as writeFile2 } from "node:fs/promises";
import os2 from "node:os";
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
  const locked = async () => {
    const inputs = {
      commit,
      cmakeArgs: v.cmakeArgs,
      cc: toolchain.cc,
      cxx: toolchain.cxx,
      cmakeVersion: toolchain.cmakeVersion,
      envFlags: envFlags(env2)
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
        depthTool = await addDepthTool({ buildDir, binDir: previous.binDir, toolchain, jobs: opts.jobs ?? os2.availableParallelism(), env: childEnv2, log, onLine: note });
        await writeStamp(buildDir, { ...previous.stamp, targets: depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET], depthTool });
      }
      return outcome({ ok: true, binDir: previous.binDir, depthTool, reused: true });
    }
    const r = await cmakeBuild({
      srcDir: wt.path,
      buildDir,
      cmakeArgs: v.cmakeArgs,
      toolchain,
      jobs: opts.jobs ?? os2.availableParallelism(),
      env: childEnv2,
      log,
      onLine: note
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
    return await withLock(lockPath, () => locked(), (line) => {
      note("configure", line);
      opts.log?.(line);
    }, `the build of ${commit.slice(0, 12)}`);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    writeLine(log, `FAILED: ${msg}`);
    tail2.push(msg);
    return outcome({ error: msg, logTail: tail2.slice(-LOG_TAIL_LINES).join("\n") });
  } finally {
    await new Promise((resolve5) => log.end(resolve5));
  }
}
async function writeStamp(buildDir, stamp) {
  await writeFile2(path9.join(buildDir, STAMP), JSON.stringify(stamp, null, 2) + "\n");
}
async function readStamp(buildDir, key) {
  try {
    const s = JSON.parse(await readFile4(path9.join(buildDir, STAMP), "utf8"));
    if (s.key !== key || typeof s.binDir !== "string") return null;
    if (!await isExecutableFile(path9.join(s.binDir, BENCH_TARGET))) return null;
    let depthTool = typeof s.depthTool === "string" || s.depthTool === null ? s.depthTool : void 0;
    if (typeof depthTool === "string" && !await isExecutableFile(path9.join(s.binDir, depthTool))) depthTool = void 0;
    return { stamp: s, binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}
function coversPath(base, p) {
  if (!base) return false;
  const rel = path9.relative(path9.resolve(base), path9.resolve(p));
  return rel === "" || !rel.startsWith("..") && !path9.isAbsolute(rel);
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
    init_cache_dir();
    init_embedded();
    init_git();
    init_key();
    LOG_TAIL_LINES = 30;
    STAMP = "llama-perf-gate-build.json";
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

// src/host/fingerprint.ts
var fingerprint_exports = {};
__export(fingerprint_exports, {
  compareFingerprints: () => compareFingerprints,
  finishFingerprint: () => finishFingerprint,
  hostWarnings: () => hostWarnings,
  parseBracketChoice: () => parseBracketChoice,
  readFingerprint: () => readFingerprint,
  readLoadAvg: () => readLoadAvg
});
import { readFileSync as readFileSync6, readdirSync } from "node:fs";
import { join as join2 } from "node:path";
import os3 from "node:os";
function readText(root, rel) {
  try {
    return readFileSync6(join2(root, rel), "utf8");
  } catch {
    return null;
  }
}
function readInt(root, rel) {
  const t = readText(root, rel);
  if (t === null) return null;
  const n = Number.parseInt(t.trim(), 10);
  return Number.isFinite(n) ? n : null;
}
function listDir(root, rel) {
  try {
    return readdirSync(join2(root, rel));
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
  if (logicalCpus === 0 && isRealRoot) logicalCpus = os3.availableParallelism();
  const packages = /* @__PURE__ */ new Set();
  const coreGroups = /* @__PURE__ */ new Set();
  const groupSizes = [];
  for (const cpu of cpus) {
    const base = `sys/devices/system/cpu/cpu${cpu}/topology`;
    const pkg = readInt(root, `${base}/physical_package_id`);
    if (pkg !== null) packages.add(pkg);
    const sib = readText(root, `${base}/thread_siblings_list`) ?? readText(root, `${base}/core_cpus_list`);
    const list2 = sib === null ? null : parseCpuList(sib);
    if (list2 && list2.length > 0) {
      const key = formatCpuList(list2);
      if (!coreGroups.has(key)) groupSizes.push(list2.length);
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
    const base = `sys/devices/system/node/node${id}`;
    const cpulist = readText(root, `${base}/cpulist`);
    const meminfo = readText(root, `${base}/meminfo`) ?? "";
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
    const [a, b, c] = os3.loadavg();
    return [a, b, c];
  }
  return null;
}
function hostWarnings(fp2, load = fp2.loadAvgStart) {
  const w = [];
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
function readFingerprint(root = "/") {
  const isRealRoot = root === "/";
  const cpuinfo = readCpuinfo(root);
  const topo = readTopology(root, cpuinfo, isRealRoot);
  const hostname2 = readText(root, "proc/sys/kernel/hostname")?.trim() || (isRealRoot ? os3.hostname() : null);
  const kernel = readText(root, "proc/sys/kernel/osrelease")?.trim() || (isRealRoot ? os3.release() : null);
  const fp2 = {
    hostname: hostname2,
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
    warnings: []
  };
  fp2.warnings = hostWarnings(fp2);
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
  }
});

// src/host/numa-policy.ts
import { accessSync as accessSync2, constants as constants3 } from "node:fs";
import { delimiter, join as join3 } from "node:path";
function findExecutable2(name, path10 = process.env.PATH ?? "") {
  for (const dir of path10.split(delimiter)) {
    if (!dir) continue;
    const p = join3(dir, name);
    try {
      accessSync2(p, constants3.X_OK);
      return p;
    } catch {
    }
  }
  return null;
}
function requireNumactl(opts, what) {
  const path10 = opts.numactl === void 0 ? findExecutable2("numactl") : opts.numactl;
  if (!path10) {
    throw new UserError(
      `NUMA policy ${what} needs numactl, which is not installed (not found in PATH)`,
      "install it: apt-get install numactl (Debian/Ubuntu) or dnf install numactl (Fedora/RHEL)"
    );
  }
  return path10;
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
      const list2 = parseCpuList(policy.cpus);
      if (list2 === null || list2.length === 0) {
        throw new UserError(`CPU list "${policy.cpus}" is not a list of CPUs`, "write it as the kernel does, e.g. 0-15,32-47");
      }
      const absent = opts.cpus ? list2.filter((c) => !opts.cpus.includes(c)) : [];
      if (absent.length > 0) {
        throw new UserError(
          `CPU list "${policy.cpus}" names CPU(s) ${formatCpuList(absent)} that are not online here (online: ${formatCpuList(opts.cpus)})`,
          "see /sys/devices/system/cpu/online"
        );
      }
      return { prefix: [requireNumactl(opts, label), `--physcpubind=${formatCpuList(list2)}`], benchArgs: [], label };
    }
  }
}
var init_numa_policy = __esm({
  "src/host/numa-policy.ts"() {
    "use strict";
    init_errors();
    init_cpulist();
    init_numa();
  }
});

// src/host/native.ts
import { createHash as createHash3 } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync as existsSync4, mkdirSync as mkdirSync2, readFileSync as readFileSync7, renameSync as renameSync2, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function nativeSourceDir() {
  const candidates = ["../../native/", "../native/"].map((rel) => fileURLToPath2(new URL(rel, import.meta.url)));
  return candidates.find((d) => existsSync4(join4(d, "lpg-measure.c"))) ?? candidates[0];
}
function nativeCacheDir(env2 = process.env) {
  const base = env2.LLAMA_PERF_GATE_CACHE || join4(homedir(), ".cache", "llama-perf-gate");
  return join4(base, "native");
}
function compiler(env2) {
  const cc = env2.CC || "cc";
  try {
    execFileSync(cc, ["--version"], { stdio: "ignore" });
  } catch {
    throw new UserError(
      `no C compiler found (tried "${cc}"): llama-perf-gate compiles its small native helpers (native/*.c) at first use`,
      "install one: apt-get install gcc (Debian/Ubuntu) or dnf install gcc; or set CC to a compiler"
    );
  }
  return cc;
}
function nativeArtifact(name, env2 = process.env) {
  const src = join4(nativeSourceDir(), `${name}.c`);
  let source;
  try {
    source = readFileSync7(src);
  } catch {
    throw new UserError(`native source ${src} is missing`, "reinstall llama-perf-gate: the native/ folder ships with it");
  }
  const { args, ext } = FLAGS[name];
  const hash = createHash3("sha256").update(source).update(args.join(" ")).digest("hex").slice(0, 16);
  const dir = nativeCacheDir(env2);
  const out = join4(dir, `${name}-${hash}${ext}`);
  if (built.get(name) === out || existsSync4(out)) {
    built.set(name, out);
    return out;
  }
  const cc = compiler(env2);
  mkdirSync2(dir, { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    execFileSync(cc, [...args, "-o", tmp, src], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (e) {
    rmSync(tmp, { force: true });
    const stderr = e.stderr?.toString().trim() ?? String(e);
    throw new UserError(`compiling ${src} with ${cc} failed:
${stderr}`, "check that the compiler works (cc --version) and gcc/libc headers are installed (apt-get install gcc libc6-dev)");
  }
  renameSync2(tmp, out);
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
      "lpg-probe": { args: ["-O2", "-Wall", "-fPIC", "-shared", "-pthread"], ext: ".so" }
    };
    built = /* @__PURE__ */ new Map();
  }
});

// src/host/measure.ts
import { readFileSync as readFileSync8 } from "node:fs";
function wrapMeasured(argv, outFile, opts = {}) {
  const interval = opts.intervalMs ?? 100;
  return [nativeArtifact("lpg-measure"), "--out", outFile, "--interval-ms", String(Math.max(1, Math.round(interval))), "--", ...argv];
}
function readMeasureReport(outFile) {
  try {
    const r = JSON.parse(readFileSync8(outFile, "utf8"));
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

// src/parse/record.ts
function flavourFromFields(fields) {
  const set = new Set(fields);
  if (set.has("n_depth") || set.has("backends")) return "mainline";
  return IK_ONLY.some((f) => set.has(f)) ? "ik" : "mainline";
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
function int2(raw, key, ctx, required) {
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
  if (!Array.isArray(v) || !v.every((x) => typeof x === "number" && Number.isFinite(x) && x > 0)) {
    throw malformed(ctx.source, ctx.line, `field "${key}" must be an array of positive numbers`, ctx.format);
  }
  return v;
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
  let nPrompt = int2(raw, "n_prompt", ctx, true);
  let nGen = int2(raw, "n_gen", ctx, true);
  let nDepth = int2(raw, "n_depth", ctx, false) ?? 0;
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
  let avgTs = typeof raw.avg_ts === "number" ? raw.avg_ts : NaN;
  if (!Number.isFinite(avgTs) && samplesTs.length > 0) avgTs = samplesTs.reduce((a, b) => a + b, 0) / samplesTs.length;
  if (!Number.isFinite(avgTs) || avgTs <= 0) {
    throw malformed(source, test2.line, `avg_ts is ${JSON.stringify(raw.avg_ts ?? null)}, expected a positive number`, format);
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
var INT_FIELDS, BOOL_FIELDS, FLOAT_FIELDS, IK_ONLY, NUMBER, IK_GP_LABEL;
var init_record = __esm({
  "src/parse/record.ts"() {
    "use strict";
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
    NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
    IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;
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
function parseJson(text, source) {
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
var init_json = __esm({
  "src/parse/json.ts"() {
    "use strict";
    init_malformed();
    init_record();
  }
});

// src/parse/csv.ts
function splitCsvLine(line) {
  const cells2 = [];
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
    cells2.push(cell);
    if (i >= line.length) return cells2;
    i++;
  }
}
function parseCsv(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  if (lines.length === 0) throw malformed(source, 0, "no header line", "csv");
  const header = splitCsvLine(lines[0].text);
  if (!header || !header.includes("n_prompt") || !header.includes("n_gen")) {
    throw malformed(source, lines[0].n, "first line is not a llama-bench CSV header (no n_prompt/n_gen columns)", "csv");
  }
  const flavour = flavourFromFields(header);
  return lines.slice(1).map((l) => {
    const cells2 = splitCsvLine(l.text);
    if (!cells2) throw malformed(source, l.n, "unterminated quoted value", "csv");
    if (cells2.length !== header.length) {
      throw malformed(source, l.n, `row has ${cells2.length} values, header has ${header.length} columns`, "csv");
    }
    const fields = {};
    header.forEach((name, i) => fields[name] = typedValue(name, cells2[i], flavour));
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
function cells(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}
function detectFlavour(header, separator, labels) {
  if (labels.some((l) => IK_GP_LABEL2.test(l))) return "ik";
  if (labels.some((l) => l.includes(" @ d"))) return "mainline";
  if (header.some((h) => IK_COLUMNS.includes(h))) return "ik";
  if (header.some((h) => MAINLINE_COLUMNS.includes(h))) return "mainline";
  const ts = separator[header.indexOf("t/s")];
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
  const header = cells(lines[first].text);
  if (!header.includes("test") || !header.includes("t/s")) {
    throw malformed(source, lines[first].n, 'table header lacks the "test" and "t/s" columns', "md");
  }
  const sepLine = lines[first + 1];
  const separator = sepLine ? cells(sepLine.text) : [];
  if (!sepLine || separator.length !== header.length || !separator.every((c) => /^-+:?$/.test(c))) {
    throw malformed(source, sepLine?.n ?? lines[first].n, "expected the table separator line (| ---: | ...) after the header", "md");
  }
  const rows = [];
  let build2 = null;
  for (const l of lines.slice(first + 2)) {
    const t = l.text.trim();
    if (t.startsWith("|") && build2 === null) {
      const c = cells(t);
      if (c.length !== header.length) throw malformed(source, l.n, `row has ${c.length} cells, header has ${header.length}`, "md");
      rows.push({ n: l.n, cells: c });
      continue;
    }
    const f = FOOTER.exec(t);
    if (f && build2 === null) {
      build2 = { commit: f[1], number: Number(f[2]) };
      continue;
    }
    throw malformed(source, l.n, `unexpected line ${JSON.stringify(t.slice(0, 80))}`, "md");
  }
  const testCol = header.indexOf("test");
  const tsCol = header.indexOf("t/s");
  const flavour = detectFlavour(header, separator, rows.map((r) => r.cells[testCol]));
  return rows.map((r) => {
    const fields = {};
    header.forEach((h, i) => {
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
    if (build2) Object.assign(fields, { build_commit: build2.commit, build_number: build2.number });
    return toBenchRecord({ fields, line: r.n }, flavour, source, "md");
  });
}
var DISPLAY_TO_FIELD, IK_COLUMNS, MAINLINE_COLUMNS, MAINLINE_LABEL, IK_GP_LABEL2, TS_CELL, FOOTER;
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
    IK_COLUMNS = ["mla", "amb", "gr", "ser", "rtr", "fmoe", "thp", "ger", "no-fug", "no-ooae", "mqkv", "muge", "defer", "sas", "max_gpu", "rcache", "mmap", "cuda"];
    MAINLINE_COLUMNS = ["lm", "nopo", "noh", "dev", "fitt", "fitc", "n_cpu_moe", "cpu_mask", "cpu_strict", "poll", "lazy_mode"];
    MAINLINE_LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?: @ d(\d+))?$/;
    IK_GP_LABEL2 = /^tg(\d+)@pp(\d+)$/;
    TS_CELL = /^(\d+(?:\.\d+)?) ± (\d+(?:\.\d+)?)$/;
    FOOTER = /^build: (\S+) \((\d+)\)$/;
  }
});

// src/parse/sql.ts
function splitSqlValues(list2) {
  const values = [];
  let i = 0;
  while (i < list2.length) {
    if (list2[i] !== "'") return null;
    i++;
    let v = "";
    for (; ; ) {
      const q = list2.indexOf("'", i);
      if (q < 0) return null;
      v += list2.slice(i, q);
      i = q;
      if (list2[i] === "'") {
        if (list2[i + 1] === "'") {
          v += "'";
          i += 2;
          continue;
        }
        NEXT_VALUE.lastIndex = i + 1;
        if (i + 1 === list2.length || NEXT_VALUE.test(list2)) {
          i++;
          break;
        }
      }
      v += list2[i++];
    }
    values.push(v);
    SEPARATOR.lastIndex = i;
    if (SEPARATOR.test(list2)) i = SEPARATOR.lastIndex;
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
    const cols = m[2].split(",").map((c) => c.trim());
    const values = splitSqlValues(m[3]);
    if (!values) throw malformed(source, l.n, "VALUES list is not a list of quoted values", "sql");
    if (values.length !== cols.length) throw malformed(source, l.n, `${values.length} values for ${cols.length} columns`, "sql");
    const flavour = flavourFromFields(cols);
    const fields = {};
    cols.forEach((c, i) => fields[c] = typedValue(c, values[i], flavour, types.get(c)));
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

// src/parse/sweep.ts
var init_sweep = __esm({
  "src/parse/sweep.ts"() {
    "use strict";
    init_errors();
    init_malformed();
  }
});

// src/parse/help.ts
function supportedFlags(helpText2) {
  const flags = /* @__PURE__ */ new Set();
  for (const line of helpText2.split("\n")) {
    const m = /^\s+(-{1,2}[A-Za-z][\w-]*(?:,?\s+-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (!m) continue;
    for (const f of m[1].split(/[,\s]+/)) if (f.startsWith("-")) flags.add(f);
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
  if (["-mla", "-fmoe", "-rtr", "-amb", "-ser", "-thp"].some((f) => flags.has(f))) return "ik";
  return "mainline";
}
var HELP_HINT;
var init_help = __esm({
  "src/parse/help.ts"() {
    "use strict";
    init_errors();
    HELP_HINT = "point --repo at a llama.cpp or ik_llama.cpp checkout; its llama-bench --help must print the usage";
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

// src/bench/launch.ts
import { spawn as spawn2 } from "node:child_process";
function launch2(argv, opts) {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn2(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: childEnv(process.env, opts.env),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    const out = [];
    let err = "";
    let timedOut = false;
    let spawnError = null;
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => {
      err = (err + b.toString("utf8")).slice(-STDERR_KEEP);
    });
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    let hardKill;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hardKill = setTimeout(() => killGroup("SIGKILL"), 3e3);
    }, opts.timeoutMs);
    child.on("error", (e) => {
      spawnError = e.message;
    });
    child.on("close", (code2, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      done({
        exitCode: code2,
        signal,
        timedOut,
        wallMs: Math.round(performance.now() - t0),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: err,
        spawnError
      });
    });
  });
}
function tail(text, n = 20) {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-n).join("\n");
}
var STDERR_KEEP;
var init_launch = __esm({
  "src/bench/launch.ts"() {
    "use strict";
    init_child_env();
    STDERR_KEEP = 64 * 1024;
  }
});

// src/bench/flavour.ts
async function probeRunner(binary) {
  const r = await launch2([binary, "--help"], { timeoutMs: 3e4 });
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
function benchArgv(plan2, variant2, w, info) {
  const L = plan2.levers;
  return [
    "-m",
    plan2.model,
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
    ...variant2.runArgs
  ];
}
var init_args = __esm({
  "src/bench/args.ts"() {
    "use strict";
    init_errors();
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
import { join as join5 } from "node:path";
import { mkdirSync as mkdirSync3 } from "node:fs";
async function runBlocks(o) {
  const { plan: plan2 } = o;
  const rand = prng(plan2.seed);
  mkdirSync3(o.workDir, { recursive: true });
  const totalBlocks = plan2.warmupBlocks + plan2.maxBlocks;
  const launches = [];
  const schedule = [];
  let active = plan2.workloads;
  const t0 = performance.now();
  let launchMsSum = 0;
  for (let block = 0; block < totalBlocks; block++) {
    const warmup = block < plan2.warmupBlocks;
    const order = blockOrder(active, rand);
    schedule.push({ block, order });
    for (const [slot, s] of order.entries()) {
      const remaining = (totalBlocks - block - 1) * active.length * 2 + (order.length - slot);
      const done = launches.length;
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
      const rec = await runOne(o, block, slot, launches.length, s, warmup);
      launchMsSum += rec.wallMs;
      launches.push(rec);
    }
    const counted = Math.max(0, block + 1 - plan2.warmupBlocks);
    const failing = failingVariant(launches, block);
    if (failing) {
      return { launches, schedule, stopReason: `stopped after block ${block}: every launch of variant ${failing} failed in the last ${GIVE_UP_AFTER_FAILED_BLOCKS} blocks` };
    }
    const pending = await o.afterBlock?.(launches, counted) ?? null;
    if (pending) {
      active = plan2.workloads.filter((w) => pending.includes(w.id));
      if (active.length === 0) return { launches, schedule, stopReason: `all workloads decided after ${counted} counted blocks` };
    }
  }
  return { launches, schedule, stopReason: `reached --max-blocks ${plan2.maxBlocks} (plus ${plan2.warmupBlocks} warm-up)` };
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
async function runOne(o, block, slot, seq, s, warmup) {
  const { plan: plan2 } = o;
  const variant2 = plan2.variants.find((v) => v.id === s.variant);
  const w = plan2.workloads.find((x) => x.id === s.workload);
  const place = o.placement?.(w) ?? { prefix: [], benchArgs: [] };
  const placed = [...place.prefix, o.binaries[s.variant], ...benchArgv(plan2, variant2, w, o.info), ...place.benchArgs];
  const memFile = join5(o.workDir, `launch-${seq}.mem.json`);
  const argv = o.measure ? o.measure.wrap(placed, memFile) : placed;
  const startedAt2 = (/* @__PURE__ */ new Date()).toISOString();
  const r = await launch2(argv, { env: variant2.env, timeoutMs: plan2.timeoutSec * 1e3 });
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
    seq,
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
    init_parse();
    init_args();
    init_schedule();
    init_launch();
    GIVE_UP_AFTER_FAILED_BLOCKS = 2;
  }
});

// src/host/numa-maps.ts
import { readFileSync as readFileSync9 } from "node:fs";
function isAnonymousFile(file) {
  return file === null || ANON_FILES.some((p) => file.startsWith(p));
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
  m.anonymous = isAnonymousFile(m.file);
  return m;
}
function parseNumaMaps(text) {
  return text.split("\n").map(parseNumaMapsLine).filter((m) => m !== null);
}
function add(into, node, kib) {
  into[node] = (into[node] ?? 0) + kib;
}
function residentByNode(mappings) {
  const r = { nodeKiB: {}, anonNodeKiB: {}, fileNodeKiB: {}, totalKiB: 0, anonKiB: 0 };
  for (const m of mappings) {
    for (const [node, pages] of Object.entries(m.nodePages)) {
      const kib = pages * m.pageKiB;
      add(r.nodeKiB, node, kib);
      add(m.anonymous ? r.anonNodeKiB : r.fileNodeKiB, node, kib);
      r.totalKiB += kib;
      if (m.anonymous) r.anonKiB += kib;
    }
  }
  return r;
}
function readProcessResidency(pid) {
  let text;
  try {
    text = readFileSync9(`/proc/${pid}/numa_maps`, "utf8");
  } catch {
    return null;
  }
  if (text.trim() === "") return null;
  return residentByNode(parseNumaMaps(text));
}
var ANON_FILES;
var init_numa_maps = __esm({
  "src/host/numa-maps.ts"() {
    "use strict";
    ANON_FILES = ["/dev/zero", "/anon_hugepage", "/memfd:", "/SYSV"];
  }
});

// src/host/memory-curve.ts
import { spawn as spawn3 } from "node:child_process";
import { readFileSync as readFileSync10 } from "node:fs";
function readVmRssKiB(pid) {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync10(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
function samplePoint(pid, t0, nKv = null) {
  const rss = readVmRssKiB(pid);
  const r = readProcessResidency(pid);
  if (rss === null || r === null) return null;
  return { tMs: Math.round(performance.now() - t0), rssKiB: rss, anonKiB: r.anonKiB, nodeKiB: r.nodeKiB, anonNodeKiB: r.anonNodeKiB, nKv };
}
function sampleMemoryCurve(argv, opts = {}) {
  const interval = opts.intervalMs ?? 250;
  const stdbuf = findExecutable2("stdbuf");
  const cmd = stdbuf ? [stdbuf, "-oL", ...argv] : argv;
  const t0 = performance.now();
  return new Promise((resolve5, reject) => {
    const child = spawn3(cmd[0], cmd.slice(1), { env: childEnv(process.env, opts.env), stdio: ["ignore", "pipe", "pipe"], detached: true });
    const points = [];
    const reader = new KvDepthReader();
    let stdout = "";
    let stderr = "";
    let pending = "";
    const take = (nKv) => {
      if (!child.pid) return;
      const p = samplePoint(child.pid, t0, nKv);
      if (p) points.push(p);
    };
    child.stdout.on("data", (b) => {
      const s = b.toString("utf8");
      stdout += s;
      pending += s;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const d = reader.depth(line);
        if (d !== null) take(d);
      }
    });
    child.stderr.on("data", (b) => stderr = (stderr + b.toString("utf8")).slice(-65536));
    const timer = setInterval(() => take(null), interval);
    let timedOut = false;
    let hardKill;
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const kill = opts.timeoutMs ? setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hardKill = setTimeout(() => killGroup("SIGKILL"), 3e3);
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
      resolve5({ points, exitCode: code2, signal, stdout, stderr, timedOut, wallMs: Math.round(performance.now() - t0) });
    });
  });
}
function curveByDepth(curve) {
  return curve.points.filter((p) => p.nKv !== null);
}
var KvDepthReader;
var init_memory_curve = __esm({
  "src/host/memory-curve.ts"() {
    "use strict";
    init_child_env();
    init_numa_maps();
    init_numa_policy();
    KvDepthReader = class {
      #column = null;
      depth(line) {
        const t = line.trim();
        if (t.startsWith("{")) {
          try {
            const o = JSON.parse(t);
            return typeof o.n_kv === "number" ? o.n_kv : null;
          } catch {
            return null;
          }
        }
        if (!t.startsWith("|")) return null;
        const cells2 = t.split("|").slice(1, -1).map((c) => c.trim());
        const header = cells2.findIndex((c) => c.toUpperCase() === "N_KV");
        if (header >= 0) {
          this.#column = header;
          return null;
        }
        if (this.#column === null) return null;
        const v = cells2[this.#column];
        return v !== void 0 && /^\d+$/.test(v) ? Number(v) : null;
      }
    };
  }
});

// src/patch/mmap-kv.ts
import { fileURLToPath as fileURLToPath3 } from "node:url";
function kvBufferFromLog(stderr) {
  if (stderr.includes(MMAP_KV_LOG_LINE)) return "mmap";
  const sizes = [...stderr.matchAll(/llama_kv_cache:\s+(\S+) KV buffer size =/g)].map((m) => m[1]);
  if (sizes.includes("CPU_MMAP")) return "mmap";
  if (sizes.includes("CPU")) return "heap";
  return void 0;
}
var MMAP_KV_PATCH_PATH, MMAP_KV_LOG_LINE;
var init_mmap_kv = __esm({
  "src/patch/mmap-kv.ts"() {
    "use strict";
    MMAP_KV_PATCH_PATH = fileURLToPath3(new URL("../../patches/mmap-kv.patch", import.meta.url));
    MMAP_KV_LOG_LINE = "LLAMA_KV_MMAP: KV cache in CPU_MMAP buffer";
  }
});

// src/bench/memory-depth.ts
import { join as join6 } from "node:path";
function depthSteps(ctx) {
  const steps = [32, 8, 4, 2].map((d) => Math.floor(ctx / d)).filter((n) => n >= DEPTH_TG && n + DEPTH_TG <= ctx);
  return [...new Set(steps)];
}
function depthArgs(t) {
  const common = ["-m", t.model, "-c", String(t.ctx), "-t", String(t.threads)];
  if (t.tool === BATCHED_TARGET) {
    const steps = depthSteps(t.ctx);
    return [...common, "-npp", [...steps, steps[0]].join(","), "-ntg", String(DEPTH_TG), "-npl", "1", "--output-format", "jsonl"];
  }
  if (t.tool === SWEEP_TARGET) return common;
  throw new Error(`no memory-at-depth arguments for ${t.tool}`);
}
function sharedDepthTool(builds) {
  const toolOf = (id) => builds.find((b2) => b2.variant === id && b2.ok)?.depthTool ?? null;
  const a = toolOf("A");
  const b = toolOf("B");
  if (a && a === b) return { tool: a };
  if (!a && !b) return { skipped: `memory at depth skipped: neither build has ${BATCHED_TARGET} or ${SWEEP_TARGET}` };
  return { skipped: `memory at depth skipped: variant A has ${a ?? "no depth tool"}, variant B has ${b ?? "no depth tool"}; the curves would not be comparable` };
}
function depthPlacement(plan2, place) {
  const kinds = new Set(plan2.workloads.map((w) => JSON.stringify(w.numa)));
  if (kinds.size !== 1 || plan2.workloads[0].numa.kind === "none") return null;
  return place(plan2.workloads[0].numa);
}
function depthOrder(seed) {
  const rand = prng((seed ^ 1835363684) >>> 0);
  return rand() < 0.5 ? ["A", "B"] : ["B", "A"];
}
async function runMemoryDepth(o) {
  const { plan: plan2 } = o;
  const ctx = plan2.depthCtx ?? DEFAULT_DEPTH_CTX;
  if (ctx === 0) return { records: [], skipped: null };
  const shared = sharedDepthTool(o.builds);
  if ("skipped" in shared) return { records: [], skipped: shared.skipped };
  const sample = o.sample ?? sampleMemoryCurve;
  const records = [];
  for (const id of depthOrder(plan2.seed)) {
    const variant2 = plan2.variants.find((v) => v.id === id);
    const build2 = o.builds.find((b) => b.variant === id);
    const bin = join6(build2.binDir, shared.tool);
    const argv = [...o.placement?.prefix ?? [], bin, ...depthArgs({ tool: shared.tool, bin, model: plan2.model, ctx, threads: plan2.threads }), ...o.placement?.benchArgs ?? []];
    o.log?.(`memory at depth: variant ${id}, ${shared.tool} -c ${ctx}`);
    const startedAt2 = (/* @__PURE__ */ new Date()).toISOString();
    const t0 = performance.now();
    let curve;
    try {
      curve = await sample(argv, { env: variant2.env, intervalMs: o.intervalMs ?? 500, timeoutMs: plan2.timeoutSec * 1e3 });
    } catch (e) {
      records.push({
        variant: id,
        tool: shared.tool,
        ctx,
        argv,
        startedAt: startedAt2,
        wallMs: Math.round(performance.now() - t0),
        points: [],
        status: "crashed",
        exitCode: null,
        signal: null,
        kvBuffer: null,
        stderrTail: null,
        error: `could not start ${argv[0]}: ${e instanceof Error ? e.message : String(e)}`
      });
      o.onRecord?.(records);
      continue;
    }
    records.push(recordOf(curve, { variant: id, tool: shared.tool, ctx, argv, startedAt: startedAt2, wallMs: curve.wallMs ?? Math.round(performance.now() - t0), timeoutSec: plan2.timeoutSec }));
    o.onRecord?.(records);
  }
  return { records, skipped: null };
}
function recordOf(curve, c) {
  const rows = curveByDepth(curve).length;
  let status = "ok";
  let error = null;
  if (curve.timedOut) {
    status = "timeout";
    error = `not finished within --timeout ${c.timeoutSec}s; process group killed`;
  } else if (curve.exitCode !== 0) {
    status = "crashed";
    error = curve.signal ? `killed by ${curve.signal}` : `exit code ${curve.exitCode}`;
  } else if (rows === 0) {
    status = "no-rows";
    error = "the tool reported no KV depth rows";
  }
  return {
    variant: c.variant,
    tool: c.tool,
    ctx: c.ctx,
    argv: c.argv,
    startedAt: c.startedAt,
    wallMs: c.wallMs,
    points: curve.points,
    status,
    exitCode: curve.exitCode,
    signal: curve.signal,
    // The patched libllama logs the mmap notice at warning level; common's log may use either stream.
    kvBuffer: kvBufferFromLog(curve.stderr + curve.stdout) ?? null,
    stderrTail: status === "ok" ? null : curve.stderr.slice(-STDERR_KEEP2) || null,
    error
  };
}
var DEPTH_TG, STDERR_KEEP2;
var init_memory_depth = __esm({
  "src/bench/memory-depth.ts"() {
    "use strict";
    init_types();
    init_cmake();
    init_memory_curve();
    init_mmap_kv();
    init_schedule();
    DEPTH_TG = 16;
    STDERR_KEEP2 = 4e3;
  }
});

// src/report/escape.ts
function escapeMarkdown(input) {
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
  return out.replace(LEADING_BLOCK, (_m, sp, what) => /^\d/.test(what) ? `${sp}${what}\\` : `${sp}\\${what}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`).replace(/\b(www)\./gi, `$1${ZWSP}.`).replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1${ZWSP}://`);
}
function escapeCodeBlock(input) {
  return String(input ?? "").replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(/<!--/g, "<!\u200B--").replace(/-->/g, "-\u200B->");
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

// src/report/summary.ts
import { median as median4, mean, sampleStandardDeviation } from "simple-statistics";
function figures(values, launches) {
  return {
    median: values.length > 0 ? median4(values) : null,
    cv: values.length >= 2 && mean(values) > 0 ? sampleStandardDeviation(values) / mean(values) : null,
    ok: values.length,
    failed: launches.filter((l) => FAILED_STATUSES.has(l.status)).length
  };
}
function variantName(results2, v) {
  return results2.plan.variants.find((x) => x.id === v)?.name ?? v;
}
function buildFailure(results2, b) {
  const what = `build of ${b.variant} (${variantName(results2, b.variant)}, ref ${b.ref}) failed`;
  return b.error ? `${what}: ${b.error}` : what;
}
function failureOf(results2) {
  const broken = results2.builds.filter((b) => !b.ok);
  if (broken.length > 0) return broken.map((b) => buildFailure(results2, b)).join("; ");
  const counted = results2.launches.filter((l) => !l.warmup && l.status !== "skipped");
  if (counted.length === 0) {
    return `no benchmark launch ran past the warm-up (stop reason: ${results2.stopReason || "none recorded"})`;
  }
  if (counted.every((l) => l.status !== "ok")) {
    return `every launch failed (${counted.length} of ${counted.length}: ${statusCounts(counted)})`;
  }
  return null;
}
function statusCounts(launches) {
  const counts = /* @__PURE__ */ new Map();
  for (const l of launches) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(", ");
}
function summarizeWorkloads(results2) {
  const inputs = workloadInputsFromResults(results2);
  return inputs.map((input) => {
    const launches = results2.launches.filter((l) => l.workload === input.name);
    const a = figures(input.a.map((o) => o.value), launches.filter((l) => l.variant === "A"));
    const b = figures(input.b.map((o) => o.value), launches.filter((l) => l.variant === "B"));
    const ratioOfMedians = a.median !== null && b.median !== null && a.median > 0 ? b.median / a.median : null;
    const analysis2 = results2.analysis?.workloads.find((w) => w.name === input.name) ?? null;
    return {
      id: input.name,
      a,
      b,
      ratioOfMedians,
      analysis: analysis2,
      ratio: analysis2 ? analysis2.ratio : ratioOfMedians,
      ci: analysis2?.ci ?? null,
      verdict: analysis2 ? analysis2.verdict : "no-verdict"
    };
  });
}
function summarizeMachine(results2, label) {
  const failure = failureOf(results2);
  const margin = results2.analysis?.margin ?? results2.plan.margin;
  const blocks = new Set(results2.launches.filter((l) => !l.warmup && l.status !== "skipped").map((l) => l.block));
  return {
    label,
    results: results2,
    outcome: failure ? "failed" : results2.analysis ? results2.analysis.verdict : "no-verdict",
    failure,
    workloads: summarizeWorkloads(results2),
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
    FAILED_STATUSES = /* @__PURE__ */ new Set(["crashed", "timeout", "parse-error"]);
  }
});

// src/report/fleet.ts
function overallOutcome(outcomes) {
  if (outcomes.length === 0) return "no-verdict";
  for (const o of OVERALL_ORDER) if (outcomes.includes(o)) return o;
  return "no-verdict";
}
function labelsFor(results2, labels) {
  const seen = /* @__PURE__ */ new Map();
  return results2.map((r, i) => {
    const base = labels?.[i]?.trim() || r.host?.hostname?.trim() || `machine ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
function mergeFleet(results2, labels) {
  const names = labelsFor(results2, labels);
  const machines = results2.map((r, i) => summarizeMachine(r, names[i]));
  return { machines, overall: overallOutcome(machines.map((m) => m.outcome)) };
}
var OVERALL_ORDER, OVERALL_RULE;
var init_fleet = __esm({
  "src/report/fleet.ts"() {
    "use strict";
    init_summary();
    OVERALL_ORDER = ["regression", "failed", "no-verdict", "inconclusive", "improvement", "neutral"];
    OVERALL_RULE = "Overall = the most serious machine verdict: regression anywhere \u2192 regression; else a failed run \u2192 failed; else a machine without analysis \u2192 no verdict; else inconclusive anywhere \u2192 inconclusive; else improvement if any machine improved and the rest are neutral; else neutral.";
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
  const pct2 = Math.round((ratio - 1) * 1e3) / 10;
  if (pct2 === 0) return "0.0%";
  return `${pct2 > 0 ? "+" : ""}${pct2.toFixed(1)}%`;
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
function blocksNeededPhrase(ratio, margin, blocks) {
  const inside = finite(ratio) && Math.abs(Math.log(ratio)) < Math.log1p(margin);
  const goal = !finite(ratio) || inside ? `a \xB1${fmtPercent(margin)} neutral call` : `confirming the observed ${fmtChange(ratio)} change`;
  return `${goal} needs about ${fmtCount(blocks)} blocks`;
}
var DASH;
var init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
    DASH = "\u2013";
  }
});

// src/report/chart.ts
function ok(x) {
  return typeof x === "number" && Number.isFinite(x) && x > 0;
}
function domainOf(rows, bounds) {
  const xs = [1, bounds[0], bounds[1]];
  for (const r of rows) {
    if (ok(r.ratio)) xs.push(r.ratio);
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) xs.push(r.ci[0], r.ci[1]);
  }
  const lo = Math.max(DOMAIN_LIMIT[0], Math.min(...xs));
  const hi = Math.min(DOMAIN_LIMIT[1], Math.max(...xs));
  const pad = (Math.log(hi) - Math.log(lo)) * 0.05;
  return [Math.exp(Math.log(lo) - pad), Math.exp(Math.log(hi) + pad)];
}
function clip(name, width) {
  const chars = [...name];
  return chars.length <= width ? name : chars.slice(0, width - 1).join("") + "~";
}
function forestPlot(rows, opts) {
  const width = opts.width ?? 49;
  const [lo, hi] = domainOf(rows, opts.bounds);
  const pos = (x) => Math.round((Math.log(x) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * (width - 1));
  const inRange = (x) => x >= lo && x <= hi;
  const nameWidth = Math.min(opts.maxNameWidth ?? 24, Math.max(8, ...rows.map((r) => [...r.name].length)));
  const indent = " ".repeat(nameWidth + 1);
  const reference = () => {
    const cells2 = Array(width).fill(" ");
    for (const b of opts.bounds) if (inRange(b)) cells2[pos(b)] = ":";
    cells2[pos(1)] = "|";
    return cells2;
  };
  const lines = [];
  lines.push(`${indent}B/A throughput ratio, log scale (left of | = B slower)`);
  for (const r of rows) {
    const cells2 = reference();
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) {
      const l = Math.max(0, Math.min(width - 1, pos(r.ci[0])));
      const h = Math.max(0, Math.min(width - 1, pos(r.ci[1])));
      for (let i = l; i <= h; i++) cells2[i] = "-";
      cells2[l] = r.ci[0] < lo ? "<" : "[";
      cells2[h] = r.ci[1] > hi ? ">" : "]";
    }
    if (ok(r.ratio)) {
      const p = Math.max(0, Math.min(width - 1, pos(r.ratio)));
      cells2[p] = r.ratio < lo ? "<" : r.ratio > hi ? ">" : "o";
    }
    const figures2 = ok(r.ratio) ? `${fmtRatio(r.ratio)}${r.ci ? " " + fmtInterval(r.ci) : ""}` : "no data";
    lines.push(`${clip(r.name, nameWidth).padEnd(nameWidth)} ${cells2.join("")}  ${figures2}`);
  }
  const axis = Array(width).fill("-");
  for (const b of opts.bounds) if (inRange(b)) axis[pos(b)] = "+";
  axis[pos(1)] = "+";
  lines.push(`${indent}${axis.join("")}`);
  lines.push(`${indent}${axisLabels(width, pos, lo, hi, opts.bounds).trimEnd()}`);
  const what = opts.ciLevel !== null ? `o = B/A estimate, [---] = ${fmtPercent(opts.ciLevel, 0)} interval` : "o = ratio of medians B/A (no interval: no verdict computed)";
  lines.push(`${what}, | = 1.000, : = \xB1${fmtPercent(opts.margin)} margin`);
  return lines.join("\n");
}
function axisLabels(width, pos, lo, hi, bounds) {
  const row = Array(width + 6).fill(" ");
  const taken = [];
  const place = (x, align) => {
    const text = fmtRatio(x);
    const at = pos(x);
    const start = align === "left" ? at : align === "right" ? at - text.length + 1 : at - Math.floor(text.length / 2);
    const end = start + text.length;
    if (start < 0 || end > row.length) return;
    if (taken.some(([s, e]) => start < e + 1 && end + 1 > s)) return;
    taken.push([start, end]);
    for (let i = 0; i < text.length; i++) row[start + i] = text[i];
  };
  place(1, "center");
  place(lo, "left");
  place(hi, "right");
  for (const b of bounds) if (b > lo && b < hi) place(b, "center");
  return row.join("");
}
var DOMAIN_LIMIT;
var init_chart = __esm({
  "src/report/chart.ts"() {
    "use strict";
    init_format();
    DOMAIN_LIMIT = [0.5, 2];
  }
});

// src/report/depth.ts
function byDepth(points) {
  const m = /* @__PURE__ */ new Map();
  for (const p of points) if (p.nKv !== null && !m.has(p.nKv)) m.set(p.nKv, p);
  return m;
}
function depthTable(records) {
  const of = (v) => records.find((r) => r.variant === v);
  const a = of("A");
  const b = of("B");
  const ma = byDepth(a?.points ?? []);
  const mb = byDepth(b?.points ?? []);
  const depths = [.../* @__PURE__ */ new Set([...ma.keys(), ...mb.keys()])].sort((x, y) => x - y);
  if (depths.length === 0) return null;
  const side = (p) => p ? { rssKiB: p.rssKiB, anonKiB: p.anonKiB, anonNodeKiB: p.anonNodeKiB } : null;
  const nodeIds = [...new Set([...ma.values(), ...mb.values()].flatMap((p) => Object.keys(p.anonNodeKiB)))].sort((x, y) => Number(x) - Number(y));
  const first = a ?? b;
  return { tool: first.tool, ctx: first.ctx, nodeIds, rows: depths.map((d) => ({ depth: d, A: side(ma.get(d)), B: side(mb.get(d)) })) };
}
function mibCell(kib) {
  return typeof kib === "number" && Number.isFinite(kib) ? (kib / 1024).toFixed(1) : "\u2013";
}
function depthChart(t, names, width = BAR_WIDTH) {
  const max = Math.max(1, ...t.rows.flatMap((r) => [r.A?.anonKiB ?? 0, r.B?.anonKiB ?? 0]));
  const depthW = Math.max(5, ...t.rows.map((r) => String(r.depth).length));
  const bar = (s) => {
    if (!s) return `${" ".repeat(width)}  (no sample)`;
    const n = Math.round(s.anonKiB / max * width);
    return `${"#".repeat(n)}${" ".repeat(width - n)}  ${mibCell(s.anonKiB)}`;
  };
  const lines = [
    `Anonymous resident MiB against KV depth (${t.tool} -c ${t.ctx}); # = ${(max / 1024 / width).toFixed(2)} MiB`,
    `A = ${names.A}, B = ${names.B}`,
    ""
  ];
  for (const r of t.rows) {
    lines.push(`${String(r.depth).padStart(depthW)} A |${bar(r.A)}`);
    lines.push(`${" ".repeat(depthW)} B |${bar(r.B)}`);
  }
  return lines.join("\n");
}
function depthSummaryLine(t) {
  const at = (r) => `depth ${r.depth}: A ${mibCell(r.A?.anonKiB)} MiB, B ${mibCell(r.B?.anonKiB)} MiB`;
  const ends = t.rows.length > 1 ? [t.rows[0], t.rows[t.rows.length - 1]] : [t.rows[0]];
  return `Memory at KV depth (${t.tool} -c ${t.ctx}, anonymous resident): ${ends.map(at).join("; ")}`;
}
function depthFailure(r) {
  if (r.status === "ok") return null;
  const parts = [r.status, r.exitCode !== null && r.exitCode !== 0 ? `exit code ${r.exitCode}` : null, r.signal ? `signal ${r.signal}` : null, r.error].filter(Boolean);
  return `memory at depth, variant ${r.variant} (${r.tool}): ${[...new Set(parts)].join(", ")}`;
}
var BAR_WIDTH;
var init_depth = __esm({
  "src/report/depth.ts"() {
    "use strict";
    BAR_WIDTH = 40;
  }
});

// src/report/view.ts
import { median as median5 } from "simple-statistics";
function code(text) {
  const t = escapeCodeBlock(text).replace(/\n+$/, "");
  return { fence: fenceFor(t), text: t };
}
function workloadWhy(w) {
  if (!w.analysis) {
    if (w.a.ok === 0 || w.b.ok === 0) return escapeMarkdown(`no counted launch for ${w.a.ok === 0 ? "A" : "B"}`);
    return "descriptive only: ratio of medians, no verdict computed";
  }
  const flags = w.analysis.flags.length > 0 ? ` Flags: ${w.analysis.flags.join(", ")}.` : "";
  const reason = w.analysis.reason.replace(/\s+$/, "");
  return escapeMarkdown((/[.!?]$/.test(reason) ? reason : `${reason}.`) + flags);
}
function workloadView(w) {
  return {
    name: escapeMarkdown(w.id),
    aTs: w.a.median,
    bTs: w.b.median,
    ratio: w.ratio,
    ci: w.ci,
    cvA: w.a.cv,
    cvB: w.b.cv,
    okA: w.a.ok,
    okB: w.b.ok,
    failedA: w.a.failed,
    failedB: w.b.failed,
    outcome: w.verdict,
    mark: MARKS[w.verdict],
    verdict: LABELS[w.verdict],
    why: workloadWhy(w)
  };
}
function machineHeadline(m, esc = escapeMarkdown) {
  const margin = fmtPercent(m.margin);
  const level = m.results.analysis?.workloads[0]?.ci_level;
  const ciName = level ? `${fmtPercent(level, 0)} CI` : "CI";
  const ws = m.workloads;
  const detail = (w) => `${esc(w.id)}: ${fmtChange(w.ratio)} (B/A ${fmtRatio(w.ratio)}, ${ciName} ${fmtInterval(w.ci)})`;
  const undecided = ws.filter((w) => w.verdict === "inconclusive" || w.verdict === "no-verdict");
  const alsoOpen = undecided.length ? ` Still inconclusive: ${list(undecided.map((w) => esc(w.id)))}.` : "";
  switch (m.outcome) {
    case "failed":
      return esc(capitalize(m.failure ?? "the run failed")) + ".";
    case "no-verdict":
      return "No verdict was computed: the decision engine did not run on these results, so the figures shown are descriptive only (ratio of medians, launch-to-launch spread).";
    case "regression": {
      const hit = ws.filter((w) => w.verdict === "regression");
      return `B is slower on ${hit.map(detail).join("; ")}.${alsoOpen}`;
    }
    case "improvement": {
      const hit = ws.filter((w) => w.verdict === "improvement");
      return `B is faster on ${hit.map(detail).join("; ")}; every other workload is within \xB1${margin}.`;
    }
    case "neutral": {
      const g = m.results.analysis?.geomean_ratio;
      return `No change beyond \xB1${margin}: every workload's interval lies inside [${fmtRatio(m.bounds[0])}, ${fmtRatio(m.bounds[1])}]${g ? ` (geometric mean B/A ${fmtRatio(g)})` : ""}.`;
    }
    case "inconclusive": {
      const open = ws.filter((w) => w.verdict === "inconclusive");
      const spreads = open.map((w) => w.analysis?.spread).filter((x) => typeof x === "number");
      const needs = open.map((w) => w.analysis?.blocks_needed).filter((x) => typeof x === "number");
      const why = [
        spreads.length ? `spread up to ${fmtPercent(Math.max(...spreads))}` : null,
        needs.length ? `a decision would need about ${fmtCount(Math.max(...needs))} blocks, ${m.blocksRun} were run` : null
      ].filter(Boolean);
      return `Too noisy to decide within \xB1${margin} on ${list(open.map((w) => esc(w.id)))}${why.length ? ` (${why.join("; ")})` : ""}.`;
    }
  }
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
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
function leversOf(results2) {
  const plan2 = results2.plan;
  const l = plan2.levers;
  const unset = "not set";
  const rows = [
    ["Threads (-t)", String(plan2.threads)],
    ["Repetitions per launch (-r)", String(l.repetitions)],
    ["Priority (--prio)", l.prio !== void 0 ? String(l.prio) : unset],
    ["Delay (--delay)", l.delay !== void 0 ? `${l.delay} s` : unset],
    ["CPU mask (-C)", l.cpuMask !== void 0 ? `${l.cpuMask}${l.cpuStrict ? " (strict)" : ""}` : unset],
    ["Polling (--poll)", l.poll !== void 0 ? String(l.poll) : unset]
  ];
  for (const w of plan2.workloads) rows.push([`NUMA policy of ${w.id}`, describePolicy(w.numa)]);
  rows.push(
    ["Blocks", `${plan2.maxBlocks} at most, ${plan2.warmupBlocks} warm-up (discarded)`],
    ["Sequential looks", plan2.looks.length ? plan2.looks.join(", ") : unset],
    ["Seed", String(results2.schedule.seed)],
    ["Timeout per launch", `${plan2.timeoutSec} s`],
    ["Decision", `margin \xB1${fmtPercent(plan2.margin)}, \u03B1 ${plan2.alpha}, method ${plan2.method}`],
    ["llama-bench flavour", results2.flavour ?? "unknown"],
    ["Stop reason", results2.stopReason || unset]
  );
  for (const v of plan2.variants) {
    const env2 = Object.entries(v.env).map(([k, val]) => `${k}=${val}`).join(" ");
    const parts = [
      `${v.name}, ref ${v.ref}`,
      v.cmakeArgs.length ? `CMake ${v.cmakeArgs.join(" ")}` : null,
      v.runArgs.length ? `run args ${v.runArgs.join(" ")}` : null,
      env2 ? `env ${env2}` : null
    ].filter(Boolean);
    rows.push([`Variant ${v.id}`, parts.join("; ")]);
  }
  return rows.map(([key, value]) => ({ key: escapeMarkdown(key), value: escapeMarkdown(value) }));
}
function hostOf(h) {
  if (!h) return null;
  const load = (x) => x ? x.map((v) => v.toFixed(2)).join(" / ") : "not recorded";
  const rows = [
    ["Host", h.hostname ?? "unknown"],
    ["CPU", h.cpuModel ?? "unknown"],
    ["Topology", `${h.sockets ?? "?"} socket(s) \xD7 ${h.coresPerSocket ?? "?"} cores \xD7 ${h.threadsPerCore ?? "?"} threads = ${h.logicalCpus} logical CPUs (SMT ${h.smt === null ? "unknown" : h.smt ? "on" : "off"})`],
    ["NUMA nodes", String(h.numaNodes.length)],
    ["numa_balancing", h.numaBalancing === null ? "unknown" : String(h.numaBalancing)],
    ["Transparent hugepages", h.thpMode ?? "unknown"],
    ["CPU governor", h.governor ?? "unknown"],
    ["Turbo/boost", h.boost === null ? "unknown" : h.boost ? "on" : "off"],
    ["Kernel", h.kernel ?? "unknown"],
    ["Load average at start (1/5/15 min)", load(h.loadAvgStart)],
    ["Load average at end (1/5/15 min)", load(h.loadAvgEnd)]
  ];
  const nodes = h.numaNodes.map((n) => ({
    key: escapeMarkdown(`node ${n.id}`),
    value: escapeMarkdown(`CPUs ${cpuRanges(n.cpus)}; memory ${fmtMiB(n.memTotalKiB)} (free ${fmtMiB(n.memFreeKiB)})`)
  }));
  return { rows: rows.map(([key, value]) => ({ key: escapeMarkdown(key), value: escapeMarkdown(value) })), nodes, warnings: h.warnings.map(escapeMarkdown) };
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
function buildsOf(m) {
  return m.results.builds.map((b) => ({
    variant: b.variant,
    name: escapeMarkdown(m.results.plan.variants.find((v) => v.id === b.variant)?.name ?? b.variant),
    ref: escapeMarkdown(b.ref),
    commit: b.commit ? escapeMarkdown(b.commit.slice(0, 12)) : "\u2013",
    reused: b.reused,
    seconds: b.seconds,
    ok: b.ok,
    error: b.error ? escapeMarkdown(b.error) : null,
    logPath: b.logPath ? escapeMarkdown(b.logPath) : null,
    logTail: b.logTail ? code(b.logTail) : null
  }));
}
function launchFailures(results2) {
  return results2.launches.filter((l) => FAILED.has(l.status)).map((l) => {
    const parts = [
      l.status === "timeout" ? `timed out after ${fmtSeconds(l.wallMs / 1e3)}` : `${l.status} after ${fmtSeconds(l.wallMs / 1e3)}`,
      l.exitCode !== null ? `exit code ${l.exitCode}` : null,
      l.signal ? `signal ${l.signal}` : null,
      l.error
    ].filter(Boolean);
    return {
      workload: escapeMarkdown(l.workload),
      block: l.block,
      variant: l.variant,
      status: l.status,
      warmup: l.warmup,
      detail: escapeMarkdown(parts.join(", ")),
      stderr: l.stderrTail ? code(l.stderrTail) : null
    };
  });
}
function med(xs) {
  return xs.length ? median5(xs) : null;
}
function memoryOf(results2, workloads) {
  const measured = results2.launches.filter((l) => l.memory && l.status === "ok" && !l.warmup);
  if (measured.length === 0) return null;
  const nodeIds = [...new Set(measured.flatMap((l) => Object.keys(l.memory.nodeKiB ?? {})))].sort((a, b) => Number(a) - Number(b));
  const rowFor = (variant2, ls) => {
    const mems = ls.map((l) => l.memory);
    const withNodes = mems.filter((mm) => mm.nodeKiB && Object.keys(mm.nodeKiB).length > 0);
    const evenness = withNodes.map((mm) => {
      const v = nodeIds.map((id) => mm.nodeKiB[id] ?? 0);
      const lo = Math.min(...v);
      return lo > 0 ? Math.max(...v) / lo : Infinity;
    });
    const even = med(evenness);
    return {
      variant: variant2,
      launches: ls.length,
      peakRssKiB: med(mems.map((mm) => mm.peakRssKiB)),
      minorFaults: med(mems.map((mm) => mm.minorFaults)),
      majorFaults: med(mems.map((mm) => mm.majorFaults)),
      nodes: nodeIds.map((id) => fmtMiB(med(withNodes.map((mm) => mm.nodeKiB[id] ?? 0)))),
      evenness: nodeIds.length < 2 || even === null ? "\u2013" : Number.isFinite(even) ? `${even.toFixed(2)}\xD7` : "one node empty"
    };
  };
  const views = [];
  for (const w of workloads) {
    const mine = measured.filter((l) => l.workload === w);
    if (mine.length === 0) continue;
    const a = rowFor("A", mine.filter((l) => l.variant === "A"));
    const b = rowFor("B", mine.filter((l) => l.variant === "B"));
    const rows = [a, b].filter((r) => r.launches > 0);
    const peak = peakRssInterval(results2.plan, w, mine);
    const peakRatio = peak?.ratio ?? (a.peakRssKiB && b.peakRssKiB ? b.peakRssKiB / a.peakRssKiB : null);
    views.push({ name: escapeMarkdown(w), rows, peakRatio, peakCi: peak?.ci ?? null, peakCiLevel: peak ? fmtPercent(peak.level, 0) : null });
  }
  return { nodeIds: nodeIds.map(escapeMarkdown), workloads: views };
}
function memoryDepthOf(results2) {
  const records = results2.memoryCurves ?? [];
  if (records.length === 0) return null;
  const failures = records.map((r) => ({ r, detail: depthFailure(r) })).filter((x) => x.detail !== null).map(({ r, detail }) => ({ detail: escapeMarkdown(detail), stderr: r.stderrTail ? code(r.stderrTail) : null }));
  const t = depthTable(records);
  const first = records[0];
  const nameOf = (id) => results2.plan.variants.find((v) => v.id === id)?.name ?? id;
  const logged = records.filter((r) => r.kvBuffer).sort((x, y) => x.variant.localeCompare(y.variant)).map((r) => `${r.variant} ${r.kvBuffer}`);
  const perNode = t !== null && t.nodeIds.length > 1;
  const rows = (t?.rows ?? []).map((r) => ({
    depth: r.depth,
    aRss: mibCell(r.A?.rssKiB),
    aAnon: mibCell(r.A?.anonKiB),
    bRss: mibCell(r.B?.rssKiB),
    bAnon: mibCell(r.B?.anonKiB),
    ratio: r.A && r.B && r.A.anonKiB > 0 ? r.B.anonKiB / r.A.anonKiB : null,
    aNodes: perNode ? t.nodeIds.map((id) => r.A ? mibCell(r.A.anonNodeKiB[id] ?? 0) : mibCell(null)) : [],
    bNodes: perNode ? t.nodeIds.map((id) => r.B ? mibCell(r.B.anonNodeKiB[id] ?? 0) : mibCell(null)) : []
  }));
  return {
    tool: escapeMarkdown(t?.tool ?? first.tool),
    ctx: t?.ctx ?? first.ctx,
    nodeIds: perNode ? t.nodeIds.map(escapeMarkdown) : [],
    rows,
    chart: t ? code(depthChart(t, { A: nameOf("A"), B: nameOf("B") })) : null,
    kvBuffers: logged.length ? escapeMarkdown(`KV buffer type logged by the processes: ${logged.join(", ")}`) : null,
    failures
  };
}
function peakRssInterval(plan2, workload, launches) {
  const obs = (v) => launches.filter((l) => l.variant === v && l.memory.peakRssKiB > 0).map((l) => ({ block: l.block, value: l.memory.peakRssKiB, seq: l.seq }));
  const [wa] = analyze([{ name: workload, a: obs("A"), b: obs("B") }], { margin: plan2.margin, alpha: plan2.alpha, method: "hl" }).workloads;
  const full = wa && wa.ci_level >= 1 - 2 * plan2.alpha - 1e-9;
  return full && wa.ratio !== null && wa.ci ? { ratio: wa.ratio, ci: wa.ci, level: wa.ci_level } : null;
}
function rawSamplesOf(results2, workloads) {
  return workloads.map((w) => {
    const ls = results2.launches.filter((l) => l.workload === w).sort((a, b) => a.seq - b.seq);
    const lines = ["block  variant  status       samples_ts (t/s)"];
    for (const l of ls) {
      const samples = l.records.map((r) => (r.samplesTs.length ? r.samplesTs : [r.avgTs]).map(fmtTs).join(" ")).join(" / ");
      const block = `${l.block}${l.warmup ? " (w)" : ""}`;
      lines.push(`${block.padEnd(7)}${l.variant.padEnd(9)}${l.status.padEnd(13)}${samples || "\u2013"}`);
    }
    lines.push("(w) = warm-up block, not counted");
    return { workload: escapeMarkdown(w), block: code(lines.join("\n")) };
  });
}
function machineView(m) {
  const r = m.results;
  const ids = m.workloads.map((w) => w.id);
  const ciLevel = r.analysis?.workloads.find((w) => w.ci)?.ci_level ?? null;
  const chartRows = m.workloads.map((w) => ({ name: w.id, ratio: w.ratio, ci: w.ci }));
  const hasAny = chartRows.some((c) => c.ratio !== null);
  return {
    label: escapeMarkdown(m.label),
    outcome: m.outcome,
    mark: MARKS[m.outcome],
    verdict: LABELS[m.outcome],
    headline: machineHeadline(m),
    descriptiveOnly: r.analysis === null,
    ciLevel,
    margin: m.margin,
    bounds: m.bounds,
    geomean: r.analysis?.geomean_ratio ?? null,
    blocksRun: m.blocksRun,
    workloads: m.workloads.map(workloadView),
    inconclusive: m.workloads.filter((w) => w.verdict === "inconclusive").map((w) => ({ name: escapeMarkdown(w.id), spread: w.analysis?.spread ?? null, needs: blocksNeededPhrase(w.analysis?.ratio, m.margin, w.analysis?.blocks_needed), blocksRun: w.analysis?.n ?? m.blocksRun })),
    warnings: [...r.analysis?.warnings ?? [], ...r.notes].map(escapeMarkdown),
    chart: hasAny ? code(forestPlot(chartRows, { bounds: m.bounds, margin: m.margin, ciLevel })) : null,
    host: hostOf(r.host),
    builds: buildsOf(m),
    levers: leversOf(r),
    failedLaunches: launchFailures(r),
    memory: memoryOf(r, ids),
    memoryDepth: memoryDepthOf(r),
    rawSamples: rawSamplesOf(r, ids)
  };
}
function overallHeadline(fleet) {
  const where = (o) => list(fleet.machines.filter((m) => m.outcome === o).map((m) => escapeMarkdown(m.label)));
  switch (fleet.overall) {
    case "regression":
      return `regression on ${where("regression")}.`;
    case "failed":
      return `the run failed on ${where("failed")}.`;
    case "no-verdict":
      return `no verdict was computed on ${where("no-verdict")}.`;
    case "inconclusive":
      return `inconclusive on ${where("inconclusive")}.`;
    case "improvement":
      return `improvement on ${where("improvement")}, neutral elsewhere.`;
    case "neutral":
      return "neutral on every machine.";
  }
}
function comparisonOf(results2) {
  if (!results2) return "";
  const side = (id) => {
    const v = results2.plan.variants.find((x) => x.id === id);
    const commit = results2.builds.find((b) => b.variant === id)?.commit;
    if (!v) return id;
    return `**${id}** = ${escapeMarkdown(v.name)} (${escapeMarkdown(v.ref)}${commit ? ` @ ${escapeMarkdown(commit.slice(0, 12))}` : ""})`;
  };
  return `${side("B")} vs ${side("A")}; throughput in tokens/s, ratio B/A (below 1 = B slower).`;
}
function fullReportPointer(url) {
  const safe = safeUrl(url);
  return safe ? `[full report and results.json](${safe})` : "`results.json` in the run's artifacts";
}
function reportView(fleet, opts = {}) {
  const first = fleet.machines[0]?.results;
  return {
    marker: opts.marker === false ? "" : STICKY_MARKER,
    heading: opts.title ? `llama-perf-gate: ${escapeMarkdown(opts.title)}` : "llama-perf-gate: A/B performance",
    comparison: comparisonOf(first),
    fleet: fleet.machines.length > 1,
    overall: { outcome: fleet.overall, mark: MARKS[fleet.overall], verdict: LABELS[fleet.overall], headline: overallHeadline(fleet), rule: escapeMarkdown(OVERALL_RULE) },
    machines: fleet.machines.map(machineView),
    show: { ...SHOW_ALL },
    truncation: null,
    fullReport: fullReportPointer(opts.fullReportUrl),
    tool: first ? escapeMarkdown(`${first.tool.name} ${first.tool.version}`) : "llama-perf-gate"
  };
}
var MARKS, LABELS, SHOW_ALL, list, FAILED;
var init_view = __esm({
  "src/report/view.ts"() {
    "use strict";
    init_fleet();
    init_escape();
    init_format();
    init_chart();
    init_depth();
    init_analyze();
    MARKS = {
      regression: "\u{1F534}",
      improvement: "\u{1F7E2}",
      neutral: "\u2705",
      inconclusive: "\u{1F7E1}",
      "no-verdict": "\u26AA",
      failed: "\u274C"
    };
    LABELS = {
      regression: "Regression",
      improvement: "Improvement",
      neutral: "Neutral",
      inconclusive: "Inconclusive",
      "no-verdict": "No verdict",
      failed: "Run failed"
    };
    SHOW_ALL = { table: true, chart: true, details: true, tails: true, rawSamples: true };
    list = (names) => names.join(", ");
    FAILED = /* @__PURE__ */ new Set(["crashed", "timeout", "parse-error"]);
  }
});

// src/report/templates.ts
import { existsSync as existsSync5, readFileSync as readFileSync11, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname3, join as join7, basename } from "node:path";
import { fileURLToPath as fileURLToPath4 } from "node:url";
import Handlebars from "handlebars";
function templatesDir() {
  let dir = dirname3(fileURLToPath4(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join7(dir, "templates");
    if (existsSync5(join7(candidate, "report.md.hbs"))) return candidate;
    dir = dirname3(dir);
  }
  throw new Error("templates/report.md.hbs not found above " + dirname3(fileURLToPath4(import.meta.url)));
}
function registerHelpers(hbs) {
  hbs.registerHelper("ratio", (x) => fmtRatio(num3(x)));
  hbs.registerHelper("interval", (ci) => fmtInterval(Array.isArray(ci) ? ci : null));
  hbs.registerHelper("percent", (x, digits) => fmtPercent(num3(x), typeof digits === "number" ? digits : 1));
  hbs.registerHelper("change", (x) => fmtChange(num3(x)));
  hbs.registerHelper("ts", (x) => fmtTs(num3(x)));
  hbs.registerHelper("mib", (x) => fmtMiB(num3(x)));
  hbs.registerHelper("count", (x) => fmtCount(num3(x)));
  hbs.registerHelper("seconds", (x) => fmtSeconds(num3(x)));
  hbs.registerHelper("indent", (text, width) => {
    const pad = " ".repeat(typeof width === "number" ? width : 2);
    return String(text ?? "").split("\n").map((l) => pad + l).join("\n");
  });
  hbs.registerHelper("eq", (a, b) => a === b);
}
function compile(hbs, source) {
  return hbs.compile(source, { strict: true, preventIndent: true });
}
function environment() {
  if (env) return env;
  const dir = templatesDir();
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const partials = join7(dir, "partials");
  for (const f of readdirSync2(partials)) {
    if (f.endsWith(".hbs")) hbs.registerPartial(basename(f, ".hbs"), readFileSync11(join7(partials, f), "utf8"));
  }
  env = {
    hbs,
    main: compile(hbs, readFileSync11(join7(dir, "report.md.hbs"), "utf8")),
    checkSummary: compile(hbs, readFileSync11(join7(dir, "check-summary.md.hbs"), "utf8")),
    checkText: compile(hbs, readFileSync11(join7(dir, "check-text.md.hbs"), "utf8"))
  };
  return env;
}
function templateFor(name, userPath) {
  const e = environment();
  if (!userPath) return e[name];
  let source;
  try {
    source = readFileSync11(userPath, "utf8");
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
function wrap2(path10, tpl) {
  return (view) => {
    try {
      return tpl(view);
    } catch (err) {
      throw new UserError(`report template ${path10} failed to render: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`, "check the field names against templates/report.md.hbs");
    }
  };
}
var num3, env;
var init_templates = __esm({
  "src/report/templates.ts"() {
    "use strict";
    init_errors();
    init_format();
    num3 = (x) => typeof x === "number" ? x : null;
    env = null;
  }
});

// src/report/truncate.ts
function truncationNote(limit, dropped, pointer) {
  const what = dropped.length ? `left out ${dropped.join(", ")}` : "cut at the end";
  return `\u2702\uFE0F Shortened to fit the ${limit.toLocaleString("en-US")}-character limit: ${what}. Everything is in ${pointer}.`;
}
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
var LADDER, FENCE;
var init_truncate = __esm({
  "src/report/truncate.ts"() {
    "use strict";
    init_view();
    LADDER = [
      { show: SHOW_ALL, dropped: [] },
      { show: { ...SHOW_ALL, rawSamples: false }, dropped: ["raw samples"] },
      { show: { ...SHOW_ALL, rawSamples: false, tails: false }, dropped: ["raw samples", "build log and stderr tails"] },
      { show: { ...SHOW_ALL, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details (host, builds, levers, failed launches, memory)"] },
      { show: { table: true, chart: false, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details", "the chart"] },
      { show: { table: false, chart: false, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details", "the chart", "the workload tables"] }
    ];
    FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
  }
});

// src/report/markdown.ts
function renderFitted(render, view, limit, keepPrefix = "") {
  let out = "";
  let note = "";
  const base = view.show;
  for (const step of LADDER) {
    note = truncationNote(limit, step.dropped, view.fullReport);
    view.show = {
      table: base.table && step.show.table,
      chart: base.chart && step.show.chart,
      details: base.details && step.show.details,
      tails: base.tails && step.show.tails,
      rawSamples: base.rawSamples && step.show.rawSamples
    };
    view.truncation = step.dropped.length ? note : null;
    out = render(view);
    if (out.length <= limit) return out;
  }
  return hardCut(out, limit, note, keepPrefix);
}
function asArray(results2) {
  return Array.isArray(results2) ? results2 : [results2];
}
function renderMarkdown(results2, opts = {}) {
  const fleet = mergeFleet(asArray(results2), opts.labels);
  const view = reportView(fleet, { title: opts.title, fullReportUrl: opts.fullReportUrl, marker: true });
  const tpl = templateFor("main", opts.templatePath);
  const render = (v) => {
    const body = tpl(v).trimStart();
    return body.startsWith(STICKY_MARKER) ? body : `${STICKY_MARKER}
${body}`;
  };
  return renderFitted(render, view, opts.maxChars ?? COMMENT_MAX_CHARS, STICKY_MARKER);
}
var COMMENT_MAX_CHARS;
var init_markdown = __esm({
  "src/report/markdown.ts"() {
    "use strict";
    init_fleet();
    init_view();
    init_templates();
    init_truncate();
    init_escape();
    COMMENT_MAX_CHARS = 65536;
  }
});

// src/report/terminal.ts
function alignTable(header, rows, align) {
  const width = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
  const pad = (s, i) => {
    const gap = " ".repeat(width[i] - [...s].length);
    return align[i] === "right" ? gap + s : s + gap;
  };
  const line = (cells2) => cells2.map(pad).join("  ").trimEnd();
  return [line(header), width.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
function spreadCell(a, b) {
  return a === null && b === null ? DASH : `${fmtPercent(a)} / ${fmtPercent(b)}`;
}
function machineTable(m) {
  const level = m.results.analysis?.workloads.find((w) => w.ci)?.ci_level;
  const header = ["Workload", "A t/s", "B t/s", "B/A", level ? `${fmtPercent(level, 0)} interval` : "Interval", "CV A / B", "Verdict"];
  const rows = m.workloads.map((w) => [
    escapeTerminal(w.id),
    fmtTs(w.a.median),
    fmtTs(w.b.median),
    fmtRatio(w.ratio),
    fmtInterval(w.ci),
    spreadCell(w.a.cv, w.b.cv),
    w.verdict === "no-verdict" ? "no verdict" : w.verdict
  ]);
  return alignTable(header, rows, ["left", "right", "right", "right", "left", "right", "left"]);
}
function afterColon(s) {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
function machineFooter(m) {
  const headline = machineHeadline(m, escapeTerminal);
  const lines = [m.outcome === "no-verdict" ? headline : `${LABELS[m.outcome]}: ${afterColon(headline)}`];
  for (const w of m.workloads.filter((x) => x.verdict === "inconclusive")) {
    const a = w.analysis;
    lines.push(
      `  ${escapeTerminal(w.id)}: spread ${fmtPercent(a?.spread)} between paired launches; ${blocksNeededPhrase(a?.ratio, m.margin, a?.blocks_needed)} per variant, ${a?.n ?? m.blocksRun} were counted.`
    );
  }
  for (const b of m.results.builds.filter((x) => !x.ok)) {
    if (b.logPath) lines.push(`  build log of ${b.variant}: ${escapeTerminal(b.logPath)}`);
    for (const l of (b.logTail ?? "").split("\n").filter(Boolean).slice(-10)) lines.push(`    ${escapeTerminal(l)}`);
  }
  const failed = m.results.launches.filter((l) => l.status === "crashed" || l.status === "timeout" || l.status === "parse-error");
  if (failed.length) {
    const kinds = [...new Set(failed.map((l) => l.status))].map((s) => `${failed.filter((l) => l.status === s).length} ${s}`).join(", ");
    lines.push(`  ${failed.length} launch(es) failed (${kinds}); details in report.md.`);
  }
  const curves = m.results.memoryCurves ?? [];
  const depth = depthTable(curves);
  if (depth) lines.push(`  ${escapeTerminal(depthSummaryLine(depth))}`);
  for (const r of curves) {
    const f = depthFailure(r);
    if (f) lines.push(`  ${escapeTerminal(f)}`);
  }
  for (const w of m.results.host?.warnings ?? []) lines.push(`  host warning: ${escapeTerminal(w)}`);
  return lines;
}
function renderTerminal(results2) {
  const fleet = mergeFleet(Array.isArray(results2) ? results2 : [results2]);
  const parts = [];
  for (const m of fleet.machines) {
    if (fleet.machines.length > 1) parts.push(`== ${escapeTerminal(m.label)} ==`);
    if (m.outcome === "failed" && m.results.builds.some((b) => !b.ok)) parts.push(...machineFooter(m), "");
    else parts.push(machineTable(m), "", ...machineFooter(m), "");
  }
  if (fleet.machines.length > 1) parts.push(`Overall: ${LABELS[fleet.overall]}`);
  return parts.join("\n").trimEnd() + "\n";
}
var init_terminal = __esm({
  "src/report/terminal.ts"() {
    "use strict";
    init_fleet();
    init_view();
    init_escape();
    init_format();
    init_depth();
  }
});

// src/report/check.ts
var init_check = __esm({
  "src/report/check.ts"() {
    "use strict";
    init_fleet();
    init_view();
    init_markdown();
    init_escape();
    init_format();
  }
});

// src/report/index.ts
var init_report = __esm({
  "src/report/index.ts"() {
    "use strict";
    init_escape();
    init_markdown();
    init_terminal();
    init_check();
    init_fleet();
    init_summary();
    init_chart();
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

// src/pipeline/run.ts
import { mkdirSync as mkdirSync4, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join8 } from "node:path";
async function runPipeline(plan2, hooks) {
  const log = hooks.log ?? (() => {
  });
  mkdirSync4(plan2.out, { recursive: true });
  const results2 = {
    schema: RESULTS_SCHEMA,
    tool: TOOL,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    finishedAt: null,
    plan: plan2,
    host: readFingerprint(),
    flavour: null,
    builds: [],
    schedule: { seed: plan2.seed, blocks: [] },
    launches: [],
    analysis: null,
    stopReason: "started",
    notes: []
  };
  const save = () => {
    writeResults(plan2.out, results2);
  };
  save();
  results2.builds = await buildVariants(plan2, { cacheDir: hooks.cacheDir, logDir: join8(plan2.out, "logs"), onProgress: hooks.onBuildProgress });
  const failed = results2.builds.filter((b) => !b.ok);
  if (failed.length > 0) {
    results2.stopReason = `build failed: ${failed.map((b) => `variant ${b.variant} (${b.ref})`).join(", ")}; nothing was benchmarked`;
    return finish(plan2, results2);
  }
  try {
    await benchmark(plan2, results2, save, log, hooks);
  } catch (e) {
    results2.stopReason = `stopped by an error: ${e.message}`;
    save();
    throw e;
  }
  return finish(plan2, results2);
}
async function benchmark(plan2, results2, save, log, hooks) {
  const binaries = Object.fromEntries(results2.builds.map((b) => [b.variant, join8(b.binDir, "llama-bench")]));
  const info = await probeRunner(binaries.A);
  const infoB = await probeRunner(binaries.B);
  if (infoB.flavour !== info.flavour) {
    throw new UserError(`variant A builds a ${info.flavour} llama-bench but variant B a ${infoB.flavour} one`, "compare two refs of the same project");
  }
  results2.flavour = info.flavour;
  log(`runner: ${info.flavour} llama-bench; ${plan2.workloads.length} workloads \xD7 up to ${plan2.maxBlocks} blocks (+${plan2.warmupBlocks} warm-up), seed ${plan2.seed}`);
  save();
  const loop = await runBlocks({
    plan: plan2,
    binaries,
    info,
    workDir: join8(plan2.out, "launches"),
    placement: (w) => numaPlacement(w.numa, hostLayout(results2)),
    measure: measureHooks(),
    onProgress: hooks.onBenchProgress,
    afterBlock: (launches, counted) => {
      results2.launches = launches;
      save();
      if (counted === 0) return null;
      const d = decide(workloadInputsFromResults(results2), { ...designOf(plan2), nBlocks: counted });
      if (d.atLook) {
        results2.analysis = d.analysis;
        log(`look at ${counted} blocks: ${d.analysis.workloads.map((w) => `${w.name} ${w.verdict}`).join(", ")}`);
      }
      return d.pending;
    }
  });
  results2.launches = loop.launches;
  results2.schedule.blocks = loop.schedule;
  results2.stopReason = loop.stopReason;
  save();
  const depth = await runMemoryDepth({
    plan: plan2,
    builds: results2.builds,
    placement: depthPlacement(plan2, (p) => numaPlacement(p, hostLayout(results2))),
    log,
    onRecord: (records) => {
      results2.memoryCurves = records;
      save();
    }
  });
  if (depth.skipped) results2.notes.push(depth.skipped);
}
function finish(plan2, results2) {
  if (results2.launches.length > 0) results2.analysis = analysisOf(results2);
  if (results2.host) results2.host = finishFingerprint(results2.host);
  results2.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  const resultsPath = writeResults(plan2.out, results2);
  const reportPath = join8(plan2.out, "report.md");
  writeFileSync2(reportPath, renderMarkdown([results2]));
  return { results: results2, resultsPath, reportPath };
}
function hostLayout(results2) {
  const nodes = results2.host?.numaNodes ?? [];
  if (nodes.length === 0) return {};
  return { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
}
var init_run = __esm({
  "src/pipeline/run.ts"() {
    "use strict";
    init_results();
    init_write();
    init_read_results();
    init_build();
    init_fingerprint();
    init_numa_policy();
    init_measure();
    init_flavour();
    init_run_blocks();
    init_memory_depth();
    init_from_results();
    init_sequential();
    init_report();
    init_errors();
    init_version();
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
  const pct2 = p.percent === void 0 ? "" : ` ${String(p.percent).padStart(3)}%`;
  return `[build ${p.variant}] ${p.phase}${pct2}`;
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

// src/cli/run.ts
var run_exports = {};
__export(run_exports, {
  runAndPrint: () => runAndPrint,
  runCommand: () => runCommand
});
async function runCommand(argv) {
  return runAndPrint(planFromArgs(argv));
}
async function runAndPrint(plan2) {
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await runPipeline(plan2, { cacheDir: defaultCacheDir(), onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log });
  } finally {
    progress.clear();
  }
  process.stdout.write(renderTerminal(out.results) + "\n");
  console.log(`
stopped: ${out.results.stopReason}`);
  console.log(`wall time ${fmtDuration(performance.now() - t0)}; wrote ${out.resultsPath} and ${out.reportPath}`);
  const buildFailed = out.results.builds.some((b) => !b.ok);
  return buildFailed || out.results.analysis?.verdict === "regression" ? 1 : 0;
}
var init_run2 = __esm({
  "src/cli/run.ts"() {
    "use strict";
    init_from_args();
    init_run();
    init_report();
    init_progress2();
    init_cache_dir();
  }
});

// src/model/gguf-writer.ts
import { openSync as openSync2, writeSync, closeSync as closeSync2 } from "node:fs";
function tensorBytes(t) {
  return t.dims.reduce((a, b) => a * b, 1) * ELEM_BYTES[t.type];
}
function f32ToF16Bits(value) {
  f32Scratch[0] = value;
  const x = u32Scratch[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  let mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  let e = exp - 127 + 15;
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
function writeGguf(path10, meta, tensors) {
  const head = new ByteSink();
  head.u32(GGUF_MAGIC);
  head.u32(GGUF_VERSION);
  head.u64(tensors.length);
  head.u64(meta.length);
  for (const [key, v] of meta) {
    head.str(key);
    if ("u32" in v) {
      head.u32(T_UINT32);
      head.u32(v.u32);
    } else if ("f32" in v) {
      head.u32(T_FLOAT32);
      head.f32(v.f32);
    } else {
      head.u32(T_STRING);
      head.str(v.str);
    }
  }
  let offset = 0;
  const offsets = [];
  for (const t of tensors) {
    head.str(t.name);
    head.u32(t.dims.length);
    for (const d of t.dims) head.u64(d);
    head.u32(GGML_TYPE[t.type]);
    head.u64(offset);
    offsets.push(offset);
    offset = alignUp(offset + tensorBytes(t), GGUF_ALIGNMENT);
  }
  head.pad(GGUF_ALIGNMENT);
  const fd = openSync2(path10, "w");
  try {
    const h = head.bytes();
    writeSync(fd, h);
    let written = h.length;
    const CHUNK = 1 << 20;
    const vals = new Float32Array(CHUNK);
    tensors.forEach((t, i) => {
      const start = h.length + offsets[i];
      if (written < start) written += writeSync(fd, Buffer.alloc(start - written));
      const n = t.dims.reduce((a, b) => a * b, 1);
      for (let done = 0; done < n; done += CHUNK) {
        const m = Math.min(CHUNK, n - done);
        const view = vals.subarray(0, m);
        t.fill(view, done);
        let buf;
        if (t.type === "f32") {
          buf = Buffer.from(view.buffer, view.byteOffset, m * 4);
        } else {
          const half = new Uint16Array(m);
          for (let k = 0; k < m; k++) half[k] = f32ToF16Bits(view[k]);
          buf = Buffer.from(half.buffer);
        }
        written += writeSync(fd, buf);
      }
    });
    return written;
  } finally {
    closeSync2(fd);
  }
}
var GGUF_MAGIC, GGUF_VERSION, GGUF_ALIGNMENT, T_UINT32, T_FLOAT32, T_STRING, GGML_TYPE, ELEM_BYTES, ByteSink, alignUp, f32Scratch, u32Scratch;
var init_gguf_writer = __esm({
  "src/model/gguf-writer.ts"() {
    "use strict";
    GGUF_MAGIC = 1179993927;
    GGUF_VERSION = 3;
    GGUF_ALIGNMENT = 32;
    T_UINT32 = 4;
    T_FLOAT32 = 6;
    T_STRING = 8;
    GGML_TYPE = { f32: 0, f16: 1 };
    ELEM_BYTES = { f32: 4, f16: 2 };
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
    f32Scratch = new Float32Array(1);
    u32Scratch = new Uint32Array(f32Scratch.buffer);
  }
});

// src/model/synthetic.ts
function checkShape(s) {
  for (const k of ["embd", "layers", "ff", "vocab", "heads", "kvHeads", "ctx"]) {
    if (!Number.isInteger(s[k]) || s[k] <= 0) {
      throw new UserError(`model shape: ${k} must be a positive integer (got ${s[k]})`, "example: --embd 384 --layers 6");
    }
  }
  if (s.embd % s.heads !== 0) throw new UserError(`model shape: embd ${s.embd} is not divisible by heads ${s.heads}`);
  if (s.heads % s.kvHeads !== 0) throw new UserError(`model shape: heads ${s.heads} is not divisible by kv-heads ${s.kvHeads}`);
  if (s.embd / s.heads % 2 !== 0) throw new UserError(`model shape: head size ${s.embd / s.heads} must be even (RoPE)`);
}
function parameterCount(s) {
  const kv = s.embd / s.heads * s.kvHeads;
  const perLayer = 2 * s.embd + 2 * s.embd * s.embd + 2 * s.embd * kv + 3 * s.embd * s.ff;
  return s.vocab * s.embd + s.embd + s.layers * perLayer;
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
function writeSyntheticModel(path10, s) {
  checkShape(s);
  const headDim = s.embd / s.heads;
  const kv = headDim * s.kvHeads;
  const a = 0.02 * Math.sqrt(3);
  let n = 0;
  const w = (name, dims) => ({ name, dims, type: s.type, fill: uniformFill(s.seed + n++, a) });
  const norm = (name) => ({ name, dims: [s.embd], type: "f32", fill: ones });
  const tensors = [w("token_embd.weight", [s.embd, s.vocab]), norm("output_norm.weight")];
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
    ["general.file_type", { u32: s.type === "f16" ? 1 : 0 }],
    ["llama.context_length", { u32: s.ctx }],
    ["llama.embedding_length", { u32: s.embd }],
    ["llama.block_count", { u32: s.layers }],
    ["llama.feed_forward_length", { u32: s.ff }],
    ["llama.attention.head_count", { u32: s.heads }],
    ["llama.attention.head_count_kv", { u32: s.kvHeads }],
    ["llama.attention.layer_norm_rms_epsilon", { f32: 1e-5 }],
    ["llama.rope.dimension_count", { u32: headDim }],
    ["llama.rope.freq_base", { f32: 1e4 }],
    ["llama.vocab_size", { u32: s.vocab }],
    ["tokenizer.ggml.model", { str: "no_vocab" }]
  ];
  return { bytes: writeGguf(path10, meta, tensors), params };
}
var DEFAULT_SHAPE, ones;
var init_synthetic = __esm({
  "src/model/synthetic.ts"() {
    "use strict";
    init_gguf_writer();
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
    ones = (out) => out.fill(1);
  }
});

// src/cli/demo.ts
var demo_exports = {};
__export(demo_exports, {
  DEMO_DEFAULTS: () => DEMO_DEFAULTS,
  demoCommand: () => demoCommand
});
import { existsSync as existsSync6, mkdirSync as mkdirSync5 } from "node:fs";
import { join as join9 } from "node:path";
async function demoCommand(argv) {
  const cache4 = defaultCacheDir();
  console.error(`[demo] embedded llama.cpp from node-llama-cpp's git bundle (cache: ${cache4})`);
  const src = await ensureEmbeddedSource({ cacheDir: cache4, log: (l) => console.error(`[demo] ${l}`) });
  const modelDir = join9(cache4, "models");
  mkdirSync5(modelDir, { recursive: true });
  const model = join9(modelDir, `synthetic-${DEFAULT_SHAPE.embd}x${DEFAULT_SHAPE.layers}-${DEFAULT_SHAPE.type}.gguf`);
  if (!existsSync6(model)) {
    const { params } = writeSyntheticModel(model, DEFAULT_SHAPE);
    console.error(`[demo] wrote synthetic model ${model} (${(params / 1e6).toFixed(1)}M parameters)`);
  }
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
    ...DEMO_DEFAULTS,
    ...argv
  ]);
  console.error(`[demo] A = ${src.baseRef}, B = ${src.headRef} + LLAMA_KV_MMAP=1 on ${src.commit.slice(0, 12)}`);
  await runAndPrint(plan2);
  return 0;
}
var DEMO_DEFAULTS;
var init_demo = __esm({
  "src/cli/demo.ts"() {
    "use strict";
    init_embedded();
    init_synthetic();
    init_from_args();
    init_cache_dir();
    init_run2();
    DEMO_DEFAULTS = ["--workloads", "pp512,tg128,tg128@d4096", "--threads", "2", "--repetitions", "3", "--max-blocks", "10", "--out", "perf-out"];
  }
});

// src/stats/format-md.ts
function formatMarkdown(a) {
  const lines = [];
  const gm = a.geomean_ratio === null ? "" : `, geomean B/A ${f3(a.geomean_ratio)} (reported, not gated)`;
  lines.push(`**Verdict: ${a.verdict.toUpperCase()}** \u2014 margin \xB1${Number((100 * a.margin).toPrecision(3))}%, \u03B1 = ${a.alpha}${gm}`, "");
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
var init_format_md = __esm({
  "src/stats/format-md.ts"() {
    "use strict";
    f3 = (v) => v === null ? "\u2014" : v.toFixed(3);
    fp = (v) => v === null ? "\u2014" : v < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
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
import { readFileSync as readFileSync12 } from "node:fs";
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
  if (positionals.length > 1) throw new UserError(`unexpected argument ${positionals[1]}: analyze takes one results.json`, "for raw llama-bench files use --base a1 a2 --head b1 b2");
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
function readText2(path10) {
  try {
    return readFileSync12(path10, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${path10}: ${e.code ?? e.message}`, "check the path");
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
function workloadInputsFromRecords(base, head) {
  const byName = /* @__PURE__ */ new Map();
  const get = (name) => {
    let w = byName.get(name);
    if (!w) byName.set(name, w = { name, a: [], b: [] });
    return w;
  };
  const add2 = (files, side) => files.forEach((recs, block) => {
    const names = recordNames(recs);
    recs.forEach((rec, j) => get(names[j])[side].push({ block, value: launchValue(rec), seq: 2 * block + (side === "a" ? 0 : 1) }));
  });
  add2(base, "a");
  add2(head, "b");
  return [...byName.values()];
}
function loadRaw(paths) {
  return paths.map((path10) => {
    const recs = parseBenchOutput(readText2(path10), path10);
    if (recs.length === 0) throw new UserError(`${path10} holds no llama-bench results`, "give the output of a llama-bench run (e.g. llama-bench -o json > a1.json)");
    return recs;
  });
}
async function analyzeCommand(argv) {
  const p = parseAnalyzeArgs(argv);
  if (p.help) {
    process.stdout.write(ANALYZE_USAGE);
    return 0;
  }
  let inputs;
  let opts;
  let plan2 = null;
  if (p.results !== null) {
    const results2 = await readResultsFile(p.results);
    plan2 = results2.plan;
    inputs = workloadInputsFromResults(results2);
    opts = {
      margin: p.margin ?? results2.plan.margin ?? DEFAULT_OPTIONS.margin,
      alpha: p.alpha ?? results2.plan.alpha ?? DEFAULT_OPTIONS.alpha,
      method: p.method ?? results2.plan.method ?? DEFAULT_OPTIONS.method
    };
  } else {
    inputs = workloadInputsFromRecords(loadRaw(p.base), loadRaw(p.head));
    opts = { margin: p.margin ?? DEFAULT_OPTIONS.margin, alpha: p.alpha ?? DEFAULT_OPTIONS.alpha, method: p.method ?? DEFAULT_OPTIONS.method };
  }
  validateOptions(opts);
  const blocks = new Set(inputs.flatMap((w) => [...w.a, ...w.b].map((o) => o.block))).size;
  const horizon = Math.min(MAX_HORIZON, Math.max(blocks, plan2?.horizon ?? plan2?.maxBlocks ?? blocks));
  const analysis2 = blocks < 2 || blocks > MAX_HORIZON ? analyze(inputs, opts) : decide(inputs, { ...opts, looks: [...(plan2?.looks ?? []).filter((l) => l < blocks), blocks], nBlocks: blocks, horizon, spending: plan2?.spending }).analysis;
  process.stdout.write(p.format === "json" ? JSON.stringify(analysis2, null, 2) + "\n" : formatMarkdown(analysis2));
  return exitCodeFor(analysis2.verdict);
}
var ANALYZE_HELP, ANALYZE_USAGE;
var init_analyze2 = __esm({
  "src/cli/analyze.ts"() {
    "use strict";
    init_errors();
    init_options();
    init_analyze();
    init_sequential();
    init_spending();
    init_from_results();
    init_format_md();
    init_read_results();
    init_gate();
    init_parse();
    ANALYZE_HELP = {
      about: "the decision engine on a finished run (results.json) or on raw llama-bench outputs",
      usage: "llama-perf-gate analyze perf-out/results.json [options]\n       llama-perf-gate analyze --base a1.json a2.json \u2026 --head b1.json b2.json \u2026 [options]",
      example: "llama-perf-gate analyze perf-out/results.json --margin 0.02 --format json"
    };
    ANALYZE_USAGE = helpText("analyze", ANALYZE_HELP);
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
    const list2 = lists[i % lists.length];
    const cpu = list2[Math.floor(i / lists.length) % list2.length];
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
      #run(fn, write, rows, threads, cpus) {
        const g = this.geometry;
        const out = {};
        const pinned = Int32Array.from(cpus);
        const args = write ? [this.address, g.bytes, g.segments, g.rowBytes, rows, g.ubatch, threads, pinned, pinned.length, out] : [this.address, g.bytes, g.segments, g.rowBytes, rows, threads, pinned, pinned.length, out];
        const rc = fn(...args);
        if (rc !== 0) throw new Error(`lpg_kv_${write ? "fill" : "scan"} failed (${rc})`);
        return toStats(out);
      }
      /** Writes the first `rows` rows of every segment, in ubatches split across `threads` threads. */
      fill(rows, threads, cpus = []) {
        return this.#run(probeLib().fill, true, rows, threads, cpus);
      }
      /** Reads the first `rows` rows of every segment, each thread a column slice of every row. */
      scan(rows, threads, cpus = []) {
        return this.#run(probeLib().scan, false, rows, threads, cpus);
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
import { readFileSync as readFileSync13 } from "node:fs";
function memAvailableKiB() {
  try {
    const m = /^MemAvailable:\s+(\d+) kB/m.exec(readFileSync13("/proc/meminfo", "utf8"));
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
  let rows = 0;
  try {
    for (const kind of options.kinds) {
      const b = KvBuffer.allocate(kind, geometry);
      buffers.push(b);
      const residentAfterAlloc = b.residentBytes();
      const placementAfterAlloc = b.placement();
      rows = b.rowsFor(options.fill);
      const fill = b.fill(rows, options.threads, cpus);
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
        const s = b.scan(rows, options.threads, cpus);
        faults.set(b.kind, faults.get(b.kind) + s.minorFaults);
        return { overriddenDuration: s.seconds * 1e3 };
      });
    }
    await bench.run();
    const kinds = partial.map((p, i) => {
      const r = bench.tasks[i].result;
      if (!("latency" in r)) throw new Error(`scan of ${p.kind} did not complete (${r.state})`);
      const scanned = rows * geometry.rowBytes * geometry.segments;
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
    return { options, host: host2, cpus, rowsFilled: rows, kinds };
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

// src/cli/probe.ts
var probe_exports = {};
__export(probe_exports, {
  formatProbe: () => formatProbe,
  formatProbeReport: () => formatProbeReport,
  parseProbeArgs: () => parseProbeArgs,
  probeCommand: () => probeCommand
});
function parseProbeArgs(argv, logicalCpus) {
  if (argv.includes("--help") || argv.includes("-h")) return null;
  const o = new OptionValues("probe", parseCommandArgs("probe", argv).values);
  const kinds = o.str("kinds").split(",").map((k) => k.trim());
  const bad = kinds.filter((k) => !KV_KINDS.includes(k));
  if (bad.length > 0 || kinds.length === 0) {
    throw new UserError(`--kinds: unknown buffer type(s) ${bad.join(",")}`, `choose from ${KV_KINDS.join(",")}, e.g. --kinds heap,mmap`);
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
function placementCells(p, node) {
  if (!p) return "n/a";
  return mib(node === "absent" ? p.absentBytes : p.nodeBytes[node] ?? 0);
}
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join(" | ")} |`;
  return [line(rows[0]), `|${widths.map((w, c) => c === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}
function formatProbe(r) {
  const ks = r.kinds;
  const ratioCol = ks.length >= 2;
  const header = ["", ...ks.map((k) => k.kind), ...ratioCol ? [`${ks[1].kind}/${ks[0].kind}`] : []];
  const rows = [header];
  const add2 = (name, cell, value) => {
    const row = [name, ...ks.map(cell)];
    if (ratioCol) {
      const a = value?.(ks[0]);
      const b = value?.(ks[1]);
      row.push(a && b !== null && b !== void 0 ? (b / a).toFixed(3) : "");
    }
    rows.push(row);
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
  return table(rows);
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
var MIB, mib, gbs, ms;
var init_probe = __esm({
  "src/cli/probe.ts"() {
    "use strict";
    init_errors();
    init_options();
    init_kv_probe();
    init_probe_run();
    MIB = 1024 * 1024;
    mib = (b) => b === null ? "n/a" : (b / MIB).toFixed(1);
    gbs = (bps) => (bps / 1e9).toFixed(2);
    ms = (s) => (s * 1e3).toFixed(1);
  }
});

// src/cli/out-path.ts
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname4, resolve as resolve2 } from "node:path";
function checkOutFile(flag, file, example) {
  const path10 = resolve2(file);
  if (statSync2(path10, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${flag} ${file} is a directory, not a file`, `example: ${flag} ${example}`);
  const dir = dirname4(path10);
  const st = statSync2(dir, { throwIfNoEntry: false });
  if (!st) throw new UserError(`${flag} ${file}: the directory ${dir} does not exist`, `create it first (mkdir -p ${dir}) or write elsewhere, e.g. ${flag} ${example}`);
  checkOutDir(flag, dir, example);
}
var init_out_path = __esm({
  "src/cli/out-path.ts"() {
    "use strict";
    init_errors();
    init_from_args();
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
  if (!out) throw new UserError("model: --out is required", "example: llama-perf-gate model --out model.gguf --embd 512 --layers 8");
  const shape = {
    embd: o.num("embd", DEFAULT_SHAPE.embd),
    layers: o.num("layers", DEFAULT_SHAPE.layers),
    ff: o.num("ff", DEFAULT_SHAPE.ff),
    vocab: o.num("vocab", DEFAULT_SHAPE.vocab),
    heads: o.num("heads", DEFAULT_SHAPE.heads),
    kvHeads: o.num("kv-heads", DEFAULT_SHAPE.kvHeads),
    ctx: o.num("ctx", DEFAULT_SHAPE.ctx),
    type: o.str("type"),
    seed: o.num("seed", DEFAULT_SHAPE.seed)
  };
  checkOutFile("--out", out, "model.gguf");
  const { bytes, params } = writeSyntheticModel(out, shape);
  console.log(`wrote ${out}: ${(params / 1e6).toFixed(1)}M parameters, ${(bytes / 2 ** 20).toFixed(1)} MiB`);
  return 0;
}
var init_model = __esm({
  "src/cli/model.ts"() {
    "use strict";
    init_synthetic();
    init_errors();
    init_options();
    init_out_path();
  }
});

// src/pipeline/fleet.ts
import { glob, stat as stat6, writeFile as writeFile3, mkdir as mkdir5 } from "node:fs/promises";
import { basename as basename2, dirname as dirname5, join as join10, resolve as resolve3 } from "node:path";
async function expandResultsInputs(entries, cwd) {
  const found = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const abs = resolve3(cwd, entry);
    if (/[*?[{]/.test(entry)) {
      for await (const p of glob(entry, { cwd })) found.add(resolve3(cwd, p));
      continue;
    }
    let st;
    try {
      st = await stat6(abs);
    } catch {
      throw new UserError(`results entry "${entry}" does not exist (resolved to ${abs})`, "list results.json files, directories holding them, or globs such as artifacts/*/results.json");
    }
    if (st.isDirectory()) {
      for await (const p of glob("**/results.json", { cwd: abs })) found.add(join10(abs, p));
    } else {
      found.add(abs);
    }
  }
  return [...found].sort();
}
async function loadMachines(entries, cwd) {
  const paths = await expandResultsInputs(entries, cwd);
  if (paths.length === 0) {
    throw new UserError(`no results.json found in: ${entries.join(", ")}`, "did every matrix job upload its artifact, and did download-artifact put them under that path?");
  }
  if (paths.length > MAX_MACHINES) throw new UserError(`${paths.length} results files found; the fleet limit is ${MAX_MACHINES}`);
  const machines = [];
  for (const p of paths) machines.push({ label: null, source: p, results: await readResultsFile(p) });
  const dirs = paths.map((p) => basename2(dirname5(p)));
  if (new Set(dirs).size === dirs.length) machines.forEach((m, i) => m.label = dirs[i]);
  return machines;
}
async function writeAggregate(path10, machines) {
  await mkdir5(dirname5(path10), { recursive: true });
  const doc = { schema: AGGREGATE_SCHEMA, machines: machines.map((m) => ({ label: m.label, source: m.source, results: m.results })) };
  await writeFile3(path10, JSON.stringify(doc, null, 2) + "\n");
}
var AGGREGATE_SCHEMA, MAX_MACHINES;
var init_fleet2 = __esm({
  "src/pipeline/fleet.ts"() {
    "use strict";
    init_errors();
    init_read_results();
    AGGREGATE_SCHEMA = "llama-perf-gate/aggregate@1";
    MAX_MACHINES = 64;
  }
});

// src/cli/aggregate.ts
var aggregate_exports = {};
__export(aggregate_exports, {
  aggregateCommand: () => aggregateCommand
});
import { writeFileSync as writeFileSync3 } from "node:fs";
import { join as join11, resolve as resolve4 } from "node:path";
async function aggregateCommand(argv, print = (t) => void process.stdout.write(t)) {
  const { values, positionals } = parseCommandArgs("aggregate", argv, { positionals: true });
  const o = new OptionValues("aggregate", values);
  if (positionals.length === 0) {
    throw new UserError("aggregate: no results given", "example: llama-perf-gate aggregate --out fleet artifacts/*/results.json");
  }
  const machines = await loadMachines(positionals, process.cwd());
  const results2 = machines.map((m) => m.results);
  const labels = machines.every((m) => m.label) ? machines.map((m) => m.label) : void 0;
  const out = resolve4(o.str("out"));
  checkOutDir("--out", out, "perf-fleet");
  await writeAggregate(join11(out, "aggregate.json"), machines);
  writeFileSync3(join11(out, "report.md"), renderMarkdown(results2, { labels, templatePath: o.str("template") }));
  print(renderTerminal(results2) + "\n");
  const overall = mergeFleet(results2, labels).overall;
  print(`overall: ${overall}; wrote ${join11(out, "aggregate.json")} and ${join11(out, "report.md")}
`);
  return overall === "regression" || overall === "failed" ? 1 : 0;
}
var init_aggregate = __esm({
  "src/cli/aggregate.ts"() {
    "use strict";
    init_errors();
    init_options();
    init_from_args();
    init_fleet2();
    init_report();
  }
});

// src/cli/main.ts
init_errors();
init_options();
var COMMANDS = {
  run: { about: "build base and head, benchmark them interleaved, decide", usage: "llama-perf-gate run --repo DIR --base REF [--head REF] --model FILE [options]", example: "llama-perf-gate run --repo ../llama.cpp --base main --head pr-290 --model model.gguf --workloads pp512,tg128 --out perf-out", load: async () => (await Promise.resolve().then(() => (init_run2(), run_exports))).runCommand },
  demo: { about: "the embedded default: bundled llama.cpp vs the mmap-KV patch (npm start); any run flag overrides", usage: "llama-perf-gate demo [run options]", example: "llama-perf-gate demo --max-blocks 20 --workloads tg128@d4096", load: async () => (await Promise.resolve().then(() => (init_demo(), demo_exports))).demoCommand },
  analyze: { about: "decide from results.json or from raw llama-bench outputs", usage: "llama-perf-gate analyze perf-out/results.json [options]  |  analyze --base a1.json a2.json --head b1.json b2.json [options]", example: "llama-perf-gate analyze perf-out/results.json --margin 0.02 --format json", load: async () => (await Promise.resolve().then(() => (init_analyze2(), analyze_exports))).analyzeCommand },
  probe: { about: "model-free A/B of heap vs mmap KV buffers on this host", usage: "llama-perf-gate probe [options]", example: "llama-perf-gate probe --kv-mib 512 --fill 0.25 --threads 2", load: async () => (await Promise.resolve().then(() => (init_probe(), probe_exports))).probeCommand },
  model: { about: "write a synthetic GGUF model", usage: "llama-perf-gate model --out FILE [options]", example: "llama-perf-gate model --out model.gguf --embd 512 --layers 8", load: async () => (await Promise.resolve().then(() => (init_model(), model_exports))).modelCommand },
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
  if (!cmd) throw new UserError(`unknown command "${name}"`, usage().trimEnd());
  if (wantsHelp(rest)) {
    process.stdout.write(helpText(name === "demo" ? "run" : name, cmd));
    return 0;
  }
  try {
    return await (await cmd.load())(rest);
  } catch (e) {
    throw parseArgsError(name === "demo" ? "run" : name, e);
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
