import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/report/format.ts
var DASH = "\u2013";
function finite(x) {
  return typeof x === "number" && Number.isFinite(x);
}
function fmtRatio(x) {
  return finite(x) ? x.toFixed(3) : DASH;
}
function fmtInterval(ci) {
  if (!ci || !finite(ci[0]) || !finite(ci[1])) return DASH;
  return `[${fmtRatio(ci[0])}, ${fmtRatio(ci[1])}]`;
}
function fmtPercent(x, digits = 1) {
  return finite(x) ? `${(x * 100).toFixed(digits)}%` : DASH;
}
function fmtChange(ratio) {
  if (!finite(ratio)) return DASH;
  const pct = Math.round((ratio - 1) * 1e3) / 10;
  if (pct === 0) return "0.0%";
  return `${pct > 0 ? "+" : ""}${pct.toFixed(1)}%`;
}
function fmtTs(x) {
  if (!finite(x)) return DASH;
  return Math.abs(x) >= 1e3 ? x.toFixed(1) : x.toFixed(2);
}
function fmtMiB(kib) {
  if (!finite(kib)) return DASH;
  const mib = kib / 1024;
  return mib >= 10 * 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${mib.toFixed(1)} MiB`;
}
function fmtCount(x) {
  return finite(x) ? Math.round(x).toLocaleString("en-US") : DASH;
}
function fmtSeconds(s) {
  if (!finite(s)) return DASH;
  if (s < 10) return `${s.toFixed(1)} s`;
  const total = Math.round(s);
  if (total < 60) return `${total} s`;
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, "0")} s`;
}
function fmtMargin(m) {
  if (typeof m !== "number" || !Number.isFinite(m)) return DASH;
  return `${Number((m * 100).toFixed(1))}%`;
}
function blocksNeededPhrase(ratio, margin, blocks) {
  const inside = finite(ratio) && Math.abs(Math.log(ratio)) < Math.log1p(margin);
  const goal = !finite(ratio) || inside ? `a \xB1${fmtMargin(margin)} neutral call` : `confirming the observed ${fmtChange(ratio)} change`;
  return `${goal} needs about ${fmtCount(blocks)} blocks`;
}
function fmtShare(x) {
  return finite(x) ? x.toFixed(3) : DASH;
}
function fmtShareInterval(ci, identical = false) {
  if (identical) return "identical in every block";
  if (!ci || !finite(ci[0]) || !finite(ci[1])) return DASH;
  return `[${fmtShare(ci[0])}, ${fmtShare(ci[1])}]`;
}

export {
  DASH,
  fmtRatio,
  fmtInterval,
  fmtPercent,
  fmtChange,
  fmtTs,
  fmtMiB,
  fmtCount,
  fmtSeconds,
  fmtMargin,
  blocksNeededPhrase,
  fmtShare,
  fmtShareInterval
};
