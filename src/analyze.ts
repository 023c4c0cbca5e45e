/**
 * The whole analysis as one pure function: documents in, the contract out.
 * ingest (done by the caller) → clean → segment → align → classify → label → units → provenance.
 */
import { SCHEMA_VERSION, type AnalysisResult, type AnalyzedDocument, type SourceDocument } from './types.js';
import { classifyLines } from './clean/boilerplate.js';
import { segmentDocument } from './segment/segment-document.js';
import { prepareText } from './classify/prepared-text.js';
import { alignDocuments } from './align/align-documents.js';
import { quotedShare } from './align/shared-quote.js';
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
}

export function analyzeDocuments(docs: readonly SourceDocument[], options: AnalyzeOptions = {}): AnalysisResult {
  const ended = options.onStage;
  const lines = docs.map((d) => classifyLines(d.text, d.outlet.title === undefined ? {} : { title: d.outlet.title }));
  ended?.('clean');
  const sentences = docs.map((d, i) => segmentDocument(d.text, lines[i]!));
  ended?.('segment');
  const prepared = sentences.map((ss) =>
    ss.map((s) => (s.role === 'boilerplate' ? undefined : prepareText(s.text, s.quoted.map((q) => ({ start: q.start - s.start, end: q.end - s.start }))))),
  );
  const quotedShares = prepared.map((ps) => ps.map((p) => (p ? quotedShare(p) : 0)));
  ended?.('prepare');
  const aligned = sentences.map((ss, d) => ({ sentences: ss, prepared: prepared[d]! }));
  const pairs = alignDocuments(aligned);
  const runs = sharedRuns(aligned);
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
    engine: { candidates: 'all-pairs', quotedSources: true },
    name: options.name ?? 'documents',
    documents,
    units,
    provenance,
    warnings: options.warnings ?? [],
  };
  if (options.title !== undefined) result.title = options.title;
  return result;
}
