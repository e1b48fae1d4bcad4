// `llama-perf-gate probe`: a model-free A/B of the heap and mmap KV buffer types on this host, in
// seconds, plus a calibration of the host's noise (CV of repeated scans). The host measures, the
// report renders (report/probe.ts).
import { UserError } from '../sys/errors.ts';
import { helpText } from '../plan/option-text.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { KV_KINDS } from '../host/kv-probe.ts';
import type { KvKind } from '../host/kv-probe.ts';
import { runProbe } from '../host/probe-run.ts';
import type { ProbeOptions } from '../host/probe-run.ts';
import { formatProbeReport } from '../report/probe.ts';

export function parseProbeArgs(argv: string[], logicalCpus: number): ProbeOptions | null {
  if (argv.includes('--help') || argv.includes('-h')) return null;
  const o = new OptionValues('probe', parseCommandArgs('probe', argv).values);
  const kinds = o.str('kinds')!.split(',').map((k) => k.trim()) as KvKind[];
  const bad = kinds.filter((k) => !KV_KINDS.includes(k));
  if (bad.length > 0 || kinds.length === 0) {
    throw new UserError(`--kinds: unknown buffer type(s) ${bad.join(',')}`, `choose from ${KV_KINDS.join(',')}, e.g. --kinds heap,mmap`);
  }
  return {
    kvMiB: o.num('kv-mib'),
    fill: o.num('fill'),
    threads: o.num('threads', Math.max(1, logicalCpus)),
    kinds,
    timeMs: o.num('time-ms'),
    iterations: o.num('iterations'),
  };
}

export async function probeCommand(argv: string[]): Promise<number> {
  const { readFingerprint } = await import('../host/fingerprint.ts');
  const opts = parseProbeArgs(argv, readFingerprint().logicalCpus);
  if (!opts) {
    process.stdout.write(helpText('probe', { about: 'model-free A/B of heap vs mmap KV buffers', usage: 'llama-perf-gate probe [options]', example: 'llama-perf-gate probe --kv-mib 512' }));
    return 0;
  }
  const result = await runProbe(opts);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${formatProbeReport(result)}\n`);
  return 0;
}
