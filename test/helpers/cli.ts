// The real CLI (src/cli/main.ts) as a child process: every test that runs a command end to end
// (usually on the fake llama-bench, test/helpers/fake-repo.ts) starts it through here.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export interface CliResult {
  code: number;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one command to its end. `env` is added to this process's environment (the fake runner's
 * knobs, LLAMA_PERF_GATE_CACHE); `timeout` in ms, 0 for none (the e2e run on real llama.cpp).
 */
export function cli(args: string[], env: Record<string, string> = {}, opts: { cwd?: string; timeout?: number } = {}): Promise<CliResult> {
  return new Promise((done) => {
    const options = { env: { ...process.env, ...env }, cwd: opts.cwd, timeout: opts.timeout ?? 300_000, maxBuffer: 64 << 20 };
    execFile(process.execPath, [MAIN, ...args], options, (err, stdout, stderr) => {
      const e = err as { code?: number; signal?: string } | null;
      done({ code: e ? (e.code ?? 1) : 0, signal: e?.signal ?? null, stdout, stderr });
    });
  });
}

/** A running CLI whose stderr can be waited on line by line (to send it a signal at a chosen moment). */
export function startCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; stderrMatch(re: RegExp): Promise<string>; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { re: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => {
    stderr += b.toString();
    for (const w of [...waiters]) {
      const m = w.re.exec(stderr);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m[0]);
      }
    }
  });
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr })));
  const stderrMatch = (re: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const m = re.exec(stderr);
      if (m) return resolve(m[0]);
      waiters.push({ re, resolve });
      void done.then(() => reject(new Error(`CLI ended before ${re} appeared on stderr:\n${stderr}`)));
    });
  return { child, stderrMatch, done };
}

/** Processes (other than this test) whose command line mentions `needle`: what a run left behind. */
export function processesMentioning(needle: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      const state = /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
      if (cmd.includes(needle) && state !== 'Z') found.push(`${pid} ${cmd}`);
    } catch {
      /* gone meanwhile */
    }
  }
  return found;
}
