// The one option spec: parser config, ranges, --help and the Action's inputs all come from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { OPTIONS, optionSpec } from '../../src/plan/options.ts';
import { actionInputs } from '../../src/plan/option-text.ts';
import { checkValue, parseArgsConfig, parseCommandArgs } from '../../src/plan/option-values.ts';
import { ACTION_YML, withGeneratedInputs } from '../../scripts/action-inputs.ts';
import { parseAnalyzeArgs } from '../../src/cli/analyze.ts';
import { UserError } from '../../src/sys/errors.ts';

test("action.yml's inputs are the spec's (regenerate with: node scripts/action-inputs.ts)", () => {
  const text = readFileSync(ACTION_YML, 'utf8');
  assert.equal(text, withGeneratedInputs(text), 'action.yml inputs differ from src/plan/options.ts: run node scripts/action-inputs.ts');
  const declared = Object.keys((parseYaml(text) as { inputs: Record<string, unknown> }).inputs);
  assert.deepEqual(declared, actionInputs().map((i) => i.input));
});

test('every entry has a valid example, help text and a parser config in each of its commands', () => {
  for (const s of OPTIONS) {
    assert.ok(s.help.length > 5, s.name);
    if (s.kind !== 'boolean') assert.doesNotThrow(() => checkValue(s, s.example), `${s.name} example ${s.example}`);
    if (typeof s.default === 'string' || typeof s.default === 'number') assert.doesNotThrow(() => checkValue(s, String(s.default)), `${s.name} default`);
    for (const c of s.commands) if (c !== 'action') assert.ok(parseArgsConfig(c)[s.name], `${c} --${s.name}`);
  }
  // one name, one meaning per command
  for (const c of new Set(OPTIONS.flatMap((o) => o.commands))) {
    const names = OPTIONS.filter((o) => o.commands.includes(c)).map((o) => o.name);
    assert.equal(new Set(names).size, names.length, c);
  }
});

test('run and analyze accept the same margin and alpha ranges (one entry each)', () => {
  assert.equal(optionSpec('run', 'margin'), optionSpec('analyze', 'margin'));
  for (const [flag, bad, good] of [['--margin', '0.9', '0.5'], ['--alpha', '0.4', '0.25']] as const) {
    assert.throws(() => parseAnalyzeArgs(['r.json', flag, bad]), (e: unknown) => e instanceof UserError && e.message.startsWith(`${flag} must be a number in`));
    assert.doesNotThrow(() => parseAnalyzeArgs(['r.json', flag, good]));
  }
});

test("Node's parseArgs wording becomes one line naming the flag with a valid example", () => {
  const err = (argv: string[]) => {
    try {
      parseCommandArgs('run', argv);
    } catch (e) {
      assert.ok(e instanceof UserError, String(e));
      return `${e.message} | ${e.hint}`;
    }
    return 'no error';
  };
  assert.equal(err(['--treads', '2']), 'unknown option --treads for run | did you mean --threads 4? (see: llama-perf-gate run --help)');
  assert.equal(err(['--threads']), '--threads needs a value | example: --threads 4');
  assert.equal(err(['--head-cmake', '-DX=1']), '--head-cmake needs the = form when its value starts with "-" | example: --head-cmake=-DGGML_NATIVE=OFF');
  assert.equal(err(['--cpu-strict=yes']), '--cpu-strict takes no value | example: --cpu-strict');
  assert.match(err(['main']), /^unexpected argument "main": run takes flags only/);
});

test('docs/github-action.md names every Action input', () => {
  const doc = readFileSync(new URL('../../docs/github-action.md', import.meta.url), 'utf8');
  assert.deepEqual(actionInputs().map((i) => i.input).filter((n) => !doc.includes(`\`${n}\``)), []);
});

test('the default margin and α are written once, in the option table', () => {
  const dir = new URL('../../src/', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'plan/options.ts');
  const literal = /[{,]\s*(margin|alpha)\s*:\s*0\.\d+/; // an object literal's default, not a comment's example
  const found = files.filter((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').some((l) => !/^\s*(\/\/|\*)/.test(l) && literal.test(l)));
  assert.deepEqual(found, []);
  assert.deepEqual(['margin', 'alpha', 'method'].map((n) => optionSpec('analyze', n).default), [0.02, 0.05, 'hl']);
});
