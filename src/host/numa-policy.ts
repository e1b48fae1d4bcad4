// A workload's NUMA policy → how to launch it: a command prefix (numactl ...) and/or llama-bench args.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { formatCpuList, parseCpuList } from './cpulist.ts';
import { numaLabel } from '../plan/numa.ts';
import type { NumaPolicy } from '../plan/types.ts';
import type { NumaNode } from './types.ts';
import { readNumaNodes } from './fingerprint.ts';

export interface NumaPlacement {
  /** Argv to put in front of the benchmark command ([] when none). */
  prefix: string[];
  /** Extra llama-bench arguments ([] when none). */
  benchArgs: string[];
  /** The plan's label for the policy (src/plan/numa.ts), as it appears in workload ids; '' for none. */
  label: string;
}

export interface PlacementOptions {
  /** Path of numactl; undefined → look it up in PATH; null → known to be missing. */
  numactl?: string | null;
  /** The host's NUMA node ids, to reject a bind to a node that does not exist. */
  nodes?: readonly number[];
  /** The host's online CPUs, to reject a CPU list naming absent CPUs. */
  cpus?: readonly number[];
}

/** First executable `name` in PATH, or null. */
export function findExecutable(name: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

function requireNumactl(opts: PlacementOptions, what: string): string {
  const path = opts.numactl === undefined ? findExecutable('numactl') : opts.numactl;
  if (!path) {
    throw new UserError(
      `NUMA policy ${what} needs numactl, which is not installed (not found in PATH)`,
      'install it: apt-get install numactl (Debian/Ubuntu) or dnf install numactl (Fedora/RHEL)',
    );
  }
  return path;
}

export function numaPlacement(policy: NumaPolicy, opts: PlacementOptions = {}): NumaPlacement {
  const label = numaLabel(policy);
  switch (policy.kind) {
    case 'none':
      return { prefix: [], benchArgs: [], label };
    case 'llama':
      // llama-bench places its own threads; "numactl" mode only means "honour the CPU set given".
      return { prefix: [], benchArgs: ['--numa', policy.mode], label };
    case 'interleave':
      return { prefix: [requireNumactl(opts, label), '--interleave=all'], benchArgs: [], label };
    case 'bind': {
      if (!Number.isInteger(policy.node) || policy.node < 0) {
        throw new UserError(`NUMA bind node must be a node number (got ${policy.node})`, 'example: --numa bind:0');
      }
      if (opts.nodes && !opts.nodes.includes(policy.node)) {
        throw new UserError(
          `NUMA bind to node ${policy.node}, but this host has node(s) ${opts.nodes.join(',') || 'none'}`,
          'pick a node listed in /sys/devices/system/node (numactl --hardware)',
        );
      }
      const n = String(policy.node);
      return { prefix: [requireNumactl(opts, label), '-N', n, '-m', n], benchArgs: [], label };
    }
    case 'cpus': {
      const list = parseCpuList(policy.cpus);
      if (list === null || list.length === 0) {
        throw new UserError(`CPU list "${policy.cpus}" is not a list of CPUs`, 'write it as the kernel does, e.g. 0-15,32-47');
      }
      const absent = opts.cpus ? list.filter((c) => !opts.cpus!.includes(c)) : [];
      if (absent.length > 0) {
        throw new UserError(
          `CPU list "${policy.cpus}" names CPU(s) ${formatCpuList(absent)} that are not online here (online: ${formatCpuList(opts.cpus!)})`,
          'see /sys/devices/system/cpu/online',
        );
      }
      return { prefix: [requireNumactl(opts, label), `--physcpubind=${formatCpuList(list)}`], benchArgs: [], label };
    }
  }
}

/**
 * Every workload's placement against this host (its NUMA nodes and online CPUs, numactl): a bind to
 * a node the host lacks is refused before anything is built or downloaded, not at the first launch.
 */
export function checkPlacements(policies: readonly NumaPolicy[], nodes: readonly NumaNode[] = readNumaNodes('/')): void {
  const layout = nodes.length === 0 ? {} : { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
  for (const p of policies) numaPlacement(p, layout);
}
