// Thin adapter to the pipeline (issue 2): `runPipeline(plan, hooks)` in src/cli/pipeline.ts, not on
// this branch yet. Kept in one place so the action's entry does not depend on its hooks' shape.
import type { Plan } from '../plan/types.ts';
import type { Results } from '../store/results.ts';
import { UserError } from '../errors.ts';

export interface RunBenchmarkOptions {
  log: (line: string) => void;
  cacheDir: string | null;
}

export async function runBenchmark(_plan: Plan, _o: RunBenchmarkOptions): Promise<{ results: Results; resultsPath: string }> {
  throw new UserError('the benchmark pipeline is not part of this build yet', 'post an existing results.json with the input results-path');
}
