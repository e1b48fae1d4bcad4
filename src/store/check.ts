// The checks the results reader is built from: each takes an untrusted value and its JSON path and
// returns the value rebuilt from known fields, or throws Invalid naming the path and the problem.
import { inRange, optionSpec, rangeText } from '../plan/options.ts';
import { MAX_MEASURE, MAX_MEASURE_TEXT } from '../parse/types.ts';

export const MAX_SHORT = 4096; // names, refs, paths, labels
export const MAX_LONG = 64 * 1024; // log and stderr tails, reasons
export const MAX_ITEMS = 200_000; // launches, samples
export const MAX_BLOCKS = 100_000;
export const MAX_SAMPLES = 10_000; // repetitions inside one launch
export { MAX_TOKENS } from '../plan/workload.ts';

export type Check<T> = (v: unknown, path: string) => T;

export class Invalid extends Error {}
export const fail = (path: string, what: string): never => {
  throw new Invalid(`${path} ${what}`);
};

export const str = (max = MAX_SHORT): Check<string> => (v, p) => {
  if (typeof v !== 'string') return fail(p, `must be a string (got ${typeOf(v)})`);
  if (v.length > max) return fail(p, `is ${v.length} characters long (limit ${max})`);
  return v;
};
export const num: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, `must be a finite number (got ${typeOf(v)})`));
export const int: Check<number> = (v, p) => (Number.isSafeInteger(v) ? (v as number) : fail(p, `must be an integer (got ${typeOf(v)})`));
/** An integer in [min, max]: counts, sizes and indices are bounded, so nothing downstream loops forever. */
export const intIn = (min: number, max: number): Check<number> => (v, p) => {
  const n = int(v, p);
  return n >= min && n <= max ? n : fail(p, `must be between ${min} and ${max} (got ${n})`);
};
/** A number strictly inside (lo, hi), e.g. the margin and α the decision is recomputed with. */
export const numIn = (lo: number, hi: number): Check<number> => (v, p) => {
  const n = num(v, p);
  return n > lo && n < hi ? n : fail(p, `must be greater than ${lo} and less than ${hi} (got ${n})`);
};
/** A number within a flag's range in the option table (plan/options.ts): the range the CLI accepts. */
export const inFlagRange = (name: string): Check<number> => {
  const s = optionSpec('run', name);
  return (v, p) => {
    const n = num(v, p);
    return inRange(s, n) ? n : fail(p, `must be ${rangeText(s)} (got ${n})`);
  };
};
/** Throughput and durations: finite and > 0 (a zero, negative or absurd t/s is no measurement; the run refuses the same). */
export const positive: Check<number> = (v, p) => {
  const n = num(v, p);
  return n > 0 && n < MAX_MEASURE ? n : fail(p, `must be a positive number below ${MAX_MEASURE_TEXT} (got ${n})`);
};
/** A depth row's speed: finite, ≥ 0 and below the same bound. */
export const speed: Check<number> = (v, p) => {
  const n = num(v, p);
  return n >= 0 && n < MAX_MEASURE ? n : fail(p, `must be a number from 0 to below ${MAX_MEASURE_TEXT} (got ${n})`);
};
export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, `must be true or false (got ${typeOf(v)})`));
export const oneOf = <T extends string>(...allowed: T[]): Check<T> => (v, p) =>
  (allowed as unknown[]).includes(v) ? (v as T) : fail(p, `must be one of ${allowed.join(', ')} (got ${short(v)})`);
// Absent counts as null: a writer may leave out a field that has no value.
export const nullable = <T>(c: Check<T>): Check<T | null> => (v, p) => (v === null || v === undefined ? null : c(v, p));
export const optional = <T>(c: Check<T>): Check<T | undefined> => (v, p) => (v === undefined ? undefined : c(v, p));
export const arr = <T>(c: Check<T>, max = MAX_ITEMS): Check<T[]> => (v, p) => {
  if (!Array.isArray(v)) return fail(p, `must be an array (got ${typeOf(v)})`);
  if (v.length > max) return fail(p, `has ${v.length} items (limit ${max})`);
  return v.map((x, i) => c(x, `${p}[${i}]`));
};
export const tuple = <T>(c: Check<T>, n: number): Check<T[]> => (v, p) => {
  const a = arr(c, n)(v, p);
  return a.length === n ? a : fail(p, `must have exactly ${n} items (got ${a.length})`);
};
export const pair = <T>(c: Check<T>) => tuple(c, 2) as Check<[T, T]>;
export const triple = <T>(c: Check<T>) => tuple(c, 3) as Check<[T, T, T]>;
export const record = <T>(c: Check<T>, maxKeys = 1000): Check<Record<string, T>> => (v, p) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const keys = Object.keys(v);
  if (keys.length > maxKeys) return fail(p, `has ${keys.length} keys (limit ${maxKeys})`);
  const out: Record<string, T> = Object.create(null);
  for (const k of keys) {
    str(256)(k, `${p} key`);
    out[k] = c((v as Record<string, unknown>)[k], `${p}.${k}`);
  }
  return out;
};
type Shape = Record<string, Check<unknown>>;
// Keys whose check may yield undefined are optional properties, as in the contract types.
type Out<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: Exclude<ReturnType<S[K]>, undefined>;
};
export const obj = <S extends Shape>(shape: S): Check<Out<S>> => (v, p) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const out: Record<string, unknown> = {};
  for (const [k, c] of Object.entries(shape)) {
    const x = c((v as Record<string, unknown>)[k], `${p}.${k}`);
    if (x !== undefined) out[k] = x;
  }
  return out as Out<S>;
};
// raw llama-bench fields: keep scalars and flat arrays of scalars (samples_ns, samples_ts), strings
// capped; drop anything more deeply nested.
const scalar = (x: unknown): boolean =>
  typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'boolean' || x === null;
export const rawFields: Check<Record<string, unknown>> = (v, p) => {
  const src = record((x) => x, 500)(v, p);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(src)) {
    const cap = (y: unknown) => (typeof y === 'string' ? y.slice(0, MAX_SHORT) : y);
    if (scalar(x)) out[k] = cap(x);
    else if (Array.isArray(x) && x.length <= 100_000 && x.every(scalar)) out[k] = x.map(cap);
  }
  return out;
};

export function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
export function short(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : typeOf(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
