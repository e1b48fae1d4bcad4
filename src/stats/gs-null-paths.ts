// The simulated null paths of the group-sequential signed-rank design past EXACT_MAX blocks
// (gs-signed-rank.ts): PATHS seeded paths of V_n up to the horizon, each with its sign pattern at
// EXACT_MAX, and per block count the paths ordered by V. Memoized per horizon for the process.
import { createRng } from './dist/prng.ts';

export const EXACT_MAX = 16;
export const PATHS = 1 << 15;
/** Paths simulated between two flushes of V into the column-major table (PATHS is a multiple). */
const TILE = 64;
const SEED = 0x5eed_2026;

// V of a sign pattern s (bit r = sign of the (r+1)-th smallest magnitude): V(s) = Σ (r+1)·bit_r.
let patternV: Int32Array | null = null; // computed once, read-only after
export function vOfPattern(): Int32Array {
  if (patternV) return patternV;
  const size = 1 << EXACT_MAX;
  const v = new Int32Array(size);
  const pop = new Int32Array(size);
  for (let s = 1; s < size; s++) {
    pop[s] = pop[s >> 1] + (s & 1);
    v[s] = v[s >> 1] + pop[s >> 1] + (s & 1);
  }
  patternV = v;
  return v;
}

export interface NullPaths {
  horizon: number;
  /** Sign pattern of each path at EXACT_MAX. */
  pattern: Int32Array;
  /** V_n for n = EXACT_MAX + 1 … horizon, one column of PATHS values per n. */
  v: Int32Array;
  /** Per column, built on first use: the paths ordered by V (stable), so a boundary reads only its lower tail. */
  sorted: Array<ColumnOrder | undefined>;
}

export interface ColumnOrder {
  /** Path indices by increasing V, ties by increasing index. */
  order: Uint16Array;
  /** start[v]: first position in `order` with V ≥ v (v = 0 … maxV + 1). */
  start: Uint16Array | Int32Array;
}

/** Counting sort of one column of V (PATHS ≤ 65 536 paths: 16-bit indices). */
export function columnOrder(paths: NullPaths, n: number): ColumnOrder {
  const col = n - EXACT_MAX - 1;
  const hit = paths.sorted[col];
  if (hit) return hit;
  const column = paths.v.subarray(col * PATHS, (col + 1) * PATHS);
  const maxV = (n * (n + 1)) / 2;
  const start = PATHS < 65536 ? new Uint16Array(maxV + 2) : new Int32Array(maxV + 2);
  const count = new Int32Array(maxV + 2);
  for (let i = 0; i < PATHS; i++) count[column[i] + 1]++;
  for (let v = 1; v <= maxV + 1; v++) count[v] += count[v - 1];
  start.set(count);
  const order = new Uint16Array(PATHS);
  for (let i = 0; i < PATHS; i++) order[count[column[i]]++] = i;
  const out = { order, start };
  paths.sorted[col] = out;
  return out;
}

const pathCache = new Map<number, NullPaths>();

/**
 * PATHS seeded null paths of (V_n) by sequential insertion over final magnitude ranks. The n-th
 * difference (final rank x, sign s) adds its own rank among the first n when positive, and one
 * to every earlier positive difference above it: V_n = V_{n−1} + s·(below + 1) + (positives − posBelow).
 * One Fenwick tree holds both counts per rank, packed as all + positive·2^16 (horizon < 2^16), so
 * each step is one prefix query and one update. Each path's draws come in one block (shuffle, then
 * signs: the order next() would give them), and V is written through a tile of TILE paths so the
 * column-major table is filled in runs rather than one cache line per value.
 */
export function nullPaths(horizon: number): NullPaths {
  const hit = pathCache.get(horizon);
  if (hit) return hit;
  const rng = createRng(SEED + horizon);
  const width = horizon - EXACT_MAX;
  const pattern = new Int32Array(PATHS);
  const v = new Int32Array(PATHS * width);
  const perm = new Int32Array(horizon);
  const tree = new Int32Array(horizon + 1);
  const draws = new Float64Array(2 * horizon - 1);
  const tile = new Int32Array(TILE * width);
  for (let path = 0; path < PATHS; path++) {
    rng.fill(draws);
    for (let i = 0; i < horizon; i++) perm[i] = i + 1;
    for (let i = horizon - 1, u = 0; i > 0; i--, u++) {
      const j = Math.floor(draws[u] * (i + 1));
      const t = perm[i]; perm[i] = perm[j]; perm[j] = t;
    }
    tree.fill(0);
    let V = 0;
    let positives = 0;
    const row = (path % TILE) * width;
    for (let n = 1; n <= horizon; n++) {
      const x = perm[n - 1];
      const s = draws[horizon + n - 2] < 0.5 ? 1 : 0;
      let packed = 0;
      for (let i = x - 1; i > 0; i -= i & -i) packed += tree[i];
      const below = packed & 0xffff;
      V += positives - (packed >>> 16) + (s ? below + 1 : 0);
      const inc = s ? 0x10001 : 1;
      for (let i = x; i <= horizon; i += i & -i) tree[i] += inc;
      positives += s;
      if (n > EXACT_MAX) tile[row + n - EXACT_MAX - 1] = V;
    }
    let pat = 0; // signs of the first EXACT_MAX by their rank among themselves
    for (let i = 0; i < EXACT_MAX; i++) {
      if (draws[horizon - 1 + i] >= 0.5) continue;
      let r = 0;
      for (let j = 0; j < EXACT_MAX; j++) if (perm[j] < perm[i]) r++;
      pat |= 1 << r;
    }
    pattern[path] = pat;
    if (path % TILE === TILE - 1) {
      const first = path - TILE + 1;
      for (let col = 0; col < width; col++) {
        for (let k = 0; k < TILE; k++) v[col * PATHS + first + k] = tile[k * width + col];
      }
    }
  }
  const out: NullPaths = { horizon, pattern, v, sorted: [] };
  pathCache.set(horizon, out);
  return out;
}
