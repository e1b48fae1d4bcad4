import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchLine, buildLine, fmtDuration } from '../../src/cli/progress.ts';

test('bench progress counts warm-up apart from the counted blocks and shows elapsed and ETA', () => {
  const base = { totalBlocks: 11, warmupBlocks: 1, slot: 2, slots: 6, variant: 'B' as const, workload: 'tg128@d4096', elapsedMs: 61_000, etaMs: 125_000 };
  assert.equal(benchLine({ ...base, block: 0, warmup: true }), '[bench] warm-up block 1/1 · launch 3/6 · B tg128@d4096 · elapsed 1m01s, ETA 2m05s');
  assert.equal(benchLine({ ...base, block: 3, warmup: false, etaMs: null }), '[bench] block 3/10 · launch 3/6 · B tg128@d4096 · elapsed 1m01s');
});

test('build progress and durations', () => {
  assert.equal(buildLine({ variant: 'A', phase: 'build', percent: 42, line: '' }), '[build A] build  42%');
  assert.equal(fmtDuration(59_400), '59s');
  assert.equal(fmtDuration(3_600_000), '60m00s');
});
