// "Small modules (no source file over 300 lines)": every TypeScript source and native C file and
// header, so a file that grows past it is split when it does, not found later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const MAX_LINES = 300;

function files(dir: string, ok: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p, ok) : ok.test(e.name) ? [p] : [];
  });
}

test(`no source file in src/ or native/ is over ${MAX_LINES} lines`, () => {
  const all = [...files(join(ROOT, 'src'), /\.ts$/), ...files(join(ROOT, 'native'), /\.[ch]$/)];
  assert.ok(all.some((f) => f.endsWith('lpg-measure.c')));
  const long = all.map((f) => ({ f: relative(ROOT, f), n: readFileSync(f, 'utf8').split('\n').length - 1 })).filter((x) => x.n > MAX_LINES);
  assert.deepEqual(long, []);
});
