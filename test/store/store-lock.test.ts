// One writer per experiment store: a second writer waits, and says whom it waits for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withStoreLock } from '../../src/pipeline/experiment.ts';

test('two writers on one store: the second waits visibly until the first is done', async () => {
  const store = join(mkdtempSync(join(tmpdir(), 'lpg-store-lock-')), 'experiments.sqlite');
  const order: string[] = [];
  const lines: string[] = [];
  const first = withStoreLock(store, () => {}, async () => {
    order.push('first start');
    await sleep(1500);
    order.push('first end');
  });
  await sleep(100);
  const second = withStoreLock(store, (l) => lines.push(l), async () => {
    order.push('second');
  });
  await Promise.all([first, second]);
  assert.deepEqual(order, ['first start', 'first end', 'second']);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], new RegExp(`^waiting for llama-perf-gate pid ${process.pid} \\(started .*\\) holding the experiment store .*experiments\\.sqlite \\(writing\\)`));
});
