import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureHooks, readMeasureReport, readMeasurement, wrapMeasured } from '../../src/host/measure.ts';
import { parseNumaMaps, residentByNode } from '../../src/host/numa-maps.ts';

const dir = mkdtempSync(join(tmpdir(), 'lpg-measure-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

// A child that allocates and touches `mib` MiB, holds it, then exits with `code`.
function toucher(mib: number, holdMs: number, code: number): string[] {
  return [process.execPath, '-e', `const b = Buffer.alloc(${mib} * 1048576, 1); setTimeout(() => process.exit(${code}), ${holdMs});`];
}

function run(argv: string[], out: string) {
  const [cmd, ...args] = wrapMeasured(argv, out, { intervalMs: 20 });
  return spawnSync(cmd, args, { encoding: 'utf8' });
}

test('a child touching 64 MiB: peak RSS, faults, per-node residency, exit code forwarded', () => {
  const out = join(dir, 'touch.json');
  const r = run(toucher(64, 1500, 7), out);
  assert.equal(r.status, 7, r.stderr);
  const m = readMeasurement(out)!;
  assert.ok(m.peakRssKiB >= 64 * 1024, `peak RSS ${m.peakRssKiB} KiB`);
  assert.ok(m.minorFaults >= (64 * 1024) / 4 / 2, `minor faults ${m.minorFaults}`); // ≥ half the pages (THP may merge)
  assert.ok(m.majorFaults >= 0);
  assert.ok(m.samples! >= 1);
  const nodeTotal = Object.values(m.nodeKiB!).reduce((a, b) => a + b, 0);
  const anonTotal = Object.values(m.anonNodeKiB!).reduce((a, b) => a + b, 0);
  assert.ok(anonTotal >= 64 * 1024, `anonymous resident ${anonTotal} KiB at the peak sample`);
  assert.ok(nodeTotal >= anonTotal);
  assert.ok(m.sampleRssKiB! <= m.peakRssKiB + 1024, 'a sample never exceeds the exact peak');
  const raw = readMeasureReport(out)!;
  assert.equal(raw.exit_code, 7);
  assert.equal(raw.signal, null);
});

test('the C sampler and the TypeScript parser agree on the same numa_maps text', () => {
  const out = join(dir, 'agree.json');
  run(toucher(16, 200, 0), out);
  const raw = readMeasureReport(out)!;
  assert.ok(raw.last, 'a last sample exists');
  const ts = residentByNode(parseNumaMaps(readFileSync(`${out}.numa_maps`, 'utf8')));
  assert.deepEqual(ts.nodeKiB, raw.last!.nodes_kib);
  assert.deepEqual(ts.anonNodeKiB, raw.last!.anon_nodes_kib);
  // Node omits zero entries in the C output; the TS side has no key for a node without shmem either.
  assert.deepEqual(ts.shmemNodeKiB, raw.last!.shmem_nodes_kib);
  assert.equal(typeof raw.last!.rss_shmem_kib, 'number');
});

test("the child's death by signal is the wrapper's death by the same signal", () => {
  const out = join(dir, 'sig.json');
  const r = run([process.execPath, '-e', "process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 5000)"], out);
  assert.equal(r.signal, 'SIGTERM');
  assert.equal(readMeasureReport(out)!.signal, 15);
});

test('SIGTERM sent to the wrapper reaches the child (timeouts keep working)', async () => {
  const out = join(dir, 'fwd.json');
  const [cmd, ...args] = wrapMeasured([process.execPath, '-e', 'console.log(process.pid); setTimeout(() => {}, 60000)'], out);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const grandchild = await new Promise<number>((resolve) => child.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  child.kill('SIGTERM');
  assert.equal(await exited, 'SIGTERM');
  assert.equal(readMeasureReport(out)!.signal, 15);
  assert.throws(() => process.kill(grandchild, 0), /ESRCH/, 'the benchmark process is gone');
});

test('a program that cannot be started: exit 127 and the reason in the report', () => {
  const out = join(dir, 'missing.json');
  const r = run(['/nonexistent/llama-bench', '-p', '512'], out);
  assert.equal(r.status, 127);
  assert.equal(readMeasureReport(out)!.exec_error, 'No such file or directory');
  assert.match(r.stderr, /cannot run \/nonexistent\/llama-bench/);
});

test('readMeasurement: null for a missing or malformed report', () => {
  assert.equal(readMeasurement(join(dir, 'never-written.json')), null);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"version":1,');
  assert.equal(readMeasurement(bad), null);
  assert.equal(existsSync(bad), true);
});

test('a wrapper killed with SIGKILL takes the benchmark down with it', async () => {
  const out = join(dir, 'orphan.json');
  const [cmd, ...args] = wrapMeasured([process.execPath, '-e', 'console.log(process.pid); setTimeout(() => {}, 60000)'], out);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const grandchild = await new Promise<number>((resolve) => child.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
  // The kernel delivers the parent-death signal as the wrapper exits; give it a moment to land.
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(grandchild, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.throws(() => process.kill(grandchild, 0), /ESRCH/);
  assert.equal(readMeasureReport(out), null, 'no report from a killed wrapper');
});

test("with the bench stage's launch(): a timeout still yields the report, with the signal", async () => {
  const { launch } = await import('../../src/bench/launch.ts');
  const out = join(dir, 'timeout.json');
  const hooks: import('../../src/bench/run-blocks.ts').MeasureHooks = measureHooks();
  const argv = hooks.wrap([process.execPath, '-e', 'setTimeout(() => {}, 60000)'], out);
  const r = await launch(argv, { timeoutMs: 1500 });
  assert.equal(r.timedOut, true);
  assert.equal(r.signal, 'SIGTERM');
  const rep = readMeasureReport(out)!;
  assert.equal(rep.signal, 15);
  assert.ok(hooks.read(out)!.peakRssKiB > 0);
});
