// --numa-guest N through the real CLI on the fake llama-bench: portable builds with their own
// build keys, every launch in a 2-node emulated guest, the guest's topology as the host, and
// throughput reported but never gated (a 20% slower head passes). Kept to 2 blocks × 1 workload:
// every launch is one boot (20–30 s on a loaded 2-core VM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { cli as runCli } from '../helpers/cli.ts';
import type { Results } from '../../src/store/results.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-guest-int-'));
const cache = join(root, 'cache');
const model = join(root, 'tiny.gguf');
writeTinyModel(model);
// Every launch boots the guest (20–40 s each on a loaded 2-core VM): well past the helper's default 5 minutes.
const cli = (args: string[]) => runCli(args, { LLAMA_PERF_GATE_CACHE: cache }, { timeout: 1_100_000 });

test('--numa-guest 2: launches and the depth sweep in the guest, its topology as the host, emulated speed never gated, placement reported', { timeout: 1_200_000 }, async () => {
  const { repo } = makeFakeRunnerRepo(join(root, 'repo'), { headSlowdown: 0.8 });
  const out = join(root, 'out');
  const t0 = Date.now();
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--head', 'head', '--model', model, '--workloads', 'tg128', '--threads', '2',
    '--max-blocks', '2', '--warmup-blocks', '0', '--looks', '2', '--numa-guest', '2', '--numa', 'node:1', '--out', out,
    '--head-env', 'LLAMA_KV_MMAP=1', '--depth-sweep', '0,1024,2048', '--depth-gen', '16',
    // 16 MiB touched and held while the fake spends its modelled time for real (FAKE_REALTIME), so the wrapper samples it.
    ...['base', 'head'].flatMap((s) => [`--${s}-env`, 'FAKE_NOISE=0.01', `--${s}-env`, 'FAKE_ALLOC_MIB=16', `--${s}-env`, 'FAKE_REALTIME=0.3'])]);
  const wallS = (Date.now() - t0) / 1000;
  assert.equal(r.code, 0, r.stderr); // 20% slower, but emulated: not a regression
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  assert.equal(res.plan.levers.numaGuest, 2);
  for (const v of res.plan.variants) assert.ok(v.cmakeArgs.includes('-DGGML_NATIVE=OFF'), v.cmakeArgs.join(' '));
  assert.deepEqual(res.host?.numaNodes.map((n) => n.cpus), [[0], [1]]);
  assert.match(res.host?.cpuModel ?? '', /QEMU/);
  assert.equal(res.launches.length, 4);
  assert.equal(res.host?.numaBalancing, 0, 'automatic NUMA balancing off in the guest');
  for (const l of res.launches) {
    assert.equal(l.status, 'ok', `${l.error} ${l.stderrTail}`);
    // numactl -N 1 -m 1 ran for real in the guest: the process's own (anonymous) memory is on node 1
    // only; the binary and libraries are file pages of the guest's root, wherever boot put them.
    const nodes = l.memory?.anonNodeKiB ?? {};
    assert.ok((nodes['1'] ?? 0) >= 1024 && !nodes['0'], JSON.stringify(nodes));
  }
  // The depth sweep ran in the guest too, sampled inside it as each row came: heap KV (A) resident
  // from depth 0, mmap KV (B) growing with depth, all of it on node 1.
  const depth = res.depthLaunches ?? [];
  assert.equal(depth.length, 4);
  for (const l of depth) {
    assert.equal(l.status, 'ok', `${l.error} ${l.stderrTail}`);
    assert.deepEqual(l.points.map((p) => p.depth), [0, 1024, 2048]);
    for (const p of l.points) assert.ok(p.memory && !p.memory.anonNodeKiB['0'] && p.memory.threadCpus, JSON.stringify(p.memory));
  }
  const pl = res.analysis?.placement;
  assert.ok(pl, 'analysis.placement');
  const anon1 = (d: number, v: 'A' | 'B') => pl.rows.find((r) => r.depth === d && r.variant === v)!.nodes['1'].anonKiB;
  assert.ok(anon1(0, 'A') > anon1(0, 'B') + 4096, `A ${anon1(0, 'A')} B ${anon1(0, 'B')} KiB at depth 0`);
  assert.ok(anon1(2048, 'B') > anon1(0, 'B') + 4096, 'B grows with depth');
  assert.ok(pl.rows.every((r) => r.evenness === 0), 'bound to node 1: nothing on node 0');
  assert.equal(res.analysis?.emulated, true);
  assert.equal(res.analysis?.verdict, 'inconclusive');
  // The head is 20% slower by construction; under emulation on a loaded host the measured ratio is
  // whatever it is, and it is reported (never a regression).
  const tg = res.analysis!.workloads.find((w) => w.name.startsWith('tg128'))!;
  assert.ok(Number.isFinite(tg.ratio) && res.analysis!.workloads.every((w) => w.verdict !== 'regression'), JSON.stringify(tg));
  const md = readFileSync(join(out, 'report.md'), 'utf8');
  assert.match(md, /Emulated 2-node guest: throughput is emulated and not gated/);
  assert.match(md, /#### Placement in the emulated 2-node guest/);
  console.log(`# --numa-guest 2, 4 llama-bench + 4 depth launches + 1 fingerprint boot, builds included: ${wallS.toFixed(0)} s`);
});

test('--numa-guest 1 and a native build are refused in one line', async () => {
  const r1 = await cli(['run', '--repo', root, '--base', 'x', '--head-env', 'X=1', '--model', model, '--numa-guest', '1', '--out', join(root, 'o1')]);
  assert.equal(r1.code, 2);
  assert.match(r1.stderr, /--numa-guest/);
  const r2 = await cli(['run', '--repo', root, '--base', 'x', '--head-env', 'X=1', '--head-cmake=-DGGML_NATIVE=ON', '--model', model, '--numa-guest', '2', '--out', join(root, 'o2')]);
  assert.equal(r2.code, 2);
  assert.match(r2.stderr, /--numa-guest and --head-cmake=-DGGML_NATIVE=ON/);
});
