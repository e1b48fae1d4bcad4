// Experiments for the store's tests and benchmark: real mainline llama-bench records (the captured
// fixture) placed into launches the way the pipeline records them, throughput drawn from a seeded PRNG.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBenchOutput } from '../../src/parse/index.ts';
import type { BenchRecord } from '../../src/parse/types.ts';
import type { LaunchRecord } from '../../src/bench/types.ts';
import type { Results } from '../../src/store/results.ts';
import { RESULTS_SCHEMA } from '../../src/store/results.ts';
import { parseWorkloads } from '../../src/plan/workload.ts';
import { prng } from '../../src/bench/schedule.ts';
import type { Plan } from '../../src/plan/types.ts';
import type { HostFingerprint } from '../../src/host/types.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/llama-bench/mainline/pp-tg-pg-depth.json', import.meta.url));
const RECORDS = parseBenchOutput(readFileSync(FIXTURE, 'utf8'), FIXTURE);
export const FIXTURE_LABELS = RECORDS.map((r) => r.label);

export function testPlan(workloads = 'pp512,tg128', maxBlocks = 10, out = '/tmp/perf-out'): Plan {
  return {
    repo: '/src/llama.cpp', models: [{ name: 'fixture', path: FIXTURE }], out,
    variants: [
      { id: 'A', name: 'base', ref: 'lpg/base', cmakeArgs: [], runArgs: [], env: {} },
      { id: 'B', name: 'head', ref: 'lpg/base', cmakeArgs: [], runArgs: [], env: { LLAMA_KV_MMAP: '1' } },
    ],
    workloads: parseWorkloads(workloads, { kind: 'none' }),
    threads: 2, levers: { repetitions: 3 }, maxBlocks, warmupBlocks: 1, looks: [5, 10].filter((l) => l <= maxBlocks),
    seed: 7, timeoutSec: 600, margin: 0.02, alpha: 0.05, method: 'hl',
  };
}

export function testHost(over: Partial<HostFingerprint> = {}): HostFingerprint {
  return {
    hostname: 'bench-host', kernel: '6.1.0-test', cpuModel: 'AMD EPYC', sockets: 1, coresPerSocket: 2, threadsPerCore: 1, logicalCpus: 2, smt: false,
    numaNodes: [{ id: 0, cpus: [0, 1], memTotalKiB: 24e6, memFreeKiB: 2e7 }], numaBalancing: 0, thpMode: 'madvise', governor: 'performance', boost: null,
    loadAvgStart: [0.1, 0.1, 0.1], warnings: [], ...over,
  };
}

export function emptyResults(plan: Plan, host = testHost()): Results {
  return {
    schema: RESULTS_SCHEMA, tool: { name: 'llama-perf-gate', version: '0.1.0' }, startedAt: '2026-11-30T10:00:00.000Z', finishedAt: null,
    plan, host, flavour: 'mainline',
    builds: plan.variants.map((v) => ({ variant: v.id, ok: true, ref: v.ref, commit: '80fb11ac73e6a1b2c3d4e5f60718293a4b5c6d7e', cmakeArgs: [], binDir: '/cache/build/bin', reused: true, seconds: 0.1, logPath: null, logTail: null, error: null })),
    schedule: { seed: plan.seed, blocks: [] }, launches: [], analysis: null, stopReason: 'started', notes: [],
  };
}

/** One launch as the pipeline records it: argv through the measuring wrapper, memory, one record. */
export function launchFor(plan: Plan, seq: number, block: number, slot: number, variant: 'A' | 'B', workload: string, tps: number): LaunchRecord {
  const w = plan.workloads.find((x) => x.id === workload)!;
  const base = RECORDS.find((r) => r.label === w.label) ?? RECORDS[0];
  const scale = tps / base.avgTs;
  const samplesTs = base.samplesTs.map((x) => x * scale);
  const samplesNs = base.samplesNs.map((x) => Math.round(x / scale));
  const rec: BenchRecord = {
    ...base, samplesTs, samplesNs, avgTs: tps, label: w.label,
    raw: { ...base.raw, samples_ts: samplesTs, samples_ns: samplesNs, avg_ts: tps, avg_ns: Math.round(1e9 * (w.nPrompt + w.nGen) / tps), test_time: new Date(Date.UTC(2026, 10, 30, 10, 0, seq)).toISOString() },
  };
  return {
    block, slot, seq, variant, workload, warmup: block < plan.warmupBlocks, startedAt: new Date(Date.UTC(2026, 10, 30, 10, 0, seq)).toISOString(), wallMs: 812.5,
    status: 'ok', exitCode: 0, signal: null,
    argv: ['/root/.cache/llama-perf-gate/native/lpg-measure-989cad2629239f13', '--out', `${plan.out}/launches/launch-${seq}.mem.json`, '--',
      '/root/.cache/llama-perf-gate/worktrees/80fb11ac73e6/build/bin/llama-bench', '-m', plan.models[0].path, '-p', String(w.nPrompt), '-n', String(w.nGen), '-r', '3', '-t', '2', '-o', 'json'],
    records: [rec],
    memory: { peakRssKiB: 251_904, minorFaults: 61_234, majorFaults: 0, nodeKiB: { '0': 240_128 }, anonNodeKiB: { '0': 180_224 }, sampleRssKiB: 249_856, sampleAtMs: 640, lastNodeKiB: { '0': 240_128 }, samples: 12, sampleCostMs: 1.4, userMs: 1530, sysMs: 88 },
    stderrTail: null, error: null,
  };
}

/** Every launch of `blocks` blocks (warm-up included) in the seeded interleaved order; B is `ratio` × A. */
export function* launches(plan: Plan, blocks: number, ratio = 1, noise = 0.02, seed = 1): Generator<LaunchRecord> {
  const rand = prng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  let seq = 0;
  for (let block = 0; block < blocks; block++) {
    let slot = 0;
    for (const w of plan.workloads) {
      const level = (w.nGen > 0 ? 60 : 1000) * Math.exp(0.05 * normal());
      for (const v of ['A', 'B'] as const) {
        yield launchFor(plan, seq++, block, slot++, v, w.id, level * (v === 'B' ? ratio : 1) * Math.exp(noise * normal()));
      }
    }
  }
}

export function orderOf(plan: Plan): { variant: 'A' | 'B'; workload: string }[] {
  return plan.workloads.flatMap((w) => (['A', 'B'] as const).map((variant) => ({ variant, workload: w.id })));
}
