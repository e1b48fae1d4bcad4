// One boot of the emulated guest: qemu-system-x86_64 under TCG (no KVM needed), `nodes` NUMA nodes
// with the vCPUs and the memory split evenly between them, the kernel and an initramfs, and two
// serial ports written to files: ttyS0 the console, ttyS1 the data channel (init-script.ts).
// Automatic NUMA balancing is off (numa_balancing=disable): it migrates pages during the run, and
// where first touch and the policy put them is what the guest is for. The
// qemu process runs in its own process group, registered like every benchmark process, so a
// timeout or an interrupt stops it. Nothing here goes through a shell.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { track } from '../../sys/children.ts';
import type { GuestTools } from './packages.ts';

export interface GuestShape {
  nodes: number;
  cpusPerNode: number;
  memMiBPerNode: number;
}

/** qemu's option syntax doubles a comma inside a value. */
const opt = (s: string): string => s.replaceAll(',', ',,');

export function qemuArgv(tools: GuestTools, shape: GuestShape, initrd: string, dir: string): string[] {
  const cpus = shape.nodes * shape.cpusPerNode;
  const numa: string[] = [];
  for (let n = 0; n < shape.nodes; n++) {
    const first = n * shape.cpusPerNode;
    const range = shape.cpusPerNode === 1 ? `${first}` : `${first}-${first + shape.cpusPerNode - 1}`;
    numa.push('-object', `memory-backend-ram,id=m${n},size=${shape.memMiBPerNode}M`, '-numa', `node,nodeid=${n},cpus=${range},memdev=m${n}`);
  }
  return [
    tools.qemu,
    '-machine', 'q35', '-accel', 'tcg', '-cpu', 'max',
    '-smp', String(cpus), '-m', `${shape.nodes * shape.memMiBPerNode}M`, ...numa,
    '-kernel', opt(tools.kernel), '-initrd', opt(initrd),
    '-append', 'console=ttyS0 quiet panic=-1 mitigations=off numa_balancing=disable',
    '-display', 'none', '-monitor', 'none', '-no-reboot', '-nodefaults',
    '-chardev', `file,id=con,path=${opt(join(dir, 'console.log'))}`, '-serial', 'chardev:con',
    '-chardev', `file,id=data,path=${opt(join(dir, 'data.txt'))}`, '-serial', 'chardev:data',
  ];
}

/** What came out of the guest's data channel. */
export interface GuestOutput {
  /** Files sent by init: out/stdout, out/stderr, cwd/NAME, root/proc/... */
  files: Map<string, Buffer>;
  /** Exit status of the command as its shell saw it (128+N for signal N); null without a command. */
  rc: number | null;
  /** Guest uptime (s) when init started, and when the command ended. */
  upS: number | null;
  ranS: number | null;
  /** Init reached its end (every file sent). */
  done: boolean;
}

export function parseDataChannel(text: string): GuestOutput {
  const out: GuestOutput = { files: new Map(), rc: null, upS: null, ranS: null, done: false };
  let name: string | null = null;
  let chunks: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (name !== null) {
      if (line === 'LPG-END') {
        out.files.set(name, Buffer.from(chunks.join(''), 'base64'));
        name = null;
      } else chunks.push(line);
      continue;
    }
    const [tag, ...rest] = line.split(' ');
    const value = rest.join(' ');
    if (tag === 'LPG-FILE') {
      name = value;
      chunks = [];
    } else if (tag === 'LPG-RC') out.rc = Number(value);
    else if (tag === 'LPG-UP') out.upS = Number(value);
    else if (tag === 'LPG-RAN') out.ranS = Number(value);
    else if (tag === 'LPG-DONE') out.done = true;
  }
  return out;
}

export interface BootResult {
  output: GuestOutput;
  console: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnError: string | null;
  wallMs: number;
  pid: number | null;
}

/** Boots once and waits for the guest to power off (or the timeout: the qemu group is killed). */
export function boot(tools: GuestTools, shape: GuestShape, initrd: string, dir: string, timeoutMs: number): Promise<BootResult> {
  const argv = qemuArgv(tools, shape, initrd, dir);
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], detached: true, cwd: dir });
    track(child);
    let stderr = '';
    let spawnError: string | null = null;
    let timedOut = false;
    child.stderr.on('data', (b: Buffer) => {
      stderr = (stderr + b.toString('utf8')).slice(-16384);
    });
    child.on('error', (e) => {
      spawnError = e.message;
    });
    const kill = (sig: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
        /* gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill('SIGKILL');
    }, Math.min(Math.max(1, timeoutMs), 2 ** 31 - 1));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const read = (f: string) => {
        try {
          return readFileSync(join(dir, f), 'utf8');
        } catch {
          return '';
        }
      };
      done({
        output: parseDataChannel(read('data.txt')),
        console: (read('console.log') + stderr).slice(-65536),
        exitCode: code,
        signal,
        timedOut,
        spawnError,
        wallMs: Math.round(performance.now() - t0),
        pid: child.pid ?? null,
      });
    });
  });
}
