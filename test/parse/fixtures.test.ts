// Every llama-bench output fixture (real mainline and ik_llama.cpp captures) through the parser.
// fixtures/llama-bench/manifest.json says which command produced which files; the expectations here
// come from those commands and from the text of the files themselves, not from the parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { detectFlavourFromHelp, detectFormat, parseBenchOutput, supportedFlags } from '../../src/parse/index.ts';
import { splitCsvLine } from '../../src/parse/csv.ts';
import type { BenchRecord, Flavour } from '../../src/parse/types.ts';

const FIX = new URL('../../fixtures/llama-bench/', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, FIX), 'utf8');

interface Group {
  command: string;
  flavour: Flavour;
  files: string[];
  labels: string[];
  repetitions: number;
  threads: number;
}
interface Manifest {
  groups: Group[];
  help: { file: string; flavour: Flavour; has: string[]; lacks: string[] }[];
  sweep: string[];
}
const manifest = JSON.parse(read('manifest.json')) as Manifest;

const BENCH_EXT = /\.(json|jsonl|csv|md|sql)$/;

test('every output fixture is listed in the manifest', () => {
  const listed = new Set([...manifest.groups.flatMap((g) => g.files), ...manifest.sweep]);
  for (const dir of ['mainline', 'ik']) {
    for (const f of readdirSync(new URL(`${dir}/`, FIX))) {
      if (BENCH_EXT.test(f)) assert.ok(listed.has(`${dir}/${f}`), `${dir}/${f} is not in manifest.json`);
    }
  }
});

/** The n_prompt+n_gen that samples_ts counts: ik -gp times only the generated tokens. */
const timedTokens = (r: BenchRecord) => r.nPrompt + r.nGen;

for (const g of manifest.groups) {
  test(`${g.command}: every format parses to the same tests`, () => {
    const parsed = g.files.map((f) => ({ f, recs: parseBenchOutput(read(f), f) }));
    const ident = (r: BenchRecord) => [r.flavour, r.label, r.nPrompt, r.nGen, r.nDepth, r.nThreads, r.buildCommit, r.buildNumber, r.modelType];
    for (const { f, recs } of parsed) {
      const format = detectFormat(read(f));
      assert.equal(format, f.split('.').pop(), `${f} format`);
      assert.deepEqual(recs.map((r) => r.label), g.labels, `${f} labels`);
      assert.deepEqual(recs.map(ident), parsed[0].recs.map(ident), `${f} vs ${parsed[0].f}`);
      for (const r of recs) {
        assert.equal(r.flavour, g.flavour);
        assert.equal(r.nThreads, g.threads);
        assert.ok(r.avgTs > 0 && Number.isFinite(r.avgTs));
        assert.ok(r.buildCommit && /^[0-9a-f]{7,}$/.test(r.buildCommit), `${f} build commit ${r.buildCommit}`);
        if (format === 'json' || format === 'jsonl') {
          assert.equal(r.samplesNs.length, g.repetitions);
          r.samplesNs.forEach((ns, i) => assert.ok(Math.abs((1e9 * timedTokens(r)) / ns / r.samplesTs[i] - 1) < 1e-5, `${f} ${r.label} sample ${i}`));
          const mean = r.samplesTs.reduce((a, b) => a + b, 0) / r.samplesTs.length;
          assert.ok(Math.abs(mean / r.avgTs - 1) < 1e-4, `${f} ${r.label} avg_ts vs samples`);
        } else {
          assert.deepEqual(r.samplesNs, []);
          assert.deepEqual(r.samplesTs, []);
        }
      }
    }
  });
}

test('json and csv keep every printed field in raw, in order, typed like the json printer', () => {
  for (const g of manifest.groups) {
    const jsonFile = g.files.find((f) => f.endsWith('.json'));
    if (jsonFile) {
      const objects = JSON.parse(read(jsonFile)) as Record<string, unknown>[];
      const recs = parseBenchOutput(read(jsonFile), jsonFile);
      recs.forEach((r, i) => assert.deepEqual(r.raw, objects[i], jsonFile));
    }
    const csvFile = g.files.find((f) => f.endsWith('.csv'));
    if (csvFile && jsonFile) {
      const header = splitCsvLine(read(csvFile).split('\n')[0])!;
      const recs = parseBenchOutput(read(csvFile), csvFile);
      const json = parseBenchOutput(read(jsonFile), jsonFile);
      recs.forEach((r, i) => {
        assert.deepEqual(Object.keys(r.raw), header);
        // Types (not values: csv and json are separate runs) match the json printer's.
        for (const k of header) assert.equal(typeof r.raw[k], typeof json[i].raw[k], `${csvFile} ${k}`);
      });
    }
  }
});

test('ik -gp: label tg16@pp256 → tg16@d256, n_prompt moved to depth, raw label kept', () => {
  for (const g of manifest.groups.filter((x) => x.flavour === 'ik')) {
    for (const f of g.files) {
      const gp = parseBenchOutput(read(f), f).find((r) => r.raw.test === 'tg16@pp256');
      assert.ok(gp, f);
      assert.deepEqual([gp.label, gp.nPrompt, gp.nGen, gp.nDepth], ['tg16@d256', 0, 16, 256]);
    }
  }
});

test('help texts: flavour and the levers each one has', () => {
  for (const h of manifest.help) {
    const text = read(h.file);
    assert.equal(detectFlavourFromHelp(text), h.flavour, h.file);
    const flags = supportedFlags(text);
    for (const f of h.has) assert.ok(flags.has(f), `${h.file} has ${f}`);
    for (const f of h.lacks) assert.ok(!flags.has(f), `${h.file} lacks ${f}`);
  }
});

test('md columns (display names mapped back) carry the same typed values as the json fields', () => {
  const measured = new Set(['avg_ts', 'stddev_ts', 'test_time']);
  let compared = 0;
  for (const g of manifest.groups) {
    const md = g.files.find((f) => f.endsWith('.md'));
    const js = g.files.find((f) => f.endsWith('.json'));
    if (!md || !js) continue;
    const mdRecs = parseBenchOutput(read(md), md);
    const jsRecs = parseBenchOutput(read(js), js);
    mdRecs.forEach((r, i) => {
      for (const [k, v] of Object.entries(r.raw)) {
        if (measured.has(k) || !(k in jsRecs[i].raw)) continue;
        assert.deepEqual(v, jsRecs[i].raw[k], `${md} ${k}`);
        compared++;
      }
    });
  }
  assert.ok(compared > 20, `compared ${compared} fields`);
});
