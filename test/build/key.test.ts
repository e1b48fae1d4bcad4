import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKey, envFlags, BUILD_RECIPE_VERSION, type BuildKeyInputs } from '../../src/build/key.ts';

const base: BuildKeyInputs = {
  commit: 'a'.repeat(40),
  cmakeArgs: ['-DGGML_NATIVE=ON'],
  cc: { path: '/usr/bin/gcc-12', version: 'gcc (Debian 12.2.0-14) 12.2.0' },
  cxx: { path: '/usr/bin/g++-12', version: 'g++ (Debian 12.2.0-14) 12.2.0' },
  cmakeVersion: '3.25.1',
  envFlags: {},
};

test('same inputs give the same key (a fresh object, not the same reference)', () => {
  const again = structuredClone(base);
  assert.equal(buildKey(base), buildKey(again));
  assert.match(buildKey(base), /^[0-9a-f]{16}$/);
});

test('each input changes the key', () => {
  const k = buildKey(base);
  const variants: [string, BuildKeyInputs][] = [
    ['commit', { ...base, commit: 'b'.repeat(40) }],
    ['cmake args', { ...base, cmakeArgs: ['-DGGML_NATIVE=OFF'] }],
    ['extra cmake arg', { ...base, cmakeArgs: [...base.cmakeArgs, '-DLLAMA_KV_MMAP=ON'] }],
    ['cmake arg order', { ...base, cmakeArgs: ['-DA=1', '-DB=2'] }],
    ['C++ compiler version', { ...base, cxx: { ...base.cxx, version: 'g++ (Debian 13.1.0) 13.1.0' } }],
    ['C compiler', { ...base, cc: { path: '/usr/bin/clang-16', version: 'Debian clang version 16.0.6' } }],
    ['cmake version', { ...base, cmakeVersion: '3.28.0' }],
    ['CFLAGS', { ...base, envFlags: { CFLAGS: '-O1' } }],
    ['recipe version', { ...base, recipe: BUILD_RECIPE_VERSION + 1 }],
  ];
  const seen = new Set([k]);
  for (const [what, inp] of variants) {
    const k2 = buildKey(inp);
    assert.notEqual(k2, k, `${what} must change the key`);
    seen.add(k2);
  }
  const reordered = buildKey({ ...base, cmakeArgs: ['-DB=2', '-DA=1'] });
  assert.notEqual(reordered, buildKey({ ...base, cmakeArgs: ['-DA=1', '-DB=2'] }), 'later -D wins in CMake, so order matters');
  assert.equal(seen.size, variants.length + 1);
});

test('envFlags keeps only compiler flag variables', () => {
  assert.deepEqual(envFlags({ CFLAGS: '-O2', PATH: '/bin', HOME: '/root', LDFLAGS: '' }), { CFLAGS: '-O2' });
});

test('a build replica (qualify A/A′) is its own key; replica 0 or absent is the key as before', () => {
  const k = buildKey(base);
  assert.equal(buildKey({ ...base, replica: 0 }), k);
  assert.notEqual(buildKey({ ...base, replica: 1 }), k);
  assert.notEqual(buildKey({ ...base, replica: 2 }), buildKey({ ...base, replica: 1 }));
});
