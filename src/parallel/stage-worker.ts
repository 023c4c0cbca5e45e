/**
 * A worker thread of the analysis (analyze-in-parallel.ts): runs the stage tasks it is posted
 * (stage-tasks.ts) and posts back each reply, progress on the way, or the error as data.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import type { TaskMessage, WorkerMessage } from './worker-pool.js';
import { runStageTask, type StageReply, type StageTask } from './stage-tasks.js';

/** A classifier chunk reports its progress every this many pairs. */
const PROGRESS_EVERY = 4096;

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', ({ id, task }: TaskMessage<StageTask>) => {
    try {
      let last = 0;
      const reply = runStageTask(task, (done) => {
        if (done - last < PROGRESS_EVERY) return;
        last = done;
        port.postMessage({ id, progress: done } satisfies WorkerMessage<StageReply>);
      });
      const transfer = 'at' in reply ? [reply.at.buffer as ArrayBuffer, reply.scores.buffer as ArrayBuffer] : [];
      port.postMessage({ id, reply } satisfies WorkerMessage<StageReply>, transfer);
    } catch (e) {
      const error: { message: string; stack?: string } = { message: e instanceof Error ? e.message : String(e) };
      if (e instanceof Error && e.stack) error.stack = e.stack;
      port.postMessage({ id, error } satisfies WorkerMessage<StageReply>);
    }
  });
}
