// One benchmark process: fresh launch, own process group (so a timeout or an interrupt kills the
// whole tree, numactl and wrappers included), stdout kept for parsing up to a cap, stderr tail kept
// for the report.
import { spawn } from 'node:child_process';
import { track } from '../sys/children.ts';
import { childEnv } from '../sys/child-env.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The run's scratch directory (under its output directory), created on first use: every benchmark
 * process runs there, never in the user's working directory (ik's llama-sweep-bench writes a
 * llama.log into its working directory; other tools may leave files too).
 */
export function scratchDir(out: string): string {
  const dir = join(out, 'launches');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface LaunchResult {
  /** The process (and process group) id, null when it could not start. */
  pid: number | null;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  stdout: string;
  /** Bytes of stdout dropped beyond STDOUT_KEEP (0: all kept). */
  stdoutDropped: number;
  stderr: string;
  /** Spawn itself failed (binary missing, not executable). */
  spawnError: string | null;
}

const STDERR_KEEP = 64 * 1024;
/** llama-bench's results are kilobytes; a runner printing hundreds of MB must not fill memory. */
export const STDOUT_KEEP = 16 * 1024 * 1024;
/** Node's timers hold at most 2^31−1 ms (24.8 days); more fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** `env`: the variant's (plan) env; `own`: what llama-perf-gate sets itself (the slowdown shim). */
export function launch(argv: string[], opts: { env?: Record<string, string>; own?: Record<string, string>; timeoutMs: number; cwd?: string }): Promise<LaunchResult> {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: childEnv(process.env, opts.env, opts.own),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    track(child);
    const out: Buffer[] = [];
    let kept = 0;
    let dropped = 0;
    let err = '';
    let timedOut = false;
    let spawnError: string | null = null;
    child.stdout.on('data', (b: Buffer) => {
      const room = STDOUT_KEEP - kept;
      if (room >= b.length) {
        out.push(b);
        kept += b.length;
      } else {
        if (room > 0) out.push(b.subarray(0, room));
        kept += Math.max(0, room);
        dropped += b.length - Math.max(0, room);
      }
    });
    child.stderr.on('data', (b: Buffer) => {
      err = (err + b.toString('utf8')).slice(-STDERR_KEEP);
    });
    const killGroup = (sig: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
        /* already gone */
      }
    };
    let hardKill: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      hardKill = setTimeout(() => killGroup('SIGKILL'), 3000);
    }, Math.min(Math.max(1, opts.timeoutMs), MAX_TIMER_MS));
    child.on('error', (e) => {
      spawnError = e.message;
    });
    child.on('close', async (code, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      // The leader is gone; members it left behind (a backgrounded child) go with it, and the
      // launch is over only when none is left.
      if (child.pid) {
        killGroup('SIGKILL');
        await groupGone(child.pid);
      }
      const note = dropped > 0 ? `\n[llama-perf-gate] stdout cut at ${STDOUT_KEEP} bytes: ${dropped} more bytes were discarded` : '';
      done({
        pid: child.pid ?? null,
        exitCode: code,
        signal,
        timedOut,
        wallMs: Math.round(performance.now() - t0),
        stdout: Buffer.concat(out).toString('utf8'),
        stdoutDropped: dropped,
        stderr: (err + note).slice(-STDERR_KEEP),
        spawnError,
      });
    });
  });
}

/** Waits (up to `ms`) until no process of the group exists any more. */
export async function groupGone(pgid: number, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Last `n` lines of a text, for reports. */
export function tail(text: string, n = 20): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-n).join('\n');
}
