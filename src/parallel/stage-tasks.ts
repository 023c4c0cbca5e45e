/**
 * The work the analysis hands to worker threads (stage-worker.ts), as functions of plain data, so
 * that a structured clone carries their input and their answer: the stages that are done per
 * document (clean, segment, and the candidate step's stems), preparing the sentences alignment
 * compares, and the classifier on a chunk of the candidate pairs. Each is the function the
 * single-threaded path runs (analyze.ts, align/align-documents.ts), on part of the input.
 *
 * A worker keeps what it prepared (a `prepare` task) for the `classify` tasks that follow, which
 * name sentences by their place in that list; so only the pairs, as typed arrays, go to a worker
 * for classifying, and only the related pairs come back.
 */
import type { Relation, Sentence, SourceDocument, Span } from '../types.js';
import { cleanDocument, segmentSource } from '../analyze.js';
import { documentStems } from '../align/candidate-step.js';
import { classifyCandidates, type FoundPair } from '../align/align-documents.js';
import { prepareText, type PreparedText } from '../classify/prepared-text.js';

/** Documents to clean and segment; `stems`: also their sentences' content stems (candidate-step.ts). */
export interface SegmentTask {
  kind: 'segment';
  documents: Pick<SourceDocument, 'text' | 'outlet' | 'blockQuotes'>[];
  stems: boolean;
}

export interface SegmentReply {
  sentences: Sentence[][];
  stems?: string[][][];
}

export function segmentTask(task: Pick<SegmentTask, 'documents' | 'stems'>): SegmentReply {
  const sentences = task.documents.map((d) => segmentSource(d, cleanDocument(d)));
  return task.stems ? { sentences, stems: documentStems(sentences) } : { sentences };
}

/** A sentence to prepare in the worker: its text and quotation spans (analyze.ts, sentenceQuoteSpans). */
export interface TaskSentence {
  text: string;
  spans: Span[];
}

/** The sentences alignment compares, to prepare and keep, in order (they replace any kept before). */
export interface PrepareTask {
  kind: 'prepare';
  sentences: TaskSentence[];
}

/** How many sentences were prepared. */
export interface PrepareReply {
  prepared: number;
}

export function prepareTask(task: PrepareTask): PreparedText[] {
  return task.sentences.map((s) => prepareText(s.text, s.spans));
}

/**
 * The candidate pairs, two indices per pair into the sentences of the worker's last prepare task,
 * in shared memory, cut into chunks of `chunk` pairs that every thread takes one at a time from
 * the shared counter `next[0]` until none is left; `done[0]` counts the pairs classified, by all
 * threads (for the calling thread's progress line). Which thread classified which chunk does not
 * matter: every pair is classified once, by the same function, and the calling thread puts the
 * related pairs back in candidate order.
 */
export interface ClassifyTask {
  kind: 'classify';
  pairs: Int32Array;
  chunk: number;
  next: Int32Array;
  done: Int32Array;
}

/** The pairs this worker classified that the classifier relates: their candidate positions, relations and scores. */
export interface ClassifyReply {
  at: Int32Array;
  relations: Relation[];
  scores: Float64Array;
}

/**
 * Take chunks of the shared candidates (`candidates`: the same pairs as `task.pairs`, in this
 * thread's terms) until none is left, classifying each: the related pairs, `at` their candidate
 * positions. `onChunk` is called after each chunk (a progress line's chance to redraw).
 */
export function classifyShared(task: Pick<ClassifyTask, 'chunk' | 'next' | 'done'>, prepared: (ref: number) => PreparedText, candidates: readonly (readonly [number, number])[], onChunk?: () => void): FoundPair[] {
  const chunks = Math.ceil(candidates.length / task.chunk);
  const found: FoundPair[] = [];
  for (let c = Atomics.add(task.next, 0, 1); c < chunks; c = Atomics.add(task.next, 0, 1)) {
    const from = c * task.chunk;
    const to = Math.min(candidates.length, from + task.chunk);
    for (const f of classifyCandidates(prepared, candidates, from, to)) found.push(f);
    Atomics.add(task.done, 0, to - from);
    onChunk?.();
  }
  return found;
}

export function classifyTask(task: ClassifyTask, prepared: readonly PreparedText[]): ClassifyReply {
  const candidates: [number, number][] = [];
  for (let p = 0; p < task.pairs.length; p += 2) candidates.push([task.pairs[p]!, task.pairs[p + 1]!]);
  const found = classifyShared(task, (k) => prepared[k]!, candidates);
  return {
    at: Int32Array.from(found, (f) => f.at),
    relations: found.map((f) => f.relation),
    scores: Float64Array.from(found, (f) => f.score),
  };
}

export type StageTask = SegmentTask | PrepareTask | ClassifyTask;
export type StageReply = SegmentReply | PrepareReply | ClassifyReply;
