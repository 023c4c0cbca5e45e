/**
 * The work the analysis hands to worker threads (stage-worker.ts), as functions of plain data, so
 * that a structured clone carries their input and their answer: the stages that are done per
 * document (clean, segment, and the candidate step's stems), and alignment of a part of the input
 * (align/align-part.ts) in three steps: prepare the part, count the runs of words that may be
 * stock phrases, align. Each is the function the one-thread path runs (analyze.ts), on part of the
 * input.
 *
 * A worker keeps the part it prepared (a `prepare` task) for the `count` and `align` tasks that
 * follow; so a part's sentences cross to the worker once, and only its results come back.
 */
import type { Sentence, SourceDocument } from '../types.js';
import { cleanDocument, segmentSource } from '../analyze.js';
import { documentStems, type DocumentStems } from '../align/candidate-step.js';
import type { AlignmentPart } from '../align/alignment-parts.js';
import type { RunKey } from '../align/shared-runs.js';
import { packSentences, unpackSentences, type PackedSentences } from './sentence-transfer.js';
import { alignPart, partRunCounts, preparePart, stockCandidates, type PartAlignment, type PreparedPart } from '../align/align-part.js';

/** Documents to clean and segment; `stems`: also their sentences' content stems (candidate-step.ts). */
export interface SegmentTask {
  kind: 'segment';
  documents: Pick<SourceDocument, 'text' | 'outlet' | 'blockQuotes'>[];
  stems: boolean;
}

/** The documents' sentences (packed: sentence-transfer.ts) and their stems. */
export interface SegmentReply {
  sentences: PackedSentences;
  stems?: DocumentStems[];
}

/** The documents cleaned and segmented, and their stems if asked for (the calling thread's own share too). */
export function segmentDocuments(task: Pick<SegmentTask, 'documents' | 'stems'>): { sentences: Sentence[][]; stems?: DocumentStems[] } {
  const sentences = task.documents.map((d) => segmentSource(d, cleanDocument(d)));
  return task.stems ? { sentences, stems: documentStems(sentences) } : { sentences };
}

export function segmentTask(task: SegmentTask): SegmentReply {
  const { sentences, stems } = segmentDocuments(task);
  return stems ? { sentences: packSentences(sentences), stems } : { sentences: packSentences(sentences) };
}

/** A part to prepare and keep: the part, its documents' texts and sentences (in its order; packed), how many documents the input has, and in how many parts it is aligned. */
export interface PrepareTask {
  kind: 'prepare';
  part: AlignmentPart;
  texts: string[];
  sentences: PackedSentences;
  documentCount: number;
  parts: number;
}

/** How many candidate pairs the part has, and its runs that may be stock phrases of the whole input (stockCandidates). */
export interface PrepareReply {
  candidates: number;
  stockCandidates: RunKey[];
}

/** The part prepared, from the sentences of its documents alone. */
export function prepareTask(task: PrepareTask): { prepared: PreparedPart; reply: PrepareReply } {
  const sentences: Sentence[][] = Array.from({ length: task.documentCount }, () => []);
  const own = unpackSentences(task.sentences, task.texts);
  task.part.documents.forEach((d, k) => (sentences[d] = own[k]!));
  const prepared = preparePart(sentences, task.part);
  return { prepared, reply: { candidates: prepared.plan.candidates.length, stockCandidates: stockCandidates(prepared, task.documentCount, task.parts) } };
}

/** The parts' stock candidates, merged: how many of the part's documents hold each. */
export interface CountTask {
  kind: 'count';
  keys: RunKey[];
}

export interface CountReply {
  counts: Int32Array;
}

export function countTask(task: CountTask, prepared: PreparedPart): CountReply {
  return { counts: partRunCounts(prepared, task.keys) };
}

/**
 * Align the kept part: `stock` the runs that are stock phrases of the whole input (stockRuns);
 * `done[0]`, in shared memory, counts the candidate pairs classified by every thread (for the
 * calling thread's progress line).
 */
export interface AlignTask {
  kind: 'align';
  documentCount: number;
  stock: RunKey[];
  done: Int32Array;
}

export function alignTask(task: AlignTask, prepared: PreparedPart): PartAlignment {
  return alignPart(prepared, task.documentCount, task.stock, countInto(task.done));
}

/** A callback of alignPart's `onClassified` that adds each step's new pairs to a shared count. */
export function countInto(done: Int32Array, then?: () => void): (classified: number) => void {
  let counted = 0;
  return (classified) => {
    Atomics.add(done, 0, classified - counted);
    counted = classified;
    then?.();
  };
}

export type StageTask = SegmentTask | PrepareTask | CountTask | AlignTask;
export type StageReply = SegmentReply | PrepareReply | CountReply | PartAlignment;
