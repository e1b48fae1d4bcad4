// Thin adapter to the pipeline (issue 2): `runPipeline(plan, opts): Promise<Results>` in
// src/cli/pipeline.ts. Kept in one place so the action's entry does not depend on its options shape.
import type { Plan } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import { UserError } from '../errors.ts';

export interface RunBenchmarkOptions {
  log: (line: string) => void;
}

export async function runBenchmark(_plan: Plan, _o: RunBenchmarkOptions): Promise<Results> {
  throw new UserError('the benchmark pipeline is not part of this build yet', 'post an existing results.json with the input results-path');
}
