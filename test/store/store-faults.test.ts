// Store faults are the machine's, not the input's (issue 21, item 3): a full disk, a store locked by
// another process, a damaged file and a store path under a regular file are one line naming the
// path and what to do, exit 3; a file that is no experiment store at all is bad input, exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ExperimentStore } from '../../src/store/experiment-store.ts';
import { EnvironmentError, UserError } from '../../src/sys/errors.ts';
import { emptyResults, launches, testPlan } from './helpers.ts';
import { experimentIdentity, identityHash } from '../../src/store/identity.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-store-faults-'));

function withExperiment(path: string, n = 0): string {
  const plan = testPlan();
  const results = emptyResults(plan);
  const identity = experimentIdentity(plan, results.builds, results.host);
  const store = ExperimentStore.open(path);
  const id = store.createExperiment(identity, identityHash(identity), results, { kind: 'run', at: new Date().toISOString(), fromBlocks: 0, toBlocks: plan.maxBlocks });
  for (const l of launches(plan, n)) store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', 'x');
  store.close();
  return id;
}

const environment = (path: string, re: RegExp) => (e: unknown) => {
  assert.ok(e instanceof EnvironmentError, String(e));
  assert.equal(e.exitCode, 3);
  assert.ok(e.message.includes(path), e.message);
  assert.match(e.message, re);
  assert.doesNotMatch(e.message, /\n/);
  assert.ok(e.hint);
  return true;
};

test('a full disk under the store: exit 3, every launch before it kept', () => {
  const path = join(dir, 'full.sqlite');
  const id = withExperiment(path);
  const store = ExperimentStore.open(path, { maxPages: 40 });
  let committed = 0;
  assert.throws(() => {
    for (const l of launches(testPlan(), 200)) {
      store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', 'x');
      committed++;
    }
  }, environment(path, /the disk is full while recording launch \d+/));
  store.close();
  const again = ExperimentStore.open(path, { readOnly: true });
  assert.equal(again.launches(id).length, committed);
  again.close();
});

test('a store locked by another process: exit 3, naming it', () => {
  const path = join(dir, 'locked.sqlite');
  const id = withExperiment(path);
  const other = new DatabaseSync(path);
  other.exec('BEGIN EXCLUSIVE');
  try {
    assert.throws(() => {
      const store = ExperimentStore.open(path, { busyTimeoutMs: 50 });
      try {
        store.saveBlockOrder(id, 0, []);
      } finally {
        store.close();
      }
    }, environment(path, /is locked by another process/));
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
});

test('a truncated store: exit 3, damaged, with the way out', () => {
  const path = join(dir, 'truncated.sqlite');
  withExperiment(path, 40);
  truncateSync(path, 4096);
  assert.throws(() => ExperimentStore.open(path), environment(path, /is damaged/));
  assert.throws(() => ExperimentStore.open(path, { readOnly: true }), environment(path, /is damaged/));
});

test('a store path under a regular file: exit 3; a file that is not SQLite: exit 2', () => {
  writeFileSync(join(dir, 'afile'), 'x\n');
  const under = join(dir, 'afile', 'e.sqlite');
  assert.throws(() => ExperimentStore.open(under), environment(under, /afile is a file, not a directory/));
  const junk = join(dir, 'junk.sqlite');
  writeFileSync(junk, 'this is not a database at all, just some text that is long enough to be read');
  assert.throws(() => ExperimentStore.open(junk), (e: unknown) => e instanceof UserError && e.exitCode === 2 && /not a llama-perf-gate experiment store/.test(e.message));
});
