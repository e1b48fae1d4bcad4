// The one compute step of the report: results (one machine, or a fleet) → a plain ReportModel with
// every number, label, interval, headline and the gate's pass/fail already decided. Called once by
// the pipeline, the Action and `aggregate`; the renderers (terminal, Markdown and comment, check
// run, report.html) only format it.
import type { Results } from '../store/results.ts';
import { minimumN } from '../stats/look-boundary.ts';
import { mergeFleet, OVERALL_RULE, type FleetProblem } from './fleet.ts';
import { combineOutcomes } from '../stats/policy.ts';
import type { MachineSummary, Outcome } from './summary.ts';
import { sidesOf, workloadModel, type VariantSide, type WorkloadModel } from './model-workload.ts';
import { gateOf, verdictPhrase, firstLine, MARKS, type GateWords, type HeadlineMachine, type Phrase } from './vocabulary.ts';
import { hostOf, buildsOf, leversOf, launchFailures, rawSamplesOf } from './model-sections.ts';
import type { HostSection, BuildSection, KeyValue, LaunchFailure, RawSamples } from './model-sections.ts';
import { memoryOf, type MemorySection } from './model-memory.ts';
import type { DepthModel } from './depth.ts';
import { depthOf, depthOfModel } from './model-depth.ts';
import { placementOf, type PlacementModel } from './model-placement.ts';
import { comparedPhrase } from './compared.ts';
import { warningsOf } from './warning-words.ts';
import { depthModelNames, depthPointModels } from '../plan/depth-sweep.ts';
import type { RunnerShown } from '../store/qualification.ts';
import { detectablePhrase, runnerPhrase } from './runner.ts';
import { MDE_POWER } from '../stats/mde.ts';
import { modelContrast, modelGroups, type ModelGroup } from './model-groups.ts';

export interface MachineModel {
  label: string;
  outcome: Outcome;
  /** Why the run could not be judged (plain text), or null. */
  failure: string | null;
  verdict: Phrase;
  /** The machine's own first line: mark, verdict, gate. */
  firstLine: Phrase;
  descriptiveOnly: boolean;
  /** The run's interval level, 1 − 2α. */
  runLevel: number;
  margin: number;
  bounds: [number, number];
  geomean: number | null;
  blocksRun: number;
  maxBlocks: number;
  minBlocks: number;
  workloads: WorkloadModel[];
  /** With several models: the workloads by model, each with its outcome and verdict line; null with one. */
  models: ModelGroup<WorkloadModel>[] | null;
  warnings: string[];
  sides: VariantSide[];
  /** Which commits were measured, in which --compare mode, how far the base had moved; null in older files. */
  compared: Phrase | null;
  flavour: string | null;
  host: HostSection | null;
  builds: BuildSection[];
  levers: KeyValue[];
  failedLaunches: LaunchFailure[];
  memory: MemorySection | null;
  /** Speed and memory against KV depth, with one model; with several, each group's `depth` (null here). */
  depth: DepthModel | null;
  /** Emulated guest only (--numa-guest with a depth sweep): where memory and threads went. */
  placement: PlacementModel | null;
  rawSamples: RawSamples[];
  startedAt: string;
  finishedAt: string | null;
  /** What the runner has been shown to do (its qualification), or that it never was; null: not known here (a file). */
  runner: string | null;
  /** This run's minimum detectable effect per workload, in one sentence; null without a spread. */
  detectable: string | null;
}

export interface ReportModel {
  fleet: boolean;
  overall: Outcome;
  gate: GateWords & { onInconclusive: 'pass' | 'fail'; onIncomplete: 'pass' | 'fail' };
  /** Fleet-wide problems (a machine missing, mixed commits, a commit other than the one posted on). */
  problems: FleetProblem[];
  /** The comment's first line: verdict and gate. */
  firstLine: Phrase;
  overallRule: string;
  machines: MachineModel[];
  tool: string;
}

export interface ModelOptions {
  /** Machine labels for a fleet, in the order of `results`; default host names. */
  labels?: string[];
  /** What an undecided verdict does to the check (default pass, as the CLI's exit code). */
  onInconclusive?: 'pass' | 'fail';
  /** What a fleet missing a machine does to the check (default fail). */
  onIncomplete?: 'pass' | 'fail';
  /** Fleet-wide problems found while loading (pipeline/fleet.ts). */
  problems?: FleetProblem[];
  /** The runner's newest qualification (pipeline: this host's store), null: never qualified; absent: unknown (single machine only). */
  runner?: RunnerShown | null;
}

function machineModel(m: MachineSummary, onInconclusive: 'pass' | 'fail', onIncomplete: 'pass' | 'fail', runner: RunnerShown | null | undefined): MachineModel {
  const r = m.results;
  const runLevel = 1 - 2 * r.plan.alpha;
  const minBlocks = minimumN(r.plan.method, true, runLevel);
  const all = m.workloads.map((w) => workloadModel(w, m, runLevel, minBlocks));
  // Depth-sweep points (sweep:tg@dD, per model tiny/sweep:tg@dD) gate like workloads but are shown in the depth section.
  // The depths planned and the depths the sweep's launches reported.
  const points = depthPointModels([...(r.plan.depthSweep?.depths ?? []), ...(r.depthLaunches ?? []).flatMap((l) => l.points.map((p) => p.depth))], depthModelNames(r.plan));
  const workloads = all.filter((w) => !points.has(w.id));
  // Depth points the engine decided that have no llama-bench launches behind them.
  const decidedPoints = (r.analysis?.workloads ?? []).filter((a) => points.has(a.name) && !all.some((w) => w.id === a.name))
    .map((a) => ({ id: a.name, outcome: a.verdict, ratio: a.ratio, ci: a.ci, n: a.n, spread: a.spread, blocksNeeded: a.blocks_needed, why: a.reason }));
  const head: HeadlineMachine = {
    outcome: m.outcome,
    margin: m.margin,
    failure: m.failure,
    minBlocks,
    maxBlocks: r.plan.maxBlocks,
    blocksRun: m.blocksRun,
    horizon: r.plan.horizon ?? r.plan.maxBlocks,
    ...(r.analysis?.emulated && r.plan.levers.numaGuest ? { emulatedNodes: r.plan.levers.numaGuest } : {}),
    workloads: [
      ...all.map((w) => ({ id: w.id, outcome: w.outcome, ratio: w.ratio, ci: w.ci, n: w.n, spread: w.spread, blocksNeeded: w.blocksNeeded })),
      ...decidedPoints.map(({ why: _, ...w }) => w),
    ],
  };
  const workloadModels = new Map(r.plan.workloads.map((w) => [w.id, w.model]));
  const modelOf = (id: string) => (workloadModels.has(id) ? workloadModels.get(id) : points.get(id));
  const models = modelGroups(r, workloads, [...all.filter((w) => points.has(w.id)), ...decidedPoints], modelOf, head, (name) => depthOfModel(r, name));
  // The first line says when a test or depth point came out differently on two models.
  const contrast = modelContrast(models, m.margin);
  const verdict: Phrase = contrast.length ? [...verdictPhrase(head), '. By model: ', ...contrast] : verdictPhrase(head);
  return {
    label: m.label,
    outcome: m.outcome,
    failure: m.failure,
    verdict,
    firstLine: firstLine(m.outcome, verdict, gateOf(m.outcome, onInconclusive, onIncomplete)),
    descriptiveOnly: r.analysis === null,
    runLevel,
    margin: m.margin,
    bounds: m.bounds,
    geomean: r.analysis?.geomean_ratio ?? null,
    blocksRun: m.blocksRun,
    maxBlocks: r.plan.maxBlocks,
    minBlocks,
    workloads,
    models,
    warnings: [...(r.analysis ? warningsOf(r.analysis) : []), ...r.notes],
    sides: sidesOf(r),
    compared: comparedPhrase(r.plan.comparison),
    flavour: r.flavour,
    host: hostOf(r.host),
    builds: buildsOf(r),
    levers: leversOf(r),
    failedLaunches: launchFailures(r),
    memory: memoryOf(r, workloads.map((w) => w.id)),
    // With several models each group has its own (models[].depth).
    depth: models ? null : depthOf(r),
    placement: placementOf(r),
    rawSamples: rawSamplesOf(r, workloads.map((w) => w.id)),
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    runner: runnerPhrase(runner),
    detectable: r.analysis ? detectablePhrase(all.flatMap((w) => (w.analysis && w.detectable ? [{ ...w.detectable, id: w.id, spread: w.spread, n: w.n }] : [])), r.plan.alpha, MDE_POWER) : null,
  };
}

/** The fleet's first line: the most serious machine's answer, where it happened, and the gate. */
function fleetFirstLine(machines: MachineModel[], problems: FleetProblem[], overall: Outcome, gate: GateWords): Phrase {
  const hit = machines.filter((m) => m.outcome === overall);
  const problem = problems.find((p) => p.outcome === overall);
  if (problem && hit.length === 0) return firstLine(overall, [`${overall === 'incomplete' ? 'Incomplete' : 'Failed'}: ${problem.text}`], gate);
  if (overall === 'neutral') return firstLine(overall, [`Neutral on all ${machines.length} machines`], gate);
  const [lead] = hit;
  if (!lead) return firstLine(overall, [`${overall} on the fleet`], gate);
  const more = hit.length > 1 ? [` (and ${hit.length - 1} more machine${hit.length > 2 ? 's' : ''})`] : [];
  return firstLine(overall, [...lead.verdict, ...more], gate, machines.length > 1 ? lead.label : null);
}

/** The overall outcome, the gate and the first line for these machines and problems. */
function conclude(machines: MachineModel[], problems: FleetProblem[], onInconclusive: 'pass' | 'fail', onIncomplete: 'pass' | 'fail') {
  const extra = problems.map((p) => p.outcome).filter((o): o is 'incomplete' | 'failed' => o !== null);
  const overall = combineOutcomes([...machines.map((m) => m.outcome), ...extra]);
  const gate = gateOf(overall, onInconclusive, onIncomplete);
  const line = machines.length === 1 && problems.length === 0 ? machines[0].firstLine : fleetFirstLine(machines, problems, overall, gate);
  return { fleet: machines.length > 1 || problems.length > 0, overall, gate: { ...gate, onInconclusive, onIncomplete }, problems, firstLine: line };
}

export function buildReportModel(results: Results[], opts: ModelOptions = {}): ReportModel {
  const onInconclusive = opts.onInconclusive ?? 'pass';
  const onIncomplete = opts.onIncomplete ?? 'fail';
  const fleet = mergeFleet(results, opts.labels);
  const machines = fleet.machines.map((m) => machineModel(m, onInconclusive, onIncomplete, fleet.machines.length === 1 ? opts.runner : undefined));
  const first = results[0];
  return {
    ...conclude(machines, opts.problems ?? [], onInconclusive, onIncomplete),
    overallRule: OVERALL_RULE,
    machines,
    tool: first ? `${first.tool.name} ${first.tool.version}` : 'llama-perf-gate',
  };
}

/**
 * The same model with fleet-wide problems found after it was built (the commit posted on): only
 * the overall outcome, the gate and the first line change; nothing is merged or computed again.
 */
export function withProblems(model: ReportModel, problems: FleetProblem[]): ReportModel {
  return { ...model, ...conclude(model.machines, problems, model.gate.onInconclusive, model.gate.onIncomplete) };
}

export { MARKS };
export type { VariantSide, WorkloadModel };
