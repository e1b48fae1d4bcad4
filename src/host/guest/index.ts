// An emulated multi-node guest that runs launches (issue 23): every launch is one boot of a fresh
// machine — the same kernel, the same initramfs, the same shape — so no launch inherits another's
// page cache or memory layout, as every host launch is a fresh process. The argv built for the host
// runs unchanged (same absolute paths inside); what the command wrote into its cwd (the measuring
// wrapper's JSON, a tool's log) comes back into the host cwd. `fingerprint()` boots once without a
// command and reads the guest's /proc and /sys like the host's.
import { copyFileSync, appendFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants } from 'node:os';
import { UserError } from '../../sys/errors.ts';
import { dropScratch, scratchDir } from '../../sys/scratch.ts';
import { readFingerprint } from '../fingerprint.ts';
import type { HostFingerprint, NumaNode } from '../types.ts';
import { boot, type BootResult, type GuestShape } from './boot.ts';
import { hostFile, withLibraries, writeBaseInitramfs, writeLaunchArchive } from './initramfs.ts';
import { guestTools, type GuestTools } from './packages.ts';

export { GUEST_PACKAGES, guestTools } from './packages.ts';
export type { GuestShape } from './boot.ts';

/** Same fields as bench/launch.ts's LaunchResult, so the block loop takes either. */
export interface GuestLaunchResult {
  pid: number | null;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  stdout: string;
  stdoutDropped: number;
  stderr: string;
  spawnError: string | null;
}

/** What each boot cost: qemu's wall time, and the guest's uptime when init started and when the command ended. */
export interface BootTiming {
  wallMs: number;
  upS: number | null;
  ranS: number | null;
}

/** Added to each launch's --timeout: the boot itself (7–20 s measured on a 2-core VM) is not the benchmark's. */
export const BOOT_ALLOWANCE_MS = 120_000;
const STDERR_KEEP = 64 * 1024;

export interface GuestOptions {
  nodes: number;
  /** Threads the launches use: the vCPUs are this many, rounded up to a multiple of `nodes`. */
  threads: number;
  /** Files every launch needs (binaries, model), known up front: the guest's memory is sized from them once. */
  files?: string[];
  tools?: GuestTools;
}

/**
 * N nodes, the vCPUs (threads rounded up to a multiple of N) and the memory split evenly. The
 * unpacked root and its archive coexist during boot: twice the files, plus room for the benchmark.
 */
export function guestShape(nodes: number, threads: number, filesMiB = 0): GuestShape {
  const perNode = Math.ceil((2 * filesMiB + 768) / nodes / 256) * 256;
  return { nodes, cpusPerNode: Math.max(1, Math.ceil(threads / nodes)), memMiBPerNode: Math.max(512, perNode) };
}

/** The guest's nodes and CPUs as the host's are listed, for checking placements before it boots. */
export function guestNodes(shape: GuestShape): NumaNode[] {
  return Array.from({ length: shape.nodes }, (_, id) => ({
    id, cpus: Array.from({ length: shape.cpusPerNode }, (_, c) => id * shape.cpusPerNode + c), memTotalKiB: null, memFreeKiB: null,
  }));
}

export class Guest {
  readonly shape: GuestShape;
  readonly tools: GuestTools;
  readonly timings: BootTiming[] = [];
  private scratch: string | null = null;
  private files = new Set<string>();
  private base: string | null = null;

  constructor(o: GuestOptions) {
    if (!Number.isInteger(o.nodes) || o.nodes < 2) throw new UserError(`--numa-guest needs at least 2 nodes (got ${o.nodes})`, 'example: --numa-guest 2');
    this.tools = o.tools ?? guestTools();
    for (const f of o.files ?? []) if (hostFile(f)) this.files.add(f);
    const mib = [...withLibraries(this.files)].reduce((s, f) => s + statSync(f).size, 0) / 2 ** 20;
    this.shape = guestShape(o.nodes, o.threads, mib);
  }

  /** The guest's scratch directory (initramfs images, serial logs), made at the first boot; removed at exit if close() was not reached (an immediate quit). */
  private get dir(): string {
    this.scratch ??= scratchDir('lpg-guest-');
    return this.scratch;
  }

  /** Removes the scratch files. */
  close(): void {
    if (this.scratch) dropScratch(this.scratch);
    this.scratch = null;
    this.base = null;
  }

  /** The base initramfs holding every file named so far; rebuilt when a launch names a new one. */
  private baseWith(named: string[]): string {
    const fresh = named.filter((f) => !this.files.has(f));
    if (this.base && fresh.length === 0) return this.base;
    for (const f of fresh) this.files.add(f);
    const base = join(this.dir, `base-${this.files.size}.cpio`);
    writeBaseInitramfs(base, this.tools.busybox, withLibraries(this.files));
    if (this.base) rmSync(this.base, { force: true });
    this.base = base;
    return base;
  }

  private async bootWith(launchCpio: string | null, timeoutMs: number): Promise<BootResult> {
    const base = this.baseWith([]);
    const run = mkdtempSync(join(this.dir, 'boot-'));
    const initrd = join(run, 'initrd.cpio');
    copyFileSync(base, initrd);
    if (launchCpio) appendFileSync(initrd, readFileSync(launchCpio));
    try {
      const r = await boot(this.tools, this.shape, initrd, run, timeoutMs);
      this.timings.push({ wallMs: r.wallMs, upS: r.output.upS, ranS: r.output.ranS });
      return r;
    } finally {
      rmSync(run, { recursive: true, force: true });
    }
  }

  /** The guest's fingerprint: its CPUs, nodes and memory, as the host's is read. */
  async fingerprint(timeoutMs = BOOT_ALLOWANCE_MS): Promise<HostFingerprint> {
    const r = await this.bootWith(null, timeoutMs);
    if (!r.output.done) throw new Error(`the ${this.shape.nodes}-node guest did not boot: ${bootFailure(r)}`);
    const root = mkdtempSync(join(this.dir, 'root-'));
    try {
      for (const [name, data] of r.output.files) {
        if (!name.startsWith('root/') || name.includes('/../')) continue;
        const p = join(root, name.slice('root/'.length));
        mkdirSync(join(p, '..'), { recursive: true });
        writeFileSync(p, data);
      }
      return readFingerprint(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  /** Runs `argv` in a fresh guest with `env` (and nothing of the host's env), in `cwd`. */
  async launch(argv: string[], opts: { env?: Record<string, string>; own?: Record<string, string>; timeoutMs: number; cwd?: string; files?: string[] }): Promise<GuestLaunchResult> {
    const cwd = opts.cwd ?? this.dir;
    const env = { PATH: '/bin:/usr/bin', HOME: '/tmp', ...opts.env, ...opts.own };
    const cmd = ['env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...argv];
    const bad = [...cmd, cwd].find((a) => a.includes('\n'));
    if (bad !== undefined) throw new UserError(`an argument of a guest launch holds a line break: ${JSON.stringify(bad)}`, 'arguments and env values of --numa-guest runs are one line each');
    this.baseWith([...cmd, ...Object.values(env), ...(opts.files ?? [])].map(hostFile).filter((f): f is string => f !== null));
    const launchCpio = join(this.dir, 'launch.cpio');
    writeLaunchArchive(launchCpio, cmd, cwd);
    const r = await this.bootWith(launchCpio, opts.timeoutMs + BOOT_ALLOWANCE_MS);
    const o = r.output;
    for (const [name, data] of o.files) {
      const base = name.slice('cwd/'.length);
      if (name.startsWith('cwd/') && /^[^/]+$/.test(base) && base !== '.' && base !== '..') writeFileSync(join(cwd, base), data);
    }
    const stdout = o.files.get('out/stdout')?.toString('utf8') ?? '';
    let stderr = o.files.get('out/stderr')?.toString('utf8') ?? '';
    const sig = o.rc !== null && o.rc > 128 ? signalName(o.rc - 128) : null;
    if (!o.done && !r.timedOut) stderr += `\n[llama-perf-gate] the guest stopped before its command finished: ${bootFailure(r)}`;
    return {
      pid: r.pid,
      exitCode: o.rc === null ? null : sig ? null : o.rc,
      signal: sig,
      timedOut: r.timedOut,
      wallMs: r.wallMs,
      stdout,
      stdoutDropped: 0,
      stderr: stderr.slice(-STDERR_KEEP),
      spawnError: r.spawnError,
    };
  }
}

function signalName(n: number): string {
  const hit = Object.entries(constants.signals).find(([, v]) => v === n);
  return hit ? hit[0] : `signal ${n}`;
}

function bootFailure(r: BootResult): string {
  if (r.spawnError) return `qemu could not start: ${r.spawnError}`;
  if (r.timedOut) return 'no power-off before the timeout';
  const tailLines = r.console.trim().split('\n').slice(-3).join(' | ');
  return `qemu exited ${r.exitCode ?? r.signal}; console: ${tailLines}`;
}
