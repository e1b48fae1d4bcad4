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

/** Every module path esbuild names in a comment, by the dist/ file that bundles it. */
function bundledModules(dir: string): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const f of files(dir).filter((f) => f.endsWith('.js'))) {
    const paths = new Set([...readFileSync(join(dir, f), 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => m[1]));
    for (const p of paths) where.set(p, [...(where.get(p) ?? []), f]);
  }
  return where;
}

test('dist/cli.js and the action share their modules: none is bundled twice', () => {
  const twice = [...bundledModules(join(ROOT, 'dist'))].filter(([, fs]) => fs.length > 1).map(([p, fs]) => `${p} in ${fs.join(', ')}`);
  assert.deepEqual(twice, []);
  assert.match(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/, 'the bin keeps its hashbang');
});

test('no file the action loads imports a package: koffi stays external, reached only from the cli', () => {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const text = readFileSync(join(ROOT, 'dist', f), 'utf8');
    // esbuild writes its imports with double quotes (a JSDoc `import('./x')` in a comment is not one).
    for (const m of text.matchAll(/(?:^import\s[^'"]*|^export\s[^'"]*\sfrom\s|\bimport\()\s*"([^"]+)"/gm)) {
      if (m[1].startsWith('./')) visit(m[1].slice(2));
      else if (!m[1].startsWith('node:') && !builtinModules.includes(m[1])) bare.add(m[1]);
    }
  };
  visit('index.js');
  assert.deepEqual([...bare], [], 'a checked-out action has no node_modules');
  assert.ok(seen.size > 3, `the walk follows the action's chunks (${[...seen].join(', ')})`);
  const all = files(join(ROOT, 'dist')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(ROOT, 'dist', f), 'utf8'));
  assert.ok(all.some((t) => /^import koffi from "koffi";$/m.test(t)), 'the probe imports koffi, external');
  assert.ok(!files(join(ROOT, 'dist')).some((f) => f.endsWith('.node')), 'dist/ ships no native code');
});
