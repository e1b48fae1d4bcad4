// Which KV buffer a llama.cpp / ik_llama.cpp process allocated, from what it logged:
//   mainline:           llama_kv_cache:        CPU KV buffer size =   128.00 MiB
//   this project's patch: llama_kv_cache:   CPU_MMAP KV buffer size = ...   (+ the LLAMA_KV_MMAP notice)
//   ik_llama.cpp:       llama_kv_cache_init:        CPU KV buffer size = ...
//   ik PR 290's head:   llama_kv_cache_init:   CPU NUMA KV buffer size = ...
// Buffer names can be several words; the name is kept as logged.

export interface KvBuffer {
  /** The buffer type's name as logged: CPU, CPU_MMAP, CPU NUMA, CUDA0 ... */
  name: string;
  /**
   * What that means for residency, where known: heap (allocated and cleared up front: all resident),
   * mmap (an mmap'd buffer whose pages are committed on first use: this project's CPU_MMAP, ik's
   * NUMA buffer); null for any other name.
   */
  kind: 'mmap' | 'heap' | null;
  sizeMiB: number;
}

// Any prefix on the line (common's log adds a timestamp and a level letter).
const SIZE_LINE = /^[^\n]*?\bllama_kv_cache(?:_init|_unified)?:\s+(\S[^\n]*?)\s+KV buffer size =\s*([\d.]+)\s*MiB/gm;

/** The project's patch logs this notice (warning level) when its toggle is on; see src/patch/mmap-kv.ts. */
const MMAP_NOTICE = 'KV cache in CPU_MMAP buffer';

export function kindOfKvBuffer(name: string): KvBuffer['kind'] {
  if (name === 'CPU') return 'heap';
  if (name === 'CPU_MMAP' || /\bNUMA\b/.test(name)) return 'mmap';
  return null;
}

/** Every KV buffer line of a log, in order (one per context the process created). */
export function kvBuffersFromLog(log: string): KvBuffer[] {
  return [...log.matchAll(SIZE_LINE)].map((m) => ({ name: m[1], kind: kindOfKvBuffer(m[1]), sizeMiB: Number(m[2]) }));
}

/**
 * The KV buffer of a run: the first size line, or — when only the patch's notice was logged (its
 * size line is info level) — CPU_MMAP. Null when the log does not say.
 */
export function kvBufferFromLog(log: string): KvBuffer | null {
  const lines = kvBuffersFromLog(log);
  if (lines.length > 0) return lines[0];
  if (log.includes(MMAP_NOTICE)) return { name: 'CPU_MMAP', kind: 'mmap', sizeMiB: Number.NaN };
  return null;
}
