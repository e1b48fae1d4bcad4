import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeCommand, parseAnalyzeArgs, workloadInputsFromRecords } from '../../src/cli/analyze.ts';
import { analyze } from '../../src/stats/analyze.ts';
import { UserError } from '../../src/sys/errors.ts';
import type { BenchRecord } from '../../src/parse/types.ts';
import { makeResults } from '../../fixtures/results/make-results.ts';

const rec = (label: string, ts: number[]): BenchRecord => ({
  flavour: 'mainline', label, nPrompt: label.startsWith('pp') ? 512 : 0, nGen: label.startsWith('tg') ? 128 : 0, nDepth: 0,
  nThreads: 2, samplesNs: ts.map((t) => 1e9 / t), samplesTs: ts, avgTs: ts.reduce((a, b) => a + b) / ts.length,
  stddevTs: null, buildCommit: null, buildNumber: null, cpuInfo: null, modelType: null, raw: {},
});

/** The output of one analyzeCommand call. */
async function run(argv: string[]): Promise<{ code: number; out: string }> {
  // Not by replacing process.stdout.write: the test runner reports through stdout meanwhile.
  const chunks: string[] = [];
  const code = await analyzeCommand(argv, (t) => chunks.push(t));
  return { code, out: chunks.join('') };
}

/** A complete results.json (the strict reader takes nothing less): one workload, 10 counted blocks. */
function resultsFile(ratio: number): string {
  const r = makeResults({ seed: 42, blocks: 11, timeout: null, launchCv: 0.002, sampleCv: 0.001, analysis: null, workloads: [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 50, trueRatio: ratio }] });
  const dir = mkdtempSync(join(tmpdir(), 'lpg-analyze-'));
  const path = join(dir, 'results.json');
  writeFileSync(path, JSON.stringify(r));
  return path;
}

test('analyze results.json --format json prints the issue-shaped Analysis; exit 1 on regression', async () => {
  const { code, out } = await run([resultsFile(0.9), '--format', 'json']);
  const a = JSON.parse(out);
  assert.equal(code, 1);
  assert.equal(a.verdict, 'regression');
  // the issue's fields; beside the warnings' words (the file claimed no analysis), the same warnings as data
  assert.deepEqual(Object.keys(a), ['verdict', 'margin', 'alpha', 'geomean_ratio', 'workloads', 'warnings', 'warned']);
  assert.equal(a.warned.length, a.warnings.length);
  const w = a.workloads[0];
  for (const k of ['name', 'n', 'paired', 'method', 'ratio', 'ci', 'ci_level', 'p_regression', 'p_regression_adj', 'p_improvement', 'verdict', 'blocks_needed', 'flags']) {
    assert.ok(k in w, `missing ${k}`);
  }
  assert.equal(w.n, 10); // warm-up block 0 left out
  assert.equal(w.paired, true);
});

test('analyze results.json: neutral run exits 0 and the markdown names the verdict', async () => {
  const { code, out } = await run([resultsFile(1.0), '--margin', '0.05']);
  assert.equal(code, 0);
  assert.match(out, /\*\*Verdict: NEUTRAL\*\* — margin ±5%/);
  assert.match(out, /\| tg128 \| 10 \|/);
});

test('raw llama-bench records pair file i of base with file i of head, no warm-up dropped', () => {
  const base = [0, 1, 2, 3, 4, 5].map((i) => [rec('pp512', [100 + i, 101 + i]), rec('tg128', [20 + i / 10])]);
  const head = base.map((f) => f.map((r) => rec(r.label, r.samplesTs.map((t) => t * 1.1))));
  const inputs = workloadInputsFromRecords(base, head);
  assert.deepEqual(inputs.map((w) => w.name), ['pp512', 'tg128']);
  assert.equal(inputs[0].a.length, 6);
  assert.deepEqual(inputs[0].a.map((o) => o.block), [0, 1, 2, 3, 4, 5]);
  assert.equal(inputs[0].a[2].value, 102.5);
  const a = analyze(inputs, { margin: 0.02, alpha: 0.05, method: 'hl' });
  assert.equal(a.verdict, 'improvement');
  assert.ok(Math.abs(a.workloads[0].ratio! - 1.1) < 1e-12);
});

test('bad flags are UserErrors naming the flag with an example', () => {
  const cases: [string[], RegExp][] = [
    [['r.json', '--margin', 'abc'], /--margin must be a number/],
    [['r.json', '--margin', '2'], /--margin must be a number in \[0.001, 0.5\] \(got "2"\)/],
    [['r.json', '--alpha'], /--alpha needs a value/],
    [['r.json', '--method', 'bootstrap'], /--method must be hl or t/],
    [['r.json', '--format', 'yaml'], /--format must be json or md/],
    [['r.json', '--frobnicate'], /unknown option --frobnicate/],
    [['--base', 'a1', 'a2', '--head', 'b1'], /--base has 2 file\(s\) but --head has 1/],
    [[], /needs a results.json or --base/],
    [['r.json', '--base', 'a', '--head', 'b'], /either a results.json/],
  ];
  for (const [argv, re] of cases) {
    assert.throws(() => parseAnalyzeArgs(argv), (e: unknown) => e instanceof UserError && re.test(e.message) && !!e.hint, argv.join(' '));
  }
  const ok = parseAnalyzeArgs(['--base', 'a1', 'a2', '--head', 'b1', 'b2', '--margin=0.03', '--method', 't', '--format', 'json']);
  assert.deepEqual([ok.base, ok.head, ok.margin, ok.method, ok.format], [['a1', 'a2'], ['b1', 'b2'], 0.03, 't', 'json']);
});

test('missing or foreign files are UserErrors', async () => {
  await assert.rejects(run(['/nonexistent/results.json']), (e: unknown) => e instanceof UserError && /cannot read/.test(e.message));
  const dir = mkdtempSync(join(tmpdir(), 'lpg-analyze-'));
  writeFileSync(join(dir, 'x.json'), '{"a":1}');
  await assert.rejects(run([join(dir, 'x.json')]), (e: unknown) => e instanceof UserError && /not a valid llama-perf-gate results file/.test(e.message));
});

test('analyze reads results.json with the one strict reader: right schema, wrong shape is a UserError naming the path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-analyze-'));
  const r = JSON.parse(readFileSync(new URL('../../fixtures/results/with-analysis.json', import.meta.url), 'utf8'));
  r.launches[2].records = [{ label: 'pp512' }];
  writeFileSync(join(dir, 'r.json'), JSON.stringify(r));
  await assert.rejects(run([join(dir, 'r.json')]), (e: unknown) => e instanceof UserError && /\$\.launches\[2\]\.records\[0\]\.flavour must be one of/.test(e.message));
  r.launches[2].records = [];
  r.plan.margin = 5;
  writeFileSync(join(dir, 'r.json'), JSON.stringify(r));
  await assert.rejects(run([join(dir, 'r.json')]), (e: unknown) => e instanceof UserError && /\$\.plan\.margin must be in \[0\.001, 0\.5\] \(got 5\)/.test(e.message));
});

test('analyze --base … --head … on raw llama-bench files (real parser): 10% slower head is a regression', async () => {
  const raw = (f: string) => new URL(`../../fixtures/stats/raw/${f}`, import.meta.url).pathname;
  const base = [1, 2, 3, 4, 5, 6].map((i) => raw(`base${i}.json`));
  const head = [1, 2, 3, 4, 5, 6].map((i) => raw(`head${i}.json`));
  const { code, out } = await run(['--base', ...base, '--head', ...head, '--format', 'json']);
  const a = JSON.parse(out);
  assert.equal(code, 1);
  assert.deepEqual(a.workloads.map((w: { name: string }) => w.name), ['pp512', 'tg128']);
  for (const w of a.workloads) {
    assert.equal(w.n, 6); // no file dropped as warm-up
    assert.equal(w.verdict, 'regression');
    assert.ok(w.ratio > 0.85 && w.ratio < 0.95, `ratio ${w.ratio}`);
  }
});

test('analyze --base … --head … on raw files is fixed-n: one look at the blocks given, the interval of R\'s wilcox.test (issue 19)', async () => {
  const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/raw-fixed-n.json', import.meta.url), 'utf8')) as {
    cases: { name: string; a: number[]; b: number[]; conf_level: number; estimate_ratio: number; ci_ratio: [number, number] }[];
  };
  const dir = mkdtempSync(join(tmpdir(), 'lpg-analyze-raw-'));
  const template = JSON.parse(readFileSync(new URL('../../fixtures/stats/raw/base1.json', import.meta.url), 'utf8'))[0];
  const write = (side: 'a' | 'b', i: number): string => {
    const recs = fixture.cases.filter((c) => i < c[side].length).map((c) => {
      const ts = c[side][i];
      const [nPrompt, nGen] = c.name.startsWith('pp') ? [Number(c.name.slice(2)), 0] : [0, Number(c.name.slice(2))];
      return { ...template, n_prompt: nPrompt, n_gen: nGen, avg_ts: ts, stddev_ts: 0, avg_ns: Math.round(((nPrompt + nGen) * 1e9) / ts), stddev_ns: 0, samples_ts: [ts], samples_ns: [Math.round(((nPrompt + nGen) * 1e9) / ts)] };
    });
    const path = join(dir, `${side}${i}.json`);
    writeFileSync(path, JSON.stringify(recs));
    return path;
  };
  const n = Math.max(...fixture.cases.map((c) => c.a.length));
  const base = Array.from({ length: n }, (_, i) => write('a', i));
  const head = Array.from({ length: n }, (_, i) => write('b', i));
  const { out } = await run(['--base', ...base, '--head', ...head, '--format', 'json']);
  const a = JSON.parse(out);
  for (const c of fixture.cases) {
    const w = a.workloads.find((x: { name: string }) => x.name === c.name);
    assert.equal(w.n, c.a.length);
    assert.equal(w.ci_level, c.conf_level, `${c.name}: the fixed-n level, not a repeated interval's`);
    const close = (x: number, y: number) => Math.abs(x / y - 1) < 1e-9;
    assert.ok(close(w.ci[0], c.ci_ratio[0]) && close(w.ci[1], c.ci_ratio[1]), `${c.name}: ci ${w.ci} vs R ${c.ci_ratio}`);
    assert.ok(close(w.ratio, c.estimate_ratio), `${c.name}: estimate ${w.ratio} vs R ${c.estimate_ratio}`);
  }
});

test('analyze on the committed real ik_llama.cpp captures (raw files) gives R\'s wilcox.test level, estimate and interval to 1e-13 (issue 19)', async () => {
  // fixtures/stats/ik-fixed-n.json: Rscript scripts/gen-ik-fixed-n-fixture.R, which reads the
  // captures itself. Measured agreement: 15.7 significant digits or more (at most one ulp apart).
  const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/ik-fixed-n.json', import.meta.url), 'utf8')) as {
    pairs: { name: string; base: string[]; head: string[]; workloads: { test: string; n: number; conf_level: number; estimate_ratio: number; ci_ratio: [number, number] }[] }[];
  };
  const ik = (f: string) => new URL(`../../fixtures/llama-bench/ik/${f}`, import.meta.url).pathname;
  const close = (x: number, y: number) => Math.abs(x / y - 1) < 1e-13;
  for (const p of fixture.pairs) {
    const { out } = await run(['--base', ...p.base.map(ik), '--head', ...p.head.map(ik), '--format', 'json']);
    const a = JSON.parse(out) as { workloads: { name: string; n: number; ci_level: number; ratio: number; ci: [number, number] }[] };
    assert.equal(a.workloads.length, p.workloads.length, p.name);
    for (const c of p.workloads) {
      const w = a.workloads.find((x) => x.name === c.test.replace('@pp', '@d'))!;
      assert.equal(w.n, c.n, `${p.name} ${c.test}`);
      assert.equal(w.ci_level, c.conf_level, `${p.name} ${c.test}: R's level, not a repeated interval's`);
      assert.ok(close(w.ratio, c.estimate_ratio), `${p.name} ${c.test}: estimate ${w.ratio} vs R ${c.estimate_ratio}`);
      assert.ok(close(w.ci[0], c.ci_ratio[0]) && close(w.ci[1], c.ci_ratio[1]), `${p.name} ${c.test}: ci ${w.ci} vs R ${c.ci_ratio}`);
    }
  }
});

test('analyze results.json is analysed with the looks the run took, not fixed-n over every block in the file (issue 19)', async () => {
  // 20 counted blocks, the plan's looks 5/10/20: B 10% slower with 0.2% noise is decided at the
  // look at 10, so the file's analysis is that look's (n = 10, its repeated interval), as the run's was.
  const r = makeResults({ seed: 42, blocks: 21, timeout: null, launchCv: 0.002, sampleCv: 0.001, analysis: null, workloads: [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 50, trueRatio: 0.9 }] });
  const path = join(mkdtempSync(join(tmpdir(), 'lpg-analyze-looks-')), 'results.json');
  writeFileSync(path, JSON.stringify(r));
  const { code, out } = await run([path, '--format', 'json']);
  assert.equal(code, 1);
  const w = JSON.parse(out).workloads[0];
  assert.equal(w.verdict, 'regression');
  assert.equal(w.n, 10, 'the look at 10 decided it; blocks 11-20 decide nothing');
  assert.ok(w.ci_level > 0.9, `a repeated interval's level, not fixed-n 90% (${w.ci_level})`);
  assert.match(w.reason, /decided at look 2 \(10 of 21 blocks\), still open at 5 blocks/);
});
