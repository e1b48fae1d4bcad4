// Which of llama-bench's five output formats a text is, from its first non-empty line.
import type { BenchFormat } from './types.ts';

export function detectFormat(text: string): BenchFormat | null {
  const first = text.split('\n').map((l) => l.trim()).find((l) => l !== '');
  if (first === undefined) return null;
  if (first.startsWith('[')) return 'json';
  if (first.startsWith('{')) return 'jsonl';
  if (/^(CREATE TABLE|INSERT INTO)\b/i.test(first)) return 'sql';
  if (first.startsWith('|')) return 'md';
  // The csv header is the bare field list.
  if (/(^|,)"?n_prompt"?(,|$)/.test(first)) return 'csv';
  return null;
}
