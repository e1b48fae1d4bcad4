// The table printed at the end of a run: aligned columns, then the first line (verdict and gate)
// and, when the answer is "inconclusive", why. Formats the ReportModel only. Plain text; anything
// from the run is stripped of terminal escape sequences.
import type { ReportModel, MachineModel } from './model.ts';
import { escapeTerminal } from './escape.ts';
import { fmtRatio, fmtInterval, fmtPercent, fmtTs, DASH } from './format.ts';
import { depthSummaryLine } from './depth.ts';
import { LABELS, VERDICT_WORDS, fmtLevel, plain } from './vocabulary.ts';

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

function machineTable(m: MachineModel): string {
  const header = ['Workload', 'A t/s', 'B t/s', 'B/A', m.descriptiveOnly ? 'Interval' : `${fmtLevel(m.runLevel)} interval`, 'CV A / B', 'Verdict'];
  const rows = m.workloads.map((w) => [
    escapeTerminal(w.id),
    fmtTs(w.aTs),
    fmtTs(w.bTs),
    fmtRatio(w.ratio),
    fmtInterval(w.ci) + (w.levelNote ? ` (${fmtLevel(w.ciLevel)})` : ''),
    spreadCell(w.cvA, w.cvB),
    VERDICT_WORDS[w.outcome],
  ]);
  return alignTable(header, rows, ['left', 'right', 'right', 'right', 'left', 'right', 'left']);
}

function machineFooter(m: MachineModel, firstLine: boolean): string[] {
  const lines = [firstLine ? escapeTerminal(plain(m.firstLine)) : `${LABELS[m.outcome]}: ${escapeTerminal(plain(m.verdict))}`];
  for (const g of m.models ?? []) lines.push(`  model ${escapeTerminal(g.name)}: ${LABELS[g.outcome]} — ${escapeTerminal(plain(g.verdict))}`);
  for (const w of m.workloads.filter((x) => x.levelNote)) lines.push(`  ${escapeTerminal(w.id)}: ${escapeTerminal(w.levelNote!)}`);
  for (const w of m.workloads.filter((x) => x.outcome === 'inconclusive')) {
    lines.push(`  ${escapeTerminal(w.id)}: spread ${fmtPercent(w.spread)} between paired launches; ${w.needs}${w.againstMde ? `; ${w.againstMde}` : ''}.`);
  }
  if (m.detectable) lines.push(`  ${escapeTerminal(m.detectable)}`);
  if (m.runner) lines.push(`  ${escapeTerminal(m.runner)}`);
  for (const b of m.builds.filter((x) => !x.ok)) {
    if (b.logPath) lines.push(`  build log of ${b.variant}: ${escapeTerminal(b.logPath)}`);
    for (const l of (b.logTail ?? '').split('\n').filter(Boolean).slice(-10)) lines.push(`    ${escapeTerminal(l)}`);
  }
  const failed = m.failedLaunches;
  if (failed.length) {
    const kinds = [...new Set(failed.map((l) => l.status))].map((s) => `${failed.filter((l) => l.status === s).length} ${s}`).join(', ');
    lines.push(`  ${failed.length} launch(es) failed (${kinds}); details in report.md.`);
  }
  // With several models each has its own sweep: its line says which.
  for (const d of m.models ? m.models.map((g) => g.depth) : [m.depth]) {
    if (!d) continue;
    const on = d.model !== null ? `model ${d.model}: ` : '';
    if (d.rss.length) lines.push(`  ${escapeTerminal(on + depthSummaryLine(d))}`);
    for (const f of d.failures) lines.push(`  ${escapeTerminal(on + f.detail)}`);
  }
  for (const w of m.host?.warnings ?? []) lines.push(`  host warning: ${escapeTerminal(w)}`);
  return lines;
}

export function renderTerminal(model: ReportModel): string {
  const parts: string[] = [];
  const single = model.machines.length === 1;
  for (const m of model.machines) {
    if (!single) parts.push(`== ${escapeTerminal(m.label)} ==`);
    // A failed build leaves nothing to tabulate: the reason and the log say it all.
    if (m.outcome === 'failed' && m.builds.some((b) => !b.ok)) parts.push(...machineFooter(m, single), '');
    else parts.push(machineTable(m), '', ...machineFooter(m, single), '');
  }
  if (!single) parts.push(escapeTerminal(plain(model.firstLine)));
  return parts.join('\n').trimEnd() + '\n';
}
