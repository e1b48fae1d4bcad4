// The option table in words: each command's --help and the descriptions of the Action's inputs
// (scripts/action-inputs.ts writes them into action.yml).
import { OPTIONS, optionsOf, type CommandName, type OptionSpec } from './options.ts';

function defaultOf(s: OptionSpec): string | null {
  if (s.defaultText) return s.defaultText;
  if (s.default === undefined || s.kind === 'boolean') return null;
  return String(s.default);
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.join(`\n${indent}`);
}

export interface CommandHelp {
  about: string;
  usage: string;
  example: string;
}

/** `llama-perf-gate <command> --help`: usage, every flag with its default, an example. */
export function helpText(command: CommandName, h: CommandHelp): string {
  const rows = optionsOf(command).map((s) => {
    const value = s.kind === 'files' ? ' FILE…' : s.kind === 'choice' ? ` ${s.choices!.join('|')}` : s.example.startsWith('-') ? `=${s.example}` : ` ${s.example}`;
    const left = `  --${s.name}${s.kind === 'boolean' ? '' : value}`;
    const d = defaultOf(s);
    return [left, `${s.help}${d ? ` (default ${d})` : ''}${s.kind === 'list' ? ' [repeatable]' : ''}`];
  });
  const width = Math.min(34, Math.max(0, ...rows.map(([l]) => l.length)) + 2);
  // A flag wider than the column (a long choice list) gets its text on the next line.
  const lines = rows.map(([l, r]) => `${l.length < width ? l.padEnd(width) : `${l}\n${' '.repeat(width)}`}${wrap(r, 100 - width, ' '.repeat(width))}`);
  return `${h.about}\n\nusage: ${h.usage}\n${lines.length > 0 ? `\noptions:\n${lines.join('\n')}\n` : ''}  --help${' '.repeat(Math.max(1, width - 8))}this text\n\nexample:\n  ${h.example}\n`;
}

/** Action inputs in table order: the input name, its spec, and how the Action maps it. */
export function actionInputs(): { input: string; spec: OptionSpec }[] {
  const seen = new Set<string>();
  const out: { input: string; spec: OptionSpec }[] = [];
  // Action-only inputs first (as action.yml lists them), then the run flags.
  for (const s of [...OPTIONS.filter((o) => o.commands.includes('action')), ...OPTIONS.filter((o) => !o.commands.includes('action'))]) {
    if (!s.input) continue;
    const input = s.input.name ?? s.name;
    if (seen.has(input)) continue;
    seen.add(input);
    out.push({ input, spec: s });
  }
  return out;
}

/** The description an input gets in action.yml. */
export function inputDescription(s: OptionSpec): string {
  if (s.input?.help) return s.input.help;
  // Sentence case unless the text starts with a name (llama-bench, hl).
  const help = /^[a-z]+[\s,(]/.test(s.help) && !s.kind.startsWith('choice') ? s.help[0].toUpperCase() + s.help.slice(1) : s.help;
  const text = /\.$/.test(help) ? help : `${help}.`;
  if (s.commands.includes('action') || s.input?.default !== undefined) return text;
  const d = defaultOf(s);
  return d && !/default/i.test(text) ? `${text} Default ${d}.` : text;
}
