// Memory at depth: run a process that walks the KV depth (ik llama-sweep-bench -c N, mainline
// llama-batched-bench) and sample its resident memory, in total and per NUMA node, at intervals and
// whenever it reports a row. The result is a curve of resident MiB against time and KV depth: with
// the heap buffer type the whole cache is resident from the start; with a lazily touched mmap type
// it should grow with depth.
import { spawn } from 'node:child_process';
import { childEnv } from '../build/child-env.ts';
import { readFileSync } from 'node:fs';
import { readProcessResidency } from './numa-maps.ts';
import { findExecutable } from './numa-policy.ts';

export interface MemoryPoint {
  tMs: number;
  rssKiB: number;
  anonKiB: number;
  nodeKiB: Record<string, number>;
  anonNodeKiB: Record<string, number>;
  /** KV depth of the row just reported, when this sample was taken because of a row. */
  nKv: number | null;
}

export interface MemoryCurve {
  points: MemoryPoint[];
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** True when the process was killed at timeoutMs. */
  timedOut?: boolean;
  wallMs?: number;
}

/** VmRSS of a live process in KiB, or null. */
export function readVmRssKiB(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function samplePoint(pid: number, t0: number, nKv: number | null = null): MemoryPoint | null {
  const rss = readVmRssKiB(pid);
  const r = readProcessResidency(pid);
  if (rss === null || r === null) return null;
  return { tMs: Math.round(performance.now() - t0), rssKiB: rss, anonKiB: r.anonKiB, nodeKiB: r.nodeKiB, anonNodeKiB: r.anonNodeKiB, nKv };
}

/**
 * Reads KV depths out of benchmark output, line by line: JSON lines with "n_kv" (sweep-bench and
 * batched-bench --output-format jsonl) and markdown tables with an N_KV column (their default output).
 */
export class KvDepthReader {
  #column: number | null = null;

  depth(line: string): number | null {
    const t = line.trim();
    if (t.startsWith('{')) {
      try {
        const o = JSON.parse(t) as { n_kv?: unknown };
        return typeof o.n_kv === 'number' ? o.n_kv : null;
      } catch {
        return null;
      }
    }
    if (!t.startsWith('|')) return null;
    const cells = t.split('|').slice(1, -1).map((c) => c.trim());
    const header = cells.findIndex((c) => c.toUpperCase() === 'N_KV');
    if (header >= 0) {
      this.#column = header;
      return null;
    }
    if (this.#column === null) return null;
    const v = cells[this.#column];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : null;
  }
}

export interface CurveOptions {
  intervalMs?: number;
  env?: Record<string, string>;
  /** Kill the process after this long (SIGTERM to its group). */
  timeoutMs?: number;
}

/**
 * Runs argv and samples its memory. stdout is line-buffered through stdbuf when available, because
 * C stdio holds a pipe's output until exit and the rows would all arrive at the end.
 */
export function sampleMemoryCurve(argv: string[], opts: CurveOptions = {}): Promise<MemoryCurve> {
  const interval = opts.intervalMs ?? 250;
  const stdbuf = findExecutable('stdbuf');
  const cmd = stdbuf ? [stdbuf, '-oL', ...argv] : argv;
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd[0], cmd.slice(1), { env: childEnv(process.env, opts.env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const points: MemoryPoint[] = [];
    const reader = new KvDepthReader();
    let stdout = '';
    let stderr = '';
    let pending = '';
    const take = (nKv: number | null) => {
      if (!child.pid) return;
      const p = samplePoint(child.pid, t0, nKv);
      if (p) points.push(p);
    };
    child.stdout.on('data', (b: Buffer) => {
      const s = b.toString('utf8');
      stdout += s;
      pending += s;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const d = reader.depth(line);
        if (d !== null) take(d);
      }
    });
    child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString('utf8')).slice(-65536)));
    const timer = setInterval(() => take(null), interval);
    let timedOut = false;
    let hardKill: NodeJS.Timeout | undefined;
    const killGroup = (sig: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
        /* gone */
      }
    };
    // SIGTERM first; a process that ignores it is killed 3 s later.
    const kill = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killGroup('SIGTERM');
          hardKill = setTimeout(() => killGroup('SIGKILL'), 3000);
        }, opts.timeoutMs)
      : undefined;
    child.on('error', (e) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      resolve({ points, exitCode: code, signal, stdout, stderr, timedOut, wallMs: Math.round(performance.now() - t0) });
    });
  });
}

/** One row per reported KV depth (the sample taken when the row appeared). */
export function curveByDepth(curve: MemoryCurve): MemoryPoint[] {
  return curve.points.filter((p) => p.nKv !== null);
}

/** Side-by-side table of resident MiB against KV depth for several variants (e.g. heap vs mmap). */
export function formatDepthCurves(curves: Record<string, MemoryCurve>): string {
  const names = Object.keys(curves);
  const depths = [...new Set(names.flatMap((n) => curveByDepth(curves[n]).map((p) => p.nKv!)))].sort((a, b) => a - b);
  const mib = (k: number | undefined) => (k === undefined ? '' : (k / 1024).toFixed(1));
  const header = ['N_KV', ...names.flatMap((n) => [`${n} RSS MiB`, `${n} anon MiB`])];
  const rows = depths.map((d) => [
    String(d),
    ...names.flatMap((n) => {
      const p = curveByDepth(curves[n]).find((q) => q.nKv === d);
      return [mib(p?.rssKiB), mib(p?.anonKiB)];
    }),
  ]);
  const all = [header, ...rows];
  const w = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((x, c) => x.padStart(w[c])).join(' | ')} |`;
  return [line(header), `|${w.map((x) => `${'-'.repeat(x + 1)}:`).join('|')}|`, ...rows.map(line)].join('\n');
}
