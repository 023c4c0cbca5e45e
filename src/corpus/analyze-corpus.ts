/**
 * Corpus mode: the analysis of many documents with cost close to linear in their number and
 * memory bounded by the corpus's signatures and relations, not by its texts or its pairs.
 *
 *   1. read     each file once: clean, segment, keep only its shingle signature (shingles.ts)
 *   2. index    sort all (shingle, document) keys; shingles above the document-frequency
 *               cut-off are common passages (common-passages.ts); the rest give candidate pairs
 *   3. align    each candidate pair as the small path would (pair-analysis.ts), documents
 *               re-read and prepared through a bounded cache; keep relations and edges only
 *   4. units    content units and edges over the whole corpus (corpus-units.ts, corpus-edges.ts)
 *   5. write    each document re-read, its segments built from the kept relations, and handed
 *               to `onDocument` in input order, so output can be streamed
 *
 * Analysis code does not print: progress and documents go to the callbacks.
 */
import { createHash } from 'node:crypto';
import type { AnalyzedDocument, ContentUnit, DocumentProvenance, OutletInfo, Provenance, Segment } from '../types.js';
import { inputError } from '../errors.js';
import { compareMatches, labelFor, QUOTE_SEGMENT_MIN_SHARE } from '../label/build-segments.js';
import { documentStats } from '../label/document-stats.js';
import { inferProvenance } from '../provenance/infer-provenance.js';
import { countWords } from '../text/tokens.js';
import { AlignedStore } from './aligned-store.js';
import { maxDocumentFrequency } from '../align/common-passages.js';
import { alignableDocument, documentSentences, documentSignature, sentenceQuotedShare, type AlignableDocument } from './corpus-document.js';
import { packSentences, unpackSentences } from './sentence-codec.js';
import { DuplicateFinder, duplicateKey, duplicateWarning } from '../ingest/duplicates.js';
import { readCorpusText, uniqueId, wantedId, type CorpusFile, type CorpusListing } from './corpus-files.js';
import { outletOf } from '../ingest/inputs.js';
import { corpusEdges, type PairEdge } from './corpus-edges.js';
import { corpusUnits, setUnitOrigins, unitKey } from './corpus-units.js';
import { analyzePair } from './pair-analysis.js';
import { buildShingleIndex, candidateDocumentPairs, MAX_CORPUS_DOCUMENTS, unpackPair } from '../align/shingle-index.js';

export type CorpusPhase = 'reading' | 'indexing' | 'aligning' | 'writing';

export interface CorpusCallbacks {
  onProgress?: (phase: CorpusPhase, done: number, total: number) => void;
  /** Called once the documents are known (before the first document is written). */
  onStart?: (info: { name: string; title?: string; documents: number; warnings: readonly string[] }) => void;
  /** Each analysed document, in input order. */
  onDocument: (doc: AnalyzedDocument, index: number) => void;
}

/** What follows the documents: the collection-wide parts of the result. */
export interface CorpusTail {
  name: string;
  title?: string;
  units: ContentUnit[];
  provenance: Provenance;
  warnings: string[];
  /** Figures for the curious (and the benchmark); not part of the JSON contract. */
  figures: { documents: number; candidatePairs: number; relations: number; maxDocumentFrequency: number; commonShingles: number };
}

/** Documents kept prepared for alignment at once (least recently used are dropped). */
export const PREPARED_CACHE_DOCUMENTS = 256;

interface CorpusDoc {
  file: CorpusFile;
  id: string;
  outlet: OutletInfo;
  /** Its sentences from the first pass, packed; and the length of its text then. */
  sentences: Int32Array;
  length: number;
}

export function analyzeCorpus(listing: CorpusListing, callbacks: CorpusCallbacks): CorpusTail {
  const progress = callbacks.onProgress ?? (() => {});
  const warnings = [...listing.warnings];

  // 1. read
  const docs: CorpusDoc[] = [];
  const signatures: Uint32Array[] = [];
  const taken = new Set<string>();
  // Texts are compared by digest: a corpus is never held in memory whole.
  const duplicates = new DuplicateFinder();
  listing.files.forEach((file, k) => {
    progress('reading', k, listing.files.length);
    const read = readCorpusText(file);
    if (!read.ok) {
      warnings.push(`${file.display}: ${read.reason}; skipped`);
      return;
    }
    const first = duplicates.checkKey(createHash('sha256').update(duplicateKey(read.text)).digest('base64'), file.display);
    if (first !== undefined) warnings.push(duplicateWarning(file.display, first));
    const outlet = outletOf(file, read.meta);
    const sentences = documentSentences(read.text, outlet.title);
    docs.push({ file, id: uniqueId(wantedId(file), taken), outlet, sentences: packSentences(sentences), length: read.text.length });
    signatures.push(documentSignature(sentences));
  });
  progress('reading', listing.files.length, listing.files.length);
  if (docs.length < 2) throw inputError(`wiretrace compares documents: it needs at least two usable ones, and found ${docs.length}`);
  if (docs.length > MAX_CORPUS_DOCUMENTS) throw inputError(`corpus mode handles at most ${MAX_CORPUS_DOCUMENTS} documents, and was given ${docs.length}`);
  const ids = docs.map((d) => d.id);
  const start: { name: string; title?: string; documents: number; warnings: readonly string[] } = { name: listing.name, documents: docs.length, warnings };
  if (listing.title !== undefined) start.title = listing.title;
  callbacks.onStart?.(start);

  // 2. index
  progress('indexing', 0, 1);
  const maxDf = maxDocumentFrequency(docs.length);
  const index = buildShingleIndex(signatures, maxDf);
  const candidates = candidateDocumentPairs(signatures, index);
  signatures.length = 0;
  index.postings.clear();
  progress('indexing', 1, 1);

  // The sentences of document d, its text read again.
  const sentencesOf = (d: number) => {
    const doc = docs[d]!;
    const read = readCorpusText(doc.file);
    if (!read.ok || read.text.length !== doc.length) throw inputError(`${doc.file.display}: changed while being analysed`);
    return unpackSentences(doc.sentences, read.text);
  };

  // 3. align
  const cache = new Map<number, AlignableDocument>();
  const alignable = (d: number): AlignableDocument => {
    let a = cache.get(d);
    if (a) {
      cache.delete(d);
      cache.set(d, a);
      return a;
    }
    a = alignableDocument(sentencesOf(d), index.common);
    cache.set(d, a);
    if (cache.size > PREPARED_CACHE_DOCUMENTS) cache.delete(cache.keys().next().value!);
    return a;
  };
  const meta = (d: number) => ({ id: docs[d]!.id, file: docs[d]!.file.display, outlet: docs[d]!.outlet });
  const store = new AlignedStore();
  const pairEdges: PairEdge[] = [];
  candidates.forEach((packed, k) => {
    if (k % 64 === 0) progress('aligning', k, candidates.length);
    const [i, j] = unpackPair(packed);
    const x = alignable(i);
    const y = alignable(j);
    const r = analyzePair(x, y, meta(i), meta(j));
    for (const p of r.pairs) store.add(p.a[0] === 0 ? i : j, p.a[1], p.b[0] === 0 ? i : j, p.b[1], p.relation, p.score, !p.quote ? 0 : p.sameWording ? 2 : 1, p.changes);
    if (r.edge && r.sharedSegments) {
      const [from, to] = r.edge.from === docs[i]!.id ? [i, j] : [j, i];
      const toDoc = to === i ? x : y;
      const words = (s: number) => countWords(toDoc.sentences[s]!.text);
      const articleWords = toDoc.sentences.reduce((n, s) => (s.role === 'boilerplate' ? n : n + countWords(s.text)), 0);
      pairEdges.push({ edge: r.edge, from, to, sharedSegments: r.sharedSegments, sharedWords: r.sharedSegments.map(words), articleWords });
    }
  });
  progress('aligning', candidates.length, candidates.length);
  cache.clear();

  // 4. units and edges
  store.index(docs.length);
  const { units, unitOf } = corpusUnits(store, ids);
  const edges = corpusEdges(pairEdges);
  setUnitOrigins(units, edges);

  // 5. write
  const order = new Map(ids.map((id, i) => [id, i]));
  const cmp = compareMatches(order);
  const documents: DocumentProvenance[] = [];
  docs.forEach((d, k) => {
    if (k % 64 === 0) progress('writing', k, docs.length);
    const sentences = sentencesOf(k);
    const matches = sentences.map((): AnalyzedDocument['segments'][number]['matches'] => []);
    for (const [s, m] of store.matchesOf(k, ids)) matches[s]!.push(m);
    const segments = sentences.map((s, i): Segment => {
      const ms = matches[i]!.sort(cmp);
      const seg: Segment = { id: i, text: s.text, start: s.start, end: s.end, label: labelFor(s, ms), quote: sentenceQuotedShare(s) >= QUOTE_SEGMENT_MIN_SHARE, matches: ms };
      if (s.role === 'headline' || s.role === 'subheading') seg.role = s.role;
      if (s.boilerplate !== undefined) seg.boilerplate = s.boilerplate;
      const u = unitOf.get(unitKey(k, i));
      if (u !== undefined) seg.unit = u;
      return seg;
    });
    const doc: AnalyzedDocument = { id: d.id, file: d.file.display, outlet: d.outlet, segments, stats: documentStats(segments) };
    documents.push(inferProvenance([doc]).documents[0]!);
    callbacks.onDocument(doc, k);
  });
  progress('writing', docs.length, docs.length);

  const tail: CorpusTail = {
    name: listing.name,
    units,
    provenance: { edges, sources: [], documents },
    warnings,
    figures: { documents: docs.length, candidatePairs: candidates.length, relations: store.size, maxDocumentFrequency: maxDf, commonShingles: index.common.size },
  };
  if (listing.title !== undefined) tail.title = listing.title;
  return tail;
}
