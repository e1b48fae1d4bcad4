// GitHub's size limits are written once (src/report/limits.ts) and github/ cuts with the report's one
// cut: a body over the limit keeps its head (the sticky marker), closes what it left open, says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_MAX_CHARS, CHECK_MAX_CHARS, JOB_SUMMARY_MAX_CHARS, fitToLimit, STICKY_MARKER } from '../../src/report/index.ts';
import { balance } from './helpers.ts';

test('the limits are GitHub\'s: comment 65,536, check output 65,535, job summary under 1 MiB', () => {
  assert.equal(COMMENT_MAX_CHARS, 65_536);
  assert.equal(CHECK_MAX_CHARS, 65_535);
  assert.ok(JOB_SUMMARY_MAX_CHARS <= 1024 * 1024);
});

test('fitToLimit keeps the marker at the head of a cut comment and closes an open block', () => {
  const body = `${STICKY_MARKER}\n<details><summary>x</summary>\n\n\`\`\`text\n${Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n')}`;
  const out = fitToLimit(body, 4000, null, STICKY_MARKER);
  assert.ok(out.length <= 4000, String(out.length));
  assert.ok(out.startsWith(`${STICKY_MARKER}\n`));
  assert.deepEqual(balance(out), { details: 0, openFence: false });
  assert.match(out, /\*\*Truncated\*\*: this text exceeded GitHub's 4,000-character limit\. The full report is in results\.json/);
});
