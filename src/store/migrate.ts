// Results files and stored experiments of older shapes, read as today's. @1 and @2 name one model
// (`plan.model`, a path); @3 lists them (`plan.models`, each named, workloads tied to theirs when
// there are several). An old file is rewritten to the new shape before it is checked field by field,
// so every reader downstream sees one shape; nothing here trusts more than the checks that follow.
import type { ModelRef } from '../plan/types.ts';

/** The name an old single model gets: its file name without `.gguf` (what `--model` names it today). */
export function modelName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.gguf$/i, '') || path;
}

/** An old plan (`model: path`) in today's shape (`models: [{ name, path }]`); anything else unchanged. */
export function migratePlan<T>(plan: T): T {
  if (!plan || typeof plan !== 'object' || Array.isArray(plan)) return plan;
  const p = plan as Record<string, unknown>;
  if ('models' in p || typeof p.model !== 'string') return plan;
  const { model, ...rest } = p;
  const models: ModelRef[] = [{ name: modelName(model as string), path: model as string }];
  return { ...rest, models } as T;
}

/** A parsed results file of schema @1 or @2 with its plan in today's shape; a @3 file unchanged. */
export function migrateResults(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const d = data as Record<string, unknown>;
  if (d.schema !== 'llama-perf-gate/results@1' && d.schema !== 'llama-perf-gate/results@2') return data;
  return { ...d, plan: migratePlan(d.plan) };
}
