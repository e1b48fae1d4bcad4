// One way to say "this output is not what llama-bench prints": the file, the line, and what to do.
import { UserError } from '../sys/errors.ts';
import type { BenchFormat } from './types.ts';

export const FORMAT_HINT =
  'run llama-bench with -o json (or jsonl/csv/md/sql) and pass its stdout unchanged; ' +
  'a launch that crashed or was killed leaves truncated output';

export function malformed(source: string, line: number, what: string, format?: BenchFormat): UserError {
  const where = line > 0 ? `${source}:${line}` : source;
  return new UserError(`${where}: malformed llama-bench ${format ? format + ' ' : ''}output: ${what}`, FORMAT_HINT);
}

/** 1-based line number of character offset `pos` in `text`. */
export function lineAt(text: string, pos: number): number {
  let line = 1;
  const end = Math.min(pos, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Lines with their 1-based numbers, without the trailing newline (CRLF tolerated). */
export function numberedLines(text: string): { n: number; text: string }[] {
  return text.split('\n').map((t, i) => ({ n: i + 1, text: t.endsWith('\r') ? t.slice(0, -1) : t }));
}
