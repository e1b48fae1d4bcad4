// Memory at depth, heap vs mmap KV buffer type: runs mainline llama-batched-bench with a context far
// larger than it uses, once with LLAMA_KV_MMAP=0 and once with =1 (the project's mmap-KV patch), and
// prints resident MiB against KV depth side by side. Needs a patched build and a model:
//   LPG_BATCHED_BENCH=/path/llama-batched-bench LPG_MODEL=/path/model.gguf npm run bench -- memory-depth
// Skipped (with a note) when they are not given.
import { existsSync } from 'node:fs';
import { sampleMemoryCurve } from '../src/host/memory-curve.ts';
import { formatDepthCurves } from '../src/report/depth-curves.ts';
import type { MemoryCurve } from '../src/host/memory-curve.ts';

export default async function memoryDepthBench(): Promise<void> {
  const bin = process.env.LPG_BATCHED_BENCH;
  const model = process.env.LPG_MODEL;
  if (!bin || !model || !existsSync(bin) || !existsSync(model)) {
    console.log('skipped: set LPG_BATCHED_BENCH (a llama-batched-bench with the mmap-KV patch) and LPG_MODEL');
    return;
  }
  const ctx = process.env.LPG_CTX ?? '16384';
  const depths = process.env.LPG_DEPTHS ?? '256,1024,2048,4096,8192';
  const argv = [bin, '-m', model, '-c', ctx, '-b', '512', '-ub', '512', '-npp', depths, '-ntg', '16', '-npl', '1', '-t', '2'];
  const curves: Record<string, MemoryCurve> = {};
  for (const [name, flag] of [['heap', '0'], ['mmap', '1']] as const) {
    curves[name] = await sampleMemoryCurve(argv, { env: { LLAMA_KV_MMAP: flag }, intervalMs: 200, timeoutMs: 600_000 });
    if (curves[name].exitCode !== 0) console.log(`${name}: exit ${curves[name].exitCode}\n${curves[name].stderr.slice(-2000)}`);
  }
  console.log(`llama-batched-bench -c ${ctx}, depths ${depths}: resident memory when each row was reported`);
  console.log(formatDepthCurves(curves));
}
