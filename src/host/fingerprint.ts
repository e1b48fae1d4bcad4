// Host fingerprint (issue 5): what the machine was when a run happened, read from procfs/sysfs.
// `root` lets tests point at fixture trees laid out like / (proc/..., sys/...). A missing or
// unreadable file yields a null field, never an exception: containers and VMs hide much of sysfs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { parseCpuList, formatCpuList } from './cpulist.ts';
import { readProactiveReclaim, reclaimWarning } from './damon.ts';
import type { HostFingerprint, NumaNode } from './types.ts';

function readText(root: string, rel: string): string | null {
  try {
    return readFileSync(join(root, rel), 'utf8');
  } catch {
    return null;
  }
}

function readInt(root: string, rel: string): number | null {
  const t = readText(root, rel);
  if (t === null) return null;
  const n = Number.parseInt(t.trim(), 10);
  return Number.isFinite(n) ? n : null;
}

function listDir(root: string, rel: string): string[] {
  try {
    return readdirSync(join(root, rel));
  } catch {
    return [];
  }
}

/** /proc/cpuinfo as one record per processor (key → value). */
function readCpuinfo(root: string): Record<string, string>[] {
  const text = readText(root, 'proc/cpuinfo');
  if (text === null) return [];
  return text
    .split(/\n\s*\n/)
    .map((block) => {
      const rec: Record<string, string> = {};
      for (const line of block.split('\n')) {
        const i = line.indexOf(':');
        if (i > 0) rec[line.slice(0, i).trim()] = line.slice(i + 1).trim();
      }
      return rec;
    })
    .filter((r) => Object.keys(r).length > 0);
}

function cpuModelOf(cpuinfo: Record<string, string>[]): string | null {
  // x86 says "model name"; arm64 kernels often give only implementer/part numbers.
  for (const rec of cpuinfo) {
    const v = rec['model name'] ?? rec['Model'] ?? rec['cpu model'] ?? rec['Hardware'];
    if (v) return v;
  }
  const first = cpuinfo[0];
  if (first?.['CPU implementer'] && first['CPU part']) {
    return `implementer ${first['CPU implementer']} part ${first['CPU part']}`;
  }
  return null;
}

interface Topology {
  logicalCpus: number;
  sockets: number | null;
  coresPerSocket: number | null;
  threadsPerCore: number | null;
  smt: boolean | null;
}

function readTopology(root: string, cpuinfo: Record<string, string>[], isRealRoot: boolean): Topology {
  const online = readText(root, 'sys/devices/system/cpu/online');
  let cpus = online === null ? null : parseCpuList(online);
  if (cpus === null || cpus.length === 0) {
    const dirs = listDir(root, 'sys/devices/system/cpu').filter((d) => /^cpu\d+$/.test(d));
    cpus = dirs.map((d) => Number(d.slice(3))).sort((a, b) => a - b);
  }
  let logicalCpus = cpus.length || cpuinfo.filter((r) => r['processor'] !== undefined).length;
  if (logicalCpus === 0 && isRealRoot) logicalCpus = os.availableParallelism();

  // Sockets from physical_package_id; cores as distinct sibling groups (core_id is not unique
  // across sockets and is sparse on Xeons, so it cannot be counted directly).
  const packages = new Set<number>();
  const coreGroups = new Set<string>();
  const groupSizes: number[] = [];
  for (const cpu of cpus) {
    const base = `sys/devices/system/cpu/cpu${cpu}/topology`;
    const pkg = readInt(root, `${base}/physical_package_id`);
    if (pkg !== null) packages.add(pkg);
    const sib = readText(root, `${base}/thread_siblings_list`) ?? readText(root, `${base}/core_cpus_list`);
    const list = sib === null ? null : parseCpuList(sib);
    if (list && list.length > 0) {
      const key = formatCpuList(list);
      if (!coreGroups.has(key)) groupSizes.push(list.length);
      coreGroups.add(key);
    }
  }
  if (packages.size === 0) {
    for (const r of cpuinfo) if (r['physical id'] !== undefined) packages.add(Number(r['physical id']));
  }
  const sockets = packages.size > 0 ? packages.size : null;
  let threadsPerCore: number | null = groupSizes.length > 0 ? Math.max(...groupSizes) : null;
  let cores: number | null = coreGroups.size > 0 ? coreGroups.size : null;
  if (cores === null) {
    // cpuinfo fallback: "cpu cores" is per socket, "siblings" logical CPUs per socket.
    const c = cpuinfo.find((r) => r['cpu cores'] !== undefined && r['siblings'] !== undefined);
    if (c && sockets !== null) {
      cores = Number(c['cpu cores']) * sockets;
      threadsPerCore = Math.max(1, Math.round(Number(c['siblings']) / Number(c['cpu cores'])));
    }
  }
  const smtActive = readInt(root, 'sys/devices/system/cpu/smt/active');
  const smt = threadsPerCore !== null ? threadsPerCore > 1 : smtActive !== null ? smtActive === 1 : null;
  const coresPerSocket = cores !== null && sockets !== null ? Math.round(cores / sockets) : null;
  return { logicalCpus, sockets, coresPerSocket, threadsPerCore, smt };
}

export function readNumaNodes(root: string): NumaNode[] {
  const ids = listDir(root, 'sys/devices/system/node')
    .filter((d) => /^node\d+$/.test(d))
    .map((d) => Number(d.slice(4)))
    .sort((a, b) => a - b);
  return ids.map((id) => {
    const base = `sys/devices/system/node/node${id}`;
    const cpulist = readText(root, `${base}/cpulist`);
    const meminfo = readText(root, `${base}/meminfo`) ?? '';
    const field = (name: string): number | null => {
      const m = new RegExp(`^Node\\s+${id}\\s+${name}:\\s+(\\d+)\\s*kB`, 'm').exec(meminfo);
      return m ? Number(m[1]) : null;
    };
    return {
      id,
      cpus: (cpulist === null ? null : parseCpuList(cpulist)) ?? [],
      memTotalKiB: field('MemTotal'),
      memFreeKiB: field('MemFree'),
    };
  });
}

/** "always [madvise] never" → "madvise". */
export function parseBracketChoice(text: string | null): string | null {
  if (text === null) return null;
  const m = /\[([^\]]+)\]/.exec(text);
  return m ? m[1] : text.trim() || null;
}

function readGovernor(root: string, cpus: number): string | null {
  // One policy per CPU (or per cluster); report "mixed(a,b)" when they disagree.
  const seen = new Set<string>();
  for (const p of listDir(root, 'sys/devices/system/cpu/cpufreq').filter((d) => /^policy\d+$/.test(d))) {
    const g = readText(root, `sys/devices/system/cpu/cpufreq/${p}/scaling_governor`);
    if (g !== null && g.trim()) seen.add(g.trim());
  }
  if (seen.size === 0) {
    for (let cpu = 0; cpu < cpus; cpu++) {
      const g = readText(root, `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`);
      if (g !== null && g.trim()) seen.add(g.trim());
    }
  }
  if (seen.size === 0) return null;
  return seen.size === 1 ? [...seen][0] : `mixed(${[...seen].sort().join(',')})`;
}

function readBoost(root: string): boolean | null {
  const boost = readInt(root, 'sys/devices/system/cpu/cpufreq/boost'); // acpi-cpufreq, amd-pstate
  if (boost !== null) return boost === 1;
  const noTurbo = readInt(root, 'sys/devices/system/cpu/intel_pstate/no_turbo');
  if (noTurbo !== null) return noTurbo === 0;
  return null;
}

export function readLoadAvg(root = '/'): [number, number, number] | null {
  const t = readText(root, 'proc/loadavg');
  if (t !== null) {
    const v = t.trim().split(/\s+/).slice(0, 3).map(Number);
    if (v.length === 3 && v.every(Number.isFinite)) return [v[0], v[1], v[2]];
  }
  if (root === '/') {
    const [a, b, c] = os.loadavg();
    return [a, b, c];
  }
  return null;
}

/** Reasons the host is not quiet; `load` defaults to the load at start; a mapped model is what reclaim evicts. */
export function hostWarnings(fp: HostFingerprint, load = fp.loadAvgStart, use: { modelMapped?: boolean } = {}): string[] {
  const w: string[] = [];
  const reclaim = reclaimWarning(fp.proactiveReclaim, use.modelMapped ?? false);
  if (reclaim) w.push(reclaim);
  if (load && fp.logicalCpus > 0 && load[0] > 0.5 * fp.logicalCpus) {
    w.push(
      `load average ${load[0].toFixed(2)} on ${fp.logicalCpus} CPUs: other work is running, timings will be noisy`,
    );
  }
  if (fp.governor !== null && fp.governor !== 'performance') {
    w.push(
      `CPU frequency governor is "${fp.governor}", not "performance": clocks follow load (cpupower frequency-set -g performance)`,
    );
  }
  if (fp.numaBalancing !== null && fp.numaBalancing !== 0 && fp.numaNodes.length > 1) {
    w.push(
      `kernel.numa_balancing=${fp.numaBalancing} on a ${fp.numaNodes.length}-node host: the kernel migrates pages during the run and blurs placement (sysctl -w kernel.numa_balancing=0)`,
    );
  }
  return w;
}

export function readFingerprint(root = '/', use: { modelMapped?: boolean } = {}): HostFingerprint {
  const isRealRoot = root === '/';
  const cpuinfo = readCpuinfo(root);
  const topo = readTopology(root, cpuinfo, isRealRoot);
  const hostname = readText(root, 'proc/sys/kernel/hostname')?.trim() || (isRealRoot ? os.hostname() : null);
  const kernel = readText(root, 'proc/sys/kernel/osrelease')?.trim() || (isRealRoot ? os.release() : null);
  const fp: HostFingerprint = {
    hostname,
    kernel,
    cpuModel: cpuModelOf(cpuinfo),
    sockets: topo.sockets,
    coresPerSocket: topo.coresPerSocket,
    threadsPerCore: topo.threadsPerCore,
    logicalCpus: topo.logicalCpus,
    smt: topo.smt,
    numaNodes: readNumaNodes(root),
    numaBalancing: readInt(root, 'proc/sys/kernel/numa_balancing'),
    thpMode: parseBracketChoice(readText(root, 'sys/kernel/mm/transparent_hugepage/enabled')),
    governor: readGovernor(root, topo.logicalCpus),
    boost: readBoost(root),
    loadAvgStart: readLoadAvg(root),
    proactiveReclaim: readProactiveReclaim(root),
    warnings: [],
  };
  fp.warnings = hostWarnings(fp, fp.loadAvgStart, use);
  return fp;
}

/** Records the load at the end of a run; warns when the host got busy while it ran. */
export function finishFingerprint(fp: HostFingerprint, root = '/'): HostFingerprint {
  const end = readLoadAvg(root);
  const out: HostFingerprint = { ...fp, warnings: [...fp.warnings] };
  if (end) out.loadAvgEnd = end;
  const busyAtStart = hostWarnings(fp).some((w) => w.startsWith('load average'));
  const endLoad = end ? hostWarnings(fp, end).find((w) => w.startsWith('load average')) : undefined;
  if (endLoad && !busyAtStart) out.warnings.push(`at the end of the run: ${endLoad}`);
  return out;
}

function nodeLayout(fp: HostFingerprint): string {
  if (fp.numaNodes.length === 0) return 'unknown';
  return fp.numaNodes.map((n) => `node${n.id}:${formatCpuList(n.cpus)}`).join(' ');
}

function show(v: unknown): string {
  return v === null || v === undefined ? 'unknown' : String(v);
}

/**
 * Differences that make timings from two hosts (fleet runs, or A and B on different runners)
 * not directly comparable, plus load changes within each run. Empty when nothing material differs.
 */
export function compareFingerprints(a: HostFingerprint, b: HostFingerprint, names: [string, string] = ['A', 'B']): string[] {
  const out: string[] = [];
  const diff = (what: string, x: unknown, y: unknown) => {
    if (show(x) !== show(y)) out.push(`${what} differs: ${names[0]} ${show(x)}, ${names[1]} ${show(y)}`);
  };
  diff('hostname', a.hostname, b.hostname);
  diff('CPU model', a.cpuModel, b.cpuModel);
  diff('sockets', a.sockets, b.sockets);
  diff('cores per socket', a.coresPerSocket, b.coresPerSocket);
  diff('threads per core', a.threadsPerCore, b.threadsPerCore);
  diff('logical CPUs', a.logicalCpus, b.logicalCpus);
  diff('NUMA nodes', a.numaNodes.length, b.numaNodes.length);
  if (a.numaNodes.length === b.numaNodes.length) diff('NUMA CPU layout', nodeLayout(a), nodeLayout(b));
  for (const na of a.numaNodes) {
    const nb = b.numaNodes.find((n) => n.id === na.id);
    if (!nb || na.memTotalKiB === null || nb.memTotalKiB === null) continue;
    // Installed memory is fixed; a few percent of drift is kernel reservations between boots.
    if (Math.abs(na.memTotalKiB - nb.memTotalKiB) > 0.05 * Math.max(na.memTotalKiB, nb.memTotalKiB)) {
      diff(`node${na.id} memory (KiB)`, na.memTotalKiB, nb.memTotalKiB);
    }
  }
  diff('kernel', a.kernel, b.kernel);
  diff('numa_balancing', a.numaBalancing, b.numaBalancing);
  diff('transparent hugepages', a.thpMode, b.thpMode);
  diff('CPU governor', a.governor, b.governor);
  diff('turbo/boost', a.boost, b.boost);
  for (const [name, fp] of [
    [names[0], a],
    [names[1], b],
  ] as const) {
    const s = fp.loadAvgStart?.[0];
    const e = fp.loadAvgEnd?.[0];
    if (s !== undefined && e !== undefined && Math.abs(e - s) > 0.5 * Math.max(1, fp.logicalCpus)) {
      out.push(`${name}: load average changed during the run, ${s.toFixed(2)} → ${e.toFixed(2)} on ${fp.logicalCpus} CPUs`);
    }
  }
  return out;
}
