import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  escapeHtml,
  escapeInline
} from "./chunk-PRGGACZ2.js";

// src/report/bisect.ts
var BISECT_SCHEMA = "llama-perf-gate/bisect@1";
var fmt = (r) => r === null ? "\u2014" : r.toFixed(3);
var fmtCi = (ci) => ci ? `[${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]` : "";
var short = (c) => c.slice(0, 9);
var QUOTED = 2;
function culpritLine(c) {
  const check = c.verified === true ? "verified" : c.verified === false ? "NOT verified by fresh blocks" : "not verified";
  const others = (c.regressed ?? []).filter((w) => w.name !== c.workload);
  const quoted = others.slice(0, QUOTED - 1).map((w) => `${w.name} B/A ${fmt(w.ratio)} ${fmtCi(w.ci)}`.trim());
  const more = others.length > QUOTED - 1 ? [`+${others.length - (QUOTED - 1)} more`] : [];
  const parts = [...c.workload ? [c.workload] : [], ...quoted, ...more, check];
  return `culprit: ${short(c.commit)} ${c.subject}  B/A ${fmt(c.ratio)} ${fmtCi(c.ci)} (${parts.join("; ")})`;
}
function rows(r) {
  return r.range.map((c, n) => {
    const p = r.probes.find((x) => x.commit === c.commit);
    const culprit = r.culprits.find((x) => x.commit === c.commit);
    const skip = r.skipped.find((x) => x.commit === c.commit);
    return {
      n,
      commit: short(c.commit),
      subject: c.subject,
      // The probe's B/A against the low end; the high end's B/A against the probe.
      low: p ? stepCell(r, p.vs_low, "a") : "",
      high: p ? stepCell(r, p.vs_high, "b") : "",
      cls: culprit ? `culprit${culprit.verified ? " (verified)" : ""}` : skip ? "skipped: does not build" : p?.class ?? "",
      note: n === 0 ? "good" : n === r.range.length - 1 ? "bad" : ""
    };
  });
}
function stepCell(r, i, other) {
  const s = r.steps[i];
  return s ? `${fmt(s.ratio)} ${fmtCi(s.ci)} ${s.verdict} (vs ${short(s[other])})` : "";
}
function renderBisectMarkdown(r) {
  const out = [];
  out.push(`## Bisect ${short(r.good)}..${short(r.bad)} (${r.range.length - 1} commits)`, "", escapeInline(r.summary), "");
  for (const c of r.culprits) out.push(`- ${escapeInline(culpritLine(c))}`);
  for (const u of r.unresolved) out.push(`- regression somewhere in ${short(u.from)}..${short(u.to)}: ${escapeInline(u.why)}`);
  if (r.culprits.length || r.unresolved.length) out.push("");
  out.push("| # | commit | subject | B/A vs the range's low end | B/A of the high end vs it | class |", "|---|---|---|---|---|---|");
  for (const row of rows(r)) out.push(`| ${row.n}${row.note ? ` (${row.note})` : ""} | \`${row.commit}\` | ${escapeInline(row.subject)} | ${row.low} | ${row.high} | ${row.cls} |`);
  out.push("", `${r.steps.length} experiments, ${r.counted_blocks} counted blocks, ${r.budget.commits_built} commits built; wall time ${Math.round(r.wall_seconds)} s.` + (r.budget.exhausted ? ` Budget ran out: ${escapeInline(r.budget.exhausted)}.` : ""));
  return out.join("\n") + "\n";
}
function renderBisectHtml(r) {
  const tr = rows(r).map((row) => `<tr><td>${row.n}${row.note ? ` (${row.note})` : ""}</td><td><code>${escapeHtml(row.commit)}</code></td><td>${escapeHtml(row.subject)}</td><td>${escapeHtml(row.low)}</td><td>${escapeHtml(row.high)}</td><td>${escapeHtml(row.cls)}</td></tr>`).join("\n");
  const items = [...r.culprits.map((c) => culpritLine(c)), ...r.unresolved.map((u) => `regression somewhere in ${short(u.from)}..${short(u.to)}: ${u.why}`)].map((l) => `<li>${escapeHtml(l)}</li>`).join("\n");
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
<p>${r.steps.length} experiments, ${r.counted_blocks} counted blocks, ${r.budget.commits_built} commits built; wall time ${Math.round(r.wall_seconds)} s.${r.budget.exhausted ? ` Budget ran out: ${escapeHtml(r.budget.exhausted)}.` : ""}</p>
</body></html>
`;
}

export {
  BISECT_SCHEMA,
  culpritLine,
  renderBisectMarkdown,
  renderBisectHtml
};
