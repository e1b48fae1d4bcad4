// calibrate is an A/A run: B gets A's ref and everything that shapes A — CMake flags, llama-bench
// args, env — or it would compare two setups and store their difference as this host's noise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calibrationArgs } from '../../src/cli/calibrate.ts';
import { planFromArgs } from '../../src/plan/from-args.ts';

test('calibrate: --base-cmake/--base-arg/--base-env apply to both sides', () => {
  const plan = planFromArgs(calibrationArgs(['--base', 'main', '--base-env', 'FAKE_NOISE=0.02', '--base-arg=-fa', '--base-cmake=-DGGML_NATIVE=OFF']), { requireRepoModel: false });
  const [a, b] = plan.variants;
  assert.equal(b.ref, a.ref);
  assert.deepEqual(b.env, a.env);
  assert.deepEqual(b.env, { FAKE_NOISE: '0.02' });
  assert.deepEqual(b.runArgs, a.runArgs);
  assert.deepEqual(b.cmakeArgs, a.cmakeArgs);
  assert.ok(a.runArgs.includes("-fa") && a.cmakeArgs.includes('-DGGML_NATIVE=OFF'));
});
