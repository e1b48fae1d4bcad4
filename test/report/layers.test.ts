// Compute, then render: numbers come from one step (buildReportModel); the renderers only format.
// Read from the sources, so a renderer that starts computing again, or a second fleet merge in the
// Action, fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../src/', import.meta.url).pathname;
const read = (p: string) => readFileSync(join(SRC, p), 'utf8');
const imports = (text: string) => [...text.matchAll(/^import [^;]*? from '([^']+)';/gms)].map((m) => m[0]);

// The compute step and what it is made of.
const COMPUTE = new Set(['model.ts', 'model-sections.ts', 'model-memory.ts', 'model-depth.ts', 'summary.ts', 'fleet.ts', 'depth.ts', 'vocabulary.ts', 'reason-words.ts', 'model-groups.ts', 'model-workload.ts', 'flag-words.ts', 'warning-words.ts', 'qualify-words.ts']);

test('renderers import no statistics and merge no fleet: they format the model', () => {
  const files = [...readdirSync(join(SRC, 'report')).filter((f) => f.endsWith('.ts')), ...readdirSync(join(SRC, 'report/html')).map((f) => `html/${f}`)];
  const renderers = files.filter((f) => !COMPUTE.has(f));
  assert.ok(renderers.includes('md-helpers.ts') && renderers.includes('terminal.ts') && renderers.includes('check.ts') && renderers.includes('html/page.ts'));
  for (const f of renderers) {
    const text = read(`report/${f}`);
    for (const line of imports(text)) {
      assert.doesNotMatch(line, /stats\/|simple-statistics/, `${f} computes: ${line}`);
      assert.doesNotMatch(line, /\bmergeFleet\b|\bsummarizeMachine\b|\bbuildReportModel\b/, `${f} builds the model itself: ${line}`);
    }
    assert.doesNotMatch(text, /\banalyze\(|\bmergeFleet\(|\bbuildReportModel\(/, `${f} calls the compute step`);
  }
});

test('the report runs no test of its own: every interval it shows was computed in stats/', () => {
  const files = [...readdirSync(join(SRC, 'report')).filter((f) => f.endsWith('.ts')), ...readdirSync(join(SRC, 'report/html')).map((f) => `html/${f}`)];
  for (const f of files) {
    const text = read(`report/${f}`);
    assert.doesNotMatch(text, /\banalyze\(|\bimport \{[^}]*\banalyze\b[^}]*\} from/, `${f} runs the decision engine`);
  }
});

test('the Action builds one model per run: comment, check and report.html format it', () => {
  const text = read('github/main.ts');
  assert.equal((text.match(/buildReportModel\(/g) ?? []).length, 1);
  assert.doesNotMatch(text, /mergeFleet\(/);
  for (const r of ['renderMarkdown(model', 'renderCheckOutput(model', 'renderHtml(model']) assert.ok(text.includes(r), r);
});

test('the pipeline builds the model once and writes report.md and report.html from it', () => {
  const text = read('pipeline/run.ts');
  assert.equal((text.match(/buildReportModel\(/g) ?? []).length, 1);
  assert.ok(text.includes('renderMarkdown(model)') && text.includes('renderHtml(model)'));
});
