// What a bisection found (bisect.json) and its report section: the range, each probed commit's B/A
// against the ends it was measured with, every culprit with its own interval and its verification.
// Computed by pipeline/bisect.ts; this file only holds the shape and formats it.
import { escapeHtml, escapeInline } from './escape.ts';

export const BISECT_SCHEMA = 'llama-perf-gate/bisect@1';

export type StepVerdict = 'regression' | 'neutral' | 'improvement' | 'inconclusive' | 'failed';

/** One experiment of the bisection: B/A of commit b against commit a, in interleaved blocks. */
export interface BisectStep {
  role: 'confirm' | 'probe' | 'verify';
  a: string;
  b: string;
  experiment: string | null;
  out: string;
  verdict: StepVerdict;
  counted_blocks: number;
  /** The workload quoted: the most slowed-down regressed one, else the first. */
  workload: string | null;
  ratio: number | null;
  ci: [number, number] | null;
  workloads: { name: string; verdict: string; ratio: number | null; ci: [number, number] | null; n: number }[];
  /** Taken from an earlier run of the same bisection (resume). */
  reused: boolean;
  /** --minutes ran out during this step: no block was added after it; its launches are in the store and a rerun resumes it. */
  cut?: boolean;
}

export interface BisectProbe {
  commit: string;
  /** Indexes into steps: against the range's low (good side) and high (bad side) end. */
  vs_low: number;
  vs_high: number;
  class: 'like-good' | 'like-bad' | 'in-between' | 'undecided';
}

export interface BisectCulprit {
  commit: string;
  subject: string;
  parent: string;
  workload: string | null;
  ratio: number | null;
  ci: [number, number] | null;
  /** Every workload that regressed at this step, most slowed-down first (the first is the one quoted above). */
  regressed: { name: string; ratio: number | null; ci: [number, number] | null }[];
  /** Fresh blocks against the parent (roles swapped, so a new experiment) agree; null when not run. */
  verified: boolean | null;
  verify: { ratio: number | null; ci: [number, number] | null; verdict: StepVerdict } | null;
}

/** A range the bisection can vouch for holding a regression, but not narrow further (and why). */
export interface BisectRange {
  from: string;
  to: string;
  why: string;
}

export interface BisectResult {
  schema: typeof BISECT_SCHEMA;
  repo: string;
  good: string;
  bad: string;
  range: { commit: string; subject: string }[];
  outcome: 'culprits' | 'not-a-regression' | 'incomplete';
  summary: string;
  culprits: BisectCulprit[];
  unresolved: BisectRange[];
  skipped: { commit: string; error: string }[];
  probes: BisectProbe[];
  steps: BisectStep[];
  builds: { commit: string; ok: boolean; reused: boolean; seconds: number; compiled: number | null }[];
  budget: { max_builds: number | null; minutes: number | null; commits_built: number; exhausted: string | null };
  counted_blocks: number;
  wall_seconds: number;
}

const fmt = (r: number | null) => (r === null ? '—' : r.toFixed(3));
const fmtCi = (ci: [number, number] | null) => (ci ? `[${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]` : '');
const short = (c: string) => c.slice(0, 9);

/** Workloads quoted by name in a culprit line; past these, "+N more" (bisect.json lists them all). */
const QUOTED = 2;

/**
 * The line printed per culprit: `culprit: <sha> <subject>  B/A 0.951 [0.943, 0.960] (tg128; …)`, the
 * most slowed-down workload first, then every other one that regressed at that step.
 */
export function culpritLine(c: BisectCulprit): string {
  const check = c.verified === true ? 'verified' : c.verified === false ? 'NOT verified by fresh blocks' : 'not verified';
  const others = (c.regressed ?? []).filter((w) => w.name !== c.workload);
  const quoted = others.slice(0, QUOTED - 1).map((w) => `${w.name} B/A ${fmt(w.ratio)} ${fmtCi(w.ci)}`.trim());
  const more = others.length > QUOTED - 1 ? [`+${others.length - (QUOTED - 1)} more`] : [];
  const parts = [...(c.workload ? [c.workload] : []), ...quoted, ...more, check];
  return `culprit: ${short(c.commit)} ${c.subject}  B/A ${fmt(c.ratio)} ${fmtCi(c.ci)} (${parts.join('; ')})`;
}

interface Row { n: number; commit: string; subject: string; low: string; high: string; cls: string; note: string }

function rows(r: BisectResult): Row[] {
  return r.range.map((c, n) => {
    const p = r.probes.find((x) => x.commit === c.commit);
    const culprit = r.culprits.find((x) => x.commit === c.commit);
    const skip = r.skipped.find((x) => x.commit === c.commit);
    return {
      n, commit: short(c.commit), subject: c.subject,
      // The probe's B/A against the low end; the high end's B/A against the probe.
      low: p ? stepCell(r, p.vs_low, 'a') : '',
      high: p ? stepCell(r, p.vs_high, 'b') : '',
      cls: culprit ? `culprit${culprit.verified ? ' (verified)' : ''}` : skip ? 'skipped: does not build' : p?.class ?? '',
      note: n === 0 ? 'good' : n === r.range.length - 1 ? 'bad' : '',
    };
  });
}

/** "0.970 [0.962, 0.978] regression (vs 1a2b3c4d5)": B/A of a step, naming the other end. */
function stepCell(r: BisectResult, i: number, other: 'a' | 'b'): string {
  const s = r.steps[i];
  return s ? `${fmt(s.ratio)} ${fmtCi(s.ci)} ${s.verdict} (vs ${short(s[other])})` : '';
}

export function renderBisectMarkdown(r: BisectResult): string {
  const out: string[] = [];
  out.push(`## Bisect ${short(r.good)}..${short(r.bad)} (${r.range.length - 1} commits)`, '', escapeInline(r.summary), '');
  for (const c of r.culprits) out.push(`- ${escapeInline(culpritLine(c))}`);
  for (const u of r.unresolved) out.push(`- regression somewhere in ${short(u.from)}..${short(u.to)}: ${escapeInline(u.why)}`);
  if (r.culprits.length || r.unresolved.length) out.push('');
  out.push('| # | commit | subject | B/A vs the range\'s low end | B/A of the high end vs it | class |', '|---|---|---|---|---|---|');
  for (const row of rows(r)) out.push(`| ${row.n}${row.note ? ` (${row.note})` : ''} | \`${row.commit}\` | ${escapeInline(row.subject)} | ${row.low} | ${row.high} | ${row.cls} |`);
  out.push('', `${r.steps.length} experiments, ${r.counted_blocks} counted blocks, ${r.budget.commits_built} commits built; wall time ${Math.round(r.wall_seconds)} s.` +
    (r.budget.exhausted ? ` Budget ran out: ${escapeInline(r.budget.exhausted)}.` : ''));
  return out.join('\n') + '\n';
}

export function renderBisectHtml(r: BisectResult): string {
  const tr = rows(r).map((row) => `<tr><td>${row.n}${row.note ? ` (${row.note})` : ''}</td><td><code>${escapeHtml(row.commit)}</code></td><td>${escapeHtml(row.subject)}</td><td>${escapeHtml(row.low)}</td><td>${escapeHtml(row.high)}</td><td>${escapeHtml(row.cls)}</td></tr>`).join('\n');
  const items = [...r.culprits.map((c) => culpritLine(c)), ...r.unresolved.map((u) => `regression somewhere in ${short(u.from)}..${short(u.to)}: ${u.why}`)]
    .map((l) => `<li>${escapeHtml(l)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>llama-perf-gate bisect</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}</style></head>
<body><h2>Bisect ${escapeHtml(short(r.good))}..${escapeHtml(short(r.bad))} (${r.range.length - 1} commits)</h2>
<p>${escapeHtml(r.summary)}</p>
<ul>${items}</ul>
<table><thead><tr><th>#</th><th>commit</th><th>subject</th><th>B/A vs the range's low end</th><th>B/A of the high end vs it</th><th>class</th></tr></thead>
<tbody>
${tr}
</tbody></table>
<p>${r.steps.length} experiments, ${r.counted_blocks} counted blocks, ${r.budget.commits_built} commits built; wall time ${Math.round(r.wall_seconds)} s.${r.budget.exhausted ? ` Budget ran out: ${escapeHtml(r.budget.exhausted)}.` : ''}</p>
</body></html>
`;
}
