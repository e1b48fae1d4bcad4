// Action inputs → a Plan plus the action's own options. The runner passes input `foo-bar` as the
// environment variable INPUT_FOO-BAR; @actions/core reads it. Every validation error names the
// input and gives a valid example, so the fix is obvious from the job log.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../errors.ts';
import type { Plan } from '../plan/types.ts';
import { planFromArgs } from '../plan/from-args.ts';

export type Mode = 'run' | 'aggregate';

export interface ActionOptions {
  mode: Mode;
  token: string;
  onInconclusive: 'pass' | 'fail';
  /** Path of a user Handlebars template for the comment, or null for the built-in one. */
  template: string | null;
  /** Label that lets a maintainer run a fork PR's code; null: only workflow_dispatch can. */
  allowForkLabel: string | null;
  /** Post an existing results.json instead of running (trusted workflow_run jobs, re-posting). */
  resultsPath: string | null;
  /** aggregate: files, directories or simple globs holding results.json files, one per line. */
  resultsFiles: string[];
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
}

export type InputGetter = (name: string) => string;

/** The runner's rule: INPUT_ + name with spaces → '_', upper-cased, hyphens kept. */
export const coreGetter: InputGetter = (name) => core.getInput(name);

function text(get: InputGetter, name: string): string | null {
  const v = get(name).trim();
  return v === '' ? null : v;
}

function choice<T extends string>(get: InputGetter, name: string, allowed: readonly T[], fallback: T): T {
  const v = text(get, name);
  if (v === null) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UserError(`input "${name}" must be one of ${allowed.join(' | ')} (got "${v}")`, `example:  ${name}: ${fallback}`);
}

function bool(get: InputGetter, name: string, fallback: boolean): boolean {
  const v = text(get, name);
  if (v === null) return fallback;
  if (/^(true|yes|on|1)$/i.test(v)) return true;
  if (/^(false|no|off|0)$/i.test(v)) return false;
  throw new UserError(`input "${name}" must be true or false (got "${v}")`, `example:  ${name}: ${fallback}`);
}

function int(get: InputGetter, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = text(get, name);
  if (v === null) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(`input "${name}" must be an integer in [${min}, ${max}] (got "${v}")`, `example:  ${name}: ${Math.max(min, fallback)}`);
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

/** Inputs that map 1:1 onto `llama-perf-gate run` flags (same names). */
export const PLAN_INPUTS = [
  'plan', 'repo', 'model', 'out', 'base', 'head', 'base-name', 'head-name', 'workloads', 'threads', 'repetitions',
  'max-blocks', 'warmup-blocks', 'looks', 'seed', 'timeout', 'margin', 'alpha', 'method', 'numa', 'prio', 'delay',
  'cpu-mask', 'poll', 'depth-sweep', 'depth-gen',
] as const;
/** Inputs that take several values (shell-like words, or one per line) → the flag repeated. */
export const LIST_INPUTS = ['base-cmake', 'head-cmake', 'base-arg', 'head-arg'] as const;
/** NAME=value, one per line. */
export const ENV_INPUTS = ['base-env', 'head-env'] as const;

export interface PlanDefaults {
  /** Refs from the event when the inputs leave base/head empty. */
  baseRef: string | null;
  headRef: string | null;
  /** Relative paths in inputs are relative to the workspace. */
  workspace: string;
  /** Default output directory: under RUNNER_TEMP. */
  out: string;
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
    if (v === null && name === 'repo') v = '.';
    if (v === null) continue;
    argv.push(`--${name}`, name === 'repo' || name === 'model' || name === 'out' || name === 'plan' ? abs(v) : v);
  }
  if (bool(get, 'cpu-strict', false)) argv.push('--cpu-strict');
  for (const name of LIST_INPUTS) for (const a of splitArgs(name, text(get, name))) argv.push(`--${name}`, a);
  for (const name of ENV_INPUTS) {
    for (const line of (text(get, name) ?? '').split(/\r?\n/)) {
      const t = line.trim();
      if (t && !t.startsWith('#')) argv.push(`--${name}`, t);
    }
  }
  return argv;
}

/** Rewrite a flag-worded error ("--threads must be…", "example: --threads 4") into input words. */
export function asInputError(e: unknown): unknown {
  if (!(e instanceof UserError) && !(e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return e;
  const message = (e as Error).message.replace(/--([a-z][a-z-]*)/g, 'input "$1"');
  const hint = e instanceof UserError && e.hint ? e.hint.replace(/^example: --([a-z][a-z-]*)\s+/, 'example:  $1: ') : undefined;
  return new UserError(message, hint);
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

export function readOptions(get: InputGetter, env: NodeJS.ProcessEnv = process.env): ActionOptions {
  const mode = choice(get, 'mode', ['run', 'aggregate'] as const, 'run');
  const resultsFiles = (text(get, 'results') ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  if (mode === 'aggregate' && resultsFiles.length === 0) {
    throw new UserError('input "results" is required in mode aggregate: where the runners\' results.json files are', 'example:  results: artifacts/*/results.json');
  }
  const prNumber = text(get, 'pr-number');
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : null;
  return {
    mode,
    token: text(get, 'github-token') ?? '',
    onInconclusive: choice(get, 'on-inconclusive', ['pass', 'fail'] as const, 'pass'),
    template: text(get, 'template'),
    allowForkLabel: text(get, 'allow-fork-label'),
    resultsPath: text(get, 'results-path'),
    resultsFiles,
    post: bool(get, 'post', true),
    comment: bool(get, 'comment', true),
    check: bool(get, 'check', true),
    checkName: text(get, 'check-name') ?? 'llama-perf-gate',
    prNumber: prNumber === null ? null : int(get, 'pr-number', 1, 1),
    lockDir: text(get, 'lock-dir') ?? tmpdir(),
    lockTimeoutSec: int(get, 'lock-timeout', 6 * 3600, 0),
    cacheDir: text(get, 'cache-dir'),
    reportUrl: text(get, 'report-url') ?? runUrl,
    commentAuthor: text(get, 'comment-author'),
  };
}
