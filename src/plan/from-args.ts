// Flags (and an optional plan file with the same keys) → a validated Plan. The flags, their ranges
// and examples come from the one option spec (options.ts). Every mistake is one line naming the flag
// and showing a valid example (UserError, exit 2). Nothing here writes anything.
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EnvironmentError, UserError } from '../sys/errors.ts';
import { reservedName } from '../sys/child-env.ts';
import { readGgufHeader } from '../model/gguf-reader.ts';
import { parseWorkloads } from './workload.ts';
import { parseNumaPolicy } from './numa.ts';
import { checkValue, closestFlag, OptionValues, parseCommandArgs, withExample, type RawValues } from './option-values.ts';
import { flagExample, MAX_HORIZON, optionSpec, optionsOf } from './options.ts';
import { DEFAULT_DEPTH_GEN, type CompareMode, type DepthSweep, type Plan, type Variant, type VariantId } from './types.ts';

export const DEFAULT_WORKLOADS = optionSpec('run', 'workloads').default as string;
/**
 * Default looks: the first block count at which the default design (`reserve` spending, α = 0.05,
 * the default horizon) can decide at all — its exact signed-rank boundary reaches c = 1 there,
 * α(n/H) ≥ P(V_n ≤ 1) = 2^(1−n) — then --max-blocks. One early look lets a quiet machine stop at
 * 7 blocks; more looks in between cost the last look's power (measured in src/stats/README.md,
 * "Choosing the defaults"). Largest --max-blocks for each first look: 7 up to 30, 8 up to 76.
 */
export function firstLook(maxBlocks: number): number {
  return maxBlocks <= 30 ? 7 : maxBlocks <= 76 ? 8 : 9;
}

/**
 * Default horizon: twice --max-blocks (at most 300), so an inconclusive run can be extended with
 * `more` without having declared anything; the `reserve` spending keeps 95% of α for the runner's
 * own looks up to --max-blocks (the cost: src/stats/README.md).
 */
export function defaultHorizon(maxBlocks: number): number {
  return Math.max(maxBlocks, Math.min(2 * maxBlocks, MAX_HORIZON));
}

/** A plan file holds the same keys as the run flags (without the leading `--`); flags win. */
function readPlanFile(path: string): RawValues {
  const example = 'example: {"base": "main", "head": "pr-1", "workloads": "pp512,tg128"}';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`--plan ${path} cannot be read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (e as Error).message})`, `give a YAML or JSON plan file, e.g. --plan plan.yml holding ${example.slice(9)}`);
  }
  let doc: unknown;
  try {
    doc = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const first = (e as Error).message.split('\n')[0];
    throw new UserError(`--plan ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${first}`, example);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new UserError(`--plan ${path} must hold an object of flag names to values`, example);
  }
  const out: RawValues = {};
  const keys = optionsOf('run').filter((o) => o.name !== 'plan');
  for (const [k, v] of Object.entries(doc)) {
    const spec = keys.find((o) => o.name === k);
    if (!spec) {
      const near = closestFlag('run', k);
      throw new UserError(`--plan ${path}: unknown key "${k}"`, `${near ? `did you mean ${near.name}? ` : ''}keys are the run flags: ${keys.map((o) => o.name).join(', ')}; example: threads: 4`);
    }
    const bad = (what: string): never => {
      throw new UserError(`--plan ${path}: "${k}" must be ${what}`, `example: ${k}: ${spec.kind === 'list' ? `[${spec.example}]` : spec.kind === 'boolean' ? 'true' : spec.example}`);
    };
    if (spec.kind === 'list') {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) bad('a list of strings');
      out[k] = v as string[];
    } else if (spec.kind === 'boolean') {
      if (typeof v !== 'boolean') bad('true or false');
      out[k] = v as boolean;
    } else {
      if (typeof v !== 'string' && typeof v !== 'number' && !((k === 'workloads' || k === 'depth-sweep') && Array.isArray(v))) bad('a string or number');
      out[k] = Array.isArray(v) ? v.join(',') : String(v);
    }
  }
  return out;
}

function parseEnv(flag: string, items: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const name = item.slice(0, eq);
    // A preloaded library would run inside every benchmark process: only the slowdown flag sets one.
    if (reservedName(name)) throw new UserError(`${flag} ${name} is not passed to benchmark processes`, `for an injected slowdown use ${flag.replace(/env$/, 'slowdown')} 0.03`);
    env[name] = item.slice(eq + 1);
  }
  return env;
}

/**
 * The looks of a run: --looks (each within the horizon: a look past it has no α to spend and is
 * refused, never dropped) below --max-blocks, then --max-blocks. Looks between --max-blocks and the
 * horizon are the ones a later `more` reaches (laterLooksFor); a run stops at --max-blocks.
 */
export function looksFor(maxBlocks: number, looksText?: string, horizon?: number): number[] {
  const looks = givenLooks(maxBlocks, looksText, horizon);
  const sorted = [...new Set(looks.filter((l) => l <= maxBlocks))].sort((a, b) => a - b);
  if (sorted[sorted.length - 1] !== maxBlocks) sorted.push(maxBlocks);
  return sorted;
}

/** The looks of --looks past --max-blocks and within the horizon: kept in the plan for `more`. */
export function laterLooksFor(maxBlocks: number, looksText: string | undefined, horizon: number): number[] {
  return [...new Set(givenLooks(maxBlocks, looksText).filter((l) => l > maxBlocks && l <= horizon))].sort((a, b) => a - b);
}

function givenLooks(maxBlocks: number, looksText?: string, horizon?: number): number[] {
  const looks = looksText
    ? looksText.split(',').map((s) => checkValue({ ...optionSpec('run', 'looks'), kind: 'int', min: 1, max: undefined }, s.trim()) as number)
    : [firstLook(maxBlocks)].filter((l) => l < maxBlocks);
  const past = horizon === undefined ? undefined : looks.find((l) => l > horizon);
  if (past !== undefined) {
    throw new UserError(`--looks ${looksText}: the look at ${past} blocks is past the horizon (${horizon} blocks${horizon === maxBlocks ? ', as --max-blocks' : ''})`, `looks are block counts up to the horizon, e.g. --looks ${[firstLook(maxBlocks), maxBlocks].filter((l, i, a) => l <= maxBlocks && a.indexOf(l) === i).join(',')}, or a larger --horizon`);
  }
  return looks;
}

/** A message from a lower module that has no valid example gets the flag's. */
function withFlagExample<T>(flag: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw withExample(e, flagExample(optionSpec('run', flag)));
  }
}

/**
 * --out must be a directory this user can create or write: an existing file, a path under a file,
 * or a read-only place is refused here, before anything is built.
 */
export function checkOutDir(flag: string, out: string, example: string): void {
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
    // root passes access(); a read-only or pseudo file system only shows on a real write (below).
    if (p.startsWith('/proc/') || p === '/proc' || p === '/sys' || p.startsWith('/sys/')) throw Object.assign(new Error('read-only'), { code: 'EROFS' });
  } catch (e) {
    throw new UserError(`${flag} ${out} is not writable (${(e as NodeJS.ErrnoException).code ?? 'permission denied'} at ${p})`, `choose a directory you can write, e.g. ${flag} ${example}`);
  }
}

/** Run args that set how the tools load the model, which --no-mmap sets for both variants. */
const MODEL_LOAD_FLAGS = ['-mmp', '--mmap', '--no-mmap', '-lm', '--load-mode'];

/**
 * The run flags of a command line merged over its --plan file's keys (flags win). Every key the
 * file gives is checked exactly as the flag would be (`store: ""` is an error, not the default).
 */
export function runValues(argv: string[], command: 'run' | 'demo' = 'run'): OptionValues {
  const { values: flags } = parseCommandArgs(command, argv);
  const file = typeof flags.plan === 'string' ? flags.plan : null;
  const fileValues = file ? readPlanFile(file) : {};
  const o = new OptionValues(command, { ...fileValues, ...flags });
  for (const k of Object.keys(fileValues)) {
    if (flags[k] !== undefined) continue;
    try {
      const kind = o.spec(k).kind;
      if (kind === 'int' || kind === 'number') o.num(k);
      else if (kind === 'list') o.list(k);
      else if (kind !== 'boolean' && kind !== 'files') o.str(k);
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`--plan ${file}: ${e.message}`, e.hint, e.exitCode);
      throw e;
    }
  }
  return o;
}

/**
 * --store must name a file this user can create or write: a directory, a path under a file or a
 * read-only place is refused here, before anything is downloaded or built.
 */
export function checkStorePath(store: string): void {
  if (statSync(store, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError(`--store ${store} is a directory, not an experiment store file`, `give a file, e.g. --store ${join(store, 'experiments.sqlite')}`);
  }
  // A store that cannot be created or written is a store fault: an environment error (exit 3), as the
  // store itself reports it once open; only a directory named as the store is bad input.
  const up = statSync(dirname(store), { throwIfNoEntry: false });
  if (up && !up.isDirectory()) throw new EnvironmentError(`--store ${store} cannot be created: ${dirname(store)} is a file`, 'give a file in a directory, e.g. --store perf.sqlite');
  try {
    checkOutDir('--store', dirname(store), 'perf.sqlite');
  } catch (e) {
    if (e instanceof UserError) throw new EnvironmentError(e.message, e.hint);
    throw e;
  }
}

export function planFromArgs(argv: string[], opts: { requireRepoModel?: boolean } = {}): Plan {
  const o = runValues(argv);
  const need = opts.requireRepoModel ?? true;

  const repoText = o.str('repo');
  const repo = repoText ? resolve(repoText) : '';
  if (need && !repo) throw new UserError('--repo is required: the llama.cpp or ik_llama.cpp checkout to build', 'example: --repo ../llama.cpp');
  if (repo && !(existsSync(repo) && statSync(repo).isDirectory())) throw new UserError(`--repo ${repoText} is not a directory`, 'example: --repo ../llama.cpp');
  const modelText = o.str('model');
  const model = modelText ? resolve(modelText) : '';
  if (need && !model) throw new UserError('--model is required', 'example: --model model.gguf  (or: llama-perf-gate model --out model.gguf)');
  if (model) {
    if (statSync(model, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`--model ${modelText} is a directory, not a GGUF file`, 'example: --model model.gguf');
    withFlagExample('model', () => readGgufHeader(model)); // throws a clear error when it is not a GGUF
  }
  const out = resolve(o.str('out')!);
  checkOutDir('--out', out, 'perf-out');

  const base = o.str('base');
  if (need && !base) throw new UserError('--base is required: the git ref of variant A', 'example: --base main');
  const baseRef = base ?? 'HEAD';
  const headRef = o.str('head') ?? baseRef;
  const mk = (id: VariantId, side: 'base' | 'head', ref: string): Variant => ({
    id,
    name: o.str(`${side}-name`)!,
    ref,
    cmakeArgs: o.list(`${side}-cmake`),
    runArgs: o.list(`${side}-arg`),
    env: parseEnv(`--${side}-env`, o.list(`${side}-env`)),
    ...(o.has(`${side}-slowdown`) && { slowdown: o.num(`${side}-slowdown`) }),
  });
  const variants: [Variant, Variant] = [mk('A', 'base', baseRef), mk('B', 'head', headRef)];
  const [a, b] = variants;
  if (a.ref === b.ref && JSON.stringify([a.cmakeArgs, a.runArgs, a.env, a.slowdown]) === JSON.stringify([b.cmakeArgs, b.runArgs, b.env, b.slowdown]) && !o.has('head-name')) {
    throw new UserError(
      `base and head are identical (ref ${a.ref}, same CMake args, run args and env): nothing to compare`,
      'example: --head pr-1, or a toggle such as --head-env LLAMA_KV_MMAP=1, --head-cmake=-DFOO=ON or --head-slowdown 0.03 (for an A/A check of the noise, name the head: --head-name same)',
    );
  }
  if (a.name === b.name) throw new UserError(`--base-name and --head-name are both "${a.name}"`, 'example: --base-name heap --head-name mmap');
  // With --no-mmap a run arg that sets the loading too would make llama-bench run each test twice.
  const load = o.bool('no-mmap') ? variants.flatMap((v) => v.runArgs.filter((x) => MODEL_LOAD_FLAGS.includes(x.split('=')[0])).map((x) => `--${v.id === 'A' ? 'base' : 'head'}-arg ${x}`)) : [];
  if (load.length) throw new UserError(`--no-mmap and ${load[0]} both set how the model is loaded`, `give one of them: drop ${load[0]} or --no-mmap`);

  const numa = withFlagExample('numa', () => parseNumaPolicy(o.str('numa')!));
  return {
    repo,
    model,
    out,
    variants,
    workloads: withFlagExample('workloads', () => parseWorkloads(o.str('workloads')!, numa)),
    threads: o.num('threads', availableParallelism()),
    levers: {
      repetitions: o.num('repetitions'),
      ...(o.has('prio') && { prio: o.num('prio') }),
      ...(o.has('delay') && { delay: o.num('delay') }),
      ...(o.has('cpu-mask') && { cpuMask: o.str('cpu-mask')! }),
      ...(o.bool('cpu-strict') && { cpuStrict: true }),
      ...(o.has('poll') && { poll: o.num('poll') }),
      ...(o.bool('no-mmap') && { noMmap: true }),
    },
    ...decisionRule(o, { strictLooks: true }),
    warmupBlocks: o.num('warmup-blocks'),
    seed: o.num('seed', Date.now() % 2 ** 31),
    timeoutSec: o.num('timeout'),
    depthSweep: depthSweep(o.str('depth-sweep'), o.has('depth-gen') ? o.num('depth-gen') : undefined),
    compare: o.str('compare') as CompareMode,
  };
}

/**
 * How a run decides, from its flags: margin, α, method, spending, --max-blocks with the horizon
 * (at least --max-blocks) and the looks. The Action's post modes read the same flags as inputs.
 */
export function decisionRule(o: OptionValues, opts: { strictLooks?: boolean } = {}): Pick<Plan, 'maxBlocks' | 'horizon' | 'looks' | 'laterLooks' | 'margin' | 'alpha' | 'method' | 'spending'> {
  const maxBlocks = o.num('max-blocks');
  const horizon = o.num('horizon', defaultHorizon(maxBlocks));
  if (horizon < maxBlocks) {
    throw new UserError(`--horizon must be at least --max-blocks (${maxBlocks}) (got ${horizon})`, `example: --horizon ${Math.max(maxBlocks, 60)}`);
  }
  // A run refuses a look past its horizon; a post job reading an older file keeps dropping it.
  const looks = looksFor(maxBlocks, o.str('looks'), opts.strictLooks ? horizon : undefined);
  const later = laterLooksFor(maxBlocks, o.str('looks'), horizon);
  return {
    maxBlocks,
    horizon,
    looks,
    ...(later.length > 0 ? { laterLooks: later } : {}),
    margin: o.num('margin'),
    alpha: o.num('alpha'),
    method: o.str('method') as Plan['method'],
    spending: o.str('spending') as Plan['spending'],
  };
}

/** Whether the run may write into an --out holding another experiment's results. */
export function forceFromArgs(argv: string[]): boolean {
  return runValues(argv).bool('force');
}

/** Whether the run rebuilds the store's experiment from --out's results.json (--store-from-results). */
export function storeFromResultsArg(argv: string[]): boolean {
  return new OptionValues('run', parseCommandArgs('run', argv).values).bool('store-from-results');
}

const DEPTH_EXAMPLE = 'example: --depth-sweep 0,1024,2048,4096 --depth-gen 32';
const MAX_DEPTH = 1 << 20;
const MAX_DEPTH_POINTS = 32;

/** --depth-sweep LIST [--depth-gen N] → the depth-sweep family, or null when not asked for. */
export function depthSweep(list: string | undefined, gen: number | undefined): DepthSweep | null {
  if (list === undefined || list.trim() === '' || list.trim() === 'none') {
    if (gen !== undefined) throw new UserError('--depth-gen needs --depth-sweep (the depths to generate at)', DEPTH_EXAMPLE);
    return null;
  }
  const depths: number[] = [];
  for (const x of list.split(',').map((t) => t.trim())) {
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
