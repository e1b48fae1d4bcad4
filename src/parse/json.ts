// llama-bench -o json: `[`, one object per test (fields, then samples_ns and samples_ts), `]`.
import type { BenchRecord } from './types.ts';
import { lineAt, malformed } from './malformed.ts';
import { flavourFromFields, toBenchRecord, type RawTest } from './record.ts';

/** Where JSON.parse gave up, as a 1-based line (V8 names a position or a line; else the last line). */
function errorLine(text: string, err: Error): number {
  const lc = /line (\d+) column \d+/.exec(err.message);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(err.message);
  if (pos) return lineAt(text, Number(pos[1]));
  return lineAt(text, text.trimEnd().length);
}

/** Start line of each top-level array element, found by a string-aware bracket scan. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (c === ']' || c === '}') depth--;
  }
  return lines;
}

/**
 * ik_llama.cpp's run-time repacking (-rtr 1) prints "============ Repacked 56 tensors" to stdout,
 * inside llama-bench's json (captured at a22250df9). Blanked, so line numbers stay those of the file.
 */
const IK_REPACK_NOTICE = /^=+ Repacked \d+ tensors\s*$/gm;

export function parseJson(raw: string, source: string): BenchRecord[] {
  const text = raw.replace(IK_REPACK_NOTICE, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw malformed(source, errorLine(text, e as Error), (e as Error).message, 'json');
  }
  if (!Array.isArray(data)) throw malformed(source, 1, 'expected a JSON array of tests', 'json');
  const starts = elementLines(text);
  const tests: RawTest[] = data.map((el, i) => {
    const line = starts[i] ?? 1;
    if (typeof el !== 'object' || el === null || Array.isArray(el)) throw malformed(source, line, `element ${i + 1} is not an object`, 'json');
    return { fields: el as Record<string, unknown>, line };
  });
  return tests.map((t) => toBenchRecord(t, flavourFromFields(Object.keys(t.fields)), source, 'json'));
}

/** llama-bench -o jsonl (mainline only): one object per line. */
export function parseJsonl(text: string, source: string): BenchRecord[] {
  const out: BenchRecord[] = [];
  text.split('\n').forEach((lineText, i) => {
    const s = lineText.trim();
    if (s === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(s);
    } catch (e) {
      throw malformed(source, i + 1, (e as Error).message, 'jsonl');
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw malformed(source, i + 1, 'line is not a JSON object', 'jsonl');
    const fields = obj as Record<string, unknown>;
    out.push(toBenchRecord({ fields, line: i + 1 }, flavourFromFields(Object.keys(fields)), source, 'jsonl'));
  });
  return out;
}
