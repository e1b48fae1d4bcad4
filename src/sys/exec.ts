// Child processes for the build stage: always argv arrays (never a shell), output as lines.
import { execFile, spawn } from 'node:child_process';
import { access, constants, stat } from 'node:fs/promises';
import path from 'node:path';
import { track } from './children.ts';

export interface RunResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Run to completion and capture output; a non-zero exit is returned, not thrown. Spawn errors (ENOENT) are thrown. */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: opts.cwd, env: opts.env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof (err as NodeJS.ErrnoException).code === 'string') {
        reject(err); // the program could not be started at all
        return;
      }
      const e = err as (Error & { code?: number | null; signal?: string | null }) | null;
      resolve({ code: e ? (e.code ?? null) : 0, signal: e ? (e.signal ?? null) : null, stdout, stderr });
    });
  });
}

/** Run and fail with the command's own stderr when it exits non-zero. */
export async function runOk(cmd: string, args: string[], opts: RunOptions = {}): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    const why = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-5).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.code ?? r.signal}): ${why}`);
  }
  return r.stdout;
}

/** Run and hand every output line (stdout and stderr, interleaved as they arrive) to `onLine`. */
export function runLines(
  cmd: string,
  args: string[],
  opts: RunOptions & { onLine: (line: string) => void; onSpawn?: (pgid: number) => void },
): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    // Its own process group, registered: an interrupt stops the compiler and everything under it.
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    track(child);
    if (child.pid) opts.onSpawn?.(child.pid);
    const splitter = () => {
      let rest = '';
      return {
        push(chunk: Buffer) {
          rest += chunk.toString('utf8');
          const lines = rest.split(/\r?\n/);
          rest = lines.pop() ?? '';
          for (const l of lines) opts.onLine(l);
        },
        end() {
          if (rest) opts.onLine(rest);
          rest = '';
        },
      };
    };
    const out = splitter();
    const err = splitter();
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      opts.onLine(`cannot start ${cmd}: ${e.message}`);
      resolve({ code: null, signal: null });
    });
    child.on('close', (code, signal) => {
      out.end();
      err.end();
      resolve({ code, signal });
    });
  });
}

/** Find an executable on PATH (or accept a path containing a slash as is). */
export async function which(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (name.includes('/')) return (await isExecutableFile(name)) ? path.resolve(name) : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (await isExecutableFile(p)) return p;
  }
  return null;
}

export async function isExecutableFile(p: string): Promise<boolean> {
  try {
    await access(p, constants.X_OK);
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
