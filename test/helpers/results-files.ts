// results.json files whose SAMPLES give a chosen verdict (the gate recomputes every verdict from the
// samples, so editing a file's `analysis` proves nothing): B's true throughput ratio and the noise
// are set, the honest analysis is attached, and the file is written to a fresh directory.
import { defaultHorizon } from '../../src/plan/decision-rule.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeResults, type MakeOptions } from '../../fixtures/results/make-results.ts';
import { decideAll } from '../../src/stats/decide.ts';
import type { Results } from '../../src/store/results.ts';

export type SampleVerdict = 'neutral' | 'regression' | 'improvement' | 'inconclusive' | 'failed';

const RATIO: Record<Exclude<SampleVerdict, 'failed'>, [number, number]> = {
  // [true B/A ratio, launch-to-launch log sd]
  neutral: [1.0, 0.002],
  regression: [0.5, 0.01],
  improvement: [1.5, 0.01],
  inconclusive: [1.0, 0.25],
};

/** Results whose samples decide `verdict` (`failed`: every counted B launch of tg128 crashed). */
export function resultsFor(verdict: SampleVerdict, o: MakeOptions = {}): Results {
  const [ratio, cv] = RATIO[verdict === 'failed' ? 'neutral' : verdict];
  const r = makeResults({
    seed: 3, blocks: 11, timeout: null, launchCv: cv, sampleCv: cv / 4, analysis: null,
    workloads: [{ id: 'pp512', nPrompt: 512, nGen: 0, baseTs: 58.4, trueRatio: ratio }, { id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 21.7, trueRatio: ratio }],
    ...o,
  });
  // The plan's blocks are the counted ones measured (warm-up on top): the run finished its plan.
  r.plan.maxBlocks = r.launches.reduce((n, l) => Math.max(n, l.block), 0) + 1 - r.plan.warmupBlocks;
  // …with today's default rule for its blocks (horizon twice --max-blocks, split spending).
  Object.assign(r.plan, { horizon: defaultHorizon(r.plan.maxBlocks), spending: 'split' });
  if (verdict === 'failed') {
    for (const l of r.launches.filter((x) => x.variant === 'B' && x.workload === 'tg128')) {
      Object.assign(l, { status: 'crashed', exitCode: 134, signal: null, records: [], stderrTail: 'llama_model_load: error loading model\nGGML_ASSERT(ctx) failed', error: 'exit 134' });
    }
  }
  r.analysis = decideAll(r);
  if (r.analysis?.verdict !== verdict) throw new Error(`resultsFor(${verdict}): the samples decide ${r.analysis?.verdict}`);
  return r;
}

/** Write `r` (after `edit`) as dir/results.json; returns the path. */
export function writeResultsFile(dir: string, r: Results, edit: (r: any) => void = () => {}): string {
  const copy = JSON.parse(JSON.stringify(r));
  edit(copy);
  mkdirSync(dir, { recursive: true });
  const p = join(dir, 'results.json');
  writeFileSync(p, JSON.stringify(copy));
  return p;
}

/** `r` stopped after `counted` counted blocks: its launches and its schedule cut consistently, the rest kept. */
export function cutTo(r: Results, counted: number, stopReason = r.stopReason): Results {
  const copy = structuredClone(r);
  const end = copy.plan.warmupBlocks + counted;
  copy.launches = copy.launches.filter((l) => l.block < end);
  copy.schedule.blocks = copy.schedule.blocks.filter((b) => b.block < end);
  if (copy.depthLaunches) copy.depthLaunches = copy.depthLaunches.filter((l) => l.block < end);
  copy.stopReason = stopReason;
  copy.analysis = decideAll(copy);
  return copy;
}
