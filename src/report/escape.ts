// Everything a PR author controls (refs, branch and variant names, titles, commit messages, stderr)
// passes through here before it reaches a comment, a check run or a job summary. GitHub renders
// Markdown, a subset of HTML, @mentions, #refs and bare URLs; each must come out as plain text.
// The one home of escaping for every medium: Markdown text, code spans and blocks, HTML, terminal.

/** The hidden marker that finds the sticky comment again. Must appear exactly once in a body. */
export const STICKY_MARKER = '<!-- llama-perf-gate -->';

// Zero-width space as an entity: GitHub's mention, issue-reference and autolink passes work on the
// rendered text, so a backslash or a plain entity (&#64;) would still mention; a ZWSP inside breaks it.
const ZWSP = '&#8203;';

// C0/C1 controls (except tab and newline), bidi overrides and isolates: they can hide or reorder text.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Punctuation that opens or closes an inline construct (emphasis, code, links, images via `[`,
// strikethrough, math) or a table cell, escaped with a backslash wherever it appears.
const BACKSLASHED = new Set(['\\', '`', '*', '_', '[', ']', '|', '~', '$']);

// At the very start a few more characters would begin a block (list item, heading underline,
// ordered list "1." / "1)"); the template may put a string at the start of a line.
const LEADING_BLOCK = /^(\s*)([-+=]|\d{1,9}(?=[.)](?:\s|$)))/;

/**
 * Escape a string for use as inline Markdown text, including inside a table cell.
 * Newlines become spaces (a table row or a heading must stay on one line).
 * The result renders as the literal characters of the input and triggers nothing:
 * no HTML, no link or image, no emphasis or code, no @mention, #ref, GH-ref or autolink.
 */
export function escapeMarkdown(input: unknown): string {
  return escapeInline(input).replace(LEADING_BLOCK, (_m, sp: string, what: string) => (/^\d/.test(what) ? `${sp}${what}\\` : `${sp}\\${what}`));
}

/** escapeMarkdown for text that continues a line (never at a line start): no block-start escaping. */
export function escapeInline(input: unknown): string {
  const s = String(input ?? '').replace(CONTROL, '').replace(/\r\n?|\n|\t/g, ' ');
  let out = '';
  for (const ch of s) {
    switch (ch) {
      case '&': out += '&amp;'; break;
      case '<': out += '&lt;'; break;
      case '>': out += '&gt;'; break;
      case '"': out += '&quot;'; break;
      case '@': out += '@' + ZWSP; break; // @user, @org/team, user@host emails
      case '#': out += '\\#' + ZWSP; break; // #123, owner/repo#123, headings
      default:
        out += BACKSLASHED.has(ch) ? '\\' + ch : ch;
    }
  }
  return out
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`) // GH-123 references
    .replace(/\b(www)\./gi, `$1${ZWSP}.`) // www. autolinks
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1${ZWSP}://`); // scheme:// autolinks
}

/**
 * Text for a fenced code block: shown verbatim by GitHub (no Markdown, no HTML, no mentions).
 * What still matters: a backtick run as long as the fence would close it (the caller picks the
 * fence with `fenceFor`), and the raw body must never contain a second sticky marker — the comment
 * finder searches the source, not the rendering — so HTML comment openers get a zero-width space.
 */
export function escapeCodeBlock(input: unknown): string {
  return String(input ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/<!--/g, '<!\u200b--')
    .replace(/-->/g, '-\u200b->');
}

/**
 * A code span: shown verbatim, so no mention or emphasis escaping (which would show as debris such
 * as `tg64@&#8203;d2048`). Only a backtick run could end it early: the fence is longer than any.
 */
export function codeSpan(text: string): string {
  const t = String(text).replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
  let longest = 0;
  for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ') && t.trim()) ? ' ' : '';
  // A literal pipe would still split a table cell, even inside a code span.
  return `${fence}${pad}${t.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A backtick fence longer than any backtick run in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A URL the report may link to: http(s) only, no spaces or brackets that would end the link early. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(/[()<>\s"']/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** Plain text for a terminal: no escape sequences or control characters from the input. */
export function escapeTerminal(input: unknown): string {
  return String(input ?? '').replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(CONTROL, '').replace(/\r\n?|\n|\t/g, ' ');
}

/** Text and attribute values in report.html and its SVG: the five characters HTML gives meaning. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
