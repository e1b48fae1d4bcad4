// The depth sweep's memory curve inside the guest. On the host a sampler outside the process reads
// its memory as each row appears (host/memory-curve.ts); in a guest nothing outside can, so the
// measuring wrapper does it inside (native/lpg-measure.c --lines): the tool's output passes
// through it, every line that ends triggers a sample, and its trace says how many lines each
// stream had shown by each sample. A row is matched to the first sample taken after its line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nativeArtifact } from '../native.ts';
import { findExecutable } from '../numa-policy.ts';
import { SweepRowReader, type SweepRow } from '../../parse/sweep.ts';
import type { MeasureSample } from '../measure.ts';
import type { CurveOptions, MemoryCurve, MemoryPoint } from '../memory-curve.ts';
import type { Guest } from './index.ts';

export interface TraceEntry {
  lines_out: number;
  lines_err: number;
  cpus: Record<string, number>;
  /** Each thread's last CPU and affinity (Cpus_allowed_list); absent from wrappers built before it. */
  threads?: { cpu: number; allowed: string }[];
  sample: MeasureSample;
}

/** Where coreutils keeps the library stdbuf preloads (it must be in the guest too). */
const LIBSTDBUF = ['/usr/libexec/coreutils/libstdbuf.so', '/usr/lib/coreutils/libstdbuf.so'];

const sum = (r: Record<string, number> = {}) => Object.values(r).reduce((a, b) => a + b, 0);

export function tracePoint(t: TraceEntry, nKv: number | null): MemoryPoint {
  const s = t.sample;
  const anon = s.anon_nodes_kib ?? {};
  const shmem = s.shmem_nodes_kib ?? {};
  const file: Record<string, number> = {};
  for (const [n, kib] of Object.entries(s.nodes_kib)) {
    const f = kib - (anon[n] ?? 0) - (shmem[n] ?? 0);
    if (f > 0) file[n] = f;
  }
  return {
    tMs: Math.round(s.t_ms), rssKiB: s.vmrss_kib, anonKiB: sum(anon), shmemKiB: sum(shmem), fileKiB: sum(file),
    nodeKiB: s.nodes_kib, anonNodeKiB: anon, shmemNodeKiB: shmem, fileNodeKiB: file, nKv, threadCpus: t.cpus,
  };
}

/** Rows of both streams, each with the sample taken right after its line (null when none was). */
export function rowsWithSamples(stdout: string, stderr: string, trace: TraceEntry[]): { rows: SweepRow[]; points: MemoryPoint[] } {
  const rows: SweepRow[] = [];
  const points: MemoryPoint[] = trace.map((t) => tracePoint(t, null));
  for (const [name, text, key] of [['stdout', stdout, 'lines_out'], ['stderr', stderr, 'lines_err']] as const) {
    const reader = new SweepRowReader(name, { lenient: true });
    text.split('\n').forEach((line, i) => {
      const row = reader.line(line);
      if (!row) return;
      rows.push(row);
      const after = trace.find((t) => t[key] >= i + 1);
      if (after) points.push(tracePoint(after, row.nKv));
    });
  }
  points.sort((a, b) => a.tMs - b.tMs);
  return { rows, points };
}

let seq = 0;

/** sampleMemoryCurve's contract, run in `guest`. */
export async function guestMemoryCurve(guest: Guest, argv: string[], opts: CurveOptions = {}): Promise<MemoryCurve> {
  const cwd = opts.cwd ?? '/tmp';
  const out = join(cwd, `curve-${process.pid}-${seq++}.json`);
  const stdbuf = findExecutable('stdbuf');
  const lib = LIBSTDBUF.find((p) => existsSync(p));
  const inner = stdbuf && lib ? [stdbuf, '-oL', ...argv] : argv;
  const wrapped = [nativeArtifact('lpg-measure'), '--out', out, '--interval-ms', String(opts.intervalMs ?? 250), '--lines', '--', ...inner];
  const r = await guest.launch(wrapped, { env: opts.env, own: opts.own, timeoutMs: opts.timeoutMs ?? 600_000, cwd, files: lib ? [lib] : [] });
  let trace: TraceEntry[] = [];
  try {
    trace = (JSON.parse(readFileSync(out, 'utf8')) as { trace?: TraceEntry[] }).trace ?? [];
  } catch {
    // no report: the guest or the wrapper died; the launch's status says so
  }
  const { rows, points } = rowsWithSamples(r.stdout, r.stderr, trace);
  return { points, rows, exitCode: r.exitCode, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut, wallMs: r.wallMs };
}
