// `probe`'s output: the heap-vs-mmap KV buffer table (Markdown) and the host's noise in words, from
// the ProbeResult the host measured (host/probe-run.ts). Formats only.
import type { Placement } from '../host/kv-probe.ts';
import type { ProbeResult } from '../host/probe-run.ts';

const MIB = 1024 * 1024;
const mib = (b: number | null) => (b === null ? 'n/a' : (b / MIB).toFixed(1));
const gbs = (bps: number) => (bps / 1e9).toFixed(2);
const ms = (s: number) => (s * 1000).toFixed(1);

function placementCells(p: Placement | null, node: string): string {
  if (!p) return 'n/a';
  return mib(node === 'absent' ? p.absentBytes : (p.nodeBytes[node] ?? 0));
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** The side-by-side table (markdown); the last column is the ratio of the second kind to the first. */
export function formatProbe(r: ProbeResult): string {
  const ks = r.kinds;
  const ratioCol = ks.length >= 2;
  const header = ['', ...ks.map((k) => k.kind), ...(ratioCol ? [`${ks[1].kind}/${ks[0].kind}`] : [])];
  const rows: string[][] = [header];
  const add = (name: string, cell: (k: (typeof ks)[number]) => string, value?: (k: (typeof ks)[number]) => number | null) => {
    const row = [name, ...ks.map(cell)];
    if (ratioCol) {
      const a = value?.(ks[0]);
      const b = value?.(ks[1]);
      row.push(a && b !== null && b !== undefined ? (b / a).toFixed(3) : '');
    }
    rows.push(row);
  };
  add('alloc ms', (k) => ms(k.alloc.seconds), (k) => k.alloc.seconds);
  add('alloc page faults', (k) => String(k.alloc.minorFaults + k.alloc.majorFaults), (k) => k.alloc.minorFaults + k.alloc.majorFaults);
  add('resident after alloc MiB', (k) => mib(k.residentAfterAlloc), (k) => k.residentAfterAlloc);
  add('fill ms', (k) => ms(k.fill.seconds), (k) => k.fill.seconds);
  add('fill GB/s', (k) => gbs(k.fill.bytes / k.fill.seconds), (k) => k.fill.bytes / k.fill.seconds);
  add('fill page faults', (k) => String(k.fill.minorFaults + k.fill.majorFaults), (k) => k.fill.minorFaults + k.fill.majorFaults);
  add('resident after fill MiB', (k) => mib(k.residentAfterFill), (k) => k.residentAfterFill);
  const nodes = new Set<string>();
  for (const k of ks) for (const p of [k.placementAfterAlloc, k.placementAfterFill]) if (p) Object.keys(p.nodeBytes).forEach((n) => nodes.add(n));
  for (const n of r.host.numaNodes) nodes.add(String(n.id));
  for (const n of [...nodes].sort((a, b) => Number(a) - Number(b))) {
    add(`node ${n} MiB after fill`, (k) => placementCells(k.placementAfterFill, n), (k) => k.placementAfterFill?.nodeBytes[n] ?? null);
  }
  add('not present MiB after fill', (k) => placementCells(k.placementAfterFill, 'absent'));
  add('scan GB/s (mean)', (k) => gbs(k.scanMeanBps), (k) => k.scanMeanBps);
  add('scan GB/s (median)', (k) => gbs(k.scanMedianBps), (k) => k.scanMedianBps);
  add('scan CV %', (k) => (k.scanCv * 100).toFixed(1));
  add('scan robust CV % (MAD)', (k) => (k.scanRobustCv * 100).toFixed(1));
  add('scans', (k) => String(k.scans));
  add('scan page faults', (k) => String(k.scanMinorFaults));
  return table(rows);
}

export function formatProbeReport(r: ProbeResult): string {
  const h = r.host;
  const o = r.options;
  const out: string[] = [];
  out.push(
    `host: ${h.cpuModel ?? 'unknown CPU'}, ${h.logicalCpus} CPUs, ${h.numaNodes.length || 'unknown'} NUMA node(s), kernel ${h.kernel ?? '?'}, THP ${h.thpMode ?? '?'}`,
  );
  for (const w of h.warnings) out.push(`warning: ${w}`);
  out.push(
    `KV buffer ${o.kvMiB} MiB, filled ${(o.fill * 100).toFixed(0)}% (${r.rowsFilled} rows per tensor), ${o.threads} thread(s) on CPUs ${r.cpus.join(',') || 'unpinned'}`,
  );
  out.push('');
  out.push(formatProbe(r));
  out.push('');
  const cv = r.kinds.map((k) => `${k.kind} ${(k.scanCv * 100).toFixed(1)}% (robust ${(k.scanRobustCv * 100).toFixed(1)}%, n=${k.scans})`).join(', ');
  // The robust figure stands for typical launches; the plain CV is inflated by rare stalls, which
  // the statistics (medians, Hodges–Lehmann) largely shrug off.
  const worst = Math.max(...r.kinds.map((k) => k.scanRobustCv));
  out.push(`noise: CV of repeated scans ${cv}.`);
  // Paired A/B: the log-ratio of two independent launches has sd ≈ √2·CV; with n blocks a shift of
  // 2.8·sd/√n is found 80% of the time at a 5% two-sided level.
  const mde = (n: number) => ((2.8 * Math.SQRT2 * worst) / Math.sqrt(n)) * 100;
  out.push(
    `At the robust noise a paired A/B resolves differences of about ${mde(10).toFixed(1)}% with 10 blocks, ${mde(30).toFixed(1)}% with 30 (2.8·√2·CV/√n); smaller margins need a quieter host.`,
  );
  return out.join('\n');
}
