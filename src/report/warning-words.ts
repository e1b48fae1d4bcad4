// The words of an analysis's warnings: the engine says what it found as data (stats/types.ts
// `Warning`: a workload on one side only, a file's design state not replayed and why, a file whose
// own analysis disagreed), worded here. results.json keeps the words (`warnings`, as files always
// had) beside the data (`warned`).
import type { Analysis, DesignProblem, Warning } from '../stats/types.ts';

function problemText(p: DesignProblem): string {
  const unit = (u: string | null) => u ?? 'the depth sweep';
  switch (p.kind) {
    case 'declared':
      return `its ${p.key} ${p.got} is not the plan's ${p.plan}`;
    case 'looks-not-increasing':
      return `its looks ${p.looks.join(', ')} do not increase`;
    case 'look-past-measured':
      return `its look at ${p.look} blocks is past the ${p.counted} blocks measured`;
    case 'look-not-planned':
      return `its look at ${p.look} blocks is not a look of the plan (${p.looks.join(', ')}; horizon ${p.horizon})`;
    case 'measured-past-looks':
      return `${unit(p.unit)} was measured up to block ${p.last} but its looks ${p.decided === null ? 'never decide it' : `decide it at ${p.decided}`}`;
    case 'decided-before-last':
      return `${unit(p.unit)} is decided at the look at ${p.decided} blocks but was measured up to block ${p.last}`;
    case 'look-missing':
      return `the plan's look at ${p.look} blocks is missing, and no launch shows it was skipped`;
  }
}

/** One warning in words, as results.json has always stored it. */
export function warningText(w: Warning): string {
  switch (w.kind) {
    case 'one-side':
      return `workload ${w.workload} has no ${w.missing} observations: it ran on one side only`;
    case 'no-workloads':
      return 'no workloads to analyze';
    case 'design-state-unused':
      return `the results file's design state was not used (${problemText(w.problem)}); decided with the plan's looks`;
    case 'claimed': {
      const changes = w.changes.map((c) => `${c.name} ${c.from ?? 'absent'} → ${c.to}`);
      return `the results file claimed ${w.claimed ?? 'no analysis'}; recomputed from its samples: ${w.recomputed}` + (changes.length ? ` (${changes.join(', ')})` : '');
    }
  }
}

/** An analysis's warnings in words: worded from its data, or (an older file) the words it has. */
export function warningsOf(a: Pick<Analysis, 'warnings' | 'warned'>): string[] {
  return a.warned ? a.warned.map(warningText) : a.warnings;
}
