// Unit tests of the action's modules, in-process: inputs, event reading, fork safety, the host lock,
// strict results validation, and fitting text under GitHub's limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/sys/errors.ts';
import { depthUnits } from '../../src/plan/depth-sweep.ts';
import { coreGetter, planArgv, readOptions, readPlan, splitArgs, type InputGetter } from '../../src/github/inputs.ts';
import { readEvent, type EventContext } from '../../src/github/event.ts';
import { decideForkSafety } from '../../src/github/fork-safety.ts';
import { acquireHostLock, LOCK_FILE } from '../../src/github/lock.ts';
import { validateResults, readResultsFile } from '../../src/store/read-results.ts';
import { readTrustedResults } from '../../src/pipeline/read-results.ts';
import { fitToLimit } from '../../src/github/check-run.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { ROOT, asFork, examplePayload, inputEnvName } from '../helpers/run-action.ts';
import { depthLaunches, DEPTH_SWEEP } from '../../fixtures/results/make-results.ts';
import { resultsFor, writeResultsFile } from '../helpers/results-files.ts';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { createClient } from '../../src/github/client.ts';
import { upsertStickyComment } from '../../src/github/sticky-comment.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'lpg-unit-'));
const getter = (inputs: Record<string, string>): InputGetter => (name) => inputs[name] ?? '';

function userError(fn: () => unknown, message: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof UserError && message.test(e.message));
}

test('inputs are read from INPUT_<NAME> with the runner rule: upper-cased, hyphens kept', () => {
  assert.equal(inputEnvName('on-inconclusive'), 'INPUT_ON-INCONCLUSIVE');
  assert.equal(inputEnvName('max blocks'), 'INPUT_MAX_BLOCKS');
  process.env['INPUT_ON-INCONCLUSIVE'] = 'fail';
  process.env['INPUT_ALLOW-FORK-LABEL'] = 'perf-ok';
  process.env['INPUT_MAX_BLOCKS'] = 'x';
  try {
    const o = readOptions(coreGetter, {});
    assert.equal(o.onInconclusive, 'fail');
    assert.equal(o.allowForkLabel, 'perf-ok');
    assert.equal(coreGetter('max blocks'), 'x');
  } finally {
    delete process.env['INPUT_ON-INCONCLUSIVE'];
    delete process.env['INPUT_ALLOW-FORK-LABEL'];
    delete process.env['INPUT_MAX_BLOCKS'];
  }
});

test('option errors name the input and show a valid value', () => {
  userError(() => readOptions(getter({ 'on-inconclusive': 'maybe' })), /^input "on-inconclusive" must be one of pass \| fail \(got "maybe"\)$/);
  userError(() => readOptions(getter({ post: 'sure' })), /^input "post" must be true or false/);
  userError(() => readOptions(getter({ 'pr-number': '12a' })), /^input "pr-number" must be an integer/);
  userError(() => readOptions(getter({ mode: 'aggregate' })), /^input "results" is required in mode aggregate/);
});

test('plan inputs map 1:1 onto run flags; list inputs split like a shell without running one', () => {
  assert.deepEqual(splitArgs('x', `-DA=1 "-DCMAKE_C_FLAGS=-O2 -g" '$(rm -rf /)'`), ['-DA=1', '-DCMAKE_C_FLAGS=-O2 -g', '$(rm -rf /)']);
  userError(() => splitArgs('base-cmake', '"open'), /^input "base-cmake" has an unclosed " quote/);
  const argv = planArgv(getter({ model: 'm.gguf', workloads: 'pp512,tg128', 'head-cmake': '-DX=ON\n-DY=OFF', 'head-env': 'LLAMA_KV_MMAP=1\n# note\n', 'cpu-strict': 'true' }), {
    baseRef: 'aaa', headRef: 'bbb', workspace: '/ws', out: '/tmp/out',
  });
  assert.deepEqual(argv, [
    '--repo', '/ws', '--out', '/tmp/out', '--base', 'aaa', '--head', 'bbb', '--compare', 'merge', '--workloads', 'pp512,tg128',
    '--model=/ws/m.gguf', '--cpu-strict', '--head-cmake=-DX=ON', '--head-cmake=-DY=OFF', '--head-env=LLAMA_KV_MMAP=1',
  ]);
});

test('plan validation comes from the CLI, worded for inputs', () => {
  const dir = tmp();
  const model = join(dir, 'tiny.gguf');
  writeTinyModel(model, { ctx: 256 });
  const d = { baseRef: 'main', headRef: 'pr', workspace: dir, out: join(dir, 'out') };
  userError(() => readPlan(getter({}), d), /^input "model" is required/);
  userError(() => readPlan(getter({ model, repo: 'nope' }), d), /^input "repo" \/.*\/nope is not a directory/);
  userError(() => readPlan(getter({ model, threads: 'many' }), d), /^input "threads" must be an integer/);
  userError(() => readPlan(getter({ model, workloads: 'pp512,xx9' }), d), /unknown workload "xx9"/);
  const big = writeTinyModel(join(dir, 'big.gguf'));
  // Several models with the depth sweep: one sweep per model in the same experiment.
  assert.deepEqual(depthUnits(readPlan(getter({ model: `${model},${big}`, 'depth-sweep': '0,512' }), d)).map((u) => u.id), ['tiny/sweep', 'big/sweep']);
  const plan = readPlan(getter({ model, threads: '2', 'max-blocks': '4', 'head-env': 'LLAMA_KV_MMAP=1' }), d);
  assert.equal(plan.threads, 2);
  assert.equal(plan.maxBlocks, 4);
  assert.equal(plan.variants[0].ref, 'main');
  assert.equal(plan.variants[1].ref, 'pr');
  assert.deepEqual(plan.variants[1].env, { LLAMA_KV_MMAP: '1' });
});

test('the model input: one model per line (a line that is an existing file is one path, commas and all), comma lists as before', () => {
  const dir = tmp();
  const comma = writeTinyModel(join(dir, 'q8,v2.gguf'));
  writeTinyModel(join(dir, 'tiny.gguf'));
  writeTinyModel(join(dir, 'big.gguf'));
  const d = { baseRef: 'main', headRef: 'pr', workspace: dir, out: join(dir, 'out') };
  assert.deepEqual(readPlan(getter({ model: 'tiny.gguf\nq8,v2.gguf\n' }), d).models.map((m) => m.path), [join(dir, 'tiny.gguf'), comma]);
  assert.deepEqual(readPlan(getter({ model: 'tiny.gguf,big.gguf' }), d).models.map((m) => m.name), ['tiny', 'big']);
  userError(() => readPlan(getter({ model: 'tiny.gguf\nq8,v3.gguf' }), d), /^input "model" \/.*\/q8: no such file or preset, split from ".*" \(input "model" takes a value as one path when that file exists/);
});

function eventFrom(name: string, payload: object): EventContext {
  const dir = tmp();
  writeFileSync(join(dir, 'e.json'), JSON.stringify(payload));
  return readEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: join(dir, 'e.json') });
}

test('events: PR refs and head SHA, dispatch PR number, workflow_run head', () => {
  const pr = eventFrom('pull_request', examplePayload('pull_request', 'opened'));
  assert.equal(pr.pull?.number, 2);
  assert.equal(pr.headSha, 'ec26c3e57ca3a959ca5aad62de7213c562f8c821');
  assert.equal(pr.baseRef, 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e');
  assert.equal(pr.pull?.headRef, 'changes');
  const dispatch = examplePayload('workflow_dispatch');
  dispatch.inputs = { 'pr-number': '1234', base: 'master' };
  const d = eventFrom('workflow_dispatch', dispatch);
  assert.equal(d.prNumber, 1234);
  assert.equal(d.baseRef, 'master');
  dispatch.inputs = { 'pr-number': '12; rm' };
  userError(() => eventFrom('workflow_dispatch', dispatch), /pr-number must be a positive integer/);
  const wr = eventFrom('workflow_run', examplePayload('workflow_run', 'completed'));
  assert.equal(wr.headSha, wr.workflowRun?.headSha);
  assert.equal(wr.prNumber, null);
});

test('fork safety: same repo yes; dispatch yes; fork only at the labeled event of the configured label', () => {
  const same = eventFrom('pull_request', examplePayload('pull_request', 'opened'));
  assert.equal(decideForkSafety(same, null).allowed, true);
  const forkOpened = eventFrom('pull_request', asFork(examplePayload('pull_request', 'opened')));
  const no = decideForkSafety(forkOpened, 'perf-ok');
  assert.equal(no.allowed, false);
  assert.match(no.howTo!, /add the label "perf-ok"/);
  assert.equal(decideForkSafety(forkOpened, null).howTo!.includes('label'), true, 'mentions the input to enable a label');

  const labeled = asFork(examplePayload('pull_request', 'labeled'));
  assert.equal(decideForkSafety(eventFrom('pull_request_target', labeled), 'bug').allowed, true, 'the example adds label "bug"');
  assert.equal(decideForkSafety(eventFrom('pull_request_target', labeled), 'perf-ok').allowed, false, 'another label does not count');
  assert.equal(decideForkSafety(eventFrom('pull_request_target', labeled), null).allowed, false, 'no label configured: labels never count');

  const sync = asFork(examplePayload('pull_request', 'synchronize'));
  sync.pull_request.labels = [{ name: 'perf-ok' }];
  const s = decideForkSafety(eventFrom('pull_request_target', sync), 'perf-ok');
  assert.equal(s.allowed, false, 'a label present at a new push does not vouch for the new commits');
  assert.equal(s.removeLabel, 'perf-ok');
  const reopened = asFork(examplePayload('pull_request', 'reopened'));
  reopened.pull_request.labels = [{ name: 'perf-ok' }];
  assert.equal(decideForkSafety(eventFrom('pull_request_target', reopened), 'perf-ok').allowed, false, 'only the labeled event itself');
});

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

test('host lock: exclusive, names the holder while waiting, times out with a clear error', async () => {
  const dir = tmp();
  const lines: string[] = [];
  const first = await acquireHostLock({ dir, timeoutSec: 0, label: 'repo run 1 perf', log: (l) => lines.push(l) });
  assert.ok(existsSync(join(dir, LOCK_FILE)));
  await assert.rejects(
    acquireHostLock({ dir, timeoutSec: 0, label: 'run 2', log: (l) => lines.push(l) }),
    (e: unknown) => e instanceof UserError && /timed out after 0 s waiting for the benchmark lock .* held by repo run 1 perf \(pid \d+/.test(e.message),
  );
  assert.match(lines.join('\n'), /waiting for the benchmark lock .*held by repo run 1 perf/);
  // A waiter gets the lock once the holder releases it.
  const events: string[] = [];
  const waiting = acquireHostLock({ dir, timeoutSec: 60, pollMs: 20, label: 'run 3', log: (l) => events.push(l) }).then((l) => {
    events.push('acquired');
    return l;
  });
  while (!events.some((e) => e.startsWith('waiting'))) await new Promise((r) => setTimeout(r, 10));
  events.push('released');
  await first.release();
  const third = await waiting;
  assert.deepEqual(events.slice(-2), ['released', 'acquired']);
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).label, 'run 3');
  await third.release();
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
});

test('host lock: a lock left by a dead process is taken over', async () => {
  const dir = tmp();
  const pid = await deadPid();
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, startTicks: null, hostname: hostname(), since: '2026-01-01T00:00:00Z', label: 'crashed job' }));
  const lines: string[] = [];
  const lock = await acquireHostLock({ dir, timeoutSec: 0, label: 'me', log: (l) => lines.push(l) });
  assert.match(lines.join('\n'), new RegExp(`removed a stale benchmark lock left by crashed job \\(pid ${pid}`));
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
  await lock.release();
});

test('host lock: a live PID whose start time differs (PID reused) is stale too', async () => {
  const dir = tmp();
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, startTicks: 1, hostname: hostname(), since: 'x', label: 'old job' }));
  const lock = await acquireHostLock({ dir, timeoutSec: 0, label: 'me', log: () => {} });
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).label, 'me');
  await lock.release();
});

const FIXTURE = join(ROOT, 'fixtures/results/with-analysis.json');
const fixture = () => JSON.parse(readFileSync(FIXTURE, 'utf8'));

test('results validation: a file written by the tool passes unchanged', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(validateResults(fixture(), 'x'))), fixture());
});

test('results validation: wrong types, sizes and schema are named by JSON path', () => {
  const bad = (edit: (r: any) => void, re: RegExp) => {
    const r = fixture();
    edit(r);
    userError(() => validateResults(r, 'artifact/results.json'), re);
  };
  bad((r) => (r.schema = 'other@1'), /artifact\/results\.json is not a valid llama-perf-gate results file: \$\.schema must be one of llama-perf-gate\/results@1/);
  bad((r) => (r.plan.variants[1].ref = 'x'.repeat(5000)), /\$\.plan\.variants\[1\]\.ref is 5000 characters long \(limit 4096\)/);
  bad((r) => (r.analysis.verdict = 'great'), /\$\.analysis\.verdict must be one of neutral, regression, improvement, inconclusive/);
  bad((r) => (r.launches[0].records[0].samplesTs = [1, '2']), /\$\.launches\[0\]\.records\[0\]\.samplesTs\[1\] must be a finite number/);
  bad((r) => r.plan.variants.push(r.plan.variants[0]), /\$\.plan\.variants has 3 items \(limit 2\)/);
  bad((r) => (r.builds = {}), /\$\.builds must be an array \(got object\)/);
  userError(() => validateResults([], 'x'), /\$ must be an object \(got array\)/);
});

test('results validation: depth-sweep launches, their memory analysis, depth tools and --depth-sweep pass unchanged; bad ones are named', () => {
  const r = fixture();
  r.plan.depthSweep = DEPTH_SWEEP;
  for (const b of r.builds) b.depthTool = 'llama-batched-bench';
  r.depthLaunches = depthLaunches({ failB: true });
  r.analysis.depth_memory = [{ name: 'sweep:mem@d0', depth: 0, n: 3, a_kib: 1, b_kib: 2, a_anon_kib: 1, b_anon_kib: 1, ratio: 2, ci: [1.5, 2.5], ci_level: 0.9 }];
  const plain = JSON.parse(JSON.stringify(r));
  assert.deepEqual(JSON.parse(JSON.stringify(validateResults(plain, 'x'))), plain);
  const bad = (edit: (x: any) => void, re: RegExp) => {
    const x = JSON.parse(JSON.stringify(r));
    edit(x);
    userError(() => validateResults(x, 'x'), re);
  };
  bad((x) => (x.depthLaunches[0].status = 'fine'), /\$\.depthLaunches\[0\]\.status must be one of ok, crashed, timeout, parse-error, skipped/);
  bad((x) => (x.depthLaunches[1].samples[2].nKv = 'deep'), /\$\.depthLaunches\[1\]\.samples\[2\]\.nKv must be an integer/);
  bad((x) => (x.depthLaunches[1].points[2].speedTg = 'fast'), /\$\.depthLaunches\[1\]\.points\[2\]\.speedTg must be a finite number/);
  // Untrusted speeds: a point must be what its row says, a row what its own timing says.
  bad((x) => (x.depthLaunches[1].points[2].speedTg *= 1.2), /\$\.depthLaunches\[1\]\.points differ from the points its rows and memory samples give/);
  bad((x) => (x.depthLaunches[1].points[2].memory.rssKiB = 1), /\$\.depthLaunches\[1\]\.points differ/);
  bad((x) => {
    x.depthLaunches[1].rows[2].speedTg *= 1.2;
    x.depthLaunches[1].points[2].speedTg = x.depthLaunches[1].rows[2].speedTg;
  }, /\$\.depthLaunches\[1\]\.rows\[2\]\.speedTg is [\d.]+ t\/s, but 32 tokens in [\d.]+ s is [\d.]+ t\/s/);
  bad((x) => (x.depthLaunches[0].kvBuffer = '<b>'), /\$\.depthLaunches\[0\]\.kvBuffer must be one of mmap, heap/);
  bad((x) => (x.plan.depthSweep.depths = ['0']), /\$\.plan\.depthSweep\.depths\[0\] must be an integer/);
  bad((x) => (x.analysis.depth_memory[0].ci = [1]), /\$\.analysis\.depth_memory\[0\]\.ci must have exactly 2 items/);
  bad((x) => (x.builds[0].depthTool = 'x'.repeat(300)), /\$\.builds\[0\]\.depthTool is 300 characters long/);
});

test('results validation: unknown fields and nested raw values are dropped, not passed on', () => {
  const r = fixture();
  r.injected = '<script>';
  r.host.extra = { deep: true };
  r.launches[0].records[0].raw = { model_type: 'llama', nested: { a: 1 }, samples_ts: [1, 2], deep: [[1]], ok: 3 };
  const v = validateResults(r, 'x') as any;
  assert.equal('injected' in v, false);
  assert.equal('extra' in v.host, false);
  assert.deepEqual(v.launches[0].records[0].raw, { model_type: 'llama', samples_ts: [1, 2], ok: 3 });
});

test('results file over the size limit is refused before parsing', async () => {
  const dir = tmp();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'r.json'), 'x'.repeat(2048));
  await assert.rejects(readResultsFile(join(dir, 'r.json'), 1024), (e: unknown) => e instanceof UserError && /is 2048 bytes; results files are limited to 1024 bytes/.test(e.message));
});

test('fitToLimit: short text untouched; long text cut at a line, open blocks closed, pointer added', () => {
  assert.equal(fitToLimit('short', 100, null), 'short');
  const long = '<details><summary>x</summary>\n\n```text\n' + Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n');
  const out = fitToLimit(long, 5000, 'https://github.test/run/1');
  assert.ok(out.length <= 5000);
  assert.match(out, /\*\*Truncated\*\*: this text exceeded GitHub's 5,000-character limit\. The full report: https:\/\/github\.test\/run\/1/);
  assert.equal((out.match(/^```/gm) ?? []).length % 2, 0, 'code fence closed');
  assert.ok(out.includes('</details>'), 'details closed');
});

test('CLI aggregate: merges machines into aggregate.json and report.md, exit 1 on a regression', async () => {
  const { aggregateCommand } = await import('../../src/cli/aggregate.ts');
  const dir = tmp();
  for (const [name, verdict] of [['perf-a', 'neutral'], ['perf-b', 'regression']] as const) writeResultsFile(join(dir, name), resultsFor(verdict));
  let printed = '';
  const code = await aggregateCommand(['--out', join(dir, 'out'), join(dir, 'perf-a'), join(dir, 'perf-b')], (t) => (printed += t));
  assert.match(printed, /overall: regression/);
  assert.equal(code, 1);
  const agg = JSON.parse(readFileSync(join(dir, 'out/aggregate.json'), 'utf8'));
  assert.equal(agg.schema, 'llama-perf-gate/aggregate@1');
  assert.deepEqual(agg.machines.map((m: any) => m.label), ['perf-a', 'perf-b']);
  const md = readFileSync(join(dir, 'out/report.md'), 'utf8').replace(/\\/g, '');
  assert.match(md, /### ✅ perf-a: Neutral/);
  assert.match(md, /### 🔴 perf-b: Regression/);
  await assert.rejects(aggregateCommand([join(dir, 'nothing-here')], () => {}), (e: unknown) => e instanceof UserError && /does not exist/.test(e.message));
});

test('results validation: throughput finite and > 0, samples_ts agreeing with samples_ns, ranges and counts bounded', () => {
  const r0 = fixture();
  const i = r0.launches.findIndex((l: any) => l.records.length > 0);
  const at = `\\$\\.launches\\[${i}\\]\\.records\\[0\\]`;
  const bad = (edit: (r: any) => void, re: RegExp) => {
    const r = fixture();
    edit(r);
    userError(() => validateResults(r, 'artifact/results.json'), re);
  };
  bad((r) => (r.launches[i].records[0].samplesTs[0] = 0), new RegExp(`${at}\\.samplesTs\\[0\\] must be a positive number below 1e12 \\(got 0\\)`));
  bad((r) => (r.launches[i].records[0].samplesTs[1] = -58), new RegExp(`${at}\\.samplesTs\\[1\\] must be a positive number`));
  bad((r) => (r.launches[i].records[0].avgTs = 1e300), new RegExp(`${at}\\.avgTs must be a positive number below 1e12 \\(got 1e\\+300\\)`));
  bad((r) => (r.launches[i].records[0].samplesTs[0] *= 1.5), new RegExp(`${at}\\.samplesTs\\[0\\] is [\\d.]+ t/s, but \\d+ tokens in samplesNs\\[0\\] = \\d+ ns is [\\d.]+ t/s \\(more than 1% apart\\)`));
  bad((r) => r.launches[i].records[0].samplesNs.pop(), new RegExp(`${at}\\.samplesTs has \\d+ values but samplesNs has \\d+`));
  bad((r) => (r.plan.alpha = 0.7), /\$\.plan\.alpha must be greater than 0 and less than 0\.5 \(got 0\.7\)/);
  bad((r) => (r.plan.margin = 0), /\$\.plan\.margin must be in \[0\.001, 0\.5\] \(got 0\)/);
  bad((r) => (r.plan.maxBlocks = 1e9), /\$\.plan\.maxBlocks must be between 1 and 100000/);
  bad((r) => (r.plan.looks = [5, -1]), /\$\.plan\.looks\[1\] must be between 1 and 100000/);
  bad((r) => (r.launches[0].block = -1), /\$\.launches\[0\]\.block must be between 0 and/);
  // A sample 0.5% off (rounding in llama-bench's own printing) is fine.
  const ok = fixture();
  ok.launches[i].records[0].samplesTs[0] *= 1.005;
  validateResults(ok, 'x');
});

test('the reader recomputes the analysis from the samples and names a disagreeing claim', async () => {
  const dir = tmp();
  const path = writeResultsFile(dir, resultsFor('regression'), (r) => {
    r.analysis = resultsFor('neutral').analysis;
  });
  const r = await readTrustedResults(path);
  assert.equal(r.analysis?.verdict, 'regression');
  assert.ok(r.analysis!.workloads.every((w) => w.verdict === 'regression'));
  assert.match(r.analysis!.warnings[0], /^the results file claimed neutral; recomputed from its samples: regression \(pp512 neutral → regression, tg128 neutral → regression\)$/);
  const honest = await readTrustedResults(writeResultsFile(tmp(), resultsFor('improvement')));
  assert.deepEqual(honest.analysis?.warnings, [], 'an honest file gets no warning');
});

test('sticky comment: a create the server stored but never answered (timeout) is found again, not repeated', async (t) => {
  const gh = new FakeGitHub();
  await gh.start();
  t.after(() => gh.stop());
  gh.fail({ method: 'POST', path: /\/issues\/5\/comments$/, status: 0, when: 'hang', times: 1 });
  const lines: string[] = [];
  const client = createClient({ token: 'ghs_x', baseUrl: gh.url, log: (l) => lines.push(l), timeoutMs: 500 });
  const target = { owner: 'o', repo: 'r', issueNumber: 5, marker: '<!-- llama-perf-gate -->' };
  const res = await upsertStickyComment(client, target, 'report', 'github-actions[bot]', { backoffMs: 10, log: (l) => lines.push(l) });
  assert.equal(gh.commentsBy(5, 'github-actions[bot]').length, 1, lines.join('\n'));
  assert.equal(res.id, gh.commentsBy(5, 'github-actions[bot]')[0].id);
  assert.match(lines.join('\n'), /creating the comment on #5 failed .*looking it up again/);
  assert.deepEqual(gh.requests.filter((r) => r.method === 'POST').length, 1, 'the create was not repeated');
});

test('inputs good/bad/max-builds/bisect-minutes: both refs or neither, checked by the bisect flags\' own rules, worded for inputs', () => {
  const read = (m: Record<string, string>) => {
    try {
      const o = readOptions((n) => m[n] ?? '', {});
      return JSON.stringify([o.bisectRange, o.bisectBudget]);
    } catch (e) {
      return `${(e as Error).message} | ${(e as UserError).hint}`;
    }
  };
  assert.equal(read({}), '[null,{"maxBuilds":null,"minutes":null}]');
  assert.equal(read({ good: 'b4000', bad: 'master', 'max-builds': '6', 'bisect-minutes': '90' }), '[{"good":"b4000","bad":"master"},{"maxBuilds":6,"minutes":90}]');
  assert.equal(read({ good: '--upload-pack=x', bad: 'master' }), 'input "good" must be a git ref (not starting with "-") (got "--upload-pack=x") | example:  good: v1.0');
  assert.equal(read({ good: 'b4000' }), 'input "bad" is empty: a bisection needs both good and bad | example:  good: b4000  bad: master');
  assert.equal(read({ good: 'a', bad: 'b', 'max-builds': '1' }), 'input "max-builds" must be an integer in [2, 100000] (got "1") | example:  max-builds: 8');
  assert.equal(read({ good: 'a', bad: 'b', 'bisect-minutes': '0' }), 'input "bisect-minutes" must be a number in [0.1, 100000] (got "0") | example:  bisect-minutes: 120');
});
