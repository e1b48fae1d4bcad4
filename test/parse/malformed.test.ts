// Malformed output: a UserError naming the source and the line, with a hint — never a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UserError } from '../../src/sys/errors.ts';
import { parseBenchOutput, parseSweepBench, detectFlavourFromHelp } from '../../src/parse/index.ts';

const FIX = new URL('../../fixtures/llama-bench/', import.meta.url);
const fixture = (p: string) => readFileSync(new URL(p, FIX), 'utf8');

function assertUserError(fn: () => unknown, where: RegExp, what?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof UserError, `expected UserError, got ${String(e)}`);
    assert.match(e.message, where);
    if (what) assert.match(e.message, what);
    assert.ok(e.hint && e.hint.length > 10, 'has a hint');
    return true;
  });
}

const lines = (t: string) => t.split('\n');

test('empty and unrecognizable output', () => {
  assertUserError(() => parseBenchOutput('', 'a.out'), /^a\.out: /, /empty/);
  assertUserError(() => parseBenchOutput('\n\nSegmentation fault\n', 'b.out'), /^b\.out:3: /, /Segmentation fault/);
});

test('json: truncated array, bad element, missing field, inconsistent samples', () => {
  const json = fixture('ik/a22250df9/pp128-tg16-gp256.json');
  const cut = lines(json).slice(0, 70).join('\n');
  assertUserError(() => parseBenchOutput(cut, 'cut.json'), /^cut\.json:\d+: malformed llama-bench json output/);
  // The element that lacks n_gen is named by its own start line.
  const tests = JSON.parse(json) as Record<string, unknown>[];
  delete tests[1].n_gen;
  const text = JSON.stringify(tests, null, 2);
  const secondStart = lines(text).findIndex((l, i) => i > 1 && l === '  {') + 1;
  assertUserError(() => parseBenchOutput(text, 'x.json'), new RegExp(`^x\\.json:${secondStart}: `), /lacks field "n_gen"/);
  tests[1].n_gen = 16;
  (tests[0].samples_ts as number[]).pop();
  assertUserError(() => parseBenchOutput(JSON.stringify(tests, null, 2), 'y.json'), /^y\.json:2: /, /samples_ns has 2 values but samples_ts has 1/);
  assertUserError(() => parseBenchOutput('[1, 2]', 'z.json'), /^z\.json:1: /, /not an object/);
});

test('jsonl: the broken line is named', () => {
  const good = '{"n_prompt": 512, "n_gen": 0, "n_depth": 0, "avg_ts": 512, "samples_ns": [1000000000], "samples_ts": [512]}';
  assertUserError(() => parseBenchOutput(`${good}\n${good}\n{"n_prompt": 5`, 'l.jsonl'), /^l\.jsonl:3: /);
  assertUserError(() => parseBenchOutput(`${good}\n{"n_prompt": -1, "n_gen": 0, "avg_ts": 1}`, 'm.jsonl'), /^m\.jsonl:2: /, /non-negative integer/);
});

test('csv: short row, unterminated quote, no header', () => {
  const csv = lines(fixture('ik/a22250df9/pp128-tg16-gp256.csv'));
  const short = [csv[0], csv[1], csv[2].split(',').slice(0, 20).join(',')].join('\n');
  assertUserError(() => parseBenchOutput(short, 's.csv'), /^s\.csv:3: /, /row has 20 values/);
  assertUserError(() => parseBenchOutput([csv[0], csv[1].slice(0, -1) + ',"open'].join('\n'), 'q.csv'), /^q\.csv:2: /, /unterminated/);
  assertUserError(() => parseBenchOutput(csv.slice(1).join('\n'), 'h.csv'), /^h\.csv:1: /);
});

test('md: bad t/s cell, unknown label, stray line', () => {
  const md = lines(fixture('ik/a22250df9/pp128-tg16-gp256.md'));
  assertUserError(() => parseBenchOutput([...md.slice(0, 3), md[3].replace(/\d+\.\d+ ± \d+\.\d+/, 'fast')].join('\n'), 't.md'), /^t\.md:4: /, /t\/s cell/);
  assertUserError(() => parseBenchOutput([...md.slice(0, 2), md[2].replace('pp128', 'xx128')].join('\n'), 'u.md'), /^u\.md:3: /, /test label "xx128"/);
  assertUserError(() => parseBenchOutput([...md.slice(0, 3), 'warning: something'].join('\n'), 'v.md'), /^v\.md:4: /, /unexpected line/);
});

test('sql: broken INSERT and unclosed CREATE TABLE', () => {
  const sql = lines(fixture('ik/a22250df9/pp128-tg16-gp256.sql'));
  const n = sql.findIndex((l) => l.startsWith('INSERT'));
  const broken = [...sql.slice(0, n), sql[n].slice(0, 200)].join('\n');
  assertUserError(() => parseBenchOutput(broken, 'b.sql'), new RegExp(`^b\\.sql:${n + 1}: `), /INSERT INTO/);
  assertUserError(() => parseBenchOutput(sql.slice(0, 5).join('\n'), 'c.sql'), /^c\.sql:\d+: /, /not closed/);
});

test('sweep-bench: no rows, broken json row, short table row', () => {
  assertUserError(() => parseSweepBench('main: loading model\n', 's.txt'), /^s\.txt: /, /no sweep rows/);
  assertUserError(() => parseSweepBench('{"pp": 512, "tg": 1\n', 't.jsonl'), /^t\.jsonl:1: /);
  const table = lines(fixture('ik/a22250df9/sweep/table.stderr'));
  const row = table.findIndex((l) => /^\|\s+256 \|/.test(l));
  table[row] = table[row].replace(/\|[^|]*\|$/, '|');
  assertUserError(() => parseSweepBench(table.join('\n'), 'u.txt'), new RegExp(`^u\\.txt:${row + 1}: `), /cells/);
});

test('help text that is not llama-bench', () => {
  assertUserError(() => detectFlavourFromHelp('bash: llama-bench: command not found\n'), /does not look like llama-bench/);
});
