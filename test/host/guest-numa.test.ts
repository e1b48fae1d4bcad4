// The numactl-driven --numa modes for real, in a 2-node emulated guest: the fake llama-bench
// touches 24 MiB and holds it; the measuring wrapper, inside the guest, says on which node its
// anonymous pages are, on which CPU its thread ran and where it was allowed to run. (llama-bench's
// own --numa distribute, isolate and numactl need the real llama-bench: test/e2e/numa-guest.e2e.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Guest, guestNodes } from '../../src/host/guest/index.ts';
import { nativeArtifact } from '../../src/host/native.ts';
import { numaPlacement } from '../../src/host/numa-policy.ts';
import { parseNumaPolicy } from '../../src/plan/numa.ts';
import { buildFakeRunner, fakeModel } from '../helpers/fake-build.ts';
import type { TraceEntry } from '../../src/host/guest/curve.ts';

const MIB = 24;

test('--numa interleave, node:0, node:1, cpus:1 place pages and the thread where they say, in a 2-node guest', { timeout: 900_000 }, async () => {
  const bin = buildFakeRunner();
  const model = fakeModel();
  const guest = new Guest({ nodes: 2, threads: 2 });
  const cwd = mkdtempSync(join(tmpdir(), 'lpg-guest-numa-'));
  const nodes = guestNodes(guest.shape);
  const layout = { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
  try {
    const seen: Record<string, { anon: Record<string, number>; cpus: Record<string, number>; allowed: string[] }> = {};
    for (const mode of ['interleave', 'node:0', 'node:1', 'cpus:1']) {
      const place = numaPlacement(parseNumaPolicy(mode), layout);
      const out = join(cwd, `${mode.replace(':', '-')}.json`);
      const argv = [nativeArtifact('lpg-measure'), '--out', out, '--interval-ms', '50', '--lines', '--', ...place.prefix, bin, '-m', model, '-p', '0', '-n', '16', '-r', '1', '--delay', '900', ...place.benchArgs];
      const r = await guest.launch(argv, { timeoutMs: 120_000, cwd, env: { FAKE_ALLOC_MIB: String(MIB) } });
      assert.equal(r.exitCode, 0, `${mode}: ${r.stderr}`);
      const trace = (JSON.parse(readFileSync(out, 'utf8')) as { trace: TraceEntry[] }).trace;
      const total = (t: TraceEntry) => Object.values(t.sample.anon_nodes_kib).reduce((a, b) => a + b, 0);
      const full = trace.reduce((best, t) => (total(t) > total(best) ? t : best), trace[0]);
      // CPUs from the samples of the benchmark itself (numactl ran before it set the policy and exec'd).
      const running = trace.filter((t) => total(t) >= total(full) / 2);
      seen[mode] = { anon: full.sample.anon_nodes_kib, cpus: Object.assign({}, ...running.map((t) => t.cpus)), allowed: [...new Set(running.flatMap((t) => (t.threads ?? []).map((x) => x.allowed)))] };
    }
    const kib = (mode: string, node: string) => seen[mode].anon[node] ?? 0;
    // Interleaved: both nodes hold a good part of the 24 MiB.
    assert.ok(kib('interleave', '0') > 4096 && kib('interleave', '1') > 4096, JSON.stringify(seen.interleave));
    // Bound: everything on that node, the thread on its CPU.
    assert.ok(kib('node:0', '0') > MIB * 1024 * 0.9 && kib('node:0', '1') === 0, JSON.stringify(seen['node:0']));
    assert.ok(kib('node:1', '1') > MIB * 1024 * 0.9 && kib('node:1', '0') === 0, JSON.stringify(seen['node:1']));
    assert.deepEqual(Object.keys(seen['node:1'].cpus), ['1']);
    assert.deepEqual(Object.keys(seen['node:0'].cpus), ['0']);
    // CPU list: the thread runs only on CPU 1 (memory follows first touch: local to node 1).
    assert.deepEqual(Object.keys(seen['cpus:1'].cpus), ['1']);
    assert.ok(kib('cpus:1', '1') > MIB * 1024 * 0.9, JSON.stringify(seen['cpus:1']));
    // The wrapper reports each thread's affinity: the bound modes pinned it, interleave did not.
    assert.deepEqual(seen['node:1'].allowed, ['1']);
    assert.deepEqual(seen['cpus:1'].allowed, ['1']);
    assert.deepEqual(seen.interleave.allowed, ['0-1']);
  } finally {
    guest.close();
    rmSync(cwd, { recursive: true, force: true });
  }
});
