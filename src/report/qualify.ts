// A qualification as a Markdown table (the terminal prints it too, and the Action's mode qualify
// writes it to the job summary), and the history of a host's qualifications.
import type { Qualification } from '../store/qualification.ts';
import { codeSpan, escapeMarkdown, escapeTerminal } from './escape.ts';
import { fmtInterval, fmtPercent, fmtRatio } from './format.ts';

const STATUS: Record<Qualification['status'], string> = {
  qualified: '✅ qualified: no false alarm between two builds, the injected slowdown called on every workload',
  short: '⚠️ measured, but short of qualified',
  failed: '❌ failed: a build or launch failed, so this is no qualification',
};

/** Markdown for the job summary; `terminal`: the same table with the text escaped for a terminal (a
 * Markdown escape such as the zero-width space after `@` would show there as `&#8203;`). */
export function renderQualification(q: Qualification, medium: 'markdown' | 'terminal' = 'markdown'): string {
  const esc = medium === 'terminal' ? escapeTerminal : escapeMarkdown;
  const lines = [`## Runner qualification: ${STATUS[q.status]}`, ''];
  lines.push(`${esc(q.ref)} (${q.commit?.slice(0, 12) ?? 'no commit'}), model ${esc(q.model)}, ${q.threads} threads, α = ${q.alpha}, margin ±${fmtPercent(q.margin)}; injected slowdown k = ${q.k} (truth B/A = ${fmtRatio(1 / (1 + q.k))}); ${q.seconds} s.`);
  lines.push('');
  for (const r of q.reasons) lines.push(`- ${esc(r)}`);
  if (q.reasons.length) lines.push('');
  if (q.workloads.length > 0) {
    lines.push('| workload | A/A′ B/A | A/A′ interval | A/A′ verdict | A/A+k B/A | A/A+k interval | covers truth | called | spread A/A′ / A/A+k | MDE (A/A′) |');
    lines.push('|---|---:|---|---|---:|---|---|---|---|---:|');
    for (const w of q.workloads) {
      const i = w.injected;
      lines.push(`| ${medium === 'terminal' ? escapeTerminal(w.workload) : codeSpan(w.workload)} | ${fmtRatio(w.aaPrime.ratio)} | ${fmtInterval(w.aaPrime.ci)} | ${w.aaPrime.verdict} (${w.aaPrime.n} blocks) | ${fmtRatio(i.ratio)} | ${fmtInterval(i.ci)} | ${i.covers ? 'yes' : 'no'} | ${i.called ? `at ${i.look ?? i.n} blocks` : `no (${i.verdict} at ${i.n})`} | ${fmtPercent(w.aaPrime.spread)} / ${fmtPercent(i.spread)} | ${w.mde === null ? '–' : fmtPercent(w.mde)} |`);
    }
    lines.push('');
  }
  if (q.identicalBuilds !== null) lines.push(`The two builds of A/A′ have ${q.identicalBuilds ? 'the same' : 'different'} machine code (executable sections of llama-bench and its libraries; their RUNPATH and build-id always differ).`);
  return lines.join('\n').trimEnd() + '\n';
}

/** `history`'s section: one line per attempt, oldest first. */
export function renderQualificationHistory(qs: Qualification[]): string {
  if (qs.length === 0) return 'No qualification on this host yet: run `llama-perf-gate qualify`.';
  const rows = qs.map((q) => {
    const ws = q.workloads.map((w) => `${w.workload} A/A′ ${fmtRatio(w.aaPrime.ratio)} ${w.aaPrime.verdict}, +${fmtPercent(q.k)} → ${fmtRatio(w.injected.ratio)} ${w.injected.called ? `called at ${w.injected.look ?? w.injected.n}` : 'not called'}`);
    return `${q.createdAt.slice(0, 16).replace('T', ' ')}  ${q.status.padEnd(9)}  ${q.ref.slice(0, 12)}  ${ws.length ? ws.join('; ') : q.reasons.join('; ')}`;
  });
  return ['Qualifications on this host (oldest first):', ...rows].join('\n');
}
