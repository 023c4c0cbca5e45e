/**
 * The whole analysis as one pure function: documents in, the contract out.
 * ingest (done by the caller) → clean → segment → align → classify → label → units → provenance.
 *
 * The stages are the functions below and those of align/align-part.ts; `analyzeDocuments` runs
 * them one after another on this thread, aligning one part of every paired document. The parallel
 * path (src/parallel/analyze-in-parallel.ts) runs the same functions, the per-document ones and
 * one part of the alignment per thread on worker threads, and joins their results in the input's
 * order, so that its result is this one, byte for byte.
 */
import { SCHEMA_VERSION, type AnalysisResult, type AnalyzedDocument, type Line, type Sentence, type SourceDocument } from './types.js';
import { classifyLines } from './clean/boilerplate.js';
import { segmentDocument } from './segment/segment-document.js';
import { ALL_PAIRS_MAX_COST, allPairsCost, chooseCandidateStep, documentStems, indexedDocumentPairs, type CandidateChoice, type CandidateStep, type DocumentStems } from './align/candidate-step.js';
import { buildSegments } from './label/build-segments.js';
import type { SharedRuns } from './align/shared-runs.js';
import { alignmentParts } from './align/alignment-parts.js';
import { alignPart, joinParts, preparePart } from './align/align-part.js';
import type { AlignedPair } from './align/aligned-pair.js';
import { documentStats } from './label/document-stats.js';
import { contentUnits } from './units/content-units.js';
import { inferProvenance } from './provenance/infer-provenance.js';
import { unitOrigins } from './provenance/unit-origins.js';

/** The stages of the analysis, in the order `onStage` reports their ends. */
export const ANALYSIS_STAGES = ['clean', 'segment', 'prepare', 'align', 'label', 'provenance'] as const;
/** A stage of the analysis (`ANALYSIS_STAGES`). */
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

export interface AnalyzeOptions {
  name?: string;
  title?: string;
  warnings?: string[];
  /** Called as each stage ends, for timing them (`npm run bench:stages`); nothing depends on it. */
  onStage?: (stage: AnalysisStage) => void;
  /** Called now and then during the long stages with the work done so far (for a progress bar); nothing depends on it. */
  onProgress?: (stage: 'preparing' | 'aligning', done: number, total: number) => void;
  /** Which candidate step runs (align/candidate-step.ts); `auto` (the default) chooses from its cost. */
  candidates?: CandidateChoice;
}

/** Stage 1 for one document: its lines, classified (article, headline, boilerplate). */
export function cleanDocument(d: Pick<SourceDocument, 'text' | 'outlet'>): Line[] {
  return classifyLines(d.text, d.outlet.title === undefined ? {} : { title: d.outlet.title });
}

/** Stage 2 for one document: its sentences, from its lines. */
export function segmentSource(d: Pick<SourceDocument, 'text' | 'blockQuotes'>, lines: readonly Line[]): Sentence[] {
  return segmentDocument(d.text, lines, d.blockQuotes);
}

/** The candidate step's choice, and with the index its pairs of documents (align/candidate-step.ts). */
export interface CandidatePlan {
  candidates: CandidateStep;
  documentPairs?: [number, number][];
}

/** Which candidate step runs, and the index's document pairs; `stems` (documentStems) are asked for only when needed. */
export function planCandidates(sentences: readonly (readonly Sentence[])[], choice: CandidateChoice, stems: () => DocumentStems[]): CandidatePlan {
  let memo: DocumentStems[] | undefined;
  const stemsOf = () => (memo ??= stems());
  const sentenceCount = sentences.reduce((n, ss) => n + ss.length, 0);
  const candidates = chooseCandidateStep(sentenceCount, choice, () => allPairsCost(stemsOf(), ALL_PAIRS_MAX_COST));
  return candidates === 'index' ? { candidates, documentPairs: indexedDocumentPairs(stemsOf()) } : { candidates };
}

/** What the stages before labelling give the stages after it. */
export interface Alignment {
  sentences: readonly (readonly Sentence[])[];
  quotedShares: readonly (readonly number[])[];
  pairs: AlignedPair[];
  runs: SharedRuns;
  candidates: CandidateStep;
}

/** Stages 5 to 9: label, units, provenance, and the result. */
export function labelAndInfer(docs: readonly SourceDocument[], alignment: Alignment, options: AnalyzeOptions): AnalysisResult {
  const ended = options.onStage;
  const ids = docs.map((d) => d.id);
  const segments = buildSegments(ids, alignment.sentences, alignment.quotedShares, alignment.pairs, alignment.runs);
  const { units, unitOf } = contentUnits(ids, segments);
  segments.forEach((ss, d) =>
    ss.forEach((s, i) => {
      const u = unitOf[d]![i];
      if (u !== undefined) s.unit = u;
    }),
  );
  const documents: AnalyzedDocument[] = docs.map((d, i) => ({
    id: d.id,
    file: d.file,
    outlet: d.outlet,
    text: d.text,
    segments: segments[i]!,
    stats: documentStats(segments[i]!),
  }));
  ended?.('label');
  const provenance = inferProvenance(documents);
  const origins = unitOrigins(units, provenance.edges);
  for (const u of units) {
    const o = origins.get(u.id);
    if (o !== undefined) u.origin = o;
  }
  ended?.('provenance');
  const result: AnalysisResult = {
    schemaVersion: SCHEMA_VERSION,
    engine: { candidates: alignment.candidates },
    name: options.name ?? 'documents',
    documents,
    units,
    provenance,
    warnings: options.warnings ?? [],
  };
  if (options.title !== undefined) result.title = options.title;
  return result;
}

export function analyzeDocuments(docs: readonly SourceDocument[], options: AnalyzeOptions = {}): AnalysisResult {
  // The stages up to alignment in a function of their own: what only they need (lines, prepared
  // texts) can go before labelling, the peak of memory.
  return labelAndInfer(docs, alignOnThisThread(docs, options), options);
}

/** Stages 1 and 2 on this thread: each document's sentences (its lines needed no longer). */
function segmentOnThisThread(docs: readonly SourceDocument[], ended: AnalyzeOptions['onStage']): Sentence[][] {
  const lines = docs.map(cleanDocument);
  ended?.('clean');
  const sentences = docs.map((d, i) => segmentSource(d, lines[i]!));
  ended?.('segment');
  return sentences;
}

/** Stages 1 to 4 on this thread: one part (align/align-part.ts) of every document the candidate step pairs. */
function alignOnThisThread(docs: readonly SourceDocument[], options: AnalyzeOptions): Alignment {
  const ended = options.onStage;
  const sentences = segmentOnThisThread(docs, ended);
  // The candidate step (align/candidate-step.ts): the index prepares only documents it pairs.
  const plan = planCandidates(sentences, options.candidates ?? 'auto', () => documentStems(sentences));
  const progress = options.onProgress;
  const [part] = alignmentParts(docs.length, plan.documentPairs, 1, () => 1);
  const prepared = preparePart(sentences, part!, progress && ((done, total) => progress('preparing', done, total)));
  ended?.('prepare');
  const total = prepared.plan.candidates.length;
  const aligned = alignPart(prepared, docs.length, undefined, progress && ((done) => progress('aligning', done, total)));
  ended?.('align');
  return { sentences, ...joinParts(sentences, [aligned]), candidates: plan.candidates };
}
