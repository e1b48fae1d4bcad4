// The parse stage: llama-bench output of any format and either flavour → normalized BenchRecords.
import type { BenchFormat, BenchRecord } from './types.ts';
import { UserError } from '../sys/errors.ts';
import { detectFormat } from './detect.ts';
import { FORMAT_HINT, malformed } from './malformed.ts';
import { parseJson, parseJsonl } from './json.ts';
import { parseCsv } from './csv.ts';
import { parseMd } from './md.ts';
import { parseSql } from './sql.ts';

export { detectFormat } from './detect.ts';
export { parseSweepBench, parseSweepRows, SweepRowReader, type SweepRow } from './sweep.ts';
export { detectFlavourFromHelp, supportedFlags } from './help.ts';
export { canonicalLabel } from './record.ts';

const PARSERS: Record<BenchFormat, (text: string, source: string) => BenchRecord[]> = {
  json: parseJson,
  jsonl: parseJsonl,
  csv: parseCsv,
  md: parseMd,
  sql: parseSql,
};

/** Parse text known to be in `format`. `source` names the file (or stream) in error messages. */
export function parseBenchOutputAs(text: string, source: string, format: BenchFormat): BenchRecord[] {
  return PARSERS[format](text, source);
}

/** Parse llama-bench output of any format (json, jsonl, csv, md, sql) and either flavour. */
export function parseBenchOutput(text: string, source: string): BenchRecord[] {
  if (text.trim() === '') {
    throw new UserError(`${source}: no llama-bench output (empty)`, FORMAT_HINT);
  }
  const format = detectFormat(text);
  if (format === null) {
    const lineNo = text.split('\n').findIndex((l) => l.trim() !== '') + 1;
    const first = text.split('\n')[lineNo - 1].trim().slice(0, 80);
    throw malformed(source, lineNo, `not json, jsonl, csv, md or sql (starts with ${JSON.stringify(first)})`);
  }
  return parseBenchOutputAs(text, source, format);
}
