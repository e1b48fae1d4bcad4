// Mode qualify (a scheduled workflow on each self-hosted runner): A/A′ and A/A+k of the base with
// this workflow's model, workloads and levers, under the host lock. The record is stored in the
// cache dir (input cache-dir; persistent on a self-hosted runner), where every later PR run on the
// same runner reads it and quotes it in its comment. The job summary gets the qualification table;
// nothing is posted. The step fails when the runner falls short or a build or launch failed.
import { join } from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../sys/errors.ts';
import { planFromArgs } from '../plan/from-args.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import type { Plan } from '../plan/types.ts';
import { asInputError, planArgv, type ActionOptions, type InputGetter } from './inputs.ts';
import type { EventContext } from './event.ts';
import type { RunnerEnv } from './runner-env.ts';
import type { Log } from './client.ts';
import { acquireHostLock } from './lock.ts';
import { writeJobSummary } from './job-summary.ts';

/** Inputs that would make B differ from A: qualify makes its own two B's. */
const NOT_HERE = ['head', 'head-name', 'head-cmake', 'head-arg', 'head-env', 'head-slowdown', 'base-slowdown'];

/** The base plan and k from the inputs, checked as the CLI checks `qualify`. */
export function readQualify(get: InputGetter, ctx: EventContext, runner: RunnerEnv): { plan: Plan; k: number } {
  for (const name of NOT_HERE) {
    if (get(name).trim() !== '') throw new UserError(`input "${name}" does not apply in mode qualify: it makes its own B (a second build of base, and base slowed by qualify-slowdown)`, 'example:  mode: qualify\n  base: master');
  }
  const base = ctx.baseRef ?? ctx.headSha;
  const argv = planArgv(get, { baseRef: base, headRef: null, workspace: runner.workspace, out: join(runner.runnerTemp, 'llama-perf-gate-qualify') });
  const k = get('qualify-slowdown').trim();
  try {
    const plan = planFromArgs([...argv, '--head-name', 'qualify']);
    const o = new OptionValues('qualify', parseCommandArgs('qualify', k === '' ? [] : [`--slowdown=${k}`]).values);
    return { plan, k: o.num('slowdown') };
  } catch (e) {
    throw asInputError(e instanceof UserError ? new UserError(e.message.replace('--slowdown', '--qualify-slowdown'), e.hint?.replace('--slowdown', '--qualify-slowdown')) : e);
  }
}

export async function qualifyMode(options: ActionOptions, ctx: EventContext, runner: RunnerEnv, get: InputGetter, log: Log): Promise<void> {
  const { plan, k } = readQualify(get, ctx, runner);
  const lock = await acquireHostLock({ dir: options.lockDir, timeoutSec: options.lockTimeoutSec, label: runner.runLabel, log });
  try {
    log(`benchmark lock held: ${lock.path}`);
    const [{ runQualification }, { renderQualification }, { defaultCacheDir }] = await Promise.all([
      import('../pipeline/qualify.ts'), import('../report/qualify.ts'), import('../sys/cache-dir.ts'),
    ]);
    const out = await runQualification(plan, k, { cacheDir: options.cacheDir ?? defaultCacheDir(), store: options.store ?? undefined, log });
    if (!out.record) throw new UserError('the qualification was interrupted: nothing was stored', 'run the workflow again');
    await writeJobSummary(runner, renderQualification(out.record), log);
    core.setOutput('verdict', out.record.status);
    core.setOutput('results-path', (out.injected ?? out.aaPrime)?.resultsPath ?? '');
    log(`qualification: ${out.record.status}${out.path ? `; stored in ${out.path} for later runs on this runner` : ''}`);
    if (out.record.status !== 'qualified') core.setFailed(`runner qualification ${out.record.status}: ${out.record.reasons.join('; ')}`);
  } finally {
    await lock.release();
  }
}
