// The depth sweep with several models in one experiment, end to end on the fake runner: one depth
// launch per block, variant and model, each point and memory figure decided on its model, the
// report grouped by model; and a killed run resumed. The head is slower at depth on one model only
// (the fake llama-batched-bench's FAKE_MODEL_DEPTH_SLOWDOWN).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { cli as runCli, MAIN } from '../helpers/cli.ts';
import type { Results } from '../../src/store/results.ts';
import { depthMemoryAnalysis } from '../../src/stats/depth-memory.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-models-depth-'));
const ENV = { LLAMA_PERF_GATE_CACHE: join(root, 'cache') };
const tiny = writeTinyModel(join(root, 'tiny.gguf'));
const big = writeTinyModel(join(root, 'big.gguf'), { layers: 2 });
const { repo } = makeFakeRunnerRepo(join(root, 'repo'), { headSlowdown: 0.999 });
const cli = (args: string[]) => runCli(args, ENV, { timeout: 0 });
const results = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;

/** base vs the same build with a runtime env, two models, a depth sweep at 0 and 2048, quiet fake noise. */
const args = (out: string, headEnv: string[], more: string[] = []) => [
  'run', '--repo', repo, '--base', 'base', '--head-name', 'toggled', '--model', `${tiny},${big}`, '--workloads', 'tg16',
  '--depth-sweep', '0,2048', '--depth-gen', '16', '--threads', '1', '--max-blocks', '8', '--seed', '5', '--out', out, '--store', join(root, `${out.split('/').pop()}.sqlite`),
  ...['FAKE_NOISE=0.01', 'FAKE_ROW_MS=5', `FAKE_SEED_FILE=${out}.seq`].flatMap((e) => ['--base-env', e, '--head-env', e]), ...headEnv.flatMap((e) => ['--head-env', e]), ...more,
];

const slowOut = join(root, 'slow');
// B 30% slower at depth 4096 on big, in proportion to depth: 15% at 2048, nothing at depth 0.
const slow = cli(args(slowOut, ['FAKE_MODEL_DEPTH_SLOWDOWN=big:0.7']));

test('two models, the head slower at depth on one: one depth launch per block, variant and model, each on its own file', async () => {
  const r = await slow;
  assert.equal(r.code, 1, r.stderr);
  const res = results(slowOut);
  assert.match(r.stderr, /one launch per variant and model \(tiny, big\) per block/);
  const ls = res.depthLaunches!;
  for (const l of ls) assert.equal(l.argv[l.argv.indexOf('-m') + 1], l.model === 'big' ? big : tiny, JSON.stringify([l.model, l.argv]));
  // Before the first look (7 counted blocks) every block sweeps both models on both variants; after
  // it a model whose points are all decided is no longer swept (each model's sweep stops on its own).
  for (let b = 0; b <= 7; b++) {
    assert.deepEqual(ls.filter((l) => l.block === b).map((l) => `${l.model} ${l.variant}`).sort(), ['big A', 'big B', 'tiny A', 'tiny B'], `block ${b}`);
  }
  for (const b of new Set(ls.map((l) => l.block))) {
    for (const m of ['tiny', 'big']) assert.ok([0, 2].includes(ls.filter((l) => l.block === b && l.model === m).length), `block ${b}, ${m}: both variants or none`);
  }
  // The units of the blocks: every model × workload and each model's sweep, interleaved.
  for (const b of res.schedule.blocks.filter((x) => x.block <= 7)) {
    assert.deepEqual([...new Set(b.order.map((s) => s.workload))].sort(), ['big/sweep', 'big/tg16', 'tiny/sweep', 'tiny/tg16']);
  }
});

test('each depth point is decided on its model: the slower one is a regression, the other is not; memory per model too', async () => {
  await slow;
  const res = results(slowOut);
  const verdicts = Object.fromEntries(res.analysis!.workloads.map((w) => [w.name, w.verdict]));
  assert.equal(verdicts['big/sweep:tg@d2048'], 'regression', JSON.stringify(verdicts));
  for (const id of ['tiny/sweep:tg@d2048', 'tiny/sweep:tg@d0', 'big/sweep:tg@d0']) assert.ok(['neutral', 'inconclusive'].includes(verdicts[id]), `${id}: ${JSON.stringify(verdicts)}`);
  // No one-model names: every point is on a model.
  assert.ok(!res.analysis!.workloads.some((w) => w.name.startsWith('sweep:')), JSON.stringify(Object.keys(verdicts)));
  // Holm across every model × workload and depth point: 2 llama-bench workloads + 2 models × 3 points.
  for (const w of res.analysis!.workloads.filter((x) => x.verdict === 'regression')) assert.match(w.reason, /across 8 workloads/, w.reason);
  assert.deepEqual(res.analysis!.depth_memory!.map((m) => [m.name, m.model]), [
    ['tiny/sweep:mem@d0', 'tiny'], ['tiny/sweep:mem@d2048', 'tiny'], ['big/sweep:mem@d0', 'big'], ['big/sweep:mem@d2048', 'big'],
  ]);
  // Each from its own model's launches alone: the same figures as a one-model run of those launches.
  for (const name of ['tiny', 'big']) {
    const alone = depthMemoryAnalysis({
      plan: { ...res.plan, models: res.plan.models.filter((m) => m.name === name) },
      depthLaunches: res.depthLaunches!.filter((l) => l.model === name).map(({ model: _, ...l }) => l),
    });
    const mine = res.analysis!.depth_memory!.filter((m) => m.model === name).map(({ name: _, model: __, ...m }) => m);
    assert.deepEqual(mine, alone.map(({ name: _, ...m }) => m), name);
  }
});

test('the report groups the depth sweep by model, and its first line says where the models differ', async () => {
  const r = await slow;
  const md = readFileSync(join(slowOut, 'report.md'), 'utf8');
  assert.match(md.split('\n')[1], /^## 🔴 .*By model: .*`sweep:tg@d2048`: (neutral within ±2%|undecided) on tiny, -1\d\.\d% on big/, md.split('\n')[1]);
  assert.match(md, /^- 🔴 \*\*big\*\*: Regression — .*`big\/sweep:tg@d2048` -/m);
  assert.match(md, /^- (✅|🟡) \*\*tiny\*\*: (Neutral|Inconclusive) — /m);
  const tinyAt = md.indexOf('at KV depth: tiny');
  const bigAt = md.indexOf('at KV depth: big');
  assert.ok(tinyAt > 0 && bigAt > tinyAt, 'a depth section per model, in the plan\'s order');
  // Each section shows its own model's verdicts.
  assert.match(md.slice(bigAt), /^\| 2048 \|[^\n]*🔴 regression/m);
  assert.doesNotMatch(md.slice(tinyAt, bigAt), /🔴 regression/);
  const html = readFileSync(join(slowOut, 'report.html'), 'utf8');
  assert.match(html, /<section class="model-charts" id="charts-big">[\s\S]*?<h4>Speed and memory against KV depth: big<\/h4>/);
  assert.match(r.stdout, /^ {2}model big: Memory at KV depth/m);
});

test('a killed two-model sweep resumes: every depth launch kept, none run twice, every model swept in the blocks after', async () => {
  const out = join(root, 'resume');
  const a = args(out, [], ['--max-blocks', '4', '--horizon', '10']);
  const depthOf = (): Results['depthLaunches'] => {
    try {
      return results(out).depthLaunches ?? [];
    } catch {
      return []; // not written yet, or being replaced
    }
  };
  const child = spawn(process.execPath, [MAIN, ...a], { env: { ...process.env, ...ENV }, stdio: ['ignore', 'ignore', 'ignore'] });
  await new Promise<void>((done) => {
    const poll = setInterval(() => {
      if ((depthOf()?.length ?? 0) >= 8) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('exit', () => (clearInterval(poll), done()));
  });
  const before = depthOf()!.filter((l) => l.status === 'ok').map((l) => `${l.block} ${l.model} ${l.variant} ${l.startedAt}`);
  assert.ok(before.length >= 8, `${before.length} depth launches before the kill`);
  const r = await cli(a);
  assert.match(r.stderr, /resuming experiment/);
  const after = depthOf()!;
  const kept = new Set(after.map((l) => `${l.block} ${l.model} ${l.variant} ${l.startedAt}`));
  for (const k of before) assert.ok(kept.has(k), `depth launch ${k} kept after the resume\n${r.stderr.slice(-1500)}`);
  const slots = new Set(after.map((l) => `${l.block} ${l.model} ${l.variant}`));
  assert.equal(slots.size, after.length, 'no depth launch run twice');
  for (const m of ['tiny', 'big']) for (const v of ['A', 'B']) assert.ok(slots.has(`4 ${m} ${v}`), `block 4 sweeps ${m} on ${v}`);
  const final = results(out);
  assert.deepEqual(final.analysis!.workloads.filter((w) => w.verdict === 'failed').map((w) => w.name), [], 'no depth point left without launches');
  assert.equal(final.analysis!.workloads.filter((w) => w.name.includes('/sweep:')).length, 6);
  // `more` sweeps on every model whose points are still open, in the blocks it adds.
  const open = new Set(final.analysis!.workloads.filter((w) => w.verdict === 'inconclusive' && w.name.includes('/sweep:')).map((w) => w.name.split('/')[0]));
  const more = await cli(['more', '--out', out, '--store', join(root, 'resume.sqlite'), '--blocks', '2']);
  assert.ok(more.code === 0 || more.code === 1, more.stderr);
  const extended = results(out).depthLaunches!;
  for (const m of open) for (const v of ['A', 'B']) assert.ok(extended.some((l) => l.block === 5 && l.model === m && l.variant === v), `more sweeps ${m} on ${v}`);
  assert.equal(new Set(extended.map((l) => `${l.block} ${l.model} ${l.variant}`)).size, extended.length, 'no depth launch run twice');
});
