// Bad input, all of it: a table of wrong flags, values, files and Action inputs across every command.
// Each must end in ONE line naming the flag, input or path, a valid example (or the fix), exit 2 —
// never a stack trace, never the regression code. The count is printed as a diagnostic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { MAIN } from '../helpers/cli.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { main, reportError } from '../../src/cli/main.ts';
import { readOptions, readPlan, type InputGetter } from '../../src/github/inputs.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { RESULTS_SCHEMA } from '../../src/store/results.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-bad-'));
const model = join(dir, 'tiny.gguf');
writeTinyModel(model, { ctx: 256 });
const repo = join(dir, 'repo');
mkdirSync(repo);
const git = (...a: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...a]);
git('init', '-q', '-b', 'main');
writeFileSync(join(repo, 'README'), 'x\n');
git('add', '-A');
git('commit', '-qm', 'one');
git('branch', 'pr-1');

const file = (name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const aFile = file('a-file', 'not a directory\n');
const textFile = file('notes.txt', 'hello\n');
const truncated = file('truncated.gguf', Buffer.from('GGUF\x03\x00\x00\x00\x05', 'latin1'));
const badYaml = file('bad.yml', 'base: [main\nhead: x\n');
const badJson = file('bad.json', '{"base": ');
const planUnknown = file('unknown.yml', 'treads: 2\n');
const planList = file('list.yml', 'threads: [1, 2]\n');
const planEnvString = file('envstr.yml', 'head-env: LLAMA_KV_MMAP=1\n');
const planArray = file('array.yml', '- base\n- head\n');
const planBadValue = file('badvalue.yml', `repo: ${repo}\nmodel: ${model}\nbase: main\nhead: pr-1\nthreads: zero\n`);
const aDir = join(dir, 'a-dir');
mkdirSync(aDir);
const notJson = file('results-notjson.json', 'nope');
const foreign = file('results-foreign.json', '{"schema": "something-else"}');
const wrongShape = file('results-shape.json', JSON.stringify({ schema: RESULTS_SCHEMA, plan: { workloads: 'tg128' }, launches: [{ block: 'x' }] }));
const rawEmpty = file('raw-empty.json', '[]');
const otherOut = join(dir, 'other-out');
mkdirSync(otherOut);
writeFileSync(join(otherOut, 'results.json'), JSON.stringify({ schema: RESULTS_SCHEMA, plan: { repo, model, variants: [{ id: 'A', ref: 'v1', cmakeArgs: [], runArgs: [], env: {} }, { id: 'B', ref: 'v2', cmakeArgs: [], runArgs: [], env: {} }], workloads: [{ id: 'pp512' }] } }));

const out = join(dir, 'out');
const RUN = ['run', '--repo', repo, '--model', model, '--base', 'main', '--head', 'pr-1', '--out', out];
const run = (...extra: string[]) => [...RUN, ...extra];

/** [argv, what the first line must name] */
const CLI_CASES: [string[], string][] = [
  // run: every flag with wrong values
  [run('--threads', 'two'), '--threads'], [run('--threads', '0'), '--threads'], [run('--threads=-1'), '--threads'], [run('--threads', '1.5'), '--threads'],
  [run('--threads', '99999'), '--threads'], [run('--threads='), '--threads'], [run('--threads'), '--threads'],
  [run('--repetitions', '0'), '--repetitions'], [run('--repetitions', 'x'), '--repetitions'],
  [run('--max-blocks', '1'), '--max-blocks'], [run('--max-blocks', 'abc'), '--max-blocks'], [run('--max-blocks', '1e9'), '--max-blocks'],
  [run('--warmup-blocks=-1'), '--warmup-blocks'], [run('--warmup-blocks', 'x'), '--warmup-blocks'],
  [run('--looks', 'a,b'), '--looks'], [run('--looks', '5,,10'), '--looks'], [run('--looks', '0'), '--looks'],
  [run('--seed=-5'), '--seed'], [run('--seed', 'x'), '--seed'], [run('--seed', '3000000000'), '--seed'],
  [run('--timeout', '0'), '--timeout'], [run('--timeout', '3000000'), '--timeout'], [run('--timeout', '1h'), '--timeout'], [run('--timeout', '86401'), '--timeout'],
  [run('--margin', '2'), '--margin'], [run('--margin', '0'), '--margin'], [run('--margin', 'abc'), '--margin'], [run('--margin=-0.1'), '--margin'], [run('--margin', '0.6'), '--margin'],
  [run('--alpha', '0.5'), '--alpha'], [run('--alpha', '0'), '--alpha'], [run('--alpha', 'x'), '--alpha'],
  [run('--method', 'bayes'), '--method'], [run('--method='), '--method'],
  [run('--numa', 'bogus'), '--numa'], [run('--numa', 'node:x'), '--numa'],
  [run('--prio', '5'), '--prio'], [run('--prio', 'x'), '--prio'],
  [run('--delay=-1'), '--delay'], [run('--delay', 'x'), '--delay'],
  [run('--cpu-mask', 'zz'), '--cpu-mask'], [run('--cpu-mask', '0xg'), '--cpu-mask'],
  [run('--poll', '101'), '--poll'], [run('--poll', 'x'), '--poll'],
  [run('--depth-sweep', '0,1k'), '--depth-sweep'], [run('--depth-sweep', '1024,1024'), '--depth-sweep'], [run('--depth-sweep='), '--depth-sweep'],
  [run('--depth-gen', '16'), '--depth-gen'], [run('--depth-sweep', '0', '--depth-gen', '0'), '--depth-gen'], [run('--depth-ctx', '8192'), '--depth-ctx'],
  [run('--workloads', 'pp512,bogus'), 'bogus'], [run('--workloads='), '--workloads'], [run('--workloads', 'tg0'), 'tg0'],
  [run('--head-env', 'nope'), '--head-env'], [run('--head-env', '=x'), '--head-env'], [run('--head-env', '1A=2'), '--head-env'], [run('--base-env', 'nope'), '--base-env'],
  [run('--head-cmake', '-DX=1'), '--head-cmake'], [run('--base-arg='), '--base-arg'], [run('--cpu-strict=yes'), '--cpu-strict'],
  [run('--treads', '2'), '--treads'], [run('--bogus'), '--bogus'], [run('-x'), '-x'], [run('main'), 'main'],
  [run('--force=1'), '--force'], [run('--horizon', '1'), '--horizon'], [run('--horizon', 'x'), '--horizon'], [run('--spending', 'linear'), '--spending'],
  // run: files and refs
  [['run', '--model', model, '--base', 'main', '--head', 'pr-1'], '--repo'], [run('--repo', join(dir, 'nope')), '--repo'], [run('--repo', aFile), '--repo'],
  [['run', '--repo', repo, '--base', 'main', '--head', 'pr-1'], '--model'], [run('--model', join(dir, 'none.gguf')), 'none.gguf'], [run('--model', aDir), '--model'],
  [run('--model', truncated), 'truncated.gguf'], [run('--model', textFile), 'notes.txt'],
  [['run', '--repo', repo, '--model', model, '--head', 'pr-1'], '--base'], [run('--base', 'bsae'), '--base bsae'], [run('--head', 'nope-ref'), '--head nope-ref'], [run('--base=-x'), '--base'],
  [['run', '--repo', repo, '--model', model, '--base', 'main', '--out', out], 'identical'],
  [run('--base-name', 'x', '--head-name', 'x'), '--base-name'],
  [run('--out', aFile), '--out'], [run('--out', join(aFile, 'sub')), '--out'], [run('--out', '/proc/lpg-out'), '--out'],
  [run('--out', otherOut), '--out'],
  [run('--plan', join(dir, 'missing.yml')), '--plan'], [run('--plan', aDir), '--plan'], [run('--plan', badYaml), '--plan'], [run('--plan', badJson), '--plan'],
  [run('--plan', planUnknown), 'treads'], [run('--plan', planList), 'threads'], [run('--plan', planEnvString), 'head-env'], [run('--plan', planArray), '--plan'],
  [['run', '--plan', planBadValue], '--threads'],
  // demo: flags are checked before the embedded source is prepared
  [['demo', '--threads', '0'], '--threads'], [['demo', '--bogus'], '--bogus'], [['demo', '--workloads', 'x'], '"x"'], [['demo', '--margin', '5'], '--margin'],
  [['demo', '--out', aFile], '--out'], [['demo', '--max-blocks', '1'], '--max-blocks'], [['demo', '--timeout', '999999'], '--timeout'], [['demo', '--head-env', 'bad'], '--head-env'],
  // model
  [['model'], '--out'], [['model', '--out', join(dir, 'missing-dir', 'm.gguf')], '--out'], [['model', '--out', aDir], '--out'], [['model', '--out', join(aFile, 'm.gguf')], '--out'],
  [['model', '--out', '/proc/lpg-m.gguf'], '--out'],
  [['model', '--out', join(dir, 'm.gguf'), '--embd', '0'], '--embd'], [['model', '--out', join(dir, 'm.gguf'), '--embd', 'x'], '--embd'],
  [['model', '--out', join(dir, 'm.gguf'), '--layers=-1'], '--layers'], [['model', '--out', join(dir, 'm.gguf'), '--type', 'f8'], '--type'],
  [['model', '--out', join(dir, 'm.gguf'), '--seed=-1'], '--seed'], [['model', '--out', join(dir, 'm.gguf'), '--vocab', '1e9'], '--vocab'],
  [['model', '--out', join(dir, 'm.gguf'), '--ctx', 'x'], '--ctx'], [['model', '--out', join(dir, 'm.gguf'), '--kv-heads', '0'], '--kv-heads'], [['model', '--bogus'], '--bogus'],
  // probe
  [['probe', '--kv-mib', '0'], '--kv-mib'], [['probe', '--kv-mib', 'x'], '--kv-mib'], [['probe', '--fill', '0'], '--fill'], [['probe', '--fill', '2'], '--fill'],
  [['probe', '--threads', '0'], '--threads'], [['probe', '--kinds', 'heap,bogus'], '--kinds'], [['probe', '--time-ms=-1'], '--time-ms'], [['probe', '--iterations', '1'], '--iterations'],
  [['probe', '--bogus'], '--bogus'], [['probe', '--json=1'], '--json'],
  // aggregate
  [['aggregate'], 'aggregate'], [['aggregate', '--out', aFile, foreign], '--out'], [['aggregate', '--out', join(aFile, 'x'), foreign], '--out'],
  [['aggregate', join(dir, 'missing.json')], 'missing.json'],
  [['aggregate', '--bogus'], '--bogus'], [['aggregate', '--template', join(dir, 'missing.hbs'), foreign], '--template'],
  // analyze
  [['analyze', 'r.json', '--margin', 'abc'], '--margin'], [['analyze', 'r.json', '--margin', '2'], '--margin'], [['analyze', 'r.json', '--margin', '0.6'], '--margin'],
  [['analyze', 'r.json', '--alpha', '0.4'], '--alpha'], [['analyze', 'r.json', '--alpha', 'x'], '--alpha'], [['analyze', 'r.json', '--method', 'x'], '--method'],
  [['analyze', 'r.json', '--format', 'yaml'], '--format'], [['analyze', 'r.json', '--frobnicate'], '--frobnicate'],
  [['analyze', '--base', 'a1', 'a2', '--head', 'b1'], '--base'], [['analyze'], 'analyze'], [['analyze', 'r.json', '--base', 'a', '--head', 'b'], 'r.json'],
  [['analyze', join(dir, 'missing.json')], 'missing.json'], [['analyze', notJson], 'results-notjson.json'], [['analyze', foreign], 'results-foreign.json'],
  [['analyze', wrongShape], 'results-shape.json'], [['analyze', '--base', rawEmpty, '--head', rawEmpty], 'raw-empty.json'], [['analyze', '--base=x'], '--base'],
  [['analyze', 'a.json', 'b.json'], 'b.json'],
  // no such command
  [['runn'], 'runn'],
];

const getter = (inputs: Record<string, string>): InputGetter => (name) => inputs[name] ?? '';
const D = { baseRef: 'main', headRef: 'pr-1', workspace: dir, out: join(dir, 'action-out') };
/** [inputs, which reader, the input the first line must name] */
const INPUT_CASES: [Record<string, string>, 'options' | 'plan', string][] = [
  [{ 'on-inconclusive': 'maybe' }, 'options', 'on-inconclusive'], [{ post: 'sure' }, 'options', 'post'], [{ comment: 'y es' }, 'options', 'comment'],
  [{ check: '2' }, 'options', 'check'], [{ 'pr-number': '12a' }, 'options', 'pr-number'], [{ 'pr-number': '0' }, 'options', 'pr-number'],
  [{ 'lock-timeout': '-1' }, 'options', 'lock-timeout'], [{ mode: 'fleet' }, 'options', 'mode'], [{ mode: 'aggregate' }, 'options', 'results'],
  [{ model, repo: 'nope' }, 'plan', 'repo'], [{}, 'plan', 'model'], [{ model, threads: 'many' }, 'plan', 'threads'], [{ model, margin: '2' }, 'plan', 'margin'],
  [{ model, method: 'x' }, 'plan', 'method'], [{ model, timeout: '3000000' }, 'plan', 'timeout'], [{ model, 'depth-sweep': '0,x' }, 'plan', 'depth-sweep'],
  [{ model, 'head-env': 'nope' }, 'plan', 'head-env'], [{ model, workloads: 'pp512,xx9' }, 'plan', 'xx9'], [{ model, 'base-cmake': '"open' }, 'plan', 'base-cmake'],
  [{ model, 'cpu-strict': 'maybe' }, 'plan', 'cpu-strict'], [{ model, 'max-blocks': '1' }, 'plan', 'max-blocks'], [{ model, out: 'a-file' }, 'plan', 'out'],
  [{ model, numa: 'bogus' }, 'plan', 'numa'], [{ model, plan: 'missing.yml' }, 'plan', 'plan'], [{ model, base: '-x' }, 'plan', 'base'],
  [{ model, head: '--upload-pack=touch /tmp/pwned' }, 'plan', 'head'],
];

interface Outcome {
  code: number | null;
  lines: string[];
  crashed: string | null;
}

async function runCli(argv: string[]): Promise<Outcome> {
  const write = process.stdout.write;
  try {
    process.stdout.write = (() => true) as typeof process.stdout.write; // --help text, tables: not under test
    const code = await main(argv);
    return { code, lines: [], crashed: null };
  } catch (e) {
    const r = reportError(e);
    return r ? { code: r.code, lines: r.lines, crashed: null } : { code: 1, lines: [], crashed: (e as Error).stack ?? String(e) };
  } finally {
    process.stdout.write = write;
  }
}

function meetsBar(o: Outcome, names: string, input = false): string | null {
  if (o.crashed) return `crashed: ${o.crashed.split('\n').slice(0, 2).join(' ')}`;
  if (o.code !== 2) return `exit ${o.code}${o.lines.length ? `: ${o.lines[0]}` : ''}`;
  if (o.lines.length > 2 || o.lines.some((l) => l.includes('\n'))) return `more than one line and a hint: ${o.lines.join(' ⏎ ')}`;
  if (!o.lines[0].startsWith('error: ')) return `not an error line: ${o.lines[0]}`;
  if (!o.lines[0].includes(input ? `input "${names}"` : names) && !(input && o.lines[0].includes(names))) return `does not name ${names}: ${o.lines[0]}`;
  const text = o.lines.join(' ');
  if (!/example|e\.g\.|did you mean|valid flags/i.test(text)) return `no valid example: ${text}`;
  return null;
}

test('bad input: every case is one line naming the flag, input or path, with an example; exit 2; no stack trace', async (t) => {
  const failures: string[] = [];
  let cases = 0;
  for (const [argv, names] of CLI_CASES) {
    cases++;
    const why = meetsBar(await runCli(argv), names);
    if (why) failures.push(`${argv.filter((a) => a !== repo && a !== model && a !== out).join(' ')} → ${why}`);
  }
  for (const [inputs, reader, name] of INPUT_CASES) {
    cases++;
    let o: Outcome;
    try {
      if (reader === 'options') readOptions(getter(inputs), {});
      else readPlan(getter(inputs), D);
      o = { code: 0, lines: [], crashed: null };
    } catch (e) {
      const r = reportError(e);
      o = r ? { code: r.code, lines: r.lines, crashed: null } : { code: 1, lines: [], crashed: (e as Error).stack ?? String(e) };
    }
    const why = meetsBar(o, name, true);
    if (why) failures.push(`inputs ${JSON.stringify(inputs).replace(model, 'MODEL')} → ${why}`);
  }
  t.diagnostic(`bad-input cases: ${cases}; meeting the bar: ${cases - failures.length}`);
  assert.ok(cases >= 120, `${cases} cases`);
  assert.deepEqual(failures, [], `${failures.length} of ${cases} miss the bar:\n${failures.join('\n')}`);
});

test('aggregate: an unreadable machine file is not bad input but its own row: incomplete, exit 1, naming the file', async () => {
  const { aggregateCommand } = await import('../../src/cli/aggregate.ts');
  for (const f of [notJson, foreign]) {
    const lines: string[] = [];
    const code = await aggregateCommand(['--out', join(dir, `agg-${basename(f)}`), f], (t) => void lines.push(t));
    assert.equal(code, 1, f);
    assert.match(lines.join(''), new RegExp(`incomplete: .*${basename(f).replace('.', '\\.')}`));
  }
});

test('every command answers --help with its flags, their defaults and an example; exit 0', async () => {
  for (const cmd of ['run', 'demo', 'analyze', 'probe', 'model', 'aggregate']) {
    const chunks: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => (chunks.push(String(s)), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main([cmd, '--help']);
    } finally {
      process.stdout.write = write;
    }
    const text = chunks.join('');
    assert.equal(code, 0, cmd);
    assert.match(text, /^usage: llama-perf-gate /m, cmd);
    assert.match(text, /\n {2}--[a-z]/, `${cmd} lists flags`);
    assert.match(text, /\nexample:\n {2}llama-perf-gate /, cmd);
    if (cmd !== 'aggregate') assert.match(text, /\(default [^)]+\)/, `${cmd} shows defaults`);
  }
});

test('through the real entry point: one error line and one hint on stderr, exit 2, no stack trace', () => {
  for (const argv of [run('--model', aDir), run('--out', aFile), ['analyze', wrongShape], ['model', '--out', join(dir, 'missing-dir', 'm.gguf')]]) {
    const r = spawnSync(process.execPath, [MAIN, ...argv], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0], /^error: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});
