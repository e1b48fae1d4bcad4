// Why a run's blocks ended, as data: the block loop (run-blocks.ts) and the pipeline say which;
// the report words it (report/stop-words.ts) into results.json's `stopReason`.
import type { VariantId } from '../plan/types.ts';

export type Stop =
  /** The run has begun and not yet ended (a results.json saved mid-run). */
  | { kind: 'started' }
  /** A signal during the builds: of a new run (nothing measured) or of a `more`/resume (no block added). */
  | { kind: 'interrupted-builds'; signal: string; resumed: boolean }
  /** A signal during a block; `block` as the progress line numbers it (warm-up blocks apart). */
  | { kind: 'interrupted'; signal: string; block: number; warmup: boolean }
  | { kind: 'build-failed'; variants: { variant: VariantId; ref: string }[] }
  | { kind: 'error'; message: string }
  | { kind: 'all-decided'; counted: number }
  /** Every launch of `variant` failed in the last `blocks` blocks. */
  | { kind: 'variant-failing'; block: number; variant: VariantId; blocks: number }
  /** No model left that runs on both variants. */
  | { kind: 'no-model'; block: number; dropped: string[] }
  | { kind: 'time-up'; block: number }
  | { kind: 'max-blocks'; maxBlocks: number; warmupBlocks: number }
  /** A regression called while other points were still open: the gate fails whatever they show. */
  | { kind: 'regression-called'; blocks: number; names: string[]; open: string[] };
