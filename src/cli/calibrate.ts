// `llama-perf-gate calibrate --repo DIR --base REF --model FILE [run flags]`: an A/A run of the base
// against itself (one build, both sides), whose per-workload spread is stored for this host and
// quoted by every later report on it ("this host's A/A spread: x%, a ±2% call needs ~N blocks").
import { UserError } from '../sys/errors.ts';
import { forceFromArgs, planFromArgs } from '../plan/from-args.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { runAndPrint } from './run.ts';
import { storeFromArgs } from './experiments.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';
import { readTrustedResultsSync } from '../pipeline/read-results.ts';
import { calibrationKeys, writeCalibration } from '../store/calibration.ts';
import { calibrationFromResults } from '../pipeline/calibration.ts';
import { calibrationNote } from '../report/calibration-words.ts';
import { join } from 'node:path';

const EXAMPLE = 'example: llama-perf-gate calibrate --repo ../ik_llama.cpp --base main --model m.gguf --workloads pp512,tg128 --max-blocks 10';

/** The run flags of calibrate's A/A run: the user's, with B set to A (ref, CMake flags, args, env). */
export function calibrationArgs(argv: string[]): string[] {
  // calibrate takes the run flags (the option table's), minus those that would make B differ from A.
  const o = new OptionValues('run', parseCommandArgs('run', argv).values);
  for (const name of ['head', 'head-name', 'head-cmake', 'head-arg', 'head-env', 'head-slowdown', 'base-slowdown']) {
    if (o.raw[name] !== undefined) throw new UserError(`calibrate runs the base against itself: --${name} does not apply`, EXAMPLE);
  }
  const base = o.str('base');
  if (!base) throw new UserError('calibrate needs --base REF (the build to run against itself)', EXAMPLE);
  // Same ref, same build args, same env: identical binaries on both sides (the build is cached once).
  // A's CMake flags, llama-bench args and env are B's too, or the "A/A" would compare two setups.
  const same = (['cmake', 'arg', 'env'] as const).flatMap((k) => o.list(`base-${k}`).map((v) => `--head-${k}=${v}`));
  return [...argv, '--head', base, '--head-name', 'A/A', ...same];
}

export async function calibrateCommand(argv: string[]): Promise<number> {
  const plan = planFromArgs(calibrationArgs(argv));
  const code = await runAndPrint(plan, { force: forceFromArgs(argv), store: storeFromArgs('run', argv) });
  if (code >= 128) return code; // interrupted: what was measured is on disk, nothing is stored
  const results = readTrustedResultsSync(join(plan.out, 'results.json'));
  const cal = calibrationFromResults(results);
  if (!cal || !results.host) {
    console.log('no calibration stored: the A/A run produced no per-workload spread (see the report above)');
    return 1;
  }
  const path = writeCalibration(defaultCacheDir(), cal, results.host);
  console.log(`\n${calibrationNote(cal, calibrationKeys(plan))}`);
  console.log(`stored for this host in ${path}`);
  // Whatever the A/A verdict, it is the finding: the command succeeded once it is stored.
  return 0;
}
