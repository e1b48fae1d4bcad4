import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { nativeArtifact, nativeCacheDir } from '../../src/host/native.ts';
import { UserError } from '../../src/sys/errors.ts';

test('cache dir: $LLAMA_PERF_GATE_CACHE/native, else ~/.cache/llama-perf-gate/native', () => {
  assert.equal(nativeCacheDir({ LLAMA_PERF_GATE_CACHE: '/x/cache' }), '/x/cache/native');
  assert.equal(nativeCacheDir({}), join(homedir(), '.cache', 'llama-perf-gate', 'native'));
});

test('compiles into a fresh cache once, keyed by source hash, then reuses it', () => {
  const cache = mkdtempSync(join(tmpdir(), 'lpg-native-'));
  try {
    const env = { ...process.env, LLAMA_PERF_GATE_CACHE: cache };
    const bin = nativeArtifact('lpg-measure', env);
    assert.match(bin, new RegExp(`^${cache}/native/lpg-measure-[0-9a-f]{16}$`));
    accessSync(bin, constants.X_OK);
    // A second call must not need a compiler: the artifact is found by hash.
    assert.equal(nativeArtifact('lpg-measure', { ...env, CC: '/nonexistent/cc' }), bin);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('no compiler: a UserError that says how to install one', () => {
  const cache = mkdtempSync(join(tmpdir(), 'lpg-native-'));
  try {
    assert.throws(
      () => nativeArtifact('lpg-probe', { ...process.env, LLAMA_PERF_GATE_CACHE: cache, CC: '/nonexistent/cc' }),
      (e: unknown) => e instanceof UserError && /no C compiler found/.test(e.message) && /apt-get install gcc/.test(e.hint ?? ''),
    );
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
