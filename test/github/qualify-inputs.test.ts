// Mode qualify's inputs: the base plan from the same inputs as mode run, k from qualify-slowdown,
// and the inputs that would make B differ refused in one line naming the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readQualify } from '../../src/github/qualify.ts';
import { readOptions } from '../../src/github/inputs.ts';
import type { EventContext } from '../../src/github/event.ts';
import type { RunnerEnv } from '../../src/github/runner-env.ts';
import { UserError } from '../../src/sys/errors.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-qualify-inputs-'));
mkdirSync(join(root, 'llama.cpp'));
writeTinyModel(join(root, 'm.gguf'));
const runner: RunnerEnv = { workspace: root, runnerTemp: join(root, 'tmp'), summaryPath: null, runLabel: 'test', apiUrl: 'http://localhost' };
const ctx = { baseRef: null, headRef: null, headSha: 'a'.repeat(40) } as EventContext;
const getter = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const BASE = { mode: 'qualify', repo: 'llama.cpp', model: 'm.gguf', workloads: 'pp64,tg8' };

test('mode qualify: a mode of the one option table; base from the input or the event commit; k defaults to 0.03', () => {
  assert.equal(readOptions(getter(BASE)).mode, 'qualify');
  const { plan, k } = readQualify(getter({ ...BASE, base: 'master', 'base-env': 'FAKE_NOISE=0.01' }), ctx, runner);
  assert.equal(k, 0.03);
  assert.equal(plan.variants[0].ref, 'master');
  assert.deepEqual(plan.variants[0].env, { FAKE_NOISE: '0.01' });
  assert.deepEqual(plan.workloads.map((w) => w.id), ['pp64', 'tg8']);
  assert.equal(readQualify(getter(BASE), ctx, runner).plan.variants[0].ref, 'a'.repeat(40), 'the scheduled commit');
  assert.equal(readQualify(getter({ ...BASE, 'qualify-slowdown': '0.05' }), ctx, runner).k, 0.05);
});

test('mode qualify: head inputs and an out-of-range qualify-slowdown are one line naming the input', () => {
  assert.throws(() => readQualify(getter({ ...BASE, 'head-cmake': '-DX=1' }), ctx, runner), (e: unknown) => e instanceof UserError && /input "head-cmake" does not apply in mode qualify/.test(e.message));
  assert.throws(() => readQualify(getter({ ...BASE, 'qualify-slowdown': '2' }), ctx, runner), (e: unknown) => e instanceof UserError && /input "qualify-slowdown"/.test(e.message));
});
