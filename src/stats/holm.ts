// Holm's step-down adjustment: family-wise error control under any dependence between workloads.

/** Holm-adjusted p-values, same order as the input; nulls stay null and do not count. */
export function holmAdjust(p: (number | null)[]): (number | null)[] {
  const idx = p.map((v, i) => [v, i] as const).filter((e): e is readonly [number, number] => e[0] !== null);
  idx.sort((x, y) => x[0] - y[0]);
  const m = idx.length;
  const out: (number | null)[] = p.map(() => null);
  let running = 0;
  idx.forEach(([v, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * v));
    out[i] = running;
  });
  return out;
}
