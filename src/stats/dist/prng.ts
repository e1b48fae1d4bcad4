// Seeded PRNG for reproducible simulations: xoshiro128** seeded through splitmix32, plus normal
// deviates by Box–Muller. Math.random cannot be seeded, so it is never used in the benchmark.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** out.length draws of next(), the same stream, in one tight loop (the null-path simulation's hot path). */
  fill(out: Float64Array): void;
  normal(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const sm = splitmix32(seed);
  let a = sm(), b = sm(), c = sm(), d = sm();
  let spare: number | null = null;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a; d ^= b; b ^= c; a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => nextU32() / 4294967296;
  return {
    next,
    fill(out: Float64Array): void {
      let p = a, q = b, r = c, s = d;
      for (let i = 0; i < out.length; i++) {
        const m = Math.imul(q, 5);
        const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
        const t = q << 9;
        r ^= p; s ^= q; q ^= r; p ^= s;
        r ^= t;
        s = (s << 11) | (s >>> 21);
        out[i] = result / 4294967296;
      }
      a = p >>> 0; b = q >>> 0; c = r >>> 0; d = s >>> 0;
    },
    normal(): number {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
