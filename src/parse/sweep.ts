// ik_llama.cpp llama-sweep-bench (table or --output-format jsonl) and mainline llama-batched-bench
// (table or --output-format jsonl) → SweepRecords. Both tools print through the logger, so their
// rows arrive mixed with log lines: anything that is neither a JSON row nor a table row is skipped.
import type { SweepRecord, SweepTool } from './types.ts';
import { UserError } from '../errors.ts';
import { numberedLines } from './malformed.ts';

const SWEEP_HINT = 'run llama-sweep-bench (or llama-batched-bench) with --output-format jsonl and pass its output unchanged';

function bad(source: string, line: number, what: string): UserError {
  return new UserError(`${line > 0 ? `${source}:${line}` : source}: malformed sweep-bench output: ${what}`, SWEEP_HINT);
}

/** Table column title → jsonl key. */
const COLUMNS: Record<string, string> = {
  PP: 'pp', TG: 'tg', B: 'pl', N_KV: 'n_kv', 'T_PP s': 't_pp', 'S_PP t/s': 'speed_pp',
  'T_TG s': 't_tg', 'S_TG t/s': 'speed_tg', 'T s': 't', 'S t/s': 'speed',
  'RSS HWM': 'rss_hwm_mib', 'VRAM delta': 'vram_delta_mib',
};
const REQUIRED = ['pp', 'tg', 'n_kv', 't_pp', 'speed_pp', 't_tg', 'speed_tg'];

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

function toRecord(fields: Record<string, unknown>, source: string, line: number, threads: number | null): SweepRecord {
  for (const k of REQUIRED) {
    if (typeof fields[k] !== 'number' || !Number.isFinite(fields[k])) {
      throw bad(source, line, `field "${k}" is ${JSON.stringify(fields[k] ?? null)}, expected a number`);
    }
  }
  const tool: SweepTool = 'pl' in fields ? 'batched-bench' : 'ik-sweep-bench';
  const n = (k: string) => fields[k] as number;
  return {
    tool,
    nKv: n('n_kv'),
    pp: n('pp'),
    tg: n('tg'),
    pl: typeof fields.pl === 'number' ? fields.pl : 1,
    tPpSec: n('t_pp'),
    speedPp: n('speed_pp'),
    tTgSec: n('t_tg'),
    speedTg: n('speed_tg'),
    nThreads: typeof fields.n_threads === 'number' ? fields.n_threads : threads,
    raw: fields,
  };
}

export function parseSweepBench(text: string, source: string): SweepRecord[] {
  const out: SweepRecord[] = [];
  let columns: string[] | null = null; // jsonl keys of the current table's columns
  let threads: number | null = null;
  for (const l of numberedLines(text)) {
    const t = l.text.trim();
    const th = /\bn_threads = (\d+)/.exec(t);
    if (th && !t.startsWith('{')) threads = Number(th[1]);
    if (t.startsWith('{')) {
      let obj: unknown;
      try {
        obj = JSON.parse(t);
      } catch (e) {
        throw bad(source, l.n, (e as Error).message);
      }
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw bad(source, l.n, 'line is not a JSON object');
      out.push(toRecord(obj as Record<string, unknown>, source, l.n, threads));
      continue;
    }
    // Log lines (tg_start/tg_end markers, timings) interleave with the table rows: skip them.
    if (!t.startsWith('|')) continue;
    const c = cells(t);
    if (c[0] === 'PP') {
      columns = c.map((title) => COLUMNS[title] ?? title);
      continue;
    }
    if (columns === null || c.every((x) => /^-+$/.test(x))) continue;
    if (c.length !== columns.length) throw bad(source, l.n, `row has ${c.length} cells, header has ${columns.length}`);
    const fields: Record<string, unknown> = {};
    columns.forEach((k, i) => {
      const v = c[i];
      fields[k] = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : v;
    });
    out.push(toRecord(fields, source, l.n, threads));
  }
  if (out.length === 0) throw bad(source, 0, 'no sweep rows (neither jsonl rows nor a | PP | TG | N_KV | ... table)');
  return out;
}
