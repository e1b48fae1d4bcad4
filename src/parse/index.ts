// Placeholder until the parse stage lands (branch `parse`): the signature other stages code against.
import type { BenchRecord } from './types.ts';
import { UserError } from '../errors.ts';

/** Parse llama-bench output of any format (json, jsonl, csv, md, sql) and either flavour. */
export function parseBenchOutput(_text: string, source: string): BenchRecord[] {
  throw new UserError(`cannot parse ${source}: the parser is not built yet`);
}
