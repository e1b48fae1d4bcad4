// `npm start -- --depth-sweep none` (README) turns the demo's sweep off: the default --depth-gen,
// refused without a sweep, goes with it; any other sweep keeps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoDefaults } from '../../src/cli/demo.ts';
import { planFromArgs } from '../../src/plan/from-args.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const plan = (argv: string[]) =>
  planFromArgs(['--base', 'lpg/base', '--head-env', 'LLAMA_KV_MMAP=1', ...demoDefaults(argv), ...argv], { requireRepoModel: false });

test('demo: --depth-sweep none turns the sweep off; the default depth-gen stays with a sweep', () => {
  assert.equal(plan(['--depth-sweep', 'none']).depthSweep, null);
  assert.equal(plan(['--depth-sweep=none']).depthSweep, null);
  assert.deepEqual(plan([]).depthSweep?.depths, [0, 1024, 2048, 4096]);
  assert.deepEqual(plan(['--depth-sweep', '0,512']).depthSweep?.depths, [0, 512]);
  assert.throws(() => plan(['--depth-sweep', 'none', '--depth-gen', '8']), /--depth-gen needs --depth-sweep/);
});

test('demo: the sweep is read by the run parser, so a --plan file saying "depth-sweep: none" turns it off', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-demo-plan-'));
  try {
    const file = join(dir, 'plan.yml');
    writeFileSync(file, 'depth-sweep: none\nmax-blocks: 20\n');
    // Before, the hand scan saw no --depth-sweep flag and the demo's default flag beat the file.
    const p = plan(['--plan', file]);
    assert.equal(p.depthSweep, null);
    assert.equal(p.maxBlocks, 20);
    writeFileSync(file, 'depth-sweep: 0,512\n');
    assert.deepEqual(plan(['--plan', file]).depthSweep, { depths: [0, 512], gen: 32 });
    // A flag still wins over the file.
    assert.equal(plan(['--plan', file, '--depth-sweep=none']).depthSweep, null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('demo: a value the parser refuses is refused, not read as "off"', () => {
  assert.throws(() => demoDefaults(['--depth-sweep=']), /--depth-sweep got an empty value/);
  assert.throws(() => demoDefaults(['--depth-sweep', 'nope']), /--depth-sweep must be/);
});
