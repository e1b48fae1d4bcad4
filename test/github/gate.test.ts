// Missing evidence never passes, through the built action with real webhook payloads
// (@octokit/webhooks-examples) against the local GitHub stand-in: a fleet whose missing machine is
// "covered" by another file's host name, and a results file cut to 4 of its 11 planned blocks.
import { defaultHorizon, looksFor } from '../../src/plan/decision-rule.ts';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { examplePayload, runAction } from '../helpers/run-action.ts';
import { cutTo, resultsFor, writeResultsFile } from '../helpers/results-files.ts';
import { decideAll } from '../../src/stats/decide.ts';
import type { Results } from '../../src/store/results.ts';

async function fakeGitHub(t: { after: (fn: () => Promise<void>) => void }): Promise<FakeGitHub> {
  const gh = new FakeGitHub();
  await gh.start();
  t.after(() => gh.stop());
  return gh;
}

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `lpg-gate-${name}-`));
const plain = (s: string) => s.replace(/\\/g, '').replace(/&#8203;/g, '');
const prOpened = () => examplePayload('pull_request', 'opened');
const PR_HEAD = prOpened().pull_request.head.sha as string;

/** A results file for the example PR (B = its head), planned as `run --max-blocks N` plans it (its default looks). */
function measured(verdict: 'neutral' | 'regression', maxBlocks: number): Results {
  const r = resultsFor(verdict, { blocks: maxBlocks + 1 });
  r.builds.find((b) => b.variant === 'B')!.commit = PR_HEAD;
  Object.assign(r.plan, { maxBlocks, looks: looksFor(maxBlocks), spending: 'split', horizon: defaultHorizon(maxBlocks) });
  r.analysis = decideAll(r);
  return r;
}

describe('missing evidence fails the check', { concurrency: 2 }, () => {
  test('fleet: perf-graviton sent nothing and perf-xeon-4s says its host is perf-graviton: the check fails, naming both', async (t) => {
    const gh = await fakeGitHub(t);
    const dir = tmp('spoof');
    const neutral = measured('neutral', 10);
    writeResultsFile(join(dir, 'artifacts/perf-epyc-2s'), neutral);
    writeResultsFile(join(dir, 'artifacts/perf-xeon-4s'), neutral, (r) => (r.host.hostname = 'perf-graviton'));
    const inputs = { mode: 'aggregate', results: 'artifacts', 'expected-machines': 'perf-epyc-2s, perf-xeon-4s, perf-graviton', 'max-blocks': '10', 'github-token': 'ghs_test' };
    const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), workspace: dir, inputs });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.verdict, 'failed');
    assert.equal(gh.checkRuns[0].conclusion, 'failure');
    const body = plain([...gh.comments.values()].flat()[0].body);
    assert.doesNotMatch(body, /Neutral on all/);
    assert.match(body, /no results from perf-graviton: no results\.json for it/);
    assert.match(body, /results\.json from perf-xeon-4s names its host perf-graviton, which is perf-graviton: a file stands for the machine whose artifact it came in/);
    assert.match(body, /### ✅ perf-epyc-2s: Neutral/);
    const agg = JSON.parse(readFileSync(run.outputs['results-path'], 'utf8'));
    assert.deepEqual(agg.machines.map((m: { label: string }) => m.label), ['perf-epyc-2s']);

    // The same with on-incomplete: pass: a file standing for another machine is never let through.
    gh.checkRuns.length = 0;
    const allowed = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), workspace: dir, inputs: { ...inputs, 'on-incomplete': 'pass' } });
    assert.equal(allowed.outputs.verdict, 'failed');
    assert.equal(gh.checkRuns[0].conclusion, 'failure');
  });

  test('results-path: a regression file cut to 4 of its 11 planned blocks fails with on-inconclusive: pass; the headline says how far it got', async (t) => {
    const gh = await fakeGitHub(t);
    const full = measured('regression', 11);
    assert.equal(full.analysis!.verdict, 'regression');
    const path = writeResultsFile(tmp('cut'), cutTo(full, 4, 'completed'));
    const inputs = { 'results-path': path, 'max-blocks': '11', 'on-inconclusive': 'pass', 'github-token': 'ghs_test' };
    const run = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), inputs });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.verdict, 'incomplete');
    assert.equal(gh.checkRuns[0].conclusion, 'failure');
    assert.equal(gh.checkRuns[0].output.title, 'Incomplete: measured 4 of 11 planned blocks; stopped: completed');
    const first = plain([...gh.comments.values()].flat()[0].body).split('\n').find((l) => l.startsWith('## '));
    assert.equal(first, '## ⚠️ Incomplete: measured 4 of 11 planned blocks; stopped: completed — check fails (on-incomplete: fail)');
    assert.match(plain(run.summary), /Incomplete: measured 4 of 11 planned blocks/);

    // Allowed through only when the workflow says so.
    gh.checkRuns.length = 0;
    const allowed = await runAction({ api: gh.url, eventName: 'pull_request', payload: prOpened(), inputs: { ...inputs, 'on-incomplete': 'pass' } });
    assert.equal(allowed.outputs.verdict, 'incomplete');
    assert.equal(gh.checkRuns[0].conclusion, 'neutral');
  });
});
