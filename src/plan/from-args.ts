// Flags (and an optional plan file with the same keys) → a validated Plan.
// Every mistake is one line naming the flag and showing a valid example (UserError, exit 2).
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.ts';
import { intFlag, numFlag } from '../cli/flags.ts';
import { readGgufHeader } from '../model/gguf-reader.ts';
import { parseWorkloads } from './workload.ts';
import { parseNumaPolicy } from './numa.ts';
import { DEFAULT_DEPTH_GEN, type DepthSweep, type Plan, type Variant, type VariantId } from './types.ts';

export const DEFAULT_WORKLOADS = 'pp512,tg128,tg128@d4096';
export const DEFAULT_LOOKS = [5, 10, 20, 30];

const OPTIONS = {
  plan: { type: 'string' },
  repo: { type: 'string' },
  model: { type: 'string' },
  out: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  'base-name': { type: 'string' },
  'head-name': { type: 'string' },
  'base-cmake': { type: 'string', multiple: true },
  'head-cmake': { type: 'string', multiple: true },
  'base-arg': { type: 'string', multiple: true },
  'head-arg': { type: 'string', multiple: true },
  'base-env': { type: 'string', multiple: true },
  'head-env': { type: 'string', multiple: true },
  workloads: { type: 'string' },
  threads: { type: 'string' },
  repetitions: { type: 'string' },
  'max-blocks': { type: 'string' },
  'warmup-blocks': { type: 'string' },
  looks: { type: 'string' },
  seed: { type: 'string' },
  timeout: { type: 'string' },
  margin: { type: 'string' },
  alpha: { type: 'string' },
  method: { type: 'string' },
  numa: { type: 'string' },
  prio: { type: 'string' },
  delay: { type: 'string' },
  'cpu-mask': { type: 'string' },
  'cpu-strict': { type: 'boolean' },
  poll: { type: 'string' },
  'depth-sweep': { type: 'string' },
  'depth-gen': { type: 'string' },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K] extends { type: 'boolean' } ? boolean : string };

/** A plan file holds the same keys as the flags (without dashes' leading `--`); flags win. */
function readPlanFile(path: string): Values {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`--plan ${path} cannot be read: ${(e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new UserError(`--plan ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new UserError(`--plan ${path} must hold an object of flag names to values`, 'example: {"base": "main", "head": "pr-1", "workloads": "pp512,tg128"}');
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    const spec = (OPTIONS as Record<string, { type: string; multiple?: boolean }>)[k];
    if (!spec || k === 'plan') throw new UserError(`--plan ${path}: unknown key "${k}"`, `keys are the run flags: ${Object.keys(OPTIONS).filter((o) => o !== 'plan').join(', ')}`);
    if (spec.multiple) {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UserError(`--plan ${path}: "${k}" must be a list of strings`);
      out[k] = v;
    } else if (spec.type === 'boolean') {
      if (typeof v !== 'boolean') throw new UserError(`--plan ${path}: "${k}" must be true or false`);
      out[k] = v;
    } else {
      if (typeof v !== 'string' && typeof v !== 'number' && !((k === 'workloads' || k === 'depth-sweep') && Array.isArray(v))) throw new UserError(`--plan ${path}: "${k}" must be a string or number`);
      out[k] = Array.isArray(v) ? v.join(',') : String(v);
    }
  }
  return out as Values;
}

function parseEnv(flag: string, items: string[] | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const item of items ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(item.slice(0, eq))) {
      throw new UserError(`${flag} expects NAME=VALUE (got "${item}")`, `example: ${flag} LLAMA_KV_MMAP=1`);
    }
    env[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return env;
}

function checkArgs(flag: string, items: string[] | undefined): string[] {
  for (const a of items ?? []) {
    if (a.trim() === '') throw new UserError(`${flag} got an empty value`, `example: ${flag} -DGGML_NATIVE=OFF`);
  }
  return items ?? [];
}

export function looksFor(maxBlocks: number, looksText?: string): number[] {
  const looks = looksText
    ? looksText.split(',').map((s) => intFlag('--looks', s.trim(), 1))
    : DEFAULT_LOOKS.filter((l) => l < maxBlocks);
  const sorted = [...new Set(looks.filter((l) => l <= maxBlocks))].sort((a, b) => a - b);
  if (sorted[sorted.length - 1] !== maxBlocks) sorted.push(maxBlocks);
  return sorted;
}

export function planFromArgs(argv: string[], opts: { requireRepoModel?: boolean } = {}): Plan {
  const { values: flags } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  const v: Values = { ...(flags.plan ? readPlanFile(flags.plan) : {}), ...(flags as Values) };
  const need = opts.requireRepoModel ?? true;

  const repo = v.repo ? resolve(v.repo) : '';
  if (need && !repo) throw new UserError('--repo is required: the llama.cpp or ik_llama.cpp checkout to build', 'example: --repo ../llama.cpp');
  if (repo && !(existsSync(repo) && statSync(repo).isDirectory())) throw new UserError(`--repo ${v.repo} is not a directory`, 'example: --repo ../llama.cpp');
  const model = v.model ? resolve(v.model) : '';
  if (need && !model) throw new UserError('--model is required', 'example: --model model.gguf  (or: llama-perf-gate model --out model.gguf)');
  if (model) readGgufHeader(model); // throws a clear error when it is not a GGUF

  if (need && !v.base) throw new UserError('--base is required: the git ref of variant A', 'example: --base main');
  const baseRef = v.base ?? 'HEAD';
  const headRef = v.head ?? baseRef;
  const mk = (id: VariantId, side: 'base' | 'head', ref: string): Variant => ({
    id,
    name: v[`${side}-name`] ?? side,
    ref,
    cmakeArgs: checkArgs(`--${side}-cmake`, v[`${side}-cmake`]),
    runArgs: checkArgs(`--${side}-arg`, v[`${side}-arg`]),
    env: parseEnv(`--${side}-env`, v[`${side}-env`]),
  });
  const variants: [Variant, Variant] = [mk('A', 'base', baseRef), mk('B', 'head', headRef)];
  const [a, b] = variants;
  if (a.ref === b.ref && JSON.stringify([a.cmakeArgs, a.runArgs, a.env]) === JSON.stringify([b.cmakeArgs, b.runArgs, b.env]) && !v['head-name']) {
    throw new UserError(
      `base and head are identical (ref ${a.ref}, same CMake args, run args and env): nothing to compare`,
      'give --head REF, or a toggle such as --head-env LLAMA_KV_MMAP=1 or --head-cmake -DFOO=ON (for an A/A check of the noise, name the head: --head-name same)',
    );
  }
  if (a.name === b.name) throw new UserError(`--base-name and --head-name are both "${a.name}"`, 'example: --base-name heap --head-name mmap');

  const method = v.method ?? 'hl';
  if (method !== 'hl' && method !== 't') throw new UserError(`--method must be hl or t (got "${method}")`, 'example: --method hl');
  const maxBlocks = intFlag('--max-blocks', v['max-blocks'], 30, 2);
  const numa = parseNumaPolicy(v.numa ?? 'none');
  return {
    repo,
    model,
    out: resolve(v.out ?? 'perf-out'),
    variants,
    workloads: parseWorkloads(v.workloads ?? DEFAULT_WORKLOADS, numa),
    threads: intFlag('--threads', v.threads, availableParallelism()),
    levers: {
      repetitions: intFlag('--repetitions', v.repetitions, 3),
      ...(v.prio !== undefined && { prio: intFlag('--prio', v.prio, 0, -1) }),
      ...(v.delay !== undefined && { delay: intFlag('--delay', v.delay, 0, 0) }),
      ...(v['cpu-mask'] !== undefined && { cpuMask: cpuMask(v['cpu-mask']) }),
      ...(v['cpu-strict'] && { cpuStrict: true }),
      ...(v.poll !== undefined && { poll: numFlag('--poll', v.poll, 50, 0, 100) }),
    },
    maxBlocks,
    warmupBlocks: intFlag('--warmup-blocks', v['warmup-blocks'], 1, 0),
    looks: looksFor(maxBlocks, v.looks),
    seed: v.seed !== undefined ? intFlag('--seed', v.seed, 0, 0) : Date.now() % 2 ** 31,
    timeoutSec: intFlag('--timeout', v.timeout, 600),
    margin: numFlag('--margin', v.margin, 0.02, 0.001, 0.5),
    alpha: numFlag('--alpha', v.alpha, 0.05, 0.001, 0.25),
    method,
    depthSweep: depthSweep(v['depth-sweep'], v['depth-gen']),
  };
}

const DEPTH_EXAMPLE = 'example: --depth-sweep 0,1024,2048,4096 --depth-gen 32';
const MAX_DEPTH = 1 << 20;
const MAX_DEPTH_POINTS = 32;
const MAX_DEPTH_GEN = 4096;

/** --depth-sweep LIST [--depth-gen N] → the depth-sweep family, or null when not asked for. */
export function depthSweep(list: string | undefined, gen: string | undefined): DepthSweep | null {
  if (list === undefined || list.trim() === '') {
    if (gen !== undefined) throw new UserError('--depth-gen needs --depth-sweep (the depths to generate at)', DEPTH_EXAMPLE);
    return null;
  }
  const items = list.split(',').map((x) => x.trim());
  const depths: number[] = [];
  for (const x of items) {
    const n = Number(x);
    if (!/^\d+$/.test(x) || !Number.isSafeInteger(n) || n > MAX_DEPTH) {
      throw new UserError(`--depth-sweep takes KV depths 0..${MAX_DEPTH}, comma-separated (got "${x}" in "${list}")`, DEPTH_EXAMPLE);
    }
    if (depths.includes(n)) throw new UserError(`--depth-sweep lists depth ${n} twice`, DEPTH_EXAMPLE);
    depths.push(n);
  }
  if (depths.length > MAX_DEPTH_POINTS) throw new UserError(`--depth-sweep has ${depths.length} depths; at most ${MAX_DEPTH_POINTS}`, DEPTH_EXAMPLE);
  const n = intFlag('--depth-gen', gen, DEFAULT_DEPTH_GEN, 1);
  if (n > MAX_DEPTH_GEN) throw new UserError(`--depth-gen must be at most ${MAX_DEPTH_GEN} (got "${gen}")`, DEPTH_EXAMPLE);
  return { depths: depths.sort((a, b) => a - b), gen: n };
}

function cpuMask(text: string): string {
  if (!/^(0x)?[0-9a-fA-F]+$/.test(text)) throw new UserError(`--cpu-mask must be a hex mask (got "${text}")`, 'example: --cpu-mask 0x3');
  return text;
}
