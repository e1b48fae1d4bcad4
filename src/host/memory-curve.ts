// Memory at depth: run a process that walks the KV depth (ik llama-sweep-bench -c N, mainline
// llama-batched-bench) and sample its resident memory, in total and per NUMA node, at intervals and
// whenever it reports a row. The result is a curve of resident MiB against time and KV depth: with
// the heap buffer type the whole cache is resident from the start; with a lazily touched mmap type
// it should grow with depth.
import { spawn } from 'node:child_process';
import { childEnv } from '../sys/child-env.ts';
import { readFileSync } from 'node:fs';
import { readProcessResidency } from './numa-maps.ts';
import { findExecutable } from './numa-policy.ts';
import { SweepRowReader, type SweepRow } from '../parse/sweep.ts';
import { track } from '../sys/children.ts';

/**
 * One sample of a process's resident memory: in total (VmRSS, what the process really holds: the
 * headline figure) and by mapping kind: private anonymous, shared anonymous (shmem), file-backed;
 * per NUMA node too. The kinds come from a walk of /proc/PID/numa_maps (exact at that instant;
 * the kernel's RssAnon/RssShmem/RssFile counters lag by up to a few MiB), or from those counters
 * when numa_maps cannot be read (a kernel without NUMA). A KV cache mapped MAP_SHARED|MAP_ANONYMOUS
 * is shmem: it is in rssKiB and shmemKiB, not in anonKiB.
 */
export interface MemoryPoint {
  tMs: number;
  /** VmRSS: everything resident. */
  rssKiB: number;
  /** Private anonymous memory (heap, malloc'd or MAP_PRIVATE buffers). */
  anonKiB: number;
  /** Shared anonymous memory (MAP_SHARED|MAP_ANONYMOUS, memfd, SysV shm). Absent in old results. */
  shmemKiB?: number;
  /** File-backed pages (binary, libraries, an mmap'd model). Absent in old results. */
  fileKiB?: number;
  /** Per node: every mapping, then each kind (empty when numa_maps cannot be read). */
  nodeKiB: Record<string, number>;
  anonNodeKiB: Record<string, number>;
  shmemNodeKiB?: Record<string, number>;
  fileNodeKiB?: Record<string, number>;
  /** KV depth of the row just reported, when this sample was taken because of a row. */
  nKv: number | null;
  /** Threads by the CPU each last ran on (samples taken in an emulated guest); absent elsewhere. */
  threadCpus?: Record<string, number>;
}

export interface MemoryCurve {
  points: MemoryPoint[];
  /** The depth rows as they were printed, on whichever stream (src/parse/sweep.ts). */
  rows?: SweepRow[];
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** True when the process was killed at timeoutMs. */
  timedOut?: boolean;
  wallMs?: number;
}

export interface StatusKiB {
  rssKiB: number;
  anonKiB: number;
  shmemKiB: number;
  fileKiB: number;
}

/** VmRSS and its split by kind from /proc/PID/status, or null (exited, or no such fields). */
export function readStatusKiB(pid: number): StatusKiB | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const f = (key: string) => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const rss = f('VmRSS');
  if (rss === null) return null;
  return { rssKiB: rss, anonKiB: f('RssAnon') ?? 0, shmemKiB: f('RssShmem') ?? 0, fileKiB: f('RssFile') ?? 0 };
}

/** VmRSS of a live process in KiB, or null. */
export function readVmRssKiB(pid: number): number | null {
  return readStatusKiB(pid)?.rssKiB ?? null;
}

export function samplePoint(pid: number, t0: number, nKv: number | null = null): MemoryPoint | null {
  const s = readStatusKiB(pid);
  if (s === null) return null;
  const r = readProcessResidency(pid);
  const tMs = Math.round(performance.now() - t0);
  if (r === null) return { tMs, ...s, nodeKiB: {}, anonNodeKiB: {}, shmemNodeKiB: {}, fileNodeKiB: {}, nKv };
  return {
    tMs,
    rssKiB: s.rssKiB,
    anonKiB: r.anonKiB,
    shmemKiB: r.shmemKiB,
    fileKiB: r.fileKiB,
    nodeKiB: r.nodeKiB,
    anonNodeKiB: r.anonNodeKiB,
    shmemNodeKiB: r.shmemNodeKiB,
    fileNodeKiB: r.fileNodeKiB,
    nKv,
  };
}

export interface CurveOptions {
  intervalMs?: number;
  env?: Record<string, string>;
  /** Set by llama-perf-gate itself, past the plan env's checks (the slowdown shim's LD_PRELOAD). */
  own?: Record<string, string>;
  /** Kill the process after this long (SIGTERM to its group). */
  timeoutMs?: number;
  /** Working directory (a scratch directory of the run: tools leave files such as llama.log). */
  cwd?: string;
}

/** Output kept per stream: a depth run's logs and rows are far smaller; a runaway tool is cut to its tail. */
const STREAM_KEEP = 8 * 1024 * 1024;

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
    const child = spawn(cmd[0], cmd.slice(1), { cwd: opts.cwd, env: childEnv(process.env, opts.env, opts.own), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    track(child); // an interrupt stops it with the run
    const points: MemoryPoint[] = [];
    const rows: SweepRow[] = [];
    const take = (nKv: number | null) => {
      if (!child.pid) return;
      const p = samplePoint(child.pid, t0, nKv);
      if (p) points.push(p);
    };
    // Rows may come on either stream (ik sweep-bench logs its table to stderr in some versions).
    const watch = (stream: NodeJS.ReadableStream, name: 'stdout' | 'stderr') => {
      const reader = new SweepRowReader(name, { lenient: true });
      let pending = '';
      stream.on('data', (b: Buffer) => {
        const s = b.toString('utf8');
        if (name === 'stdout') stdout = (stdout + s).slice(-STREAM_KEEP);
        else stderr = (stderr + s).slice(-STREAM_KEEP);
        pending += s;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const row = reader.line(line);
          if (row) {
            rows.push(row);
            take(row.nKv);
          }
        }
      });
    };
    let stdout = '';
    let stderr = '';
    watch(child.stdout, 'stdout');
    watch(child.stderr, 'stderr');
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
      resolve({ points, rows, exitCode: code, signal, stdout, stderr, timedOut, wallMs: Math.round(performance.now() - t0) });
    });
  });
}

/** One row per reported KV depth (the sample taken when the row appeared). */
export function curveByDepth(curve: MemoryCurve): MemoryPoint[] {
  return curve.points.filter((p) => p.nKv !== null);
}
