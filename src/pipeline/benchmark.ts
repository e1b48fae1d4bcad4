// The benchmark loop of an open experiment: the runner probed, the blocks run (new or continued),
// a decision at each look, and the stop rule (a called regression settles the gate). The session
// around it (store, export, reports) is run.ts's.
import { join } from 'node:path';
import type { Plan, VariantId } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import type { LaunchRecord } from '../bench/types.ts';
import { labelWorkloads } from '../plan/workload.ts';
import { numaPlacement } from '../host/numa-policy.ts';
import { measureHooks } from '../host/measure.ts';
import { probeRunner } from '../bench/flavour.ts';
import { checkRunArgs } from '../bench/args.ts';
import { runBlocks, type Progress } from '../bench/run-blocks.ts';
import { slowdownEnv } from '../bench/slowdown.ts';
import { decideLook } from '../stats/decide.ts';
import { stopsAt } from '../stats/policy.ts';
import { withDepthMemory } from '../stats/depth-memory.ts';
import { wordAnalysis } from '../report/reason-words.ts';
import { stopWords } from '../report/stop-words.ts';
import { UserError } from '../sys/errors.ts';
import { guestCostNote, planGuest } from './guest.ts';
import { depthSweepLauncher, hostLayout } from './depth-launcher.ts';
import { completeCountedBlocks, keepLook, storedValue, type Session } from './experiment.ts';

/** Blocks (new or continued) with a decision at each look; results.stopReason says why they ended. */
export async function benchmark(plan: Plan, results: Results, save: () => void, log: (line: string) => void, onProgress: ((p: Progress) => void) | undefined, session: Session, until?: number): Promise<boolean> {
  const binaries = Object.fromEntries(results.builds.map((b) => [b.variant, join(b.binDir!, 'llama-bench')])) as Record<VariantId, string>;
  const info = await probeRunner(binaries.A);
  const infoB = await probeRunner(binaries.B);
  if (infoB.flavour !== info.flavour) {
    throw new UserError(`variant A builds a ${info.flavour} llama-bench but variant B a ${infoB.flavour} one`, 'compare two refs of the same project');
  }
  for (const v of plan.variants) checkRunArgs(v, v.id === 'A' ? info : infoB);
  results.flavour = info.flavour;
  // Workloads are shown by the label this flavour's llama-bench prints (ik: tg64@pp2048).
  plan.workloads = labelWorkloads(plan.workloads, info.flavour);
  log(`runner: ${info.flavour} llama-bench; ${plan.workloads.length} workloads × up to ${plan.maxBlocks} blocks (+${plan.warmupBlocks} warm-up), seed ${plan.seed}`);
  save();
  const ownEnv = slowdownEnv(plan, results.builds, log); // the shim of a variant with --*-slowdown
  // --numa-guest: every launch boots the emulated guest (src/host/guest/).
  const guest = planGuest(plan);
  const depthLaunch = plan.depthSweep ? await depthSweepLauncher(plan, results, log, ownEnv, guest) : undefined;
  if (depthLaunch) results.depthLaunches ??= [];
  if (session.resume?.active?.length === 0) {
    results.stopReason = stopWords({ kind: 'all-decided', counted: completeCountedBlocks(results) });
    save();
    return false;
  }
  const flavour = info.flavour;
  let pending: string[] | null = session.resume?.active ?? null;
  // The sequential design as persisted at the last look (resume, more), passed back to the engine.
  let design = session.design;
  let settled: { blocks: number; names: string[]; open: string[] } | null = null;
  const injected = plan.variants.some((v) => v.slowdown !== undefined); // stopsAt: such a run measures every point
  const loop = await runBlocks({
    launcher: guest ? (argv, o) => guest.launch(argv, o) : undefined,
    plan,
    binaries,
    info,
    workDir: join(plan.out, 'launches'),
    placement: (w) => numaPlacement(w.numa, hostLayout(results)),
    measure: measureHooks(),
    ownEnv,
    depthLaunch,
    onProgress,
    until,
    resume: session.resume ?? undefined,
    onBlockOrder: (block, order) => session.store.saveBlockOrder(session.id, block, order),
    onLaunch: (l) => session.store.appendLaunch(session.id, l, storedValue(l), flavour, session.labels[l.variant]),
    onDepthLaunch: (l) => session.store.appendDepthLaunch(session.id, l),
    afterBlock: (launches: LaunchRecord[], counted: number, depthLaunches) => {
      results.launches = launches;
      if (depthLaunch) results.depthLaunches = depthLaunches;
      save();
      // Decisions are taken at the looks only; between looks the undecided set stays what it was.
      // blocks_needed (a forecast, decides nothing) is left to the export at the end: finishRun().
      if (counted === 0 || !(plan.looks.includes(counted) || counted === (plan.horizon ?? plan.maxBlocks))) return pending;
      const d = decideLook(results, counted, design);
      if (d.atLook) {
        results.analysis = wordAnalysis(withDepthMemory(d.analysis, results));
        design = d.state;
        results.design = d.state;
        keepLook(session.store, session.id, counted, d, log);
      }
      // Emulated throughput (--numa-guest) decides nothing, not even when to stop: every unit runs the planned blocks.
      if (plan.levers.numaGuest) return pending;
      const look = d.state.looks[d.state.looks.length - 1];
      if (d.atLook && look?.blocks === counted && stopsAt(d.pending, look, injected) === 'regression') {
        settled = { blocks: counted, names: look.decided.filter((x) => x.verdict === 'regression').map((x) => x.name), open: d.pending };
        return (pending = []);
      }
      pending = d.pending;
      return pending;
    },
  }).finally(() => guest?.close());
  if (guest) results.notes.push(guestCostNote(guest.timings));
  results.launches = loop.launches;
  if (depthLaunch) results.depthLaunches = loop.depthLaunches;
  results.schedule.blocks = loop.schedule;
  const s = settled as { blocks: number; names: string[]; open: string[] } | null;
  results.stopReason = stopWords(s ? { kind: 'regression-called', ...s } : loop.stop);
  save();
  return loop.timeUp ?? false;
}
