// The whole A/B pipeline for one plan: host fingerprint → builds → runner probe → interleaved blocks
// (with sequential stopping) → decision → results.json and report.md. Shared by `run`, `demo` and the
// GitHub Action. Every launch is committed to the experiment store as it completes and results.json
// is rewritten after every block, so nothing measured is ever lost; a rerun of the same plan resumes.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import type { BuildOutcome } from '../build/types.ts';
import { RESULTS_SCHEMA } from '../store/results.ts';
import { writeResults } from '../store/write.ts';
import { countedBlocksOf } from '../stats/design-replay.ts';
import { decideAll } from '../stats/decide.ts';
import { wordAnalysis } from '../report/reason-words.ts';
import { stopWords } from '../report/stop-words.ts';
import { buildVariants, type BuildOptions, type BuildProgress } from '../build/index.ts';
import { finishFingerprint } from '../host/fingerprint.ts';
import { experimentHost } from './guest.ts';
import { reclaimWarning } from '../host/damon.ts';
import type { Progress } from '../bench/run-blocks.ts';
import { buildReportModel, renderMarkdown, renderHtml, type ReportModel } from '../report/index.ts';
import { asEnvironmentError } from '../sys/errors.ts';
import { interruptedBy } from '../sys/children.ts';
import { writeFileAtomic } from '../sys/atomic-file.ts';
import { onInterrupt } from './signals.ts';
import { claimOut, experimentIdentity, heldExperiment, keepPreviousExport, type HeldExperiment } from './out-dir.ts';
import { preflight, type Preflight } from './preflight.ts';
import { ensureModels } from './models.ts';
import { applyComparison } from './compare.ts';
import { calibrationKeys, readCalibration } from '../store/calibration.ts';
import { calibrationNote } from '../report/calibration-words.ts';
import { readQualifications, runnerShown, type RunnerShown } from '../store/qualification.ts';
import { TOOL } from './version.ts';
import { defaultStorePath } from '../store/experiment-store.ts';
import { beginExperiment, checkStore, withStoreLock, type Session } from './experiment.ts';
import { benchmark } from './benchmark.ts';

export interface PipelineHooks {
  /** Experiment store (SQLite); default <cacheDir>/experiments.sqlite. */
  store?: string;
  cacheDir: string;
  /** Write into an --out holding another experiment's results (overwriting them). */
  force?: boolean;
  /** Rebuild the experiment of --out's results.json in a store that lost it (then resume it). */
  storeFromResults?: boolean;
  onBuildProgress?: (p: BuildProgress) => void;
  onBenchProgress?: (p: Progress) => void;
  log?: (line: string) => void;
  /** What an undecided verdict does to the gate, for the report's first line (default pass). */
  onInconclusive?: 'pass' | 'fail';
  onIncomplete?: 'pass' | 'fail';
  /** false: the report does not quote the runner's qualification (qualify's own experiments). */
  quoteRunner?: boolean;
  /** Builds the plan's variants instead of one worktree per commit (bisect: the shared build tree). */
  build?: (plan: Plan, opts: BuildOptions) => Promise<BuildOutcome[]>;
  /** ms since the epoch after which no block starts (bisect --minutes); the experiment stays unfinished, to resume. */
  until?: number;
}

export interface PipelineOutput {
  results: Results;
  resultsPath: string;
  reportPath: string;
  /** report.html: forest plot, block plots, depth curves, host and builds; no network when opened. */
  htmlPath: string;
  /** The report's numbers, computed once: every rendering of this run formats this. */
  model: ReportModel;
  /** Stopped at hooks.until, undecided: the experiment is unfinished in the store. */
  timeUp?: boolean;
}

export async function runPipeline(plan: Plan, hooks: PipelineHooks): Promise<PipelineOutput> {
  const log = hooks.log ?? (() => {});
  // Inputs and refs are checked before --out is touched: a typo never costs a previous result.
  const pre = await preflight(plan);
  // A preset model is written into the cache the first time (its identity is its content).
  ensureModels(plan, log);
  // Which commits the refs stand for (--compare); the Action resolves GitHub's test merge itself.
  if (plan.comparison === undefined) pre.warnings.push(...(await applyComparison(plan)).warnings);
  if (plan.comparison) pre.commits = [plan.comparison.a, plan.comparison.b];
  for (const w of pre.warnings) log(`warning: ${w}`);
  const claim = await claimOut(plan.out, experimentIdentity(plan, pre.commits), { force: hooks.force, log });
  const stopOnSignal = onInterrupt(log);
  try {
    // The store too, before --out is written: a store that lost the experiment of --out's results.json
    // is refused (or rebuilt from that file) rather than a new experiment started over it.
    const storePath = hooks.store ?? defaultStorePath(hooks.cacheDir);
    checkStore(storePath, hooks.force ? null : claim.held, hooks.storeFromResults ?? false, log);
    // Until the experiment is open, results.json holding this experiment's launches is not replaced.
    const keep = claim.held && claim.held.launches > 0 ? claim.held : null;
    return await runClaimed(plan, hooks, log, pre, storePath, keep);
  } finally {
    stopOnSignal.remove();
    await claim.release();
  }
}

async function runClaimed(plan: Plan, hooks: PipelineHooks, log: (line: string) => void, pre: Preflight, storePath: string, keep: HeldExperiment | null): Promise<PipelineOutput> {
  // Read before results.json is rewritten: a different experiment there is named as such.
  const previous = heldExperiment(plan.out)?.id ?? null;
  const host = await experimentHost(plan, log);
  const results: Results = {
    schema: RESULTS_SCHEMA,
    tool: TOOL,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    plan,
    host,
    flavour: null,
    builds: [],
    schedule: { seed: plan.seed, blocks: [] },
    launches: [],
    analysis: null,
    stopReason: stopWords({ kind: 'started' }),
    notes: [...pre.warnings],
  };
  // What an A/A run on this host showed (llama-perf-gate calibrate), for the workloads at hand.
  const calibration = results.host ? readCalibration(hooks.cacheDir, results.host) : null;
  const calibrationLine = calibration ? calibrationNote(calibration, calibrationKeys(plan)) : null;
  if (calibrationLine) results.notes.push(calibrationLine);
  const reclaim = reclaimWarning(results.host?.proactiveReclaim, !plan.levers.noMmap);
  if (reclaim) log(`warning: ${reclaim}`);
  let begun = false;
  try {
    results.builds = await (hooks.build ?? buildVariants)(plan, { cacheDir: hooks.cacheDir, logDir: join(plan.out, 'logs'), onProgress: hooks.onBuildProgress, log });
    const failed = results.builds.filter((b) => !b.ok);
    if (interruptedBy()) {
      results.stopReason = stopWords({ kind: 'interrupted-builds', signal: String(interruptedBy()), resumed: false });
      return finishRun(plan, results, null, hooks, keep);
    }
    if (failed.length > 0) {
      results.stopReason = stopWords({ kind: 'build-failed', variants: failed.map((b) => ({ variant: b.variant, ref: b.ref })) });
      return finishRun(plan, results, null, hooks, keep);
    }
    return await withStoreLock(storePath, log, async () => {
      const session = beginExperiment(results, storePath, log, previous);
      // A new experiment is about to replace an export of another (a finished one, same plan): kept beside.
      if (previous && previous !== session.id && !hooks.force) keepPreviousExport(plan.out, previous, log);
      begun = true;
      try {
        return await runSession(results.plan, results, session, log, hooks);
      } finally {
        session.store.close();
      }
    });
  } catch (e) {
    // Whatever stopped the run, what was measured so far stays on disk with the reason.
    const err = asEnvironmentError(e);
    results.stopReason = stopWords({ kind: 'error', message: (err as Error).message });
    if (begun || !keep) saveAfterError(plan.out, results, log);
    else log(kept(keep));
    throw err;
  }
}

/**
 * The last save after an error. When the disk is full, the per-launch scratch files (already copied
 * into results.json) are removed to make room for the stop reason.
 */
function saveAfterError(out: string, results: Results, log: (line: string) => void): void {
  try {
    writeResults(out, results);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC' && (e as NodeJS.ErrnoException).code !== 'EDQUOT') return;
    rmSync(join(out, 'launches'), { recursive: true, force: true });
    try {
      writeResults(out, results);
    } catch {
      log(`could not record the stop reason in ${join(out, 'results.json')}: the disk is full; the file holds the last block saved`);
    }
  }
}

/** Blocks (new or continued) → memory at depth → decision, inside an open experiment (run, resume, more). */
export async function runSession(plan: Plan, results: Results, session: Session, log: (line: string) => void, hooks: PipelineHooks): Promise<PipelineOutput> {
  const save = () => {
    writeResults(plan.out, results);
    session.store.saveHeader(session.id, results);
  };
  let timeUp = false;
  try {
    save();
    timeUp = await benchmark(plan, results, save, log, hooks.onBenchProgress, session, hooks.until);
  } catch (e) {
    // What was measured is in the store; the experiment stays unfinished, so the same command resumes it.
    results.stopReason = stopWords({ kind: 'error', message: (e as Error).message });
    try {
      save();
    } catch {
      // the store itself failed (full disk): the caller records the reason in results.json
    }
    throw e;
  }
  return { ...finishRun(plan, results, session, hooks, null, timeUp), timeUp };
}

/** Said when a run stops before its experiment is open: the results.json it found stays as it was. */
function kept(held: HeldExperiment): string {
  return `${held.path} is kept as it was: experiment ${held.id.slice(0, 4)}… (${held.launches} launches)`;
}

/** The export and the reports; `keep`: a run that measured nothing leaves the experiment's results.json found there alone. */
export function finishRun(plan: Plan, results: Results, session: Session | null, hooks: PipelineHooks, keep: HeldExperiment | null = null, unfinished = false): PipelineOutput {
  const counted = countedBlocksOf(results);
  // The one decision step, as every reader of results.json takes it (stats/decide.ts).
  if (results.launches.length > 0) results.analysis = wordAnalysis(decideAll(results));
  if (results.host) results.host = finishFingerprint(results.host);
  results.finishedAt = new Date().toISOString();
  if (session && (interruptedBy() || unfinished)) {
    // Interrupted (or out of time): the experiment stays unfinished in the store, and the same command resumes it.
    session.store.saveHeader(session.id, results);
  } else if (session) {
    // results.json is the store's export of the experiment.
    session.store.finish(session.id, results, counted);
    results = { ...session.store.loadResults(session.id), plan: results.plan };
  }
  const model = buildReportModel([results], { onInconclusive: hooks.onInconclusive, onIncomplete: hooks.onIncomplete, runner: runnerOf(results, hooks) });
  const [resultsPath, reportPath, htmlPath] = [join(plan.out, 'results.json'), join(plan.out, 'report.md'), join(plan.out, 'report.html')];
  if (!session && keep) {
    (hooks.log ?? (() => {}))(kept(keep));
    return { results, resultsPath, reportPath, htmlPath, model };
  }
  writeResults(plan.out, results);
  writeFileAtomic(reportPath, renderMarkdown(model));
  // The charts for people: one self-contained file beside report.md, uploaded with results.json.
  writeFileAtomic(htmlPath, renderHtml(model));
  return { results, resultsPath, reportPath, htmlPath, model };
}

/** What this host has been shown to do: its newest qualification for the run's workloads (null: never qualified). */
function runnerOf(results: Results, hooks: PipelineHooks): RunnerShown | null | undefined {
  if (hooks.quoteRunner === false || !results.host) return undefined;
  return runnerShown(readQualifications(hooks.cacheDir, results.host), results.plan.workloads.map((w) => w.id), new Date());
}

export type { BuildOutcome };
