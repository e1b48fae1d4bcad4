// The initramfs format the Linux kernel unpacks: cpio "newc" (ASCII headers, 4-byte alignment).
// Written here rather than with cpio(1) so device nodes need no root and nothing goes through a
// shell. Archives may be concatenated: the kernel unpacks one after the other into the same root.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

export type CpioEntry =
  | { kind: 'dir'; path: string; mode?: number }
  | { kind: 'file'; path: string; mode?: number; data: Buffer }
  /** A file copied from the host in chunks (the model can be gigabytes). */
  | { kind: 'copy'; path: string; mode?: number; from: string; size: number }
  | { kind: 'char'; path: string; mode?: number; major: number; minor: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFCHR = 0o020000;

const hex = (n: number): string => n.toString(16).padStart(8, '0');
const pad4 = (n: number): number => (4 - (n % 4)) % 4;

function header(ino: number, mode: number, size: number, name: string, rdev: [number, number] = [0, 0]): Buffer {
  const nameBytes = Buffer.from(`${name}\0`, 'utf8');
  const fields = [ino, mode, 0, 0, 1, 0, size, 0, 0, rdev[0], rdev[1], nameBytes.length, 0];
  const h = Buffer.from(`070701${fields.map(hex).join('')}`, 'ascii');
  return Buffer.concat([h, nameBytes, Buffer.alloc(pad4(h.length + nameBytes.length))]);
}

/** Archive paths are relative ("bin/busybox"); a leading "/" is dropped. */
const rel = (p: string): string => p.replace(/^\/+/, '');

/** Writes the entries, then the trailer, to `file` (replacing it). */
export function writeCpio(file: string, entries: Iterable<CpioEntry>): void {
  const fd = openSync(file, 'w');
  try {
    let ino = 1;
    const put = (b: Buffer) => writeSync(fd, b);
    for (const e of entries) {
      const name = rel(e.path);
      if (e.kind === 'dir') put(header(ino++, S_IFDIR | (e.mode ?? 0o755), 0, name));
      else if (e.kind === 'char') put(header(ino++, S_IFCHR | (e.mode ?? 0o600), 0, name, [e.major, e.minor]));
      else if (e.kind === 'file') {
        put(header(ino++, S_IFREG | (e.mode ?? 0o644), e.data.length, name));
        put(e.data);
        put(Buffer.alloc(pad4(e.data.length)));
      } else {
        put(header(ino++, S_IFREG | (e.mode ?? 0o644), e.size, name));
        copyInto(fd, e.from, e.size);
        put(Buffer.alloc(pad4(e.size)));
      }
    }
    put(header(ino, 0, 0, 'TRAILER!!!'));
  } finally {
    closeSync(fd);
  }
}

function copyInto(fd: number, from: string, size: number): void {
  const src = openSync(from, 'r');
  try {
    const buf = Buffer.alloc(4 << 20);
    let done = 0;
    while (done < size) {
      const n = readSync(src, buf, 0, Math.min(buf.length, size - done), done);
      if (n === 0) throw new Error(`${from} became shorter while it was packed into the guest's initramfs`);
      writeSync(fd, buf.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync(src);
  }
}

/** Every parent directory of the paths, parents first, each once. */
export function parentDirs(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const parts = rel(p).split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return [...out].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}
