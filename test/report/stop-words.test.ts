// A run's stop is data (bench/stop.ts) and its sentence the report's (report/stop-words.ts): every
// kind has its words, the ones results.json's stopReason has always carried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stopWords } from '../../src/report/stop-words.ts';
import type { Stop } from '../../src/bench/stop.ts';

test('every stop kind is worded as results.json has always said it', () => {
  const cases: [Stop, string][] = [
    [{ kind: 'started' }, 'started'],
    [{ kind: 'interrupted-builds', signal: 'SIGINT', resumed: false }, 'interrupted by SIGINT during the builds; nothing was benchmarked'],
    [{ kind: 'interrupted-builds', signal: 'SIGTERM', resumed: true }, 'interrupted by SIGTERM during the builds; no block was added'],
    [{ kind: 'interrupted', signal: 'SIGINT', block: 3, warmup: false }, 'interrupted by SIGINT in block 3'],
    [{ kind: 'interrupted', signal: 'SIGHUP', block: 1, warmup: true }, 'interrupted by SIGHUP in warm-up block 1'],
    [{ kind: 'build-failed', variants: [{ variant: 'B', ref: 'head' }] }, 'build failed: variant B (head); nothing was benchmarked'],
    [{ kind: 'error', message: 'disk full' }, 'stopped by an error: disk full'],
    [{ kind: 'all-decided', counted: 10 }, 'all workloads decided after 10 counted blocks'],
    [{ kind: 'variant-failing', block: 4, variant: 'A', blocks: 2 }, 'stopped after block 4: every launch of variant A failed in the last 2 blocks'],
    [{ kind: 'no-model', block: 2, dropped: ['big/pp64', 'big/tg16'] }, 'stopped after block 2: no model runs on both variants (big/pp64, big/tg16 failed)'],
    [{ kind: 'time-up', block: 7 }, 'stopped after block 7: the time given ran out'],
    [{ kind: 'max-blocks', maxBlocks: 30, warmupBlocks: 1 }, 'reached --max-blocks 30 (plus 1 warm-up)'],
    [{ kind: 'regression-called', blocks: 10, names: ['sweep:tg@d2048'], open: ['tg16'] },
      'regression called at 10 counted blocks (sweep:tg@d2048): the gate fails whatever the 1 open point (tg16) would show; `more` measures them'],
    [{ kind: 'regression-called', blocks: 12, names: ['a', 'b'], open: ['c', 'd'] },
      'regression called at 12 counted blocks (a, b): the gate fails whatever the 2 open points (c, d) would show; `more` measures them'],
  ];
  for (const [stop, words] of cases) assert.equal(stopWords(stop), words, stop.kind);
});
