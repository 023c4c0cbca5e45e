/**
 * A pool of worker threads that run tasks and answer each with a reply. Each task is posted to a
 * worker named by the caller, so that a task can rely on what an earlier task left in that
 * worker's state (stage-worker.ts); what is built from the replies does not depend on timing, as
 * the caller awaits each worker's replies for what it posted. An error in a task, or a worker that
 * fails or exits, rejects what was posted to it.
 */
import { Worker } from 'node:worker_threads';

/** What the pool posts to a worker. */
export interface TaskMessage<Task> {
  id: number;
  task: Task;
}

/** What a worker posts back: its reply to a task, or the error as data. */
export type WorkerMessage<Reply> = { id: number; reply: Reply } | { id: number; error: { message: string; stack?: string } };

interface Pending<Reply> {
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
}

export class WorkerPool<Task, Reply> {
  private readonly workers: Worker[];
  private readonly pending: Map<number, Pending<Reply>>[];
  private nextId = 0;

  /** `size` workers running the module at `url` (a built JS file: workers do not read TypeScript). */
  constructor(url: URL, size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => new Worker(url));
    this.pending = this.workers.map(() => new Map());
    this.workers.forEach((worker, w) => {
      const waiting = this.pending[w]!;
      const failAll = (e: Error) => {
        for (const p of waiting.values()) p.reject(e);
        waiting.clear();
      };
      worker.on('message', (m: WorkerMessage<Reply>) => {
        const p = waiting.get(m.id);
        if (!p) return;
        waiting.delete(m.id);
        if ('error' in m) {
          const e = new Error(m.error.message);
          if (m.error.stack) e.stack = m.error.stack;
          p.reject(e);
        } else p.resolve(m.reply);
      });
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`an analysis worker exited with code ${code}`)));
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Post `task` to worker `w` (moving `transfer` to it); its reply. */
  post(w: number, task: Task, transfer: readonly ArrayBuffer[] = []): Promise<Reply> {
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending[w]!.set(id, { resolve, reject });
      this.workers[w]!.postMessage({ id, task } satisfies TaskMessage<Task>, transfer as ArrayBuffer[]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
