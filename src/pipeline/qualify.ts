// Runner qualification: on this host, with the user's model, workloads and levers, two experiments —
// A/A′ (two separate builds of the base commit, same flags: the noise a real PR sees, code-layout
// differences between builds included) and A/A+k (one build, B slowed by the shim at k) — then one
// record per attempt beside the host's calibration (store/qualification.ts). A build or launch that
// failed is recorded as a failed attempt, never as a qualification.
import { readdirSync } from 'node:fs';
import { readElfDynamic } from '../bench/elf.ts';
import { join } from 'node:path';
import type { Plan, Variant } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import { qualificationStatus, qualifyWorkloads, type QualifyFinding } from '../stats/qualify.ts';
import { appendQualification, type Qualification } from '../store/qualification.ts';
import { qualifyFindingWords } from '../report/qualify-words.ts';
import { interruptedBy } from '../sys/children.ts';
import { runPipeline, type PipelineHooks, type PipelineOutput } from './run.ts';

export const DEFAULT_QUALIFY_SLOWDOWN = 0.03;

export interface QualifyOutput {
  /** null: interrupted (nothing stored) */
  record: Qualification | null;
  path: string | null;
  aaPrime: PipelineOutput | null;
  injected: PipelineOutput | null;
}

/** The two plans of a qualification from the user's plan (its A is the base both are made of). */
export function qualifyPlans(plan: Plan, k: number): { aaPrime: Plan; injected: Plan } {
  const a: Variant = { ...plan.variants[0], id: 'A' };
  const b = (over: Partial<Variant>): Variant => ({ ...a, id: 'B', ...over });
  const pct = `${(100 * k).toFixed(1).replace(/\.0$/, '')}%`;
  return {
    // replica 1: its own build key and directory, compiled again (build/index.ts), same commit and flags.
    aaPrime: { ...plan, out: join(plan.out, 'aa-prime'), variants: [a, b({ name: `${a.name}′ (second build)`, replica: 1 })], comparison: undefined },
    injected: { ...plan, out: join(plan.out, 'aa-k'), variants: [a, b({ name: `${a.name} +${pct}`, slowdown: k })], comparison: undefined },
  };
}

/**
 * Whether the two builds of A/A′ have the same machine code: the executable sections of llama-bench
 * and of every shared library beside it (their RUNPATH and build-id name their own build and always
 * differ). Null: unknown.
 */
function identicalBuilds(r: Results): boolean | null {
  const [x, y] = r.builds.map((b) => b.binDir);
  if (!x || !y) return null;
  let files: string[];
  try {
    files = ['llama-bench', ...readdirSync(x).filter((f) => /\.so$/.test(f))];
  } catch {
    return null; // the build directory is gone: unknown, never fatal
  }
  for (const f of files) {
    const [p, q] = [readElfDynamic(join(x, f)), readElfDynamic(join(y, f))];
    if (!p || !q) return null;
    if (p.code !== q.code) return false;
  }
  return true;
}

/** Why an experiment gives no qualification (a build or launch failed, nothing decided), or null. */
function failureOf(r: Results, step: string): QualifyFinding | null {
  const bad = r.builds.filter((b) => !b.ok);
  if (bad.length > 0) return { kind: 'build-failed', step, builds: bad.map((b) => ({ variant: b.variant, error: b.error ?? null })) };
  if (!r.analysis) return { kind: 'undecided', step, stop: r.stopReason };
  const failed = r.analysis.workloads.filter((w) => w.verdict === 'failed');
  if (failed.length > 0) return { kind: 'no-successful-launch', step, workloads: failed.map((w) => w.name) };
  return null;
}

/** `run`: the pipeline (a stand-in in tests). */
export async function runQualification(plan: Plan, k: number, hooks: PipelineHooks, run: typeof runPipeline = runPipeline): Promise<QualifyOutput> {
  const t0 = performance.now();
  const log = hooks.log ?? (() => {});
  const plans = qualifyPlans(plan, k);
  const quiet: PipelineHooks = { ...hooks, quoteRunner: false };
  log(`qualify 1/2: A/A′, two separate builds of ${plan.variants[0].ref} → ${plans.aaPrime.out}`);
  const aaPrime = await run(plans.aaPrime, quiet);
  if (interruptedBy()) return { record: null, path: null, aaPrime, injected: null };
  const first = failureOf(aaPrime.results, 'A/A′');
  let injected: PipelineOutput | null = null;
  if (!first) {
    log(`qualify 2/2: A/A+${k}, the same build with an injected slowdown on B → ${plans.injected.out}`);
    injected = await run(plans.injected, quiet);
    if (interruptedBy()) return { record: null, path: null, aaPrime, injected };
  }
  const second = injected ? failureOf(injected.results, `A/A+${k}`) : null;
  const ws = injected && !first && !second ? qualifyWorkloads(aaPrime.results.analysis!, injected.results.analysis!, k, aaPrime.results.design) : [];
  const checked = first || second ? null : qualificationStatus(ws, k);
  const found = checked ? { status: checked.status, reasons: checked.findings.map(qualifyFindingWords) } : { status: 'failed' as const, reasons: [qualifyFindingWords((first ?? second)!)] };
  const r = aaPrime.results;
  const record: Qualification = {
    createdAt: new Date().toISOString(),
    status: found.status,
    reasons: found.reasons,
    k,
    ref: plan.variants[0].ref,
    commit: r.builds[0]?.commit ?? null,
    model: plan.models.map((m) => m.path.split('/').pop() ?? m.path).join(','),
    threads: plan.threads,
    alpha: plan.alpha,
    margin: plan.margin,
    experiments: { aaPrime: r.experiment?.id ?? null, injected: injected?.results.experiment?.id ?? null },
    identicalBuilds: first ? null : identicalBuilds(r),
    seconds: Math.round((performance.now() - t0) / 1000),
    workloads: ws,
  };
  const path = r.host ? appendQualification(hooks.cacheDir, r.host, record) : null;
  return { record, path, aaPrime, injected };
}
