/**
 * How many threads the analysis uses (`--jobs N`, the library's `jobs`), and from what size of
 * input it starts worker threads at all (README, "Large inputs").
 */
import { availableParallelism } from 'node:os';
import { usageError } from '../errors.js';

/** The most threads the default takes, however many cores there are (README, "Parallel analysis"). */
export const MAX_DEFAULT_JOBS = 8;

/**
 * The default: one thread per core (`os.availableParallelism()`), at most MAX_DEFAULT_JOBS. On the
 * scale bench's corpus (16,558 documents, README "Parallel analysis") two threads on a 2-core
 * machine take about three quarters of one thread's time, for about 80 MB more at the peak (each
 * worker keeps only its part of the input); beyond eight, the stages that run on one thread (reading the files,
 * the candidate index, labels and provenance) are most of the time left, and every worker
 * loads its own engine.
 */
export function defaultJobs(): number {
  return Math.max(1, Math.min(MAX_DEFAULT_JOBS, availableParallelism()));
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
