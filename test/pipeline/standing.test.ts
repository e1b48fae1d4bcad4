// Resume and `more` start from where the stored experiment stands: a look whose block was stored but
// whose record was not (the process died in between) is taken then, so no look is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExperimentStore } from '../../src/store/experiment-store.ts';
import { experimentIdentity, identityHash } from '../../src/store/identity.ts';
import { standing } from '../../src/pipeline/experiment.ts';
import { emptyResults, launches, orderOf, testPlan } from '../store/helpers.ts';

test('a look stored as blocks but not recorded is taken on resume; one already recorded is not taken twice', () => {
  const plan = testPlan('tg128', 10);
  const results = emptyResults(plan);
  const identity = experimentIdentity(plan, results.builds, results.host);
  const store = ExperimentStore.open(join(mkdtempSync(join(tmpdir(), 'lpg-standing-')), 's.sqlite'));
  const id = store.createExperiment(identity, identityHash(identity), results, { kind: 'run', at: '2026-11-30T10:00:00.000Z', fromBlocks: 0, toBlocks: 10 });
  // Warm-up and five counted blocks stored: block 5 is the plan's look, killed before it was recorded.
  for (const l of launches(plan, 6, 0.8, 0.01)) {
    if (l.slot === 0) store.saveBlockOrder(id, l.block, orderOf(plan));
    store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', 'x');
  }
  const lines: string[] = [];
  const first = standing(store, id, store.loadResults(id), 5, store.lastDesignState(id), (l) => lines.push(l));
  assert.deepEqual(first.design?.looks.map((l) => l.blocks), [5]);
  assert.deepEqual(store.lastDesignState(id), first.design, 'recorded in the store');
  assert.match(lines.join('\n'), /^look at 5 blocks \(not recorded before the interrupt\): tg128 \w+/);
  const again = standing(store, id, store.loadResults(id), 5, store.lastDesignState(id), (l) => lines.push(l));
  assert.deepEqual(again, first);
  assert.equal(lines.length, 1, 'taken once');
  // Between looks nothing is recorded.
  const between = standing(store, id, store.loadResults(id), 4, null, (l) => lines.push(l));
  assert.equal(between.design, null);
  store.close();
});
