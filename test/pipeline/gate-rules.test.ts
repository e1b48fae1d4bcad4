// Every rule that can fail the gate, each tested where it is the ONLY thing wrong: a fleet of three
// machines whose files all pass alone, with one thing changed. Turning any one rule into
// `inconclusive` (which passes under the default on-inconclusive: pass) fails exactly its test.
// Files go through the posting job's path: pipeline/fleet.ts loads and decides them, the report
// model concludes with stats/policy.ts, as the Action's aggregate mode and `aggregate` do.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFleet } from '../../src/pipeline/fleet.ts';
import { buildReportModel, type ReportModel } from '../../src/report/index.ts';
import { plain } from '../../src/report/vocabulary.ts';
import { readDesign } from '../../src/github/inputs.ts';
import { cutTo, resultsFor, writeResultsFile, type SampleVerdict } from '../helpers/results-files.ts';
import type { Results } from '../../src/store/results.ts';

const MACHINES = ['perf-epyc-2s', 'perf-xeon-4s', 'perf-graviton'];
const NEUTRAL = resultsFor('neutral');
/** The rule a posting job declares with these inputs: the files' own (10 blocks, looks at 5 and 10), so only the test that changes one differs. */
const DESIGN = readDesign((name) => ({ 'max-blocks': '10', looks: '5' })[name] ?? '');

interface Fleet {
  /** Files per artifact directory (null: that machine sent nothing); default each machine neutral. */
  files?: Record<string, Results | null>;
  edit?: Record<string, (r: any) => void>;
  /** Extra files at paths under the artifacts directory. */
  extra?: Record<string, Results>;
  expected?: string[];
  onInconclusive?: 'pass' | 'fail';
  onIncomplete?: 'pass' | 'fail';
}

/** Lay the files out as download-artifact does (artifacts/<name>/results.json) and conclude as the posting job does. */
async function gateOf(f: Fleet = {}): Promise<ReportModel> {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-gate-'));
  const files: Record<string, Results | null> = { ...Object.fromEntries(MACHINES.map((m) => [m, NEUTRAL])), ...f.files };
  for (const [name, r] of Object.entries(files)) if (r) writeResultsFile(join(dir, 'artifacts', name), r, f.edit?.[name]);
  for (const [path, r] of Object.entries(f.extra ?? {})) writeResultsFile(join(dir, 'artifacts', path), r);
  const fleet = await loadFleet(['artifacts'], dir, f.expected ?? MACHINES, DESIGN);
  return buildReportModel(fleet.machines.map((m) => m.results), {
    labels: fleet.machines.map((m) => m.label), problems: fleet.problems, onInconclusive: f.onInconclusive, onIncomplete: f.onIncomplete,
  });
}

function assertFails(model: ReportModel, overall: string, line: RegExp): void {
  assert.equal(model.overall, overall);
  assert.equal(model.gate.conclusion, 'failure');
  assert.equal(model.gate.passes, false);
  assert.match(plain(model.firstLine), line);
}

const withVerdict = (v: SampleVerdict) => ({ files: { 'perf-xeon-4s': resultsFor(v) } });

describe('the gate: each rule alone', { concurrency: 4 }, () => {
  test('control: three neutral machines, all expected, pass', async () => {
    const m = await gateOf();
    assert.equal(m.overall, 'neutral');
    assert.equal(m.gate.conclusion, 'success');
    assert.deepEqual(m.machines.map((x) => x.label), MACHINES.toSorted());
    assert.deepEqual(m.problems, []);
  });

  test('a regression on one machine fails', async () => {
    assertFails(await gateOf(withVerdict('regression')), 'regression', /^🔴 perf-xeon-4s: pp512 -49\.9% \[-50\.3%, -49\.4%\]/);
  });

  test('a variant that never ran a workload fails (failed)', async () => {
    assertFails(await gateOf(withVerdict('failed')), 'failed', /perf-xeon-4s: Run failed: tg128: variant B \(head\) could not run/);
  });

  test('a build that failed (nothing benchmarked) fails', async () => {
    const broken = (r: any) => {
      r.builds[1].ok = false;
      r.builds[1].error = 'cmake exited 1';
      r.launches = [];
      r.schedule.blocks = [];
      r.analysis = null;
    };
    assertFails(await gateOf({ edit: { 'perf-xeon-4s': broken } }), 'failed', /Run failed: build of B \(head, ref pr-17000-mmap-kv\) failed: cmake exited 1/);
  });

  test('inconclusive fails only under on-inconclusive: fail', async () => {
    const m = await gateOf({ ...withVerdict('inconclusive'), onInconclusive: 'fail' });
    assertFails(m, 'inconclusive', /check fails \(on-inconclusive: fail\)$/);
    assert.equal((await gateOf(withVerdict('inconclusive'))).gate.passes, true, 'the default lets it through');
  });

  test('an experiment that stopped before its planned blocks with workloads undecided fails (incomplete), unless on-incomplete: pass', async () => {
    const cut = { files: { 'perf-xeon-4s': cutTo(resultsFor('inconclusive'), 4, 'interrupted by SIGTERM in block 5') } };
    assertFails(await gateOf(cut), 'incomplete', /^⚠️ perf-xeon-4s: Incomplete: measured 4 of 10 planned blocks; stopped: interrupted by SIGTERM in block 5 — check fails \(on-incomplete: fail\)$/);
    assert.equal((await gateOf({ ...cut, onIncomplete: 'pass' })).gate.passes, true);
  });

  test('an expected machine that sent nothing fails (incomplete), unless on-incomplete: pass', async () => {
    const m = await gateOf({ files: { 'perf-graviton': null } });
    assertFails(m, 'incomplete', /^⚠️ Incomplete: no results from perf-graviton: no results\.json for it/);
    assert.equal(m.problems.length, 1);
    const allowed = await gateOf({ files: { 'perf-graviton': null }, onIncomplete: 'pass' });
    assert.equal(allowed.gate.passes, true);
  });

  test('an invalid results file fails (incomplete)', async () => {
    const m = await gateOf({ edit: { 'perf-xeon-4s': (r) => (r.launches[3].wallMs = 'soon') } });
    assertFails(m, 'incomplete', /no results from perf-xeon-4s: .*\$\.launches\[3\]\.wallMs must be a finite number/);
  });

  test('machines that measured different B commits fail', async () => {
    const m = await gateOf({ edit: { 'perf-xeon-4s': (r) => (r.builds[1].commit = 'b'.repeat(40)) } });
    assertFails(m, 'failed', /the machines measured different B commits \(c0ffee123456 on perf-epyc-2s, perf-graviton; bbbbbbbbbbbb on perf-xeon-4s\)/);
  });

  test('machines that measured different A commits fail', async () => {
    const m = await gateOf({ edit: { 'perf-xeon-4s': (r) => (r.builds[0].commit = 'a'.repeat(40)) } });
    assertFails(m, 'failed', /the machines measured different A commits/);
  });

  test('a file decided with another rule than the posting job declares fails', async () => {
    const m = await gateOf({ edit: { 'perf-xeon-4s': (r) => (r.plan.margin = 0.5) } });
    assertFails(m, 'failed', /results\.json from perf-xeon-4s was decided with margin 0\.5; this workflow declares 0\.02/);
  });

  test('two files for one machine fail, and neither is counted', async () => {
    const m = await gateOf({ extra: { 'perf-xeon-4s/old': NEUTRAL } });
    assertFails(m, 'failed', /2 results files stand for perf-xeon-4s \(artifacts\/perf-xeon-4s\/old\/results\.json, artifacts\/perf-xeon-4s\/results\.json\)/);
    assert.deepEqual(m.machines.map((x) => x.label), ['perf-epyc-2s', 'perf-graviton']);
  });

  test('a file whose host name is another machine of the fleet fails, and is not counted for either', async () => {
    const m = await gateOf({ edit: { 'perf-xeon-4s': (r) => (r.host.hostname = 'perf-graviton') } });
    assertFails(m, 'failed', /results\.json from perf-xeon-4s names its host perf-graviton, which is perf-graviton/);
    assert.deepEqual(m.machines.map((x) => x.label), ['perf-epyc-2s', 'perf-graviton']);
  });
});

describe('a machine is who the trusted job says it is', () => {
  test('a fleet missing perf-graviton does not pass when another file says its host is perf-graviton', async () => {
    const m = await gateOf({ files: { 'perf-graviton': null }, edit: { 'perf-xeon-4s': (r) => (r.host.hostname = 'perf-graviton') } });
    assert.equal(m.gate.passes, false);
    const lines = m.problems.map((p) => p.text).join('\n');
    assert.match(lines, /no results from perf-graviton: no results\.json for it/);
    assert.match(lines, /results\.json from perf-xeon-4s names its host perf-graviton/);
    // on-incomplete: pass does not let an impersonating file through.
    assert.equal((await gateOf({ files: { 'perf-graviton': null }, edit: { 'perf-xeon-4s': (r) => (r.host.hostname = 'perf-graviton') }, onIncomplete: 'pass' })).gate.passes, false);
  });

  test('a results file nested inside an artifact stands for that artifact, not for the directory it names', async () => {
    // perf-epyc-2s's artifact carries a second file in a directory called perf-graviton.
    const m = await gateOf({ files: { 'perf-graviton': null }, extra: { 'perf-epyc-2s/perf-graviton': NEUTRAL } });
    assert.equal(m.gate.passes, false);
    const lines = m.problems.map((p) => p.text).join('\n');
    assert.match(lines, /no results from perf-graviton/);
    assert.match(lines, /2 results files stand for perf-epyc-2s/);
  });

  test('host names that are not machines of the fleet change nothing; the sections are the artifacts', async () => {
    const m = await gateOf({ edit: { 'perf-epyc-2s': (r) => (r.host.hostname = 'epyc-2s.lab.example'), 'perf-graviton': (r) => (r.host.hostname = 'PERF-GRAVITON.lab') } });
    assert.equal(m.overall, 'neutral');
    assert.deepEqual(m.machines.map((x) => x.label), MACHINES.toSorted());
  });
});
