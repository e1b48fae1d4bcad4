// `llama-perf-gate history [--workload tg128] [--store PATH] [--all-hosts]`: variant A's
// throughput in each stored experiment on this host, oldest first, and where the host itself
// changed between two experiments (CPU, topology, kernel, governor, THP, boost, NUMA balancing) —
// so a "regression" that is really the machine is named as such. Computed here, rendered by
// report/history.ts.
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { hostname } from 'node:os';
import { median } from 'simple-statistics';
import type { HostFingerprint } from '../host/types.ts';
import { UserError } from '../sys/errors.ts';
import { openExisting, storePath } from './experiments.ts';
import { renderHistory, noHistoryLine, type HistoryRow } from '../report/history.ts';
import { readFingerprint } from '../host/fingerprint.ts';
import { readQualifications } from '../store/qualification.ts';
import { renderQualificationHistory } from '../report/qualify.ts';
import { defaultCacheDir } from '../sys/cache-dir.ts';
import { modelFlags, modelState, reclaimFlags, type ModelState } from './history-flags.ts';
import type { LaunchRecord } from '../bench/types.ts';

export type { HistoryRow };

const HOST_FIELDS: [keyof HostFingerprint, string][] = [
  ['cpuModel', 'CPU'], ['sockets', 'sockets'], ['coresPerSocket', 'cores per socket'], ['threadsPerCore', 'threads per core'],
  ['logicalCpus', 'logical CPUs'], ['kernel', 'kernel'], ['governor', 'governor'], ['thpMode', 'THP'], ['boost', 'boost'],
  ['numaBalancing', 'numa_balancing'],
];

/** What changed on the host between two experiments, as "kernel 6.1 → 6.12". */
export function hostChanges(a: HostFingerprint | null, b: HostFingerprint | null): string[] {
  if (!a || !b) return [];
  const out = HOST_FIELDS.filter(([k]) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map(([k, name]) => `${name} ${String(a[k])} → ${String(b[k])}`);
  if (a.numaNodes.length !== b.numaNodes.length) out.push(`NUMA nodes ${a.numaNodes.length} → ${b.numaNodes.length}`);
  return out;
}

export async function historyCommand(argv: string[]): Promise<number> {
  const o = new OptionValues('history', parseCommandArgs('history', argv).values);
  const values = { workload: o.str('workload'), store: o.str('store'), 'all-hosts': o.bool('all-hosts') };
  const store = openExisting(storePath(values.store));
  const here = hostname();
  const rows: HistoryRow[] = [];
  try {
    const experiments = store.list().filter((e) => values['all-hosts'] || (e.header.host?.hostname ?? here) === here);
    // With several models a test is one series per model: --workload tg128 names all of them (tiny/tg128, big/tg128).
    const all = [...new Set(experiments.flatMap((e) => e.header.plan.workloads.map((w) => w.id)))];
    const workloads = values.workload ? all.filter((id) => id === values.workload || id.endsWith(`/${values.workload}`)) : all;
    if (values.workload && workloads.length === 0) {
      throw new UserError(`no stored experiment on this host has workload ${values.workload}`, `example: --workload ${experiments[0]?.header.plan.workloads[0]?.id ?? 'tg128'}`);
    }
    const launches = new Map<string, LaunchRecord[]>();
    const launchesOf = (id: string) => launches.get(id) ?? launches.set(id, store.launches(id)).get(id)!;
    for (const w of workloads) {
      let prev: { e: (typeof experiments)[number]; state: ModelState } | null = null;
      let prevRow: HistoryRow | null = null;
      for (const e of experiments) {
        const xs = store.values(e.id, 'A', w);
        if (xs.length === 0) continue;
        const m = median(xs);
        const state = modelState(e, store.identity(e.id), w, launchesOf(e.id));
        const moved = prev ? hostChanges(prev.e.header.host, e.header.host) : [];
        const change = prevRow && prevRow.label === e.labels[0] ? m / prevRow.median - 1 : null;
        const row: HistoryRow = {
          id: e.id, at: e.createdAt, workload: w, label: e.labels[0], median: m, n: xs.length, change, moved,
          model: prev ? modelFlags(prev.state, state) : [], reclaim: prev ? reclaimFlags(prev.state, state) : [], reclaimRecorded: state.reclaim !== undefined,
        };
        rows.push(row);
        prev = { e, state };
        prevRow = row;
      }
    }
  } finally {
    store.close();
  }
  const scope = values['all-hosts'] ? null : here;
  console.log(rows.length === 0 ? noHistoryLine(scope) : renderHistory(rows, scope));
  // The runner's qualifications over time (stored beside its calibration, in the cache dir).
  console.log(`\n${renderQualificationHistory(readQualifications(defaultCacheDir(), readFingerprint('/')))}`);
  return 0;
}
