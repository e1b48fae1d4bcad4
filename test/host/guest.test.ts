// The emulated multi-node guest (src/host/guest/): the packages it needs, its data channel, and two
// real boots of a 2-node guest — one fingerprint, one launch whose argv is full of shell syntax that
// must arrive as plain data, measured by the native wrapper, its files carried back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Guest, GUEST_PACKAGES, guestTools } from '../../src/host/guest/index.ts';
import { parseDataChannel } from '../../src/host/guest/boot.ts';
import { parentDirs, writeCpio } from '../../src/host/guest/cpio.ts';
import { nativeArtifact } from '../../src/host/native.ts';
import { readMeasurement } from '../../src/host/measure.ts';
import { UserError } from '../../src/sys/errors.ts';

test('missing guest packages: one line naming each, exit 2', () => {
  const empty = mkdtempSync(join(tmpdir(), 'lpg-noboot-'));
  try {
    assert.throws(() => guestTools({ PATH: empty }, empty), (e: unknown) => {
      assert.ok(e instanceof UserError && e.exitCode === 2);
      assert.match(e.message, /qemu-system-x86, linux-image-amd64/);
      assert.ok(!e.message.includes('\n'));
      assert.match(e.hint ?? '', new RegExp(GUEST_PACKAGES.join(' ')));
      return true;
    });
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('the data channel: files between markers, exit status, uptimes; a cut-off stream is not done', () => {
  const b64 = Buffer.from('x\ny').toString('base64');
  const o = parseDataChannel(`LPG-UP 7.5\r\nLPG-RC 139\nLPG-RAN 9.25\nLPG-FILE cwd/a b\n${b64}\nLPG-END\nLPG-DONE\n`);
  assert.deepEqual([o.upS, o.rc, o.ranS, o.done], [7.5, 139, 9.25, true]);
  assert.equal(o.files.get('cwd/a b')?.toString(), 'x\ny');
  assert.equal(parseDataChannel('LPG-UP 7\nLPG-FILE out/stdout\nAAAA').done, false);
});

test('cpio newc archives unpack with cpio(1): directories, files, modes', { skip: !existsSync('/bin/busybox') && 'no busybox' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-cpio-'));
  try {
    const file = join(dir, 'a.cpio');
    writeCpio(file, [...parentDirs(['/x/y/z']).map((d) => ({ kind: 'dir' as const, path: d })), { kind: 'file', path: '/x/y/z', mode: 0o755, data: Buffer.from('hello') }]);
    mkdirSync(join(dir, 'u'));
    execFileSync('/bin/busybox', ['cpio', '-i', '-d', '-F', file], { cwd: join(dir, 'u'), stdio: 'ignore' });
    assert.equal(readFileSync(join(dir, 'u/x/y/z'), 'utf8'), 'hello');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a 2-node guest: its fingerprint, and a launch whose argv is data, measured per node', { timeout: 300_000 }, async () => {
  const guest = new Guest({ nodes: 2, threads: 2 });
  const cwd = mkdtempSync(join(tmpdir(), 'lpg-guest-cwd-'));
  try {
    const fp = await guest.fingerprint();
    assert.deepEqual(fp.numaNodes.map((n) => [n.id, n.cpus]), [[0, [0]], [1, [1]]]);
    assert.equal(fp.logicalCpus, 2);
    assert.ok((fp.numaNodes[1].memTotalKiB ?? 0) > 256 * 1024);

    const tricky = ['a b', '$(touch /tmp/pwned)', "'\"", ';', '`id`', '*'];
    const mem = join(cwd, 'mem.json');
    const argv = [nativeArtifact('lpg-measure'), '--out', mem, '--', '/bin/busybox', 'sh', '-c', 'printf "%s|" "$@"; [ -e /tmp/pwned ] && echo PWNED; echo "[$LPG_X]"; sleep 1; exit 3', 'sh', ...tricky];
    const r = await guest.launch(argv, { timeoutMs: 60_000, cwd, env: { LPG_X: '$HOME; x' } });
    assert.equal(r.timedOut, false, r.stderr);
    assert.equal(r.exitCode, 3, r.stderr);
    assert.equal(r.stdout, `${tricky.join('|')}|[$HOME; x]\n`);
    const m = readMeasurement(mem);
    assert.ok(m && m.nodeKiB, 'the wrapper wrote per-node memory and it came back');
    assert.ok(guest.timings.every((t) => t.upS !== null && t.wallMs > 0));
  } finally {
    guest.close();
    rmSync(cwd, { recursive: true, force: true });
  }
});
