// Placeholder until the parse stage lands (branch `parse`): the signature other stages code against.
import type { BenchRecord } from './types.ts';
import { UserError } from '../errors.ts';

/** Parse llama-bench output of any format (json, jsonl, csv, md, sql) and either flavour. */
export function parseBenchOutput(_text: string, source: string): BenchRecord[] {
  throw new UserError(`cannot parse ${source}: the parser is not built yet`);
}

/** Placeholder: mainline llama-bench has -d/--n-depth, ik has -gp. */
export function detectFlavourFromHelp(help: string): 'mainline' | 'ik' {
  return /-gp[ ,]/.test(help) && !/--n-depth/.test(help) ? 'ik' : 'mainline';
}

/** Placeholder: long and short flags present in --help. */
export function supportedFlags(help: string): Set<string> {
  return new Set(help.match(/(?<![\w-])--?[a-zA-Z][\w-]*/g) ?? []);
}
