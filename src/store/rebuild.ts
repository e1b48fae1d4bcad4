// A store that lost an experiment (deleted, emptied, or damaged and moved away) gets it back from the
// experiment's results.json, which holds every launch: the same id, segments, block orders, launches,
// depth launches and the design state of its last look, in one transaction. It is left unfinished,
// so the same command resumes it (and finishes at once when every block was measured).
import type { Results } from './results.ts';
import type { LaunchRecord } from '../bench/types.ts';
import type { ExperimentStore } from './experiment-store.ts';
import { experimentIdentity, identityHash } from './identity.ts';
import { variantLabel } from './llama-bench-table.ts';
import { UserError } from '../sys/errors.ts';

/**
 * Puts experiment `r.experiment.id` into `store` from its export `r` (read with the strict reader).
 * `value` is the observation the store keeps per launch (the decision's). Launches an interrupt cut
 * short are not measurements and are left out, as the store never had them.
 */
export function rebuildExperiment(store: ExperimentStore, r: Results, value: (l: LaunchRecord) => number | null): string {
  const id = r.experiment?.id;
  if (!id) throw new UserError('this results.json names no experiment: it cannot rebuild a store', 'it was written by a llama-perf-gate without experiments; start a new experiment instead');
  const identity = experimentIdentity(r.plan, r.builds, r.host);
  const labels = r.plan.variants.map((v) => variantLabel(identity.variants.find((x) => x.id === v.id)?.commit ?? null, v));
  const [first, ...rest] = r.experiment!.segments;
  const run = first ?? { kind: 'run' as const, at: r.startedAt, fromBlocks: 0, toBlocks: r.plan.maxBlocks };
  store.batch(() => {
    store.createExperiment(identity, identityHash(identity), { ...r, finishedAt: null }, run, id);
    for (const s of rest) store.addSegment(id, s);
    for (const b of r.schedule.blocks) store.saveBlockOrder(id, b.block, b.order);
    for (const l of r.launches.filter((x) => x.status !== 'skipped')) {
      store.appendLaunch(id, l, value(l), r.flavour, labels[l.variant === 'A' ? 0 : 1] ?? null);
    }
    for (const l of (r.depthLaunches ?? []).filter((x) => x.status !== 'skipped')) store.appendDepthLaunch(id, l);
    const look = r.design?.looks.at(-1);
    if (r.design && look && r.analysis) store.recordLook(id, look.blocks, r.analysis, r.design);
  }, `rebuilding experiment ${id} from results.json`);
  return id;
}
