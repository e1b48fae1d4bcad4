// dist/ is committed (a checked-out action has no node_modules) and must be what the sources build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { builtinModules } from 'node:module';
import { ROOT } from '../helpers/run-action.ts';

const run = promisify(execFile);

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

test('dist/ is rebuilt from the current sources (else: run npm run build and commit dist/)', async (t) => {
  const fresh = mkdtempSync(join(tmpdir(), 'lpg-dist-'));
  t.after(() => rmSync(fresh, { recursive: true, force: true }));
  await run(process.execPath, [join(ROOT, 'scripts/bundle.ts'), fresh], { cwd: ROOT });
  const committed = join(ROOT, 'dist');
  const hint = 'dist/ is stale: run npm run build and commit dist/';
  assert.deepEqual(files(committed), files(fresh), `${hint} (file list differs)`);
  for (const f of files(fresh)) {
    assert.ok(readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f))), `${hint} (${f} differs)`);
  }
});

test('the bundle is ESM for node24 with every npm dependency inlined', () => {
  const entry = readFileSync(join(ROOT, 'dist/index.js'), 'utf8');
  const bare = [...entry.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]).filter((s) => !s.startsWith('node:') && !builtinModules.includes(s) && !s.startsWith('./'));
  assert.deepEqual(bare, [], 'no import a checked-out action could not resolve');
});
