/**
 * Runs the analysis in a worker thread, so that the review screen's modules (Ink, React) load on
 * the main thread at the same time: on the seeds this brings the first screen forward by the
 * time the smaller of the two takes. Errors come back as data and are rethrown as they were.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { AnalysisResult } from '../types.js';
import { WiretraceError } from '../errors.js';

interface Reply {
  result?: AnalysisResult;
  error?: { message: string; stack?: string; exitCode?: 1 | 2 };
}

export function analyzeInWorker(paths: readonly string[]): Promise<AnalysisResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { paths: [...paths] } });
    worker.once('message', (reply: Reply) => {
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

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { loadAndAnalyze } = await import('../cli/load-analysis.js');
  try {
    port.postMessage({ result: loadAndAnalyze((workerData as { paths: string[] }).paths) } satisfies Reply);
  } catch (e) {
    const error: Reply['error'] = { message: e instanceof Error ? e.message : String(e) };
    if (e instanceof Error && e.stack) error.stack = e.stack;
    if (e instanceof WiretraceError) error.exitCode = e.exitCode;
    port.postMessage({ error } satisfies Reply);
  }
}
