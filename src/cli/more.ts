// `llama-perf-gate more [--out DIR | --experiment ID] [--blocks N | --minutes M] [--store PATH]`:
// more blocks for an experiment, the decision taken again over all of them.
import { resolve } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { extendExperiment } from '../pipeline/extend.ts';
import { heldExperiment } from '../pipeline/out-dir.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';
import { renderTerminal } from '../report/index.ts';
import { interruptedBy } from '../sys/children.ts';
import { ProgressPrinter } from './progress.ts';
import { openExisting, storePath } from './experiments.ts';
import { runExitCode } from './run.ts';

export async function moreCommand(argv: string[]): Promise<number> {
  const o = new OptionValues('more', parseCommandArgs('more', argv).values);
  if (o.has('blocks') && o.has('minutes')) throw new UserError('give --blocks or --minutes, not both', 'example: more --blocks 20');
  if (o.has('out') && o.has('experiment')) throw new UserError('give --out or --experiment, not both', 'example: more --out perf-out --blocks 20');
  const minutes = o.optNum('minutes');
  const blocks = minutes === undefined ? o.num('blocks') : undefined;
  const values = { store: o.str('store'), experiment: o.has('experiment') ? o.str('experiment') : undefined, out: o.has('out') ? o.str('out') : undefined };
  const path = storePath(values.store);
  const store = openExisting(path);
  let id: string;
  try {
    if (values.experiment !== undefined) id = store.resolveId(values.experiment);
    else {
      const out = resolve(values.out ?? 'perf-out');
      const inOut = heldExperiment(out)?.id;
      if (!inOut) throw new UserError(`${out}/results.json names no experiment`, 'give --experiment ID (see llama-perf-gate experiments), or the --out of a run');
      id = store.resolveId(inOut);
    }
  } finally {
    store.close();
  }
  const progress = new ProgressPrinter();
  let out;
  try {
    out = await extendExperiment({ storePath: path, id, blocks, minutes, out: values.out ? resolve(values.out) : undefined }, {
      cacheDir: defaultCacheDir(), onBuildProgress: progress.build, onBenchProgress: progress.bench, log: progress.log,
    });
  } finally {
    progress.clear();
  }
  process.stdout.write(renderTerminal(out.model) + '\n');
  console.log(`\nstopped: ${out.results.stopReason}`);
  console.log(`wrote ${out.resultsPath} and ${out.reportPath}`);
  // As `run`: 128 + the signal when interrupted, else the gate rule's exit code (stats/policy.ts).
  return runExitCode(out.results, interruptedBy());
}
