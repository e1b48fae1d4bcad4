// The project's mmap-KV patch for the bundled llama.cpp (see patches/README.md): where it lives,
// how a variant turns it on, and how a run's log shows which KV buffer type was used.
import { fileURLToPath } from 'node:url';
import { kvBufferFromLog as parseKvBuffer } from '../parse/kv-buffer.ts';

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

/** The notice the patched libllama logs (warning level) once per KV cache when the toggle is on. */
export const MMAP_KV_LOG_LINE = 'LLAMA_KV_MMAP: KV cache in CPU_MMAP buffer';

/**
 * Which KV buffer type a llama.cpp process used, from its stderr. The mmap notice is a warning,
 * printed by default by common-based tools (llama-batched-bench); the size line
 * (`llama_kv_cache:   CPU KV buffer size = ...`) is info level, printed with `-v`. llama-bench
 * silences libllama's log entirely unless given `-v`. Undefined when the log does not say.
 */
export function kvBufferFromLog(stderr: string): KvBufferKind | undefined {
  return parseKvBuffer(stderr)?.kind ?? undefined;
}
