// The comment's Mermaid blocks are parsed and drawn by the `mermaid` package itself (its browser
// build, in headless Chromium: Mermaid needs a DOM), as GitHub does when it shows the comment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { renderMarkdown } from '../../src/report/index.ts';
import { xyChart } from '../../src/report/mermaid.ts';
import { makeResults, sampleAnalysis, depthLaunches } from '../../fixtures/results/make-results.ts';
import { depthSweepModel } from '../../fixtures/results/depth-sweep.ts';
import { model } from './helpers.ts';
import { launch } from './browser.ts';

const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

let browser: Browser;
let page: Page;
before(async () => {
  browser = await launch();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: MERMAID });
  await page.evaluate('mermaid.initialize({ startOnLoad: false })');
});
after(async () => {
  await browser?.close();
});

/** Parse, then draw: the diagram type, and per line plot the number of points on its path. */
async function draw(src: string): Promise<{ type: string; lines: number[] }> {
  // Runs in the page (a DOM, as Mermaid needs): parse, render, count the points of each line plot.
  return page.evaluate(`(async (s) => {
    const parsed = await mermaid.parse(s);
    const { svg } = await mermaid.render('c' + Math.random().toString(36).slice(2), s);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const lines = [...doc.querySelectorAll('[class^="line-plot-"] path')].map((p) => (p.getAttribute('d') || '').split(/[ML]/).filter((x) => x.trim()).length);
    return { type: parsed.diagramType, lines };
  })(${JSON.stringify(src)})`);
}

const blocks = (body: string) => [...body.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);

test('the comment of a depth sweep: two xychart-beta line charts, A and B, a point per depth', async () => {
  const m = model(makeResults({ analysis: sampleAnalysis('neutral') }));
  m.machines[0].depth = depthSweepModel({ depths: [0, 512, 1024, 2048, 4096] });
  const charts = blocks(renderMarkdown(m));
  assert.equal(charts.length, 2);
  for (const c of charts) assert.deepEqual(await draw(c), { type: 'xychart', lines: [5, 5] }, c);
});

test('a chart with fewer than two depths on both sides is left out rather than drawn wrong', () => {
  const p = (depth: number, a: number | null, b: number | null) => ({ depth, a, b, aBand: null, bBand: null, ratio: null, ci: null, verdict: null });
  assert.equal(xyChart('t', 'MiB', [p(0, 1, 2), p(1024, 3, null)]), null);
  assert.ok(xyChart('t', 'MiB', [p(0, 1, 2), p(1024, 3, 4)]));
});
