// Workload names follow llama-bench's own test labels: pp512, tg128, pp512+tg128, tg128@d4096.
// ik_llama.cpp's `-gp 4096,128` label `tg128@pp4096` is accepted as the same thing as tg128@d4096.
import { UserError } from '../errors.ts';
import type { NumaPolicy, Workload } from './types.ts';
import { numaLabel } from './numa.ts';

const EXAMPLE = 'example: --workloads pp512,tg128,tg128@d4096';
const LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?:@(?:d|pp)(\d+))?$/;

export function parseWorkload(text: string, numa: NumaPolicy = { kind: 'none' }): Workload {
  const t = text.trim().replace(/\s*@\s*/, '@');
  const m = LABEL.exec(t);
  const pp = m?.[1] !== undefined ? Number(m[1]) : 0;
  const tg = m?.[3] !== undefined ? Number(m[3]) : 0;
  const plus = m?.[2] !== undefined;
  const depth = m?.[4] !== undefined ? Number(m[4]) : 0;
  const ok = m !== null && (pp > 0 || tg > 0) && plus === (pp > 0 && tg > 0);
  if (!ok) {
    throw new UserError(`unknown workload "${text}": expected ppN, tgN, ppN+tgN, optionally @dDEPTH`, EXAMPLE);
  }
  const label = [pp > 0 ? `pp${pp}` : '', tg > 0 ? `tg${tg}` : ''].filter(Boolean).join('+') + (depth > 0 ? `@d${depth}` : '');
  const nl = numaLabel(numa);
  return { id: nl ? `${label} [${nl}]` : label, label, nPrompt: pp, nGen: tg, nDepth: depth, numa };
}

export function parseWorkloads(list: string, numa?: NumaPolicy): Workload[] {
  const items = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UserError('--workloads is empty', EXAMPLE);
  const out = items.map((s) => parseWorkload(s, numa));
  const seen = new Set<string>();
  for (const w of out) {
    if (seen.has(w.id)) throw new UserError(`workload "${w.label}" is listed twice in --workloads`, EXAMPLE);
    seen.add(w.id);
  }
  return out;
}
