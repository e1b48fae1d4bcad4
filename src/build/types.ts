// What the build stage produces: one outcome per variant (recorded in results.json's `builds`).
import type { VariantId } from '../plan/types.ts';

export interface BuildOutcome {
  variant: VariantId;
  ok: boolean;
  ref: string;
  commit: string | null;
  cmakeArgs: string[];
  /** Directory holding llama-bench (and the depth tool when built). */
  binDir: string | null;
  /**
   * Executable in binDir that walks the KV depth (llama-sweep-bench on ik, llama-batched-bench on
   * mainline); null when the tree has none. Absent in results from before it was recorded.
   */
  depthTool?: string | null;
  /** True when an earlier build with the same key was reused. */
  reused: boolean;
  seconds: number;
  logPath: string | null;
  /** Last lines of the build log when the build failed. */
  logTail: string | null;
  error: string | null;
}
