// Where sources, worktrees and builds live between runs: reused so a second run does not rebuild.
import os from 'node:os';
import path from 'node:path';

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.LLAMA_PERF_GATE_CACHE;
  if (fromEnv && fromEnv.trim()) return path.resolve(fromEnv);
  return path.join(os.homedir(), '.cache', 'llama-perf-gate');
}
