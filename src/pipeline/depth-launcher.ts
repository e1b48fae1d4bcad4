// The depth-sweep family's launcher for a run, and the host layout its NUMA placement (and the
// llama-bench launches') is checked against.
import { join } from 'node:path';
import type { Plan, VariantId } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import type { DepthLaunchRecord } from '../bench/types.ts';
import type { DepthSlot } from '../bench/run-blocks.ts';
import { scratchDir } from '../bench/launch.ts';
import { depthPlacement, depthRunArgs, depthToolArgs, probeDepthTool, runDepthLaunch, sharedDepthTool } from '../bench/depth-sweep.ts';
import { depthUnits } from '../plan/depth-sweep.ts';
import { modelOf } from '../plan/models.ts';
import { numaPlacement } from '../host/numa-policy.ts';
import type { Guest } from '../host/guest/index.ts';
import { guestMemoryCurve } from '../host/guest/curve.ts';

/**
 * The depth-sweep family's launcher: the tool both builds have, each variant's argv per model (its
 * run args and the levers mapped onto the tool, with the workloads' NUMA placement) — any mismatch
 * is a one-line error here, before the first launch. `ownEnv`: the slowdown shim of a variant (bench/slowdown.ts).
 */
export async function depthSweepLauncher(plan: Plan, results: Results, log: (line: string) => void, ownEnv: Partial<Record<VariantId, Record<string, string>>> = {}, guest: Guest | null = null): Promise<(s: DepthSlot) => Promise<DepthLaunchRecord>> {
  const sweep = plan.depthSweep!;
  const tool = sharedDepthTool(results.builds);
  const place = depthPlacement(plan, (p) => numaPlacement(p, hostLayout(results))) ?? { prefix: [], benchArgs: [] };
  // argv by variant, then by unit (`sweep`, or `tiny/sweep` per model).
  const units = depthUnits(plan);
  const argv = {} as Record<VariantId, Map<string | undefined, string[]>>;
  for (const v of plan.variants) {
    const bin = join(results.builds.find((b) => b.variant === v.id)!.binDir!, tool);
    const flags = await probeDepthTool(bin);
    const run = depthRunArgs(plan, v, tool, flags);
    argv[v.id] = new Map(units.map((u) => [u.model, [...place.prefix, bin, ...depthToolArgs(tool, sweep, modelOf(plan, u).path, plan.threads, flags), ...run, ...place.benchArgs]]));
  }
  const each = units.length > 1 ? ` and model (${units.map((u) => u.model).join(', ')})` : '';
  log(`depth sweep: ${tool} at depths ${sweep.depths.join(', ')} (${sweep.gen} generated tokens each), one launch per variant${each} per block`);
  return (s) => {
    const variant = plan.variants.find((v) => v.id === s.variant)!;
    // In the emulated guest the wrapper samples inside it, as each row is printed (host/guest/curve.ts).
    const sample = guest ? { sample: (a: string[], o: Parameters<typeof guestMemoryCurve>[2]) => guestMemoryCurve(guest, a, o) } : {};
    return runDepthLaunch({ ...s, ...sample, tool, sweep, argv: argv[s.variant].get(s.model)!, env: variant.env, own: ownEnv[s.variant], timeoutSec: plan.timeoutSec, cwd: scratchDir(plan.out) });
  };
}

/** The host's nodes and CPUs, so a policy naming absent ones is refused before any launch. */
export function hostLayout(results: Results): { nodes?: number[]; cpus?: number[] } {
  const nodes = results.host?.numaNodes ?? [];
  if (nodes.length === 0) return {};
  return { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
}
