// Every flag a script or a doc passes to a llama-perf-gate command exists for that command in the
// one option spec (src/plan/options.ts): a renamed flag must not leave a recipe that fails at once
// on the user's machine (scripts/ik-seed-pr.sh once kept a removed --depth-ctx).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { optionsOf } from '../../src/plan/options.ts';

const ROOT = new URL('../../', import.meta.url);
const COMMANDS = ['run', 'demo', 'analyze', 'probe', 'aggregate', 'model', 'calibrate', 'more', 'experiments', 'history'];

/** `lpg CMD …` (the scripts' helper) or `llama-perf-gate CMD …`, continuation lines joined. */
function invocations(text: string): { command: string; flags: string[]; line: string }[] {
  const joined = text.replace(/\\\n\s*/g, ' ');
  const out: { command: string; flags: string[]; line: string }[] = [];
  for (const line of joined.split('\n')) {
    for (const m of line.matchAll(/(?:\blpg|\bllama-perf-gate|src\/cli\/main\.ts)\s+([a-z]+)((?:\s+[^\s|;&`]+)*)/g)) {
      if (!COMMANDS.includes(m[1])) continue;
      out.push({ command: m[1], flags: [...m[2].matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)/g)].map((f) => f[1]), line: line.trim() });
    }
  }
  return out;
}

const files = [
  ...readdirSync(new URL('scripts/', ROOT)).filter((f) => f.endsWith('.sh')).map((f) => `scripts/${f}`),
  'README.md',
  ...readdirSync(new URL('docs/', ROOT)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
];

test('scripts and docs pass only flags their command has', () => {
  let checked = 0;
  for (const f of files) {
    for (const inv of invocations(readFileSync(new URL(f, ROOT), 'utf8'))) {
      const spec = inv.command === 'calibrate' ? 'run' : inv.command; // calibrate is run with A = B (src/cli/main.ts)
      const known = new Set([...optionsOf(spec).map((o) => o.name), 'help']);
      for (const flag of inv.flags) {
        assert.ok(known.has(flag), `${f}: \`${inv.command} --${flag}\` is not a flag of ${inv.command} (in: ${inv.line.slice(0, 160)})`);
        checked++;
      }
    }
  }
  assert.ok(checked > 20, `${checked} flags checked`);
});

test('the checker sees a removed flag', () => {
  const [inv] = invocations('lpg run --repo "$IK" --depth-ctx "$DEPTH_CTX" \\\n  --out x');
  assert.deepEqual([inv.command, inv.flags], ['run', ['repo', 'depth-ctx', 'out']]);
  assert.ok(!optionsOf('run').some((o) => o.name === 'depth-ctx'));
});
