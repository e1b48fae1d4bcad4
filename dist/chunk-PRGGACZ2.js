import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/report/escape.ts
var STICKY_MARKER = "<!-- llama-perf-gate -->";
var ZWSP = "&#8203;";
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var BACKSLASHED = /* @__PURE__ */ new Set(["\\", "`", "*", "_", "[", "]", "|", "~", "$"]);
var LEADING_BLOCK = /^(\s*)([-+=]|\d{1,9}(?=[.)](?:\s|$)))/;
function escapeMarkdown(input) {
  return escapeInline(input).replace(LEADING_BLOCK, (_m, sp, what) => /^\d/.test(what) ? `${sp}${what}\\` : `${sp}\\${what}`);
}
function escapeInline(input) {
  const s = String(input ?? "").replace(CONTROL, "").replace(/\r\n?|\n|\t/g, " ");
  let out = "";
  for (const ch of s) {
    switch (ch) {
      case "&":
        out += "&amp;";
        break;
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case "@":
        out += "@" + ZWSP;
        break;
      // @user, @org/team, user@host emails
      case "#":
        out += "\\#" + ZWSP;
        break;
      // #123, owner/repo#123, headings
      default:
        out += BACKSLASHED.has(ch) ? "\\" + ch : ch;
    }
  }
  return out.replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`).replace(/\b(www)\./gi, `$1${ZWSP}.`).replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1${ZWSP}://`);
}
function escapeCodeBlock(input) {
  return String(input ?? "").replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(/<!--/g, "<!\u200B--").replace(/-->/g, "-\u200B->");
}
function codeSpan(text) {
  const t = String(text).replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");
  let longest = 0;
  for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") && t.endsWith(" ") && t.trim() ? " " : "";
  return `${fence}${pad}${t.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function fenceFor(text) {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(Math.max(3, longest + 1));
}
function safeUrl(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(/[()<>\s"']/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}
function escapeTerminal(input) {
  return String(input ?? "").replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "").replace(CONTROL, "").replace(/\r\n?|\n|\t/g, " ");
}
function escapeHtml(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export {
  STICKY_MARKER,
  escapeMarkdown,
  escapeInline,
  escapeCodeBlock,
  codeSpan,
  fenceFor,
  safeUrl,
  escapeTerminal,
  escapeHtml
};
