// README's set-up line names every system package the CI installs for `npm test` and `npm start`
// (.ci/run is what a fresh machine needs; the README is what a person reads).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

test("README's one apt-get line names every package .ci/run installs", () => {
  const lines = read('README.md').split('\n').filter((l) => /^\s+apt-get install /.test(l));
  assert.equal(lines.length, 1, 'one apt-get install line in README');
  const readme = new Set(lines[0].trim().split(/\s+/).slice(2));
  const ci = read('.ci/run');
  const installed = new Set<string>();
  for (const m of ci.matchAll(/apt-get install -y -qq ([^>\n]+)/g)) for (const w of m[1].trim().split(/\s+/)) if (!w.startsWith('"')) installed.add(w);
  // The tools .ci/run installs by name when missing (its `for tool in …` list).
  for (const w of /for tool in ([^;]+);/.exec(ci)?.[1].trim().split(/\s+/) ?? []) installed.add(w);
  assert.ok(installed.size >= 8, [...installed].join(' '));
  assert.deepEqual([...installed].filter((p) => !readme.has(p)), [], `README's line: ${lines[0].trim()}`);
});
