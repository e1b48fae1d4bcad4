// The machine an experiment's launches run on: this host, or (--numa-guest N) an emulated N-node
// guest booted per launch (src/host/guest/). Its fingerprint is the guest's own topology, with a
// warning that its throughput is emulated.
import { hostname } from 'node:os';
import type { Plan } from '../plan/types.ts';
import type { HostFingerprint } from '../host/types.ts';
import { readFingerprint } from '../host/fingerprint.ts';
import { Guest } from '../host/guest/index.ts';
import { EnvironmentError } from '../sys/errors.ts';

export type GuestLauncher = Guest['launch'];

/** The guest the launches of `plan` run in, or null; the caller closes it. */
export function planGuest(plan: Pick<Plan, 'levers' | 'threads' | 'models'>): Guest | null {
  const n = plan.levers.numaGuest;
  return n ? new Guest({ nodes: n, threads: plan.threads, files: plan.models.map((m) => m.path) }) : null;
}

export function emulationWarning(nodes: number): string {
  return `emulated ${nodes}-node guest (qemu TCG): throughput is not this machine's and is never gated; where memory and threads went is the finding`;
}

/** What the guest cost per launch: qemu's wall time beyond the command's own (boot, unpack, power-off). */
export function guestCostNote(timings: Guest['timings']): string {
  const med = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
  const ran = timings.filter((t) => t.upS !== null && t.ranS !== null);
  const overhead = med(ran.map((t) => t.wallMs / 1000 - (t.ranS! - t.upS!)));
  const kernel = med(ran.map((t) => t.upS!));
  return `emulated guest: ${timings.length} boots; per launch a median ${overhead.toFixed(1)} s of qemu's wall time beyond the command (kernel to init ${kernel.toFixed(1)} s of guest uptime)`;
}

/** The fingerprint of the machine the launches run on (one boot of the guest, when there is one). */
export async function experimentHost(plan: Pick<Plan, 'levers' | 'threads' | 'models'>, log: (line: string) => void): Promise<HostFingerprint> {
  const guest = planGuest(plan);
  if (!guest) return readFingerprint('/', { modelMapped: !plan.levers.noMmap });
  try {
    const fp = await guest.fingerprint().catch((e: Error) => {
      throw new EnvironmentError(e.message, 'see that qemu-system-x86_64 runs here (it needs no KVM) and that memory is free for the guest');
    });
    const s = guest.shape;
    const t = guest.timings[0];
    log(`emulated guest: ${s.nodes} nodes × ${s.cpusPerNode} CPU${s.cpusPerNode > 1 ? 's' : ''}, ${s.memMiBPerNode} MiB each; one boot per launch (this one: ${(t.wallMs / 1000).toFixed(1)} s, kernel to init ${t.upS ?? '?'} s)`);
    return { ...fp, hostname: `guest of ${hostname()}`, warnings: [emulationWarning(s.nodes), ...fp.warnings] };
  } finally {
    guest.close();
  }
}
