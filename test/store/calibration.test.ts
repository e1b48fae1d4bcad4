// Host calibration: an A/A run through the real CLI on the fake llama-bench, stored per host, and
// quoted by a later run's report on the same host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { readFingerprint } from '../../src/host/fingerprint.ts';
import { calibrationPath, hostKey, readCalibration } from '../../src/store/calibration.ts';
import { calibrationNote } from '../../src/report/calibration-words.ts';
import { calibrationFromResults } from '../../src/pipeline/calibration.ts';
import { impliedFalseCallRate } from '../../src/stats/calibration.ts';
import { cli as runCli } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-cal-'));
const cache = join(root, 'cache');
const model = join(root, 'tiny.gguf');
writeTinyModel(model);

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { LLAMA_PERF_GATE_CACHE: cache, ...env });

test('implied A/A false-call rate: 2α without an offset, more with one, more with more blocks', () => {
  assert.ok(Math.abs(impliedFalseCallRate(0, 0.02, 10, 0.05) - 0.1) < 1e-9);
  const some = impliedFalseCallRate(0.01, 0.02, 10, 0.05);
  assert.ok(some > 0.1 && some < 1);
  assert.ok(impliedFalseCallRate(0.01, 0.02, 40, 0.05) > some, 'a fixed offset is found more often with more blocks');
});

test('calibrate: A/A of the base, stored for this host, quoted by the next report on it', async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
  const cal = await cli(['calibrate', '--repo', repo, '--base', 'base', '--model', model, '--workloads', 'pp512,tg128',
    '--max-blocks', '6', '--seed', '4', '--out', join(root, 'aa')], { FAKE_NOISE: '0.02' });
  assert.equal(cal.code, 0, cal.stderr + cal.stdout);
  const fp = readFingerprint();
  const path = calibrationPath(cache, fp);
  assert.ok(existsSync(path), cal.stdout);
  assert.ok(path.includes(hostKey(fp)));
  const c = readCalibration(cache, fp)!;
  assert.deepEqual(c.workloads.map((w) => w.label), ['pp512', 'tg128']);
  for (const w of c.workloads) {
    assert.ok(w.spread > 0 && w.spread < 0.2, `${w.label} spread ${w.spread}`);
    assert.ok(w.blocksFor2pct >= 2);
    assert.ok(w.falseCallRate > 0 && w.falseCallRate <= 1);
  }
  assert.match(cal.stdout, /This host's A\/A spread .*pp512 [\d.]+% \(a ±2% call needs ~\d+ blocks/);
  // Identical binaries: one build, used by both sides.
  const aa = JSON.parse(readFileSync(join(root, 'aa', 'results.json'), 'utf8'));
  assert.equal(aa.builds[0].binDir, aa.builds[1].binDir);
  // A later run on this host quotes it, for the workloads it shares.
  const out = join(root, 'ab');
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model, '--workloads', 'tg128',
    '--max-blocks', '2', '--out', out]);
  // Two blocks cannot decide (the signed-rank test's smallest p at n = 2 is 0.25): inconclusive, which passes.
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).analysis.verdict, 'inconclusive');
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.ok(report.includes(calibrationNote(c, [{ label: 'tg128', model: { path: model } }])!.slice(0, 60)), report);
  assert.match(report, /tg128 [\d.]+% \(a ±2% call needs \\?~\d+ blocks/);
  assert.doesNotMatch(report, /pp512 [\d.]+% \(a ±2%/, 'only the workloads of the run');
});

test('calibrate refuses head flags: it runs the base against itself', async () => {
  const r = await cli(['calibrate', '--repo', root, '--base', 'x', '--head', 'y', '--model', model]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^error: calibrate runs the base against itself: --head does not apply/);
});

test('calibrate with several models: each spread is stored with its model; a later run quotes only its own model\'s', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-cal-models-'));
  const cache2 = join(dir, 'cache');
  const tiny = writeTinyModel(join(dir, 'tiny.gguf'));
  const big = writeTinyModel(join(dir, 'big.gguf'), { layers: 2 });
  mkdirSync(join(dir, 'other'));
  const sameName = writeTinyModel(join(dir, 'other', 'tiny.gguf'), { layers: 3 });
  const { repo } = makeFakeRunnerRepo(join(dir, 'repo'), {});
  const env = { LLAMA_PERF_GATE_CACHE: cache2 };
  const cal = await runCli(['calibrate', '--repo', repo, '--base', 'base', '--model', `${tiny},${big}`, '--workloads', 'tg128',
    '--max-blocks', '6', '--seed', '4', '--out', join(dir, 'aa')], { ...env, FAKE_NOISE: '0.02' });
  assert.equal(cal.code, 0, cal.stderr + cal.stdout);
  const c = readCalibration(cache2, readFingerprint())!;
  assert.deepEqual(c.workloads.map((w) => [w.workload, w.label, w.modelFile]), [['tiny/tg128', 'tg128', 'tiny.gguf'], ['big/tg128', 'tg128', 'big.gguf']]);
  const out = join(dir, 'ab');
  const r = await runCli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', big, '--workloads', 'tg128', '--max-blocks', '2', '--out', out], env);
  assert.equal(r.code, 0, r.stderr);
  const report = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(report, /big\/tg128 [\d.]+% \(a ±2% call needs/);
  assert.doesNotMatch(report, /tiny\/tg128 [\d.]+% \(a ±2%/, "the other model's spread is not this run's");
  // Another file under the same name is another model: nothing of the record applies to it.
  assert.equal(calibrationNote(c, [{ label: 'tg128', model: { path: sameName } }]), null);
  assert.match(calibrationNote(c, [{ label: 'tg128', model: { path: tiny } }])!, /tiny\/tg128/);
});

test('a calibration record written before models were keyed is quoted for a model of the same file name only', () => {
  const c = { schema: 'llama-perf-gate/calibration@1', hostKey: 'x', host: { hostname: null, cpuModel: null, logicalCpus: 1, kernel: null }, createdAt: '2026-01-01T00:00:00Z', ref: 'abc', model: 'tiny.gguf', threads: 1, alpha: 0.05,
    workloads: [{ workload: 'tg128', label: 'tg128', blocks: 6, spread: 0.02, ratio: 1, verdict: 'inconclusive', falseCallRate: 0.1, blocksFor2pct: 9 }] } as const;
  assert.match(calibrationNote(c as never, [{ label: 'tg128', model: { path: '/m/tiny.gguf' } }])!, /tg128 2\.0%/);
  assert.equal(calibrationNote(c as never, [{ label: 'tg128', model: { path: '/m/big.gguf' } }]), null);
});

test('a several-model calibration with a depth sweep: each depth point is stored with its model, labelled as with one model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-cal-depth-'));
  const tiny = writeTinyModel(join(dir, 'tiny.gguf'));
  const big = writeTinyModel(join(dir, 'big.gguf'), { layers: 2 });
  const w = (name: string) => ({ name, n: 5, spread: 0.01, ratio: 1, verdict: 'neutral' });
  const r = {
    plan: { models: [{ name: 'tiny', path: tiny }, { name: 'big', path: big }], workloads: [], depthSweep: { depths: [0, 512], gen: 16 }, variants: [{ ref: 'base' }], threads: 1, alpha: 0.05 },
    analysis: { workloads: [w('tiny/sweep:tg@d512'), w('big/sweep:tg@d512')] },
    host: { hostname: 'h', cpuModel: 'c', sockets: 1, coresPerSocket: 2, threadsPerCore: 1, logicalCpus: 2, numaNodes: [], kernel: 'k' },
    finishedAt: '2026-01-01T00:00:00Z',
  };
  const c = calibrationFromResults(r as never)!;
  assert.deepEqual(c.workloads.map((x) => [x.workload, x.label, x.modelFile]), [['tiny/sweep:tg@d512', 'sweep:tg@d512', 'tiny.gguf'], ['big/sweep:tg@d512', 'sweep:tg@d512', 'big.gguf']]);
});
