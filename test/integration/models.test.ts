// Several models in one experiment (--model a,b), end to end on the fake llama-bench: each rule its
// own test. Two tiny models; the head is made slower on one of them by the fake runner's per-model
// knob (FAKE_MODEL_SLOWDOWN), or cannot load it (FAKE_MODEL_FAIL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { cli as runCli } from '../helpers/cli.ts';
import { compareScript } from '../helpers/compare-llama-bench.ts';
import type { Results } from '../../src/store/results.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';
import { buildReportModel } from '../../src/report/model.ts';
import { renderCheckOutput } from '../../src/report/check.ts';
import { readTrustedResultsSync } from '../../src/pipeline/read-results.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-models-'));
const cache = join(root, 'cache');
const tiny = writeTinyModel(join(root, 'tiny.gguf'));
const big = writeTinyModel(join(root, 'big.gguf'), { layers: 2 });
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), { headSlowdown: 0.999 });
const cli = (args: string[]) => runCli(args, { LLAMA_PERF_GATE_CACHE: cache });
const results = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
/** The exit code the gate rule gives --out's results.json (stats/policy.ts), as the CLI computes it. */
const verdictCode = (out: string) => { const r = results(out); return exitCodeFor(r.analysis ? runOutcome(r.analysis) : 'failed'); };

/** base vs the same build with a runtime env (so one build serves both), two models, quiet fake noise. */
const run = (out: string, headEnv: string[], more: string[] = []) => cli([
  'run', '--repo', repo, '--base', 'base', '--head-name', 'toggled', '--model', `${tiny},${big}`, '--workloads', 'pp64,tg16',
  '--threads', '1', '--max-blocks', '8', '--seed', '5', '--out', out, '--store', join(out, '..', `${out.split('/').pop()}.sqlite`),
  // One launch counter per experiment (the fake runners' FAKE_SEED_FILE): the same draws every run.
  ...['FAKE_NOISE=0.01', `FAKE_SEED_FILE=${out}.seq`].flatMap((e) => ['--base-env', e, '--head-env', e]), ...headEnv.flatMap((e) => ['--head-env', e]), ...more,
]);

const slowOut = join(root, 'slow');
const slow = run(slowOut, ['FAKE_MODEL_SLOWDOWN=big:0.8']);

test('a head 20% slower on one model only: regression on that model, neutral on the other, one experiment', async () => {
  const r = await slow;
  assert.equal(r.code, 1, r.stderr);
  const res = results(slowOut);
  assert.equal(res.schema, 'llama-perf-gate/results@3');
  assert.deepEqual(res.plan.models.map((m) => m.name), ['tiny', 'big']);
  const verdicts = Object.fromEntries(res.analysis!.workloads.map((w) => [w.name, w.verdict]));
  assert.equal(verdicts['big/pp64'], 'regression', JSON.stringify(verdicts));
  assert.equal(verdicts['big/tg16'], 'regression', JSON.stringify(verdicts));
  assert.ok(['neutral', 'inconclusive'].includes(verdicts['tiny/pp64']) && ['neutral', 'inconclusive'].includes(verdicts['tiny/tg16']), JSON.stringify(verdicts));
  // Each model's launches run its own file.
  for (const l of res.launches) assert.equal(l.argv[l.argv.indexOf('-m') + 1], l.workload.startsWith('big/') ? big : tiny);
});

test('the blocks interleave the models: every block runs every model × workload on both variants', async () => {
  await slow;
  const res = results(slowOut);
  const units = ['tiny/pp64', 'tiny/tg16', 'big/pp64', 'big/tg16'];
  for (const b of res.schedule.blocks.filter((x) => x.order.length === 8)) {
    assert.deepEqual([...new Set(b.order.map((s) => s.workload))].sort(), [...units].sort());
  }
  // Not model after model: in some block a launch of one model comes between two of the other.
  const models = res.schedule.blocks.map((b) => b.order.map((s) => s.workload.split('/')[0]).join(','));
  assert.ok(models.some((o) => /tiny.*big.*tiny|big.*tiny.*big/.test(o)), models.join('\n'));
});

test('Holm runs across model × workload: the family is all four', async () => {
  await slow;
  const res = results(slowOut);
  for (const w of res.analysis!.workloads.filter((x) => x.verdict === 'regression')) assert.match(w.reason, /across 4 workloads/, w.reason);
  // The Holm-adjusted p of the smallest p is at least its p times the family size (capped at 1).
  const ps = res.analysis!.workloads.map((w) => w.p_regression!).filter((p) => p !== null);
  const smallest = res.analysis!.workloads.find((w) => w.p_regression === Math.min(...ps))!;
  assert.ok(smallest.p_regression_adj! >= Math.min(1, 4 * smallest.p_regression!) - 1e-12, JSON.stringify(smallest));
});

test('the report groups by model: one verdict line per model and the overall one; the first line says where they differ', async () => {
  await slow;
  const md = readFileSync(join(slowOut, 'report.md'), 'utf8');
  assert.match(md.split('\n')[1], /^## 🔴 .*By model: `pp64`: (neutral within ±2%|undecided) on tiny, -\d+\.\d% on big/);
  assert.match(md, /^- 🔴 \*\*big\*\*: Regression — `big\/pp64` -/m);
  assert.match(md, /^- (✅|🟡) \*\*tiny\*\*: (Neutral|Inconclusive) — /m);
  assert.ok(md.indexOf('#### 🔴 big') > md.indexOf('#### '), 'a table per model');
  const html = readFileSync(join(slowOut, 'report.html'), 'utf8');
  assert.match(html, /<li id="model-big">🔴 <b>big<\/b>:/);
  const r = await slow;
  assert.match(r.stdout, /^ {2}model big: regression — /im);
  // The check run formats the same model: its summary has the lines by model too.
  const check = renderCheckOutput(buildReportModel([readTrustedResultsSync(join(slowOut, 'results.json'))]));
  assert.equal(check.conclusion, 'failure');
  assert.match(check.summary, /^- 🔴 \*\*big\*\*: Regression — /m);
  assert.match(check.summary, /^#### 🔴 big$/m);
});

test('the store keeps model × workload: its llama_bench rows name each file, and compare-llama-bench.py reads them', async (t) => {
  await slow;
  const db = new DatabaseSync(join(root, 'slow.sqlite'), { readOnly: true });
  const files = db.prepare('SELECT DISTINCT model_filename FROM llama_bench ORDER BY model_filename').all().map((x) => x.model_filename);
  const labels = db.prepare('SELECT label_a, label_b FROM experiments').get() as { label_a: string; label_b: string };
  db.close();
  assert.deepEqual(files, [big, tiny].sort());
  const s = await compareScript();
  if ('skip' in s) {
    t.skip(s.skip);
    return;
  }
  const r = spawnSync(s.py, [s.clb, '-i', join(root, 'slow.sqlite'), '-b', labels.label_a, '-c', labels.label_b, '-s', 'model_filename'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.split('\n').filter((l) => /\|\s*(pp64|tg16)\s*\|/.test(l));
  assert.equal(rows.length, 4, r.stdout);
  for (const row of rows) {
    const speedup = Number(row.split('|').map((c) => c.trim()).filter(Boolean).pop());
    if (row.includes(big)) assert.ok(speedup > 0.75 && speedup < 0.85, row);
    else assert.ok(speedup > 0.95 && speedup < 1.05, row);
  }
});

test('a model one variant cannot load is its own failed outcome naming the model; the other model is still decided', async () => {
  const out = join(root, 'fail');
  const r = await run(out, ['FAKE_MODEL_FAIL=big']);
  assert.equal(r.code, 1, r.stderr);
  const res = results(out);
  assert.equal(res.analysis!.verdict, 'failed');
  for (const id of ['big/pp64', 'big/tg16']) {
    const w = res.analysis!.workloads.find((x) => x.name === id)!;
    assert.equal(w.verdict, 'failed');
    assert.match(w.reason, new RegExp(`^model big \\(${big.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\): variant B \\(toggled\\) could not run: .*failed to load model`), w.reason);
  }
  for (const id of ['tiny/pp64', 'tiny/tg16']) assert.notEqual(res.analysis!.workloads.find((x) => x.name === id)!.verdict, 'failed');
  // A model that does not load stops being launched; the other model runs every block.
  const bigB = res.launches.filter((l) => l.workload.startsWith('big/') && l.variant === 'B');
  assert.ok(bigB.length <= 2 * 3, `${bigB.length} launches of the failing model`);
  assert.ok(res.launches.filter((l) => l.workload === 'tiny/tg16' && l.variant === 'B' && !l.warmup).length >= 7);
  const md = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(md, /^- ❌ \*\*big\*\*: Run failed — model big \(/m);
  // Stopping a model that does not load is no departure from the looks.
  assert.doesNotMatch(md, /design state was not used/);
});

test('another file under the same name is an identity change, named: a new experiment', async () => {
  const dir = join(root, 'ident');
  const m1 = writeTinyModel(join(root, 'ident-a.gguf'));
  const m2 = writeTinyModel(join(root, 'ident-b.gguf'), { layers: 2 });
  const out = join(dir, 'out');
  const args = ['run', '--repo', repo, '--base', 'base', '--head-name', 'toggled', '--model', `${m1},${m2}`, '--workloads', 'tg16',
    '--threads', '1', '--max-blocks', '3', '--looks', '3', '--horizon', '3', '--seed', '1', '--out', out, '--store', join(root, 'ident.sqlite'), '--head-env', 'FAKE_NOISE=0.02'];
  const first = await cli(args);
  assert.equal(first.code, verdictCode(out), first.stderr);
  writeTinyModel(m2, { layers: 3 }); // same path and name, other content
  const second = await cli(args);
  assert.equal(second.code, verdictCode(out), second.stderr);
  assert.match(second.stderr, /the plan changed \(model ident-b \(another file: size or header hash\)\): this is a new experiment/, second.stderr);
});

test('`more` extends a several-model experiment: same models by content, every model × workload decided over all blocks', async () => {
  const m1 = writeTinyModel(join(root, 'more-a.gguf'));
  const m2 = writeTinyModel(join(root, 'more-b.gguf'), { layers: 2 });
  const out = join(root, 'more-out');
  const store = join(root, 'more.sqlite');
  const first = await cli(['run', '--repo', repo, '--base', 'base', '--head-name', 'toggled', '--model', `${m1},${m2}`, '--workloads', 'tg16',
    '--threads', '1', '--max-blocks', '2', '--looks', '2', '--horizon', '8', '--seed', '1', '--out', out, '--store', store, '--head-env', 'FAKE_NOISE=0.02']);
  assert.equal(first.code, verdictCode(out), first.stderr);
  const more = await cli(['more', '--out', out, '--store', store, '--blocks', '2']);
  assert.equal(more.code, verdictCode(out), more.stderr);
  assert.match(more.stderr + more.stdout, /continuing experiment .*: 2 → 4 blocks for more-a\/tg16, more-b\/tg16/);
  const res = results(out);
  assert.deepEqual(res.analysis!.workloads.map((w) => [w.name, w.n]), [['more-a/tg16', 4], ['more-b/tg16', 4]]);
  // Another file under a stored model's name: `more` refuses in one line naming it.
  writeTinyModel(m2, { layers: 3 });
  const refused = await cli(['more', '--out', out, '--store', store, '--blocks', '2']);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(refused.stderr, /the models are not the files experiment .* measured: model more-b \(another file: size or header hash\)/);
});
