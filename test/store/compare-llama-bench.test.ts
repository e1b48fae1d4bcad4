// llama.cpp's own scripts/compare-llama-bench.py (from the bundled llama.cpp source, never copied
// into this repository) reads the experiment store's llama_bench table and prints the A vs B table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEmbeddedSource, BASE_BRANCH } from '../../src/build/embedded.ts';
import { defaultCacheDir } from '../../src/sys/cache-dir.ts';
import { ExperimentStore } from '../../src/store/experiment-store.ts';
import { experimentIdentity, identityHash } from '../../src/store/identity.ts';
import { variantLabel } from '../../src/store/llama-bench-table.ts';
import { emptyResults, launches, testPlan } from './helpers.ts';

/** A python3 that has the script's imports (a pyenv python3 may lack the distribution's packages). */
function python(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    if (spawnSync(py, ['-c', 'import git, tabulate']).status === 0) return py;
  }
  return null;
}

async function script(): Promise<{ py: string; clb: string } | { skip: string }> {
  let repo: string;
  try {
    ({ repo } = await ensureEmbeddedSource({ cacheDir: defaultCacheDir(), log: () => {} }));
  } catch (e) {
    return { skip: `the bundled llama.cpp source cannot be had here (${(e as Error).message})` };
  }
  const py = python();
  // A missing package is a failure naming it (README's set-up line lists it), never a silent skip.
  if (!py) throw new Error('python3 with GitPython and tabulate is needed by compare-llama-bench.py: install the system packages python3-git python3-tabulate (apt-get install python3-git python3-tabulate)');
  const path = join(mkdtempSync(join(tmpdir(), 'lpg-clb-')), 'compare-llama-bench.py');
  writeFileSync(path, execFileSync('git', ['-C', repo, 'show', `${BASE_BRANCH}:scripts/compare-llama-bench.py`]));
  return { py, clb: path };
}

test('compare-llama-bench.py reads the store and prints A vs B for a runtime toggle within one commit', async (t) => {
  const s = await script();
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
