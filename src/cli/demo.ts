// `npm start` = `llama-perf-gate demo`: the embedded default. llama.cpp from the git bundle inside the
// node-llama-cpp npm package, A = that source (heap KV cache), B = the same plus the project's
// mmap-KV patch with LLAMA_KV_MMAP=1, a synthetic model generated here. Nothing is fetched but from
// the npm registry. Any run flag may be given to override the defaults (e.g. --max-blocks 20).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureEmbeddedSource } from '../build/embedded.ts';
import { writeSyntheticModel, DEFAULT_SHAPE } from '../model/synthetic.ts';
import { forceFromArgs, planFromArgs, storeFromResultsArg } from '../plan/from-args.ts';
import { runValues } from '../plan/plan-file.ts';
import { defaultCacheDir as cacheDir } from '../sys/cache-dir.ts';
import { runAndPrint } from './run.ts';
import { checkPlanPlacements } from '../pipeline/preflight.ts';
import { storeFromArgs } from './experiments.ts';

/**
 * Sized so the demo finishes well under 30 minutes on 2 cores, builds included. The declared
 * horizon of 30 blocks lets `llama-perf-gate more --blocks 20` continue an inconclusive demo.
 */
export const DEMO_DEFAULTS = [
  '--workloads', 'pp512,tg128,tg128@d4096', '--threads', '2', '--repetitions', '3', '--max-blocks', '10', '--horizon', '30', '--out', 'perf-out',
  // The depth sweep: S_PP, S_TG and resident memory of heap vs mmap KV at four depths, every block.
  '--depth-sweep', '0,1024,2048,4096', '--depth-gen', '32',
];

/**
 * The defaults under the user's flags and --plan file, read by the run parser itself (so every
 * form it accepts counts, and nothing else). A default the user sets is dropped: a flag would win
 * anyway, but a plan file's key loses to any flag. `--depth-sweep none` turns the sweep off, so the
 * default `--depth-gen` goes with it (it is refused without a sweep).
 */
export function demoDefaults(argv: string[]): string[] {
  const o = runValues(argv);
  const off = o.str('depth-sweep')?.trim() === 'none';
  const out: string[] = [];
  for (let i = 0; i < DEMO_DEFAULTS.length; i += 2) {
    const name = DEMO_DEFAULTS[i].slice(2);
    if (o.has(name) || (name === 'depth-gen' && off)) continue;
    out.push(DEMO_DEFAULTS[i], DEMO_DEFAULTS[i + 1]);
  }
  return out;
}

/** The demo's source (the embedded llama.cpp, prepared once in the cache) and its synthetic model. */
export async function demoSource(): Promise<{ src: Awaited<ReturnType<typeof ensureEmbeddedSource>>; model: string }> {
  const cache = cacheDir();
  console.error(`[demo] embedded llama.cpp from node-llama-cpp's git bundle (cache: ${cache})`);
  const src = await ensureEmbeddedSource({ cacheDir: cache, log: (l) => console.error(`[demo] ${l}`) });
  const modelDir = join(cache, 'models');
  mkdirSync(modelDir, { recursive: true });
  const model = join(modelDir, `synthetic-${DEFAULT_SHAPE.embd}x${DEFAULT_SHAPE.layers}-${DEFAULT_SHAPE.type}.gguf`);
  if (!existsSync(model)) {
    const { params } = writeSyntheticModel(model, DEFAULT_SHAPE);
    console.error(`[demo] wrote synthetic model ${model} (${(params / 1e6).toFixed(1)}M parameters)`);
  }
  return { src, model };
}

export async function demoCommand(argv: string[]): Promise<number> {
  // Every flag is checked before minutes of preparing the source (repo and model come after).
  const early = planFromArgs(['--base', 'lpg/base', '--head-env', 'LLAMA_KV_MMAP=1', ...demoDefaults(argv), ...argv], { requireRepoModel: false });
  checkPlanPlacements(early);
  const store = storeFromArgs('demo', argv);
  const { src, model } = await demoSource();
  const plan = planFromArgs([
    '--repo', src.repo, ...(early.models.length ? [] : ['--model', model]), // the user's models replace the synthetic one
    '--base', src.baseRef, '--base-name', 'heap KV (bundle)',
    '--head', src.headRef, '--head-name', 'mmap KV (patch)', '--head-env', 'LLAMA_KV_MMAP=1',
    ...demoDefaults(argv), ...argv,
  ]);
  console.error(`[demo] A = ${src.baseRef}, B = ${src.headRef} + LLAMA_KV_MMAP=1 on ${src.commit.slice(0, 12)}`);
  return runAndPrint(plan, { force: forceFromArgs(argv), store, storeFromResults: storeFromResultsArg(argv) });
}
