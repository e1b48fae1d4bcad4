// ik llama-sweep-bench (table and jsonl) and mainline llama-batched-bench jsonl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseSweepBench } from '../../src/parse/index.ts';

const FIX = new URL('../../fixtures/llama-bench/', import.meta.url);
const fixture = (p: string) => readFileSync(new URL(p, FIX), 'utf8');

/** Table rows as printed, straight from the text: what the parser must reproduce. */
function tableRows(text: string): number[][] {
  return text.split('\n').filter((l) => /^\|\s*\d/.test(l)).map((l) => l.split('|').slice(1, -1).map(Number));
}

test('sweep-bench table and jsonl (real, on stderr at the PR-290 base) give the same steps; log lines in between are skipped', () => {
  const table = parseSweepBench(fixture('ik/a22250df9/sweep/table.stderr'), 'table.stderr');
  const jsonl = parseSweepBench(fixture('ik/a22250df9/sweep/jsonl.stderr'), 'jsonl.stderr');
  const printed = tableRows(fixture('ik/a22250df9/sweep/table.stderr'));
  assert.equal(table.length, printed.length);
  assert.ok(printed.length >= 2);
  table.forEach((r, i) => {
    assert.deepEqual([r.pp, r.tg, r.nKv, r.tPpSec, r.speedPp, r.tTgSec, r.speedTg], printed[i]);
    assert.equal(r.tool, 'ik-sweep-bench');
    assert.equal(r.pl, 1);
    // The threads of the table come from the "main: ... n_threads = N" line above it.
    assert.equal(r.nThreads, jsonl[i].nThreads);
    // Two runs of the same command (real captures): same steps, different timings.
    assert.deepEqual([r.nKv, r.pp, r.tg], [jsonl[i].nKv, jsonl[i].pp, jsonl[i].tg]);
    // The table's own rounding: S = tokens / T to the printed precision.
    assert.ok(Math.abs(r.pp / r.tPpSec / r.speedPp - 1) < 0.01, `${r.pp} / ${r.tPpSec} vs ${r.speedPp}`);
  });
  // Depths walk up by one ubatch.
  const ub = jsonl[0].raw.n_ubatch as number;
  jsonl.forEach((r, i) => assert.equal(r.nKv, i * ub));
  jsonl.forEach((r) => assert.ok(Math.abs(r.tg / r.tTgSec / r.speedTg - 1) < 1e-4));
});

test('batched-bench (real mainline capture): jsonl keeps pl and the totals; the table reproduces its printed rows', () => {
  const recs = parseSweepBench(fixture('mainline/batched-bench.jsonl'), 'batched-bench.jsonl');
  assert.ok(recs.length > 1);
  for (const r of recs) {
    assert.equal(r.tool, 'batched-bench');
    assert.equal(r.nKv, r.pl * (r.pp + r.tg));
    assert.ok(Math.abs((r.pl * r.tg) / r.tTgSec / r.speedTg - 1) < 1e-4);
    assert.equal(typeof r.raw.speed, 'number');
    assert.equal(typeof r.raw.is_pp_shared, 'number');
  }
  const text = fixture('mainline/batched-bench.txt');
  const table = parseSweepBench(text, 'batched-bench.txt');
  const printed = tableRows(text);
  assert.equal(table.length, printed.length);
  table.forEach((r, i) => {
    // | PP | TG | B | N_KV | T_PP s | S_PP t/s | T_TG s | S_TG t/s | T s | S t/s |
    const p = printed[i];
    assert.deepEqual([r.pp, r.tg, r.pl, r.nKv, r.tPpSec, r.speedPp, r.tTgSec, r.speedTg, r.raw.t, r.raw.speed], p);
    assert.equal(r.tool, 'batched-bench');
    assert.equal(r.nThreads, 2); // from the "llama_batched_bench: ... n_threads = 2" line
  });
});
