// What an emulated guest needs from the host: qemu-system-x86 (software emulation, no KVM), a
// kernel image (Debian's linux-image-amd64 puts it in /boot) and a statically linked busybox
// (busybox-static) for the guest's userland. Missing pieces are one line naming the packages.
import { closeSync, openSync, readSync, readdirSync, statSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../sys/errors.ts';
import { findExecutable } from '../numa-policy.ts';

export interface GuestTools {
  qemu: string;
  kernel: string;
  busybox: string;
}

export const GUEST_PACKAGES = ['qemu-system-x86', 'linux-image-amd64', 'busybox-static'] as const;

/** Newest readable /boot/vmlinuz-*, by version order of its name. */
export function findKernel(boot = '/boot'): string | null {
  let names: string[];
  try {
    names = readdirSync(boot).filter((n) => n.startsWith('vmlinuz-'));
  } catch {
    return null;
  }
  names.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const n of names) {
    const p = join(boot, n);
    try {
      accessSync(p, constants.R_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      // unreadable (Ubuntu makes them root-only): try the next
    }
  }
  return null;
}

/** True when `path` is an ELF executable without a program interpreter (statically linked). */
export function isStaticElf(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const h = Buffer.alloc(64);
    if (readSync(fd, h, 0, 64, 0) < 64 || h.readUInt32BE(0) !== 0x7f454c46 || h[4] !== 2) return false;
    const phoff = Number(h.readBigUInt64LE(32));
    const phentsize = h.readUInt16LE(54);
    const phnum = h.readUInt16LE(56);
    const ph = Buffer.alloc(phentsize * phnum);
    readSync(fd, ph, 0, ph.length, phoff);
    for (let i = 0; i < phnum; i++) if (ph.readUInt32LE(i * phentsize) === 3) return false; // PT_INTERP
    return true;
  } finally {
    closeSync(fd);
  }
}

/** The tools, or a one-line UserError (exit 2) naming every missing package. */
export function guestTools(env: NodeJS.ProcessEnv = process.env, boot = '/boot'): GuestTools {
  const qemu = findExecutable('qemu-system-x86_64', env.PATH ?? '');
  const kernel = findKernel(boot);
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find(isStaticElf) ?? null;
  const missing = [!qemu && GUEST_PACKAGES[0], !kernel && GUEST_PACKAGES[1], !busybox && GUEST_PACKAGES[2]].filter((x) => x !== false);
  if (missing.length > 0) {
    throw new UserError(
      `--numa-guest needs ${missing.join(', ')}, not installed (${[!qemu && 'no qemu-system-x86_64 in PATH', !kernel && `no readable ${boot}/vmlinuz-*`, !busybox && 'no statically linked busybox'].filter(Boolean).join('; ')})`,
      `install: apt-get install ${GUEST_PACKAGES.join(' ')}`,
    );
  }
  return { qemu: qemu!, kernel: kernel!, busybox: busybox! };
}
