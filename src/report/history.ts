// `history`'s output: variant A's throughput per stored experiment, per workload, with the change
// against the previous experiment and a line where the host itself changed. Formats the rows the
// CLI computed from the store; plain text for a terminal.

export interface HistoryRow {
  id: string;
  at: string;
  workload: string;
  label: string;
  median: number;
  n: number;
  /** Relative change against the previous row of this workload with the same A label. */
  change: number | null;
  moved: string[];
  /** The workload's model is another file than in the previous row. */
  model: string[];
  /** How the model's pages were reclaimed changed since the previous row (DAMON, --no-mmap, major faults). */
  reclaim: string[];
  /** Whether the store has this experiment's DAMON state (absent before it was read). */
  reclaimRecorded: boolean;
}

/** What `history` prints when the store holds nothing measured here; `host` null means every host. */
export function noHistoryLine(host: string | null): string {
  return `no measured experiments on ${host === null ? 'any host' : `this host (${host})`} in the store`;
}

/** The rows grouped by workload, oldest first; `host` null means every host. */
export function renderHistory(rows: HistoryRow[], host: string | null): string {
  const out = [`variant A (base) throughput per experiment on ${host === null ? 'every host' : host}: median t/s of its launches`];
  for (const w of [...new Set(rows.map((r) => r.workload))]) {
    out.push(`\n${w}`);
    out.push(`  ${'date'.padEnd(16)}  ${'experiment'.padEnd(12)}  ${'A build'.padEnd(12)}  ${'t/s'.padStart(10)}  ${'n'.padStart(4)}  ${'vs prev'.padStart(8)}`);
    for (const r of rows.filter((x) => x.workload === w)) {
      const change = r.change === null ? '' : `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(1)}%`;
      out.push(`  ${r.at.slice(0, 16).replace('T', ' ')}  ${r.id.padEnd(12)}  ${r.label.padEnd(12)}  ${r.median.toFixed(2).padStart(10)}  ${String(r.n).padStart(4)}  ${change.padStart(8)}`);
      if (r.moved.length > 0) out.push(`    ! baseline moved: the host changed (${r.moved.join('; ')}); a difference here is the machine, not the code`);
      if (r.model.length > 0) out.push(`    ! model changed: ${r.model.join('; ')}; a difference here may be the model, not the code`);
      if (r.reclaim.length > 0) out.push(`    ! reclaim changed: ${r.reclaim.join('; ')}; a mapped model evicted between launches is slower for that alone`);
    }
  }
  const unrecorded = [...new Set(rows.filter((r) => !r.reclaimRecorded).map((r) => r.id))];
  if (unrecorded.length > 0) {
    out.push(`\nreclaim: the store has no DAMON state for ${unrecorded.length} experiment(s) (${unrecorded.join(', ')}: stored before it was read); their reclaim changes are judged by mapping and major faults only`);
  }
  return out.join('\n');
}
