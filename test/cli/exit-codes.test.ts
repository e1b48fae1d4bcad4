// The CLI's exit codes come from the one table in stats/policy.ts; environment errors have their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT } from '../../src/stats/policy.ts';
import { asEnvironmentError, ENVIRONMENT_EXIT, EnvironmentError } from '../../src/sys/errors.ts';
import { runExitCode } from '../../src/cli/run.ts';
import { reportError } from '../../src/cli/main.ts';
import type { Results } from '../../src/store/results.ts';

const results = (verdict: string | null, buildsOk = [true, true]) =>
  ({ builds: buildsOk.map((ok) => ({ ok })), analysis: verdict === null ? null : { verdict } }) as unknown as Results;

test('run: the gate decides 0/1, a failed build or a variant that never ran is 1, an interrupt is 128 + signal', () => {
  assert.equal(runExitCode(results('neutral'), null), EXIT.pass);
  assert.equal(runExitCode(results('inconclusive'), null), EXIT.pass);
  assert.equal(runExitCode(results('regression'), null), EXIT.gateFailure);
  assert.equal(runExitCode(results('failed'), null), EXIT.gateFailure);
  assert.equal(runExitCode(results(null, [true, false]), null), EXIT.gateFailure);
  assert.deepEqual(['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => runExitCode(results('neutral'), s as NodeJS.Signals)), [130, 143, 129]);
});

test('environment errors: their own code, one line naming the path and the fix, never the regression code', () => {
  assert.equal(ENVIRONMENT_EXIT, EXIT.environment);
  const cases: [NodeJS.ErrnoException, RegExp][] = [
    [Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write', path: '/data/perf-out/results.json' }), /^error: cannot write \/data\/perf-out\/results\.json: no space left on the device \(ENOSPC\)$/],
    [Object.assign(new Error('EACCES'), { code: 'EACCES', syscall: 'open', path: '/srv/out/report.md' }), /^error: cannot open \/srv\/out\/report\.md: permission denied \(EACCES\)$/],
    [Object.assign(new Error('EROFS'), { code: 'EROFS', syscall: 'mkdir', path: '/ro/out' }), /^error: cannot mkdir \/ro\/out: read-only file system \(EROFS\)$/],
    [Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR', syscall: 'mkdir', path: '/etc/hosts/out' }), /^error: cannot mkdir \/etc\/hosts\/out: a part of the path is a file/],
    [Object.assign(new Error('spawn cmake ENOENT'), { code: 'ENOENT', syscall: 'spawn cmake', path: 'cmake' }), /^error: cannot run cmake: not found on PATH$/],
  ];
  for (const [e, re] of cases) {
    const r = reportError(e)!;
    assert.equal(r.code, 3, e.code);
    assert.notEqual(r.code, EXIT.gateFailure);
    assert.match(r.lines[0], re);
    assert.equal(r.lines.length, 2, 'the message and the fix');
    assert.ok(asEnvironmentError(e) instanceof EnvironmentError);
  }
  // A plain ENOENT of a file read is not the environment's (the caller names the flag), and a bug stays a bug.
  assert.equal(reportError(new TypeError('x is undefined')), null);
});
