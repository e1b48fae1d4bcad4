// The "Memory at KV depth" section: table, per-node columns, chart, terminal line, failures, escaping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown, renderTerminal } from '../../src/report/index.ts';
import { depthTable, depthChart, depthSummaryLine } from '../../src/report/depth.ts';
import { makeResults, sampleAnalysis, depthLaunches, DEPTH_SWEEP } from '../../fixtures/results/make-results.ts';
import { toHtml, balance, count } from './helpers.ts';

const withCurves = (o: Parameters<typeof depthLaunches>[0] = {}) => {
  const r = makeResults({ analysis: sampleAnalysis('regression') });
  r.plan.depthSweep = DEPTH_SWEEP;
  r.depthLaunches = depthLaunches(o);
  return r;
};

test('the table pairs A and B by depth (medians over the counted launches), whatever order they ran in', () => {
  const records = depthLaunches();
  assert.deepEqual(records.slice(0, 2).map((r) => r.variant), ['B', 'A'], 'fixture: B ran first in block 0');
  const t = depthTable(records)!;
  assert.deepEqual(t.rows.map((r) => r.depth), [0, 1024, 2048, 4096]);
  assert.equal(t.launches, 6, 'warm-up block 0 left out');
  const counted = records.filter((r) => !r.warmup);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  t.rows.forEach((row, i) => {
    for (const v of ['A', 'B'] as const) {
      assert.equal(row[v]!.anonKiB, med(counted.filter((r) => r.variant === v).map((r) => r.points[i].memory!.anonKiB)), `${v} ${row.depth}`);
    }
  });
  assert.deepEqual(t.nodeIds, ['0', '1']);
  assert.equal(depthTable([]), null);
  assert.equal(depthTable(records.map((r) => ({ ...r, points: r.points.map((p) => ({ ...p, memory: null })) }))), null, 'no sample at any depth: no table');
  assert.equal(depthTable(records.filter((r) => r.warmup)), null, 'warm-up launches alone make no table');
});

test('the chart draws A and B on one scale: the largest value fills the bar', () => {
  const t = depthTable(depthLaunches())!;
  const chart = depthChart(t, { A: 'heap', B: 'mmap' }, 40);
  const bars = chart.split('\n').filter((l) => / [AB] \|/.test(l)).map((l) => ({ who: l.includes(' A |') ? 'A' : 'B', n: count(l, '#'), mib: Number(l.trim().split(/\s+/).pop()) }));
  assert.equal(bars.length, 8);
  const max = Math.max(...bars.map((x) => x.mib));
  for (const x of bars) assert.equal(x.n, Math.round((x.mib / max) * 40), JSON.stringify(x));
  assert.ok(bars.filter((x) => x.who === 'B').every((x) => x.n < 40));
  assert.match(chart, /A = heap, B = mmap/);
});

test('markdown: a "Memory at KV depth" section with total, anonymous and shmem MiB, per node on 2 nodes', () => {
  const body = renderMarkdown(withCurves());
  assert.match(body, /#### Memory at KV depth/);
  assert.match(body, /\| KV depth \| A total MiB \| A anon MiB \| A shmem MiB \| B total MiB \| B anon MiB \| B shmem MiB \| B\/A total \| A node 0 \| A node 1 \| B node 0 \| B node 1 \|/);
  const t = depthTable(depthLaunches())!;
  const r0 = t.rows[0];
  const mib = (k: number) => (k / 1024).toFixed(1);
  const sh = (k: number | null) => (k === null ? '–' : mib(k));
  assert.ok(body.includes(`| 0 | ${mib(r0.A!.rssKiB)} | ${mib(r0.A!.anonKiB)} | ${sh(r0.A!.shmemKiB)} | ${mib(r0.B!.rssKiB)} | ${mib(r0.B!.anonKiB)} | ${sh(r0.B!.shmemKiB)} | ${(r0.B!.rssKiB / r0.A!.rssKiB).toFixed(3)} |`), body);
  assert.match(body, /```text\nResident MiB \(all the process holds\) against KV depth \(llama-batched-bench -c 4608, medians over 6 launches\)/);
  assert.match(body, /KV buffer type logged by the processes: A heap, B mmap/);
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  assert.match(toHtml(body), /<th[^>]*>KV depth<\/th>/);
});

test('one node: no per-node columns', () => {
  const body = renderMarkdown(withCurves({ nodes: 1 }));
  assert.match(body, /\| B\/A total \|\n/);
  assert.doesNotMatch(body, /A node 0/);
});

test('no curves, no section', () => {
  const body = renderMarkdown(makeResults({ analysis: sampleAnalysis('regression') }));
  assert.doesNotMatch(body, /Memory at KV depth/);
  assert.doesNotMatch(renderTerminal(makeResults({ analysis: sampleAnalysis('regression') })), /Memory at KV depth/);
});

test('a failed depth launch is listed with its stderr tail, fenced so it stays inert', () => {
  const r = withCurves({ failB: true });
  const body = renderMarkdown(r);
  assert.match(body, /- ⚠️ depth sweep, variant B \(llama-batched-bench\): 1 of 4 launches failed \(1 crashed\); last, block 3: crashed, exit code 134/);
  // The tail holds ``` and </details>: the fence must be longer than any run of backticks in it.
  assert.match(body, /\n  ````text\n  GGML_ASSERT\(buf != NULL\) failed\n/);
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  assert.equal(count(toHtml(body), '<b>x</b>'), 0, 'HTML in the tail is not rendered');
  // Only counted launches that completed make the table: every depth still has A and B.
  assert.match(body, /\| 1024 \| [\d.]+ \| [\d.]+ \| [\d.–]+ \| [\d.]+ \| [\d.]+ \| [\d.–]+ \| [\d.]+ \|/);
  assert.match(renderTerminal(r), /depth sweep, variant B \(llama-batched-bench\): 1 of 4 launches failed \(1 crashed\); last, block 3: crashed, exit code 134/);
});

test('a variant whose depth launch fails in every block is one entry with the last tail, not one per block', () => {
  const r = withCurves();
  r.depthLaunches = r.depthLaunches!.map((l) => (l.variant === 'B' ? { ...l, status: 'crashed' as const, exitCode: 134, error: 'exit code 134', stderrTail: `GGML_ASSERT failed in block ${l.block}` } : l));
  const body = renderMarkdown(r);
  assert.equal(count(body, 'depth sweep, variant B'), 1, body);
  assert.match(body, /variant B \(llama-batched-bench\): 4 of 4 launches failed \(4 crashed\); last, block 3: crashed, exit code 134/);
  assert.equal(count(body, 'GGML_ASSERT failed in block'), 1);
  assert.match(body, /GGML_ASSERT failed in block 3/);
  assert.equal(count(renderTerminal(r), 'depth sweep, variant B'), 1);
});

test('terminal: one line with A and B at the first and last depth', () => {
  const out = renderTerminal(withCurves());
  const t = depthTable(depthLaunches())!;
  assert.ok(out.includes(depthSummaryLine(t)));
  const mib = (k: number) => (k / 1024).toFixed(1);
  const [first, last] = [t.rows[0], t.rows[t.rows.length - 1]];
  assert.ok(out.includes(`depth 0: A ${mib(first.A!.rssKiB)} MiB, B ${mib(first.B!.rssKiB)} MiB; depth 4096: A ${mib(last.A!.rssKiB)} MiB, B ${mib(last.B!.rssKiB)} MiB`), out);
});

test('names of variants in the chart are escaped for the code block', () => {
  const r = withCurves();
  r.plan.variants[1].name = 'evil ``` </details> name';
  const body = renderMarkdown(r);
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  assert.match(body, /B = evil ``` <\/details> name/);
  assert.match(body, /````text\nResident MiB/);
});
