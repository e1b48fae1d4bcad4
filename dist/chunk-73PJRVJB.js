import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeMarkdown,
  escapeTerminal
} from "./chunk-PRGGACZ2.js";
import {
  fmtInterval,
  fmtPercent,
  fmtRatio
} from "./chunk-WXFT555Z.js";

// src/report/qualify.ts
var STATUS = {
  qualified: "\u2705 qualified: no false alarm between two builds, the injected slowdown called on every workload",
  short: "\u26A0\uFE0F measured, but short of qualified",
  failed: "\u274C failed: a build or launch failed, so this is no qualification"
};
function renderQualification(q, medium = "markdown") {
  const esc = medium === "terminal" ? escapeTerminal : escapeMarkdown;
  const lines = [`## Runner qualification: ${STATUS[q.status]}`, ""];
  lines.push(`${esc(q.ref)} (${q.commit?.slice(0, 12) ?? "no commit"}), model ${esc(q.model)}, ${q.threads} threads, \u03B1 = ${q.alpha}, margin \xB1${fmtPercent(q.margin)}; injected slowdown k = ${q.k} (truth B/A = ${fmtRatio(1 / (1 + q.k))}); ${q.seconds} s.`);
  lines.push("");
  for (const r of q.reasons) lines.push(`- ${esc(r)}`);
  if (q.reasons.length) lines.push("");
  if (q.workloads.length > 0) {
    lines.push("| workload | A/A\u2032 B/A | A/A\u2032 interval | A/A\u2032 verdict | A/A+k B/A | A/A+k interval | covers truth | called | spread A/A\u2032 / A/A+k | MDE (A/A\u2032) |");
    lines.push("|---|---:|---|---|---:|---|---|---|---|---:|");
    for (const w of q.workloads) {
      const i = w.injected;
      lines.push(`| ${medium === "terminal" ? escapeTerminal(w.workload) : codeSpan(w.workload)} | ${fmtRatio(w.aaPrime.ratio)} | ${fmtInterval(w.aaPrime.ci)} | ${w.aaPrime.verdict} (${w.aaPrime.n} blocks) | ${fmtRatio(i.ratio)} | ${fmtInterval(i.ci)} | ${i.covers ? "yes" : "no"} | ${i.called ? `at ${i.look ?? i.n} blocks` : `no (${i.verdict} at ${i.n})`} | ${fmtPercent(w.aaPrime.spread)} / ${fmtPercent(i.spread)} | ${w.mde === null ? "\u2013" : fmtPercent(w.mde)} |`);
    }
    lines.push("");
  }
  if (q.identicalBuilds !== null) lines.push(`The two builds of A/A\u2032 have ${q.identicalBuilds ? "the same" : "different"} machine code (executable sections of llama-bench and its libraries; their RUNPATH and build-id always differ).`);
  return lines.join("\n").trimEnd() + "\n";
}
function renderQualificationHistory(qs) {
  if (qs.length === 0) return "No qualification on this host yet: run `llama-perf-gate qualify`.";
  const rows = qs.map((q) => {
    const ws = q.workloads.map((w) => `${w.workload} A/A\u2032 ${fmtRatio(w.aaPrime.ratio)} ${w.aaPrime.verdict}, +${fmtPercent(q.k)} \u2192 ${fmtRatio(w.injected.ratio)} ${w.injected.called ? `called at ${w.injected.look ?? w.injected.n}` : "not called"}`);
    return `${q.createdAt.slice(0, 16).replace("T", " ")}  ${q.status.padEnd(9)}  ${q.ref.slice(0, 12)}  ${ws.length ? ws.join("; ") : q.reasons.join("; ")}`;
  });
  return ["Qualifications on this host (oldest first):", ...rows].join("\n");
}

export {
  renderQualification,
  renderQualificationHistory
};
