// `llama-perf-gate analyze`: the decision engine on a finished run (results.json) or on raw
// llama-bench outputs (--base a1 a2 … --head b1 b2 …, file i of base paired with file i of head).
// argv is everything after the word `analyze`. Returns the exit code: 1 when the verdict is a
// regression, 0 otherwise; bad input throws UserError (the caller prints it, exit code 2).
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { analyze, DEFAULT_OPTIONS, validateOptions } from '../stats/analyze.ts';
import { workloadInputsFromResults, launchValue } from '../stats/from-results.ts';
import { formatMarkdown } from '../stats/format-md.ts';
import type { AnalyzeOptions, WorkloadInput } from '../stats/types.ts';
import { RESULTS_SCHEMA, RESULTS_SCHEMAS, type Results } from '../store/results.ts';
import { parseBenchOutput } from '../parse/index.ts';
import type { BenchRecord } from '../parse/types.ts';

export const ANALYZE_USAGE = `usage:
  llama-perf-gate analyze perf-out/results.json [options]
  llama-perf-gate analyze --base a1.json a2.json … --head b1.json b2.json … [options]
      raw llama-bench outputs (any format); file i of --base is paired with file i of --head,
      none is dropped as warm-up
options:
  --margin 0.02      equivalence margin: B/A within [1/1.02, 1.02] is neutral
  --alpha 0.05       one-sided error rate; the interval shown is the (1 − 2α) one
  --method hl|t      hl: Hodges–Lehmann with exact signed-rank interval (default); t: t on logs
  --format json|md   output on stdout (default md)
exit code: 1 if the verdict is regression, 0 otherwise, 2 on bad input`;

interface Parsed {
  results: string | null;
  base: string[];
  head: string[];
  margin?: number;
  alpha?: number;
  method?: 'hl' | 't';
  format: 'json' | 'md';
  help: boolean;
}

const EXAMPLES: Record<string, string> = {
  '--margin': '--margin 0.02',
  '--alpha': '--alpha 0.05',
  '--method': '--method hl',
  '--format': '--format json',
};

function numberFlag(flag: string, value: string | undefined): number {
  const v = value === undefined ? NaN : Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(v)) {
    throw new UserError(`${flag} needs a number, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`, `e.g. ${EXAMPLES[flag]}`);
  }
  return v;
}

export function parseAnalyzeArgs(argv: string[]): Parsed {
  const p: Parsed = { results: null, base: [], head: [], format: 'md', help: false };
  let list: 'base' | 'head' | null = null;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    const value = (): string | undefined => (inline !== undefined ? inline : argv[++i]);
    switch (arg) {
      case '--help':
      case '-h':
        p.help = true;
        break;
      case '--base':
      case '--head':
        list = arg === '--base' ? 'base' : 'head';
        if (inline !== undefined) p[list].push(inline);
        break;
      case '--margin':
        list = null;
        p.margin = numberFlag(arg, value());
        if (!(p.margin > 0 && p.margin < 1)) throw new UserError(`--margin ${p.margin} is out of range (0, 1)`, 'e.g. --margin 0.02 for ±2%');
        break;
      case '--alpha':
        list = null;
        p.alpha = numberFlag(arg, value());
        if (!(p.alpha > 0 && p.alpha < 0.5)) throw new UserError(`--alpha ${p.alpha} is out of range (0, 0.5)`, 'e.g. --alpha 0.05');
        break;
      case '--method': {
        list = null;
        const v = value();
        if (v !== 'hl' && v !== 't') throw new UserError(`--method must be hl or t, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`, 'e.g. --method hl');
        p.method = v;
        break;
      }
      case '--format': {
        list = null;
        const v = value();
        if (v !== 'json' && v !== 'md') throw new UserError(`--format must be json or md, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`, 'e.g. --format json');
        p.format = v;
        break;
      }
      default:
        if (arg.startsWith('-')) {
          throw new UserError(`unknown option ${arg} for analyze`, 'options are --base, --head, --margin, --alpha, --method, --format; e.g. analyze results.json --margin 0.02');
        }
        if (list) p[list].push(arg);
        else if (p.results === null) p.results = arg;
        else throw new UserError(`unexpected argument ${arg}: analyze takes one results.json`, 'for raw llama-bench files use --base a1 a2 --head b1 b2');
    }
  }
  if (p.help) return p;
  const raw = p.base.length > 0 || p.head.length > 0;
  if (raw && p.results !== null) throw new UserError(`give either a results.json (${p.results}) or --base/--head files, not both`, ANALYZE_USAGE);
  if (!raw && p.results === null) throw new UserError('analyze needs a results.json or --base … --head … files', ANALYZE_USAGE);
  if (raw && p.base.length !== p.head.length) {
    throw new UserError(
      `--base has ${p.base.length} file(s) but --head has ${p.head.length}: file i of base is paired with file i of head`,
      'give the same number of files, e.g. --base a1.json a2.json --head b1.json b2.json',
    );
  }
  return p;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'check the path');
  }
}

function loadResults(path: string): Results {
  let json: unknown;
  try {
    json = JSON.parse(readText(path));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${path} is not valid JSON: ${(e as Error).message}`, 'give the results.json written by `llama-perf-gate run`');
  }
  const r = json as Partial<Results>;
  if (!r || !(RESULTS_SCHEMAS as readonly unknown[]).includes(r.schema) || !r.plan || !Array.isArray(r.launches)) {
    throw new UserError(`${path} is not a llama-perf-gate results file (schema ${JSON.stringify(r?.schema)})`, `expected "schema": "${RESULTS_SCHEMA}"; for raw llama-bench files use --base … --head …`);
  }
  return r as Results;
}

/** Names for the records of one file: the label, disambiguated when a file repeats it. */
function recordNames(recs: BenchRecord[]): string[] {
  const seen = new Map<string, number>();
  return recs.map((r) => {
    const k = (seen.get(r.label) ?? 0) + 1;
    seen.set(r.label, k);
    return k === 1 ? r.label : `${r.label} #${k}`;
  });
}

/** Raw llama-bench outputs → one workload per test label; block = file position in the list. */
export function workloadInputsFromRecords(base: BenchRecord[][], head: BenchRecord[][]): WorkloadInput[] {
  const byName = new Map<string, WorkloadInput>();
  const get = (name: string): WorkloadInput => {
    let w = byName.get(name);
    if (!w) byName.set(name, (w = { name, a: [], b: [] }));
    return w;
  };
  const add = (files: BenchRecord[][], side: 'a' | 'b'): void =>
    files.forEach((recs, block) => {
      const names = recordNames(recs);
      recs.forEach((rec, j) => get(names[j])[side].push({ block, value: launchValue(rec), seq: 2 * block + (side === 'a' ? 0 : 1) }));
    });
  add(base, 'a');
  add(head, 'b');
  return [...byName.values()];
}

function loadRaw(paths: string[]): BenchRecord[][] {
  return paths.map((path) => {
    const recs = parseBenchOutput(readText(path), path);
    if (recs.length === 0) throw new UserError(`${path} holds no llama-bench results`, 'give the output of a llama-bench run (e.g. llama-bench -o json > a1.json)');
    return recs;
  });
}

export async function analyzeCommand(argv: string[]): Promise<number> {
  const p = parseAnalyzeArgs(argv);
  if (p.help) {
    process.stdout.write(ANALYZE_USAGE + '\n');
    return 0;
  }
  let inputs: WorkloadInput[];
  let opts: AnalyzeOptions;
  if (p.results !== null) {
    const results = loadResults(p.results);
    inputs = workloadInputsFromResults(results);
    opts = {
      margin: p.margin ?? results.plan.margin ?? DEFAULT_OPTIONS.margin,
      alpha: p.alpha ?? results.plan.alpha ?? DEFAULT_OPTIONS.alpha,
      method: p.method ?? results.plan.method ?? DEFAULT_OPTIONS.method,
    };
  } else {
    inputs = workloadInputsFromRecords(loadRaw(p.base), loadRaw(p.head));
    opts = { margin: p.margin ?? DEFAULT_OPTIONS.margin, alpha: p.alpha ?? DEFAULT_OPTIONS.alpha, method: p.method ?? DEFAULT_OPTIONS.method };
  }
  validateOptions(opts);
  const analysis = analyze(inputs, opts);
  process.stdout.write(p.format === 'json' ? JSON.stringify(analysis, null, 2) + '\n' : formatMarkdown(analysis));
  return analysis.verdict === 'regression' ? 1 : 0;
}
