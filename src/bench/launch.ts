// One benchmark process: fresh launch, own process group (so a timeout kills the whole tree,
// numactl and wrappers included), full stdout kept for parsing, stderr tail kept for the report.
import { spawn } from 'node:child_process';
import { childEnv } from '../build/child-env.ts';

export interface LaunchResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  stdout: string;
  stderr: string;
  /** Spawn itself failed (binary missing, not executable). */
  spawnError: string | null;
}

const STDERR_KEEP = 64 * 1024;

export function launch(argv: string[], opts: { env?: Record<string, string>; timeoutMs: number; cwd?: string }): Promise<LaunchResult> {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: childEnv(process.env, opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    let err = '';
    let timedOut = false;
    let spawnError: string | null = null;
    child.stdout.on('data', (b: Buffer) => out.push(b));
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
    }, opts.timeoutMs);
    child.on('error', (e) => {
      spawnError = e.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      done({
        exitCode: code,
        signal,
        timedOut,
        wallMs: Math.round(performance.now() - t0),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: err,
        spawnError,
      });
    });
  });
}

/** Last `n` lines of a text, for reports. */
export function tail(text: string, n = 20): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-n).join('\n');
}
