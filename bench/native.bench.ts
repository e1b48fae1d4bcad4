// Heap vs mmap KV buffer types through the native probe (same code as `llama-perf-gate probe`):
// prints the side-by-side table with mmap/heap ratios measured in this run.
import { runProbe } from '../src/host/probe-run.ts';
import { formatProbeReport } from '../src/report/probe.ts';
import { readFingerprint } from '../src/host/fingerprint.ts';

export default async function nativeBench(): Promise<void> {
  const threads = Math.max(1, readFingerprint().logicalCpus);
  const result = await runProbe({ kvMiB: 256, fill: 0.25, threads, kinds: ['heap', 'mmap'], timeMs: 1000, iterations: 10 });
  console.log(formatProbeReport(result));
}
