// What a decision is taken from: the plan, the builds and every launch, as the stages below produce
// them (plan/, build/, bench/), and the design state the experiment recorded. A results file, the
// pipeline's running record and a stored experiment all have this shape; statistics never needs more.
import type { Plan, VariantId } from '../plan/types.ts';
import type { BuildOutcome } from '../build/types.ts';
import type { DepthLaunchRecord, LaunchRecord } from '../bench/types.ts';
import type { DesignState } from './types.ts';

export interface Evidence {
  plan: Plan;
  builds: BuildOutcome[];
  launches: LaunchRecord[];
  /** Depth-sweep launches, when the plan has a sweep. */
  depthLaunches?: DepthLaunchRecord[];
  /** The seeded order of each block: a block is complete when every slot of its order ran. */
  schedule: { blocks: { block: number; order: readonly { variant: VariantId; workload: string }[] }[] };
  /** The looks the experiment took, as recorded (untrusted in a file: replayed, see design-replay.ts). */
  design?: DesignState;
  /** Why the run stopped (named when a variant has no counted launch). */
  stopReason: string;
}
