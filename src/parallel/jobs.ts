/**
 * How many threads the analysis uses (`--jobs N`, the library's `jobs`), and from what size of
 * input it starts worker threads at all (README, "Large inputs").
 */
import { usageError } from '../errors.js';

/**
 * The default: one thread. Measured with the scale bench's corpus (README, "Not done yet"), on a
 * busy 2-core machine `--jobs 2` took a median 19.7 s against 19.5 s for `--jobs 1` on the full
 * Reuters corpus (four runs each), and 1,234–1,250 MB against 993–1,018 MB at its peak (each
 * worker keeps its own engine and prepared sentences): no faster, and over the 1 GB goal.
 * `--jobs N` asks for them.
 */
export function defaultJobs(): number {
  return 1;
}

/**
 * Below this many documents the analysis runs on the calling thread whatever `jobs` says: starting
 * a worker (loading the engine into it) costs about as much as the per-document and per-pair
 * stages of that many Reuters articles take on one core (README, "Large inputs").
 */
export const WORKERS_MIN_DOCUMENTS = 200;

/** `--jobs` as given: a positive whole number, else a usage error (exit 2). */
export function parseJobs(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(Number.isSafeInteger(n) && n >= 1)) throw usageError(`--jobs must be a whole number of threads, 1 or more (got "${value}")`);
  return n;
}

/** Whether an analysis of `documents` documents with `jobs` threads starts workers. */
export function usesWorkers(documents: number, jobs: number): boolean {
  return jobs > 1 && documents >= WORKERS_MIN_DOCUMENTS;
}
