import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { STICKY_MARKER } from '../../src/report/index.ts';
import { UserError } from '../../src/sys/errors.ts';
import { makeResults, sampleAnalysis } from '../../fixtures/results/make-results.ts';
import { SAMPLES, fleetSample } from '../../fixtures/results/generate.ts';
import type { Results } from '../../src/store/results.ts';
import { toHtml, visibleText, count, balance, markdown } from './helpers.ts';
import { fileURLToPath } from 'node:url';
import { readFingerprint } from '../../src/host/fingerprint.ts';
import { RECLAIM_MMAP_WARNING } from '../../src/host/damon.ts';
import { validateResults } from '../../src/store/read-results.ts';

const withAnalysis = () => makeResults({ analysis: sampleAnalysis('regression') });

test('the body opens with the sticky marker, exactly once', () => {
  const body = markdown([withAnalysis()]);
  assert.ok(body.startsWith(STICKY_MARKER + '\n'));
  assert.equal(count(body, STICKY_MARKER), 1);
});

test('engine figures appear rounded: ratio to 3 decimals, interval, verdict marks, reason', () => {
  const body = markdown(withAnalysis());
  // sampleAnalysis: tg128 ratio 0.93137 [0.90521, 0.95808] regression; pp512 0.9874 [0.9312, 1.0441] inconclusive.
  assert.match(body, /\| `tg128` \|[^\n]*\*\*0\.931\*\* \| \[0\.905, 0\.958\] \| -6\.9% \| 🔴 Regression \|/);
  assert.match(body, /\| `pp512` \|[^\n]*\*\*0\.987\*\* \| \[0\.931, 1\.044\] \| -1\.3% \| 🟡 Inconclusive \|/);
  assert.match(body, /^<!-- llama-perf-gate -->\n## 🔴 `tg128` -6\.9% \\\[-9\.5%, -4\.2%\\\] — check fails\n/);
  // Inconclusive: the spread and the blocks a decision needs.
  // Holm over 2 workloads asks α/2 = 0.025 of the first; the signed-rank test's smallest p at 5 blocks is 2^-5: nothing detectable.
  assert.match(body, /- `pp512`: spread 9\.8% between paired launches; a ±2% neutral call needs about 187 blocks per variant, 5 were counted; at 5 blocks this run could not detect any change\./);
});

test('descriptive figures come from the launches: medians, ratio of medians, CV, launch counts', () => {
  const r = makeResults({ analysis: null });
  const per = (v: 'A' | 'B', w: string) =>
    r.launches.filter((l) => l.workload === w && l.variant === v && !l.warmup && l.status === 'ok').map((l) => [...l.records[0].samplesTs].sort((a, b) => a - b)[1]);
  const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const a = med(per('A', 'tg128'));
  const b = med(per('B', 'tg128'));
  const body = markdown(r);
  const rowLine = body.split('\n').find((l) => l.startsWith('| `tg128` |'))!;
  const cells = rowLine.split('|').map((c) => c.trim());
  assert.equal(cells[2], a.toFixed(2));
  assert.equal(cells[3], b.toFixed(2));
  assert.equal(cells[4], (b / a).toFixed(3));
  assert.equal(cells[8], '5 / 4 (+1 failed)', 'one B launch of tg128 timed out');
});

test('without analysis: says plainly that no verdict was computed and shows no verdict or interval', () => {
  const body = markdown(makeResults({ analysis: null }));
  assert.match(body, /\n## ⚪ No verdict computed: the decision engine did not run on these results, the figures are descriptive only — check fails\n/);
  assert.doesNotMatch(body, /Regression|Improvement|Neutral|Inconclusive/);
  assert.doesNotMatch(body, /CI \[/);
  assert.match(body, /B\/A \(ratio of medians\)/);
  assert.match(body, /no interval: no verdict computed/);
});

test('a failed build: run failed, the reason, the log tail and the log path; other variant kept', () => {
  const body = markdown(makeResults({ buildFailed: 'B' }));
  assert.match(body, /\n## ❌ Run failed: build of B \(head, ref pr-17000-mmap-kv\) failed: cmake --build exited with code 2 — check fails\n/);
  assert.match(body, /\*\*Build of B failed\*\*: cmake --build exited with code 2 — log: \/home\/ci\/\.cache\/llama-perf-gate\/build-c0ffee123456\/build\.log/);
  assert.match(body, /error: use of undeclared identifier 'ggml_backend_mmap_buffer_type'/);
  assert.match(body, /\| A \| base \| master \| `7f3e9c1a2b4d` \| reused \|/);
});

test('failed and timed-out launches are listed with status, block, variant and stderr tail', () => {
  const body = markdown(withAnalysis());
  assert.match(body, /Failed or timed-out launches \(1\)/);
  assert.match(body, /- \*\*`tg128`\*\*, block 3, variant B: timed out after 10 min 00 s, signal SIGKILL/);
  assert.match(body, /\n  llama_kv_cache: mmap KV buffer size = 256\.00 MiB\n/);
});

test('memory section: per workload A vs B, per node and evenness; absent when no launch has memory', () => {
  const r = withAnalysis();
  const body = markdown(r);
  assert.match(body, /Memory per variant/);
  assert.match(body, /\| Workload \| Variant \| Launches \| Peak RSS \| Minor faults \| Major faults \| Node 0 \| Node 1 \| Evenness \|/);
  // Evenness of A on tg128 = median over launches of max/min node KiB.
  const ev = r.launches
    .filter((l) => l.workload === 'tg128' && l.variant === 'A' && l.memory && !l.warmup)
    .map((l) => Math.max(l.memory!.nodeKiB!['0'], l.memory!.nodeKiB!['1']) / Math.min(l.memory!.nodeKiB!['0'], l.memory!.nodeKiB!['1']))
    .sort((a, b) => a - b);
  assert.equal(ev.length, 3);
  assert.match(body, new RegExp(`\\| \`tg128\` \\| A \\| 3 \\| [^\\n]* ${ev[1].toFixed(2)}× \\|`));
  assert.doesNotMatch(markdown(makeResults({ memoryBlocks: [] })), /Memory per variant/);
});

test('raw samples list every launch, warm-up marked', () => {
  const r = withAnalysis();
  const body = markdown(r);
  const raw = body.slice(body.indexOf('Raw samples'));
  for (const l of r.launches) {
    if (l.status !== 'ok') continue;
    assert.ok(raw.includes(l.records[0].samplesTs.map((x) => x.toFixed(2)).join(' ')), `samples of launch ${l.seq}`);
  }
  assert.match(raw, /0 \(w\)/);
  assert.match(raw, /3 {6}B {8}timeout/);
});

test('the rendered HTML is well formed: every section closes, tables have their rows', () => {
  const body = markdown(withAnalysis());
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  const html = toHtml(body);
  assert.equal(count(html, '<details>'), count(html, '</details>'));
  assert.match(html, /<td[^>]*><code>tg128<\/code><\/td>/);
  // The footer is a paragraph of its own, not swallowed by the HTML block above it.
  assert.match(html, /<p><sub>llama-perf-gate 0\.1\.0/);
});

function hostile(): Results {
  const evil = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) @org/team #1 `code` a|b <!-- llama-perf-gate -->';
  const r = makeResults({ analysis: sampleAnalysis('regression'), headRef: evil, headName: evil, hostname: evil });
  r.builds[1].error = evil;
  r.launches.find((l) => l.status === 'timeout')!.stderrTail = `${evil}\n\`\`\`\n</details>\n${evil}`;
  r.notes.push(evil);
  return r;
}

test('author-controlled strings (refs, names, title, stderr, notes) come out inert', () => {
  const body = markdown(hostile(), { title: 'Fix <script>alert(1)</script> @maintainers #42' });
  assert.equal(count(body, STICKY_MARKER), 1, 'no second marker');
  assert.ok(body.startsWith(STICKY_MARKER));
  const html = toHtml(body);
  assert.doesNotMatch(html, /<img|<script|javascript:alert\(1\)"|<a /i);
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  assert.equal(count(html, '<details>'), count(html, '</details>'));
  // Code blocks show text verbatim (GitHub mentions nothing there); everywhere else a ZWSP breaks it.
  const shown = html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/&#8203;/g, '\u200b');
  assert.doesNotMatch(shown, /@(org|maintainers)/);
  assert.doesNotMatch(shown, /#(1|42)\b/);
  // Still readable: the reader sees the characters.
  assert.ok(visibleText(html).includes('Fix <script>alert(1)</script> @maintainers #42'));
});

test('truncation: raw samples go first; marker, headline and table stay; the pointer is added', () => {
  const r = makeResults({ analysis: sampleAnalysis('regression'), blocks: 30, repetitions: 10 });
  const full = markdown(r);
  const withoutRaw = full.length - (full.indexOf('</details>', full.indexOf('<summary>Raw samples')) - full.indexOf('<details><summary>Raw samples'));
  const limit = withoutRaw + 400;
  assert.ok(limit < full.length);
  const cut = markdown(r, { maxChars: limit, fullReportUrl: 'https://github.com/o/r/actions/runs/9' });
  assert.ok(cut.length <= limit, `${cut.length} > ${limit}`);
  assert.ok(cut.startsWith(STICKY_MARKER));
  assert.doesNotMatch(cut, /Raw samples/);
  assert.match(cut, /Memory per variant/);
  assert.match(cut, /Host fingerprint/);
  assert.match(cut, /left out raw samples\. Everything is in \[full report and results\.json\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/9\)/);
});

test('truncation under a tight limit keeps the marker and headline, stays within the limit, closes every block', () => {
  const r = makeResults({ analysis: sampleAnalysis('regression'), blocks: 30, repetitions: 10 });
  for (const limit of [6000, 2500, 1200]) {
    const cut = markdown(r, { maxChars: limit });
    assert.ok(cut.length <= limit, `${cut.length} > ${limit}`);
    assert.ok(cut.startsWith(STICKY_MARKER));
    assert.match(cut, /## 🔴 `tg128` -6\.9%/);
    assert.match(cut, /Shortened to fit the [\d,]+-character limit/);
    assert.deepEqual(balance(cut), { details: 0, openFence: false });
  }
});

test('a user template that ignores the flags is cut at a line end with fences and details closed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-tpl-'));
  const path = join(dir, 'mine.md.hbs');
  writeFileSync(path, '{{{marker}}}\n# {{{heading}}}\n<details><summary>all</summary>\n\n```text\n{{#each machines}}{{#each rawSamples}}{{{text}}}\n{{/each}}{{/each}}```\n\n</details>\n');
  const r = makeResults({ analysis: sampleAnalysis('regression'), blocks: 40, repetitions: 10 });
  const body = markdown(r, { templatePath: path, maxChars: 3000 });
  assert.ok(body.length <= 3000, String(body.length));
  assert.ok(body.startsWith(STICKY_MARKER));
  assert.equal(count(body, STICKY_MARKER), 1);
  assert.deepEqual(balance(body), { details: 0, openFence: false });
  assert.match(body, /Shortened to fit/);
});

test('a user template is used when given; a missing or broken one is a UserError naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-tpl-'));
  const good = join(dir, 'good.hbs');
  writeFileSync(good, 'Verdict: {{{verdictLabel overall}}} {{#each machines}}{{#each workloads}}{{{code id}}}={{ratio ratio}} {{/each}}{{/each}}');
  const body = markdown(withAnalysis(), { templatePath: good });
  assert.equal(body, `${STICKY_MARKER}\nVerdict: Regression \`pp512\`=0.987 \`tg128\`=0.931 `);
  const bad = join(dir, 'bad.hbs');
  writeFileSync(bad, '{{#each machines}} unclosed');
  assert.throws(() => markdown(withAnalysis(), { templatePath: bad }), (e: unknown) => e instanceof UserError && e.message.includes(bad));
  assert.throws(() => markdown(withAnalysis(), { templatePath: join(dir, 'nope.hbs') }), (e: unknown) => e instanceof UserError && /cannot be read/.test(e.message));
});

test('fleet: a section per machine and one overall verdict with its rule', () => {
  const body = markdown(fleetSample());
  assert.match(body, /\*\*Overall: 🔴 Regression\*\* — regression on numa-box-1\./);
  assert.match(body, /### 🔴 numa-box-1: Regression/);
  assert.match(body, /### ✅ numa-box-2: Neutral/);
  assert.match(body, /regression anywhere → regression/);
  assert.equal(count(body, STICKY_MARKER), 1);
});

test('the sample fixtures are in sync with their rendered snapshots', () => {
  const dir = new URL('../../fixtures/results/', import.meta.url);
  for (const name of Object.keys(SAMPLES)) {
    const results = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as Results;
    assert.deepEqual(results, JSON.parse(JSON.stringify(SAMPLES[name]())), `${name}.json is stale: run node fixtures/results/generate.ts`);
    assert.equal(markdown(results, { title: 'mmap backed KV cache' }), readFileSync(new URL(`${name}.md`, dir), 'utf8'), `${name}.md is stale`);
  }
  assert.equal(markdown(fleetSample(), { title: 'mmap backed KV cache' }), readFileSync(new URL('fleet.md', dir), 'utf8'));
});

test('workload without a counted launch on one side is reported, not dropped', () => {
  const r = makeResults({ analysis: null });
  for (const l of r.launches) if (l.workload === 'pp512' && l.variant === 'B') { l.status = 'crashed'; l.records = []; l.stderrTail = 'Segmentation fault'; }
  const body = markdown(r);
  assert.match(body, /\| `pp512` \| [\d.]+ \| – \| – \|/);
  assert.match(body, /no counted launch for B/);
  assert.match(body, /Segmentation fault/);
});

test('analysis warnings are shown above the table', () => {
  const r = makeResults({ analysis: { ...sampleAnalysis('neutral'), warnings: ['workload tg128@d4096 present for A only'] } });
  assert.match(markdown(r), /> ⚠️ workload tg128@&#8203;d4096 present for A only\n\n\| Workload/);
});

test('peak RSS gets a paired interval once there are enough blocks, never a lower-level one', () => {
  const many = makeResults({ blocks: 8, memoryBlocks: [1, 2, 3, 4, 5, 6, 7, 8] });
  const body = markdown(many);
  const line = /- `pp512`: peak RSS B\/A (\d\.\d{3}) \(90% interval \[(\d\.\d{3}), (\d\.\d{3})\], paired over blocks\)/.exec(body);
  assert.ok(line, body.slice(body.indexOf('peak RSS') - 200, body.indexOf('peak RSS') + 300));
  const [ratio, lo, hi] = line.slice(1).map(Number);
  assert.ok(lo <= ratio && ratio <= hi);
  // three memory blocks: below the exact interval's minimum, so the ratio alone
  assert.match(markdown(makeResults({ memoryBlocks: [1, 2, 3] })), /- `pp512`: peak RSS B\/A \d\.\d{3}\n/);
});

test('proactive reclaim with a mapped model: the host warning, the reclaim row and the --no-mmap lever, also after the untrusted reader', () => {
  const damon = fileURLToPath(new URL('../../fixtures/host/damon-pageout', import.meta.url));
  const mapped = { ...makeResults({ analysis: null }), host: readFingerprint(damon, { modelMapped: true }) };
  // a results.json from another job goes through the strict reader: the fields survive it
  for (const r of [mapped, validateResults(JSON.parse(JSON.stringify(mapped)), 'results.json')]) {
    const text = visibleText(toHtml(markdown(r)));
    assert.ok(text.includes(RECLAIM_MMAP_WARNING), 'the warning');
    assert.match(text, /Proactive reclaim\s*DAMON pageout active \(kdamond 0\)/);
    assert.match(text, /Model loading \(--no-mmap\)\s*memory-mapped/);
  }
  const noMmap: Results = { ...mapped, plan: { ...mapped.plan, levers: { ...mapped.plan.levers, noMmap: true } }, host: readFingerprint(damon, { modelMapped: false }) };
  const text = visibleText(toHtml(markdown(validateResults(JSON.parse(JSON.stringify(noMmap)), 'results.json'))));
  assert.ok(!text.includes(RECLAIM_MMAP_WARNING), '--no-mmap: nothing to warn about');
  assert.match(text, /Proactive reclaim\s*DAMON pageout active/, 'the fact is still shown');
  assert.match(text, /Model loading \(--no-mmap\)\s*read into memory/);
});
