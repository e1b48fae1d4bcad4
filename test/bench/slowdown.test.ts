// The injected slowdown as a variant: flags, plan, identity, the allowlisted env that carries it, and
// the check that a build can be shimmed at all (src/bench/slowdown.ts, src/bench/elf.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { planFromArgs } from '../../src/plan/from-args.ts';
import { describeSlowdown, slowdownOfVariant } from '../../src/plan/slowdown.ts';
import { experimentIdentity, identityChanges, identityHash } from '../../src/store/identity.ts';
import { variantLabel } from '../../src/store/llama-bench-table.ts';
import { childEnv } from '../../src/sys/child-env.ts';
import { slowdownEnv, unshimmableReason } from '../../src/bench/slowdown.ts';
import { readElfDynamic } from '../../src/bench/elf.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { UserError } from '../../src/sys/errors.ts';
import { buildFakeRunner } from '../helpers/fake-build.ts';
import type { BuildOutcome } from '../../src/build/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-slowdown-'));
const model = writeTinyModel(join(dir, 'm.gguf'));
const same = ['--repo', dir, '--model', model, '--base', 'main', '--out', join(dir, 'out')];
const userError = (argv: string[]) => {
  try {
    planFromArgs(argv);
  } catch (e) {
    assert.ok(e instanceof UserError, String(e));
    return `${e.message} | ${e.hint}`;
  }
  return assert.fail('no error');
};

test('--head-slowdown k is part of variant B: A/A+k on one ref is a comparison, k is checked to be in [0, 1]', () => {
  const plan = planFromArgs([...same, '--head-slowdown', '0.03']);
  assert.equal(plan.variants[1].slowdown, 0.03);
  assert.equal(plan.variants[0].slowdown, undefined);
  assert.equal(planFromArgs([...same, '--base-slowdown', '0', '--head-name', 'same']).variants[0].slowdown, 0);
  assert.match(userError([...same, '--head-slowdown', '1.5']), /^--head-slowdown must be a number in \[0, 1\] \(got "1.5"\) \| example: --head-slowdown 0.03$/);
  assert.match(userError([...same, '--head-slowdown', 'x']), /--head-slowdown must be a number/);
});

test('a plan env can never set LD_PRELOAD (or the shim\'s own variables): one line pointing at the slowdown flag', () => {
  assert.equal(userError([...same, '--head-env', 'LD_PRELOAD=/tmp/evil.so']), '--head-env LD_PRELOAD is not passed to benchmark processes | for an injected slowdown use --head-slowdown 0.03');
  assert.match(userError([...same, '--base-env', 'LPG_SLOWDOWN=0.5', '--head-slowdown', '0.1']), /^--base-env LPG_SLOWDOWN is not passed/);
  assert.match(userError([...same, '--head-env', 'LD_AUDIT=x']), /LD_AUDIT is not passed/);
  // And the allowlist drops them from a plan env that got past the flags (a stored plan): only `own` sets them.
  const env = childEnv({ PATH: '/bin', LD_PRELOAD: '/from/parent.so' }, { LD_PRELOAD: '/plan.so', LPG_SLOWDOWN: '1', LLAMA_KV_MMAP: '1' }, { LD_PRELOAD: '/shim.so', LPG_SLOWDOWN: '0.03' });
  assert.deepEqual(env, { PATH: '/bin', LLAMA_KV_MMAP: '1', LD_PRELOAD: '/shim.so', LPG_SLOWDOWN: '0.03' });
  assert.deepEqual(childEnv({ PATH: '/bin', LD_PRELOAD: '/from/parent.so' }, { LD_PRELOAD: '/plan.so' }), { PATH: '/bin' });
});

test('the slowdown is in the experiment identity and the compare-llama-bench label; absent, both are what they were', () => {
  const plain = planFromArgs([...same, '--head-name', 'same']);
  const slowed = planFromArgs([...same, '--head-slowdown', '0.03']);
  const id = (p: typeof plain) => experimentIdentity(p, [], null);
  assert.deepEqual(identityChanges(id(plain), id(slowed)), ['B slowdown']);
  assert.notEqual(identityHash(id(plain)), identityHash(id(slowed)));
  assert.equal('slowdown' in id(plain).variants[1], false, 'an experiment stored before slowdowns keeps its hash');
  assert.equal(variantLabel('80fb11a', plain.variants[1]), variantLabel('80fb11a', plain.variants[0]));
  assert.notEqual(variantLabel('80fb11a', slowed.variants[1]), variantLabel('80fb11a', slowed.variants[0]));
});

test('how a variant with a slowdown is described: "same build + injected 3.0% slowdown (LD_PRELOAD shim)"', () => {
  assert.equal(describeSlowdown(0.03), 'injected 3.0% slowdown (LD_PRELOAD shim)');
  const v = { cmakeArgs: [], slowdown: 0.03 };
  assert.equal(slowdownOfVariant(v, 'abc', { cmakeArgs: [], commit: 'abc' }), 'same build + injected 3.0% slowdown (LD_PRELOAD shim)');
  assert.equal(slowdownOfVariant(v, 'abc', { cmakeArgs: [], commit: 'def' }), 'injected 3.0% slowdown (LD_PRELOAD shim)');
  assert.equal(slowdownOfVariant({ cmakeArgs: [] }, 'abc', null), null);
});

test('ELF: DT_NEEDED and imported/defined dynamic symbols; not an ELF → null', () => {
  const elf = readElfDynamic('/bin/ls')!;
  assert.ok(elf.needed.some((n) => n.startsWith('libc.so')), elf.needed.join(' '));
  assert.ok(elf.imports.has('malloc'));
  const script = join(dir, 'llama-bench');
  writeFileSync(script, '#!/bin/sh\necho hi\n');
  assert.equal(readElfDynamic(script), null);
  assert.equal(readElfDynamic(join(dir, 'missing')), null);
  assert.match(unshimmableReason(script)!, /not an ELF executable/);
});

const outcome = (variant: 'A' | 'B', binDir: string): BuildOutcome => ({
  variant, ok: true, ref: 'main', commit: 'c'.repeat(40), cmakeArgs: [], binDir, depthTool: 'llama-batched-bench', reused: false, seconds: 1, logPath: '', logTail: null, error: null,
});

test('a build that links libllama statically cannot be shimmed: one line naming the variant and its flag; a shared one gets LD_PRELOAD and k', () => {
  const shared = dirname(buildFakeRunner());
  const stat = dirname(buildFakeRunner(['-DFAKE_STATIC_LLAMA=ON']));
  assert.equal(unshimmableReason(join(shared, 'llama-bench')), null);
  assert.match(unshimmableReason(join(stat, 'llama-bench'))!, /^llama-bench links libllama statically \(no libllama\.so among the libraries it loads\)/);
  const plan = planFromArgs([...same, '--head-slowdown', '0.05']);
  const lines: string[] = [];
  const env = slowdownEnv(plan, [outcome('A', stat), outcome('B', shared)], (l) => lines.push(l));
  assert.equal(env.A, undefined, 'A asks for no slowdown: its static build does not matter');
  assert.match(env.B!.LD_PRELOAD, /lpg-slowdown-[0-9a-f]{16}\.so$/);
  assert.equal(env.B!.LPG_SLOWDOWN, '0.05');
  assert.deepEqual(lines, ['variant B (head): injected 5.0% slowdown (LD_PRELOAD shim) in llama-bench']);
  assert.throws(() => slowdownEnv(plan, [outcome('A', shared), outcome('B', stat)]), (e: unknown) =>
    e instanceof UserError && e.message === 'variant B (head) asks for an injected slowdown (--head-slowdown 0.05), but its build cannot be shimmed: llama-bench links libllama statically (no libllama.so among the libraries it loads), so LD_PRELOAD cannot reach its llama_decode'
      && /BUILD_SHARED_LIBS=ON/.test(e.hint ?? '') && !e.message.includes('\n'));
  // The depth tool of a sweep is checked too.
  const sweep = planFromArgs([...same, '--head-slowdown', '0.05', '--depth-sweep', '0,512']);
  assert.deepEqual(slowdownEnv(sweep, [outcome('A', shared), outcome('B', shared)], (l) => lines.push(l)).B!.LPG_SLOWDOWN, '0.05');
  assert.match(lines.at(-1)!, /in llama-bench and llama-batched-bench$/);
});

test("recent llama.cpp's split tools: llama-bench needs libllama-bench-impl.so, which imports llama_decode — shimmable", () => {
  // The layout of llama.cpp since its tools became thin executables over an -impl library, in build/bin.
  const bin = join(dir, 'split', 'bin');
  mkdirSync(bin, { recursive: true });
  const fake = new URL('../../fixtures/fake-runner/', import.meta.url).pathname;
  writeFileSync(join(dir, 'split', 'impl.c'), '#include "fake-llama.h"\nint run(void) { struct llama_context c = { 0 }; llama_batch b = { 0 }; return llama_decode(&c, b); }\n');
  writeFileSync(join(dir, 'split', 'main.c'), 'int run(void);\nint main(void) { return run(); }\n');
  const cc = (...args: string[]) => execFileSync('cc', ['-O1', `-I${fake}`, ...args], { stdio: 'pipe' });
  cc('-fPIC', '-shared', '-o', join(bin, 'libllama.so.0'), `-Wl,-soname,libllama.so.0`, join(fake, 'fake-llama.c'));
  cc('-fPIC', '-shared', '-o', join(bin, 'libllama-bench-impl.so'), '-Wl,-soname,libllama-bench-impl.so', join(dir, 'split', 'impl.c'), join(bin, 'libllama.so.0'), "-Wl,-rpath,$ORIGIN");
  cc('-o', join(bin, 'llama-bench'), join(dir, 'split', 'main.c'), join(bin, 'libllama-bench-impl.so'), "-Wl,-rpath,$ORIGIN");
  const exe = readElfDynamic(join(bin, 'llama-bench'))!;
  assert.deepEqual([exe.needed.includes('libllama-bench-impl.so'), exe.imports.has('llama_decode'), exe.runpath], [true, false, ['$ORIGIN']]);
  assert.equal(unshimmableReason(join(bin, 'llama-bench')), null);
});
