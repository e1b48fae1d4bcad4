// The one decision step. The pipeline calls it at each look (decideLook) and at the end (decideAll);
// every reader of a results file (`analyze`, `aggregate`, the Action's post modes) calls decideAll
// through withTrustedAnalysis, so the gate is always computed here from the raw launches and never
// taken from what a file claims.
import type { VariantId } from '../plan/types.ts';
import type { Analysis, DesignState, Incomplete, Reason } from './types.ts';
import type { Evidence } from './evidence.ts';
import { gate } from './policy.ts';
import { decide, type Decision } from './sequential.ts';
import { workloadInputsFromResults } from './from-results.ts';
import { withDepthMemory } from './depth-memory.ts';
import { withPlacement } from './placement.ts';
import { countedBlocksOf, designOf, trustedDesign } from './design-replay.ts';
import { depthUnitOf, sameModel, type DepthPointKey } from '../plan/depth-sweep.ts';

/**
 * The decision at a look of a running (or resumed) experiment: the plan's design over the launches
 * so far, continuing `state`. blocks_needed (a forecast, decides nothing) is left to decideAll.
 */
export function decideLook(e: Pick<Evidence, 'plan' | 'builds' | 'launches' | 'depthLaunches'>, nBlocks: number, state: DesignState | null | undefined): Decision {
  return decide(workloadInputsFromResults(e), { ...designOf(e.plan), nBlocks, state: state ?? undefined, at: new Date().toISOString(), forecast: false });
}

/**
 * The decision over everything measured, with the plan's margin, α, method and looks — the only
 * analysis anything gates on. The looks replayed are the ones the experiment took (its design state),
 * when they are consistent with the plan and the launches (design-replay.ts); else the plan's, with
 * a warning. A workload whose variant has no successful launch is `failed`; its reason names the
 * variant and the tail of its last failed launch's stderr. Null when nothing was launched (a build
 * failed first).
 */
export function decideAll(e: Evidence): Analysis | null {
  if (e.launches.length === 0) return null;
  const counted = countedBlocksOf(e);
  const inputs = workloadInputsFromResults(e);
  const design = trustedDesign(e, inputs, counted);
  const { analysis } = decide(inputs, { ...designOf(e.plan), nBlocks: counted, state: design.state });
  if (design.warning) analysis.warned = [design.warning, ...(analysis.warned ?? [])];
  // Failure is never a pass, at a look or between looks: a side without a single observation is failed.
  for (const w of analysis.workloads) {
    const input = inputs.find((i) => i.name === w.name);
    if (w.verdict === 'failed' || (input && (input.a.length === 0 || input.b.length === 0))) {
      w.verdict = 'failed';
      w.why = onModel(e, w.name, input?.point, failedWhy(e, w.name, input?.point, w.why));
    }
  }
  analysis.verdict = gate(analysis.workloads);
  // Emulated throughput (--numa-guest) is reported, never decided: no workload is called on it (its
  // reason keeps the call it would have been) and only a failure still fails.
  if (e.plan.levers.numaGuest) {
    analysis.emulated = true;
    for (const w of analysis.workloads) {
      if (w.verdict === 'failed' || w.verdict === 'inconclusive') continue;
      if (w.why) w.why = { ...w.why, emulated: w.verdict };
      w.verdict = 'inconclusive';
    }
    analysis.verdict = analysis.workloads.some((w) => w.verdict === 'failed') ? 'failed' : 'inconclusive';
  }
  const short = incompleteness(e, analysis.workloads, new Map(inputs.filter((i) => i.point !== undefined).map((i) => [i.name, i.point!])));
  if (short) analysis.incomplete = short;
  return withPlacement(withDepthMemory(analysis, e), e);
}

/**
 * How far an experiment got when it stopped before its planned blocks with workloads undecided
 * (interrupted, stopped by an error, a file cut short), else null. An undecided workload counts as
 * measured up to the last counted block where both variants ran it, and as far as the schedule lists
 * it, whichever is less: a schedule that does not cover the plan is as short as launches that stop.
 * Workloads decided at a look stop early by design: "all workloads decided after 7 counted blocks"
 * is complete.
 */
function incompleteness(e: Evidence, workloads: Analysis['workloads'], depthPoints: Map<string, DepthPointKey>): Incomplete | null {
  const open = workloads.filter((w) => w.verdict === 'inconclusive');
  // A regression is final (policy.ts stopsAt): points left open by a run stopped there are not missing evidence.
  if (open.length === 0 || workloads.some((w) => w.verdict === 'regression')) return null;
  const index = (block: number) => block + 1 - e.plan.warmupBlocks;
  const reach = (name: string): number => {
    const point = depthPoints.get(name);
    const unit = point ? depthUnitOf(point) : name;
    const launches: { block: number; variant: VariantId; status: string }[] = point ? depthLaunchesOf(e, point) : e.launches.filter((l) => l.workload === name);
    // A block counts once both variants ran in it (a block cut in half by the stop is not measured).
    const done = launches.filter((l) => l.status !== 'skipped');
    const withB = new Set(done.filter((l) => l.variant === 'B').map((l) => l.block));
    const ran = done.reduce((n, l) => (l.variant === 'A' && withB.has(l.block) ? Math.max(n, index(l.block)) : n), 0);
    const scheduled = e.schedule.blocks.filter((b) => index(b.block) >= 1 && b.order.some((s) => s.workload === unit)).length;
    return Math.min(ran, scheduled);
  };
  const measured = Math.min(...open.map((w) => reach(w.name)));
  const planned = e.plan.maxBlocks;
  return measured < planned ? { measured_blocks: measured, planned_blocks: planned, stop_reason: e.stopReason } : null;
}

const STDERR_LINES = 5;

/** The depth launches a point's observations come from: its model's. */
function depthLaunchesOf(e: Pick<Evidence, 'depthLaunches'>, point: DepthPointKey) {
  return (e.depthLaunches ?? []).filter((l) => sameModel(l, point));
}

/** With several models a failure is the model's: its reason names it ("model big (/m/big.gguf): variant B … could not run"). */
function onModel(e: Evidence, workload: string, point: DepthPointKey | undefined, why: Reason | undefined): Reason | undefined {
  const name = point ? point.model : e.plan.workloads.find((w) => w.id === workload)?.model;
  const m = name === undefined ? undefined : e.plan.models.find((x) => x.name === name);
  return m && why && (why.kind === 'could-not-run' || why.kind === 'no-counted-launch') ? { ...why, model: { name: m.name, path: m.path } } : why;
}

function failedWhy(e: Evidence, workload: string, depthPoint: DepthPointKey | undefined, fallback: Reason | undefined): Reason | undefined {
  // A depth-sweep point comes from its model's depth launches, every other workload from its own.
  const launches = depthPoint ? depthLaunchesOf(e, depthPoint) : e.launches.filter((l) => l.workload === workload);
  const ok = (v: VariantId) => launches.some((l) => l.variant === v && !l.warmup && l.status === 'ok');
  const v: VariantId | undefined = (['B', 'A'] as const).find((x) => !ok(x));
  if (!v) return fallback;
  const name = e.plan.variants.find((x) => x.id === v)?.name ?? v;
  const mine = launches.filter((l) => l.variant === v && !l.warmup);
  if (mine.length === 0) return { kind: 'no-counted-launch', variant: v, name, stop: e.stopReason };
  const counts = new Map<string, number>();
  for (const l of mine) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const last = [...mine].reverse().find((l) => l.status !== 'ok')!;
  const how = last.exitCode !== null ? `exit ${last.exitCode}` : last.signal ? `signal ${last.signal}` : last.status;
  const tail = (last.stderrTail ?? last.error ?? '').trimEnd().split('\n').map((l) => l.trim()).filter(Boolean).slice(-STDERR_LINES).join(' ⏎ ');
  return { kind: 'could-not-run', variant: v, name, counts: [...counts], of: mine.length, last: how, stderr: tail };
}

/**
 * A file's evidence with its analysis replaced by the one decided here. Whatever the file said is
 * ignored for the gate; where it disagrees it is named in the analysis warnings (shown in the report).
 */
export function withTrustedAnalysis<T extends Evidence & { analysis: Analysis | null }>(r: T): T {
  const analysis = decideAll(r);
  if (analysis) {
    const claimed = r.analysis;
    const differs = (w: { name: string; verdict: string }) => claimed?.workloads.find((c) => c.name === w.name)?.verdict !== w.verdict;
    if (claimed === null || claimed.verdict !== analysis.verdict || analysis.workloads.some(differs) || claimed.workloads.length !== analysis.workloads.length) {
      const changes = analysis.workloads.filter(differs).map((w) => ({ name: w.name, from: claimed?.workloads.find((c) => c.name === w.name)?.verdict ?? null, to: w.verdict }));
      analysis.warned = [{ kind: 'claimed', claimed: claimed ? claimed.verdict : null, recomputed: analysis.verdict, changes }, ...(analysis.warned ?? [])];
    }
  }
  return { ...r, analysis };
}
