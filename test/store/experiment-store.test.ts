// The experiment store on real SQLite files: round trip to results.json, the llama_bench table in
// llama-bench's own layout, version and foreign-file refusal, a full disk, and kill -9 mid-write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { ExperimentStore } from '../../src/store/experiment-store.ts';
import { STORE_VERSION } from '../../src/store/schema.ts';
import { experimentIdentity, identityChanges, identityHash } from '../../src/store/identity.ts';
import { variantLabel, MAINLINE_COLUMNS } from '../../src/store/llama-bench-table.ts';
import { validateResults } from '../../src/store/read-results.ts';
import { UserError } from '../../src/sys/errors.ts';
import { emptyResults, launches, orderOf, testHost, testPlan } from './helpers.ts';
import { depthLaunches, DEPTH_SWEEP } from '../../fixtures/results/make-results.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-store-'));
const segment = { kind: 'run' as const, at: '2026-11-30T10:00:00.000Z', fromBlocks: 0, toBlocks: 10 };

function newExperiment(path: string, plan = testPlan()) {
  const results = emptyResults(plan);
  const identity = experimentIdentity(plan, results.builds, results.host);
  const store = ExperimentStore.open(path);
  const id = store.createExperiment(identity, identityHash(identity), results, segment);
  return { store, id, results, identity, plan };
}

test('an experiment round-trips: launches, block orders, segments; the export is a valid results@3 file', () => {
  const { store, id, results, plan } = newExperiment(join(dir, 'roundtrip.sqlite'));
  const all = [...launches(plan, 4)];
  for (const l of all) {
    if (l.slot === 0) store.saveBlockOrder(id, l.block, orderOf(plan));
    store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', 'x');
  }
  results.stopReason = 'done';
  store.finish(id, { ...results, finishedAt: '2026-11-30T11:00:00.000Z' }, 3);
  const back = store.loadResults(id);
  assert.deepEqual(back.launches, all);
  assert.equal(back.schedule.blocks.length, 4);
  assert.deepEqual(back.experiment?.segments, [segment]);
  assert.equal(back.stopReason, 'done');
  const valid = validateResults(JSON.parse(JSON.stringify(back)), 'export');
  assert.equal(valid.schema, 'llama-perf-gate/results@3');
  assert.equal(valid.experiment?.id, id);
  // Files written before the store (@1, no experiment) are still read.
  const { experiment: _e, ...old } = JSON.parse(JSON.stringify(back));
  assert.equal(validateResults({ ...old, schema: 'llama-perf-gate/results@1' }, 'old').experiment, undefined);
  assert.equal(store.findResumable(identityHash(experimentIdentity(plan, results.builds, results.host))), null, 'finished: not resumable');
  const [row] = store.list();
  assert.equal(row.countedBlocks, 3);
  assert.equal(row.verdict, 'none');
  store.close();
});

test('depth-sweep launches: one row each as they complete, outside the header; a version 1 store (depth launches in the header) is migrated and still read', () => {
  const path = join(dir, 'depth.sqlite');
  const plan = { ...testPlan('tg128', 4), depthSweep: DEPTH_SWEEP };
  const { store, id, results } = newExperiment(path, plan);
  const depth = depthLaunches({ blocks: 3 });
  for (const l of depth) store.appendDepthLaunch(id, l);
  // A header save (after a block) carries no copy of them: one home per launch.
  store.saveHeader(id, { ...results, depthLaunches: depth.slice(0, 1) });
  assert.deepEqual(store.loadResults(id).depthLaunches, depth);
  store.close();
  const raw = new DatabaseSync(path, { readOnly: true });
  assert.equal(raw.prepare('SELECT COUNT(*) AS n FROM depth_launches').get()?.n, depth.length);
  assert.equal((JSON.parse(raw.prepare('SELECT header FROM experiments').get()?.header as string) as { depthLaunches?: unknown }).depthLaunches, undefined);
  raw.close();

  // Version 1: no depth_launches table; the header held the depth launches of the blocks saved.
  const old = join(dir, 'depth-v1.sqlite');
  const v1 = newExperiment(old, plan);
  v1.store.close();
  const db = new DatabaseSync(old);
  db.exec(`DROP TABLE depth_launches; UPDATE meta SET value = '1' WHERE key = 'store_version'`);
  db.prepare('UPDATE experiments SET header = ?').run(JSON.stringify({ ...JSON.parse(db.prepare('SELECT header FROM experiments').get()?.header as string), depthLaunches: depth.slice(0, 2) }));
  db.close();
  const migrated = ExperimentStore.open(old);
  assert.deepEqual(migrated.loadResults(v1.id).depthLaunches, depth.slice(0, 2));
  migrated.appendDepthLaunch(v1.id, depth[2]);
  assert.deepEqual(migrated.loadResults(v1.id).depthLaunches, depth.slice(0, 3), 'header-held and stored rows, in run order');
  migrated.close();
});

test('llama_bench: the exact column layout of mainline `-o sql`, one row per counted launch, labels that tell an env toggle apart', () => {
  const path = join(dir, 'llama-bench.sqlite');
  const { store, id, plan } = newExperiment(path);
  const commit = '80fb11ac73e6';
  const [la, lb] = plan.variants.map((v) => variantLabel(commit, v));
  assert.notEqual(la, lb, 'same commit, B with LLAMA_KV_MMAP=1: two labels');
  assert.equal(la.length, lb.length);
  assert.match(la, /^80fb11a-[0-9a-f]{4}$/);
  const all = [...launches(plan, 3)];
  for (const l of all) store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', l.variant === 'A' ? la : lb);
  store.close();

  const sql = readFileSync(fileURLToPath(new URL('../../fixtures/llama-bench/mainline/pp-tg-pg-depth.sql', import.meta.url)), 'utf8');
  const fixtureCols = [...sql.matchAll(/^\s+(\w+) (TEXT|INTEGER|REAL),?$/gm)].map((m) => `${m[1]} ${m[2]}`);
  const db = new DatabaseSync(path, { readOnly: true });
  const cols = db.prepare('PRAGMA table_info(llama_bench)').all().map((c) => `${c.name} ${c.type}`);
  assert.deepEqual(cols, fixtureCols);
  assert.equal(cols.length, MAINLINE_COLUMNS.length);
  const rows = db.prepare('SELECT build_commit, n_prompt, n_gen, avg_ts, cpu_strict, model_type FROM llama_bench ORDER BY rowid').all();
  const counted = all.filter((l) => !l.warmup);
  assert.equal(rows.length, counted.length, 'warm-up launches are not rows');
  for (const [i, r] of rows.entries()) {
    assert.equal(r.build_commit, counted[i].variant === 'A' ? la : lb);
    assert.equal(r.avg_ts, counted[i].records[0].avgTs);
    assert.equal(r.cpu_strict, 0, 'booleans as llama-bench writes them: 0/1');
    assert.equal(r.model_type, 'llama ?B F16');
  }
  db.close();
});

test('a store from a newer llama-perf-gate, a foreign SQLite file and a non-database are refused with one line', () => {
  const newer = join(dir, 'newer.sqlite');
  newExperiment(newer).store.close();
  const db = new DatabaseSync(newer);
  db.prepare(`UPDATE meta SET value = ? WHERE key = 'store_version'`).run(String(STORE_VERSION + 1));
  db.close();
  assert.throws(() => ExperimentStore.open(newer), (e: Error) => e instanceof UserError && new RegExp(`has version ${STORE_VERSION + 1}; this llama-perf-gate reads up to version ${STORE_VERSION}`).test(e.message) && !e.message.includes('\n'));

  const foreign = join(dir, 'foreign.sqlite');
  const f = new DatabaseSync(foreign);
  f.exec('CREATE TABLE llama_bench (build_commit TEXT)');
  f.close();
  assert.throws(() => ExperimentStore.open(foreign), /is an SQLite file but not a llama-perf-gate experiment store \(tables: llama_bench\)/);

  const junk = join(dir, 'junk.sqlite');
  writeFileSync(junk, 'this is not a database at all, just some text that is long enough to be read');
  assert.throws(() => ExperimentStore.open(junk), (e: Error) => e instanceof UserError && /not a llama-perf-gate experiment store/.test(e.message));
});

test('a full disk is one line, and every launch committed before it is kept', () => {
  const path = join(dir, 'full.sqlite');
  newExperiment(path).store.close();
  // max_page_count makes SQLite hit SQLITE_FULL exactly as a full file system does.
  const store = ExperimentStore.open(path, { maxPages: 60 });
  const id = store.list()[0].id;
  const plan = testPlan();
  let committed = 0;
  let error: Error | null = null;
  for (const l of launches(plan, 200)) {
    try {
      store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', 'x');
      committed++;
    } catch (e) {
      error = e as Error;
      break;
    }
  }
  store.close();
  assert.ok(error instanceof UserError, String(error));
  assert.match(error.message, /the disk is full while recording launch \d+; every launch recorded before it is kept/);
  assert.ok(committed > 10, `${committed} launches fit`);
  const again = ExperimentStore.open(path);
  assert.equal(again.launches(id).length, committed);
  again.close();
  const db = new DatabaseSync(path);
  assert.equal(db.prepare('PRAGMA integrity_check').get()?.integrity_check, 'ok');
  db.close();
});

test('kill -9 while writing, ten times over: no committed launch lost, no corruption', async () => {
  const path = join(dir, 'kill.sqlite');
  const { store, id } = newExperiment(path, testPlan('pp512,tg128,tg128@d4096', 1000));
  store.close();
  const CHILD = fileURLToPath(new URL('./writer-child.ts', import.meta.url));
  let acknowledged = -1;
  for (let round = 0; round < 10; round++) {
    const start = acknowledged + 1;
    const child = spawn(process.execPath, [CHILD, path, id, String(start)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    const seen: number[] = [];
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) seen.push(Number(l));
    });
    // Kill once it has written a few (a random number of) launches: mid-transaction most likely.
    const target = 3 + Math.floor(Math.random() * 20);
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (seen.length >= target) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 1);
      child.on('exit', () => {
        clearInterval(poll);
        done();
      });
    });
    if (seen.length > 0) acknowledged = seen[seen.length - 1];
    const check = ExperimentStore.open(path);
    const stored = check.launches(id).map((l) => l.seq);
    check.close();
    assert.ok(stored.length >= acknowledged + 1, `round ${round}: ${stored.length} stored, ${acknowledged + 1} acknowledged`);
    assert.deepEqual(stored, stored.map((_, i) => i), `round ${round}: seqs contiguous`);
    acknowledged = stored.length - 1; // a launch committed but not yet printed counts too
  }
  const db = new DatabaseSync(path);
  assert.equal(db.prepare('PRAGMA integrity_check').get()?.integrity_check, 'ok');
  const n = db.prepare('SELECT COUNT(*) AS n FROM launches').get()?.n as number;
  assert.ok(n >= 30, `${n} launches after ten kills`);
  db.close();
});

test('identity: a changed env, workload set or kernel is named; seed, out and block count are not identity', () => {
  const plan = testPlan();
  const r = emptyResults(plan);
  const base = experimentIdentity(plan, r.builds, r.host);
  assert.equal(identityHash(base), identityHash(experimentIdentity({ ...plan, seed: 99, out: '/elsewhere', maxBlocks: 30, looks: [5, 10, 20, 30] }, r.builds, r.host)));
  const changed = experimentIdentity(
    { ...plan, variants: [plan.variants[0], { ...plan.variants[1], env: {} }], workloads: plan.workloads.slice(0, 1) },
    r.builds,
    testHost({ kernel: '6.12.0' }),
  );
  assert.deepEqual(identityChanges(base, changed), ['B env', 'workloads', 'host']);
  // --no-mmap measures another thing (a model read into memory): a new experiment
  assert.deepEqual(identityChanges(base, experimentIdentity({ ...plan, levers: { ...plan.levers, noMmap: true } }, r.builds, r.host)), ['levers']);
});

test('identity: another depth sweep is another experiment (it measured other points); no sweep keeps the hash it had', () => {
  const plan = { ...testPlan(), depthSweep: null };
  const r = emptyResults(plan);
  const none = experimentIdentity(plan, r.builds, r.host);
  assert.equal('depthSweep' in none, false, 'a run without a sweep keeps the identity stored before sweeps were part of it');
  const sweep = experimentIdentity({ ...plan, depthSweep: { depths: [0, 1024, 2048, 4096], gen: 32 } }, r.builds, r.host);
  const shorter = experimentIdentity({ ...plan, depthSweep: { depths: [0, 256, 512], gen: 32 } }, r.builds, r.host);
  assert.deepEqual(identityChanges(sweep, shorter), ['depthSweep']);
  assert.deepEqual(identityChanges(none, sweep), ['depthSweep']);
  assert.notEqual(identityHash(sweep), identityHash(shorter));
});
