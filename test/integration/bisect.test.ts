// `llama-perf-gate bisect` end to end on the fake llama-bench (FAKE_NOISE 0.5%): a series of commits
// with a per-commit compiled-in speed. Every culprit found with its own B/A and verified; a budget
// that runs out reports ranges, never a guess, and the same command then resumes from the store;
// a commit that does not build is skipped and named; no regression between the ends: it says so.
// The noise is small on purpose: these tests check the search, not its power (at 1% one probe in
// CI stayed undecided at its horizon, a legitimate outcome the search then reports as a range).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeSeries, type SeriesStep } from '../helpers/fake-series.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { cli as runCli } from '../helpers/cli.ts';
import type { BisectResult } from '../../src/report/bisect.ts';
import { ExperimentStore } from '../../src/store/experiment-store.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-bisect-'));
const cache = join(root, 'cache');
const model = join(root, 'tiny.gguf');
writeTinyModel(model);
const cli = (args: string[]) => runCli(args, { LLAMA_PERF_GATE_CACHE: cache }, { timeout: 900_000 });
const read = (out: string) => JSON.parse(readFileSync(join(out, 'bisect.json'), 'utf8')) as BisectResult;
const doc: SeriesStep = { kind: 'doc' };

const bisectArgs = (repo: string, good: string, bad: string, out: string, extra: string[] = []) => ['bisect', '--repo', repo, '--good', good, '--bad', bad,
  '--model', model, '--workloads', 'tg128', '--threads', '1', '--env', 'FAKE_NOISE=0.005', '--seed', '5', '--out', out, ...extra];

test('two culprits (−3%, −4%) among doc-only commits: a budget that runs out reports ranges; the same command resumes and finds and verifies both', async () => {
  const { repo, commits } = makeFakeSeries(join(root, 'two'), [doc, doc, { kind: 'slow', factor: 0.97 }, doc, doc, { kind: 'slow', factor: 0.96 }, doc, doc]);
  const out = join(root, 'out-two');
  const [good, bad] = [commits[0], commits[8]];

  // Three builds: good, bad and one probe. Not enough to name a commit: ranges, no guess, exit 1.
  const short = await cli(bisectArgs(repo, good, bad, out, ['--max-builds', '3']));
  assert.equal(short.code, 1, short.stderr);
  const partial = read(out);
  assert.equal(partial.outcome, 'incomplete');
  assert.deepEqual(partial.culprits, []);
  assert.equal(partial.budget.commits_built, 3);
  assert.match(partial.budget.exhausted ?? '', /--max-builds 3/);
  assert.ok(partial.unresolved.length >= 1 && partial.unresolved.every((u) => /budget ran out/.test(u.why)), JSON.stringify(partial.unresolved));
  const index = (c: string) => commits.indexOf(c);
  // Every range vouched for holds a culprit (commit 3 or commit 6).
  for (const u of partial.unresolved) assert.ok([3, 6].some((k) => index(u.from) < k && k <= index(u.to)), `${index(u.from)}..${index(u.to)}`);
  assert.doesNotMatch(short.stdout, /^culprit:/m);

  // The same command without the budget: the steps measured before are reused, the rest measured.
  const full = await cli(bisectArgs(repo, good, bad, out));
  assert.equal(full.code, 0, full.stderr);
  assert.match(full.stderr, /finished earlier: reused/);
  const r = read(out);
  assert.equal(r.outcome, 'culprits', r.summary);
  assert.deepEqual(r.culprits.map((c) => index(c.commit)), [3, 6]);
  for (const [c, truth] of [[r.culprits[0], 0.97], [r.culprits[1], 0.96]] as const) {
    assert.equal(index(c.parent), index(c.commit) - 1);
    // Near the truth and called; coverage of the interval itself is the statistics tests' business.
    assert.ok(Math.abs(c.ratio! - truth) < 0.01 && c.ci![1] < 1, `${c.subject}: ${c.ratio} ${c.ci}`);
    assert.equal(c.verified, true);
    assert.ok(c.verify!.ci![1] < 1, `verification ${JSON.stringify(c.verify)}`);
  }
  // The final lines, one per culprit.
  const lines = full.stdout.trim().split('\n');
  assert.match(lines.at(-2)!, /^culprit: [0-9a-f]{9} speed × 0\.97 {2}B\/A 0\.9\d\d \[0\.9\d\d, 0\.9\d\d\]/);
  assert.match(lines.at(-1)!, /^culprit: [0-9a-f]{9} speed × 0\.96 {2}B\/A 0\.9\d\d \[0\.9\d\d, 0\.9\d\d\]/);
  // Every step and its evidence; never a decision from one launch; every step's launches in the store.
  assert.equal(r.steps[0].role, 'confirm');
  assert.ok(r.steps.every((s) => s.counted_blocks >= 7 && s.experiment), JSON.stringify(r.steps.map((s) => s.counted_blocks)));
  assert.equal(r.steps.filter((s) => s.role === 'verify').length, 2);
  assert.ok(r.probes.every((p) => ['like-good', 'like-bad', 'in-between'].includes(p.class)), JSON.stringify(r.probes));
  const store = ExperimentStore.open(join(cache, 'experiments.sqlite'), { readOnly: true });
  try {
    for (const s of r.steps) assert.ok(store.launches(s.experiment!).length >= 2 * (s.counted_blocks + 1), s.out);
  } finally {
    store.close();
  }
  // Doc-only commits are never built more than once; each probed commit is built once.
  assert.equal(new Set(r.builds.map((b) => b.commit)).size, r.builds.length);
  // The report section: the range and each probed commit's ratio.
  const md = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(md, /## Bisect [0-9a-f]{9}\.\.[0-9a-f]{9} \(8 commits\)/);
  for (const p of r.probes) assert.match(md, new RegExp(`\`${p.commit.slice(0, 9)}\` .*\\d\\.\\d{3} \\[`));
  assert.match(readFileSync(join(out, 'report.html'), 'utf8'), /culprit: [0-9a-f]{9} speed × 0\.97/);
});

test('a commit that does not build is skipped and named; the range is reported as it stands', async () => {
  const { repo, commits } = makeFakeSeries(join(root, 'broken'), [{ kind: 'break' }, { kind: 'slow', factor: 0.9 }, doc]);
  const out = join(root, 'out-broken');
  const r = await cli(bisectArgs(repo, commits[0], commits[3], out));
  assert.equal(r.code, 1, r.stderr);
  const b = read(out);
  assert.deepEqual(b.skipped.map((s) => s.commit), [commits[1]]);
  assert.match(r.stdout, new RegExp(`skipped: ${commits[1].slice(0, 9)} does not build`));
  // Commit 2 (repair + slowdown) is like-bad; between good and it only the unbuildable commit 1.
  assert.deepEqual(b.unresolved.map((u) => [u.from, u.to]), [[commits[0], commits[2]]]);
  assert.match(b.unresolved[0].why, new RegExp(`do not build \\(${commits[1].slice(0, 9)}\\): the culprit is one of them or ${commits[2].slice(0, 9)}`));
  assert.deepEqual(b.culprits, []);
});

test('no regression between good and bad: said in one line, nothing bisected', async () => {
  const { repo, commits } = makeFakeSeries(join(root, 'flat'), [doc, doc]);
  const out = join(root, 'out-flat');
  const r = await cli(bisectArgs(repo, commits[0], commits[2], out));
  assert.equal(r.code, 0, r.stderr);
  const b = read(out);
  assert.equal(b.outcome, 'not-a-regression');
  assert.equal(b.steps.length, 1);
  assert.match(r.stdout, /is not a regression against [0-9a-f]{9} at the margin \(neutral/);
  const [key] = readdirSync(join(out, 'steps'));
  assert.deepEqual(readdirSync(join(out, 'steps', key)), [`confirm-${commits[0].slice(0, 9)}-${commits[2].slice(0, 9)}`]);
});

test('bad input: --good missing, and a good that is not an ancestor of bad, are one line and exit 2', async () => {
  const { repo, commits } = makeFakeSeries(join(root, 'input'), [doc]);
  const missing = await cli(['bisect', '--repo', repo, '--bad', commits[1], '--model', model, '--out', join(root, 'out-input')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^error: --good is required/);
  const reversed = await cli(bisectArgs(repo, commits[1], commits[0], join(root, 'out-input')));
  assert.equal(reversed.code, 2, reversed.stderr);
  assert.match(reversed.stderr, /is not an ancestor of --bad/);
});
