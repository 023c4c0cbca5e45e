/**
 * The work the analysis hands to worker threads (stage-worker.ts), as pure functions of plain
 * data, so that a structured clone carries their input and their answer: the stages that are
 * done per document (clean, segment, and the candidate step's stems) and the classifier on a
 * chunk of the candidate pairs. Each is the function the single-threaded path runs (analyze.ts,
 * align/align-documents.ts), on part of the input.
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

export function segmentTask(task: SegmentTask): SegmentReply {
  const sentences = task.documents.map((d) => segmentSource(d, cleanDocument(d)));
  return task.stems ? { sentences, stems: documentStems(sentences) } : { sentences };
}

/** A sentence to prepare in the worker: its text and quotation spans (analyze.ts, sentenceQuoteSpans). */
export interface TaskSentence {
  text: string;
  spans: Span[];
}

/**
 * A chunk of candidate pairs: the sentences they join (each once) and the pairs, as indices into
 * those sentences, two per pair.
 */
export interface ClassifyTask {
  kind: 'classify';
  sentences: TaskSentence[];
  pairs: Int32Array;
}

/** The pairs of the chunk the classifier relates: their positions in the chunk, relations and scores. */
export interface ClassifyReply {
  at: Int32Array;
  relations: Relation[];
  scores: Float64Array;
}

export function classifyTask(task: ClassifyTask, onProgress?: (done: number) => void): ClassifyReply {
  const prepared: (PreparedText | undefined)[] = new Array<PreparedText | undefined>(task.sentences.length);
  const prepare = (k: number): PreparedText => (prepared[k] ??= prepareText(task.sentences[k]!.text, task.sentences[k]!.spans));
  const pairs: [number, number][] = [];
  for (let p = 0; p < task.pairs.length; p += 2) pairs.push([task.pairs[p]!, task.pairs[p + 1]!]);
  const found = classifyCandidates(prepare, pairs, 0, pairs.length, onProgress);
  return {
    at: Int32Array.from(found, (f) => f.at),
    relations: found.map((f) => f.relation),
    scores: Float64Array.from(found, (f) => f.score),
  };
}

export type StageTask = SegmentTask | ClassifyTask;
export type StageReply = SegmentReply | ClassifyReply;

export function runStageTask(task: StageTask, onProgress: (done: number) => void): StageReply {
  return task.kind === 'segment' ? segmentTask(task) : classifyTask(task, onProgress);
}
