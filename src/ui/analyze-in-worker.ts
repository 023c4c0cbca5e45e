/**
 * Runs the analysis in a worker thread (analysis-worker.ts), so that the review screen's modules
 * (Ink, React) load on the main thread at the same time: on the seeds this brings the first screen
 * forward by the time the smaller of the two takes. Errors come back as data and are rethrown as
 * they were.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from '../types.js';
import { WiretraceError } from '../errors.js';
import type { WorkerData, WorkerReply } from './analysis-worker.js';
import type { AnalysisSettings } from '../cli/load-analysis.js';

/** Beside this module both in dist/ (tsc) and in dist/bin/ (the bundle, scripts/bundle.mjs). */
const WORKER_URL = new URL('./analysis-worker.js', import.meta.url);

export function analyzeInWorker(paths: readonly string[], settings: AnalysisSettings = {}): Promise<AnalysisResult> {
  const { fetcher: _fetcher, ...addresses } = settings.addresses ?? {};
  const data: WorkerData = { paths: [...paths], settings: { ...settings, addresses } };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: data });
    worker.once('message', (reply: WorkerReply) => {
      if (reply.result) return resolve(reply.result);
      const e = reply.error;
      const err = e?.exitCode ? new WiretraceError(e.message, e.exitCode) : new Error(e?.message ?? 'analysis failed');
      if (e?.stack) err.stack = e.stack;
      reject(err);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`analysis worker exited with code ${code}`));
    });
  });
}
