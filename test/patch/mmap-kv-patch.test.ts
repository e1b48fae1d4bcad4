// Checks on patches/mmap-kv.patch that need no llama.cpp tree: it is a well-formed diff of the
// expected files and it carries the pieces the mmap-KV toggle depends on. Applying it to the
// bundled source is the build stage's and the end-to-end test's job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseUnifiedDiff, type DiffFile } from '../../src/patch/unified-diff.ts';
import { MMAP_KV_PATCH_PATH, MMAP_KV_PATCH_FILES, MMAP_KV_PATCH_BASE, MMAP_KV_LOG_LINE, kvBufferFromLog } from '../../src/patch/mmap-kv.ts';

const text = readFileSync(MMAP_KV_PATCH_PATH, 'utf8');
const diff = parseUnifiedDiff(text);

function file(path: string): DiffFile {
  const f = diff.files.find((x) => x.newPath === path);
  assert.ok(f, `patch does not touch ${path}`);
  return f;
}
const added = (path: string): string => file(path).hunks.flatMap((h) => h.added).join('\n');
const removed = (path: string): string => file(path).hunks.flatMap((h) => h.removed).join('\n');

test('mmap-kv.patch is a well-formed diff of exactly the expected files', () => {
  assert.deepEqual(diff.problems, []);
  assert.deepEqual(diff.files.map((f) => f.newPath), [...MMAP_KV_PATCH_FILES]);
  for (const f of diff.files) assert.equal(f.oldPath, f.newPath, 'no renames');
});

test('git itself parses the patch and counts the same added/removed lines', () => {
  // --numstat reads the patch without applying it, so no llama.cpp tree is needed
  const out = execFileSync('git', ['apply', '--numstat', MMAP_KV_PATCH_PATH], { encoding: 'utf8' });
  const fromGit = out.trim().split('\n').map((l) => {
    const [add, del, path] = l.split('\t');
    return { path, add: Number(add), del: Number(del) };
  });
  const ours = diff.files.map((f) => ({
    path: f.newPath,
    add: f.hunks.reduce((n, h) => n + h.added.length, 0),
    del: f.hunks.reduce((n, h) => n + h.removed.length, 0),
  }));
  assert.deepEqual(fromGit, ours);
});

test('the patch says which llama.cpp commit it is written against', () => {
  assert.match(MMAP_KV_PATCH_BASE, /^[0-9a-f]{7,40}$/);
  assert.match(readFileSync(new URL('../../patches/README.md', import.meta.url), 'utf8'), new RegExp(MMAP_KV_PATCH_BASE));
});

test('ggml: CPU_MMAP buffer type = anonymous mmap, munmap, madvise clear, host, fallback', () => {
  const header = added('ggml/include/ggml-backend.h');
  assert.match(header, /GGML_API ggml_backend_buffer_type_t ggml_backend_cpu_mmap_buffer_type\(void\);/);
  const src = added('ggml/src/ggml-backend.cpp');
  assert.match(src, /return "CPU_MMAP";/);
  assert.match(src, /mmap\(NULL, size, PROT_READ \| PROT_WRITE, MAP_PRIVATE \| MAP_ANONYMOUS \| MAP_NORESERVE, -1, 0\)/);
  assert.match(src, /munmap\(buffer->context, buffer->size\)/);
  assert.match(src, /value == 0 && madvise\(buffer->context, buffer->size, MADV_DONTNEED\) == 0/);
  assert.match(src, /\.is_host\s+= \*\/ ggml_backend_cpu_buffer_type_is_host/);
  // non-POSIX: the function still exists and hands out the normal CPU buffer type
  assert.match(src, /#else\s+ggml_backend_buffer_type_t ggml_backend_cpu_mmap_buffer_type\(void\) \{\s+return ggml_backend_cpu_buffer_type\(\);/);
  assert.equal(removed('ggml/src/ggml-backend.cpp'), '', 'the existing CPU buffer type is left as it was');
});

test('kv cache: LLAMA_KV_MMAP selects the mmap type and a fresh mapping is not cleared', () => {
  const add = added('src/llama-kv-cache.cpp');
  const del = removed('src/llama-kv-cache.cpp');
  assert.match(add, /getenv\("LLAMA_KV_MMAP"\)/);
  assert.match(add, /cpu_buft = ggml_backend_cpu_mmap_buffer_type\(\);/);
  // CPU-only runs "offload" KV layers to the CPU device, whose buffer type is the plain CPU one:
  // the swap must happen after the device lookup, or the toggle does nothing
  assert.match(add, /if \(buft == ggml_backend_cpu_buffer_type\(\)\) \{\s*buft = cpu_buft;/);
  // the unconditional clear is gone and comes back only on the heap path
  assert.match(del, /^\s*ggml_backend_buffer_clear\(buf, 0\);$/m);
  assert.match(add, /if \(buft != cpu_buft \|\| cpu_buft == ggml_backend_cpu_buffer_type\(\)\) \{\s*ggml_backend_buffer_clear\(buf, 0\);/);
  assert.match(add, /LLAMA_LOG_WARN\(".*LLAMA_KV_MMAP: KV cache in %s buffer/);
});

test('parseUnifiedDiff reports a hunk whose header no longer matches its body', () => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('@@ '));
  const shortened = [...lines];
  shortened.splice(at + 1, 1); // drop the first body line of the first hunk
  assert.ok(parseUnifiedDiff(shortened.join('\n')).problems.length > 0);

  const bumped = [...lines];
  bumped[at] = bumped[at].replace(/\+(\d+),(\d+)/, (_m, s: string, n: string) => `+${s},${Number(n) - 1}`);
  assert.ok(parseUnifiedDiff(bumped.join('\n')).problems.length > 0);
});

test('kvBufferFromLog tells the mmap and the heap KV buffer apart', () => {
  const line = (name: string): string => `llama_kv_cache: ${name.padStart(10)} KV buffer size =    64.00 MiB\n`;
  assert.equal(kvBufferFromLog('llama_context: n_ctx = 512\n' + line('CPU_MMAP')), 'mmap');
  assert.equal(kvBufferFromLog(line('CPU')), 'heap');
  assert.equal(kvBufferFromLog('| model | size |\n'), undefined);
  // the warning-level notice alone (default verbosity of common-based tools) is enough
  assert.equal(kvBufferFromLog(`0.00.058.782 W llama_kv_cache: ${MMAP_KV_LOG_LINE} (anonymous mmap)\n`), 'mmap');
});

test('the notice kvBufferFromLog looks for is the one the patch logs', () => {
  const format = added('src/llama-kv-cache.cpp').split('\n').find((l) => l.includes('LLAMA_KV_MMAP: KV cache in'));
  assert.ok(format, 'notice not found in the patch');
  assert.ok(format.replace('in %s buffer', 'in CPU_MMAP buffer').includes(MMAP_KV_LOG_LINE));
});
