/**
 * The whole analysis as one pure function: documents in, the contract out.
 * ingest (done by the caller) → clean → segment → align → classify → label → units → provenance.
 */
import { SCHEMA_VERSION, type AnalysisResult, type AnalyzedDocument, type SourceDocument } from './types.js';
import { classifyLines } from './clean/boilerplate.js';
import { segmentDocument } from './segment/segment-document.js';
import { prepareText } from './classify/prepared-text.js';
import { alignDocuments, type AlignOptions } from './align/align-documents.js';
import { quotedShare, sentenceQuotedShare } from './align/shared-quote.js';
import { allPairsCost, chooseCandidateStep, documentStems, indexedDocumentPairs, type CandidateChoice } from './align/candidate-step.js';
import { buildSegments } from './label/build-segments.js';
import { sharedRuns } from './align/shared-runs.js';
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

export function analyzeDocuments(docs: readonly SourceDocument[], options: AnalyzeOptions = {}): AnalysisResult {
  const ended = options.onStage;
  const lines = docs.map((d) => classifyLines(d.text, d.outlet.title === undefined ? {} : { title: d.outlet.title }));
  ended?.('clean');
  const sentences = docs.map((d, i) => segmentDocument(d.text, lines[i]!, d.blockQuotes));
  ended?.('segment');
  // The candidate step (align/candidate-step.ts): the index prepares only documents it pairs.
  let stems: string[][][] | undefined;
  const stemsOf = () => (stems ??= documentStems(sentences));
  const sentenceCount = sentences.reduce((n, ss) => n + ss.length, 0);
  const candidates = chooseCandidateStep(sentenceCount, options.candidates ?? 'auto', () => allPairsCost(stemsOf()));
  const documentPairs = candidates === 'index' ? indexedDocumentPairs(stemsOf()) : undefined;
  stems = undefined;
  const paired = documentPairs && new Set(documentPairs.flat());
  const progress = options.onProgress;
  const prepared = sentences.map((ss, d) => {
    if (progress && d % 64 === 0) progress('preparing', d, sentences.length);
    return ss.map((s) =>
      s.role === 'boilerplate' || (paired && !paired.has(d)) ? undefined : prepareText(s.text, s.quoted.map((q) => ({ start: q.start - s.start, end: q.end - s.start }))),
    );
  });
  const quotedShares = prepared.map((ps, d) => ps.map((p, i) => (p ? quotedShare(p) : sentenceQuotedShare(sentences[d]![i]!))));
  ended?.('prepare');
  const aligned = sentences.map((ss, d) => ({ sentences: ss, prepared: prepared[d]! }));
  const alignOptions: AlignOptions = {};
  if (documentPairs) alignOptions.documentPairs = documentPairs;
  if (progress) alignOptions.onProgress = (done, total) => progress('aligning', done, total);
  const pairs = alignDocuments(aligned, alignOptions);
  const runs = sharedRuns(aligned, documentPairs);
  ended?.('align');
  const ids = docs.map((d) => d.id);
  const segments = buildSegments(ids, sentences, quotedShares, pairs, runs);
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
    engine: { candidates },
    name: options.name ?? 'documents',
    documents,
    units,
    provenance,
    warnings: options.warnings ?? [],
  };
  if (options.title !== undefined) result.title = options.title;
  return result;
}
