import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flavourLabel, labelWorkloads, parseWorkload, parseWorkloads } from '../../src/plan/workload.ts';
import { parseNumaPolicy } from '../../src/plan/numa.ts';
import { planFromArgs } from '../../src/plan/from-args.ts';
import { looksFor } from '../../src/plan/decision-rule.ts';
import { extendedLooks } from '../../src/pipeline/extend.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { UserError } from '../../src/sys/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-plan-'));
const model = join(dir, 'm.gguf');
writeTinyModel(model);
const base = ['--repo', dir, '--model', model, '--base', 'main', '--head', 'pr-1'];

test('workload labels follow llama-bench', () => {
  assert.deepEqual(parseWorkload('pp512'), { id: 'pp512', label: 'pp512', nPrompt: 512, nGen: 0, nDepth: 0, numa: { kind: 'none' } });
  const w = parseWorkload('tg128@d4096');
  assert.deepEqual([w.label, w.nPrompt, w.nGen, w.nDepth], ['tg128@d4096', 0, 128, 4096]);
  assert.equal(parseWorkload('tg128@pp4096').label, 'tg128@d4096'); // ik's -gp label
  assert.equal(parseWorkload('tg128 @ d4096').label, 'tg128@d4096'); // llama-bench md spelling
  const pg = parseWorkload('pp512+tg128');
  assert.deepEqual([pg.nPrompt, pg.nGen], [512, 128]);
  assert.equal(parseWorkload('pp512', { kind: 'interleave' }).id, 'pp512 [numa interleave]');
});

test('bad workloads are one clear error with an example', () => {
  for (const bad of ['pp', 'tg128+pp512', 'pp512tg128', 'xx1', 'pp512+', '+tg128', 'tg0', '']) {
    assert.throws(() => parseWorkload(bad), (e: unknown) => e instanceof UserError && /unknown workload/.test(e.message) && /--workloads/.test(e.hint ?? ''), bad);
  }
  assert.throws(() => parseWorkloads('pp512,pp512'), /listed twice/);
});

test('numa policies parse and reject unknown spellings', () => {
  assert.deepEqual(parseNumaPolicy('node:1'), { kind: 'bind', node: 1 });
  assert.deepEqual(parseNumaPolicy('cpus:0-7,16-23'), { kind: 'cpus', cpus: '0-7,16-23' });
  assert.deepEqual(parseNumaPolicy('distribute'), { kind: 'llama', mode: 'distribute' });
  assert.throws(() => parseNumaPolicy('node:x'), /unknown --numa policy/);
});

test('flags become a plan with defaults and per-side toggles', () => {
  const p = planFromArgs([...base, '--threads', '2', '--head-env', 'LLAMA_KV_MMAP=1', '--head-cmake=-DGGML_NATIVE=OFF', '--seed', '7', '--max-blocks', '12']);
  assert.equal(p.threads, 2);
  assert.equal(p.seed, 7);
  assert.deepEqual(p.variants.map((v) => [v.id, v.name, v.ref]), [['A', 'base', 'main'], ['B', 'head', 'pr-1']]);
  assert.deepEqual(p.variants[1].env, { LLAMA_KV_MMAP: '1' });
  assert.deepEqual(p.variants[1].cmakeArgs, ['-DGGML_NATIVE=OFF']);
  assert.deepEqual(p.workloads.map((w) => w.id), ['pp512', 'tg128', 'tg128@d4096']);
  assert.deepEqual(p.looks, [7, 8, 12]);
  assert.equal(p.levers.repetitions, 3);
  assert.equal(p.margin, 0.02);
  assert.equal(p.depthSweep, null, 'no depth sweep unless asked for');
});

test('--depth-sweep and --depth-gen make the depth-sweep family; bad lists are one line with an example', () => {
  assert.deepEqual(planFromArgs([...base, '--depth-sweep', '4096,0,1024,2048', '--depth-gen', '16']).depthSweep, { depths: [0, 1024, 2048, 4096], gen: 16 });
  assert.deepEqual(planFromArgs([...base, '--depth-sweep', '0,2048']).depthSweep, { depths: [0, 2048], gen: 32 }, 'default --depth-gen 32');
  assert.equal(planFromArgs([...base, '--depth-sweep', '0,2048', '--depth-sweep', 'none']).depthSweep, null, 'none turns it off (the demo has one by default)');
  const bad = (args: string[], re: RegExp) =>
    assert.throws(() => planFromArgs([...base, ...args]), (e: unknown) => e instanceof UserError && re.test(e.message) && /example: --depth-(sweep 0,1024,2048,4096|gen 32)/.test(e.hint ?? ''), args.join(' '));
  bad(['--depth-sweep', '0,1k'], /--depth-sweep must be comma-separated KV depths, or none \(got "0,1k"\)/);
  bad(['--depth-sweep=-5'], /got "-5"/);
  bad(['--depth-sweep', '0,,1024'], /got "0,,1024"/);
  bad(['--depth-sweep', '0,99999999'], /--depth-sweep takes KV depths 0\.\.1048576, comma-separated \(got "99999999" in "0,99999999"\)/);
  bad(['--depth-sweep', '1024,1024'], /lists depth 1024 twice/);
  bad(['--depth-gen', '16'], /--depth-gen needs --depth-sweep/);
  bad(['--depth-sweep', '0,1024', '--depth-gen', '5000'], /--depth-gen must be an integer in \[1, 4096\]/);
  bad(['--depth-sweep', '0', '--depth-gen', '0'], /--depth-gen must be an integer in \[1, 4096\]/);
  assert.throws(() => planFromArgs([...base, '--depth-ctx', '8192']), /depth-ctx/, 'the one-launch phase and its flag are gone');
});

test('--no-mmap is a lever of both variants, absent unless given (old experiments keep their identity); with a loading run arg it is one line', () => {
  assert.equal(planFromArgs([...base, '--no-mmap']).levers.noMmap, true);
  assert.ok(!('noMmap' in planFromArgs(base).levers));
  for (const arg of ['--head-arg=-mmp', '--base-arg=--no-mmap', '--head-arg=--load-mode=mmap']) {
    assert.throws(() => planFromArgs([...base, '--no-mmap', arg, ...(arg.endsWith('-mmp') ? ['--head-arg', '1'] : [])]), (e: unknown) =>
      e instanceof UserError && /^--no-mmap and --(base|head)-arg (-mmp|--no-mmap|--load-mode=mmap) both set how the model is loaded$/.test(e.message), arg);
  }
  assert.deepEqual(planFromArgs([...base, '--head-arg=-mmp', '--head-arg', '0']).variants[1].runArgs, ['-mmp', '0'], 'without --no-mmap it is a run arg like any');
});

test('same commit with a runtime toggle is a valid comparison; identical sides are not', () => {
  const p = planFromArgs(['--repo', dir, '--model', model, '--base', 'main', '--head-env', 'LLAMA_KV_MMAP=1']);
  assert.equal(p.variants[1].ref, 'main');
  assert.throws(() => planFromArgs(['--repo', dir, '--model', model, '--base', 'main']), /identical/);
  assert.doesNotThrow(() => planFromArgs(['--repo', dir, '--model', model, '--base', 'main', '--head-name', 'same']));
});

test('each bad flag names itself', () => {
  const cases: [string[], RegExp][] = [
    [['--threads', 'two'], /--threads must be an integer/],
    [['--threads', '0'], /--threads must be an integer in \[1, 4096\]/],
    [['--margin', '2'], /--margin must be a number in/],
    [['--method', 'bayes'], /--method must be hl or t/],
    [['--head-env', 'nope'], /--head-env must be NAME=VALUE/],
    [['--cpu-mask', 'zz'], /--cpu-mask must be a hex mask/],
    [['--workloads', 'pp512,foo'], /unknown workload "foo"/],
  ];
  for (const [extra, re] of cases) assert.throws(() => planFromArgs([...base, ...extra]), re, extra.join(' '));
  assert.throws(() => planFromArgs(['--model', model, '--base', 'a', '--head', 'b']), /--repo is required/);
  assert.throws(() => planFromArgs(['--repo', join(dir, 'nope'), '--model', model, '--base', 'a']), /is not a directory/);
  assert.throws(() => planFromArgs(['--repo', dir, '--base', 'a', '--head', 'b']), /--model is required/);
  assert.throws(() => planFromArgs(['--repo', dir, '--model', join(dir, 'none.gguf'), '--base', 'a', '--head', 'b']), /cannot be opened/);
  assert.throws(() => planFromArgs([...base, '--bogus']), /unknown option --bogus for run/);
});

test('a plan file gives the same keys as flags; flags win', () => {
  const yml = join(dir, 'plan.yml');
  writeFileSync(yml, `repo: ${dir}\nmodel: ${model}\nbase: main\nhead: pr-2\nworkloads: [pp512, tg128]\nthreads: 3\nhead-env: [LLAMA_KV_MMAP=1]\n`);
  const p = planFromArgs(['--plan', yml, '--threads', '2']);
  assert.equal(p.variants[1].ref, 'pr-2');
  assert.deepEqual(p.workloads.map((w) => w.label), ['pp512', 'tg128']);
  assert.equal(p.threads, 2);
  writeFileSync(yml, 'treads: 2\n');
  assert.throws(() => planFromArgs(['--plan', yml]), /unknown key "treads"/);
});

test('looks always end at max-blocks; the default ones at a third, two fifths, half and two thirds of it, none before the first decidable look', () => {
  assert.deepEqual(looksFor(30), [10, 12, 15, 20, 30]);
  assert.deepEqual(looksFor(8), [7, 8]);
  assert.deepEqual(looksFor(7), [7]);
  assert.deepEqual(looksFor(20), [7, 8, 10, 13, 20]);
  assert.deepEqual(looksFor(60), [20, 24, 30, 40, 60]);
  assert.deepEqual(looksFor(300), [100, 120, 150, 200, 300]);
  assert.deepEqual(looksFor(3), [3]);
  assert.deepEqual(looksFor(10, '2,4'), [2, 4, 10]);
});

test('looks between --max-blocks and the horizon are kept for `more`, not dropped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-later-looks-'));
  const model = join(dir, 'm.gguf');
  writeTinyModel(model);
  const base = ['--repo', dir, '--model', model, '--base', 'main', '--head', 'pr', '--workloads', 'tg128', '--max-blocks', '30'];
  const p = planFromArgs([...base, '--horizon', '60', '--looks', '10,20,45,40']);
  assert.deepEqual([p.looks, p.laterLooks], [[10, 20, 30], [40, 45]]);
  assert.equal('laterLooks' in planFromArgs([...base, '--looks', '10,20']), false, 'a plan without them has no such key');
  assert.throws(() => planFromArgs([...base, '--looks', '10,61']), /the look at 61 blocks is past the horizon \(60 blocks\)/);
  // `more` takes them on its way, and keeps those past its new end declared.
  assert.deepEqual(extendedLooks(p.looks, 30, 50, p.laterLooks), { looks: [10, 20, 30, 40, 45, 50] });
  assert.deepEqual(extendedLooks(p.looks, 30, 42, p.laterLooks), { looks: [10, 20, 30, 40, 42], laterLooks: [45] });
  assert.deepEqual(extendedLooks([10, 20, 30, 40, 42], 42, 60, [45]), { looks: [10, 20, 30, 40, 42, 45, 60] });
});

test('labels a user recognises: ik\'s tg64@pp2048 shown for ik, the normalised tg64@d2048 kept inside', () => {
  const typedIk = parseWorkload('tg64@pp2048');
  assert.deepEqual([typedIk.id, typedIk.label, typedIk.nPrompt, typedIk.nGen, typedIk.nDepth], ['tg64@pp2048', 'tg64@d2048', 0, 64, 2048]);
  const typedMain = parseWorkload('tg64@d2048');
  assert.equal(flavourLabel(typedMain, 'ik'), 'tg64@pp2048');
  assert.equal(flavourLabel(typedIk, 'mainline'), 'tg64@d2048');
  assert.equal(flavourLabel(parseWorkload('pp512'), 'ik'), 'pp512');
  const ws = parseWorkloads('pp512,tg128,tg64@d2048');
  assert.deepEqual(labelWorkloads(ws, 'ik').map((w) => [w.id, w.label]), [['pp512', 'pp512'], ['tg128', 'tg128'], ['tg64@pp2048', 'tg64@d2048']]);
  assert.deepEqual(labelWorkloads(parseWorkloads('tg64@pp2048'), 'mainline').map((w) => w.id), ['tg64@d2048']);
  assert.throws(() => parseWorkloads('tg64@d2048,tg64@pp2048'), /listed twice/);
  assert.throws(() => parseWorkload('pp512@pp2048'), /unknown workload/, 'ik has no pp at a -gp depth');
});
