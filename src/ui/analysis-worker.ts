/**
 * The worker thread of analyze-in-worker.ts: analyses the paths it is given and posts back the
 * result, or the error as data (message, stack, exit code).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { AnalysisResult } from '../types.js';
import { WiretraceError, type ExitCode } from '../errors.js';
import { loadAndAnalyze, type AnalysisSettings } from '../cli/load-analysis.js';
import type { AddressOptions } from '../ingest/addresses.js';

export interface WorkerData {
  paths: string[];
  /** The address options without `fetcher` (a function cannot be posted to a worker). */
  settings: Omit<AnalysisSettings, 'addresses'> & { addresses?: Omit<AddressOptions, 'fetcher'> };
}

export interface WorkerReply {
  result?: AnalysisResult;
  error?: { message: string; stack?: string; exitCode?: ExitCode };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const data = workerData as WorkerData;
  loadAndAnalyze(data.paths, data.settings).then(
    (result) => port.postMessage({ result } satisfies WorkerReply),
    (e: unknown) => {
      const error: WorkerReply['error'] = { message: e instanceof Error ? e.message : String(e) };
      if (e instanceof Error && e.stack) error.stack = e.stack;
      if (e instanceof WiretraceError) error.exitCode = e.exitCode;
      port.postMessage({ error } satisfies WorkerReply);
    },
  );
}
