// `history` and `experiments` on a store holding three experiments on one machine whose kernel and
// governor changed in between: A's throughput per experiment, and the move of the baseline named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExperimentStore } from '../../src/store/experiment-store.ts';
import { experimentIdentity, identityHash } from '../../src/store/identity.ts';
import { emptyResults, launchFor, testHost, testPlan } from './helpers.ts';
import { cli } from '../helpers/cli.ts';


test('history: A per experiment on a host, the change against the previous one, and a moved baseline flagged', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'lpg-history-')), 'experiments.sqlite');
  const store = ExperimentStore.open(path);
  const hosts = [testHost(), testHost(), testHost({ kernel: '6.12.0', governor: 'powersave' })];
  const levels = [60, 60, 48];
  const ids: string[] = [];
  hosts.forEach((host, i) => {
    const plan = testPlan('tg128', 4);
    const r = { ...emptyResults(plan, host), startedAt: `2026-11-2${i}T10:00:00.000Z` };
    const identity = experimentIdentity(plan, r.builds, host);
    const id = store.createExperiment(identity, identityHash(identity), r, { kind: 'run', at: r.startedAt, fromBlocks: 0, toBlocks: 4 });
    ids.push(id);
    let seq = 0;
    for (let block = 0; block < 5; block++) {
      for (const v of ['A', 'B'] as const) {
        const l = launchFor(plan, seq++, block, v === 'A' ? 0 : 1, v, 'tg128', levels[i] * (1 + 0.001 * block));
        store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', v);
      }
    }
    store.finish(id, { ...r, stopReason: 'done', finishedAt: r.startedAt }, 4);
  });
  store.close();

  const h = await cli(['history', '--store', path, '--all-hosts', '--workload', 'tg128']);
  assert.equal(h.code, 0, h.stderr);
  const rows = h.stdout.split('\n').filter((l) => /^\s+\d{4}-\d\d-\d\d/.test(l));
  assert.equal(rows.length, 3, h.stdout);
  assert.match(rows[0], new RegExp(`${ids[0]}\\s+80fb11a-[0-9a-f]{4}\\s+60\\.\\d\\d\\s+4\\s*$`));
  assert.match(rows[1], /\+0\.0%$/);
  assert.match(rows[2], /-20\.0%$/);
  const flags = h.stdout.split('\n').filter((l) => l.includes('baseline moved'));
  assert.equal(flags.length, 1, h.stdout);
  assert.match(flags[0], /the host changed \(kernel 6\.1\.0-test → 6\.12\.0; governor performance → powersave\); a difference here is the machine, not the code/);
  assert.ok(h.stdout.indexOf(flags[0]) > h.stdout.indexOf(rows[2]), 'flag under the experiment after the change');

  // Only this host by default: the stored ones are from "bench-host".
  const here = await cli(['history', '--store', path]);
  assert.equal(here.code, 0, here.stderr);
  assert.match(here.stdout, /no measured experiments on this host/);

  const list = await cli(['experiments', '--store', path]);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /3 experiments/);
  for (const id of ids) assert.match(list.stdout, new RegExp(`^${id} .* 4/4 blocks  none  finished`, 'm'));

  const missing = await cli(['experiments', '--store', join(tmpdir(), 'no-such-store.sqlite')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^error: no experiment store at .*no-such-store\.sqlite\n/);
});
