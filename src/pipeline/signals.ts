// A signal while the pipeline runs stops every benchmark and build process group and keeps what was
// measured; a second one quits at once with 128 + the signal's number.
import { liveGroups, stopAll } from '../sys/children.ts';
import { signalExitCode } from '../stats/policy.ts';

/** SIGINT/SIGTERM/SIGHUP while the pipeline runs: stop every child group, keep what was measured. */
export function onInterrupt(log: (line: string) => void): { remove(): void } {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  let count = 0;
  const handler = (sig: (typeof signals)[number]) => {
    count++;
    if (count === 1) {
      log(`${sig}: stopping ${liveGroups().length} running process group(s); what was measured is kept (again to quit at once)`);
      void stopAll(sig);
    } else {
      void stopAll(sig, 0).finally(() => process.exit(signalExitCode(sig)));
    }
  };
  for (const s of signals) process.on(s, handler);
  return { remove: () => signals.forEach((s) => process.off(s, handler)) };
}
