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
import { classifyCandidates } from '../align/align-documents.js';
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
 * A chunk of candidate pairs, two indices per pair into the sentences of the worker's last
 * prepare task; `progress[0]` is set to the pairs done so far as the chunk goes (a shared counter
 * the calling thread reads for its progress line).
 */
export interface ClassifyTask {
  kind: 'classify';
  pairs: Int32Array;
  progress?: Int32Array;
}

/** The pairs of the chunk the classifier relates: their positions in the chunk, relations and scores. */
export interface ClassifyReply {
  at: Int32Array;
  relations: Relation[];
  scores: Float64Array;
}

export function classifyTask(task: ClassifyTask, prepared: readonly PreparedText[]): ClassifyReply {
  const pairs: [number, number][] = [];
  for (let p = 0; p < task.pairs.length; p += 2) pairs.push([task.pairs[p]!, task.pairs[p + 1]!]);
  const counter = task.progress;
  const found = classifyCandidates((k) => prepared[k]!, pairs, 0, pairs.length, counter && ((done) => Atomics.store(counter, 0, done)));
  if (counter) Atomics.store(counter, 0, pairs.length);
  return {
    at: Int32Array.from(found, (f) => f.at),
    relations: found.map((f) => f.relation),
    scores: Float64Array.from(found, (f) => f.score),
  };
}

export type StageTask = SegmentTask | PrepareTask | ClassifyTask;
export type StageReply = SegmentReply | PrepareReply | ClassifyReply;
