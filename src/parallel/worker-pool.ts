/**
 * A pool of worker threads that run tasks and answer each with a reply: tasks are handed out as
 * workers become free, and the replies come back in the order of the tasks, whichever worker ran
 * each and whenever it finished, so that what is built from them does not depend on timing.
 * A worker may report progress on its task as it goes. An error in a task rejects the run with it.
 */
import { Worker } from 'node:worker_threads';

/** What the pool posts to a worker. */
export interface TaskMessage<Task> {
  id: number;
  task: Task;
}

/** What a worker posts back: progress on a task, its reply, or its error as data. */
export type WorkerMessage<Reply> = { id: number; progress: number } | { id: number; reply: Reply } | { id: number; error: { message: string; stack?: string } };

export class WorkerPool<Task, Reply> {
  private readonly workers: Worker[];

  /** `size` workers running the module at `url` (a built JS file: workers do not read TypeScript). */
  constructor(url: URL, size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => new Worker(url));
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Run every task; the replies in task order. `onProgress(task, done)` is called with what a
   * worker reports of the task it runs. Tasks go to workers as they become free, or with `ahead`
   * all at once, in turn (for a caller that keeps this thread busy meanwhile, so that a worker
   * never waits for this thread to hand it its next task).
   */
  run(tasks: readonly Task[], onProgress?: (task: number, done: number) => void, { ahead = false }: { ahead?: boolean } = {}): Promise<Reply[]> {
    const replies: Reply[] = new Array<Reply>(tasks.length);
    let next = 0;
    let left = tasks.length;
    return new Promise((resolve, reject) => {
      if (left === 0) return resolve(replies);
      let failed = false;
      const cleanups: (() => void)[] = [];
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        for (const c of cleanups) c();
        reject(e);
      };
      for (const worker of this.workers) {
        const give = () => {
          if (ahead || next >= tasks.length || failed) return;
          const id = next++;
          worker.postMessage({ id, task: tasks[id]! } satisfies TaskMessage<Task>);
        };
        const onMessage = (m: WorkerMessage<Reply>) => {
          if ('progress' in m) return onProgress?.(m.id, m.progress);
          if ('error' in m) {
            const e = new Error(m.error.message);
            if (m.error.stack) e.stack = m.error.stack;
            return fail(e);
          }
          replies[m.id] = m.reply;
          if (--left === 0) {
            for (const c of cleanups) c();
            return resolve(replies);
          }
          give();
        };
        const onError = (e: Error) => fail(e);
        const onExit = (code: number) => fail(new Error(`an analysis worker exited with code ${code}`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
        if (!ahead) give();
      }
      if (ahead) for (let id = 0; id < tasks.length; id++) this.workers[id % this.workers.length]!.postMessage({ id, task: tasks[id]! } satisfies TaskMessage<Task>);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
