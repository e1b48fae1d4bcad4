// Child process of the kill -9 build test: builds variant A of `ref` and is killed mid-build.
import type { Plan } from '../../src/plan/types.ts';
import { buildVariants } from '../../src/build/index.ts';

const [repo, ref, cacheDir, logDir] = process.argv.slice(2);
const v = { name: 'base', ref, cmakeArgs: [], runArgs: [], env: {} };
const plan: Plan = {
  repo, models: [{ name: 'm', path: 'm.gguf' }], out: 'out', variants: [{ id: 'A', ...v }, { id: 'B', ...v, name: 'head' }], workloads: [], threads: 2,
  levers: { repetitions: 1 }, maxBlocks: 3, warmupBlocks: 1, looks: [], seed: 1, timeoutSec: 60, margin: 0.02, alpha: 0.05, method: 'hl',
};
await buildVariants(plan, { cacheDir, logDir, onProgress: (p) => process.stdout.write(`${p.line}\n`) });
