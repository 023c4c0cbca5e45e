/**
 * The worker thread of analyze-in-worker.ts: analyses the paths it is given and posts back the
 * result, or the error as data (message, stack, exit code).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { AnalysisResult } from '../types.js';
import { WiretraceError } from '../errors.js';
import { loadAndAnalyze, type AnalysisSettings } from '../cli/load-analysis.js';

export interface WorkerReply {
  result?: AnalysisResult;
  error?: { message: string; stack?: string; exitCode?: 1 | 2 };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const data = workerData as { paths: string[]; settings: AnalysisSettings };
  try {
    port.postMessage({ result: loadAndAnalyze(data.paths, data.settings) } satisfies WorkerReply);
  } catch (e) {
    const error: WorkerReply['error'] = { message: e instanceof Error ? e.message : String(e) };
    if (e instanceof Error && e.stack) error.stack = e.stack;
    if (e instanceof WiretraceError) error.exitCode = e.exitCode;
    port.postMessage({ error } satisfies WorkerReply);
  }
}
