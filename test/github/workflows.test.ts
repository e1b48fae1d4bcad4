// The example workflows in docs/workflows/ and action.yml, checked with GitHub's own parser
// (@actions/workflow-parser), plus what the parser cannot know: that every `with:` key is an input
// of this action, and that each security-relevant pattern is what the docs claim it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/run-action.ts';
import { DESIGN_INPUTS } from '../../src/github/inputs.ts';

// The parser imports its JSON schemas without `with { type: 'json' }`, which Node rejects; serve
// those JSON files as modules instead.
registerHooks({
  load(url, context, next) {
    if (url.includes('/@actions/workflow-parser/') && url.endsWith('.json')) {
      return { format: 'module', source: `export default ${readFileSync(fileURLToPath(url), 'utf8')};`, shortCircuit: true };
    }
    return next(url, context);
  },
});
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser');
const { parseAction } = await import('@actions/workflow-parser/actions/action-parser');

const DIR = join(ROOT, 'docs/workflows');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yml')).sort();
const ACTION = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const INPUTS = new Set(Object.keys(ACTION.inputs));
const isOurs = (uses: unknown) => typeof uses === 'string' && /(^|\/)llama-perf-gate@/.test(uses);

async function parserErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of template.errors ?? []) errors.push(String((e as { Message?: string }).Message ?? e));
  }
  return [...new Set(errors)];
}

function steps(wf: any): { job: string; step: any }[] {
  return Object.entries(wf.jobs).flatMap(([job, j]: [string, any]) => (j.steps ?? []).map((step: any) => ({ job, step })));
}

test('the parser catches a broken workflow (so a clean parse below means something)', async () => {
  const errs = await parserErrors('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    needs: a\n    steps:\n      - run: echo ${{ github.x( }}\n');
  assert.ok(errs.length > 0);
});

test('action.yml is valid for the action schema: node24, dist/index.js, documented inputs and outputs', () => {
  const parsed = parseAction({ name: 'action.yml', content: readFileSync(join(ROOT, 'action.yml'), 'utf8') }, new NoOperationTraceWriter());
  assert.deepEqual(parsed.context.errors.getErrors().map((e) => e.message), []);
  assert.equal(ACTION.runs.using, 'node24');
  assert.equal(ACTION.runs.main, 'dist/index.js');
  for (const [name, spec] of Object.entries<any>(ACTION.inputs)) assert.ok(spec.description, `input ${name} is documented`);
  assert.deepEqual(Object.keys(ACTION.outputs).sort(), ['bisect', 'check-run-id', 'comment-url', 'report-html', 'results-path', 'verdict']);
});

test('there are the documented workflow patterns', () => {
  assert.deepEqual(FILES, ['perf-dispatch.yml', 'perf-fleet.yml', 'perf-more.yml', 'perf-pr-label.yml', 'perf-qualify.yml', 'perf-trusted.yml', 'perf-untrusted.yml']);
});

test('perf-qualify: weekly on a schedule per runner label, mode qualify, no head inputs, the record in a named persistent cache-dir', () => {
  const wf = parseYaml(readFileSync(join(DIR, 'perf-qualify.yml'), 'utf8'));
  assert.ok(Array.isArray(wf.on.schedule) && /^\S+ \S+ \* \* [0-6]$/.test(wf.on.schedule[0].cron), 'weekly cron');
  const job = wf.jobs.qualify;
  assert.ok(job.strategy.matrix.machine.length > 0);
  assert.ok(job['runs-on'].includes('self-hosted') && job['runs-on'].some((l: string) => l.includes('matrix.machine')));
  const [{ step }] = steps(wf).filter((s) => isOurs(s.step.uses));
  assert.equal(step.with.mode, 'qualify');
  assert.ok(step.with['cache-dir'], 'the cache dir the PR runs on this runner read the record from');
  for (const k of Object.keys(step.with)) assert.ok(!/^head|slowdown$/.test(k) || k === 'qualify-slowdown', `${k} does not apply in mode qualify`);
  assert.deepEqual(wf.permissions, { contents: 'read' }, 'posts nothing');
});

for (const file of FILES) {
  test(`${file}: GitHub's workflow parser accepts it; every input it passes exists`, async () => {
    const content = readFileSync(join(DIR, file), 'utf8');
    assert.deepEqual(await parserErrors(file, content), []);
    const wf = parseYaml(content);
    const ours = steps(wf).filter((s) => isOurs(s.step.uses));
    assert.ok(ours.length > 0, 'uses the action');
    for (const { job, step } of ours) {
      for (const key of Object.keys(step.with ?? {})) assert.ok(INPUTS.has(key), `${file} job ${job}: "${key}" is not an input of action.yml`);
    }
    assert.ok(!steps(wf).some((s) => s.step.uses === './'), 'never runs the action from the checked-out PR');
    for (const { step } of steps(wf)) {
      if (step.uses?.startsWith('actions/checkout@')) assert.equal(step.with?.['persist-credentials'], false, 'no token left in .git/config for PR code to read');
    }
  });
}

test('label-gated: pull_request_target, fork label configured, the same label in the job filter', () => {
  const wf = parseYaml(readFileSync(join(DIR, 'perf-pr-label.yml'), 'utf8'));
  assert.ok(wf.on.pull_request_target.types.includes('labeled') && wf.on.pull_request_target.types.includes('synchronize'));
  const label = steps(wf).find((s) => isOurs(s.step.uses))!.step.with['allow-fork-label'];
  assert.equal(label, 'perf-ok');
  assert.match(wf.jobs.perf.if, new RegExp(`label\\.name == '${label}'`));
  assert.ok(wf.jobs.perf['runs-on'].includes('self-hosted'));
});

test('fleet: a matrix over runner labels, an aggregate job with needs + if: always()', () => {
  const wf = parseYaml(readFileSync(join(DIR, 'perf-fleet.yml'), 'utf8'));
  assert.ok(wf.jobs.bench.strategy.matrix.machine.length >= 2);
  assert.equal(wf.jobs.bench.strategy['fail-fast'], false);
  assert.equal(wf.jobs.aggregate.needs, 'bench');
  assert.equal(wf.jobs.aggregate.if, 'always()');
  const bench = wf.jobs.bench.steps.find((s: any) => isOurs(s.uses));
  assert.equal(bench.with.post, 'false', 'machines do not post; the aggregate does');
  const agg = wf.jobs.aggregate.steps.find((s: any) => isOurs(s.uses));
  assert.equal(agg.with.mode, 'aggregate');
});

test('untrusted/trusted split: read-only bench job; trusted job on workflow_run that never checks out code', () => {
  const bench = parseYaml(readFileSync(join(DIR, 'perf-untrusted.yml'), 'utf8'));
  assert.deepEqual(bench.permissions, { contents: 'read' });
  assert.equal(steps(bench).find((s) => isOurs(s.step.uses))!.step.with.post, 'false');
  const post = parseYaml(readFileSync(join(DIR, 'perf-trusted.yml'), 'utf8'));
  assert.deepEqual(post.on.workflow_run.workflows, [bench.name]);
  assert.ok(!steps(post).some((s) => String(s.step.uses ?? '').startsWith('actions/checkout')), 'no checkout in the trusted job');
  const ours = steps(post).find((s) => isOurs(s.step.uses))!.step;
  assert.ok(ours.with['results-path'], 'posts the artifact results (validated by the action)');
});

/** The decision-rule inputs a step sets (a post step decides with its own, never the file's). */
const ruleOf = (step: any) => Object.fromEntries(DESIGN_INPUTS.filter((k) => step.with?.[k] !== undefined).map((k) => [k, String(step.with[k])]));
const isPost = (step: any) => step.with?.mode === 'aggregate' || step.with?.['results-path'] !== undefined;

/** Each benchmarking step paired with each post step reporting on it: their rules must be the same. */
function ruleMismatches(bench: any[], post: any[]): string[] {
  return bench.flatMap((b) => post.filter((p) => JSON.stringify(ruleOf(b)) !== JSON.stringify(ruleOf(p))).map((p) => `${JSON.stringify(ruleOf(b))} vs ${JSON.stringify(ruleOf(p))}`));
}

test('post steps declare the same decision rule as the benchmark steps they report on (fork split, fleet)', () => {
  const load = (f: string) => steps(parseYaml(readFileSync(join(DIR, f), 'utf8'))).map((s) => s.step).filter((s) => isOurs(s.uses));
  const untrusted = load('perf-untrusted.yml');
  const trusted = load('perf-trusted.yml');
  const fleet = load('perf-fleet.yml');
  assert.ok(trusted.every(isPost) && untrusted.every((s) => !isPost(s)) && fleet.some(isPost) && fleet.some((s) => !isPost(s)));
  assert.deepEqual(ruleMismatches(untrusted, trusted), []);
  assert.deepEqual(ruleMismatches(fleet.filter((s) => !isPost(s)), fleet.filter(isPost)), []);
  // The check can fail: a margin on the benchmark job only is a mismatch.
  assert.equal(ruleMismatches([{ with: { ...untrusted[0].with, margin: '0.05' } }], trusted).length, 1);
  assert.match(readFileSync(join(DIR, 'perf-trusted.yml'), 'utf8'), /decision rule .* is this job's\n\s*# inputs, never the file's/);
});

test('perf-more: /perf more on PR comments, a dispatch input to extend, the store carried by actions/cache in one scope', () => {
  const wf = parseYaml(readFileSync(join(DIR, 'perf-more.yml'), 'utf8'));
  assert.deepEqual(wf.on.issue_comment.types, ['created']);
  assert.ok(wf.on.workflow_dispatch.inputs['more-blocks'] && wf.on.workflow_dispatch.inputs['pr-number']);
  // The label event runs in the base branch's cache scope, like issue_comment: a pull_request
  // trigger would save into the PR's merge-ref scope, invisible to the comment's job.
  assert.deepEqual(Object.keys(wf.on).sort(), ['issue_comment', 'pull_request_target', 'workflow_dispatch']);
  assert.match(wf.jobs.perf.if, /startsWith\(github\.event\.comment\.body, '\/perf more'\)/);
  assert.match(wf.jobs.perf.if, /github\.event\.issue\.pull_request/);
  const all = wf.jobs.perf.steps as any[];
  const ours = all.find((s) => isOurs(s.uses));
  assert.equal(ours.with['more-blocks'], '${{ inputs.more-blocks }}');
  assert.equal(ours.with['allow-fork-label'], 'perf-ok');
  const restore = all.findIndex((s) => String(s.uses).startsWith('actions/cache/restore@'));
  const save = all.findIndex((s) => String(s.uses).startsWith('actions/cache/save@'));
  const perf = all.indexOf(ours);
  assert.ok(restore >= 0 && restore < perf && perf < save, 'restore → action → save');
  assert.equal(all[save].if, 'always()', 'saved even when the job fails');
  const storeDir = all[restore].with.path;
  assert.equal(all[save].with.path, storeDir);
  assert.ok(ours.with.store.startsWith(`${storeDir}/`), 'the action writes the store inside the cached directory');
  assert.match(all[restore].with['restore-keys'], /^perf-store-$/);
  assert.notEqual(all[save].with.key, 'perf-store-', 'a new key per job (cache entries are immutable)');
});

test('docs/github-action.md shows each workflow file verbatim', () => {
  const doc = readFileSync(join(ROOT, 'docs/github-action.md'), 'utf8');
  for (const file of FILES) {
    const content = readFileSync(join(DIR, file), 'utf8');
    assert.ok(doc.includes('```yaml\n' + content + '```'), `${file} is included as a yaml block, unchanged`);
  }
});
