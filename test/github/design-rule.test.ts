// The decision rule in the Action's post modes comes from the posting workflow's inputs, never from
// the results file (pipeline/fleet.ts designMismatch, github/inputs.ts readDesign). In-process: the
// rule the inputs declare, and which differences between it and a file's plan fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../src/sys/errors.ts';
import { readDesign, readOptions, type InputGetter } from '../../src/github/inputs.ts';
import { designMismatch, type Design } from '../../src/pipeline/fleet.ts';
import { planFromArgs } from '../../src/plan/from-args.ts';
import { designOf } from '../../src/stats/design-replay.ts';
import type { Results } from '../../src/store/results.ts';
import { resultsFor } from '../helpers/results-files.ts';

const getter = (inputs: Record<string, string>): InputGetter => (name) => inputs[name] ?? '';

/** The rule `llama-perf-gate run` writes into a plan for these flags. */
const runRule = (...flags: string[]) => designOf(planFromArgs(['--base', 'a', '--head', 'b', ...flags], { requireRepoModel: false }));

test('the rule the inputs declare is the one `run` gives the same flags: defaults and set values alike', () => {
  assert.deepEqual(readDesign(getter({})), runRule());
  assert.deepEqual(readDesign(getter({})), { margin: 0.02, alpha: 0.05, method: 'hl', looks: [10, 12, 15, 20, 30], horizon: 60, spending: 'split' });
  const set = { margin: '0.05', alpha: '0.01', method: 't', spending: 'obf', 'max-blocks': '40', horizon: '60', looks: '10,20' };
  assert.deepEqual(readDesign(getter(set)), runRule(...Object.entries(set).flatMap(([k, v]) => [`--${k}`, v])));
});

test('only the post modes read a rule (mode run decides with its own plan); a bad value names the input', () => {
  assert.equal(readOptions(getter({})).design, null);
  assert.deepEqual(readOptions(getter({ 'results-path': 'r.json', margin: '0.1' })).design?.margin, 0.1);
  assert.deepEqual(readOptions(getter({ mode: 'aggregate', results: 'artifacts', looks: '5' })).design?.looks, [5, 30]);
  assert.throws(
    () => readOptions(getter({ 'results-path': 'r.json', margin: '0.9' })),
    (e: unknown) => e instanceof UserError && /^input "margin" must be a number in \[0\.001, 0\.5\] \(got "0\.9"\)$/.test(e.message),
  );
  // a horizon below max-blocks is run's own one-line error, not a rule every file then fails
  assert.throws(
    () => readOptions(getter({ 'results-path': 'r.json', 'max-blocks': '40', horizon: '30' })),
    (e: unknown) => e instanceof UserError && /horizon.*must be at least.*max-blocks.*40/.test(e.message),
  );
  assert.throws(
    () => readOptions(getter({ mode: 'aggregate', results: 'artifacts', plan: 'plan.yml' })),
    (e: unknown) => e instanceof UserError && /^input "plan" is not read when posting results files/.test(e.message) && /margin: 0\.02/.test(e.hint ?? ''),
  );
});

/** A results file (neutral samples) whose plan has `plan` on top of the default rule. */
function file(plan: Record<string, unknown> = {}): Results {
  const r = resultsFor('neutral');
  Object.assign(r.plan, { maxBlocks: 30, looks: [10, 12, 15, 20, 30], horizon: 60, spending: 'split' }, plan);
  return r;
}
const DEFAULT: Design = readDesign(getter({}));

test('a file with the declared rule passes; each part that differs is named with both values and its input', () => {
  assert.equal(designMismatch(file(), DEFAULT, 'results.json'), null);
  const older = readDesign(getter({ spending: 'pocock', horizon: '30' }));
  assert.equal(designMismatch(file({ spending: undefined, horizon: undefined }), older, 'results.json'), null, 'an older file without spending or horizon used pocock over --max-blocks');
  assert.match(designMismatch(file({ spending: undefined, horizon: undefined }), DEFAULT, 'r')!.text, /with spending pocock, horizon 30; this workflow declares spending split, horizon 60/);
  assert.deepEqual(designMismatch(file({ method: 't' }), DEFAULT, 'results.json'), {
    text: 'results.json was decided with method t; this workflow declares hl: a results file cannot choose its own method (set the same `method` input on both jobs; `method: t` reproduces this file\'s rule)',
    outcome: 'failed',
  });
  assert.equal(
    designMismatch(file({ spending: 'obf', alpha: 0.1 }), DEFAULT, 'results.json from perf-arm')?.text,
    'results.json from perf-arm was decided with alpha 0.1, spending obf; this workflow declares alpha 0.05, spending split: a results file cannot choose its own alpha, spending (set the same `alpha`, `spending` inputs on both jobs; `alpha: 0.1`, `spending: obf` reproduce this file\'s rule)',
  );
  assert.match(designMismatch(file({ looks: [5, 30] }), DEFAULT, 'r')!.text, /^r was decided with looks 5,30; this workflow declares 10,12,15,20,30: .* \(set the same `max-blocks`, `looks` inputs on both jobs; `max-blocks: 30`, `looks: 5` reproduce this file's rule\)$/);
  assert.match(designMismatch(file({ maxBlocks: 20, looks: [7, 20], horizon: 40 }), DEFAULT, 'r')!.text, /with horizon 40, looks 7,20; this workflow declares horizon 60, looks 10,12,15,20,30/);
});

test('looks added after the declared max-blocks up to the horizon are a continuation (`more`); past the horizon they are not', () => {
  const declared = readDesign(getter({ horizon: '60' }));
  assert.equal(designMismatch(file({ horizon: 60, maxBlocks: 45, looks: [10, 12, 15, 20, 30, 45] }), declared, 'r'), null);
  assert.match(designMismatch(file({ horizon: 60, maxBlocks: 45, looks: [10, 45] }), declared, 'r')!.text, /looks 10,45; this workflow declares 10,12,15,20,30/);
  assert.match(designMismatch(file({ horizon: 60, maxBlocks: 90, looks: [10, 12, 15, 20, 30, 90] }), declared, 'r')!.text, /looks 10,12,15,20,30,90; this workflow declares 10,12,15,20,30/);
});

test('a file that launched nothing decided nothing: no rule to refuse (its build failure is reported as such)', () => {
  const r = file({ margin: 0.5 });
  r.launches = [];
  assert.equal(designMismatch(r, DEFAULT, 'r'), null);
});

test('a results file cannot choose to have run in an emulated guest (where throughput is never decided): numa-guest is part of the posting rule', () => {
  // A forged plan.levers.numaGuest would turn every throughput call into "not decided" and, with placement samples, a pass.
  const forged = file();
  forged.plan.levers.numaGuest = 2;
  assert.deepEqual(designMismatch(forged, DEFAULT, 'results.json'), {
    text: 'results.json was decided with numa-guest 2; this workflow declares none: a results file cannot choose its own numa-guest (set the same `numa-guest` input on both jobs; `numa-guest: 2` reproduces this file\'s rule)',
    outcome: 'failed',
  });
  const guestRule = readDesign(getter({ 'numa-guest': '2' }));
  assert.equal(guestRule.numaGuest, 2);
  assert.equal(designMismatch(forged, guestRule, 'results.json'), null, 'the posting job that declares the guest accepts it');
  assert.equal(designMismatch(file(), guestRule, 'r')?.text, 'r was decided with numa-guest none; this workflow declares 2: a results file cannot choose its own numa-guest (set the same `numa-guest` input on both jobs)');
});
