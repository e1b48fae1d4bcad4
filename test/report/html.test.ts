// report.html in a real browser: built from a fixture run (with a depth sweep) and from the fake
// runner's integration run; no console errors, nothing fetched, every chart with the expected
// series and points; a screenshot for a person to look at.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { renderHtml, type ReportModel } from '../../src/report/index.ts';
import { makeResults, sampleAnalysis, depthLaunches } from '../../fixtures/results/make-results.ts';
import { depthSweepModel } from '../../fixtures/results/depth-sweep.ts';
import { model } from './helpers.ts';
import { launch, artifactPath } from './browser.ts';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';
import { cli } from '../helpers/cli.ts';


let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

interface Seen {
  errors: string[];
  requests: string[];
  charts: { kind: string; series: number; points: number; drawnSeries: number; drawnPoints: number; names: string[] }[];
  h1: string;
}

async function open(html: string, shot: string): Promise<Seen> {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-html-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const charts = await page.$$eval('svg[data-chart]', (svgs) => svgs.map((s) => ({
    kind: s.getAttribute('data-chart')!,
    series: Number(s.getAttribute('data-series')),
    points: Number(s.getAttribute('data-points')),
    drawnSeries: s.querySelectorAll('g.series').length,
    drawnPoints: s.querySelectorAll('.pt').length,
    names: [...s.querySelectorAll('g.series')].map((g) => g.getAttribute('data-series')!),
  })));
  const h1 = await page.$eval('h1', (e) => e.textContent ?? '');
  await page.screenshot({ path: artifactPath(shot), fullPage: true });
  await page.close();
  return { errors, requests, charts, h1 };
}

function fixtureModel(): ReportModel {
  const r = makeResults({ analysis: sampleAnalysis('regression') });
  r.depthLaunches = depthLaunches();
  const m = model(r);
  m.machines[0].depth = depthSweepModel({ depths: [0, 1024, 2048, 4096], launches: 5, nodes: 2 });
  return m;
}

test('fixture run: no console error, nothing fetched, every chart with its series and points', async () => {
  const m = fixtureModel();
  const seen = await open(renderHtml(m, { title: 'mmap backed KV cache' }), 'report-fixture.png');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:')), [], 'nothing but the file itself is loaded');
  assert.match(seen.h1, /^🔴 tg128 -6\.9% \[-9\.5%, -4\.2%\] — check fails$/);
  const by = (k: string) => seen.charts.find((c) => c.kind === k);
  for (const c of seen.charts) {
    assert.equal(c.drawnSeries, c.series, `${c.kind}: series drawn`);
    assert.equal(c.drawnPoints, c.points, `${c.kind}: points drawn`);
  }
  const mm = m.machines[0];
  assert.equal(by('forest')!.points, mm.workloads.length, 'forest: one point per workload');
  for (const w of mm.workloads) {
    const c = by(`blocks-${w.id}`)!;
    assert.deepEqual(c.names, ['A', 'B']);
    assert.equal(c.points, w.okA + w.okB, `${w.id}: a point per counted launch`);
  }
  for (const k of ['depth-tg', 'depth-pp']) {
    assert.deepEqual(by(k)!.names, ['A', 'B'], k);
    assert.equal(by(k)!.points, 8, `${k}: A and B at 4 depths`);
    assert.equal(by(`${k}-ratio`)!.points, 4, `${k}-ratio: one B/A per depth`);
  }
  assert.deepEqual(by('depth-memory')!.names, ['A', 'B', 'A anon', 'B anon']);
  assert.equal(by('depth-memory')!.points, 16);
  assert.deepEqual(by('depth-memory-nodes')!.names, ['A node 0', 'B node 0', 'A node 1', 'B node 1']);
  assert.equal(seen.charts.length, 1 + mm.workloads.length + 4 + 2);
});

test('several models: the forest plot and the block charts are grouped under a heading per model', async () => {
  const ws = ['tiny', 'big'].flatMap((m) => [
    { id: `${m}/pp512`, nPrompt: 512, nGen: 0, baseTs: 58.4, trueRatio: 1 },
    { id: `${m}/tg128`, nPrompt: 0, nGen: 128, baseTs: 21.7, trueRatio: m === 'big' ? 0.9 : 1 },
  ]);
  const r = makeResults({ workloads: ws, analysis: 'stand-in' });
  r.plan.models = [{ name: 'tiny', path: '/models/tiny.gguf' }, { name: 'big', path: '/models/big.gguf' }];
  for (const w of r.plan.workloads) w.model = w.id.split('/')[0];
  const html = renderHtml(model(r));
  const dir = mkdtempSync(join(tmpdir(), 'lpg-html-models-'));
  writeFileSync(join(dir, 'report.html'), html);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
  const sections = await page.$$eval('section.model-charts', (secs) => secs.map((s) => ({
    id: s.id,
    heading: s.querySelector('h3')?.textContent ?? '',
    charts: [...s.querySelectorAll('svg[data-chart]')].map((c) => c.getAttribute('data-chart')),
    forestRows: [...s.querySelectorAll('svg[data-chart="forest"] text.name')].map((t) => t.textContent),
  })));
  const outside = await page.$$eval('svg[data-chart]', (svgs) => svgs.filter((c) => !c.closest('section.model-charts')).map((c) => c.getAttribute('data-chart')));
  await page.screenshot({ path: artifactPath('report-models.png'), fullPage: true });
  await page.close();
  assert.deepEqual(sections.map((x) => x.id), ['charts-tiny', 'charts-big']);
  for (const [i, name] of ['tiny', 'big'].entries()) {
    assert.match(sections[i].heading, new RegExp(` ${name}$`));
    assert.deepEqual(sections[i].charts, ['forest', `blocks-${name}/pp512`, `blocks-${name}/tg128`]);
    assert.deepEqual(sections[i].forestRows.map((t) => t!.split(' ').pop()), [`${name}/pp512`, `${name}/tg128`]);
  }
  assert.deepEqual(outside, [], 'no chart outside its model');
});

test('hostile names stay text: no element, no script from a variant name or a stderr tail', async () => {
  const r = makeResults({ analysis: sampleAnalysis('regression') });
  r.plan.variants[1].name = '<img src=x onerror="console.error(1)"><script>console.error(2)</script>';
  r.launches.find((l) => l.status === 'timeout')!.stderrTail = '</pre><script>console.error(3)</script>';
  const html = renderHtml(model(r));
  assert.doesNotMatch(html, /<script|<img/);
  const seen = await open(html, 'report-hostile.png');
  assert.deepEqual(seen.errors, []);
});

test('report.html of a fake-runner run (real CMake builds, real processes, through the CLI) opens cleanly', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lpg-html-int-'));
  const gguf = join(root, 'tiny.gguf');
  writeTinyModel(gguf);
  const { repo } = makeFakeRunnerRepo(join(root, 'repo'), { headSlowdown: 0.9 });
  const out = join(root, 'out');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', gguf, '--workloads', 'pp512,tg128',
    '--max-blocks', '5', '--seed', '4', '--out', out, '--base-env', 'FAKE_NOISE=0.01', '--head-env', 'FAKE_NOISE=0.01'], { LLAMA_PERF_GATE_CACHE: join(root, 'cache') });
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  assert.equal(r.code, exitCodeFor(res.analysis ? runOutcome(res.analysis) : 'failed'), r.stderr);
  const seen = await open(readFileSync(join(out, 'report.html'), 'utf8'), 'report-integration.png');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:')), []);
  const kinds = seen.charts.map((c) => c.kind);
  for (const k of ['forest', 'blocks-pp512', 'blocks-tg128']) assert.ok(kinds.includes(k), `${k} in ${kinds.join(',')}`);
  for (const c of seen.charts) {
    assert.equal(c.drawnSeries, c.series, c.kind);
    assert.equal(c.drawnPoints, c.points, c.kind);
  }
  const counted = (w: string) => res.launches.filter((l) => l.workload === w && l.status === 'ok' && !l.warmup).length;
  assert.equal(seen.charts.find((c) => c.kind === 'blocks-tg128')!.points, counted('tg128'));
  assert.equal(seen.charts.find((c) => c.kind === 'forest')!.points, 2);
  if (res.depthLaunches?.length) assert.ok(kinds.includes('depth-memory'), kinds.join(','));
  // The comment written beside it starts with the verdict and the gate.
  assert.match(readFileSync(join(out, 'report.md'), 'utf8').split('\n')[1], /^## (🔴|🟡|✅|🟢) .* — check (passes|fails)/);
});
