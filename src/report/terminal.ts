// The table printed at the end of a run: aligned columns, then the headline and, when the answer is
// "inconclusive", why. Plain text; anything from the run is stripped of terminal escape sequences.
import type { Results } from '../store/results.ts';
import { mergeFleet } from './fleet.ts';
import { machineHeadline, LABELS } from './view.ts';
import type { MachineSummary } from './summary.ts';
import { escapeTerminal } from './escape.ts';
import { fmtRatio, fmtInterval, fmtPercent, fmtTs, fmtCount, DASH, blocksNeededPhrase } from './format.ts';
import { depthTable, depthSummaryLine, depthFailures } from './depth.ts';

type Align = 'left' | 'right';

export function alignTable(header: string[], rows: string[][], align: Align[]): string {
  const width = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
  const pad = (s: string, i: number) => {
    const gap = ' '.repeat(width[i] - [...s].length);
    return align[i] === 'right' ? gap + s : s + gap;
  };
  const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd();
  return [line(header), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function spreadCell(a: number | null, b: number | null): string {
  return a === null && b === null ? DASH : `${fmtPercent(a)} / ${fmtPercent(b)}`;
}

function machineTable(m: MachineSummary): string {
  const level = m.results.analysis?.workloads.find((w) => w.ci)?.ci_level;
  const header = ['Workload', 'A t/s', 'B t/s', 'B/A', level ? `${fmtPercent(level, 0)} interval` : 'Interval', 'CV A / B', 'Verdict'];
  const rows = m.workloads.map((w) => [
    escapeTerminal(w.id),
    fmtTs(w.a.median),
    fmtTs(w.b.median),
    fmtRatio(w.ratio),
    fmtInterval(w.ci),
    spreadCell(w.a.cv, w.b.cv),
    w.verdict === 'no-verdict' ? 'no verdict' : w.verdict,
  ]);
  return alignTable(header, rows, ['left', 'right', 'right', 'right', 'left', 'right', 'left']);
}

/** "Too noisy…" → "too noisy…" after a "Label: " prefix; "B is slower…" stays. */
function afterColon(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

function machineFooter(m: MachineSummary): string[] {
  const headline = machineHeadline(m, escapeTerminal);
  const lines = [m.outcome === 'no-verdict' ? headline : `${LABELS[m.outcome]}: ${afterColon(headline)}`];
  for (const w of m.workloads.filter((x) => x.verdict === 'inconclusive')) {
    const a = w.analysis;
    lines.push(
      `  ${escapeTerminal(w.id)}: spread ${fmtPercent(a?.spread)} between paired launches; ` +
        `${blocksNeededPhrase(a?.ratio, m.margin, a?.blocks_needed)} per variant, ${a?.n ?? m.blocksRun} were counted.`,
    );
  }
  for (const b of m.results.builds.filter((x) => !x.ok)) {
    if (b.logPath) lines.push(`  build log of ${b.variant}: ${escapeTerminal(b.logPath)}`);
    for (const l of (b.logTail ?? '').split('\n').filter(Boolean).slice(-10)) lines.push(`    ${escapeTerminal(l)}`);
  }
  const failed = m.results.launches.filter((l) => l.status === 'crashed' || l.status === 'timeout' || l.status === 'parse-error');
  if (failed.length) {
    const kinds = [...new Set(failed.map((l) => l.status))].map((s) => `${failed.filter((l) => l.status === s).length} ${s}`).join(', ');
    lines.push(`  ${failed.length} launch(es) failed (${kinds}); details in report.md.`);
  }
  const curves = m.results.depthLaunches ?? [];
  const depth = depthTable(curves);
  if (depth) lines.push(`  ${escapeTerminal(depthSummaryLine(depth))}`);
  for (const f of depthFailures(curves)) lines.push(`  ${escapeTerminal(f.detail)}`);
  for (const w of m.results.host?.warnings ?? []) lines.push(`  host warning: ${escapeTerminal(w)}`);
  return lines;
}

export function renderTerminal(results: Results | Results[]): string {
  const fleet = mergeFleet(Array.isArray(results) ? results : [results]);
  const parts: string[] = [];
  for (const m of fleet.machines) {
    if (fleet.machines.length > 1) parts.push(`== ${escapeTerminal(m.label)} ==`);
    // A failed build leaves nothing to tabulate: the reason and the log say it all.
    if (m.outcome === 'failed' && m.results.builds.some((b) => !b.ok)) parts.push(...machineFooter(m), '');
    else parts.push(machineTable(m), '', ...machineFooter(m), '');
  }
  if (fleet.machines.length > 1) parts.push(`Overall: ${LABELS[fleet.overall]}`);
  return parts.join('\n').trimEnd() + '\n';
}
