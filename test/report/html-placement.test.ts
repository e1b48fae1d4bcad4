// The emulated guest's placement in report.html (a real browser) and report.md: the same per-node
// table and evenness figures from one computed model; an evenness difference that is zero in every
// block reads "identical in every block" in both media, never the interval [0.000, 0.000].
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { renderHtml, renderMarkdown } from '../../src/report/index.ts';
import { makeResults, sampleAnalysis } from '../../fixtures/results/make-results.ts';
import { placementAnalysis } from '../../src/stats/placement.ts';
import type { DepthLaunchRecord, DepthPoint } from '../../src/bench/types.ts';
import type { Results } from '../../src/store/results.ts';
import { model, toHtml, visibleText } from './helpers.ts';
import { launch as launchBrowser, artifactPath } from './browser.ts';

function point(depth: number, anon: [number, number], cpus: Record<string, number>): DepthPoint {
  return {
    depth, speedTg: 10, speedPp: null,
    memory: { tMs: 1, rssKiB: 1, anonKiB: anon[0] + anon[1], shmemKiB: 0, fileKiB: 2048, nodeKiB: {}, anonNodeKiB: { '0': anon[0], '1': anon[1] }, shmemNodeKiB: {}, fileNodeKiB: { '0': 2048 }, nKv: depth, threadCpus: cpus },
  };
}

function depthLaunch(block: number, variant: 'A' | 'B', points: DepthPoint[]): DepthLaunchRecord {
  return {
    block, slot: 0, seq: block * 2 + (variant === 'A' ? 0 : 1), variant, warmup: false, tool: 'llama-batched-bench', ctx: 4096, argv: [], startedAt: '', wallMs: 1,
    status: 'ok', exitCode: 0, signal: null, kvBuffer: null, points, rows: [], samples: [], stderrTail: null, error: null,
  };
}

/** A 2-node guest run: at depth 0 both variants hold 8 MiB on node 0 (identical); at 2048, A stays on node 0, B spreads. */
function guestResults(): Results {
  const r = makeResults({ analysis: sampleAnalysis('neutral') });
  r.plan.levers.numaGuest = 2;
  r.plan.depthSweep = { depths: [0, 2048], gen: 16 } as NonNullable<Results['plan']['depthSweep']>;
  const depthLaunches: DepthLaunchRecord[] = [];
  for (let b = 1; b <= 6; b++) {
    depthLaunches.push(depthLaunch(b, 'A', [point(0, [8192, 0], { '0': 2 }), point(2048, [16384 + b, 0], { '0': 1, '1': 1 })]));
    depthLaunches.push(depthLaunch(b, 'B', [point(0, [8192, 0], { '0': 2 }), point(2048, [8192, 8192 - 10 * b], { '0': 1, '1': 1 })]));
  }
  r.depthLaunches = depthLaunches;
  r.analysis = { ...r.analysis!, emulated: true, verdict: 'inconclusive', placement: placementAnalysis({ plan: r.plan, depthLaunches })! };
  return r;
}

let browser: Browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('report.html shows the guest placement per node and depth, and the evenness table, as report.md does', async () => {
  const m = model(guestResults());
  const html = renderHtml(m);
  const dir = mkdtempSync(join(tmpdir(), 'lpg-html-placement-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const heading = await page.$eval('h3#placement', (e) => e.textContent ?? '').catch(() => '');
  const table = (sel: string) => page.$$eval(`${sel} tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => (c.textContent ?? '').trim())));
  const cells = await table('table.placement');
  const even = await table('table.evenness');
  await page.screenshot({ path: artifactPath('report-placement.png'), fullPage: true });
  await page.close();

  assert.equal(heading, 'Placement in the emulated 2-node guest');
  assert.deepEqual(cells[0], ['KV depth', 'variant', 'node 0 anon', 'node 0 shmem', 'node 0 file', 'node 0 threads', 'node 1 anon', 'node 1 shmem', 'node 1 file', 'node 1 threads', 'evenness']);
  assert.deepEqual(cells.slice(1).map((c) => [c[0], c[1], c[2], c[6], c[10]]), [
    ['0', 'A', '8.0', '0.0', '0.000'],
    ['0', 'B', '8.0', '0.0', '0.000'],
    ['2048', 'A', '16.0', '0.0', '0.000'],
    ['2048', 'B', '8.0', '8.0', '0.499'],
  ]);
  assert.deepEqual(even[0], ['KV depth', 'evenness A', 'evenness B', 'B − A', 'interval', 'blocks']);
  assert.deepEqual(even[1], ['0', '0.000', '0.000', '0.000', 'identical in every block', '6']);
  assert.equal(even[2][0], '2048');
  assert.match(even[2][4], /^\[0\.49\d, 0\.49\d\]$/);

  // report.md from the same model: the same rows, the same words.
  const text = visibleText(toHtml(renderMarkdown(m)));
  assert.match(text, /Placement in the emulated 2-node guest/);
  assert.match(renderMarkdown(m), /\| 0 \| 0\.000 \| 0\.000 \| 0\.000 \| identical in every block \| 6 \|/);
  assert.doesNotMatch(renderMarkdown(m) + html, /\[0\.000, 0\.000\]/);
});

test('no guest, no placement section in report.html', () => {
  const r = makeResults({ analysis: sampleAnalysis('neutral') });
  assert.doesNotMatch(renderHtml(model(r)), /Placement in the emulated|table class="placement"/);
});

test('per counted block: when A\'s memory sits on node 0 in one block and node 1 in the next, each block shows where it was (a median per node would mix them)', async () => {
  const r = makeResults({ analysis: sampleAnalysis('neutral') });
  r.plan.levers.numaGuest = 2;
  r.plan.warmupBlocks = 1;
  r.plan.depthSweep = { depths: [1024], gen: 16 } as NonNullable<Results['plan']['depthSweep']>;
  // Launch blocks 1 and 2 are counted blocks 1 and 2 after one warm-up block (block 0, not shown).
  const depthLaunches = [
    { ...depthLaunch(0, 'A', [point(1024, [4096, 4096], { '0': 1, '1': 1 })]), warmup: true },
    depthLaunch(1, 'A', [point(1024, [20480, 4096], { '0': 2 })]),
    depthLaunch(1, 'B', [point(1024, [12288, 12288], { '0': 1, '1': 1 })]),
    depthLaunch(2, 'A', [point(1024, [4096, 20480], { '1': 2 })]),
    depthLaunch(2, 'B', [point(1024, [12288, 12288], { '0': 1, '1': 1 })]),
  ];
  r.depthLaunches = depthLaunches;
  r.analysis = { ...r.analysis!, emulated: true, verdict: 'inconclusive', placement: placementAnalysis({ plan: r.plan, depthLaunches })! };
  const m = model(r);
  assert.deepEqual(m.machines[0].placement!.blocks!.map((b) => [b.block, b.variant, b.cells[0].anonKiB, b.cells[1].anonKiB]), [
    [1, 'A', 20480, 4096], [1, 'B', 12288, 12288], [2, 'A', 4096, 20480], [2, 'B', 12288, 12288],
  ]);
  const md = renderMarkdown(m);
  assert.match(md, /^\| 1 \| 1024 \| A \| 20\.0 \| 0\.0 \| 2\.0 \| 2 \| 4\.0 \| 0\.0 \| 0\.0 \| 0 \| 0\.167 \|$/m);
  assert.match(md, /^\| 2 \| 1024 \| A \| 4\.0 \| 0\.0 \| 2\.0 \| 0 \| 20\.0 \| 0\.0 \| 0\.0 \| 2 \| 0\.167 \|$/m);
  const dir = mkdtempSync(join(tmpdir(), 'lpg-html-placement-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderHtml(m));
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const rows = await page.$$eval('table.placement-blocks tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => (c.textContent ?? '').trim())));
  await page.close();
  assert.deepEqual(rows.slice(1).map((c) => [c[0], c[2], c[3], c[7], c[11]]), [['1', 'A', '20.0', '4.0', '0.167'], ['1', 'B', '12.0', '12.0', '0.500'], ['2', 'A', '4.0', '20.0', '0.167'], ['2', 'B', '12.0', '12.0', '0.500']]);
});
