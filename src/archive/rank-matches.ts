/**
 * The archived articles a given article shares text with, best first, read off the analysis (never
 * recomputed): the share of the article found in each (as the report's pairwise matrix reads it),
 * split into copied prose, paraphrased prose and shared quotes (as provenance counts them), the
 * provenance edge between them if the analysis drew one (direction, whether it is clear, credit),
 * and the passages: each of the article's sentences with its counterparts there.
 */
import type { AnalysisResult, Relation } from '../types.js';
import { pairReuse } from '../provenance/pair-reuse.js';
import { pairwiseShares } from '../report/pairwise-matrix.js';

export interface MatchPassage {
  segment: number;
  text: string;
  relation: Relation;
  quote: boolean;
  counterpart: { segment: number; text: string };
}

export interface RankedMatch {
  /** The archived article's document id in the analysis, and its archive id. */
  document: string;
  outlet: string;
  file: string;
  share: number;
  copiedProse: number;
  paraphrasedProse: number;
  sharedQuote: number;
  /** The provenance edge between the two, when the analysis drew one. */
  edge?: { from: string; to: string; share: number; directionClear: boolean; credited: boolean; confidence: number; evidence: string[] };
  passages: MatchPassage[];
}

export function rankMatches(result: AnalysisResult, article: string, archived: ReadonlySet<string>): RankedMatch[] {
  const docs = result.documents;
  const a = docs.findIndex((d) => d.id === article);
  if (a < 0) return [];
  const doc = docs[a]!;
  const shares = pairwiseShares(result)[a]!;
  const out: RankedMatch[] = [];
  docs.forEach((other, o) => {
    if (!archived.has(other.id) || shares[o]! === 0) return;
    const reuse = pairReuse(other, doc);
    const words = doc.stats.articleWords;
    const copiedProse = reuse.copiedWords / words;
    const paraphrasedProse = reuse.paraphrasedWords / words;
    const passages: MatchPassage[] = [];
    for (const s of doc.segments) {
      if (s.label === 'boilerplate') continue;
      for (const m of s.matches) {
        if (m.document !== other.id) continue;
        passages.push({ segment: s.id, text: s.text, relation: m.relation, quote: m.quote, counterpart: { segment: m.segment, text: other.segments[m.segment]!.text } });
      }
    }
    const e = result.provenance.edges.find((x) => (x.from === other.id && x.to === article) || (x.from === article && x.to === other.id));
    const match: RankedMatch = {
      document: other.id,
      outlet: other.outlet.name,
      file: other.file,
      share: shares[o]!,
      copiedProse,
      paraphrasedProse,
      sharedQuote: Math.max(0, shares[o]! - copiedProse - paraphrasedProse),
      passages,
    };
    if (e) match.edge = { from: e.from, to: e.to, share: e.share, directionClear: e.directionClear, credited: e.credited, confidence: e.confidence, evidence: e.evidence };
    out.push(match);
  });
  return out.sort((x, y) => y.share - x.share || docs.findIndex((d) => d.id === x.document) - docs.findIndex((d) => d.id === y.document));
}
