import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardProgress, parsePercent } from '../../src/build/progress.ts';

test('Makefile progress lines give their percentage', () => {
  assert.equal(parsePercent('[ 42%] Building CXX object src/CMakeFiles/llama.dir/llama.cpp.o'), 42);
  assert.equal(parsePercent('[  3%] Building C object ggml/src/CMakeFiles/ggml-base.dir/ggml.c.o'), 3);
  assert.equal(parsePercent('[100%] Built target llama-bench'), 100);
});

test('Ninja progress lines give done/total as a percentage', () => {
  assert.equal(parsePercent('[12/48] Building CXX object x.o'), 25);
});

test('other lines carry no percentage', () => {
  assert.equal(parsePercent('-- Configuring done'), undefined);
  assert.equal(parsePercent('main.c:1:2: error: #error this commit does not compile'), undefined);
  assert.equal(parsePercent('see [ 42%] in the middle'), undefined);
});

test('forwardProgress never steps back (CMake restarts its count for another target)', () => {
  const p = forwardProgress();
  const seen = ['[ 10%] a', '-- x', '[ 70%] b', '[ 20%] c', '[ 85%] d', '[100%] Built target llama-bench'].map(p);
  assert.deepEqual(seen, [10, undefined, 70, 70, 85, 100]);
});
