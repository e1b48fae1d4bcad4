// The project's mmap-KV patch for the bundled llama.cpp (see patches/README.md): where it lives,
// how a variant turns it on, and how a run's log shows which KV buffer type was used.
import { fileURLToPath } from 'node:url';

/** Absolute path of `patches/mmap-kv.patch` (git format-patch against llama.cpp 80fb11a). */
export const MMAP_KV_PATCH_PATH = fileURLToPath(new URL('../../patches/mmap-kv.patch', import.meta.url));

/** The llama.cpp commit the patch is written against (node-llama-cpp@3.21.1's bundle). */
export const MMAP_KV_PATCH_BASE = '80fb11a';

/** Environment a variant sets to put the KV cache in the mmap buffer type (patched builds only). */
export const MMAP_KV_ENV: Readonly<Record<string, string>> = { LLAMA_KV_MMAP: '1' };

/** Files the patch touches, in the order `git format-patch` writes them. */
export const MMAP_KV_PATCH_FILES = [
  'ggml/include/ggml-backend.h',
  'ggml/src/ggml-backend.cpp',
  'src/llama-kv-cache.cpp',
] as const;

export type KvBufferKind = 'mmap' | 'heap';

/**
 * Which KV buffer type a llama.cpp process used, from its stderr (libllama's info log:
 * `llama_kv_cache:   CPU_MMAP KV buffer size = ...`). llama-bench prints it only with `-v`;
 * undefined when the log does not say (log silenced, or no CPU KV layers).
 */
export function kvBufferFromLog(stderr: string): KvBufferKind | undefined {
  const sizes = [...stderr.matchAll(/llama_kv_cache:\s+(\S+) KV buffer size =/g)].map((m) => m[1]);
  if (sizes.includes('CPU_MMAP')) return 'mmap';
  if (sizes.includes('CPU')) return 'heap';
  return undefined;
}
