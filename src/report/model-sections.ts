// The descriptive sections of a machine's report, as plain data (raw strings, numbers): host
// fingerprint, builds, levers and settings, failed launches, raw samples. Computed once by
// buildReportModel; every renderer escapes them for its own medium.
import type { Results } from '../store/results.ts';
import type { HostFingerprint } from '../host/types.ts';
import { describeReclaim } from '../host/damon.ts';
import type { NumaPolicy, Plan } from '../plan/types.ts';
import { fmtSeconds, fmtMiB, fmtTs } from './format.ts';
import { fmtMargin, fmtLevel } from './vocabulary.ts';
import { describeSlowdown } from '../plan/slowdown.ts';

export interface KeyValue {
  key: string;
  value: string;
  /** A workload label that ends the key, shown as code. */
  keyCode?: string;
}

export interface HostSection {
  rows: KeyValue[];
  nodes: KeyValue[];
  warnings: string[];
}

export interface BuildSection {
  variant: string;
  name: string;
  ref: string;
  /** The ref unless it is the commit itself (a SHA): then null, so no full SHA sits beside its short form. */
  refShown: string | null;
  commit: string | null;
  /** 12 hex digits. */
  shortCommit: string | null;
  reused: boolean;
  seconds: number;
  ok: boolean;
  error: string | null;
  logPath: string | null;
  logTail: string | null;
}

export interface LaunchFailure {
  workload: string;
  block: number;
  variant: string;
  status: string;
  warmup: boolean;
  detail: string;
  stderr: string | null;
}

export interface RawSamples {
  workload: string;
  text: string;
}

const SHA = /^[0-9a-f]{7,40}$/i;

/** A ref that is just (a prefix of) the commit it resolved to says nothing the commit does not. */
export function refBesideCommit(ref: string, commit: string | null | undefined): string | null {
  return commit && SHA.test(ref) && commit.toLowerCase().startsWith(ref.toLowerCase()) ? null : ref;
}

export function shortSha(commit: string | null | undefined): string | null {
  return commit ? commit.slice(0, 12) : null;
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

export function leversOf(results: Results): KeyValue[] {
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
    ['Model loading (--no-mmap)', l.noMmap ? 'read into memory (llama-bench -mmp 0 / --load-mode none, depth tools --no-mmap)' : 'memory-mapped (the tools\' default)'],
  ];
  if (l.numaGuest) rows.push(['Emulated guest (--numa-guest)', `${l.numaGuest} NUMA nodes (qemu TCG, one boot per launch, builds with -DGGML_NATIVE=OFF): every throughput is emulated, never gated`]);
  const numa = plan.workloads.map((w) => ({ key: 'NUMA policy of', keyCode: w.id, value: describePolicy(w.numa) }));
  rows.push(
    ['Blocks', `${plan.maxBlocks} at most, ${plan.warmupBlocks} warm-up (discarded)`],
    ['Sequential looks', plan.looks.length ? plan.looks.join(', ') : unset],
    ['Seed', String(results.schedule.seed)],
    ['Timeout per launch', `${plan.timeoutSec} s`],
    ['Decision', `margin ±${fmtMargin(plan.margin)}, α ${plan.alpha} (${fmtLevel(1 - 2 * plan.alpha)} intervals), method ${plan.method}`],
    ['llama-bench flavour', results.flavour ?? 'unknown'],
    ['Stop reason', results.stopReason || unset],
  );
  for (const v of plan.variants) {
    const env = Object.entries(v.env).map(([k, val]) => `${k}=${val}`).join(' ');
    const parts = [
      `${v.name}, ref ${shortRef(v.ref)}`,
      v.cmakeArgs.length ? `CMake ${v.cmakeArgs.join(' ')}` : null,
      v.runArgs.length ? `run args ${v.runArgs.join(' ')}` : null,
      env ? `env ${env}` : null,
      v.slowdown !== undefined ? describeSlowdown(v.slowdown) : null,
    ].filter(Boolean);
    rows.push([`Variant ${v.id}`, parts.join('; ')]);
  }
  const kv = rows.map(([key, value]) => ({ key, value }));
  return [...kv.slice(0, 7), ...numa, ...kv.slice(7)];
}

/** A ref that is a full SHA, shortened like every commit in the report. */
const shortRef = (ref: string) => (/^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref);

export function hostOf(h: HostFingerprint | null): HostSection | null {
  if (!h) return null;
  const load = (x: [number, number, number] | null | undefined) => (x ? x.map((v) => v.toFixed(2)).join(' / ') : 'not recorded');
  const rows: [string, string][] = [
    ['Host', h.hostname ?? 'unknown'],
    ['CPU', h.cpuModel ?? 'unknown'],
    ['Topology', `${h.sockets ?? '?'} socket(s) × ${h.coresPerSocket ?? '?'} cores × ${h.threadsPerCore ?? '?'} threads = ${h.logicalCpus} logical CPUs (SMT ${h.smt === null ? 'unknown' : h.smt ? 'on' : 'off'})`],
    ['NUMA nodes', String(h.numaNodes.length)],
    ['numa_balancing', h.numaBalancing === null ? 'unknown' : String(h.numaBalancing)],
    ['Transparent hugepages', h.thpMode ?? 'unknown'],
    ['Proactive reclaim', describeReclaim(h.proactiveReclaim)],
    ['CPU governor', h.governor ?? 'unknown'],
    ['Turbo/boost', h.boost === null ? 'unknown' : h.boost ? 'on' : 'off'],
    ['Kernel', h.kernel ?? 'unknown'],
    ['Load average at start (1/5/15 min)', load(h.loadAvgStart)],
    ['Load average at end (1/5/15 min)', load(h.loadAvgEnd)],
  ];
  const nodes = h.numaNodes.map((n) => ({ key: `node ${n.id}`, value: `CPUs ${cpuRanges(n.cpus)}; memory ${fmtMiB(n.memTotalKiB)} (free ${fmtMiB(n.memFreeKiB)})` }));
  return { rows: rows.map(([key, value]) => ({ key, value })), nodes, warnings: [...h.warnings] };
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

export function buildsOf(results: Results): BuildSection[] {
  return results.builds.map((b) => ({
    variant: b.variant,
    name: results.plan.variants.find((v) => v.id === b.variant)?.name ?? b.variant,
    ref: b.ref,
    refShown: refBesideCommit(b.ref, b.commit),
    commit: b.commit ?? null,
    shortCommit: shortSha(b.commit),
    reused: b.reused,
    seconds: b.seconds,
    ok: b.ok,
    error: b.error ?? null,
    logPath: b.logPath ?? null,
    logTail: b.logTail ?? null,
  }));
}

const FAILED = new Set(['crashed', 'timeout', 'parse-error']);

export function launchFailures(results: Results): LaunchFailure[] {
  return results.launches
    .filter((l) => FAILED.has(l.status))
    .map((l) => {
      const parts = [
        l.status === 'timeout' ? `timed out after ${fmtSeconds(l.wallMs / 1000)}` : `${l.status} after ${fmtSeconds(l.wallMs / 1000)}`,
        l.exitCode !== null ? `exit code ${l.exitCode}` : null,
        l.signal ? `signal ${l.signal}` : null,
        l.error,
      ].filter(Boolean);
      return { workload: l.workload, block: l.block, variant: l.variant, status: l.status, warmup: l.warmup, detail: parts.join(', '), stderr: l.stderrTail ?? null };
    });
}

export function rawSamplesOf(results: Results, workloads: string[]): RawSamples[] {
  return workloads.map((w) => {
    const ls = results.launches.filter((l) => l.workload === w).sort((a, b) => a.seq - b.seq);
    const lines = ['block  variant  status       samples_ts (t/s)'];
    for (const l of ls) {
      const samples = l.records.map((r) => (r.samplesTs.length ? r.samplesTs : [r.avgTs]).map(fmtTs).join(' ')).join(' / ');
      const block = `${l.block}${l.warmup ? ' (w)' : ''}`;
      lines.push(`${block.padEnd(7)}${l.variant.padEnd(9)}${l.status.padEnd(13)}${samples || '–'}`);
    }
    lines.push('(w) = warm-up block, not counted');
    return { workload: w, text: lines.join('\n') };
  });
}
