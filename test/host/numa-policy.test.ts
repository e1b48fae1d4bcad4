import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExecutable, numaPlacement } from '../../src/host/numa-policy.ts';
import { numaLabel } from '../../src/plan/numa.ts';
import { UserError } from '../../src/sys/errors.ts';
import type { NumaPolicy } from '../../src/plan/types.ts';

const numactl = '/usr/bin/numactl';

test('each policy becomes a numactl prefix or llama-bench args', () => {
  assert.deepEqual(numaPlacement({ kind: 'none' }, { numactl: null }), { prefix: [], benchArgs: [], label: '' });
  assert.deepEqual(numaPlacement({ kind: 'interleave' }, { numactl }).prefix, [numactl, '--interleave=all']);
  assert.deepEqual(numaPlacement({ kind: 'bind', node: 1 }, { numactl }).prefix, [numactl, '-N', '1', '-m', '1']);
  assert.deepEqual(numaPlacement({ kind: 'cpus', cpus: '32-47,0-15' }, { numactl }).prefix, [numactl, '--physcpubind=0-15,32-47']);
  const l = numaPlacement({ kind: 'llama', mode: 'distribute' }, { numactl: null });
  assert.deepEqual(l, { prefix: [], benchArgs: ['--numa', 'distribute'], label: numaLabel({ kind: 'llama', mode: 'distribute' }) });
});

test('a policy that needs numactl fails clearly when it is missing', () => {
  for (const p of [{ kind: 'interleave' }, { kind: 'bind', node: 0 }, { kind: 'cpus', cpus: '0' }] as NumaPolicy[]) {
    assert.throws(
      () => numaPlacement(p, { numactl: null }),
      (e: unknown) => e instanceof UserError && /needs numactl/.test(e.message) && /apt-get install numactl/.test(e.hint ?? ''),
    );
  }
});

test('bad nodes and CPU lists are rejected with the host layout in the message', () => {
  assert.throws(() => numaPlacement({ kind: 'bind', node: 2 }, { numactl, nodes: [0, 1] }), (e: unknown) => e instanceof UserError && /node\(s\) 0,1/.test(e.message));
  assert.throws(() => numaPlacement({ kind: 'bind', node: -1 }, { numactl }), UserError);
  assert.throws(() => numaPlacement({ kind: 'cpus', cpus: '0-3,a' }, { numactl }), (e: unknown) => e instanceof UserError && /not a list of CPUs/.test(e.message));
  assert.throws(() => numaPlacement({ kind: 'cpus', cpus: '0-5' }, { numactl, cpus: [0, 1, 2, 3] }), (e: unknown) => e instanceof UserError && /CPU\(s\) 4-5/.test(e.message));
});

test('the label is the plan\'s label for the policy', () => {
  assert.equal(numaPlacement({ kind: 'bind', node: 1 }, { numactl }).label, numaLabel({ kind: 'bind', node: 1 }));
  assert.notEqual(numaPlacement({ kind: 'interleave' }, { numactl }).label, '');
});

test('findExecutable looks through PATH for an executable file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-path-'));
  try {
    writeFileSync(join(dir, 'numactl'), '#!/bin/sh\n');
    assert.equal(findExecutable('numactl', dir), null, 'not executable yet');
    chmodSync(join(dir, 'numactl'), 0o755);
    assert.equal(findExecutable('numactl', `/nonexistent:${dir}`), join(dir, 'numactl'));
    assert.equal(findExecutable('numactl', ''), null);
    const p = numaPlacement({ kind: 'interleave' }, {});
    assert.equal(p.prefix[0], findExecutable('numactl'), 'default: found in PATH');
  } catch (e) {
    // numactl absent from this machine's PATH: the default lookup must then raise the UserError
    if (!(e instanceof UserError)) throw e;
    assert.equal(findExecutable('numactl'), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
