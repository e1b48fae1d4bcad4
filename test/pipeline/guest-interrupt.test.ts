// An interrupted --numa-guest run leaves nothing in the temporary directory: one signal stops qemu
// and the run closes its guest; a second signal right after (the immediate quit, 128 + signal)
// exits before that close is reached, and the guest's scratch (base initramfs, boot dirs) must go
// with the process all the same (sys/scratch.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('../helpers/guest-interrupted.ts', import.meta.url));

async function interrupted(signals: number): Promise<{ code: number | null; left: string[]; stderr: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'lpg-guest-sig-'));
  try {
    const child = spawn(process.execPath, [CHILD], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (b: Buffer) => { out += b.toString(); if (out.includes('BOOTING')) resolve(); });
      child.once('close', () => reject(new Error(`the child ended before booting: ${stderr}`)));
    });
    // Inside the boot: the scratch holds the base initramfs and this boot's directory.
    await new Promise((r) => setTimeout(r, 2000));
    assert.ok(readdirSync(tmp).some((d) => d.startsWith('lpg-guest-')), 'the guest made its scratch under TMPDIR');
    // Apart enough not to merge into one pending signal, close enough to land while qemu stops.
    for (let i = 0; i < signals; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGTERM');
    }
    const code = await closed;
    return { code, left: readdirSync(tmp), stderr };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

test('a guest launch stopped by SIGTERM, then by a second SIGTERM at once: no lpg-guest-* scratch left', { timeout: 600_000 }, async () => {
  const once = await interrupted(1);
  assert.equal(once.code, 0, once.stderr); // stopped, then closed by its owner
  assert.deepEqual(once.left, []);
  const twice = await interrupted(2);
  assert.equal(twice.code, 143, twice.stderr); // the immediate quit
  assert.deepEqual(twice.left, [], 'removed at exit, though close() was never reached');
});
