// NUMA placement policy from its command-line spelling, and the short label that marks a workload.
import { UserError } from '../sys/errors.ts';
import type { NumaPolicy } from './types.ts';

const EXAMPLE = 'valid: none, interleave, node:0, cpus:0-7,16-23, distribute, isolate, numactl';

export function parseNumaPolicy(text: string): NumaPolicy {
  const t = text.trim();
  if (t === '' || t === 'none') return { kind: 'none' };
  if (t === 'interleave') return { kind: 'interleave' };
  if (t === 'distribute' || t === 'isolate' || t === 'numactl') return { kind: 'llama', mode: t };
  const node = /^node:(\d+)$/.exec(t);
  if (node) return { kind: 'bind', node: Number(node[1]) };
  const cpus = /^cpus:([\d,-]+)$/.exec(t);
  if (cpus) return { kind: 'cpus', cpus: cpus[1] };
  throw new UserError(`unknown --numa policy "${text}"`, EXAMPLE);
}

export function numaLabel(p: NumaPolicy): string {
  switch (p.kind) {
    case 'none': return '';
    case 'interleave': return 'numa interleave';
    case 'bind': return `numa node ${p.node}`;
    case 'llama': return `--numa ${p.mode}`;
    case 'cpus': return `cpus ${p.cpus}`;
  }
}
