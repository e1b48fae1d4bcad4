import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../src/sys/errors.ts';

test('UserError carries a hint and exit code 2 by default', () => {
  const e = new UserError('--threads must be a positive integer (got "x")', 'example: --threads 2');
  assert.equal(e.exitCode, 2);
  assert.equal(e.hint, 'example: --threads 2');
  assert.ok(e instanceof Error);
});
