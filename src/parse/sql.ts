// llama-bench -o sql: `CREATE TABLE IF NOT EXISTS llama_bench (...)` (ik: table `test`) with one
// `name TYPE` per line, then one `INSERT INTO t (cols) VALUES ('v', ...);` line per test.
// ik doubles quotes inside values; mainline does not escape them at all.
import type { BenchRecord } from './types.ts';
import { malformed, numberedLines } from './malformed.ts';
import { flavourFromFields, toBenchRecord, typedValue } from './record.ts';

const INSERT = /^INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\);\s*$/;
// Sticky: matched at a position without slicing the (long) VALUES list.
const NEXT_VALUE = /\s*,\s*'/y;
const SEPARATOR = /\s*,\s*/y;
const COLUMN = /^\s*(\w+)\s+(TEXT|INTEGER|REAL)\s*,?\s*$/;

/**
 * Values of a VALUES list: 'a', 'b', ... A quote closes a value only where a separator or the end
 * follows, so mainline's unescaped quotes (a file name like it's.gguf) survive.
 */
export function splitSqlValues(list: string): string[] | null {
  const values: string[] = [];
  let i = 0;
  while (i < list.length) {
    if (list[i] !== "'") return null;
    i++;
    let v = '';
    for (;;) {
      // Copy up to the next quote in one go; only quotes need a decision.
      const q = list.indexOf("'", i);
      if (q < 0) return null;
      v += list.slice(i, q);
      i = q;
      if (list[i] === "'") {
        if (list[i + 1] === "'") {
          v += "'";
          i += 2;
          continue;
        }
        NEXT_VALUE.lastIndex = i + 1;
        if (i + 1 === list.length || NEXT_VALUE.test(list)) {
          i++;
          break;
        }
      }
      v += list[i++];
    }
    values.push(v);
    SEPARATOR.lastIndex = i;
    if (SEPARATOR.test(list)) i = SEPARATOR.lastIndex;
  }
  return values;
}

export function parseSql(text: string, source: string): BenchRecord[] {
  const types = new Map<string, string>();
  const out: BenchRecord[] = [];
  let inCreate = false;
  let sawInsert = false;
  for (const l of numberedLines(text)) {
    const s = l.text.trim();
    if (s === '') continue;
    if (/^CREATE TABLE/i.test(s)) {
      inCreate = true;
      continue;
    }
    if (inCreate) {
      if (s === ');') {
        inCreate = false;
        continue;
      }
      const col = COLUMN.exec(s);
      if (!col) throw malformed(source, l.n, `unexpected line in CREATE TABLE: ${JSON.stringify(s.slice(0, 80))}`, 'sql');
      types.set(col[1], col[2]);
      continue;
    }
    const m = INSERT.exec(s);
    if (!m) throw malformed(source, l.n, `expected an INSERT INTO statement, got ${JSON.stringify(s.slice(0, 80))}`, 'sql');
    sawInsert = true;
    const cols = m[2].split(',').map((c) => c.trim());
    const values = splitSqlValues(m[3]);
    if (!values) throw malformed(source, l.n, 'VALUES list is not a list of quoted values', 'sql');
    if (values.length !== cols.length) throw malformed(source, l.n, `${values.length} values for ${cols.length} columns`, 'sql');
    const flavour = flavourFromFields(cols);
    const fields: Record<string, unknown> = {};
    cols.forEach((c, i) => (fields[c] = typedValue(c, values[i], flavour, types.get(c))));
    out.push(toBenchRecord({ fields, line: l.n }, flavour, source, 'sql'));
  }
  if (inCreate) throw malformed(source, numberedLines(text).length, 'CREATE TABLE is not closed', 'sql');
  if (!sawInsert && types.size === 0) throw malformed(source, 1, 'no CREATE TABLE or INSERT statements', 'sql');
  return out;
}
