// Every flag is checked where it is given (issue 21, item 2): ranges the decision engine accepts,
// looks within the horizon, workloads of a sane size, plan-file keys exactly like flags, --store a
// writable file, --numa against this host, a GGUF whose tensor data is all in the file, run args
// against the runner's --help. Each is one line (UserError, exit 2) before anything is built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromArgs } from '../../src/plan/from-args.ts';
import { runValues } from '../../src/plan/plan-file.ts';
import { checkStorePath as checkStore } from '../../src/sys/paths.ts';

const checkStorePath = (path: string) => checkStore(path, { flag: '--store', writable: true });
import { optionSpec } from '../../src/plan/options.ts';
import { MAX_HORIZON } from '../../src/stats/spending.ts';
import { designState } from '../../src/stats/sequential.ts';
import { checkPlacements } from '../../src/host/numa-policy.ts';
import { checkRunArgs } from '../../src/bench/args.ts';
import { readGgufHeader } from '../../src/model/gguf-reader.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { EnvironmentError, UserError } from '../../src/sys/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-flags-'));
const model = writeTinyModel(join(dir, 'm.gguf'));
const base = ['--repo', dir, '--model', model, '--base', 'main', '--head', 'pr-1', '--out', join(dir, 'out')];
const refused = (fn: () => unknown, re: RegExp) =>
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof UserError, String(e));
    assert.match(e.message, re);
    assert.doesNotMatch(e.message, /\n/);
    assert.ok((e.hint ?? '').length > 0);
    return true;
  });

test('--max-blocks and --horizon share the decision engine\'s bound: --max-blocks 500 is refused up front', () => {
  assert.equal(optionSpec('run', 'max-blocks').max, MAX_HORIZON);
  assert.equal(optionSpec('run', 'horizon').max, MAX_HORIZON);
  refused(() => planFromArgs([...base, '--max-blocks', '500']), /^--max-blocks must be an integer in \[2, 300\] \(got "500"\)/);
  refused(() => planFromArgs([...base, '--max-blocks', '500', '--horizon', '500']), /^--max-blocks must be an integer in \[2, 300\]/);
  // Every plan the flags accept is a design the engine accepts.
  const p = planFromArgs([...base, '--max-blocks', String(MAX_HORIZON)]);
  assert.doesNotThrow(() => designState({ looks: p.looks, horizon: p.horizon, alpha: p.alpha, margin: p.margin, method: p.method, spending: p.spending, nBlocks: p.maxBlocks }));
});

test('a look past the horizon is an error, not dropped', () => {
  refused(() => planFromArgs([...base, '--max-blocks', '30', '--horizon', '30', '--looks', '50']), /^--looks 50: the look at 50 blocks is past the horizon \(30 blocks, as --max-blocks\)/);
  refused(() => planFromArgs([...base, '--max-blocks', '30', '--looks', '70']), /^--looks 70: the look at 70 blocks is past the horizon \(60 blocks\)/); // the default: twice --max-blocks
  refused(() => planFromArgs([...base, '--max-blocks', '30', '--horizon', '40', '--looks', '10,50']), /the look at 50 blocks is past the horizon \(40 blocks\)/);
  assert.deepEqual(planFromArgs([...base, '--max-blocks', '30', '--looks', '10,20']).looks, [10, 20, 30]);
});

test('workloads have sane bounds: pp99999999999999 is refused', () => {
  refused(() => planFromArgs([...base, '--workloads', 'pp99999999999999']), /^workload "pp99999999999999" needs 99999999999999 tokens of context; at most 10,000,000/);
  refused(() => planFromArgs([...base, '--workloads', 'tg128@d99999999']), /needs 100000127 tokens/);
  assert.equal(planFromArgs([...base, '--workloads', 'tg128@d1000000']).workloads[0].nDepth, 1_000_000);
});

test('plan-file keys are validated exactly like flags: store: "" is an error, not the default', () => {
  const plan = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  refused(() => planFromArgs([...base, '--plan', plan('s.yml', 'store: ""\n')]), /^--plan .*s\.yml: --store got an empty value/);
  refused(() => planFromArgs([...base, '--plan', plan('t.yml', 'threads: 0\n')]), /^--plan .*t\.yml: --threads must be an integer in \[1, 4096\]/);
  refused(() => planFromArgs([...base, '--plan', plan('n.yml', 'base-env: ["NOEQUALS"]\n')]), /^--plan .*n\.yml: --base-env must be NAME=VALUE/);
  // A flag given on the command line wins over the file's (bad) value, as for any key.
  assert.equal(runValues([...base, '--plan', plan('w.yml', 'store: ""\n'), '--store', 'x.sqlite']).str('store'), 'x.sqlite');
  assert.equal(runValues(['--plan', plan('k.yml', 'store: kept.sqlite\n')]).str('store'), 'kept.sqlite');
});

test('--store is a writable file: a directory, a path under a file, a read-only place are refused', () => {
  mkdirSync(join(dir, 'sdir'));
  writeFileSync(join(dir, 'afile'), '');
  refused(() => checkStorePath(join(dir, 'sdir')), /^--store .*sdir is a directory, not an experiment store file/);
  refused(() => checkStorePath(join(dir, 'afile', 's.sqlite')), /^--store .*afile\/s\.sqlite cannot be created: .*afile is a file/);
  refused(() => checkStorePath('/proc/x.sqlite'), /^--store \/proc is not writable/);
  // A store that cannot be created or written is an environment error (exit 3); a directory is bad input.
  assert.throws(() => checkStorePath(join(dir, 'afile', 's.sqlite')), (e: unknown) => e instanceof EnvironmentError && e.exitCode === 3);
  assert.throws(() => checkStorePath('/proc/x.sqlite'), (e: unknown) => e instanceof EnvironmentError && e.exitCode === 3);
  assert.throws(() => checkStorePath(join(dir, 'sdir')), (e: unknown) => e instanceof UserError && !(e instanceof EnvironmentError) && e.exitCode === 2);
  assert.doesNotThrow(() => checkStorePath(join(dir, 'new', 'deeper', 's.sqlite')));
});

test('--numa node:7 on a one-node host is refused (the check every run and demo makes before building)', () => {
  const oneNode = [{ id: 0, cpus: [0, 1], memTotalKiB: null, memFreeKiB: null }];
  refused(() => checkPlacements([{ kind: 'bind', node: 7 }], oneNode), /^NUMA bind to node 7, but this host has node\(s\) 0/);
  refused(() => checkPlacements([{ kind: 'cpus', cpus: '0-3' }], oneNode), /names CPU\(s\) 2-3 that are not online here/);
});

test('a GGUF is checked end to end: one truncated to 60 kB (tensor data missing) is refused', () => {
  const big = join(dir, 'big.gguf');
  writeTinyModel(big, { embd: 128, ff: 256, vocab: 256 });
  assert.ok(readGgufHeader(big).tensors.length > 0);
  const cut = join(dir, 'cut.gguf');
  writeFileSync(cut, readFileSync(big).subarray(0, 60_000));
  refused(() => readGgufHeader(cut), /^model file .*cut\.gguf is truncated: tensor "[^"]+" ends at byte \d+, but the file has 60000 bytes/);
  refused(() => planFromArgs(base.map((a) => (a === model ? cut : a))), /is truncated/);
  // One byte short is as truncated as 60 kB.
  const short = join(dir, 'short.gguf');
  const bytes = readFileSync(big);
  writeFileSync(short, bytes.subarray(0, bytes.length - 1));
  refused(() => readGgufHeader(short), /is truncated/);
  closeSync(openSync(join(dir, 'empty.gguf'), 'w'));
  refused(() => readGgufHeader(join(dir, 'empty.gguf')), /not a GGUF file/);
});

test('run args are checked against the runner\'s --help, as the depth tool\'s are', () => {
  const info = { flavour: 'mainline' as const, flags: new Set(['-m', '-fa', '--flash-attn', '-t']) };
  const v = (id: 'A' | 'B', runArgs: string[]) => ({ id, name: id, ref: 'x', cmakeArgs: [], runArgs, env: {} });
  refused(() => checkRunArgs(v('B', ['--bogus']), info), /^--head-arg --bogus is not an option of variant B's llama-bench \(mainline\)/);
  refused(() => checkRunArgs(v('A', ['-fa', '1', '-xyz']), info), /^--base-arg -xyz is not an option/);
  assert.doesNotThrow(() => checkRunArgs(v('B', ['-fa', '1', '--flash-attn', '-1']), info));
});
