// The Markdown view model handed to the Handlebars templates. This is the escaping boundary:
// every string in it is already escaped for where the template puts it (inline Markdown, or the body
// of a fenced code block with its own fence), so templates print strings with {{{triple-stash}}} and
// numbers through the formatting helpers.
import { median } from 'simple-statistics';
import type { Results, LaunchRecord } from '../store/results.ts';
import type { HostFingerprint } from '../host/types.ts';
import type { NumaPolicy, Plan } from '../plan/types.ts';
import type { Fleet } from './fleet.ts';
import { OVERALL_RULE } from './fleet.ts';
import type { MachineSummary, Outcome, WorkloadSummary } from './summary.ts';
import { escapeMarkdown as md, escapeCodeBlock, fenceFor, safeUrl, STICKY_MARKER } from './escape.ts';
import { fmtRatio, fmtInterval, fmtPercent, fmtChange, fmtTs, fmtSeconds, fmtCount, fmtMiB, blocksNeededPhrase } from './format.ts';
import { forestPlot } from './chart.ts';
import { depthTable, depthChart, depthFailures, mibCell } from './depth.ts';
import { parseDepthPointId } from '../plan/depth-sweep.ts';
import { analyze } from '../stats/analyze.ts';

export const MARKS: Record<Outcome, string> = {
  regression: '🔴',
  improvement: '🟢',
  neutral: '✅',
  inconclusive: '🟡',
  'no-verdict': '⚪',
  failed: '❌',
  incomplete: '⚠️',
};

export const LABELS: Record<Outcome, string> = {
  regression: 'Regression',
  improvement: 'Improvement',
  neutral: 'Neutral',
  inconclusive: 'Inconclusive',
  'no-verdict': 'No verdict',
  failed: 'Run failed',
  incomplete: 'Incomplete',
};

/** What the template may show; the truncation ladder turns these off one by one. */
export interface ShowFlags {
  table: boolean;
  chart: boolean;
  details: boolean;
  tails: boolean;
  rawSamples: boolean;
}

export const SHOW_ALL: ShowFlags = { table: true, chart: true, details: true, tails: true, rawSamples: true };

export interface CodeBlock {
  fence: string;
  text: string;
}

export interface WorkloadView {
  name: string;
  aTs: number | null;
  bTs: number | null;
  ratio: number | null;
  ci: [number, number] | null;
  cvA: number | null;
  cvB: number | null;
  okA: number;
  okB: number;
  failedA: number;
  failedB: number;
  outcome: Outcome;
  mark: string;
  verdict: string;
  why: string;
}

export interface InconclusiveView {
  name: string;
  spread: number | null;
  /** What a decision would take, in words (blocksNeededPhrase). */
  needs: string;
  blocksRun: number;
}

export interface KeyValue {
  key: string;
  value: string;
}

export interface BuildView {
  variant: string;
  name: string;
  ref: string;
  commit: string;
  reused: boolean;
  seconds: number;
  ok: boolean;
  error: string | null;
  logPath: string | null;
  logTail: CodeBlock | null;
}

export interface LaunchFailureView {
  workload: string;
  block: number;
  variant: string;
  status: string;
  warmup: boolean;
  detail: string;
  stderr: CodeBlock | null;
}

export interface MemoryRowView {
  variant: string;
  launches: number;
  peakRssKiB: number | null;
  minorFaults: number | null;
  majorFaults: number | null;
  nodes: string[];
  evenness: string;
}

export interface MemoryWorkloadView {
  name: string;
  rows: MemoryRowView[];
  peakRatio: number | null;
  /** Paired interval of peak RSS B/A over blocks (same engine as throughput); null below its minimum n. */
  peakCi: [number, number] | null;
  peakCiLevel: string | null;
}

export interface MemoryView {
  nodeIds: string[];
  workloads: MemoryWorkloadView[];
}

export interface DepthRowView {
  depth: number;
  /** MiB, one decimal, '–' when that variant has no sample at this depth. */
  aRss: string;
  aAnon: string;
  aShmem: string;
  bRss: string;
  bAnon: string;
  bShmem: string;
  /** B/A of the total (what the processes really hold, whatever the mapping kind). */
  ratio: number | null;
  /** Resident MiB per node (all kinds), in nodeIds order (only filled when there is more than one node). */
  aNodes: string[];
  bNodes: string[];
}

export interface DepthFailureView {
  detail: string;
  stderr: CodeBlock | null;
}

export interface MemoryDepthView {
  tool: string;
  ctx: number;
  /** Node ids for per-node columns; empty on a single-node host. */
  nodeIds: string[];
  rows: DepthRowView[];
  chart: CodeBlock | null;
  /** "A logged a heap KV buffer, B an mmap one", when the processes said. */
  kvBuffers: string | null;
  failures: DepthFailureView[];
}

export interface MachineView {
  label: string;
  outcome: Outcome;
  mark: string;
  verdict: string;
  headline: string;
  descriptiveOnly: boolean;
  ciLevel: number | null;
  margin: number;
  bounds: [number, number];
  geomean: number | null;
  blocksRun: number;
  workloads: WorkloadView[];
  inconclusive: InconclusiveView[];
  warnings: string[];
  chart: CodeBlock | null;
  host: { rows: KeyValue[]; nodes: KeyValue[]; warnings: string[] } | null;
  builds: BuildView[];
  levers: KeyValue[];
  failedLaunches: LaunchFailureView[];
  memory: MemoryView | null;
  /** Memory at KV depth; null when the run has no depth curves. */
  memoryDepth: MemoryDepthView | null;
  rawSamples: { workload: string; block: CodeBlock }[];
}

export interface ReportView {
  marker: string;
  heading: string;
  comparison: string;
  fleet: boolean;
  /** Fleet-wide problems (a machine without results, mixed commits), escaped; shown under the overall line. */
  problems: string[];
  overall: { outcome: Outcome; mark: string; verdict: string; headline: string; rule: string };
  machines: MachineView[];
  show: ShowFlags;
  /** Set when sections were dropped to fit a size limit: what was left out and where to find it. */
  truncation: string | null;
  fullReport: string;
  tool: string;
}

export interface ViewOptions {
  /** PR title or any caption; escaped. */
  title?: string;
  fullReportUrl?: string;
  /** Whether the body starts with the sticky marker (comments yes, check runs no). */
  marker?: boolean;
}

function code(text: string): CodeBlock {
  const t = escapeCodeBlock(text).replace(/\n+$/, '');
  return { fence: fenceFor(t), text: t };
}

const list = (names: string[]) => names.join(', ');

function workloadWhy(w: WorkloadSummary): string {
  if (!w.analysis) {
    if (w.a.ok === 0 || w.b.ok === 0) return md(`no counted launch for ${w.a.ok === 0 ? 'A' : 'B'}`);
    return 'descriptive only: ratio of medians, no verdict computed';
  }
  const flags = w.analysis.flags.length > 0 ? ` Flags: ${w.analysis.flags.join(', ')}.` : '';
  const reason = w.analysis.reason.replace(/\s+$/, '');
  return md((/[.!?]$/.test(reason) ? reason : `${reason}.`) + flags);
}

function workloadView(w: WorkloadSummary): WorkloadView {
  return {
    name: md(w.id),
    aTs: w.a.median,
    bTs: w.b.median,
    ratio: w.ratio,
    ci: w.ci,
    cvA: w.a.cv,
    cvB: w.b.cv,
    okA: w.a.ok,
    okB: w.b.ok,
    failedA: w.a.failed,
    failedB: w.b.failed,
    outcome: w.verdict,
    mark: MARKS[w.verdict],
    verdict: LABELS[w.verdict],
    why: workloadWhy(w),
  };
}

/** One sentence per machine, escaped Markdown, saying what was concluded and why. */
export function machineHeadline(m: MachineSummary, esc: (s: string) => string = md): string {
  const margin = fmtPercent(m.margin);
  const level = m.results.analysis?.workloads[0]?.ci_level;
  const ciName = level ? `${fmtPercent(level, 0)} CI` : 'CI';
  const ws = m.workloads;
  const detail = (w: WorkloadSummary) => `${esc(w.id)}: ${fmtChange(w.ratio)} (B/A ${fmtRatio(w.ratio)}, ${ciName} ${fmtInterval(w.ci)})`;
  const undecided = ws.filter((w) => w.verdict === 'inconclusive' || w.verdict === 'no-verdict');
  const alsoOpen = undecided.length ? ` Still inconclusive: ${list(undecided.map((w) => esc(w.id)))}.` : '';
  switch (m.outcome) {
    case 'failed':
      return esc(capitalize(m.failure ?? 'the run failed')) + '.';
    case 'incomplete': // a fleet-wide outcome, never one machine's
      return 'Incomplete.';
    case 'no-verdict':
      return 'No verdict was computed: the decision engine did not run on these results, so the figures shown are descriptive only (ratio of medians, launch-to-launch spread).';
    case 'regression': {
      const hit = ws.filter((w) => w.verdict === 'regression');
      return `B is slower on ${hit.map(detail).join('; ')}.${alsoOpen}`;
    }
    case 'improvement': {
      const hit = ws.filter((w) => w.verdict === 'improvement');
      return `B is faster on ${hit.map(detail).join('; ')}; every other workload is within ±${margin}.`;
    }
    case 'neutral': {
      const g = m.results.analysis?.geomean_ratio;
      return `No change beyond ±${margin}: every workload's interval lies inside [${fmtRatio(m.bounds[0])}, ${fmtRatio(m.bounds[1])}]${g ? ` (geometric mean B/A ${fmtRatio(g)})` : ''}.`;
    }
    case 'inconclusive': {
      const open = ws.filter((w) => w.verdict === 'inconclusive');
      const spreads = open.map((w) => w.analysis?.spread).filter((x): x is number => typeof x === 'number');
      const needs = open.map((w) => w.analysis?.blocks_needed).filter((x): x is number => typeof x === 'number');
      const why = [
        spreads.length ? `spread up to ${fmtPercent(Math.max(...spreads))}` : null,
        needs.length ? `a decision would need about ${fmtCount(Math.max(...needs))} blocks, ${m.blocksRun} were run` : null,
      ].filter(Boolean);
      return `Too noisy to decide within ±${margin} on ${list(open.map((w) => esc(w.id)))}${why.length ? ` (${why.join('; ')})` : ''}.`;
    }
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function describePolicy(p: NumaPolicy): string {
  switch (p.kind) {
    case 'none': return 'none';
    case 'interleave': return 'numactl --interleave=all';
    case 'bind': return `numactl -N ${p.node} -m ${p.node}`;
    case 'llama': return `llama-bench --numa ${p.mode}`;
    case 'cpus': return `numactl --physcpubind=${p.cpus}`;
  }
}

function leversOf(results: Results): KeyValue[] {
  const plan: Plan = results.plan;
  const l = plan.levers;
  const unset = 'not set';
  const rows: [string, string][] = [
    ['Threads (-t)', String(plan.threads)],
    ['Repetitions per launch (-r)', String(l.repetitions)],
    ['Priority (--prio)', l.prio !== undefined ? String(l.prio) : unset],
    ['Delay (--delay)', l.delay !== undefined ? `${l.delay} s` : unset],
    ['CPU mask (-C)', l.cpuMask !== undefined ? `${l.cpuMask}${l.cpuStrict ? ' (strict)' : ''}` : unset],
    ['Polling (--poll)', l.poll !== undefined ? String(l.poll) : unset],
  ];
  for (const w of plan.workloads) rows.push([`NUMA policy of ${w.id}`, describePolicy(w.numa)]);
  rows.push(
    ['Blocks', `${plan.maxBlocks} at most, ${plan.warmupBlocks} warm-up (discarded)`],
    ['Sequential looks', plan.looks.length ? plan.looks.join(', ') : unset],
    ['Seed', String(results.schedule.seed)],
    ['Timeout per launch', `${plan.timeoutSec} s`],
    ['Decision', `margin ±${fmtPercent(plan.margin)}, α ${plan.alpha}, method ${plan.method}`],
    ['llama-bench flavour', results.flavour ?? 'unknown'],
    ['Stop reason', results.stopReason || unset],
  );
  for (const v of plan.variants) {
    const env = Object.entries(v.env).map(([k, val]) => `${k}=${val}`).join(' ');
    const parts = [
      `${v.name}, ref ${v.ref}`,
      v.cmakeArgs.length ? `CMake ${v.cmakeArgs.join(' ')}` : null,
      v.runArgs.length ? `run args ${v.runArgs.join(' ')}` : null,
      env ? `env ${env}` : null,
    ].filter(Boolean);
    rows.push([`Variant ${v.id}`, parts.join('; ')]);
  }
  return rows.map(([key, value]) => ({ key: md(key), value: md(value) }));
}

function hostOf(h: HostFingerprint | null): MachineView['host'] {
  if (!h) return null;
  const load = (x: [number, number, number] | null | undefined) => (x ? x.map((v) => v.toFixed(2)).join(' / ') : 'not recorded');
  const rows: [string, string][] = [
    ['Host', h.hostname ?? 'unknown'],
    ['CPU', h.cpuModel ?? 'unknown'],
    ['Topology', `${h.sockets ?? '?'} socket(s) × ${h.coresPerSocket ?? '?'} cores × ${h.threadsPerCore ?? '?'} threads = ${h.logicalCpus} logical CPUs (SMT ${h.smt === null ? 'unknown' : h.smt ? 'on' : 'off'})`],
    ['NUMA nodes', String(h.numaNodes.length)],
    ['numa_balancing', h.numaBalancing === null ? 'unknown' : String(h.numaBalancing)],
    ['Transparent hugepages', h.thpMode ?? 'unknown'],
    ['CPU governor', h.governor ?? 'unknown'],
    ['Turbo/boost', h.boost === null ? 'unknown' : h.boost ? 'on' : 'off'],
    ['Kernel', h.kernel ?? 'unknown'],
    ['Load average at start (1/5/15 min)', load(h.loadAvgStart)],
    ['Load average at end (1/5/15 min)', load(h.loadAvgEnd)],
  ];
  const nodes = h.numaNodes.map((n) => ({
    key: md(`node ${n.id}`),
    value: md(`CPUs ${cpuRanges(n.cpus)}; memory ${fmtMiB(n.memTotalKiB)} (free ${fmtMiB(n.memFreeKiB)})`),
  }));
  return { rows: rows.map(([key, value]) => ({ key: md(key), value: md(value) })), nodes, warnings: h.warnings.map(md) };
}

/** 0,1,2,3,8,9 → "0-3,8-9". */
export function cpuRanges(cpus: number[]): string {
  const s = [...cpus].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(i === j ? String(s[i]) : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return out.join(',') || 'none';
}

function buildsOf(m: MachineSummary): BuildView[] {
  return m.results.builds.map((b) => ({
    variant: b.variant,
    name: md(m.results.plan.variants.find((v) => v.id === b.variant)?.name ?? b.variant),
    ref: md(b.ref),
    commit: b.commit ? md(b.commit.slice(0, 12)) : '–',
    reused: b.reused,
    seconds: b.seconds,
    ok: b.ok,
    error: b.error ? md(b.error) : null,
    logPath: b.logPath ? md(b.logPath) : null,
    logTail: b.logTail ? code(b.logTail) : null,
  }));
}

const FAILED = new Set(['crashed', 'timeout', 'parse-error']);

function launchFailures(results: Results): LaunchFailureView[] {
  return results.launches
    .filter((l) => FAILED.has(l.status))
    .map((l) => {
      const parts = [
        l.status === 'timeout' ? `timed out after ${fmtSeconds(l.wallMs / 1000)}` : `${l.status} after ${fmtSeconds(l.wallMs / 1000)}`,
        l.exitCode !== null ? `exit code ${l.exitCode}` : null,
        l.signal ? `signal ${l.signal}` : null,
        l.error,
      ].filter(Boolean);
      return {
        workload: md(l.workload),
        block: l.block,
        variant: l.variant,
        status: l.status,
        warmup: l.warmup,
        detail: md(parts.join(', ')),
        stderr: l.stderrTail ? code(l.stderrTail) : null,
      };
    });
}

function med(xs: number[]): number | null {
  return xs.length ? median(xs) : null;
}

function memoryOf(results: Results, workloads: string[]): MemoryView | null {
  const measured = results.launches.filter((l) => l.memory && l.status === 'ok' && !l.warmup);
  if (measured.length === 0) return null;
  const nodeIds = [...new Set(measured.flatMap((l) => Object.keys(l.memory!.nodeKiB ?? {})))].sort((a, b) => Number(a) - Number(b));
  const rowFor = (variant: string, ls: LaunchRecord[]): MemoryRowView => {
    const mems = ls.map((l) => l.memory!);
    const withNodes = mems.filter((mm) => mm.nodeKiB && Object.keys(mm.nodeKiB).length > 0);
    const evenness = withNodes.map((mm) => {
      const v = nodeIds.map((id) => mm.nodeKiB![id] ?? 0);
      const lo = Math.min(...v);
      return lo > 0 ? Math.max(...v) / lo : Infinity;
    });
    const even = med(evenness);
    return {
      variant,
      launches: ls.length,
      peakRssKiB: med(mems.map((mm) => mm.peakRssKiB)),
      minorFaults: med(mems.map((mm) => mm.minorFaults)),
      majorFaults: med(mems.map((mm) => mm.majorFaults)),
      nodes: nodeIds.map((id) => fmtMiB(med(withNodes.map((mm) => mm.nodeKiB![id] ?? 0)))),
      evenness: nodeIds.length < 2 || even === null ? '–' : Number.isFinite(even) ? `${even.toFixed(2)}×` : 'one node empty',
    };
  };
  const views: MemoryWorkloadView[] = [];
  for (const w of workloads) {
    const mine = measured.filter((l) => l.workload === w);
    if (mine.length === 0) continue;
    const a = rowFor('A', mine.filter((l) => l.variant === 'A'));
    const b = rowFor('B', mine.filter((l) => l.variant === 'B'));
    const rows = [a, b].filter((r) => r.launches > 0);
    const peak = peakRssInterval(results.plan, w, mine);
    const peakRatio = peak?.ratio ?? (a.peakRssKiB && b.peakRssKiB ? b.peakRssKiB / a.peakRssKiB : null);
    views.push({ name: md(w), rows, peakRatio, peakCi: peak?.ci ?? null, peakCiLevel: peak ? fmtPercent(peak.level, 0) : null });
  }
  return { nodeIds: nodeIds.map(md), workloads: views };
}

function memoryDepthOf(results: Results): MemoryDepthView | null {
  const records = results.depthLaunches ?? [];
  if (records.length === 0) return null;
  const failures = depthFailures(records).map((f) => ({ detail: md(f.detail), stderr: f.stderrTail ? code(f.stderrTail) : null }));
  const t = depthTable(records);
  const first = records[0];
  const nameOf = (id: 'A' | 'B') => results.plan.variants.find((v) => v.id === id)?.name ?? id;
  // The name as logged (CPU, CPU_MMAP, CPU NUMA ...), once per variant and name; a variant whose log did not say is named too.
  const logged = [...new Set([...records].sort((x, y) => x.variant.localeCompare(y.variant)).map((r) => `${r.variant} ${r.kvBufferName ?? r.kvBuffer ?? 'not found in its log'}`))];
  const perNode = t !== null && t.nodeIds.length > 1;
  const rows: DepthRowView[] = (t?.rows ?? []).map((r) => ({
    depth: r.depth,
    aRss: mibCell(r.A?.rssKiB),
    aAnon: mibCell(r.A?.anonKiB),
    aShmem: mibCell(r.A?.shmemKiB),
    bRss: mibCell(r.B?.rssKiB),
    bAnon: mibCell(r.B?.anonKiB),
    bShmem: mibCell(r.B?.shmemKiB),
    ratio: r.A && r.B && r.A.rssKiB > 0 ? r.B.rssKiB / r.A.rssKiB : null,
    aNodes: perNode ? t.nodeIds.map((id) => (r.A ? mibCell(r.A.nodeKiB[id] ?? 0) : mibCell(null))) : [],
    bNodes: perNode ? t.nodeIds.map((id) => (r.B ? mibCell(r.B.nodeKiB[id] ?? 0) : mibCell(null))) : [],
  }));
  return {
    tool: md(t?.tool ?? first.tool),
    ctx: t?.ctx ?? first.ctx,
    nodeIds: perNode ? t.nodeIds.map(md) : [],
    rows,
    chart: t ? code(depthChart(t, { A: nameOf('A'), B: nameOf('B') })) : null,
    kvBuffers: logged.length ? md(`KV buffer type logged by the processes: ${logged.join(', ')}`) : null,
    failures,
  };
}

/**
 * Peak RSS gets the throughput statistics too (paired by block, HL, the run's α): the interval says
 * whether a memory difference is real. Verdict words are not used: for memory, lower is better.
 */
function peakRssInterval(plan: Plan, workload: string, launches: LaunchRecord[]): { ratio: number; ci: [number, number]; level: number } | null {
  const obs = (v: 'A' | 'B') => launches.filter((l) => l.variant === v && l.memory!.peakRssKiB > 0).map((l) => ({ block: l.block, value: l.memory!.peakRssKiB, seq: l.seq }));
  const [wa] = analyze([{ name: workload, a: obs('A'), b: obs('B') }], { margin: plan.margin, alpha: plan.alpha, method: 'hl' }).workloads;
  // Below the engine's minimum n it offers a lower-level interval; a memory line shows only the run's level.
  const full = wa && wa.ci_level >= 1 - 2 * plan.alpha - 1e-9;
  return full && wa.ratio !== null && wa.ci ? { ratio: wa.ratio, ci: wa.ci, level: wa.ci_level } : null;
}

function rawSamplesOf(results: Results, workloads: string[]): MachineView['rawSamples'] {
  // Depth-sweep ids have no llama-bench launches: their rows are in the depth section.
  return workloads.filter((w) => parseDepthPointId(w) === null).map((w) => {
    const ls = results.launches.filter((l) => l.workload === w).sort((a, b) => a.seq - b.seq);
    const lines = ['block  variant  status       samples_ts (t/s)'];
    for (const l of ls) {
      const samples = l.records.map((r) => (r.samplesTs.length ? r.samplesTs : [r.avgTs]).map(fmtTs).join(' ')).join(' / ');
      const block = `${l.block}${l.warmup ? ' (w)' : ''}`;
      lines.push(`${block.padEnd(7)}${l.variant.padEnd(9)}${l.status.padEnd(13)}${samples || '–'}`);
    }
    lines.push('(w) = warm-up block, not counted');
    return { workload: md(w), block: code(lines.join('\n')) };
  });
}

export function machineView(m: MachineSummary): MachineView {
  const r = m.results;
  const ids = m.workloads.map((w) => w.id);
  const ciLevel = r.analysis?.workloads.find((w) => w.ci)?.ci_level ?? null;
  const chartRows = m.workloads.map((w) => ({ name: w.id, ratio: w.ratio, ci: w.ci }));
  const hasAny = chartRows.some((c) => c.ratio !== null);
  return {
    label: md(m.label),
    outcome: m.outcome,
    mark: MARKS[m.outcome],
    verdict: LABELS[m.outcome],
    headline: machineHeadline(m),
    descriptiveOnly: r.analysis === null,
    ciLevel,
    margin: m.margin,
    bounds: m.bounds,
    geomean: r.analysis?.geomean_ratio ?? null,
    blocksRun: m.blocksRun,
    workloads: m.workloads.map(workloadView),
    inconclusive: m.workloads
      .filter((w) => w.verdict === 'inconclusive')
      .map((w) => ({ name: md(w.id), spread: w.analysis?.spread ?? null, needs: blocksNeededPhrase(w.analysis?.ratio, m.margin, w.analysis?.blocks_needed), blocksRun: w.analysis?.n ?? m.blocksRun })),
    warnings: [...(r.analysis?.warnings ?? []), ...r.notes].map(md),
    chart: hasAny ? code(forestPlot(chartRows, { bounds: m.bounds, margin: m.margin, ciLevel })) : null,
    host: hostOf(r.host),
    builds: buildsOf(m),
    levers: leversOf(r),
    failedLaunches: launchFailures(r),
    memory: memoryOf(r, ids),
    memoryDepth: memoryDepthOf(r),
    rawSamples: rawSamplesOf(r, ids),
  };
}

function overallHeadline(fleet: Fleet): string {
  const where = (o: Outcome) => list(fleet.machines.filter((m) => m.outcome === o).map((m) => md(m.label)));
  switch (fleet.overall) {
    case 'regression': return `regression on ${where('regression')}.`;
    case 'failed': return fleet.machines.some((m) => m.outcome === 'failed') ? `the run failed on ${where('failed')}.` : 'the machines cannot be compared (below).';
    case 'no-verdict': return `no verdict was computed on ${where('no-verdict')}.`;
    case 'incomplete': return 'not every machine sent valid results (below).';
    case 'inconclusive': return `inconclusive on ${where('inconclusive')}.`;
    case 'improvement': return `improvement on ${where('improvement')}, neutral elsewhere.`;
    case 'neutral': return 'neutral on every machine.';
  }
}

function comparisonOf(results: Results | undefined): string {
  if (!results) return '';
  const side = (id: 'A' | 'B') => {
    const v = results.plan.variants.find((x) => x.id === id);
    const commit = results.builds.find((b) => b.variant === id)?.commit;
    if (!v) return id;
    return `**${id}** = ${md(v.name)} (${md(v.ref)}${commit ? ` @ ${md(commit.slice(0, 12))}` : ''})`;
  };
  return `${side('B')} vs ${side('A')}; throughput in tokens/s, ratio B/A (below 1 = B slower).`;
}

/** A Markdown pointer to the full results, for truncated bodies and check runs. */
export function fullReportPointer(url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[full report and results.json](${safe})` : '`results.json` in the run\'s artifacts';
}

export function reportView(fleet: Fleet, opts: ViewOptions = {}): ReportView {
  const first = fleet.machines[0]?.results;
  return {
    marker: opts.marker === false ? '' : STICKY_MARKER,
    heading: opts.title ? `llama-perf-gate: ${md(opts.title)}` : 'llama-perf-gate: A/B performance',
    comparison: comparisonOf(first),
    fleet: fleet.machines.length > 1 || fleet.problems.length > 0,
    problems: fleet.problems.map((p) => md(p.text)),
    overall: { outcome: fleet.overall, mark: MARKS[fleet.overall], verdict: LABELS[fleet.overall], headline: overallHeadline(fleet), rule: md(OVERALL_RULE) },
    machines: fleet.machines.map(machineView),
    show: { ...SHOW_ALL },
    truncation: null,
    fullReport: fullReportPointer(opts.fullReportUrl),
    tool: first ? md(`${first.tool.name} ${first.tool.version}`) : 'llama-perf-gate',
  };
}
