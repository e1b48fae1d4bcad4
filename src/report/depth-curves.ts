// One-launch memory-at-depth curves (host/memory-curve.ts) as a Markdown table, variants side by
// side; used by the memory-depth benchmark. Formats only.
import { curveByDepth, type MemoryCurve } from '../host/memory-curve.ts';

/** Side-by-side table of resident MiB against KV depth for several variants (e.g. heap vs mmap). */
export function formatDepthCurves(curves: Record<string, MemoryCurve>): string {
  const names = Object.keys(curves);
  const depths = [...new Set(names.flatMap((n) => curveByDepth(curves[n]).map((p) => p.nKv!)))].sort((a, b) => a - b);
  const mib = (k: number | undefined) => (k === undefined ? '' : (k / 1024).toFixed(1));
  const header = ['N_KV', ...names.flatMap((n) => [`${n} RSS MiB`, `${n} anon MiB`, `${n} shmem MiB`])];
  const rows = depths.map((d) => [
    String(d),
    ...names.flatMap((n) => {
      const p = curveByDepth(curves[n]).find((q) => q.nKv === d);
      return [mib(p?.rssKiB), mib(p?.anonKiB), mib(p?.shmemKiB)];
    }),
  ]);
  const all = [header, ...rows];
  const w = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((x, c) => x.padStart(w[c])).join(' | ')} |`;
  return [line(header), `|${w.map((x) => `${'-'.repeat(x + 1)}:`).join('|')}|`, ...rows.map(line)].join('\n');
}
