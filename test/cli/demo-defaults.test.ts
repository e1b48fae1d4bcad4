// `npm start -- --depth-sweep none` (README) turns the demo's sweep off: the default --depth-gen,
// refused without a sweep, goes with it; any other sweep keeps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoDefaults } from '../../src/cli/demo.ts';
import { planFromArgs } from '../../src/plan/from-args.ts';

const plan = (argv: string[]) =>
  planFromArgs(['--base', 'lpg/base', '--head-env', 'LLAMA_KV_MMAP=1', ...demoDefaults(argv), ...argv], { requireRepoModel: false });

test('demo: --depth-sweep none turns the sweep off; the default depth-gen stays with a sweep', () => {
  assert.equal(plan(['--depth-sweep', 'none']).depthSweep, null);
  assert.equal(plan(['--depth-sweep=none']).depthSweep, null);
  assert.deepEqual(plan([]).depthSweep?.depths, [0, 1024, 2048, 4096]);
  assert.deepEqual(plan(['--depth-sweep', '0,512']).depthSweep?.depths, [0, 512]);
  assert.throws(() => plan(['--depth-sweep', 'none', '--depth-gen', '8']), /--depth-gen needs --depth-sweep/);
});
