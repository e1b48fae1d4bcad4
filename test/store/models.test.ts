// Several models in the store and in results.json: the @3 shape, the reader of @1/@2 files and of
// experiments stored before plan.models, the content identity of each model, and history's flags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { validateResults } from '../../src/store/read-results.ts';
import { ExperimentStore } from '../../src/store/experiment-store.ts';
import { experimentIdentity, identityChanges, identityHash, modelsIdentity } from '../../src/store/identity.ts';
import { perModel } from '../../src/plan/workload.ts';
import { reclaimFlags, modelFlags, type ModelState } from '../../src/cli/history-flags.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { emptyResults, launchFor, testHost, testPlan } from './helpers.ts';
import { UserError } from '../../src/sys/errors.ts';
import { cli } from '../helpers/cli.ts';

const FIXTURE = new URL('../../fixtures/results/with-analysis.json', import.meta.url);
const current = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, any>;
/** The same file as @2 wrote it: one model, `plan.model`, a path. */
const asV2 = () => {
  const r = current();
  const { models, ...plan } = r.plan;
  return { ...r, schema: 'llama-perf-gate/results@2', plan: { ...plan, model: models[0].path } };
};
const dir = mkdtempSync(join(tmpdir(), 'lpg-store-models-'));

test('an @2 results file (plan.model) is read in today\'s shape: one model named after its file', () => {
  const old = asV2();
  const r = validateResults(old, 'old.json');
  assert.deepEqual(r.plan.models, [{ name: 'synthetic-43M', path: '/models/synthetic-43M.gguf' }]);
  assert.equal((r.plan as unknown as Record<string, unknown>).model, undefined);
  assert.deepEqual(r.launches, validateResults(current(), 'new.json').launches);
  assert.throws(() => validateResults({ ...old, plan: { ...old.plan, model: 7 } }, 'old.json'), /\$\.plan\.models must be/);
});

test('an @3 file must list its models, and with several every workload names one of them', () => {
  const r = current();
  assert.throws(() => validateResults(asV2() && { ...asV2(), schema: r.schema }, 'x.json'), (e: unknown) => e instanceof UserError && /\$\.plan\.models must be/.test(e.message));
  assert.throws(() => validateResults({ ...r, plan: { ...r.plan, models: [] } }, 'x.json'), /\$\.plan\.models is empty/);
  const two = [{ name: 'a', path: '/m/a.gguf' }, { name: 'b', path: '/m/b.gguf' }];
  assert.throws(() => validateResults({ ...r, plan: { ...r.plan, models: two } }, 'x.json'), /\$\.plan\.workloads\[0\]\.model must name one of the models \(a, b\)/);
  assert.throws(() => validateResults({ ...r, plan: { ...r.plan, models: [two[0], { ...two[1], name: 'a' }] } }, 'x.json'), /\$\.plan\.models\[1\]\.name repeats/);
  assert.throws(() => validateResults({ ...r, plan: { ...r.plan, workloads: r.plan.workloads.map((w: object) => ({ ...w, model: 'a' })) } }, 'x.json'), /is set, but the plan has one model/);
});

test('an experiment stored before plan.models loads in today\'s shape', () => {
  const path = join(dir, 'old.sqlite');
  const store = ExperimentStore.open(path);
  const plan = testPlan('tg128', 4);
  const r = emptyResults(plan, testHost());
  const identity = experimentIdentity(plan, r.builds, r.host);
  const id = store.createExperiment(identity, identityHash(identity), r, { kind: 'run', at: r.startedAt, fromBlocks: 0, toBlocks: 4 });
  store.close();
  // Rewrite the stored header as an older version wrote it.
  const db = new DatabaseSync(path);
  const header = JSON.parse(db.prepare('SELECT header FROM experiments WHERE id = ?').get(id)!.header as string);
  const { models, ...rest } = header.plan;
  db.prepare('UPDATE experiments SET header = ? WHERE id = ?').run(JSON.stringify({ ...header, plan: { ...rest, model: models[0].path } }), id);
  db.close();
  const again = ExperimentStore.open(path);
  try {
    assert.deepEqual(again.loadResults(id).plan.models, [{ name: 'pp-tg-pg-depth.json', path: models[0].path }]);
    assert.deepEqual(again.list()[0].header.plan.models.map((m) => m.name), ['pp-tg-pg-depth.json']);
  } finally {
    again.close();
  }
});

test('a model\'s identity is its content: one model keeps the old shape, several are named; another file under a name is named', () => {
  const a = writeTinyModel(join(dir, 'a.gguf'));
  const b = writeTinyModel(join(dir, 'b.gguf'), { layers: 2 });
  const one = modelsIdentity([{ name: 'a', path: a }]);
  assert.ok(one && !Array.isArray(one) && one.size > 0 && /^[0-9a-f]{64}$/.test(one.headSha256));
  const plan = (models: { name: string; path: string }[]) => {
    const p = testPlan('tg128', 4);
    return { ...p, models, workloads: perModel(p.workloads, models) };
  };
  const before = experimentIdentity(plan([{ name: 'a', path: a }, { name: 'b', path: b }]), [], null);
  writeTinyModel(b, { layers: 3 });
  const after = experimentIdentity(plan([{ name: 'a', path: a }, { name: 'b', path: b }]), [], null);
  assert.notEqual(identityHash(before), identityHash(after));
  assert.deepEqual(identityChanges(before, after), ['model b (another file: size or header hash)']);
  // The path is not the identity: the same content elsewhere is the same model.
  mkdirSync(join(dir, 'moved'));
  const moved = writeTinyModel(join(dir, 'moved', 'b.gguf'), { layers: 3 });
  assert.deepEqual(identityChanges(after, experimentIdentity(plan([{ name: 'a', path: a }, { name: 'b', path: moved }]), [], null)), []);
});

const state = (over: Partial<ModelState>): ModelState => ({ content: 'x', reclaim: false, mapped: true, majorFaults: 0, ...over });

test('history flags a change of reclaim: DAMON on/off, mapped/read, major faults of a model re-read from disk', () => {
  assert.deepEqual(reclaimFlags(state({}), state({})), []);
  assert.deepEqual(reclaimFlags(state({}), state({ reclaim: true })), ['proactive reclaim (DAMON pageout) off → on']);
  assert.deepEqual(reclaimFlags(state({ reclaim: undefined }), state({ reclaim: true })), [], 'not recorded: no flag');
  assert.deepEqual(reclaimFlags(state({}), state({ mapped: false })), ['model mapped → read (--no-mmap)']);
  assert.match(reclaimFlags(state({ majorFaults: 2 }), state({ majorFaults: 5600 }))[0], /^major faults per launch 2 → 5600 \(model pages now read from disk/);
  assert.deepEqual(reclaimFlags(state({ majorFaults: 2 }), state({ majorFaults: 40 })), []);
  assert.deepEqual(modelFlags(state({}), state({ content: 'y' })), ['the model is another file (size or header hash differ)']);
});

test('history on a store: the reclaim change under the experiment after it, and experiments without DAMON state said', async () => {
  const path = join(dir, 'history.sqlite');
  const store = ExperimentStore.open(path);
  const reclaim = (active: boolean) => ({ active, kdamonds: [], damonReclaim: null });
  const hosts = [testHost(), testHost({ proactiveReclaim: reclaim(false) }), testHost({ proactiveReclaim: reclaim(true) })];
  const ids = hosts.map((host, i) => {
    const plan = testPlan('tg128', 4);
    const r = { ...emptyResults(plan, host), startedAt: `2026-11-2${i}T10:00:00.000Z` };
    const identity = experimentIdentity(plan, r.builds, host);
    const id = store.createExperiment(identity, identityHash(identity), r, { kind: 'run', at: r.startedAt, fromBlocks: 0, toBlocks: 4 });
    let seq = 0;
    for (let block = 0; block < 5; block++) {
      for (const v of ['A', 'B'] as const) {
        const l = launchFor(plan, seq++, block, v === 'A' ? 0 : 1, v, 'tg128', 60);
        if (i === 2) l.memory = { ...l.memory!, majorFaults: 5000 };
        store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', v);
      }
    }
    store.finish(id, { ...r, stopReason: 'done', finishedAt: r.startedAt }, 4);
    return id;
  });
  store.close();
  const h = await cli(['history', '--store', path, '--all-hosts', '--workload', 'tg128']);
  assert.equal(h.code, 0, h.stderr);
  const flags = h.stdout.split('\n').filter((l) => l.includes('reclaim changed'));
  assert.equal(flags.length, 1, h.stdout);
  assert.match(flags[0], /proactive reclaim \(DAMON pageout\) off → on; major faults per launch 0 → 5000/);
  assert.ok(h.stdout.indexOf(flags[0]) > h.stdout.indexOf(ids[2]), 'under the experiment after the change');
  assert.match(h.stdout, new RegExp(`the store has no DAMON state for 1 experiment\\(s\\) \\(${ids[0]}: stored before it was read\\)`));
});
