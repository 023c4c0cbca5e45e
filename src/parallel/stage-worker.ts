/**
 * A worker thread of the analysis (analyze-in-parallel.ts): runs the stage tasks it is posted
 * (stage-tasks.ts) in the order posted and posts back each reply, or the error as data. It keeps
 * the part of its last prepare task for the count and align tasks after it.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import type { PreparedPart } from '../align/align-part.js';
import type { TaskMessage, WorkerMessage } from './worker-pool.js';
import { alignTask, countTask, prepareTask, segmentTask, type StageReply, type StageTask } from './stage-tasks.js';

if (!isMainThread && parentPort) {
  const port = parentPort;
  let prepared: PreparedPart | undefined;
  const kept = (): PreparedPart => {
    if (!prepared) throw new Error('an analysis worker was asked to align before it prepared a part');
    return prepared;
  };
  port.on('message', ({ id, task }: TaskMessage<StageTask>) => {
    try {
      let reply: StageReply;
      let moved: ArrayBuffer[] = [];
      if (task.kind === 'segment') {
        const segmented = segmentTask(task);
        // The packed sentences move to the calling thread rather than being copied.
        moved = [segmented.sentences.numbers.buffer as ArrayBuffer];
        reply = segmented;
      } else if (task.kind === 'prepare') {
        prepared = undefined;
        const done = prepareTask(task);
        prepared = done.prepared;
        reply = done.reply;
      } else if (task.kind === 'count') reply = countTask(task, kept());
      else {
        reply = alignTask(task, kept());
        // The part's memory goes with its answer.
        prepared = undefined;
      }
      port.postMessage({ id, reply } satisfies WorkerMessage<StageReply>, moved);
    } catch (e) {
      const error: { message: string; stack?: string } = { message: e instanceof Error ? e.message : String(e) };
      if (e instanceof Error && e.stack) error.stack = e.stack;
      port.postMessage({ id, error } satisfies WorkerMessage<StageReply>);
    }
  });
}
