// The experiment a run belongs to: the store is checked before --out is written (checkStore), the
// experiment opened after the builds (the identity needs the commits), resumed when an unfinished
// experiment has the same identity, else created — saying so when the --out directory held a
// different experiment. One writer per store at a time: a second llama-perf-gate waits, and says it waits.
import { statSync } from 'node:fs';
import type { Results } from '../store/results.ts';
import type { LaunchRecord, DepthLaunchRecord } from '../bench/types.ts';
import type { Slot } from '../bench/schedule.ts';
import { wordAnalysis } from '../report/reason-words.ts';
import { ExperimentStore } from '../store/experiment-store.ts';
import { rebuildExperiment } from '../store/rebuild.ts';
import { checkStorePath } from '../sys/paths.ts';
import { readResultsFileSync } from '../store/read-results.ts';
import { UserError } from '../sys/errors.ts';
import type { HeldExperiment } from './out-dir.ts';
import { experimentIdentity, identityChanges, identityHash } from '../store/identity.ts';
import { variantLabel } from '../store/llama-bench-table.ts';
import { withLock } from '../sys/lock.ts';
import { launchValue } from '../stats/from-results.ts';
import type { Decision } from '../stats/sequential.ts';
import { decideLook } from '../stats/decide.ts';
import type { DesignState } from '../stats/types.ts';

export interface Session {
  store: ExperimentStore;
  id: string;
  /** llama_bench build_commit label per variant. */
  labels: Record<'A' | 'B', string>;
  /** What is already stored, for runBlocks to continue from; null for a new experiment. */
  resume: { launches: LaunchRecord[]; depthLaunches: DepthLaunchRecord[]; schedule: { block: number; order: Slot[] }[]; active: string[] | null } | null;
  /** The sequential design state persisted at the last look (horizon, looks taken, α spent), if any. */
  design: DesignState | null;
}

/** Runs `fn` holding the store's writer lock (a second writer waits, visibly). */
export function withStoreLock<T>(storePath: string, log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  return withLock(`${storePath}.lock`, fn, (line) => log(line), `the experiment store ${storePath} (writing)`);
}

const REBUILD_HINT =
  'add --store-from-results to rebuild it from that file (the run then resumes it), pass --store PATH to the store that has it, or add --force to start a new experiment over these results';

/**
 * The store a run writes, checked before --out is written: it opens (not damaged, writable), and when
 * --out's results.json is an export of this experiment (`held`), the store has every launch of it —
 * or, with `fromResults`, gets the experiment back from that file. Otherwise refused in one line: a
 * rerun never starts over the only copy of what was measured.
 */
export function checkStore(storePath: string, held: HeldExperiment | null, fromResults: boolean, log: (line: string) => void): void {
  if (!held) {
    if (fromResults) throw new UserError('--store-from-results: --out holds no results.json of this experiment to rebuild the store from', 'drop --store-from-results, or give the --out of the run whose store was lost');
    ExperimentStore.open(storePath).close();
    return;
  }
  const what = `${held.path} holds experiment ${held.id.slice(0, 4)}… (${held.launches} launches)`;
  checkStorePath(storePath);
  const st = statSync(storePath, { throwIfNoEntry: false });
  const missing = !st ? 'does not exist' : st.isFile() && st.size === 0 ? 'is empty' : null;
  if (missing && !fromResults) throw new UserError(`${what}, but the experiment store ${storePath} ${missing}`, REBUILD_HINT);
  const store = ExperimentStore.open(storePath);
  try {
    const has = store.has(held.id) ? measured(store.loadResults(held.id)) : null;
    if (has !== null && has >= held.launches) {
      if (fromResults) log(`the experiment store ${storePath} already holds experiment ${held.id.slice(0, 4)}…: --store-from-results has nothing to do`);
      return;
    }
    const lacks = has === null ? 'does not have it' : `has only ${has} of its launches (an older copy?)`;
    if (!fromResults) throw new UserError(`${what}, but the experiment store ${storePath} ${lacks}`, REBUILD_HINT);
    if (has !== null) throw new UserError(`${what}, but the experiment store ${storePath} ${lacks}; --store-from-results does not merge`, `move that store away (mv ${storePath} ${storePath}.old) and run the same command again`);
    rebuildExperiment(store, readResultsFileSync(held.path), storedValue);
    log(`rebuilt experiment ${held.id.slice(0, 4)}… in the experiment store ${storePath} from ${held.path} (${held.launches} launches)`);
  } finally {
    store.close();
  }
}

/** Launches that measured something (an interrupted one is run again, so the store never keeps it). */
function measured(r: Pick<Results, 'launches' | 'depthLaunches'>): number {
  return [...r.launches, ...(r.depthLaunches ?? [])].filter((l) => l.status !== 'skipped').length;
}

/** Counted blocks whose every scheduled launch (llama-bench and depth sweep) is stored. */
export function completeCountedBlocks(r: Pick<Results, 'launches' | 'plan' | 'depthLaunches'> & { schedule: Results['schedule'] }): number {
  const byBlock = new Map<number, number>();
  for (const l of [...r.launches, ...(r.depthLaunches ?? [])]) byBlock.set(l.block, (byBlock.get(l.block) ?? 0) + 1);
  let complete = 0;
  for (const b of r.schedule.blocks) {
    if (b.block < r.plan.warmupBlocks) continue;
    if ((byBlock.get(b.block) ?? 0) >= b.order.length) complete = Math.max(complete, b.block + 1 - r.plan.warmupBlocks);
  }
  return complete;
}

/**
 * Where a stored experiment stands at its complete blocks: the workloads not yet decided (all of
 * them before the first look), and its design state. When the last complete block is a look that
 * was not recorded (the process died between storing that block and recording the look), the look
 * is taken now and recorded, so the design state holds every look the experiment reached.
 */
export function standing(store: ExperimentStore, id: string, r: Results, counted: number, state: DesignState | null, log: (line: string) => void): { pending: string[]; design: DesignState | null } {
  if (counted === 0 || r.launches.length === 0) return { pending: r.plan.workloads.map((w) => w.id), design: state };
  // Only the complete blocks: a partly run block pairs nothing yet.
  const done = new Set(r.schedule.blocks.filter((b) => b.block < counted + r.plan.warmupBlocks).map((b) => b.block));
  const complete = { ...r, launches: r.launches.filter((l) => done.has(l.block)), depthLaunches: r.depthLaunches?.filter((l) => done.has(l.block)) };
  const d = decideLook(complete, counted, state);
  if (!d.atLook || state?.looks.some((l) => l.blocks === counted)) return { pending: d.pending, design: state };
  keepLook(store, id, counted, d, log, ' (not recorded before the interrupt)');
  return { pending: d.pending, design: d.state };
}

/** Stores a look the decision engine took (what it decided, the design state after it) and says so in one line. */
export function keepLook(store: ExperimentStore, id: string, counted: number, d: Decision, log: (line: string) => void, note = ''): void {
  store.recordLook(id, counted, wordAnalysis(d.analysis), d.state);
  log(`look at ${counted} blocks${note}: ${d.analysis.workloads.map((w) => `${w.name} ${w.verdict}`).join(', ')}`);
}

/**
 * The depth-sweep launches of an interrupted experiment that belong to a stored block (the store
 * keeps them one by one as they complete, like the llama-bench launches).
 */
export function storedDepthLaunches(stored: Results): DepthLaunchRecord[] {
  const blocks = new Set(stored.schedule.blocks.map((b) => b.block));
  return (stored.depthLaunches ?? []).filter((l) => blocks.has(l.block));
}

/**
 * Opens the store and the experiment for `results` (whose builds have finished). On resume,
 * `results` takes the stored plan (with this run's --out), seed, start time, launches and notes.
 */
export function beginExperiment(results: Results, storePath: string, log: (line: string) => void, previousInOut: string | null): Session {
  const store = ExperimentStore.open(storePath);
  const identity = experimentIdentity(results.plan, results.builds, results.host);
  const hash = identityHash(identity);
  const labels = {
    A: variantLabel(identity.variants[0].commit, results.plan.variants[0]),
    B: variantLabel(identity.variants[1].commit, results.plan.variants[1]),
  };
  const now = new Date().toISOString();
  const resumeId = store.findResumable(hash);
  if (resumeId) {
    const stored = store.loadResults(resumeId);
    const counted = completeCountedBlocks(stored);
    const out = results.plan.out;
    if (results.plan.maxBlocks !== stored.plan.maxBlocks) {
      log(`keeping the experiment's ${stored.plan.maxBlocks} blocks (this command asked for ${results.plan.maxBlocks}); to add blocks: llama-perf-gate more --experiment ${resumeId.slice(0, 4)}`);
    }
    const depthLaunches = storedDepthLaunches(stored);
    Object.assign(results, {
      plan: { ...stored.plan, out },
      startedAt: stored.startedAt,
      schedule: { seed: stored.plan.seed, blocks: stored.schedule.blocks },
      launches: stored.launches,
      ...(stored.plan.depthSweep ? { depthLaunches } : {}),
      analysis: stored.analysis,
      notes: stored.notes,
    });
    store.addSegment(resumeId, { kind: 'resume', at: now, fromBlocks: counted, toBlocks: stored.plan.maxBlocks });
    results.experiment = { id: resumeId, store: storePath, segments: store.segments(resumeId) };
    log(`resuming experiment ${resumeId.slice(0, 4)}… at block ${counted + 1} of ${stored.plan.maxBlocks} (${stored.launches.length + depthLaunches.length} launches stored; builds reused)`);
    const { pending, design } = standing(store, resumeId, stored, counted, store.lastDesignState(resumeId), log);
    if (design) results.design = design;
    return {
      store, id: resumeId, labels, design,
      resume: { launches: stored.launches, depthLaunches, schedule: stored.schedule.blocks, active: counted === 0 ? null : pending },
    };
  }
  const id = store.createExperiment(identity, hash, results, { kind: 'run', at: now, fromBlocks: 0, toBlocks: results.plan.maxBlocks });
  results.experiment = { id, store: storePath, segments: store.segments(id) };
  if (previousInOut && store.has(previousInOut)) {
    const changes = identityChanges(store.identity(previousInOut), identity);
    const what = changes.length > 0 ? `the plan changed (${changes.join(', ')})` : `experiment ${previousInOut.slice(0, 4)}… is finished`;
    log(`${results.plan.out} held experiment ${previousInOut.slice(0, 4)}…; ${what}: this is a new experiment ${id.slice(0, 4)}… (the earlier one stays in the store)`);
  } else {
    log(`experiment ${id.slice(0, 4)}… (store ${storePath})`);
  }
  return { store, id, labels, resume: null, design: null };
}

/** The store's figure for a launch: the same observation the decision uses. */
export function storedValue(l: LaunchRecord): number | null {
  return l.status === 'ok' && l.records.length > 0 ? launchValue(l.records[0]) : null;
}
