import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  OPTIONS,
  flagExample,
  inRange,
  optionSpec,
  optionsOf,
  rangeText
} from "./chunk-BJGFYZ3G.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

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
  const fail = (what) => {
    throw new UserError(`--${s.name} ${what} (got "${raw}")`, `example: ${flagExample(s)}`);
  };
  switch (s.kind) {
    case "int": {
      const v = Number(raw);
      if (!/^\s*-?\d+\s*$/.test(raw) || !Number.isSafeInteger(v) || !inRange(s, v)) fail(`must be an integer ${rangeText(s)}`);
      return v;
    }
    case "number": {
      const v = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(v) || !inRange(s, v)) fail(`must be a number ${rangeText(s)}`);
      return v;
    }
    case "choice":
      if (!s.choices.includes(raw)) fail(`must be ${s.choices.join(" or ")}`);
      return raw;
    default:
      if (raw.trim() === "") fail("got an empty value");
      if (s.pattern && !s.pattern.test(raw)) fail(`must be ${s.patternText ?? s.pattern.source}`);
      return raw;
  }
}
var OptionValues = class {
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

export {
  withExample,
  closestFlag,
  parseArgsError,
  parseCommandArgs,
  checkValue,
  OptionValues
};
