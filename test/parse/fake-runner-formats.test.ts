// The fake llama-bench with a fixed seed prints the same tests in every format, so every format must
// parse to the same records: the strongest check that the five parsers agree with each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFakeRunner, fakeModel, runFake } from '../helpers/fake-build.ts';
import { detectFlavourFromHelp, detectFormat, parseBenchOutput, supportedFlags } from '../../src/parse/index.ts';
import type { BenchFormat, BenchRecord } from '../../src/parse/types.ts';

const model = fakeModel();
const ENV = { FAKE_SEED: '11', FAKE_NOISE: '0.05' };

function runAll(bin: string, args: string[], formats: BenchFormat[]): Map<BenchFormat, BenchRecord[]> {
  const out = new Map<BenchFormat, BenchRecord[]>();
  for (const f of formats) {
    const r = runFake(bin, [...args, '-o', f], ENV);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(detectFormat(r.stdout), f);
    out.set(f, parseBenchOutput(r.stdout, `fake.${f}`));
  }
  return out;
}

const identity = (r: BenchRecord) => [r.flavour, r.label, r.nPrompt, r.nGen, r.nDepth, r.nThreads, r.buildCommit, r.buildNumber, r.modelType];

function assertSameAcrossFormats(all: Map<BenchFormat, BenchRecord[]>): void {
  const json = all.get('json')!;
  for (const [f, recs] of all) {
    assert.deepEqual(recs.map(identity), json.map(identity), `${f} vs json`);
    recs.forEach((r, i) => {
      // md prints t/s with two decimals; the others with six.
      const tol = f === 'md' ? 0.006 : 1e-6;
      assert.ok(Math.abs(r.avgTs - json[i].avgTs) <= tol, `${f} avgTs ${r.avgTs} vs ${json[i].avgTs}`);
      if (f === 'json' || f === 'jsonl') assert.deepEqual(r.samplesNs, json[i].samplesNs);
      else assert.deepEqual([r.samplesNs, r.samplesTs], [[], []]);
      if (f === 'csv' || f === 'sql' || f === 'jsonl') {
        // Typed like the json printer's values, every field kept (test_time may tick between launches).
        const { samples_ns: _a, samples_ts: _b, test_time: _t, ...want } = json[i].raw;
        const { samples_ns: _c, samples_ts: _d, test_time: _u, ...got } = r.raw;
        assert.deepEqual(got, want, `${f} raw`);
      }
    });
  }
}

test('mainline fake: json, jsonl, csv, md and sql parse to the same records', () => {
  const bin = buildFakeRunner();
  const all = runAll(bin, ['-m', model, '-p', '512', '-n', '128', '-pg', '512,128', '-d', '0,4096', '-r', '4', '-t', '2'],
    ['json', 'jsonl', 'csv', 'md', 'sql']);
  assertSameAcrossFormats(all);
  assert.deepEqual(all.get('json')!.map((r) => r.label), ['pp512', 'tg128', 'pp512+tg128', 'pp512@d4096', 'tg128@d4096', 'pp512+tg128@d4096']);
  for (const r of all.get('json')!) {
    assert.equal(r.flavour, 'mainline');
    assert.equal(r.samplesTs.length, 4);
    r.samplesNs.forEach((ns, i) => assert.ok(Math.abs(1e9 * (r.nPrompt + r.nGen) / ns / r.samplesTs[i] - 1) < 1e-5));
  }
});

test('ik fake: json, csv, md and sql agree; -gp tg128@pp4096 becomes tg128@d4096 with raw label kept', () => {
  const bin = buildFakeRunner(['-DFAKE_FLAVOUR=ik']);
  const all = runAll(bin, ['-m', model, '-p', '512', '-n', '128', '-gp', '4096,128', '-r', '3', '-t', '2'], ['json', 'csv', 'md', 'sql']);
  assertSameAcrossFormats(all);
  for (const recs of all.values()) {
    assert.deepEqual(recs.map((r) => r.label), ['pp512', 'tg128', 'tg128@d4096']);
    const gp = recs[2];
    assert.deepEqual([gp.flavour, gp.nPrompt, gp.nGen, gp.nDepth, gp.raw.test], ['ik', 0, 128, 4096, 'tg128@pp4096']);
  }
  const gp = all.get('json')![2];
  // The timed part of -gp is the 128 generated tokens only.
  gp.samplesNs.forEach((ns, i) => assert.ok(Math.abs(1e9 * 128 / ns / gp.samplesTs[i] - 1) < 1e-5));
});

test('flavour and levers from the fake --help of both flavours', () => {
  const mainHelp = runFake(buildFakeRunner(), ['--help']).stdout;
  const ikHelp = runFake(buildFakeRunner(['-DFAKE_FLAVOUR=ik']), ['--help']).stdout;
  assert.equal(detectFlavourFromHelp(mainHelp), 'mainline');
  assert.equal(detectFlavourFromHelp(ikHelp), 'ik');
  for (const f of ['--prio', '--delay', '--poll', '-C', '--cpu-strict', '-d', '--no-warmup']) {
    assert.ok(supportedFlags(mainHelp).has(f), `mainline has ${f}`);
    assert.ok(!supportedFlags(ikHelp).has(f), `ik lacks ${f}`);
  }
  assert.ok(supportedFlags(ikHelp).has('-gp'));
});

test('a crashed launch (FAKE_CRASH) is a parse error naming the line where the output stops', () => {
  const bin = buildFakeRunner();
  for (const f of ['json', 'sql', 'md', 'csv', 'jsonl'] as BenchFormat[]) {
    const r = runFake(bin, ['-m', model, '-p', '512', '-n', '128', '-r', '2', '-o', f], { FAKE_CRASH: '1' });
    assert.equal(r.signal, 'SIGABRT');
    if (f === 'json') {
      const lines = r.stdout.split('\n').length;
      assert.throws(() => parseBenchOutput(r.stdout, 'crash.json'), (e: Error) => e.message.startsWith(`crash.json:${lines}:`));
    } else {
      // Line-oriented formats end cleanly after the first test: one record, nothing invented.
      assert.equal(parseBenchOutput(r.stdout, `crash.${f}`).length, 1);
    }
  }
});
