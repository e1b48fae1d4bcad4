import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/model/presets.ts
var PRESETS = {
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
var PRESET_NAMES = Object.keys(PRESETS);

// src/plan/options.ts
var RUN = ["run", "demo"];
var RUN_BISECT = [...RUN, "bisect"];
var TIMEOUT_MAX_SEC = 24 * 3600;
var MAX_HORIZON = 300;
var OPTIONS = [
  // ── run / demo: the plan (flag names = plan-file keys = Action input names) ──
  { name: "plan", kind: "string", commands: RUN, example: "plan.yml", help: "a plan file (YAML or JSON) with the run flags as keys; flags win", input: { path: true, help: "A plan file (YAML or JSON) with the run flags as keys; other inputs override it." } },
  { name: "repo", kind: "string", commands: RUN_BISECT, example: "../llama.cpp", help: "the llama.cpp or ik_llama.cpp checkout to build", input: { path: true, default: ".", help: "The llama.cpp or ik_llama.cpp checkout to build (relative to the workspace)." } },
  { name: "model", kind: "list", commands: RUN_BISECT, example: "model.gguf", help: "GGUF model file(s) to benchmark: repeat the flag or separate with commas (a value that is an existing file is one path, commas and all); several models are one experiment, each test decided per model; an entry may be a synthetic preset, NAME[:TYPE] (llama-1b:q8_0), written into the cache once", input: { path: true, split: "lines", help: "GGUF model file(s) to benchmark, one per line (or comma-separated; a line that is an existing file is one path, commas and all); several: each workload decided per model, one verdict per model; an entry may be a synthetic preset such as `llama-1b:q8_0` (required in mode run)." } },
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
  { name: "good", kind: "string", commands: ["bisect"], example: "v1.0", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', help: "the last commit known fast (the range starts after it)", input: { help: 'Bisect instead of benchmarking a PR (with `bad`; a workflow_dispatch input): the last commit known fast. The first-parent commits after it up to `bad` are bisected as `llama-perf-gate bisect` does; the culprit section goes to the job summary and a check run named after check-name with " / bisect". A `/perf bisect` PR comment bisects the PR\'s own commits instead (its refs come from the API, never from the comment).' } },
  { name: "bad", kind: "string", commands: ["bisect"], example: "main", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', help: "a later commit that is slower (good must be one of its first-parent ancestors)", input: { help: "Bisect (with `good`): a later commit that is slower; `good` must be one of its first-parent ancestors." } },
  { name: "cmake", kind: "list", commands: ["bisect"], example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for every commit (values starting with - need the = form)" },
  { name: "arg", kind: "list", commands: ["bisect"], example: "-fa", help: "extra llama-bench argument for every commit" },
  { name: "env", kind: "list", commands: ["bisect"], example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of every benchmark process, NAME=VALUE" },
  { name: "max-builds", kind: "int", commands: ["bisect"], example: "8", min: 2, max: 1e5, defaultText: "no bound", help: "distinct commits built at most (good and bad included); when reached, the narrowest ranges vouched for are reported", input: { help: "Bisect (`good`/`bad` or `/perf bisect`): distinct commits built at most (good and bad included); when reached, the narrowest ranges vouched for are reported and the bisect check fails. Empty: no bound." } },
  { name: "minutes", kind: "number", commands: ["bisect"], example: "120", min: 0.1, max: 1e5, defaultText: "no bound", help: "no block starts after this many minutes (the step then running stops, its blocks kept for a rerun to resume); the narrowest ranges vouched for are reported", input: { name: "bisect-minutes", help: "Bisect: no block starts after this many minutes (keep it below the job's timeout-minutes); the narrowest ranges vouched for are reported and the bisect check fails. The blocks are in the store: the same bisect resumes. Empty: no bound." } },
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
  { name: "on-inconclusive", kind: "choice", commands: ["action"], example: "pass", choices: ["pass", "fail"], default: "pass", help: "What an inconclusive (or not computed) verdict does to the check. pass \u2192 conclusion neutral (passes a required check); fail \u2192 conclusion failure. A numa-guest run never decides throughput: it is placed (neutral) when it measured placement at every depth, and only without that inconclusive.", input: {} },
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

export {
  PRESETS,
  PRESET_NAMES,
  MAX_HORIZON,
  OPTIONS,
  optionsOf,
  optionSpec,
  flagExample,
  rangeText,
  inRange
};
