import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmtRatio, fmtInterval, fmtPercent, fmtChange, fmtTs, fmtMiB, fmtCount, fmtSeconds, blocksNeededPhrase } from '../../src/report/format.ts';

test('ratios and intervals: three decimals, rounded half away from the truncation', () => {
  assert.equal(fmtRatio(0.98749), '0.987');
  assert.equal(fmtRatio(0.9875001), '0.988');
  assert.equal(fmtRatio(1), '1.000');
  assert.equal(fmtInterval([0.97012, 1.0096]), '[0.970, 1.010]');
});

test('percent, change, throughput, memory, counts, durations', () => {
  assert.equal(fmtPercent(0.0984), '9.8%');
  assert.equal(fmtPercent(0.9, 0), '90%');
  assert.equal(fmtChange(0.987), '-1.3%');
  assert.equal(fmtChange(1.02), '+2.0%');
  assert.equal(fmtChange(1.00001), '0.0%');
  assert.equal(fmtTs(21.666), '21.67');
  assert.equal(fmtTs(1234.56), '1234.6');
  assert.equal(fmtMiB(2048), '2.0 MiB');
  assert.equal(fmtMiB(196_608_000), '187.5 GiB');
  assert.equal(fmtCount(92963.4), '92,963');
  assert.equal(fmtSeconds(0.42), '0.4 s');
  assert.equal(fmtSeconds(42.4), '42 s');
  assert.equal(fmtSeconds(187.3), '3 min 07 s');
  assert.equal(fmtSeconds(119.7), '2 min 00 s');
});

test('missing or non-finite figures print a dash, never NaN', () => {
  for (const f of [fmtRatio, fmtPercent, fmtChange, fmtTs, fmtMiB, fmtCount, fmtSeconds]) {
    assert.equal(f(null), '–');
    assert.equal(f(Number.NaN), '–');
  }
  assert.equal(fmtInterval(null), '–');
});

test('blocks-needed wording says what the count plans for', () => {
  assert.equal(blocksNeededPhrase(1.01, 0.02, 170), 'a ±2% neutral call needs about 170 blocks');
  assert.equal(blocksNeededPhrase(0.9, 0.02, 15), 'confirming the observed -10.0% change needs about 15 blocks');
  assert.equal(blocksNeededPhrase(null, 0.02, null), 'a ±2% neutral call needs about – blocks');
});
