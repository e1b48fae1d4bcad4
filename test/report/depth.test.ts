// The "Memory at KV depth" section: table, per-node columns, chart, terminal line, failures, escaping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { depthTable, depthChart, depthSummaryLine, depthModelOf } from '../../src/report/depth.ts';
import { makeResults, sampleAnalysis, depthCurves } from '../../fixtures/results/make-results.ts';
import { toHtml, balance, count, markdown, terminal } from './helpers.ts';

const withCurves = (o: Parameters<typeof depthCurves>[0] = {}) => {
  const r = makeResults({ analysis: sampleAnalysis('regression') });
  r.memoryCurves = depthCurves(o);
  return r;
};

test('the table pairs A and B by depth, whatever order the launches ran in', () => {
  const records = depthCurves();
  assert.deepEqual(records.map((r) => r.variant), ['B', 'A'], 'fixture: B ran first');
  const t = depthTable(records)!;
  assert.deepEqual(t.rows.map((r) => r.depth), [272, 1040, 2064, 4112]);
  const a = records.find((r) => r.variant === 'A')!.points.filter((p) => p.nKv !== null);
  const b = records.find((r) => r.variant === 'B')!.points.filter((p) => p.nKv !== null);
  t.rows.forEach((row, i) => {
    assert.equal(row.A!.anonKiB, a[i].anonKiB);
    assert.equal(row.B!.anonKiB, b[i].anonKiB);
  });
  assert.deepEqual(t.nodeIds, ['0', '1']);
  // A repeated depth (the tool's trailing keep-alive step) keeps the first sample.
  const repeated = records.map((r) => ({ ...r, points: [...r.points, { ...r.points[r.points.length - 1], nKv: 272, anonKiB: 1 }] }));
  assert.deepEqual(depthTable(repeated)!.rows.map((r) => [r.depth, r.A!.anonKiB]), t.rows.map((r) => [r.depth, r.A!.anonKiB]));
  assert.equal(depthTable([]), null);
  assert.equal(depthTable(records.map((r) => ({ ...r, points: r.points.map((p) => ({ ...p, nKv: null })) }))), null, 'interval samples alone make no table');
});

test('the chart draws A and B on one scale: the largest value fills the bar', () => {
  const chart = depthChart(depthModelOf(depthCurves())!, { A: 'heap', B: 'mmap' }, 40);
  const bars = chart.split('\n').filter((l) => / [AB] \|/.test(l)).map((l) => ({ who: l.includes(' A |') ? 'A' : 'B', n: count(l, '#'), mib: Number(l.trim().split(/\s+/).pop()) }));
  assert.equal(bars.length, 8);
  const max = Math.max(...bars.map((x) => x.mib));
  for (const x of bars) assert.equal(x.n, Math.round((x.mib / max) * 40), JSON.stringify(x));
  assert.ok(bars.filter((x) => x.who === 'B').every((x) => x.n < 40));
  assert.match(chart, /A = heap, B = mmap/);
});

test('markdown: a "Memory at KV depth" section with total, anonymous and shmem MiB, per node on 2 nodes', () => {
  const body = markdown(withCurves());
  assert.match(body, /#### Memory at KV depth/);
  assert.match(body, /\| KV depth \| A total MiB \| A anon MiB \| A shmem MiB \| B total MiB \| B anon MiB \| B shmem MiB \| B\/A total \| A node 0 \| A node 1 \| B node 0 \| B node 1 \|/);
  const t = depthTable(depthCurves())!;
  const r0 = t.rows[0];
  const mib = (k: number) => (k / 1024).toFixed(1);
  const sh = (k: number | null) => (k === null ? '–' : mib(k));
  assert.ok(body.includes(`| 272 | ${mib(r0.A!.rssKiB)} | ${mib(r0.A!.anonKiB)} | ${sh(r0.A!.shmemKiB)} | ${mib(r0.B!.rssKiB)} | ${mib(r0.B!.anonKiB)} | ${sh(r0.B!.shmemKiB)} | ${(r0.B!.rssKiB / r0.A!.rssKiB).toFixed(3)} |`), body);
  assert.match(body, /```mermaid\n%%\{init[^\n]*\nxychart-beta\n {4}title "Resident memory against KV depth \(A blue, B orange\)"/);
  assert.match(body, /KV buffer type logged by the processes: A heap, B mmap/);
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  assert.match(toHtml(body), /<th[^>]*>KV depth<\/th>/);
});

test('one node: no per-node columns', () => {
  const body = markdown(withCurves({ nodes: 1 }));
  assert.match(body, /\| B\/A total \|\n/);
  assert.doesNotMatch(body, /A node 0/);
});

test('no curves, no section', () => {
  const body = markdown(makeResults({ analysis: sampleAnalysis('regression') }));
  assert.doesNotMatch(body, /Memory at KV depth/);
  assert.doesNotMatch(terminal(makeResults({ analysis: sampleAnalysis('regression') })), /Memory at KV depth/);
});

test('a failed depth launch is listed with its stderr tail, fenced so it stays inert', () => {
  const r = withCurves({ failB: true });
  const body = markdown(r);
  assert.match(body, /- ⚠️ memory at depth, variant B \(llama-batched-bench\): crashed, exit code 134/);
  // The tail holds ``` and </details>: the fence must be longer than any run of backticks in it.
  assert.match(body, /\n  ````text\n  GGML_ASSERT\(buf != NULL\) failed\n/);
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  assert.equal(count(toHtml(body), '<b>x</b>'), 0, 'HTML in the tail is not rendered');
  // B only has its first depth: the other rows show a dash, not zero.
  assert.match(body, /\| 1040 \| [\d.]+ \| [\d.]+ \| [\d.–]+ \| – \| – \| – \| – \| [\d.]+ \| [\d.]+ \| – \| – \|/);
  assert.match(terminal(r), /memory at depth, variant B \(llama-batched-bench\): crashed, exit code 134/);
});

test('terminal: one line with A and B at the first and last depth', () => {
  const out = terminal(withCurves());
  const t = depthTable(depthCurves())!;
  assert.ok(out.includes(depthSummaryLine(depthModelOf(depthCurves())!)));
  const mib = (k: number) => (k / 1024).toFixed(1);
  const [first, last] = [t.rows[0], t.rows[t.rows.length - 1]];
  assert.ok(out.includes(`depth 272: A ${mib(first.A!.rssKiB)} MiB, B ${mib(first.B!.rssKiB)} MiB; depth 4112: A ${mib(last.A!.rssKiB)} MiB, B ${mib(last.B!.rssKiB)} MiB`), out);
});

test('names of variants in the text chart (no Mermaid chart with one B point) are escaped for the code block', () => {
  const r = withCurves({ failB: true });
  r.plan.variants[1].name = 'evil ``` </details> name';
  const body = markdown(r);
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  assert.match(body, /B = evil ``` <\/details> name/);
  assert.match(body, /````text\nResident MiB/);
});
