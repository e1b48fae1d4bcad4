// The whole A/B pipeline for one plan: host fingerprint → builds → runner probe → interleaved blocks
// (with sequential stopping) → decision → results.json and report.md. Shared by `run`, `demo` and the
// GitHub Action. Every launch is committed to the experiment store as it completes and results.json
// is rewritten after every block, so nothing measured is ever lost; a rerun of the same plan resumes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan, VariantId } from '../plan/types.ts';
import type { Results, BuildOutcome, LaunchRecord } from '../store/results.ts';
import { RESULTS_SCHEMA } from '../store/results.ts';
import { writeResults } from '../store/write.ts';
import { analysisOf, designOf } from '../store/read-results.ts';
import { buildVariants, type BuildProgress } from '../build/index.ts';
import { readFingerprint, finishFingerprint } from '../host/fingerprint.ts';
import { numaPlacement } from '../host/numa-policy.ts';
import { measureHooks } from '../host/measure.ts';
import { probeRunner } from '../bench/flavour.ts';
import { runBlocks, type Progress } from '../bench/run-blocks.ts';
import { runMemoryDepth, depthPlacement } from '../bench/memory-depth.ts';
import { workloadInputsFromResults } from '../stats/from-results.ts';
import { decide } from '../stats/sequential.ts';
import { renderMarkdown } from '../report/index.ts';
import { UserError } from '../errors.ts';
import { TOOL } from './version.ts';
import { defaultStorePath } from '../store/experiment-store.ts';
import { beginExperiment, completeCountedBlocks, experimentInOut, storedValue, withStoreLock, type Session } from './experiment.ts';

export interface PipelineHooks {
  cacheDir: string;
  onBuildProgress?: (p: BuildProgress) => void;
  onBenchProgress?: (p: Progress) => void;
  log?: (line: string) => void;
  /** Experiment store (SQLite); default <cacheDir>/experiments.sqlite. */
  store?: string;
}

export interface PipelineOutput {
  results: Results;
  resultsPath: string;
  reportPath: string;
}

export async function runPipeline(plan: Plan, hooks: PipelineHooks): Promise<PipelineOutput> {
  const log = hooks.log ?? (() => {});
  mkdirSync(plan.out, { recursive: true });
  const previous = experimentInOut(plan.out);
  const results: Results = {
    schema: RESULTS_SCHEMA,
    tool: TOOL,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    plan,
    host: readFingerprint(),
    flavour: null,
    builds: [],
    schedule: { seed: plan.seed, blocks: [] },
    launches: [],
    analysis: null,
    stopReason: 'started',
    notes: [],
  };
  const save = () => {
    writeResults(plan.out, results);
  };
  save();

  results.builds = await buildVariants(plan, { cacheDir: hooks.cacheDir, logDir: join(plan.out, 'logs'), onProgress: hooks.onBuildProgress });
  const failed = results.builds.filter((b) => !b.ok);
  if (failed.length > 0) {
    results.stopReason = `build failed: ${failed.map((b) => `variant ${b.variant} (${b.ref})`).join(', ')}; nothing was benchmarked`;
    return finish(plan, results, null);
  }
  const storePath = hooks.store ?? defaultStorePath(hooks.cacheDir);
  return withStoreLock(storePath, log, async () => {
    const session = beginExperiment(results, storePath, log, previous);
    try {
      return await runSession(results.plan, results, session, log, hooks);
    } finally {
      session.store.close();
    }
  });
}

/** Blocks (new or continued) → memory at depth → decision, inside an open experiment. */
export async function runSession(plan: Plan, results: Results, session: Session, log: (line: string) => void, hooks: PipelineHooks): Promise<PipelineOutput> {
  const save = () => {
    writeResults(plan.out, results);
    session.store.saveHeader(session.id, results);
  };
  try {
    save();
    await benchmark(plan, results, save, log, hooks, session);
  } catch (e) {
    // Whatever stopped the run, what was measured so far stays on disk with the reason; the
    // experiment stays unfinished, so the same command resumes it.
    results.stopReason = `stopped by an error: ${(e as Error).message}`;
    writeResults(plan.out, results);
    try {
      session.store.saveHeader(session.id, results);
    } catch {
      // the store itself failed (full disk): results.json has the reason
    }
    throw e;
  }
  return finish(plan, results, session);
}

async function benchmark(plan: Plan, results: Results, save: () => void, log: (line: string) => void, hooks: PipelineHooks, session: Session): Promise<void> {
  const binaries = Object.fromEntries(results.builds.map((b) => [b.variant, join(b.binDir!, 'llama-bench')])) as Record<VariantId, string>;
  const info = await probeRunner(binaries.A);
  const infoB = await probeRunner(binaries.B);
  if (infoB.flavour !== info.flavour) {
    throw new UserError(`variant A builds a ${info.flavour} llama-bench but variant B a ${infoB.flavour} one`, 'compare two refs of the same project');
  }
  results.flavour = info.flavour;
  log(`runner: ${info.flavour} llama-bench; ${plan.workloads.length} workloads × up to ${plan.maxBlocks} blocks (+${plan.warmupBlocks} warm-up), seed ${plan.seed}`);
  save();

  if (session.resume?.active?.length === 0) {
    results.stopReason = `all workloads decided after ${completeCountedBlocks(results)} counted blocks`;
    save();
    return;
  }
  const flavour = info.flavour;
  let pending: string[] | null = session.resume?.active ?? null;
  // The sequential design as persisted at the last look (resume, more), passed back to the engine.
  let design = session.design;
  const loop = await runBlocks({
    plan,
    binaries,
    info,
    workDir: join(plan.out, 'launches'),
    placement: (w) => numaPlacement(w.numa, hostLayout(results)),
    measure: measureHooks(),
    onProgress: hooks.onBenchProgress,
    resume: session.resume ?? undefined,
    onBlockOrder: (block, order) => session.store.saveBlockOrder(session.id, block, order),
    onLaunch: (l) => session.store.appendLaunch(session.id, l, storedValue(l), flavour, session.labels[l.variant]),
    afterBlock: (launches: LaunchRecord[], counted: number) => {
      results.launches = launches;
      save();
      // Decisions are taken at the looks only; between looks the undecided set stays what it was.
      if (counted === 0 || !(plan.looks.includes(counted) || counted === (plan.horizon ?? plan.maxBlocks))) return pending;
      const d = decide(workloadInputsFromResults(results), { ...designOf(plan), nBlocks: counted, state: design ?? undefined, at: new Date().toISOString() });
      if (d.atLook) {
        results.analysis = d.analysis;
        design = d.state;
        session.store.recordLook(session.id, counted, d.analysis, d.state, d.state.looks.at(-1)?.alpha_spent ?? null);
        log(`look at ${counted} blocks: ${d.analysis.workloads.map((w) => `${w.name} ${w.verdict}`).join(', ')}`);
      }
      pending = d.pending;
      return pending;
    },
  });
  results.launches = loop.launches;
  results.schedule.blocks = loop.schedule;
  results.stopReason = loop.stopReason;
  save();

  // Memory at KV depth: a context larger than the tool fills, resident memory against depth.
  const depth = await runMemoryDepth({
    plan,
    builds: results.builds,
    placement: depthPlacement(plan, (p) => numaPlacement(p, hostLayout(results))),
    log,
    onRecord: (records) => {
      results.memoryCurves = records;
      save();
    },
  });
  if (depth.skipped) results.notes.push(depth.skipped);
}

function finish(plan: Plan, results: Results, session: Session | null): PipelineOutput {
  const counted = Math.max(0, ...results.launches.map((l) => l.block + 1 - plan.warmupBlocks));
  // The same computation every reader of results.json repeats (store/read-results.ts).
  if (results.launches.length > 0) results.analysis = analysisOf(results);
  if (results.host) results.host = finishFingerprint(results.host);
  results.finishedAt = new Date().toISOString();
  if (session) {
    // results.json is the store's export of the experiment.
    session.store.finish(session.id, results, counted);
    results = { ...session.store.loadResults(session.id), plan: results.plan };
  }
  const resultsPath = writeResults(plan.out, results);
  const reportPath = join(plan.out, 'report.md');
  writeFileSync(reportPath, renderMarkdown([results]));
  return { results, resultsPath, reportPath };
}

/** The host's nodes and CPUs, so a policy naming absent ones is refused before any launch. */
function hostLayout(results: Results): { nodes?: number[]; cpus?: number[] } {
  const nodes = results.host?.numaNodes ?? [];
  if (nodes.length === 0) return {};
  return { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
}

export type { BuildOutcome };
