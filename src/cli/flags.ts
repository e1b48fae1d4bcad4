// Flag value checks shared by every command: one clear line naming the flag and a valid example.
import { UserError } from '../errors.ts';

export function intFlag(flag: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(v) || v < min) {
    throw new UserError(`${flag} must be an integer ≥ ${min} (got "${raw}")`, `example: ${flag} ${Math.max(min, fallback)}`);
  }
  return v;
}

export function numFlag(flag: string, raw: string | undefined, fallback: number, lo: number, hi: number): number {
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v) || v < lo || v > hi) {
    throw new UserError(`${flag} must be a number in [${lo}, ${hi}] (got "${raw}")`, `example: ${flag} ${fallback}`);
  }
  return v;
}
