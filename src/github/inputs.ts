// Action inputs → a Plan plus the action's own options. The runner passes input `foo-bar` as the
// environment variable INPUT_FOO-BAR; @actions/core reads it. Every validation error names the
// input and gives a valid example, so the fix is obvious from the job log.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { presetEntry } from '../plan/models.ts';
import * as core from '@actions/core';
import { UserError } from '../sys/errors.ts';
import type { Plan } from '../plan/types.ts';
import { planFromArgs } from '../plan/from-args.ts';
import { decisionRule } from '../plan/decision-rule.ts';
import { actionInputs, inputDescription } from '../plan/option-text.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { type OptionSpec } from '../plan/options.ts';
import { designOf } from '../stats/design-replay.ts';
import { asInputError } from './input-words.ts';
import { readBisect, type BisectInputs } from './bisect-inputs.ts';

export { asInputError };
import { DESIGN_INPUTS as RULE_INPUTS, type Design } from '../pipeline/fleet.ts';

export type Mode = 'run' | 'aggregate' | 'qualify';

/** BisectInputs: a range to bisect (inputs good/bad) and the budget of any bisection. */
export interface ActionOptions extends BisectInputs {
  mode: Mode;
  token: string;
  onInconclusive: 'pass' | 'fail';
  /** What a fleet missing an expected machine does to the check: `fail` (default) or `pass`. */
  onIncomplete: 'pass' | 'fail';
  /** aggregate: the machines (artifact directory or host names) whose results must all be there. */
  expectedMachines: string[];
  /** Path of a user Handlebars template for the comment, or null for the built-in one. */
  template: string | null;
  /** Label that lets a maintainer run a fork PR's code; null: only workflow_dispatch can. */
  allowForkLabel: string | null;
  /** Post an existing results.json instead of running (trusted workflow_run jobs, re-posting). */
  resultsPath: string | null;
  /** aggregate: files, directories or simple globs holding results.json files, one per line. */
  resultsFiles: string[];
  /**
   * Post modes (results-path, aggregate): the decision rule this workflow declares, from its own
   * inputs (the CLI's defaults): a results file must have been decided with it. Null in mode run,
   * where the plan is this job's own.
   */
  design: Design | null;
  /** Create/update the comment and the check run (false: results and job summary only). */
  post: boolean;
  comment: boolean;
  check: boolean;
  checkName: string;
  /** PR to attach to (dispatch, workflow_run); overrides the event's. */
  prNumber: number | null;
  lockDir: string;
  lockTimeoutSec: number;
  /** Build cache (worktrees, builds reused across runs); null: the CLI's default. */
  cacheDir: string | null;
  /** Where the full report can be read (pointer in truncated bodies). */
  reportUrl: string | null;
  /** Login whose comment is the sticky one; null: the token's own identity. */
  commentAuthor: string | null;
  /** Experiment store (absolute); null: <cache-dir>/experiments.sqlite. */
  store: string | null;
  /** Extend the PR's stored experiment by this many blocks instead of a new run (dispatch, /perf more). */
  moreBlocks: number | null;
}

export type InputGetter = (name: string) => string;

/** The runner's rule: INPUT_ + name with spaces → '_', upper-cased, hyphens kept. */
export const coreGetter: InputGetter = (name) => core.getInput(name);

function text(get: InputGetter, name: string): string | null {
  const v = get(name).trim();
  return v === '' ? null : v;
}

/** The spec entry behind an input (src/plan/options.ts). */
function inputSpec(name: string): OptionSpec {
  const e = actionInputs().find((i) => i.input === name);
  if (!e) throw new Error(`no Action input "${name}" in src/plan/options.ts`);
  return e.spec;
}

const inputExample = (name: string): string => `example:  ${name}: ${inputSpec(name).example}`;

function choice<T extends string>(get: InputGetter, name: string): T {
  const s = inputSpec(name);
  const v = text(get, name);
  if (v === null) return s.default as T;
  if (s.choices!.includes(v)) return v as T;
  throw new UserError(`input "${name}" must be one of ${s.choices!.join(' | ')} (got "${v}")`, inputExample(name));
}

function bool(get: InputGetter, name: string): boolean {
  const v = text(get, name);
  if (v === null) return inputSpec(name).default === true;
  if (/^(true|yes|on|1)$/i.test(v)) return true;
  if (/^(false|no|off|0)$/i.test(v)) return false;
  throw new UserError(`input "${name}" must be true or false (got "${v}")`, inputExample(name));
}

function int(get: InputGetter, name: string): number | null {
  const s = inputSpec(name);
  const v = text(get, name);
  if (v === null) return typeof s.default === 'number' ? s.default : null;
  const n = Number(v);
  const [min, max] = [s.min ?? 0, s.max ?? Number.MAX_SAFE_INTEGER];
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(`input "${name}" must be an integer in [${min}, ${max}] (got "${v}")`, inputExample(name));
  }
  return n;
}

/** Split arguments written shell-like on one line or one per line; quotes group, nothing is expanded. */
export function splitArgs(name: string, raw: string | null): string[] {
  if (raw === null) return [];
  const out: string[] = [];
  let cur = '';
  let quote: '"' | "'" | null = null;
  let has = false;
  for (const ch of raw) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
    }
  }
  if (quote) throw new UserError(`input "${name}" has an unclosed ${quote} quote`, `example:  ${name}: -DGGML_NATIVE=OFF "-DCMAKE_C_FLAGS=-O2 -g"`);
  if (has || cur) out.push(cur);
  return out;
}

const runInputs = () => actionInputs().filter((i) => i.spec.commands.includes('run'));
/** Inputs that map 1:1 onto `llama-perf-gate run` flags (same names), from the option spec. */
export const PLAN_INPUTS = runInputs().filter((i) => i.spec.kind !== 'list' && i.spec.kind !== 'boolean').map((i) => i.input);
/** run flags that are switches: input true → the flag. */
export const SWITCH_INPUTS = runInputs().filter((i) => i.spec.kind === 'boolean').map((i) => i.input);
/** Inputs that take several values (shell-like words, or one per line) → the flag repeated. */
export const LIST_INPUTS = runInputs().filter((i) => i.spec.input?.split === 'words').map((i) => i.input);
/** NAME=value, one per line. */
export const ENV_INPUTS = runInputs().filter((i) => i.spec.input?.split === 'lines' && !i.spec.input.path).map((i) => i.input);

export interface PlanDefaults {
  /** Refs from the event when the inputs leave base/head empty. */
  baseRef: string | null;
  headRef: string | null;
  /** Relative paths in inputs are relative to the workspace. */
  workspace: string;
  /** Default output directory: under RUNNER_TEMP. */
  out: string;
}

/**
 * The model input → one --model per model: one per line, a line split on commas unless it is an
 * existing file as written (the CLI's rule); paths relative to the workspace, a preset name
 * (llama-1b:q8_0) as given.
 */
function modelArgs(v: string, abs: (p: string) => string): string[] {
  const lines = v.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const one = (x: string) => (presetEntry(x) && !existsSync(abs(x)) ? x : abs(x));
  // Repository names hold no commas, so the workspace part of a joined list splits only where the line did.
  return lines.map((l) => `--model=${existsSync(abs(l)) ? abs(l) : l.split(',').map((x) => x.trim()).filter(Boolean).map(one).join(',')}`);
}

/** The `run` argv these inputs stand for (flag names = input names). */
export function planArgv(get: InputGetter, d: PlanDefaults): string[] {
  const argv: string[] = [];
  const abs = (v: string) => resolve(d.workspace, v);
  for (const name of PLAN_INPUTS) {
    let v = text(get, name);
    if (v === null && name === 'base') v = d.baseRef;
    if (v === null && name === 'head') v = d.headRef;
    if (v === null && name === 'out') v = d.out;
    if (v === null) v = inputSpec(name).input?.default ?? null;
    if (v === null) continue;
    const value = inputSpec(name).input?.path ? abs(v) : v;
    // A value starting with "-" is a value, not a flag: the = form says so to the parser.
    if (value.startsWith('-')) argv.push(`--${name}=${value}`);
    else argv.push(`--${name}`, value);
  }
  argv.push(...modelArgs(text(get, 'model') ?? '', abs));
  for (const name of SWITCH_INPUTS) if (bool(get, name)) argv.push(`--${name}`);
  for (const name of LIST_INPUTS) for (const a of splitArgs(name, text(get, name))) argv.push(`--${name}=${a}`);
  for (const name of ENV_INPUTS) {
    for (const line of (text(get, name) ?? '').split(/\r?\n/)) {
      const t = line.trim();
      if (t && !t.startsWith('#')) argv.push(`--${name}=${t}`);
    }
  }
  return argv;
}

/** Build the Plan for mode `run` with the CLI's own validation, errors worded for inputs. */
export function readPlan(get: InputGetter, d: PlanDefaults): Plan {
  const argv = planArgv(get, d);
  try {
    return planFromArgs(argv);
  } catch (e) {
    throw asInputError(e);
  }
}

/** The inputs that make the decision rule; the other run inputs say what is measured, not how it is decided. */
export const DESIGN_INPUTS = [...new Set(Object.values(RULE_INPUTS).flat())];

/** The decision rule these inputs declare, computed as `run` computes its plan's (same defaults and checks). */
export function readDesign(get: InputGetter): Design {
  // Not a plan file: where a post job has one, it may be the PR's checkout (a fleet's), which would choose the rule.
  if (text(get, 'plan') !== null) {
    throw new UserError('input "plan" is not read when posting results files: the decision rule must come from this workflow\'s own inputs', 'example:  margin: 0.02  (set margin, alpha, method, spending, max-blocks, horizon, looks, numa-guest as inputs, the same as on the benchmark job)');
  }
  const argv = DESIGN_INPUTS.flatMap((name) => {
    const v = text(get, name);
    return v === null ? [] : [`--${name}=${v}`];
  });
  try {
    const o = new OptionValues('run', parseCommandArgs('run', argv).values);
    return { ...designOf(decisionRule(o)), ...(o.has('numa-guest') && { numaGuest: o.num('numa-guest') }) };
  } catch (e) {
    throw asInputError(e);
  }
}

export function readOptions(get: InputGetter, env: NodeJS.ProcessEnv = process.env): ActionOptions {
  const mode = choice<Mode>(get, 'mode');
  const resultsFiles = (text(get, 'results') ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  if (mode === 'aggregate' && resultsFiles.length === 0) {
    throw new UserError('input "results" is required in mode aggregate: where the runners\' results.json files are', 'example:  results: artifacts/*/results.json');
  }
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : null;
  return {
    mode,
    token: text(get, 'github-token') ?? '',
    onInconclusive: choice<'pass' | 'fail'>(get, 'on-inconclusive'),
    onIncomplete: choice<'pass' | 'fail'>(get, 'on-incomplete'),
    expectedMachines: (text(get, 'expected-machines') ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean),
    template: text(get, 'template'),
    allowForkLabel: text(get, 'allow-fork-label'),
    resultsPath: text(get, 'results-path'),
    resultsFiles,
    design: mode === 'aggregate' || text(get, 'results-path') !== null ? readDesign(get) : null,
    post: bool(get, 'post'),
    comment: bool(get, 'comment'),
    check: bool(get, 'check'),
    checkName: text(get, 'check-name') ?? (inputSpec('check-name').default as string),
    prNumber: int(get, 'pr-number'),
    lockDir: text(get, 'lock-dir') ?? tmpdir(),
    lockTimeoutSec: int(get, 'lock-timeout')!,
    cacheDir: text(get, 'cache-dir'),
    reportUrl: text(get, 'report-url') ?? runUrl,
    commentAuthor: text(get, 'comment-author'),
    store: text(get, 'store') === null ? null : resolve(env.GITHUB_WORKSPACE ?? process.cwd(), text(get, 'store')!),
    moreBlocks: int(get, 'more-blocks'),
    ...readBisect(get),
  };
}

/** The `inputs:` section of action.yml, derived from the option spec (scripts/action-inputs.ts writes it). */
export function actionYamlInputs(): Record<string, { description: string; default?: string }> {
  const out: Record<string, { description: string; default?: string }> = {};
  for (const { input, spec } of actionInputs()) {
    const d = spec.input?.default ?? (spec.commands.includes('action') && spec.default !== undefined ? String(spec.default) : undefined);
    out[input] = { description: inputDescription(spec), ...(d !== undefined && { default: d }) };
  }
  return out;
}
