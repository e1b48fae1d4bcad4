// Which llama-bench is this? Asked of the binary itself (`--help`), never guessed from the repo name.
import { UserError } from '../sys/errors.ts';
import { detectFlavourFromHelp, supportedFlags } from '../parse/index.ts';
import { launch, tail } from './launch.ts';
import type { RunnerInfo } from './args.ts';

export async function probeRunner(binary: string): Promise<RunnerInfo> {
  const r = await launch([binary, '--help'], { timeoutMs: 30_000 });
  const help = r.stdout + r.stderr;
  if (r.spawnError || !/usage/i.test(help)) {
    throw new UserError(`${binary} --help did not print a usage text${r.spawnError ? `: ${r.spawnError}` : ''}`, tail(help, 5) || 'is it a llama-bench binary?');
  }
  return { flavour: detectFlavourFromHelp(help), flags: supportedFlags(help) };
}
