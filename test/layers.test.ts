// The stages import downward: each folder of src/ may import only from folders below it in LAYERS,
// so no folder imports from one above it and there are no folder cycles. Type-only imports count:
// a type lives with the stage that produces it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Bottom to top. Each stage's README says the same in words. */
export const LAYERS = ['sys', 'model', 'parse', 'patch', 'plan', 'host', 'build', 'bench', 'stats', 'store', 'report', 'pipeline', 'github', 'cli'];

/** Edges that still point up, each to be removed by the step that moves its code (none may be added). */
const KNOWN_UPWARD = new Set<string>([]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const folderOf = (file: string): string => relative(SRC, file).split(sep)[0]!;

/** Every relative import of a file, type-only and dynamic ones included. */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) out.push(normalize(join(dirname(file), m[1]!)));
  return out;
}

function folderEdges(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const f of sources(SRC)) {
    for (const t of importsOf(f)) {
      const a = folderOf(f);
      const b = folderOf(t);
      if (a === b) continue;
      const key = `${a} -> ${b}`;
      edges.set(key, [...(edges.get(key) ?? []), `${relative(SRC, f)} imports ${relative(SRC, t)}`]);
    }
  }
  return edges;
}

test('every file of src/ is in a stage folder named in LAYERS', () => {
  const stray = sources(SRC).filter((f) => !LAYERS.includes(folderOf(f)));
  assert.deepEqual(stray.map((f) => relative(SRC, f)), []);
});

test('no folder imports from a folder above it (type-only imports count)', () => {
  const upward: string[] = [];
  for (const [key, why] of folderEdges()) {
    const [a, b] = key.split(' -> ') as [string, string];
    if (LAYERS.indexOf(b) > LAYERS.indexOf(a) && !KNOWN_UPWARD.has(key)) upward.push(`${key}: ${why.join('; ')}`);
  }
  assert.deepEqual(upward, []);
});

test('the list of known upward edges holds only edges that still exist', () => {
  const edges = folderEdges();
  assert.deepEqual([...KNOWN_UPWARD].filter((k) => !edges.has(k)), []);
});

test('the layer check can fail: an import from above is found', () => {
  const fake = join(SRC, 'stats', 'x.ts');
  const a = folderOf(fake);
  const b = folderOf(normalize(join(dirname(fake), '../report/model.ts')));
  assert.ok(LAYERS.indexOf(b) > LAYERS.indexOf(a));
});
