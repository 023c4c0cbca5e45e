/**
 * A worker thread of match-pool.ts: its own read-only connection to the archive, matching the
 * articles it is sent and posting back the answer's JSON text (or the error as data). Reads never
 * wait for a writer (WAL), so workers answer while the main thread or another process adds.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { SourceDocument } from '../types.js';
import { WiretraceError, type ExitCode } from '../errors.js';
import { ArchiveStore } from '../archive/archive-store.js';
import { matchArchive } from '../archive/match-archive.js';
import { matchJson } from '../archive/match-json.js';
import { openDatabase } from '../archive/open-archive.js';
import { toJson } from '../cli/json-output.js';

export interface MatchRequest {
  id: number;
  article: SourceDocument;
}

export type MatchReply = { id: number; json: string } | { id: number; error: { message: string; exitCode?: ExitCode } };

if (!isMainThread && parentPort) {
  const port = parentPort;
  const folder = (workerData as { folder: string }).folder;
  const opened = openDatabase(folder, { readonly: true }).then((db) => new ArchiveStore(db, folder));
  port.on('message', (request: MatchRequest) => {
    opened
      .then((store) => port.postMessage({ id: request.id, json: toJson(matchJson(matchArchive(store, [request.article])), 0) } satisfies MatchReply))
      .catch((e: unknown) => {
        const error: { message: string; exitCode?: ExitCode } = { message: e instanceof Error ? e.message : String(e) };
        if (e instanceof WiretraceError) error.exitCode = e.exitCode;
        port.postMessage({ id: request.id, error } satisfies MatchReply);
      });
  });
}
