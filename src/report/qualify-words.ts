// The words of a runner qualification's shortfalls (stats/qualify.ts QualifyFinding), one clause
// each, as the qualification record's `reasons` keep them.
import type { QualifyFinding } from '../stats/qualify.ts';

/** One finding of a qualification that falls short, as the record's `reasons` keep it. */
export function qualifyFindingWords(f: QualifyFinding): string {
  switch (f.kind) {
    case 'no-launch': return `${f.workload}: a variant has no successful launch`;
    case 'false-alarm': return `${f.workload}: A/A′ called ${f.called === 'regression' ? 'a regression' : 'an improvement'} between two builds of one commit (a false alarm)`;
    case 'missed': return `${f.workload}: the injected ${(100 * (1 - 1 / (1 + f.k))).toFixed(1)}% slowdown was not called (${f.verdict} at ${f.n} blocks)`;
    case 'none-measured': return 'no workload was measured on both runs';
    case 'build-failed': return `${f.step}: build of variant ${f.builds.map((b) => `${b.variant}${b.error ? ` (${b.error})` : ''}`).join(', ')} failed`;
    case 'undecided': return `${f.step}: nothing was decided (${f.stop})`;
    case 'no-successful-launch': return `${f.step}: ${f.workloads.join(', ')} had no successful launch of a variant`;
  }
}
