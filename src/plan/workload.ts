// Workload names follow llama-bench's own test labels: pp512, tg128, pp512+tg128, tg128@d4096.
// ik_llama.cpp's `-gp 4096,128` label `tg128@pp4096` is accepted as the same thing as tg128@d4096.
// Internally (Workload.label, records) the normalised form is kept; what a user reads (Workload.id)
// is the label the flavour's own llama-bench prints, once the flavour is known (labelWorkloads).
import { UserError } from '../sys/errors.ts';
import type { NumaPolicy, Workload } from './types.ts';
import type { Flavour } from '../parse/types.ts';
import { numaLabel } from './numa.ts';

const EXAMPLE = 'example: --workloads pp512,tg128,tg128@d4096';
/**
 * Most tokens one workload may hold (prompt + generated + depth): ten times the longest context
 * models ship with today. More is a typo that every launch would fail on; the reader of results
 * files refuses the same (store/check.ts).
 */
export const MAX_TOKENS = 10_000_000;
const LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?:@(d|pp)(\d+))?$/;

export function parseWorkload(text: string, numa: NumaPolicy = { kind: 'none' }): Workload {
  const t = text.trim().replace(/\s*@\s*/, '@');
  const m = LABEL.exec(t);
  const pp = m?.[1] !== undefined ? Number(m[1]) : 0;
  const tg = m?.[3] !== undefined ? Number(m[3]) : 0;
  const plus = m?.[2] !== undefined;
  const depth = m?.[5] !== undefined ? Number(m[5]) : 0;
  const ok = m !== null && (pp > 0 || tg > 0) && plus === (pp > 0 && tg > 0) && (m[4] !== 'pp' || (pp === 0 && depth > 0));
  if (!ok) {
    throw new UserError(`unknown workload "${text}": expected ppN, tgN, ppN+tgN, optionally @dDEPTH (ik: tgN@ppDEPTH)`, EXAMPLE);
  }
  if (pp + tg + depth > MAX_TOKENS) {
    throw new UserError(`workload "${text}" needs ${pp + tg + depth} tokens of context; at most ${MAX_TOKENS.toLocaleString('en-US')}`, EXAMPLE);
  }
  const label = [pp > 0 ? `pp${pp}` : '', tg > 0 ? `tg${tg}` : ''].filter(Boolean).join('+') + (depth > 0 ? `@d${depth}` : '');
  // What the user wrote stays what they read, until the flavour is known.
  const shown = m![4] === 'pp' ? `tg${tg}@pp${depth}` : label;
  return { id: withNuma(shown, numa), label, nPrompt: pp, nGen: tg, nDepth: depth, numa };
}

function withNuma(label: string, numa: NumaPolicy, model?: string): string {
  const nl = numaLabel(numa);
  return (model === undefined ? '' : `${model}/`) + (nl ? `${label} [${nl}]` : label);
}

/**
 * Every workload on every model: with several models each test is one workload per model, its id
 * prefixed with the model's name (`tiny/tg128`), so decisions, Holm, the store, resume and history
 * all see model × workload. With one model nothing changes.
 */
export function perModel(ws: Workload[], models: readonly { name: string }[]): Workload[] {
  if (models.length < 2) return ws;
  return models.flatMap((m) => ws.map((w) => ({ ...w, model: m.name, id: withNuma(w.id.replace(/ \[.*\]$/, ''), w.numa, m.name) })));
}

/**
 * The test label a flavour's own llama-bench prints for a workload: ik_llama.cpp labels its
 * `-gp D,N` test `tgN@ppD`; mainline labels `-n N -d D` as `tgN @ dD` (written tgN@dD here).
 */
export function flavourLabel(w: Pick<Workload, 'label' | 'nPrompt' | 'nGen' | 'nDepth'>, flavour: Flavour): string {
  if (flavour === 'ik' && w.nPrompt === 0 && w.nGen > 0 && w.nDepth > 0) return `tg${w.nGen}@pp${w.nDepth}`;
  return w.label;
}

/** The workloads with ids in the flavour's own labels (the normalised label is unchanged). */
export function labelWorkloads(ws: Workload[], flavour: Flavour): Workload[] {
  return ws.map((w) => ({ ...w, id: withNuma(flavourLabel(w, flavour), w.numa, w.model) }));
}

export function parseWorkloads(list: string, numa?: NumaPolicy): Workload[] {
  const items = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UserError('--workloads is empty', EXAMPLE);
  const out = items.map((s) => parseWorkload(s, numa));
  const seen = new Set<string>();
  for (const w of out) {
    const key = withNuma(w.label, w.numa); // tg64@d2048 and tg64@pp2048 are one workload
    if (seen.has(key)) throw new UserError(`workload "${w.label}" is listed twice in --workloads`, EXAMPLE);
    seen.add(key);
  }
  return out;
}
