// A workload and the plan's levers → llama-bench argv, for the flavour the binary turned out to be.
// Levers the binary lacks are a clear error, not silently dropped: the report must say what was used.
import { UserError } from '../sys/errors.ts';
import type { Flavour } from '../parse/types.ts';
import type { Plan, Variant, Workload } from '../plan/types.ts';
import { modelOf } from '../plan/models.ts';

export interface RunnerInfo {
  flavour: Flavour;
  flags: Set<string>;
}

/** Flags for the timed test itself. Mainline: -p/-n/-pg/-d. ik: -p/-n/-pg, and -gp for depth. */
export function workloadArgs(w: Workload, flavour: Flavour): string[] {
  const { nPrompt: pp, nGen: tg, nDepth: d } = w;
  if (flavour === 'ik' && d > 0) {
    if (pp > 0) {
      throw new UserError(`workload ${w.label} is not expressible on ik_llama.cpp's llama-bench (no -d; -gp times generation only)`, 'use tgN@dDEPTH on ik, or run mainline');
    }
    return ['-p', '0', '-n', '0', '-gp', `${d},${tg}`];
  }
  const test = pp > 0 && tg > 0 ? ['-p', '0', '-n', '0', '-pg', `${pp},${tg}`] : ['-p', String(pp), '-n', String(tg)];
  return d > 0 ? [...test, '-d', String(d)] : test;
}

function lever(info: RunnerInfo, flag: string, value: string | undefined): string[] {
  if (value === undefined) return [];
  if (!info.flags.has(flag)) {
    throw new UserError(`this llama-bench (${info.flavour}) has no ${flag} option`, `drop the matching lever from the plan, or use a runner that has ${flag}`);
  }
  return value === '' ? [flag] : [flag, value];
}

/**
 * --no-mmap for llama-bench: `-lm none` where the build has --load-mode (mainline deprecates -mmp
 * in its favour), else `-mmp 0` (ik_llama.cpp, older mainline); a build with neither is an error.
 */
export function noMmapArgs(info: RunnerInfo, noMmap: boolean | undefined): string[] {
  if (!noMmap) return [];
  if (info.flags.has('-lm')) return ['-lm', 'none'];
  if (info.flags.has('-mmp')) return ['-mmp', '0'];
  throw new UserError(`--no-mmap: this llama-bench (${info.flavour}) has neither -mmp nor --load-mode`, 'drop --no-mmap, or use a runner whose llama-bench has -mmp');
}

export function benchArgv(plan: Plan, variant: Variant, w: Workload, info: RunnerInfo): string[] {
  const L = plan.levers;
  return [
    '-m', modelOf(plan, w).path,
    ...workloadArgs(w, info.flavour),
    '-r', String(L.repetitions),
    '-t', String(plan.threads),
    '-o', 'json',
    ...lever(info, '--prio', L.prio?.toString()),
    ...lever(info, '--delay', L.delay?.toString()),
    ...lever(info, '--cpu-mask', L.cpuMask),
    ...lever(info, '--cpu-strict', L.cpuStrict ? '1' : undefined),
    ...lever(info, '--poll', L.poll?.toString()),
    ...noMmapArgs(info, L.noMmap),
    ...variant.runArgs,
  ];
}

/**
 * A variant's run args (--base-arg/--head-arg) against its llama-bench's --help, as the depth tool's
 * are (depth-sweep.ts): an option the binary lacks is one line before the first launch, not a
 * launch that fails in every block.
 */
export function checkRunArgs(variant: Variant, info: RunnerInfo): void {
  const side = variant.id === 'A' ? 'base' : 'head';
  for (const a of variant.runArgs) {
    if (!/^-{1,2}[A-Za-z]/.test(a)) continue;
    if (!info.flags.has(a.split('=')[0])) {
      throw new UserError(`--${side}-arg ${a} is not an option of variant ${variant.id}'s llama-bench (${info.flavour})`, `drop --${side}-arg ${a}; its llama-bench --help lists the options it takes`);
    }
  }
}
