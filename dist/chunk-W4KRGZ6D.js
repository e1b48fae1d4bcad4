import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  OPTIONS,
  optionsOf
} from "./chunk-BJGFYZ3G.js";

// src/plan/option-text.ts
function defaultOf(s) {
  if (s.defaultText) return s.defaultText;
  if (s.default === void 0 || s.kind === "boolean") return null;
  return String(s.default);
}
function wrap(text, width, indent) {
  const words = text.split(/\s+/);
  const lines = [];
  let cur = "";
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.join(`
${indent}`);
}
function helpText(command, h) {
  const rows = optionsOf(command).map((s) => {
    const value = s.kind === "files" ? " FILE\u2026" : s.kind === "choice" ? ` ${s.choices.join("|")}` : s.example.startsWith("-") ? `=${s.example}` : ` ${s.example}`;
    const left = `  --${s.name}${s.kind === "boolean" ? "" : value}`;
    const d = defaultOf(s);
    return [left, `${s.help}${d ? ` (default ${d})` : ""}${s.kind === "list" ? " [repeatable]" : ""}`];
  });
  const width = Math.min(34, Math.max(0, ...rows.map(([l]) => l.length)) + 2);
  const lines = rows.map(([l, r]) => `${l.length < width ? l.padEnd(width) : `${l}
${" ".repeat(width)}`}${wrap(r, 100 - width, " ".repeat(width))}`);
  return `${h.about}

usage: ${h.usage}
${lines.length > 0 ? `
options:
${lines.join("\n")}
` : ""}  --help${" ".repeat(Math.max(1, width - 8))}this text

example:
  ${h.example}
`;
}
function actionInputs() {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const s of [...OPTIONS.filter((o) => o.commands.includes("action")), ...OPTIONS.filter((o) => !o.commands.includes("action"))]) {
    if (!s.input) continue;
    const input = s.input.name ?? s.name;
    if (seen.has(input)) continue;
    seen.add(input);
    out.push({ input, spec: s });
  }
  return out;
}

export {
  helpText,
  actionInputs
};
