import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../src/sys/errors.ts';
import { cmakeDefine, detectToolchain } from '../../src/build/toolchain.ts';
import { which } from '../../src/sys/exec.ts';
import { removeTempDirs, tempDir } from './fixture.ts';

after(removeTempDirs);

test('cmakeDefine reads -DNAME=v, -DNAME:TYPE=v and "-D NAME=v"; the last one wins', () => {
  assert.equal(cmakeDefine(['-DCMAKE_C_COMPILER=clang'], 'CMAKE_C_COMPILER'), 'clang');
  assert.equal(cmakeDefine(['-DCMAKE_C_COMPILER:FILEPATH=/x/cc', '-DOTHER=1'], 'CMAKE_C_COMPILER'), '/x/cc');
  assert.equal(cmakeDefine(['-D', 'CMAKE_CXX_COMPILER=g++', '-DCMAKE_CXX_COMPILER=clang++'], 'CMAKE_CXX_COMPILER'), 'clang++');
  assert.equal(cmakeDefine(['-DCMAKE_C_COMPILER_LAUNCHER=ccache'], 'CMAKE_C_COMPILER'), undefined);
});

test('the toolchain on this machine is found, with compiler identities', async () => {
  const tc = await detectToolchain([]);
  assert.ok(path.isAbsolute(tc.cmake));
  assert.match(tc.cmakeVersion, /^\d+\.\d+/);
  assert.ok(tc.cc.version.length > 0 && tc.cxx.version.length > 0);
});

test('a PATH without cmake is a UserError with the apt-get line', async () => {
  const empty = await tempDir('nopath');
  await assert.rejects(detectToolchain([], { PATH: empty }), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.match(e.message, /cmake was not found/);
    assert.match(e.hint ?? '', /apt-get install cmake/);
    return true;
  });
});

test('cmake present but no compiler is a UserError naming the missing compiler', async () => {
  const bin = await tempDir('onlycmake');
  for (const tool of ['cmake', 'make']) {
    const p = await which(tool);
    assert.ok(p, `${tool} must be installed for this test`);
    await symlink(p, path.join(bin, tool));
  }
  await assert.rejects(detectToolchain([], { PATH: bin }), (e: unknown) => e instanceof UserError && /no C compiler/.test(e.message) && /g\+\+/.test(e.hint ?? ''));
  await assert.rejects(
    detectToolchain(['-DCMAKE_CXX_COMPILER=no-such-c++'], { ...process.env }),
    (e: unknown) => e instanceof UserError && /no-such-c\+\+/.test(e.message),
  );
});
