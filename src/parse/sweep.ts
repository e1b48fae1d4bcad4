// ik_llama.cpp llama-sweep-bench (table or --output-format jsonl) and mainline llama-batched-bench
// (table or --output-format jsonl) → SweepRecords. Both tools print through the logger, so their
// rows arrive mixed with log lines: anything that is neither a JSON row nor a table row is skipped.
import { MAX_MEASURE, MAX_MEASURE_TEXT, type SweepRecord, type SweepTool } from './types.ts';
import { UserError } from '../sys/errors.ts';
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
  // A speed beyond what any machine does is garbage, as for llama-bench (types.ts MAX_MEASURE).
  for (const k of ['speed_pp', 'speed_tg']) {
    const v = fields[k] as number;
    if (v < 0 || v >= MAX_MEASURE) throw bad(source, line, `field "${k}" is ${v}, expected a speed from 0 to below ${MAX_MEASURE_TEXT} t/s`);
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

/**
 * Reads sweep rows one line at a time, as a tool prints them (the memory sampler takes a sample the
 * moment a row appears). Keeps the current table header and the n_threads of the log line above it.
 * Strict: a JSON line or table row that cannot be read throws; `lenient` readers skip it instead.
 */
export class SweepRowReader {
  #columns: string[] | null = null; // jsonl keys of the current table's columns
  #threads: number | null = null;
  readonly #source: string;
  readonly #lenient: boolean;

  constructor(source: string, opts: { lenient?: boolean } = {}) {
    this.#source = source;
    this.#lenient = opts.lenient ?? false;
  }

  /** The row this line holds, or null for anything else (log lines, headers, separators). */
  line(text: string, n = 0): SweepRecord | null {
    try {
      return this.#read(text, n);
    } catch (e) {
      if (this.#lenient) return null;
      throw e;
    }
  }

  #read(text: string, n: number): SweepRecord | null {
    const t = text.trim();
    const th = /\bn_threads = (\d+)/.exec(t);
    if (th && !t.startsWith('{')) this.#threads = Number(th[1]);
    if (t.startsWith('{')) {
      let obj: unknown;
      try {
        obj = JSON.parse(t);
      } catch (e) {
        throw bad(this.#source, n, (e as Error).message);
      }
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw bad(this.#source, n, 'line is not a JSON object');
      return toRecord(obj as Record<string, unknown>, this.#source, n, this.#threads);
    }
    // Log lines (tg_start/tg_end markers, timings) interleave with the table rows: skip them.
    if (!t.startsWith('|')) return null;
    const c = cells(t);
    if (c[0] === 'PP') {
      this.#columns = c.map((title) => COLUMNS[title] ?? title);
      return null;
    }
    const columns = this.#columns;
    if (columns === null || c.every((x) => /^-+$/.test(x))) return null;
    if (c.length !== columns.length) throw bad(this.#source, n, `row has ${c.length} cells, header has ${columns.length}`);
    const fields: Record<string, unknown> = {};
    columns.forEach((k, i) => {
      const v = c[i];
      fields[k] = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : v;
    });
    return toRecord(fields, this.#source, n, this.#threads);
  }
}

function scan(text: string, reader: SweepRowReader): SweepRecord[] {
  const out: SweepRecord[] = [];
  for (const l of numberedLines(text)) {
    const r = reader.line(l.text, l.n);
    if (r) out.push(r);
  }
  return out;
}

/** One text holding sweep rows (a saved file): strict, and at least one row. */
export function parseSweepBench(text: string, source: string): SweepRecord[] {
  const out = scan(text, new SweepRowReader(source));
  if (out.length === 0) throw bad(source, 0, 'no sweep rows (neither jsonl rows nor a | PP | TG | N_KV | ... table)');
  return out;
}

/**
 * The rows of one run of a depth tool, from whichever stream it printed them to: ik's sweep-bench
 * prints its table through its logger, which is stderr in some versions (and stdout in others);
 * batched-bench prints to stdout. The stream with more rows wins (a tool that echoes its rows on
 * both gives the same rows twice). Lenient: unreadable lines are skipped; [] when there are none.
 */
export function parseSweepRows(stdout: string, stderr: string, source: string): SweepRow[] {
  const out = scan(stdout, new SweepRowReader(`${source} (stdout)`, { lenient: true }));
  const err = scan(stderr, new SweepRowReader(`${source} (stderr)`, { lenient: true }));
  return err.length > out.length ? err : out;
}

/** A sweep row by the name the depth phase uses. */
export type SweepRow = SweepRecord;
