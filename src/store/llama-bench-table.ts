// The llama_bench table of the experiment store: the exact column layout of llama-bench's own
// `-o sql` output (mainline: table llama_bench; ik_llama.cpp: table test), one row per launch, so
// llama.cpp's scripts/compare-llama-bench.py and ad-hoc SQL read the store like a file of
// `llama-bench -o sql | sqlite3` runs. The layouts are those of the captured outputs in
// fixtures/llama-bench/{mainline,ik}/*.sql.
import { createHash } from 'node:crypto';
import type { Flavour } from '../parse/types.ts';
import type { LaunchRecord } from '../bench/types.ts';
import type { Variant } from '../plan/types.ts';

type Column = [name: string, type: 'TEXT' | 'INTEGER' | 'REAL'];
const cols = (spec: string): Column[] => spec.trim().split(/\s+/).map((c) => c.split(':') as Column);

export const MAINLINE_COLUMNS = cols(`build_commit:TEXT build_number:INTEGER cpu_info:TEXT gpu_info:TEXT backends:TEXT
  model_filename:TEXT model_type:TEXT model_size:INTEGER model_n_params:INTEGER n_batch:INTEGER n_ubatch:INTEGER
  n_threads:INTEGER cpu_mask:TEXT cpu_strict:INTEGER poll:INTEGER type_k:TEXT type_v:TEXT n_gpu_layers:INTEGER
  n_cpu_moe:INTEGER split_mode:TEXT main_gpu:INTEGER no_kv_offload:INTEGER flash_attn:INTEGER devices:TEXT
  tensor_split:TEXT tensor_buft_overrides:TEXT load_mode:TEXT lazy_mode:TEXT embeddings:INTEGER no_op_offload:INTEGER
  no_host:INTEGER fit_target:INTEGER fit_min_ctx:INTEGER n_prompt:INTEGER n_gen:INTEGER n_depth:INTEGER test_time:TEXT
  avg_ns:INTEGER stddev_ns:INTEGER avg_ts:REAL stddev_ts:REAL`);

export const IK_COLUMNS = cols(`build_commit:TEXT build_number:INTEGER cuda:INTEGER vulkan:INTEGER kompute:INTEGER
  metal:INTEGER sycl:INTEGER rpc:TEXT gpu_blas:INTEGER blas:INTEGER cpu_info:TEXT gpu_info:TEXT model_filename:TEXT
  model_type:TEXT model_size:INTEGER model_n_params:INTEGER n_batch:INTEGER n_ubatch:INTEGER n_threads:INTEGER
  type_k:TEXT type_v:TEXT n_gpu_layers:INTEGER split_mode:TEXT main_gpu:INTEGER no_kv_offload:INTEGER flash_attn:INTEGER
  mla_attn:INTEGER attn_max_batch:INTEGER ser:TEXT reuse:INTEGER tensor_split:TEXT use_mmap:INTEGER embeddings:INTEGER
  repack:INTEGER mqkv:INTEGER muge:INTEGER defer_experts:INTEGER fused_moe:INTEGER grouped_er:INTEGER
  no_fused_up_gate:INTEGER use_thp:INTEGER no_ooae:INTEGER rcache:INTEGER sas:INTEGER max_gpu:INTEGER cuda_params:TEXT
  override_tensor:TEXT n_prompt:INTEGER n_gen:INTEGER test_time:TEXT avg_ns:INTEGER stddev_ns:INTEGER avg_ts:REAL
  stddev_ts:REAL test:TEXT`);

export const TABLES: Record<Flavour, { name: string; columns: Column[] }> = {
  mainline: { name: 'llama_bench', columns: MAINLINE_COLUMNS },
  ik: { name: 'test', columns: IK_COLUMNS },
};

/** `CREATE TABLE IF NOT EXISTS llama_bench (...)` as llama-bench prints it. */
export function createTableSql(flavour: Flavour): string {
  const t = TABLES[flavour];
  return `CREATE TABLE IF NOT EXISTS ${t.name} (\n${t.columns.map(([n, ty]) => `  ${n} ${ty}`).join(',\n')}\n);`;
}

export function insertSql(flavour: Flavour): string {
  const t = TABLES[flavour];
  return `INSERT INTO ${t.name} (${t.columns.map(([n]) => n).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`;
}

/**
 * The build_commit label of a variant: llama-bench's short commit plus a hash of what else makes the
 * variant (CMake args, run args, env), so two variants of one commit differing only by a runtime
 * toggle are two "builds" to compare-llama-bench.py (-b LABEL_A -c LABEL_B). Every label has the
 * same length, so the script does not truncate them into one.
 */
export function variantLabel(commit: string | null, v: Pick<Variant, 'cmakeArgs' | 'runArgs' | 'env' | 'slowdown'>): string {
  // An injected slowdown is part of the variant; absent, the label is what it was before it existed.
  const spec = createHash('sha256').update(JSON.stringify([v.cmakeArgs, v.runArgs, Object.entries(v.env).sort(), ...(v.slowdown !== undefined ? [v.slowdown] : [])])).digest('hex');
  return `${(commit ?? 'unknown').slice(0, 7).padEnd(7, '0')}-${spec.slice(0, 4)}`;
}

/** One row (values in column order) from a launch's llama-bench record; null for a failed launch. */
export function rowOf(flavour: Flavour, launch: LaunchRecord, label: string): (string | number | null)[] | null {
  const rec = launch.records[0];
  if (launch.status !== 'ok' || !rec) return null;
  const raw = rec.raw;
  return TABLES[flavour].columns.map(([name, type]) => {
    if (name === 'build_commit') return label;
    const v = raw[name];
    if (v === undefined || v === null) return null;
    if (type === 'TEXT') return typeof v === 'string' ? v : JSON.stringify(v);
    if (typeof v === 'boolean') return v ? 1 : 0;
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n)) return null;
    return type === 'INTEGER' ? Math.round(n) : n;
  });
}
