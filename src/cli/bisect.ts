// `llama-perf-gate bisect --repo DIR --good REF --bad REF --model FILE [run options]`: the commits
// between good and bad that made it slower, each with its own B/A, verified against its parent.
import { OPTIONS } from '../plan/options.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { planFromArgs } from '../plan/from-args.ts';
import { UserError } from '../sys/errors.ts';
import { bisect } from '../pipeline/bisect.ts';
import { culpritLine } from '../report/bisect.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';
import { interruptedBy } from '../sys/children.ts';
import { signalExitCode } from '../stats/policy.ts';
import { ProgressPrinter, fmtDuration } from './progress.ts';
import { storeFromArgs } from './experiments.ts';

/** Each per-commit setting, given once, applies to both sides of every step. */
const EVERY_COMMIT = { cmake: 'cmake', arg: 'arg', env: 'env' } as const;

/** The bisect flags as a run command line: the run flags as they are, --good/--bad as the two refs. */
export function runArgvOf(argv: string[]): { runArgv: string[]; good: string; bad: string; maxBuilds: number | null; minutes: number | null } {
  const { values } = parseCommandArgs('bisect', argv);
  const o = new OptionValues('bisect', values);
  const good = o.str('good');
  const bad = o.str('bad');
  if (!good) throw new UserError('--good is required: the last commit known fast', 'example: --good v1.0 --bad main');
  if (!bad) throw new UserError('--bad is required: a later commit that is slower', 'example: --good v1.0 --bad main');
  const runArgv: string[] = ['--base', good, '--head', bad, '--base-name', 'good', '--head-name', 'bad'];
  for (const spec of OPTIONS.filter((s) => s.commands.includes('bisect') && s.commands.includes('run'))) {
    const v = values[spec.name];
    if (v === undefined || v === false) continue;
    if (v === true) runArgv.push(`--${spec.name}`);
    else for (const x of Array.isArray(v) ? v : [v]) runArgv.push(`--${spec.name}=${x}`);
  }
  for (const [flag, side] of Object.entries(EVERY_COMMIT)) {
    for (const x of o.list(flag)) runArgv.push(`--base-${side}=${x}`, `--head-${side}=${x}`);
  }
  return { runArgv, good, bad, maxBuilds: o.has('max-builds') ? o.num('max-builds') : null, minutes: o.optNum('minutes') ?? null };
}

export async function bisectCommand(argv: string[]): Promise<number> {
  const { runArgv, good, bad, maxBuilds, minutes } = runArgvOf(argv);
  const plan = planFromArgs(runArgv);
  const progress = new ProgressPrinter();
  const t0 = performance.now();
  let out;
  try {
    out = await bisect({ plan, good, bad, maxBuilds, minutes }, {
      cacheDir: defaultCacheDir(), store: storeFromArgs('run', runArgv),
      onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log,
    });
  } finally {
    progress.clear();
  }
  const r = out.result;
  console.log(r.summary);
  for (const u of r.unresolved) console.log(`range: ${u.from.slice(0, 9)}..${u.to.slice(0, 9)} holds a regression: ${u.why}`);
  for (const s of r.skipped) console.log(`skipped: ${s.commit.slice(0, 9)} does not build (${s.error})`);
  console.log(`wall time ${fmtDuration(performance.now() - t0)}; wrote ${out.jsonPath} and ${out.reportPath}`);
  for (const c of r.culprits) console.log(culpritLine(c));
  const signal = interruptedBy();
  if (signal === 'SIGINT' || signal === 'SIGTERM' || signal === 'SIGHUP') return signalExitCode(signal);
  // Found every culprit, or nothing to find: 0. Stopped short (budget, undecided, a build): 1, never a pass.
  return r.outcome === 'incomplete' ? 1 : 0;
}
