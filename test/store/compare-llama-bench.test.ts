// llama.cpp's own scripts/compare-llama-bench.py (from the bundled llama.cpp source, never copied
// into this repository) reads the experiment store's llama_bench table and prints the A vs B table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareScript } from '../helpers/compare-llama-bench.ts';
import { ExperimentStore } from '../../src/store/experiment-store.ts';
import { experimentIdentity, identityHash } from '../../src/store/identity.ts';
import { variantLabel } from '../../src/store/llama-bench-table.ts';
import { emptyResults, launches, testPlan } from './helpers.ts';

test('compare-llama-bench.py reads the store and prints A vs B for a runtime toggle within one commit', async (t) => {
  const s = await compareScript();
  if ('skip' in s) {
    t.skip(s.skip);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'lpg-clb-store-'));
  const path = join(dir, 'experiments.sqlite');
  const plan = testPlan('pp512,tg128', 10, dir);
  const results = emptyResults(plan);
  const identity = experimentIdentity(plan, results.builds, results.host);
  const store = ExperimentStore.open(path);
  const id = store.createExperiment(identity, identityHash(identity), results, { kind: 'run', at: results.startedAt, fromBlocks: 0, toBlocks: 10 });
  const [la, lb] = plan.variants.map((v) => variantLabel(results.builds[0].commit, v));
  for (const l of launches(plan, 11, 0.9, 0.01)) store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', l.variant === 'A' ? la : lb);
  store.close();

  // Outside any git repository, and -b/-c given: the script's default (master's latest commit) needs both.
  const r = spawnSync(s.py, [s.clb, '-i', path, '-b', la, '-c', lb], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  t.diagnostic(r.stdout);
  const rows = r.stdout.split('\n').filter((l) => /\|\s*(pp512|tg128)\s*\|/.test(l));
  assert.equal(rows.length, 2, r.stdout);
  assert.match(r.stdout, new RegExp(`\\| Test\\s+\\|\\s+t/s ${la}\\s+\\|\\s+t/s ${lb}\\s+\\|\\s+Speedup \\|`));
  for (const row of rows) {
    const speedup = Number(row.split('|').map((c) => c.trim()).filter(Boolean).pop());
    assert.ok(speedup > 0.85 && speedup < 0.95, `${row}: B is 0.9 × A`);
  }
});
