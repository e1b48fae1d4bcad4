// argv → a command's checked values, all from the option table (options.ts): node:util parseArgs
// config, Node's wording turned into one line naming the flag with a valid example (exit 2), the
// range and pattern checks, and typed access with the table's defaults.
import { parseArgs } from 'node:util';
import { UserError } from '../sys/errors.ts';
import { flagExample, inRange, OPTIONS, optionsOf, optionSpec, rangeText, type CommandName, type OptionSpec } from './options.ts';

/** The node:util parseArgs config of a command: every value is a string, checked by `checkValue`. */
export function parseArgsConfig(command: CommandName): Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> {
  const cfg: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const s of optionsOf(command)) {
    cfg[s.name] = { type: s.kind === 'boolean' || s.kind === 'files' ? 'boolean' : 'string', ...(s.kind === 'list' && { multiple: true }), ...(s.short && { short: s.short }) };
  }
  return cfg;
}

export type RawValues = Record<string, string | boolean | string[] | undefined>;

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** A UserError whose message and hint give no example gets `example` (a valid use) appended. */
export function withExample(e: unknown, example: string): unknown {
  if (!(e instanceof UserError) || /example|e\.g\.|did you mean|valid flags/i.test(`${e.message} ${e.hint ?? ''}`)) return e;
  return new UserError(e.message, `${e.hint ? `${e.hint}; ` : ''}example: ${example}`, e.exitCode);
}

/** The closest flag of a command to a mistyped one, if any is close. */
export function closestFlag(command: CommandName, name: string): OptionSpec | null {
  let best: OptionSpec | null = null;
  let bestD = Infinity;
  for (const s of optionsOf(command)) {
    const d = editDistance(name, s.name);
    if (d < bestD) [best, bestD] = [s, d];
  }
  return best && (bestD <= 2 || best.name.startsWith(name) || name.startsWith(best.name)) ? best : null;
}

/** Node's parseArgs wording → one line naming the flag, with a valid example (exit 2). */
export function parseArgsError(command: CommandName, e: unknown): unknown {
  const err = e as { code?: string; message?: string };
  if (!err.code?.startsWith('ERR_PARSE_ARGS')) return e;
  const msg = err.message ?? '';
  const flag = /'(-{1,2}[^'\s<=]+)/.exec(msg)?.[1] ?? '';
  const name = flag.replace(/^-+/, '');
  const help = `see: llama-perf-gate ${command} --help`;
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = closestFlag(command, name);
    const valid = `valid flags: ${optionsOf(command).map((o) => `--${o.name}`).join(', ')} (${help})`;
    return new UserError(`unknown option ${flag} for ${command}`, near ? `did you mean ${flagExample(near)}? (${help})` : valid);
  }
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /'([^']*)'/.exec(msg)?.[1] ?? '';
    return new UserError(`unexpected argument "${arg}": ${command} takes flags only`, `a flag needs its name before the value, e.g. ${flagExample(optionsOf(command)[0])} (${help})`);
  }
  const spec = OPTIONS.find((o) => o.name === name && o.commands.includes(command));
  if (!spec) return new UserError(`${msg.split('\n')[0]}`, help);
  if (spec.kind === 'boolean' || spec.kind === 'files') return new UserError(`${flag} takes no value`, `example: ${flagExample(spec)}`);
  if (/ambiguous/.test(msg)) return new UserError(`${flag} needs the = form when its value starts with "-"`, `example: --${spec.name}=${spec.example.startsWith('-') ? spec.example : `-${spec.example}`}`);
  return new UserError(`${flag} needs a value`, `example: ${flagExample(spec)}`);
}

export interface ParsedCommand {
  values: RawValues;
  positionals: string[];
}

/** argv → raw values of a command's flags (strings and booleans; checks by `checkValue`). */
export function parseCommandArgs(command: CommandName, argv: string[], opts: { positionals?: boolean } = {}): ParsedCommand {
  try {
    const { values, positionals, tokens } = parseArgs({ args: argv, options: parseArgsConfig(command), strict: true, allowPositionals: opts.positionals ?? false, tokens: true });
    // Positionals after a `files` switch are that switch's (analyze --base a1 a2 --head b1 b2).
    const files: Record<string, string[]> = {};
    const rest: string[] = [];
    let into: string[] | null = null;
    for (const t of tokens) {
      if (t.kind === 'option') into = optionSpec(command, t.name).kind === 'files' ? (files[t.name] ??= []) : null;
      else if (t.kind === 'positional') (into ?? rest).push(t.value);
    }
    void positionals;
    return { values: { ...(values as RawValues), ...files }, positionals: rest };
  } catch (e) {
    throw parseArgsError(command, e);
  }
}

/**
 * A raw string → the checked value, or one UserError naming the flag with a valid example.
 * `int` and `number` → number; `choice`, `string` → string (pattern checked).
 */
export function checkValue(s: OptionSpec, raw: string): string | number {
  const fail = (what: string): never => {
    throw new UserError(`--${s.name} ${what} (got "${raw}")`, `example: ${flagExample(s)}`);
  };
  switch (s.kind) {
    case 'int': {
      const v = Number(raw);
      if (!/^\s*-?\d+\s*$/.test(raw) || !Number.isSafeInteger(v) || !inRange(s, v)) fail(`must be an integer ${rangeText(s)}`);
      return v;
    }
    case 'number': {
      const v = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(v) || !inRange(s, v)) fail(`must be a number ${rangeText(s)}`);
      return v;
    }
    case 'choice':
      if (!s.choices!.includes(raw)) fail(`must be ${s.choices!.join(' or ')}`);
      return raw;
    default:
      if (raw.trim() === '') fail('got an empty value');
      if (s.pattern && !s.pattern.test(raw)) fail(`must be ${s.patternText ?? s.pattern.source}`);
      return raw;
  }
}

/** Typed access to a command's checked values, defaults from the spec. */
export class OptionValues {
  readonly command: CommandName;
  readonly raw: RawValues;
  constructor(command: CommandName, raw: RawValues) {
    this.command = command;
    this.raw = raw;
  }

  spec(name: string): OptionSpec {
    return optionSpec(this.command, name);
  }

  has(name: string): boolean {
    this.spec(name);
    return this.raw[name] !== undefined;
  }

  /** An int or number flag; the spec's default (or `fallback`) when absent. */
  num(name: string, fallback?: number): number {
    const s = this.spec(name);
    const raw = this.raw[name];
    if (raw === undefined) {
      const d = fallback ?? s.default;
      if (typeof d !== 'number') throw new Error(`--${name} has no default in src/plan/options.ts`);
      return d;
    }
    return checkValue(s, String(raw)) as number;
  }

  optNum(name: string): number | undefined {
    return this.raw[name] === undefined ? (this.spec(name), undefined) : this.num(name);
  }

  str(name: string): string | undefined {
    const s = this.spec(name);
    const raw = this.raw[name];
    if (raw === undefined) return typeof s.default === 'string' ? s.default : undefined;
    return checkValue(s, String(raw)) as string;
  }

  list(name: string): string[] {
    const s = this.spec(name);
    const raw = this.raw[name];
    const items = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
    for (const item of items) checkValue(s, item);
    return items;
  }

  bool(name: string): boolean {
    const s = this.spec(name);
    const raw = this.raw[name];
    return raw === undefined ? s.default === true : raw === true;
  }
}
