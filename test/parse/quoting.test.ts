// Values with quotes and commas inside (a model path, a cpu name) survive every format's quoting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitCsvLine } from '../../src/parse/csv.ts';
import { splitSqlValues } from '../../src/parse/sql.ts';
import { detectFormat, parseBenchOutput } from '../../src/parse/index.ts';

test('csv cells: doubled quotes and commas inside quotes', () => {
  assert.deepEqual(splitCsvLine('"a","b ""x"", c",""'), ['a', 'b "x", c', '']);
  assert.deepEqual(splitCsvLine('bare,"q"'), ['bare', 'q']);
  assert.equal(splitCsvLine('"open,'), null);
});

test("sql values: ik's doubled quotes and mainline's unescaped ones", () => {
  assert.deepEqual(splitSqlValues("'it''s', '2'"), ["it's", '2']);
  assert.deepEqual(splitSqlValues("'/m/it's.gguf', 'x'"), ["/m/it's.gguf", 'x']);
  assert.deepEqual(splitSqlValues("'', '0'"), ['', '0']);
  assert.equal(splitSqlValues("'a', b"), null);
});

test('a model path with quote and comma round-trips through ik csv and sql', () => {
  const FIX = new URL('../../fixtures/llama-bench/ik/', import.meta.url);
  const path = `/models/it's "big", really.gguf`;
  const csv = readFileSync(new URL('a22250df9/pp128-tg16-gp256.csv', FIX), 'utf8')
    .replaceAll('"/work/ikbuild/m43.gguf"', `"${path.replaceAll('"', '""')}"`);
  const sql = readFileSync(new URL('a22250df9/pp128-tg16-gp256.sql', FIX), 'utf8')
    .replaceAll("'/work/ikbuild/m43.gguf'", `'${path.replaceAll("'", "''")}'`);
  for (const [name, text] of [['q.csv', csv], ['q.sql', sql]]) {
    const recs = parseBenchOutput(text, name);
    assert.equal(recs.length, 3);
    for (const r of recs) assert.equal(r.raw.model_filename, path, name);
  }
});

test('format detection from the first non-empty line', () => {
  assert.equal(detectFormat('\n[\n  {'), 'json');
  assert.equal(detectFormat('{"build_commit": "x"}'), 'jsonl');
  assert.equal(detectFormat('build_commit,build_number,n_prompt,n_gen'), 'csv');
  assert.equal(detectFormat('| model | size |'), 'md');
  assert.equal(detectFormat('CREATE TABLE IF NOT EXISTS test ('), 'sql');
  assert.equal(detectFormat('main: error: failed to load model'), null);
  assert.equal(detectFormat('  \n'), null);
});
