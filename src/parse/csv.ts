// llama-bench -o csv: a header of bare field names, then one row per test with every value in
// double quotes ("" inside a value stands for one quote). No samples: only avg/stddev per test.
import type { BenchRecord } from './types.ts';
import { malformed, numberedLines } from './malformed.ts';
import { flavourFromFields, toBenchRecord, typedValue } from './record.ts';

/** Splits one CSV line; quoted and bare cells both allowed. Returns null on an unterminated quote. */
export function splitCsvLine(line: string): string[] | null {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      if (i < line.length && line[i] !== ',') return null;
    } else {
      const end = line.indexOf(',', i);
      cell = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    cells.push(cell);
    if (i >= line.length) return cells;
    i++; // the comma
  }
}

export function parseCsv(text: string, source: string): BenchRecord[] {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== '');
  if (lines.length === 0) throw malformed(source, 0, 'no header line', 'csv');
  const header = splitCsvLine(lines[0].text);
  if (!header || !header.includes('n_prompt') || !header.includes('n_gen')) {
    throw malformed(source, lines[0].n, 'first line is not a llama-bench CSV header (no n_prompt/n_gen columns)', 'csv');
  }
  const flavour = flavourFromFields(header);
  return lines.slice(1).map((l) => {
    const cells = splitCsvLine(l.text);
    if (!cells) throw malformed(source, l.n, 'unterminated quoted value', 'csv');
    if (cells.length !== header.length) {
      throw malformed(source, l.n, `row has ${cells.length} values, header has ${header.length} columns`, 'csv');
    }
    const fields: Record<string, unknown> = {};
    header.forEach((name, i) => (fields[name] = typedValue(name, cells[i], flavour)));
    return toBenchRecord({ fields, line: l.n }, flavour, source, 'csv');
  });
}
