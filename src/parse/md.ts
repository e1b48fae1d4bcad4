// llama-bench -o md (the default): a Markdown table whose columns are model, size, params, backend,
// the options that differ from the defaults (short display names), test and "t/s" (avg ± stddev),
// then `build: <commit> (<number>)`. No samples, and only the fields shown; all kept in raw.
import type { BenchRecord, Flavour } from './types.ts';
import { malformed, numberedLines } from './malformed.ts';
import { toBenchRecord, typedValue } from './record.ts';

/** Display name → field name, from both printers' get_field_display_name. */
const DISPLAY_TO_FIELD: Record<string, string> = {
  ngl: 'n_gpu_layers', sm: 'split_mode', threads: 'n_threads', nkvo: 'no_kv_offload', fa: 'flash_attn',
  lm: 'load_mode', embd: 'embeddings', nopo: 'no_op_offload', noh: 'no_host', dev: 'devices', ts: 'tensor_split',
  fitt: 'fit_target', fitc: 'fit_min_ctx', mla: 'mla_attn', amb: 'attn_max_batch', gr: 'reuse', mmap: 'use_mmap',
  rtr: 'repack', defer: 'defer_experts', thp: 'use_thp', fmoe: 'fused_moe', ger: 'grouped_er',
  'no-fug': 'no_fused_up_gate', 'no-ooae': 'no_ooae', cuda: 'cuda_params', model: 'model_type',
};
const IK_COLUMNS = ['mla', 'amb', 'gr', 'ser', 'rtr', 'fmoe', 'thp', 'ger', 'no-fug', 'no-ooae', 'mqkv', 'muge', 'defer', 'sas', 'max_gpu', 'rcache', 'mmap', 'cuda'];
const MAINLINE_COLUMNS = ['lm', 'nopo', 'noh', 'dev', 'fitt', 'fitc', 'n_cpu_moe', 'cpu_mask', 'cpu_strict', 'poll', 'lazy_mode'];

const MAINLINE_LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?: @ d(\d+))?$/;
const IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;
const TS_CELL = /^(\d+(?:\.\d+)?) ± (\d+(?:\.\d+)?)$/;
const FOOTER = /^build: (\S+) \((\d+)\)$/;

function cells(line: string): string[] {
  // "| a | b |" → ["a", "b"]
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

function detectFlavour(header: string[], separator: string[], labels: string[]): Flavour {
  if (labels.some((l) => IK_GP_LABEL.test(l))) return 'ik';
  if (labels.some((l) => l.includes(' @ d'))) return 'mainline';
  if (header.some((h) => IK_COLUMNS.includes(h))) return 'ik';
  if (header.some((h) => MAINLINE_COLUMNS.includes(h))) return 'mainline';
  // Column widths differ: mainline prints t/s 20 wide (test 15), ik 16 (test 13).
  const ts = separator[header.indexOf('t/s')];
  return ts !== undefined && ts.length <= 16 ? 'ik' : 'mainline';
}

/** n_prompt, n_gen, n_depth from a printed test label, or null when it is not one. */
function labelFields(label: string): { n_prompt: number; n_gen: number; n_depth?: number } | null {
  const gp = IK_GP_LABEL.exec(label);
  if (gp) return { n_prompt: Number(gp[2]), n_gen: Number(gp[1]) };
  const m = MAINLINE_LABEL.exec(label);
  if (!m || (m[1] === undefined && m[3] === undefined) || (m[2] !== undefined && (m[1] === undefined || m[3] === undefined))) return null;
  return { n_prompt: Number(m[1] ?? 0), n_gen: Number(m[3] ?? 0), ...(m[4] !== undefined ? { n_depth: Number(m[4]) } : {}) };
}

export function parseMd(text: string, source: string): BenchRecord[] {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== '');
  const first = lines.findIndex((l) => l.text.trimStart().startsWith('|'));
  if (first < 0) throw malformed(source, lines[0]?.n ?? 0, 'no Markdown table found', 'md');
  const header = cells(lines[first].text);
  if (!header.includes('test') || !header.includes('t/s')) {
    throw malformed(source, lines[first].n, 'table header lacks the "test" and "t/s" columns', 'md');
  }
  const sepLine = lines[first + 1];
  const separator = sepLine ? cells(sepLine.text) : [];
  if (!sepLine || separator.length !== header.length || !separator.every((c) => /^-+:?$/.test(c))) {
    throw malformed(source, sepLine?.n ?? lines[first].n, 'expected the table separator line (| ---: | ...) after the header', 'md');
  }

  const rows: { n: number; cells: string[] }[] = [];
  let build: { commit: string; number: number } | null = null;
  for (const l of lines.slice(first + 2)) {
    const t = l.text.trim();
    if (t.startsWith('|') && build === null) {
      const c = cells(t);
      if (c.length !== header.length) throw malformed(source, l.n, `row has ${c.length} cells, header has ${header.length}`, 'md');
      rows.push({ n: l.n, cells: c });
      continue;
    }
    const f = FOOTER.exec(t);
    if (f && build === null) {
      build = { commit: f[1], number: Number(f[2]) };
      continue;
    }
    throw malformed(source, l.n, `unexpected line ${JSON.stringify(t.slice(0, 80))}`, 'md');
  }

  const testCol = header.indexOf('test');
  const tsCol = header.indexOf('t/s');
  const flavour = detectFlavour(header, separator, rows.map((r) => r.cells[testCol]));
  return rows.map((r) => {
    const fields: Record<string, unknown> = {};
    header.forEach((h, i) => {
      if (i === testCol || i === tsCol) return;
      const name = DISPLAY_TO_FIELD[h] ?? h;
      fields[name] = typedValue(name, r.cells[i], flavour);
    });
    const label = r.cells[testCol];
    const lf = labelFields(label);
    if (!lf) throw malformed(source, r.n, `test label "${label}" is not ppN, tgN, ppN+tgN (@ dN) or tgN@ppN`, 'md');
    const ts = TS_CELL.exec(r.cells[tsCol]);
    if (!ts) throw malformed(source, r.n, `t/s cell "${r.cells[tsCol]}" is not "avg ± stddev"`, 'md');
    Object.assign(fields, lf, { test: label, 't/s': r.cells[tsCol], avg_ts: Number(ts[1]), stddev_ts: Number(ts[2]) });
    if (build) Object.assign(fields, { build_commit: build.commit, build_number: build.number });
    return toBenchRecord({ fields, line: r.n }, flavour, source, 'md');
  });
}
