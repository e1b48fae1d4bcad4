// KV buffer type from what the build logs, whatever the flavour and era; the name is kept as logged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kvBufferFromLog, kvBuffersFromLog } from '../../src/parse/kv-buffer.ts';

test('mainline, the project patch, ik and ik PR 290: name as logged, kind where known', () => {
  const cases: [string, string, 'mmap' | 'heap' | null, number][] = [
    ['llama_kv_cache:        CPU KV buffer size =   128.00 MiB', 'CPU', 'heap', 128],
    ['0.00.058.782 I llama_kv_cache:   CPU_MMAP KV buffer size =    32.00 MiB', 'CPU_MMAP', 'mmap', 32],
    ['llama_kv_cache_init:        CPU KV buffer size =   512.00 MiB', 'CPU', 'heap', 512],
    ['llama_kv_cache_init:   CPU NUMA KV buffer size =   128.00 MiB', 'CPU NUMA', 'mmap', 128],
    ['llama_kv_cache_init:      CUDA0 KV buffer size =  1024.00 MiB', 'CUDA0', null, 1024],
  ];
  for (const [line, name, kind, size] of cases) {
    assert.deepEqual(kvBufferFromLog(`llm_load_tensors: ok\n${line}\nllama_new_context_with_model: done\n`), { name, kind, sizeMiB: size }, line);
  }
  assert.equal(kvBufferFromLog('llama_new_context_with_model: n_ctx = 4096\n'), null, 'not found: null, never a guess');
  assert.equal(kvBufferFromLog('W llama_kv_cache: LLAMA_KV_MMAP: KV cache in CPU_MMAP buffer (anonymous mmap)\n')!.name, 'CPU_MMAP');
  assert.equal(kvBuffersFromLog('llama_kv_cache_init:   CPU NUMA KV buffer size = 1.00 MiB\nllama_kv_cache_init:   CPU NUMA KV buffer size = 2.00 MiB\n').length, 2);
});
