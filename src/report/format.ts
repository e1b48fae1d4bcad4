// Number formatting shared by every rendering, so the terminal, the comment and the check agree.

const DASH = '–';

function finite(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** B/A ratio: three decimals (a 2% margin needs the third). */
export function fmtRatio(x: number | null | undefined): string {
  return finite(x) ? x.toFixed(3) : DASH;
}

/** An interval on the ratio: `[0.970, 1.010]`. */
export function fmtInterval(ci: readonly [number, number] | null | undefined): string {
  if (!ci || !finite(ci[0]) || !finite(ci[1])) return DASH;
  return `[${fmtRatio(ci[0])}, ${fmtRatio(ci[1])}]`;
}

/** A fraction as a percentage with one decimal: 0.0984 → `9.8%`. */
export function fmtPercent(x: number | null | undefined, digits = 1): string {
  return finite(x) ? `${(x * 100).toFixed(digits)}%` : DASH;
}

/** A signed change in percent from a ratio: 0.987 → `-1.3%`, 1.02 → `+2.0%`. */
export function fmtChange(ratio: number | null | undefined): string {
  if (!finite(ratio)) return DASH;
  const pct = Math.round((ratio - 1) * 1000) / 10;
  if (pct === 0) return '0.0%';
  return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

/** Throughput in tokens per second: two decimals below 1000, one above. */
export function fmtTs(x: number | null | undefined): string {
  if (!finite(x)) return DASH;
  return Math.abs(x) >= 1000 ? x.toFixed(1) : x.toFixed(2);
}

/** KiB as MiB with one decimal, or GiB from 10 GiB up. */
export function fmtMiB(kib: number | null | undefined): string {
  if (!finite(kib)) return DASH;
  const mib = kib / 1024;
  return mib >= 10 * 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${mib.toFixed(1)} MiB`;
}

/** An integer count with thousands separators: 12345 → `12,345`. */
export function fmtCount(x: number | null | undefined): string {
  return finite(x) ? Math.round(x).toLocaleString('en-US') : DASH;
}

/** Seconds as `4.2 s`, `42 s` or `3 min 05 s`. */
export function fmtSeconds(s: number | null | undefined): string {
  if (!finite(s)) return DASH;
  if (s < 10) return `${s.toFixed(1)} s`;
  const total = Math.round(s);
  if (total < 60) return `${total} s`;
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
}

export { DASH };

/** A margin as a percentage without a needless decimal: 0.02 → `2%`, 0.015 → `1.5%`. */
export function fmtMargin(m: number | null | undefined): string {
  if (typeof m !== 'number' || !Number.isFinite(m)) return DASH;
  return `${Number((m * 100).toFixed(1))}%`;
}

/**
 * What `blocks_needed` plans for, in words: inside the margin the engine plans a neutral call at a
 * true ratio of 1; outside it, confirming the observed change. Saying "a ±2% decision" for the
 * latter would promise far fewer blocks than a neutral call needs.
 */
export function blocksNeededPhrase(ratio: number | null | undefined, margin: number, blocks: number | null | undefined): string {
  const inside = finite(ratio) && Math.abs(Math.log(ratio)) < Math.log1p(margin);
  const goal = !finite(ratio) || inside ? `a ±${fmtMargin(margin)} neutral call` : `confirming the observed ${fmtChange(ratio)} change`;
  return `${goal} needs about ${fmtCount(blocks)} blocks`;
}

/** An evenness figure (a share of 0..1) or a B − A difference of two, to three decimals. */
export function fmtShare(x: number | null | undefined): string {
  return finite(x) ? x.toFixed(3) : DASH;
}

/**
 * The interval on B − A evenness. When every paired difference is zero the signed-rank interval is
 * [0, 0] by construction, not a measured precision: say what happened instead.
 */
export function fmtShareInterval(ci: readonly [number, number] | null | undefined, identical = false): string {
  if (identical) return 'identical in every block';
  if (!ci || !finite(ci[0]) || !finite(ci[1])) return DASH;
  return `[${fmtShare(ci[0])}, ${fmtShare(ci[1])}]`;
}
