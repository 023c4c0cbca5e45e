/**
 * How much of a document is derived from another: the document-level measure of reuse (README,
 * "How much of a story is derived"). A word of the article counts as derived from document X when
 * its sentence is copied from X (an identical or near-verbatim counterpart there, not a shared
 * quote), or when it lies in a run of words it shares with X (Segment.shared: reuse inside
 * sentences that as wholes are reordered, split, merged or trimmed). Reworded sentences
 * (paraphrases) are not counted: two reports of one event state the same facts in other words.
 * Headlines are not counted either; the share is of all article words.
 */
import type { AnalyzedDocument, DerivedShare, Segment } from '../types.js';
import { countWords } from '../text/tokens.js';

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Words of `s` derived from document `from`. */
export function segmentDerivedWords(s: Segment, from: string): number {
  if (s.label === 'boilerplate' || s.role === 'headline') return 0;
  const n = countWords(s.text);
  if (s.matches.some((m) => m.document === from && m.relation !== 'paraphrase' && !m.quote)) return n;
  const shared = s.shared?.find((x) => x.document === from);
  return shared === undefined ? 0 : Math.min(n, shared.words);
}

/** Article words of `doc` derived from document `from`, and their share of its article words. */
export function derivedWords(doc: Pick<AnalyzedDocument, 'segments' | 'stats'>, from: string): { words: number; share: number } {
  let words = 0;
  for (const s of doc.segments) words += segmentDerivedWords(s, from);
  const total = doc.stats.articleWords;
  return { words, share: total === 0 ? 0 : round4(words / total) };
}

/** Each document's position in `documents`, by id (for {@link derivedFrom}). */
export function documentPositions(documents: readonly Pick<AnalyzedDocument, 'id'>[]): ReadonlyMap<string, number> {
  return new Map(documents.map((d, i) => [d.id, i]));
}

/**
 * The measure against every other document, largest share first (then input order); none for zero.
 * `positions` (documentPositions of `documents`) can be given once for many calls.
 */
export function derivedFrom(doc: AnalyzedDocument, documents: readonly AnalyzedDocument[], positions = documentPositions(documents)): DerivedShare[] {
  // Only the documents its sentences have a counterpart or a shared run in can give it a word:
  // those are looked at, in input order, without walking the whole collection for each document.
  const related = new Set<number>();
  const relate = (id: string) => {
    const i = positions.get(id);
    if (i !== undefined) related.add(i);
  };
  for (const s of doc.segments) {
    for (const m of s.matches) relate(m.document);
    for (const r of s.shared ?? []) relate(r.document);
  }
  const out: DerivedShare[] = [];
  for (const i of [...related].sort((a, b) => a - b)) {
    const other = documents[i]!;
    if (other.id === doc.id) continue;
    const d = derivedWords(doc, other.id);
    if (d.words > 0) out.push({ document: other.id, words: d.words, share: d.share });
  }
  return out.sort((a, b) => b.share - a.share);
}

/**
 * A document is derived from another when at least this share of its article words is derived from
 * it (and at least 12 words: provenance's MIN_COPIED_WORDS). Chosen on METER's showbiz stories by
 * cross-validation grouped by story (README, "How much of a story is derived"; `npm run bench:meter`).
 */
export const DERIVED_MIN_SHARE = 0.05;
/** A derived document is wholly derived when its edge's share (derived words and reworded prose) reaches this (METER's task). */
export const WHOLLY_DERIVED_MIN_SHARE = 0.6;
