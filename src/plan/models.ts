// --model a.gguf,b.gguf,llama-1b:q8_0 (or --model repeated) → the plan's models. The rule for commas:
// a value that is an existing file as written is one model (a path may hold commas); any other value
// is a comma-separated list (a missing piece of a split value is one line naming this rule). An entry is a GGUF path, or a preset of
// the synthetic model writer (`NAME` or `NAME:TYPE`, f16 by default) that the run writes into the
// cache the first time (pipeline/models.ts). Names are what ids and the report show: the file's
// name without `.gguf`, or `NAME-TYPE` for a preset; two entries with one name are an error.
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { readGgufHeader } from '../model/gguf-reader.ts';
import { PRESET_NAMES, type PresetName } from '../model/presets.ts';
import { TENSOR_TYPES, type TensorType } from '../model/tensor-types.ts';
import type { ModelRef } from './types.ts';

const EXAMPLE = 'example: --model tiny.gguf,big.gguf or --model tiny.gguf --model smollm2-135m:q8_0  (or: llama-perf-gate model --out model.gguf)';
/** The comma rule in words, for the one line a split value that names no file gets. */
export const COMMA_RULE = '--model takes a value as one path when that file exists as written, otherwise as a comma-separated list';

/** One --model value → its entries, each with the value it was split from (null: taken whole). */
export function modelEntries(value: string): { item: string; from: string | null }[] {
  if (!value.includes(',') || statSync(resolve(value), { throwIfNoEntry: false })?.isFile()) return [{ item: value.trim(), from: null }];
  return value.split(',').map((s) => s.trim()).filter(Boolean).map((item) => ({ item, from: value }));
}
export const MAX_MODELS = 16;

/** A preset entry, `llama-1b` or `llama-1b:q8_0`; null when the text names no preset. */
export function presetEntry(text: string): { preset: PresetName; type: TensorType } | null {
  const [name, type = 'f16', ...rest] = text.split(':');
  if (rest.length || !(PRESET_NAMES as string[]).includes(name) || !(type in TENSOR_TYPES)) return null;
  return { preset: name as PresetName, type: type as TensorType };
}

/** Where a preset's file lives in the cache: written once, reused by every run (seed 1). */
export function presetPath(cacheDir: string, preset: PresetName, type: TensorType): string {
  return join(cacheDir, 'models', `preset-${preset}-${type}.gguf`);
}

/** Parse and check the list; presets become cache paths (not written here: nothing in plan/ writes). */
export function parseModels(values: string | readonly string[], cacheDir: string): ModelRef[] {
  const entries = (typeof values === 'string' ? [values] : values).flatMap(modelEntries).filter((e) => e.item !== '');
  const items = entries.map((e) => e.item);
  if (items.length === 0) throw new UserError('--model is empty', EXAMPLE);
  if (items.length > MAX_MODELS) throw new UserError(`--model lists ${items.length} models; at most ${MAX_MODELS}`, EXAMPLE);
  const out: ModelRef[] = entries.map(({ item, from }) => {
    const path = resolve(item);
    const preset = existsSync(path) ? null : presetEntry(item);
    if (preset) return { name: `${preset.preset}-${preset.type}`, path: presetPath(cacheDir, preset.preset, preset.type), preset };
    if (from !== null && !existsSync(path)) {
      throw new UserError(`--model ${item}: no such file or preset, split from "${from}" (${COMMA_RULE})`, 'give a path with a comma as its own --model (the file must exist); several models: repeat --model or separate with commas');
    }
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`--model ${item} is a directory, not a GGUF file`, EXAMPLE);
    if (!existsSync(path) && /^[a-z0-9.-]+(:[a-z0-9_]+)?$/.test(item) && !item.endsWith('.gguf')) {
      throw new UserError(`--model ${item} is neither a file nor a preset (presets: ${PRESET_NAMES.join(', ')}, optionally :f16|f32|q8_0|q4_0)`, EXAMPLE);
    }
    readGgufHeader(path); // one clear line when it is not a GGUF (missing, truncated, data past the end)
    return { name: basename(path).replace(/\.gguf$/i, ''), path };
  });
  const seen = new Map<string, string>();
  for (const m of out) {
    const had = seen.get(m.name);
    if (had !== undefined) throw new UserError(`--model lists two models named ${m.name} (${had} and ${m.path})`, 'give each model a different file name');
    seen.set(m.name, m.path);
  }
  return out;
}

/** The model a workload runs on: its own with several models, else the only one. */
export function modelOf(plan: { models: ModelRef[] }, w: { model?: string }): ModelRef {
  return plan.models.find((m) => m.name === w.model) ?? plan.models[0];
}
