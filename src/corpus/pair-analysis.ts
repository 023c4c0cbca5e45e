/**
 * Two candidate documents analysed as the small path would analyse them together: sentence
 * alignment (src/align and the one pair classifier), then, when the pair shares enough prose for
 * an edge, labels, figures and the provenance stage's verdict on who took from whom.
 *
 * Only sentences that can be alignment candidates are prepared: the alignment's own rule
 * (`sharesEnoughStems` in src/align/candidates.ts) decides, so a sentence that is no candidate
 * with any sentence of the other document can take part in no relation, and leaving it out
 * changes nothing. Alignment decisions
 * are made per pair of documents in the small path too, so a pair's relations are those the small
 * path would find between the two.
 */
import type { AnalyzedDocument, OutletInfo, ProvenanceEdge } from '../types.js';
import { alignDocuments } from '../align/align-documents.js';
import type { AlignedPair } from '../align/aligned-pair.js';
import { sharesEnoughStems } from '../align/candidates.js';
import type { PreparedText } from '../classify/prepared-text.js';
import { buildSegments } from '../label/build-segments.js';
import { documentStats } from '../label/document-stats.js';
import { inferProvenance } from '../provenance/infer-provenance.js';
import { preparedSentence, sentenceQuotedShare, type AlignableDocument } from './corpus-document.js';
import { MIN_EDGE_SENTENCES } from '../provenance/explained-sources.js';

export interface PairMeta {
  id: string;
  file: string;
  outlet: OutletInfo;
}

export interface PairAnalysis {
  /** Sentence relations; a[0] is 0 (the first document), b[0] is 1. */
  pairs: AlignedPair[];
  /** The provenance edge between the two, if the provenance stage finds one. */
  edge?: ProvenanceEdge;
  /** Segment ids of the edge's `to` document that share prose (not only quotes) with `from`. */
  sharedSegments?: number[];
}

/** Sentences of x and y that could be alignment candidates of each other. */
function candidateSentences(x: AlignableDocument, y: AlignableDocument): [Set<number>, Set<number>] {
  const inX = new Set<number>();
  const inY = new Set<number>();
  const shared = new Map<number, number>();
  x.stems.forEach((stems, i) => {
    if (!stems) return;
    shared.clear();
    for (const s of stems) for (const j of y.stemIndex.get(s) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      if (sharesEnoughStems(n, stems.size, y.stems[j]!.size)) {
        inX.add(i);
        inY.add(j);
      }
    }
  });
  return [inX, inY];
}

const preparedFor = (d: AlignableDocument, keep: ReadonlySet<number>): (PreparedText | undefined)[] =>
  d.sentences.map((_, i) => (keep.has(i) ? preparedSentence(d, i) : undefined));

/** The provenance stage needs at least MIN_EDGE_SENTENCES shared prose sentences in one document for an edge. */
function mayHaveEdge(pairs: readonly AlignedPair[]): boolean {
  const a = new Set<number>();
  const b = new Set<number>();
  for (const p of pairs) {
    if (p.quote) continue;
    a.add(p.a[1]);
    b.add(p.b[1]);
  }
  return a.size >= MIN_EDGE_SENTENCES || b.size >= MIN_EDGE_SENTENCES;
}

export function analyzePair(x: AlignableDocument, y: AlignableDocument, mx: PairMeta, my: PairMeta): PairAnalysis {
  const [inX, inY] = candidateSentences(x, y);
  if (inX.size === 0) return { pairs: [] };
  const pairs = alignDocuments([
    { sentences: x.sentences, prepared: preparedFor(x, inX) },
    { sentences: y.sentences, prepared: preparedFor(y, inY) },
  ]);
  if (!mayHaveEdge(pairs)) return { pairs };
  const ids = [mx.id, my.id];
  const segments = buildSegments(ids, [x.sentences, y.sentences], [x.sentences.map(sentenceQuotedShare), y.sentences.map(sentenceQuotedShare)], pairs);
  const documents: AnalyzedDocument[] = [mx, my].map((m, i) => ({ id: m.id, file: m.file, outlet: m.outlet, text: [x, y][i]!.text, segments: segments[i]!, stats: documentStats(segments[i]!) }));
  const edge = inferProvenance(documents).edges[0];
  if (!edge) return { pairs };
  const to = documents.find((d) => d.id === edge.to)!;
  const sharedSegments = to.segments.filter((s) => s.label !== 'boilerplate' && s.matches.some((m) => !m.quote && m.document === edge.from)).map((s) => s.id);
  return { pairs, edge, sharedSegments };
}
