// What `history` flags beside a moved host: a workload's model that is another file than the
// previous experiment's (same name, other content), and a change in how the model's pages were
// reclaimed — DAMON pageout on or off (host fingerprint), the model mapped or read (--no-mmap), and
// the major faults of A's launches (a mapped model whose pages were evicted is read from disk again
// at every launch). Experiments stored before DAMON was read have no reclaim state: said, not guessed.
import { median } from 'simple-statistics';
import type { ExperimentIdentity } from '../store/identity.ts';
import type { ExperimentSummary } from '../store/experiment-store.ts';
import type { LaunchRecord } from '../bench/types.ts';

/** What one experiment shows of a workload's model and its reclaim. */
export interface ModelState {
  /** The model's content identity (JSON), or null when the store does not have it. */
  content: string | null;
  /** DAMON pageout: true/false, null when the host could not tell, undefined when not recorded. */
  reclaim: boolean | null | undefined;
  mapped: boolean;
  /** Median major faults of A's counted launches, or null without memory figures. */
  majorFaults: number | null;
}

export function modelState(e: ExperimentSummary, identity: ExperimentIdentity, workload: string, launches: LaunchRecord[]): ModelState {
  const name = e.header.plan.workloads.find((w) => w.id === workload)?.model;
  const m = identity.model;
  const file = Array.isArray(m) ? (m.find((x) => x.name === name)?.file ?? null) : m;
  const faults = launches.filter((l) => l.variant === 'A' && l.workload === workload && !l.warmup && l.status === 'ok' && l.memory).map((l) => l.memory!.majorFaults);
  const pr = e.header.host?.proactiveReclaim;
  return {
    content: file ? JSON.stringify(file) : null,
    reclaim: pr === undefined ? undefined : (pr?.active ?? null),
    mapped: !e.header.plan.levers.noMmap,
    majorFaults: faults.length ? median(faults) : null,
  };
}

/** Major faults that mean the model was read from disk again: this many, and ten times the other figure. */
const FAULTS_READ = 100;

export function modelFlags(a: ModelState, b: ModelState): string[] {
  const out: string[] = [];
  if (a.content && b.content && a.content !== b.content) out.push('the model is another file (size or header hash differ)');
  return out;
}

export function reclaimFlags(a: ModelState, b: ModelState): string[] {
  const out: string[] = [];
  const word = (x: boolean | null) => (x === null ? 'unknown' : x ? 'on' : 'off');
  if (a.reclaim !== undefined && b.reclaim !== undefined && a.reclaim !== b.reclaim) out.push(`proactive reclaim (DAMON pageout) ${word(a.reclaim)} → ${word(b.reclaim)}`);
  if (a.mapped !== b.mapped) out.push(`model ${a.mapped ? 'mapped' : 'read (--no-mmap)'} → ${b.mapped ? 'mapped' : 'read (--no-mmap)'}`);
  if (a.majorFaults !== null && b.majorFaults !== null) {
    const [lo, hi] = [Math.min(a.majorFaults, b.majorFaults), Math.max(a.majorFaults, b.majorFaults)];
    if (hi >= FAULTS_READ && hi >= 10 * (lo + 1)) out.push(`major faults per launch ${Math.round(a.majorFaults)} → ${Math.round(b.majorFaults)} (model pages ${b.majorFaults > a.majorFaults ? 'now' : 'no longer'} read from disk at each launch)`);
  }
  return out;
}
