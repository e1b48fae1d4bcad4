#!/usr/bin/env node
import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  helpText
} from "./chunk-W4KRGZ6D.js";
import {
  parseArgsError
} from "./chunk-JTF2YUPJ.js";
import "./chunk-BJGFYZ3G.js";
import {
  UserError,
  asEnvironmentError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/cli/main.ts
var COMMANDS = {
  run: { about: "build base and head, benchmark them interleaved, decide", usage: "llama-perf-gate run --repo DIR --base REF [--head REF] --model FILE [options]", example: "llama-perf-gate run --repo ../llama.cpp --base main --head pr-290 --model model.gguf --workloads pp512,tg128 --out perf-out", load: async () => (await import("./run-XXO27EUR.js")).runCommand },
  demo: { about: "the embedded default: bundled llama.cpp vs the mmap-KV patch (npm start); any run flag overrides", usage: "llama-perf-gate demo [run options]", example: "llama-perf-gate demo --max-blocks 20 --workloads tg128@d4096", load: async () => (await import("./demo-ZNAKLKSY.js")).demoCommand },
  analyze: { about: "decide from results.json or from raw llama-bench outputs", usage: "llama-perf-gate analyze perf-out/results.json [options]  |  analyze --base a1.json a2.json --head b1.json b2.json [options]", example: "llama-perf-gate analyze perf-out/results.json --margin 0.02 --format json", load: async () => (await import("./analyze-LLGX35AH.js")).analyzeCommand },
  calibrate: { about: "A/A run of the base against itself: this host's noise, quoted by later reports", usage: "llama-perf-gate calibrate --repo DIR --base REF --model FILE [run options]", example: "llama-perf-gate calibrate --repo ../ik_llama.cpp --base main --model model.gguf --workloads pp512,tg128 --max-blocks 10", load: async () => (await import("./calibrate-KQVKEE4U.js")).calibrateCommand },
  qualify: { about: "qualify this runner: A/A\u2032 of two builds of the base and A/A+k with an injected slowdown; quoted by later reports", usage: "llama-perf-gate qualify [--repo DIR --base REF --model FILE] [--slowdown 0.03] [run options]  (no --repo: the demo's, as after npm start)", example: "llama-perf-gate qualify --repo ../llama.cpp --base master --model model.gguf --workloads pp512,tg128 --max-blocks 10", load: async () => (await import("./qualify-DLY7GI3Z.js")).qualifyCommand },
  probe: { about: "model-free A/B of heap vs mmap KV buffers on this host", usage: "llama-perf-gate probe [options]", example: "llama-perf-gate probe --kv-mib 512 --fill 0.25 --threads 2", load: async () => (await import("./probe-5UUONZTR.js")).probeCommand },
  model: { about: "write a synthetic GGUF model", usage: "llama-perf-gate model --out FILE [options]", example: "llama-perf-gate model --out model.gguf --embd 512 --layers 8", load: async () => (await import("./model-EG2LHX6G.js")).modelCommand },
  bisect: { about: "find the commits between good and bad that made it slower, each verified against its parent", usage: "llama-perf-gate bisect --repo DIR --good REF --bad REF --model FILE [run options] [--max-builds N] [--minutes M]", example: "llama-perf-gate bisect --repo ../llama.cpp --good b4000 --bad master --model model.gguf --workloads tg128 --out bisect-out", load: async () => (await import("./bisect-63TEVI3K.js")).bisectCommand },
  experiments: { about: "list the experiments in the experiment store", usage: "llama-perf-gate experiments [--store PATH]", example: "llama-perf-gate experiments", load: async () => (await import("./experiments-HPUT4QN4.js")).experimentsCommand },
  more: { about: "add blocks to an experiment and decide again (up to its horizon)", usage: "llama-perf-gate more [--out DIR | --experiment ID] [--blocks N | --minutes M] [--store PATH]", example: "llama-perf-gate more --out perf-out --blocks 20", load: async () => (await import("./more-F44HKWUZ.js")).moreCommand },
  history: { about: "base throughput across experiments on this host; flags a moved baseline", usage: "llama-perf-gate history [--workload NAME] [--store PATH] [--all-hosts]", example: "llama-perf-gate history --workload tg128", load: async () => (await import("./history-K3BXNDAG.js")).historyCommand },
  aggregate: { about: "merge several machines' results.json into one report (fleet)", usage: "llama-perf-gate aggregate [--out DIR] [--template FILE] PATH...", example: "llama-perf-gate aggregate --out perf-fleet artifacts/*/results.json", load: async () => (await import("./aggregate-R3FQSOTZ.js")).aggregateCommand }
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
