/**
 * A worker thread of the analysis (analyze-in-parallel.ts): runs the stage tasks it is posted
 * (stage-tasks.ts) in the order posted and posts back each reply, or the error as data. It keeps
 * the sentences of its last prepare task for the classify tasks after it.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import type { PreparedText } from '../classify/prepared-text.js';
import type { TaskMessage, WorkerMessage } from './worker-pool.js';
import { classifyTask, prepareTask, segmentTask, type StageReply, type StageTask } from './stage-tasks.js';

if (!isMainThread && parentPort) {
  const port = parentPort;
  let prepared: PreparedText[] = [];
  port.on('message', ({ id, task }: TaskMessage<StageTask>) => {
    try {
      if (task.kind === 'segment') port.postMessage({ id, reply: segmentTask(task) } satisfies WorkerMessage<StageReply>);
      else if (task.kind === 'prepare') {
        prepared = [];
        prepared = prepareTask(task);
        port.postMessage({ id, reply: { prepared: prepared.length } } satisfies WorkerMessage<StageReply>);
      } else {
        const reply = classifyTask(task, prepared);
        port.postMessage({ id, reply } satisfies WorkerMessage<StageReply>, [reply.at.buffer as ArrayBuffer, reply.scores.buffer as ArrayBuffer]);
      }
    } catch (e) {
      const error: { message: string; stack?: string } = { message: e instanceof Error ? e.message : String(e) };
      if (e instanceof Error && e.stack) error.stack = e.stack;
      port.postMessage({ id, error } satisfies WorkerMessage<StageReply>);
    }
  });
}
