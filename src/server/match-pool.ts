/**
 * The server's matches run in worker threads (match-worker.ts), one per core by default, so that
 * matches use every core and the main thread stays free for HTTP and writes. Each request goes to
 * the worker with the fewest requests under way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../types.js';
import { WiretraceError } from '../errors.js';
import type { MatchReply, MatchRequest } from './match-worker.js';

/** Beside this module both in dist/ (tsc) and in dist/bin/ (the bundle, scripts/bundle.mjs). */
const WORKER_URL = new URL('./match-worker.js', import.meta.url);

interface PooledWorker {
  worker: Worker;
  pending: Map<number, { resolve: (json: string) => void; reject: (e: Error) => void }>;
}

export class MatchPool {
  private readonly workers: PooledWorker[];
  private next = 0;

  constructor(folder: string, size = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const w: PooledWorker = { worker: new Worker(WORKER_URL, { workerData: { folder } }), pending: new Map() };
      w.worker.on('message', (reply: MatchReply) => {
        const p = w.pending.get(reply.id);
        if (!p) return;
        w.pending.delete(reply.id);
        if ('json' in reply) p.resolve(reply.json);
        else p.reject(reply.error.exitCode ? new WiretraceError(reply.error.message, reply.error.exitCode) : new Error(reply.error.message));
      });
      w.worker.on('error', (e) => {
        for (const p of w.pending.values()) p.reject(e);
        w.pending.clear();
      });
      return w;
    });
  }

  /** The JSON text of `match --json` for one article. */
  match(article: SourceDocument): Promise<string> {
    const w = this.workers.reduce((best, x) => (x.pending.size < best.pending.size ? x : best));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      w.worker.postMessage({ id, article } satisfies MatchRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
