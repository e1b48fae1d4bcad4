// Real ik_llama.cpp captures (fixtures/llama-bench/ik/<commit>/, see its README) through the parsers:
// flavour from --help, every llama-bench format, -gp labels, sweep rows from whichever stream the
// version prints them on, and the KV buffer name as logged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { detectFlavourFromHelp, parseBenchOutput, parseSweepRows, supportedFlags } from '../../src/parse/index.ts';
import { kvBufferFromLog } from '../../src/parse/kv-buffer.ts';

const IK = new URL('../../fixtures/llama-bench/ik/', import.meta.url);
const at = (dir: string, f: string) => new URL(`${dir}/${f}`, IK);
const read = (dir: string, f: string) => readFileSync(at(dir, f), 'utf8');
const captures = readdirSync(IK, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
interface Note { commit: string; era: string; kvBuffer: string; sweepStream: 'stdout' | 'stderr'; sweepRows: number; jsonl: boolean }
const note = (dir: string) => JSON.parse(read(dir, 'capture.json')) as Note;

test('captures of at least two ik commits are present, each with its note', () => {
  assert.ok(captures.length >= 2, `captures: ${captures.join(', ')}`);
  for (const c of captures) {
    const n = note(c);
    assert.match(n.commit, /^[0-9a-f]{40}$/);
    assert.ok(n.commit.startsWith(c), `${c}: directory named by its commit`);
  }
});

for (const c of captures) {
  test(`${c}: --help says ik, with -gp and -tgb; no -d, no jsonl`, () => {
    const help = read(c, 'help.stdout') + read(c, 'help.stderr');
    assert.equal(detectFlavourFromHelp(help), 'ik');
    const flags = supportedFlags(help);
    for (const f of ['-gp', '-tgb', '-p', '-n', '-r', '-t', '-o']) assert.ok(flags.has(f), `${c} has ${f}`);
    for (const f of ['-d', '--n-depth', '--prio', '--delay']) assert.ok(!flags.has(f), `${c} lacks ${f}`);
  });

  test(`${c}: json, csv, md and sql of one command give the same tests; ik's -gp label maps to depth`, (t) => {
    if (!existsSync(at(c, 'pp128-tg16-gp256.json'))) return t.skip('a quick capture (help, bench/, sweep table only)');
    const ident = (f: string) => parseBenchOutput(read(c, f), f).map((r) => [r.flavour, r.label, r.nPrompt, r.nGen, r.nDepth, r.nThreads, r.buildCommit, r.raw.test ?? null]);
    const json = ident('pp128-tg16-gp256.json');
    assert.deepEqual(json.map((x) => x[1]), ['pp128', 'tg16', 'tg16@d256']);
    assert.deepEqual(json[2], ['ik', 'tg16@d256', 0, 16, 256, 2, json[0][6], 'tg16@pp256']);
    assert.ok(String(note(c).commit).startsWith(String(json[0][6])), `build_commit ${json[0][6]} is the captured commit`);
    for (const f of ['csv', 'md', 'sql']) {
      const other = ident(`pp128-tg16-gp256.${f}`);
      assert.deepEqual(other.map((x) => x.slice(0, 6)), json.map((x) => x.slice(0, 6)), f);
    }
    for (const r of parseBenchOutput(read(c, 'pp128-tg16-gp256.json'), 'json')) {
      assert.equal(r.samplesNs.length, 2);
      r.samplesNs.forEach((ns, i) => assert.ok(Math.abs((1e9 * (r.nPrompt + r.nGen)) / ns / r.samplesTs[i] - 1) < 1e-5));
    }
  });

  test(`${c}: -tgb and the ik levers parse`, () => {
    if (existsSync(at(c, 'tgb.json'))) {
      // -tgb 1,2: a thread pair (generation, batch) as its own test parameter set.
      const recs = parseBenchOutput(read(c, 'tgb.json'), 'tgb.json');
      assert.ok(recs.length >= 2 && recs.every((r) => r.label === 'pp64' || r.label === 'tg16'), recs.map((r) => r.label).join());
      assert.ok(recs.some((r) => r.nThreads === 1), 'the generation threads of -tgb 1,2 are recorded');
    }
    if (existsSync(at(c, 'levers.json'))) {
      const js = parseBenchOutput(read(c, 'levers.json'), 'levers.json');
      assert.deepEqual(js.map((r) => r.label), ['pp64', 'tg16']);
      for (const k of ['rtr', 'fused_moe', 'use_thp']) if (k in js[0].raw) assert.equal(js[0].raw[k], true, k);
    }
  });

  test(`${c}: the pipeline's own launches (bench/) parse to exactly one test each`, () => {
    const files = readdirSync(at(c, 'bench')).filter((f) => f.endsWith('.stdout'));
    assert.equal(files.length, 6);
    for (const f of files) {
      const recs = parseBenchOutput(read(c, `bench/${f}`), f);
      assert.equal(recs.length, 1, f);
      const want = f.startsWith('p128-n0') ? 'pp128' : f.startsWith('p0-n16') ? 'tg16' : 'tg16@d256';
      assert.equal(recs[0].label, want, f);
    }
  });

  test(`${c}: sweep-bench rows from the stream this version uses, table and jsonl alike; KV buffer as logged`, () => {
    const n = note(c);
    const out = read(c, 'sweep/table.stdout');
    const err = read(c, 'sweep/table.stderr');
    const rows = parseSweepRows(out, err, 'table');
    assert.equal(rows.length, n.sweepRows);
    const printed = (n.sweepStream === 'stdout' ? out : err).split('\n').filter((l) => /^\|\s*\d/.test(l));
    assert.equal(printed.length, rows.length, `the rows are on ${n.sweepStream}`);
    rows.forEach((r, i) => assert.equal(r.nKv, i * rows[1].nKv, 'depth walks up by one ubatch'));
    assert.equal(kvBufferFromLog(err + out)?.name, n.kvBuffer);
    if (n.jsonl) {
      const jr = parseSweepRows(read(c, 'sweep/jsonl.stdout'), read(c, 'sweep/jsonl.stderr'), 'jsonl');
      assert.deepEqual(jr.map((r) => r.nKv), rows.map((r) => r.nKv));
    }
  });
}

test('8337e4cd3 (recent main): --sweep-memory adds RSS HWM and VRAM delta columns; the rows keep them in raw', () => {
  const rows = parseSweepRows(read('8337e4cd3', 'sweep/memory.stdout'), read('8337e4cd3', 'sweep/memory.stderr'), 'table');
  assert.equal(rows.length, 4);
  assert.deepEqual(rows.map((r) => r.nKv), [0, 256, 512, 768]);
  for (const r of rows) {
    assert.equal(typeof r.raw.rss_hwm_mib, 'number');
    assert.ok((r.raw.rss_hwm_mib as number) > 100, 'a 120 MB model is resident');
    assert.equal(r.raw.vram_delta_mib, 'n/a');
  }
});
