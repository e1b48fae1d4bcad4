import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/sys/cache-dir.ts
import os from "node:os";
import path from "node:path";
function defaultCacheDir(env = process.env) {
  const fromEnv = env.LLAMA_PERF_GATE_CACHE;
  if (fromEnv && fromEnv.trim()) return path.resolve(fromEnv);
  return path.join(os.homedir(), ".cache", "llama-perf-gate");
}

export {
  defaultCacheDir
};
