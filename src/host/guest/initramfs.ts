// The guest's root file system, built on the fly: busybox, /init, and every host file a launch
// names (binaries, the model, the measuring wrapper, numactl, a preloaded shim) at the same
// absolute path as on the host, each ELF with the libraries `ldd` resolves for it. Same paths mean
// the argv built for the host runs unchanged in the guest (RUNPATHs into a build tree included).
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { writeCpio, parentDirs, type CpioEntry } from './cpio.ts';
import { INIT_SCRIPT } from './init-script.ts';

function isElf(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(4);
    return readSync(fd, b, 0, 4, 0) === 4 && b.readUInt32BE(0) === 0x7f454c46;
  } finally {
    closeSync(fd);
  }
}

/** The shared libraries (and the loader) an ELF loads, as absolute paths; [] for a static one. */
export function lddLibraries(path: string): string[] {
  let out: string;
  try {
    out = execFileSync('ldd', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return []; // "not a dynamic executable"
  }
  const libs: string[] = [];
  for (const line of out.split('\n')) {
    const m = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m) libs.push(m[1]);
  }
  return libs;
}

/** A regular host file, when `s` is the absolute path of one. */
export function hostFile(s: string): string | null {
  if (!s.startsWith('/') || s.includes('\n')) return null;
  try {
    return statSync(s).isFile() ? s : null;
  } catch {
    return null;
  }
}

/** The files themselves plus, for each ELF, its libraries: the closure a guest needs. */
export function withLibraries(files: Iterable<string>): Set<string> {
  const all = new Set<string>();
  for (const f of files) {
    all.add(f);
    if (isElf(f)) for (const lib of lddLibraries(f)) if (hostFile(lib)) all.add(lib);
  }
  return all;
}

/** Writes the base initramfs: busybox, /init, the device nodes and `files` at their host paths. */
export function writeBaseInitramfs(out: string, busybox: string, files: Set<string>): void {
  const paths = [...files].filter((f) => f !== '/init' && !f.startsWith('/lpg/'));
  const dirs = parentDirs(['/bin/busybox', '/dev/console', '/proc/x', '/sys/x', '/tmp/x', '/lpg/out/x', ...paths]);
  function* entries(): Generator<CpioEntry> {
    for (const d of dirs) yield { kind: 'dir', path: d };
    yield { kind: 'char', path: '/dev/console', major: 5, minor: 1 };
    yield { kind: 'char', path: '/dev/ttyS1', major: 4, minor: 65 };
    yield { kind: 'copy', path: '/bin/busybox', mode: 0o755, from: busybox, size: statSync(busybox).size };
    yield { kind: 'file', path: '/init', mode: 0o755, data: Buffer.from(INIT_SCRIPT) };
    for (const p of paths) {
      if (p === '/bin/busybox') continue;
      const st = statSync(p);
      yield { kind: 'copy', path: p, mode: st.mode & 0o777, from: p, size: st.size };
    }
  }
  writeCpio(out, entries());
}

/** The launch's own archive, appended to the base: the command (one argument a line) and its cwd. */
export function writeLaunchArchive(out: string, cmd: readonly string[], cwd: string): void {
  const entries: CpioEntry[] = [
    ...parentDirs([`${cwd}/x`]).map((d): CpioEntry => ({ kind: 'dir', path: d })),
    { kind: 'file', path: '/lpg/cmd', data: Buffer.from(cmd.map((a) => `${a}\n`).join('')) },
    { kind: 'file', path: '/lpg/cwd', data: Buffer.from(`${cwd}\n`) },
  ];
  writeCpio(out, entries);
}
