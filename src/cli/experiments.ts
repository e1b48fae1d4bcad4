// `llama-perf-gate experiments [--store PATH]`: the experiments in the store, newest last — id,
// when, state, blocks, verdict, what A and B are, and their llama_bench labels (for
// compare-llama-bench.py -b/-c).
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { runValues } from '../plan/plan-file.ts';
import { checkStorePath } from '../sys/paths.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { ExperimentStore, defaultStorePath } from '../store/experiment-store.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';

/** The store a command uses: --store PATH, else the one under the cache. */
export function storePath(flag: string | undefined): string {
  return flag ? resolve(flag) : defaultStorePath(defaultCacheDir());
}

/** `--store` of a run or demo command line (the plan parser checks the rest). */
export function storeFromArgs(command: 'run' | 'demo', argv: string[]): string | undefined {
  const v = runValues(argv, command).str('store');
  if (v === undefined) return undefined;
  checkStorePath(resolve(v), { flag: '--store', writable: true });
  return resolve(v);
}

/** Opens an existing store read-only (nothing written, so a read-only store is listed too); a missing one is one line. */
export function openExisting(path: string): ExperimentStore {
  if (!existsSync(path)) throw new UserError(`no experiment store at ${path}`, 'run `llama-perf-gate run` (or npm start) first, or pass --store PATH');
  return ExperimentStore.open(path, { readOnly: true });
}

export async function experimentsCommand(argv: string[]): Promise<number> {
  const o = new OptionValues('experiments', parseCommandArgs('experiments', argv).values);
  const path = storePath(o.str('store'));
  const store = openExisting(path);
  try {
    const rows = store.list();
    console.log(`experiment store ${path}: ${rows.length} experiment${rows.length === 1 ? '' : 's'}`);
    for (const e of rows) {
      const p = e.header.plan;
      const [a, b] = p.variants;
      const state = e.finishedAt ? `finished ${e.finishedAt.slice(0, 16).replace('T', ' ')}` : 'unfinished (rerun the same command to resume)';
      console.log(
        `${e.id}  ${e.createdAt.slice(0, 16).replace('T', ' ')}  ${e.countedBlocks}/${p.maxBlocks} blocks  ${e.verdict ?? '-'}  ${state}\n` +
          `    A ${a.name} (${e.labels[0]}) vs B ${b.name} (${e.labels[1]})  workloads ${p.workloads.map((w) => w.id).join(',')}  ${e.flavour ?? ''}`,
      );
    }
  } finally {
    store.close();
  }
  return 0;
}
