/** `--seed N`: a whole number from 0 to 2^32 − 1; anything else is a usage error. */
import { usageError } from '../errors.js';
import { DEFAULT_SEED } from './build-exercise.js';

export const MAX_SEED = 0xffffffff;

export function parseSeed(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SEED;
  const n = /^\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n > MAX_SEED) throw usageError(`--seed must be a whole number from 0 to ${MAX_SEED}, not "${value}"`);
  return n;
}
