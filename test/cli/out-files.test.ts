// No command leaves a truncated output file: `model --out` and `aggregate --out` on a full disk
// (a tiny tmpfs in a mount namespace of its own) exit 3 in one line naming the file, and leave the
// previous file whole (or none) and no temp file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceAtomically } from '../../src/sys/atomic-file.ts';
import { MAIN } from '../helpers/cli.ts';

const RESULTS = fileURLToPath(new URL('../../fixtures/results/', import.meta.url));
const canMountTmpfs = () => spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${tmpdir()}`]).status === 0;
const skip = !canMountTmpfs() && 'cannot mount a tmpfs in a user namespace here';

/** Runs the CLI with `dir` on a tmpfs of `size`, an `old` file in it first; then copies it aside. */
function onFullDisk(size: string, old: string, args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-full-'));
  const snap = mkdtempSync(join(tmpdir(), 'lpg-full-copy-'));
  const argv = [process.execPath, MAIN, ...args.map((a) => a.replaceAll('DIR', dir))].map((a) => `'${a}'`).join(' ');
  const script = `mount -t tmpfs -o size=${size} tmpfs '${dir}' || exit 99; echo old > '${dir}/${old}'; ${argv}; code=$?; cp -a '${dir}/.' '${snap}/'; exit $code`;
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { encoding: 'utf8', timeout: 120_000 });
  rmSync(dir, { recursive: true, force: true });
  return { ...r, dir, snap };
}

test('model --out on a full disk: exit 3, one line naming the model file, the previous file whole, no temp file', { skip }, () => {
  const r = onFullDisk('1m', 'm.gguf', ['model', '--out', 'DIR/m.gguf']);
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, new RegExp(`^error: cannot write ${r.dir}/m\\.gguf: no space left on the device \\(ENOSPC\\)\\n`));
  assert.doesNotMatch(r.stderr, /unknown path|\n\s+at /);
  assert.deepEqual(readdirSync(r.snap), ['m.gguf']);
  assert.equal(readFileSync(join(r.snap, 'm.gguf'), 'utf8'), 'old\n');
});

test('aggregate --out on a full disk: exit 3, one line naming aggregate.json, the previous file whole, no temp file', { skip }, () => {
  const r = onFullDisk('64k', 'aggregate.json', ['aggregate', '--out', 'DIR', join(RESULTS, 'with-analysis.json'), join(RESULTS, 'descriptive.json')]);
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, new RegExp(`^error: cannot write ${r.dir}/aggregate\\.json: no space left on the device \\(ENOSPC\\)\\n`));
  assert.deepEqual(readdirSync(r.snap), ['aggregate.json']);
  assert.equal(readFileSync(join(r.snap, 'aggregate.json'), 'utf8'), 'old\n');
});

test('a write that fails midway leaves the previous file and no temp file; the error names the output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-atomic-'));
  const path = join(dir, 'out.json');
  writeFileSync(path, 'old\n');
  assert.throws(() => replaceAtomically(path, (tmp) => {
    writeFileSync(tmp, 'half');
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }), (e: NodeJS.ErrnoException) => e.path === path);
  assert.deepEqual(readdirSync(dir), ['out.json']);
  assert.equal(readFileSync(path, 'utf8'), 'old\n');
  assert.equal(replaceAtomically(path, (tmp) => (writeFileSync(tmp, 'new\n'), 7)), 7);
  assert.equal(readFileSync(path, 'utf8'), 'new\n');
  assert.deepEqual(readdirSync(dir), ['out.json']);
  rmSync(dir, { recursive: true });
});
