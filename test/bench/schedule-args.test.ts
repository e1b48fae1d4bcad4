import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockOrder, prng } from '../../src/bench/schedule.ts';
import { readFileSync } from 'node:fs';
import { workloadArgs, benchArgv, noMmapArgs, type RunnerInfo } from '../../src/bench/args.ts';
import { detectFlavourFromHelp, supportedFlags } from '../../src/parse/help.ts';
import { parseWorkloads, parseWorkload } from '../../src/plan/workload.ts';
import type { Plan } from '../../src/plan/types.ts';
import { UserError } from '../../src/sys/errors.ts';

const ws = parseWorkloads('pp512,tg128,tg128@d4096');

test('the same seed gives the same schedule; another seed another', () => {
  const blocks = (seed: number) => {
    const r = prng(seed);
    return Array.from({ length: 5 }, () => blockOrder(ws, r));
  };
  const [a, b, c] = [blocks(42), blocks(42), blocks(43)];
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('a block runs every workload once per variant, each A/B pair back to back', () => {
  const rand = prng(1);
  for (let i = 0; i < 50; i++) {
    const order = blockOrder(ws, rand);
    assert.equal(order.length, 6);
    for (let k = 0; k < order.length; k += 2) {
      assert.equal(order[k].workload, order[k + 1].workload);
      assert.deepEqual([order[k].variant, order[k + 1].variant].sort(), ['A', 'B']);
    }
    assert.deepEqual(new Set(order.map((s) => s.workload)), new Set(ws.map((w) => w.id)));
  }
});

test('A goes first about half the time (randomized, not fixed)', () => {
  const rand = prng(9);
  let aFirst = 0;
  const n = 2000;
  for (let i = 0; i < n; i++) if (blockOrder([ws[0]], rand)[0].variant === 'A') aFirst++;
  assert.ok(Math.abs(aFirst / n - 0.5) < 0.05, `A first ${aFirst}/${n}`);
});

test('workloads map to each flavour’s flags', () => {
  assert.deepEqual(workloadArgs(parseWorkload('pp512'), 'mainline'), ['-p', '512', '-n', '0']);
  assert.deepEqual(workloadArgs(parseWorkload('tg128'), 'ik'), ['-p', '0', '-n', '128']);
  assert.deepEqual(workloadArgs(parseWorkload('pp512+tg128'), 'mainline'), ['-p', '0', '-n', '0', '-pg', '512,128']);
  assert.deepEqual(workloadArgs(parseWorkload('tg128@d4096'), 'mainline'), ['-p', '0', '-n', '128', '-d', '4096']);
  assert.deepEqual(workloadArgs(parseWorkload('tg128@d4096'), 'ik'), ['-p', '0', '-n', '0', '-gp', '4096,128']);
  assert.throws(() => workloadArgs(parseWorkload('pp512@d4096'), 'ik'), UserError);
});

test('levers reach argv, and a lever the runner lacks is an error', () => {
  const plan = {
    models: [{ name: 'm', path: '/m.gguf' }], threads: 2, levers: { repetitions: 5, prio: 2, delay: 1 },
  } as unknown as Plan;
  const variant = { id: 'B', name: 'head', ref: 'x', cmakeArgs: [], runArgs: ['-fa', '1'], env: {} } as Plan['variants'][1];
  const mainline: RunnerInfo = { flavour: 'mainline', flags: new Set(['--prio', '--delay']) };
  const argv = benchArgv(plan, variant, parseWorkload('tg128'), mainline);
  assert.deepEqual(argv, ['-m', '/m.gguf', '-p', '0', '-n', '128', '-r', '5', '-t', '2', '-o', 'json', '--prio', '2', '--delay', '1', '-fa', '1']);
  const ik: RunnerInfo = { flavour: 'ik', flags: new Set() };
  assert.throws(() => benchArgv(plan, variant, parseWorkload('tg128'), ik), /has no --prio option/);
});

test('--no-mmap: each flavour’s own flag, from the real --help captures; a llama-bench lacking both is one line', () => {
  const help = (f: string) => readFileSync(new URL(`../../fixtures/llama-bench/${f}`, import.meta.url), 'utf8');
  const info = (text: string): RunnerInfo => ({ flavour: detectFlavourFromHelp(text), flags: supportedFlags(text) });
  const plan = { models: [{ name: 'm', path: '/m.gguf' }], threads: 2, levers: { repetitions: 1, noMmap: true } } as unknown as Plan;
  const variant = { id: 'A', name: 'base', ref: 'x', cmakeArgs: [], runArgs: [], env: {} } as unknown as Plan['variants'][0];
  const tail = (i: RunnerInfo) => benchArgv(plan, variant, parseWorkload('tg128'), i).slice(12);
  // mainline lists -mmp as deprecated in favour of --load-mode: the current spelling is used
  assert.deepEqual(tail(info(help('mainline/help.txt'))), ['-lm', 'none']);
  for (const commit of ['a22250df9', 'f31aca2d4', '8337e4cd3']) {
    const ik = info(help(`ik/${commit}/help.stdout`));
    assert.equal(ik.flavour, 'ik');
    assert.deepEqual(tail(ik), ['-mmp', '0'], commit);
  }
  assert.deepEqual(tail({ flavour: 'mainline', flags: new Set(['-mmp', '--mmap']) }), ['-mmp', '0'], 'a mainline from before --load-mode');
  assert.deepEqual(benchArgv({ ...plan, levers: { repetitions: 1 } }, variant, parseWorkload('tg128'), info(help('mainline/help.txt'))).slice(12), [], 'off: nothing passed');
  const lacking = { flavour: 'mainline', flags: new Set(['--prio']) } as RunnerInfo;
  assert.throws(() => tail(lacking), (e: unknown) => e instanceof UserError && /^--no-mmap: this llama-bench \(mainline\) has neither -mmp nor --load-mode$/.test(e.message) && !e.message.includes('\n'));
  assert.deepEqual(noMmapArgs(lacking, false), []);
});
