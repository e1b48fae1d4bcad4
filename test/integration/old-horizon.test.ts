// A stored experiment can always be listed and continued, whatever flags the version that wrote it
// accepted (issue 21): an older version took --max-blocks 500 (horizon 500), stored the experiment
// and then failed at its first look. `experiments` lists it, and `more` continues it with this
// version's largest horizon (no look was taken, so no α was spent under the old one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { cli } from '../helpers/cli.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';

/** The exit code the gate rule gives this results.json (stats/policy.ts), as the CLI computes it. */
const verdictCode = (r: Results) => exitCodeFor(r.analysis ? runOutcome(r.analysis) : 'failed');

test('a horizon-500 experiment stored by an older version stays listable (experiments) and continuable (more)', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lpg-old-horizon-'));
  const model = join(root, 'tiny.gguf');
  writeTinyModel(model);
  const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
  const out = join(root, 'perf-out');
  const store = join(root, 'experiments.sqlite');
  const env = { LLAMA_PERF_GATE_CACHE: join(root, 'cache'), FAKE_NOISE: '0.15', FAKE_SEED: '3' };
  const run = await cli(['run', '--repo', repo, '--base', 'base', '--head-env', 'FAKE_SLOWDOWN=1.0', '--model', model,
    '--workloads', 'tg16', '--threads', '1', '--max-blocks', '3', '--out', out, '--store', store], env);
  assert.equal(run.code, verdictCode(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results), run.stderr);

  // What the older version left: the plan of --max-blocks 500 (horizon 500, its looks), 3 blocks
  // measured, no look recorded (it failed at the first one).
  const db = new DatabaseSync(store);
  const { id, header } = db.prepare('SELECT id, header FROM experiments').get() as { id: string; header: string };
  const h = JSON.parse(header) as Results;
  h.plan = { ...h.plan, maxBlocks: 500, horizon: 500, looks: [3, 500] };
  db.prepare('UPDATE experiments SET header = ?, finished_at = NULL').run(JSON.stringify(h));
  db.prepare('DELETE FROM looks WHERE experiment_id = ?').run(id);
  db.close();

  const list = await cli(['experiments', '--store', store], env);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, new RegExp(`^${id}  .*  3/500 blocks  `, 'm'));

  const more = await cli(['more', '--out', out, '--blocks', '2', '--store', store], env);
  assert.match(more.stderr, /declared horizon 500 is past this version's largest \(300\); no look was taken under it, so it continues with horizon 300/);
  assert.match(more.stderr, /: 3 → 5 blocks/);
  const r = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  assert.equal(more.code, verdictCode(r), more.stderr);
  assert.equal(r.plan.horizon, 300);
  assert.ok(r.launches.some((l) => l.block === 5), 'blocks 4 and 5 ran');
  assert.equal(r.design?.horizon, 300);
});
