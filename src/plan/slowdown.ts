// How an injected slowdown (Variant.slowdown, --head-slowdown; the shim is src/bench/slowdown.ts)
// is named wherever a variant is described: logs, report.md, report.html.
import type { Variant } from './types.ts';

/** "injected 3.0% slowdown (LD_PRELOAD shim)": how reports and logs name it. */
export function describeSlowdown(k: number): string {
  return `injected ${(100 * k).toFixed(1)}% slowdown (LD_PRELOAD shim)`;
}

/** "same build + injected 3.0% slowdown (LD_PRELOAD shim)" for B of an A/A+k run; null without one. */
export function slowdownOfVariant(v: Pick<Variant, 'slowdown' | 'cmakeArgs'>, commit: string | null, other: { cmakeArgs: string[]; commit: string | null } | null): string | null {
  if (v.slowdown === undefined) return null;
  const same = other !== null && commit !== null && commit === other.commit && JSON.stringify(v.cmakeArgs) === JSON.stringify(other.cmakeArgs);
  return `${same ? 'same build + ' : ''}${describeSlowdown(v.slowdown)}`;
}
