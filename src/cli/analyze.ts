// `llama-perf-gate analyze`: the decision engine on a finished run (results.json) or on raw
// llama-bench outputs (--base a1 a2 … --head b1 b2 …, file i of base paired with file i of head).
// argv is everything after the word `analyze`. Returns the exit code: 1 when the verdict is a
// regression, 0 otherwise; bad input throws UserError (the caller prints it, exit code 2).
import { readFileSync } from 'node:fs';
import { UserError } from '../sys/errors.ts';
import { helpText } from '../plan/option-text.ts';
import { OptionValues, parseCommandArgs, withExample } from '../plan/option-values.ts';
import { optionSpec } from '../plan/options.ts';
import { analyze, validateOptions } from '../stats/analyze.ts';
import { workloadInputsFromResults, launchValue } from '../stats/from-results.ts';
import { formatMarkdown } from '../report/analysis-md.ts';
import { wordAnalysis } from '../report/reason-words.ts';
import type { AnalyzeOptions, WorkloadInput } from '../stats/types.ts';
import type { Results } from '../store/results.ts';
import { readTrustedResults } from '../pipeline/read-results.ts';
import { decideAll } from '../stats/decide.ts';
import { exitCodeFor, runOutcome } from '../stats/policy.ts';
import { parseBenchOutput } from '../parse/index.ts';
import type { BenchRecord } from '../parse/types.ts';

export const ANALYZE_HELP = {
  about: 'the decision engine on a finished run (results.json) or on raw llama-bench outputs',
  usage: 'llama-perf-gate analyze perf-out/results.json [options]\n       llama-perf-gate analyze --base a1.json a2.json … --head b1.json b2.json … [options]',
  example: 'llama-perf-gate analyze perf-out/results.json --margin 0.02 --format json',
};
export const ANALYZE_USAGE = helpText('analyze', ANALYZE_HELP);

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

export function parseAnalyzeArgs(argv: string[]): Parsed {
  if (argv.includes('--help') || argv.includes('-h')) return { results: null, base: [], head: [], format: 'md', help: true };
  const { values, positionals } = parseCommandArgs('analyze', argv, { positionals: true });
  const o = new OptionValues('analyze', values);
  const p: Parsed = {
    results: positionals[0] ?? null,
    base: o.list('base'),
    head: o.list('head'),
    margin: o.optNum('margin'),
    alpha: o.optNum('alpha'),
    method: o.has('method') ? (o.str('method') as 'hl' | 't') : undefined,
    format: o.str('format') as 'json' | 'md',
    help: false,
  };
  if (positionals.length > 1) throw new UserError(`unexpected argument ${positionals[1]}: analyze takes one results.json`, 'for raw llama-bench files use --base, e.g. analyze --base a1.json a2.json --head b1.json b2.json');
  const raw = p.base.length > 0 || p.head.length > 0 || o.has('base') || o.has('head');
  if (raw && p.results !== null) throw new UserError(`give either a results.json (${p.results}) or --base/--head files, not both`, `example: ${ANALYZE_HELP.example}`);
  if (!raw && p.results === null) throw new UserError('analyze needs a results.json or --base … --head … files', `example: ${ANALYZE_HELP.example}`);
  if (raw && (p.base.length !== p.head.length || p.base.length === 0)) {
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

/** The defaults of margin, α and method are the option table's (plan/options.ts): written once. */
const DEFAULTS: AnalyzeOptions = {
  margin: optionSpec('analyze', 'margin').default as number,
  alpha: optionSpec('analyze', 'alpha').default as number,
  method: optionSpec('analyze', 'method').default as AnalyzeOptions['method'],
};

export async function analyzeCommand(argv: string[], print: (text: string) => void = (t) => void process.stdout.write(t)): Promise<number> {
  const p = parseAnalyzeArgs(argv);
  if (p.help) {
    print(ANALYZE_USAGE);
    return 0;
  }
  let inputs: WorkloadInput[];
  let opts: AnalyzeOptions;
  let file: Results | null = null;
  if (p.results !== null) {
    // The one strict reader: every field checked, the file's own verdicts never believed.
    const results = await readTrustedResults(p.results).catch((e: unknown) => {
      throw withExample(e, 'llama-perf-gate analyze perf-out/results.json (the file `run` wrote)');
    });
    inputs = workloadInputsFromResults(results);
    opts = {
      margin: p.margin ?? results.plan.margin ?? DEFAULTS.margin,
      alpha: p.alpha ?? results.plan.alpha ?? DEFAULTS.alpha,
      method: p.method ?? results.plan.method ?? DEFAULTS.method,
    };
    file = results;
  } else {
    inputs = workloadInputsFromRecords(loadRaw(p.base), loadRaw(p.head));
    opts = { margin: p.margin ?? DEFAULTS.margin, alpha: p.alpha ?? DEFAULTS.alpha, method: p.method ?? DEFAULTS.method };
  }
  validateOptions(opts);
  // A results file: the strict reader's recomputation (the looks the experiment took, as the run
  // decided); a changed margin, α or method is a what-if over the plan's looks.
  const whatIf = p.margin !== undefined || p.alpha !== undefined || p.method !== undefined;
  const trusted = file && (whatIf ? decideAll({ ...file, plan: { ...file.plan, ...opts }, design: undefined }) : file.analysis);
  // A results file is analysed with the looks it ran (above); raw files were collected with no
  // interim look, so they are analysed fixed-n: one look at the blocks given, R's wilcox.test interval.
  const analysis = wordAnalysis(trusted ?? analyze(inputs, opts));
  const outcome = runOutcome(analysis);
  print(p.format === 'json' ? JSON.stringify(analysis, null, 2) + '\n' : formatMarkdown(analysis, outcome));
  return exitCodeFor(outcome);
}
