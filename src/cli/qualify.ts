// `llama-perf-gate qualify [--repo DIR --base REF --model FILE] [--slowdown 0.03] [run flags]` (no
// --repo: the demo's bundled llama.cpp, model and settings, as after `npm start`): on this
// host, A/A′ (two separate builds of the base) and A/A+k (the same build, B slowed by the shim at k),
// stored beside the host's calibration and quoted by every later report on it. Exit 0 when the
// runner qualified (no false alarm, the slowdown called on every workload), 1 when it fell short or
// a build or launch failed (recorded as a failed attempt, never as a qualification).
import { UserError } from '../sys/errors.ts';
import { forceFromArgs, planFromArgs } from '../plan/from-args.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { storeFromArgs } from './experiments.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';
import { interruptedBy } from '../sys/children.ts';
import { signalExitCode } from '../stats/policy.ts';
import { runQualification } from '../pipeline/qualify.ts';
import { renderTerminal } from '../report/index.ts';
import { renderQualification } from '../report/qualify.ts';
import { ProgressPrinter, fmtDuration } from './progress.ts';
import { demoDefaults, demoSource } from './demo.ts';

const EXAMPLE = 'example: llama-perf-gate qualify --repo ../llama.cpp --base master --model m.gguf --workloads pp512,tg128 --slowdown 0.03';
/** Flags that would make B differ from A: qualify makes its own two B's. */
const NOT_HERE = ['head', 'head-name', 'head-cmake', 'head-arg', 'head-env', 'head-slowdown', 'base-slowdown', 'compare'];

/** `--slowdown k` out of the run flags (the rest are the run's, checked by its parser). */
export function splitSlowdown(argv: string[]): { k: number; rest: string[] } {
  const mine: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--slowdown') mine.push(a, argv[++i] ?? '');
    else if (a.startsWith('--slowdown=')) mine.push(a);
    else rest.push(a);
  }
  const o = new OptionValues('qualify', parseCommandArgs('qualify', mine).values);
  return { k: o.num('slowdown'), rest };
}

export async function qualifyCommand(argv: string[]): Promise<number> {
  const { k, rest } = splitSlowdown(argv);
  const o = new OptionValues('run', parseCommandArgs('run', rest).values);
  for (const name of NOT_HERE) {
    if (o.raw[name] !== undefined) throw new UserError(`qualify makes its own B (a second build of the base, and the base slowed by --slowdown): --${name} does not apply`, EXAMPLE);
  }
  let args = rest;
  if (o.str('repo') === undefined && o.str('plan') === undefined) {
    // No checkout given: the demo's (npm start): its bundled llama.cpp, synthetic model and settings.
    planFromArgs([...demoDefaults(rest), '--base', 'lpg/base', '--head-name', 'qualify', ...rest], { requireRepoModel: false });
    const { src, model } = await demoSource();
    args = ['--repo', src.repo, ...(o.raw.model === undefined ? ['--model', model] : []), '--base', src.baseRef, '--base-name', 'bundle', ...demoDefaults(rest), '--out', 'perf-qualify', ...rest];
  } else if (!o.str('base')) throw new UserError('qualify needs --base REF (the commit whose two builds and injected slowdown qualify the runner)', EXAMPLE);
  // The user's plan with a nominal B (replaced by qualify's two); --head-name only passes the A/A check.
  const plan = planFromArgs([...args, '--head-name', 'qualify']);
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await runQualification(plan, k, { cacheDir: defaultCacheDir(), force: forceFromArgs(args), store: storeFromArgs('run', args), onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log });
  } finally {
    progress.clear();
  }
  for (const [what, o2] of [['A/A′', out.aaPrime], [`A/A+${k}`, out.injected]] as const) {
    if (o2) process.stdout.write(`\n${what}: ${o2.reportPath}\n${renderTerminal(o2.model)}`);
  }
  const signal = interruptedBy();
  if (signal === 'SIGINT' || signal === 'SIGTERM' || signal === 'SIGHUP') return signalExitCode(signal);
  if (!out.record) return 1;
  process.stdout.write(`\n${renderQualification(out.record, 'terminal')}`);
  console.log(`\nwall time ${fmtDuration(performance.now() - t0)}; ${out.path ? `stored for this host in ${out.path}` : 'not stored: no host fingerprint'}`);
  return out.record.status === 'qualified' ? 0 : 1;
}
