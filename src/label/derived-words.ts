/**
 * How much of a document is derived from another: the document-level measure of reuse (README,
 * "How much of a story is derived"). A word of the article counts as derived from document X when
 * its sentence is copied from X (an identical or near-verbatim counterpart there, not a shared
 * quote), or when it lies in a run of words it shares with X (Segment.shared: reuse inside
 * sentences that as wholes are reordered, split, merged or trimmed). Reworded sentences
 * (paraphrases) are not counted: two reports of one event state the same facts in other words.
 * Headlines are not counted either; the share is of all article words.
 */
import type { AnalyzedDocument, DerivedShare, Segment, SharedWords } from '../types.js';
import { countWords } from '../text/tokens.js';
import { MIN_RUN_WORDS } from '../align/shared-runs.js';

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The words of `s` in runs shared with document `other` (Segment.shared), if any. */
export function sharedWith(s: Pick<Segment, 'shared'>, other: string): SharedWords | undefined {
  return s.shared?.find((x) => x.document === other);
}

/** Words of `s` derived from document `from`. */
export function segmentDerivedWords(s: Segment, from: string): number {
  if (s.label === 'boilerplate' || s.role === 'headline') return 0;
  const n = countWords(s.text);
  if (s.matches.some((m) => m.document === from && m.relation !== 'paraphrase' && !m.quote)) return n;
  const shared = sharedWith(s, from);
  return shared === undefined ? 0 : Math.min(n, shared.words);
}

/** Article words of `doc` derived from document `from`, and their share of its article words. */
export function derivedWords(doc: Pick<AnalyzedDocument, 'segments' | 'stats'>, from: string): { words: number; share: number } {
  let words = 0;
  for (const s of doc.segments) words += segmentDerivedWords(s, from);
  const total = doc.stats.articleWords;
  return { words, share: total === 0 ? 0 : round4(words / total) };
}

/**
 * Whether a sentence's words in runs shared with one document hold prose: at least a run's length
 * (MIN_RUN_WORDS) of them are not words one of the two prints inside quotation marks
 * (SharedWords.quotedWords), which are a speaker's, whoever printed them. A speaker's phrase run
 * into a sentence brings a word or two of its setting along ("vowed to put patients before …").
 */
export function holdsProse(w: SharedWords): boolean {
  return w.words - (w.quotedWords ?? 0) >= MIN_RUN_WORDS;
}

/**
 * Whether article sentence `s` draws on any of the documents `from`: it has a counterpart there
 * (identical, near-verbatim or paraphrase; a shared quotation only when `quotes`), or carries a
 * run of their words (with `quotes`, any; without, runs that hold prose: holdsProse). Headlines
 * and boilerplate draw on nothing.
 */
export function segmentDraws(s: Segment, from: ReadonlySet<string>, quotes: boolean): boolean {
  if (s.label === 'boilerplate' || s.role !== undefined) return false;
  if (s.matches.some((m) => from.has(m.document) && (quotes || !m.quote))) return true;
  return s.shared?.some((x) => from.has(x.document) && (quotes || holdsProse(x))) === true;
}

/**
 * How much of `doc` draws on the documents `from` (one text, or the versions of one agency story):
 * the words and the number of its article sentences that do (segmentDraws), with and without the
 * sentences it shares with them only as quotations, and their shares of its article words.
 */
export interface Drawn {
  words: number;
  sentences: number;
  share: number;
  proseWords: number;
  proseSentences: number;
  proseShare: number;
}

export function drawnFrom(doc: Pick<AnalyzedDocument, 'segments' | 'stats'>, from: ReadonlySet<string>): Drawn {
  const d: Drawn = { words: 0, sentences: 0, share: 0, proseWords: 0, proseSentences: 0, proseShare: 0 };
  for (const s of doc.segments) {
    if (!segmentDraws(s, from, true)) continue;
    const n = countWords(s.text);
    d.words += n;
    d.sentences++;
    if (segmentDraws(s, from, false)) {
      d.proseWords += n;
      d.proseSentences++;
    }
  }
  const total = doc.stats.articleWords;
  d.share = total === 0 ? 0 : round4(d.words / total);
  d.proseShare = total === 0 ? 0 : round4(d.proseWords / total);
  return d;
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
    const drawn = drawnFrom(doc, new Set([other.id]));
    if (drawn.words > 0) out.push({ document: other.id, words: d.words, share: d.share, drawnShare: drawn.share, drawnProseShare: drawn.proseShare });
  }
  return out.sort((a, b) => b.share - a.share || b.drawnShare - a.drawnShare);
}

// The thresholds on these measures, in one place (README, "How much of a story is derived").

/**
 * Copied prose of substance between any two texts: at least this share of the copier's article
 * words derived (copied sentences, shared runs), and at least 12 words (provenance's
 * MIN_COPIED_WORDS). The floor of an accusation of copying.
 */
export const DERIVED_MIN_SHARE = 0.05;
/**
 * A text that is not agency copy is written from an agency story (the versions of one story an
 * agency sent) when at least this share of its article words lies in sentences drawing on the
 * story's prose (drawnFrom's proseShare: copied, near-verbatim, paraphrased, or carrying runs of
 * its words; not quotations alone). Chosen on METER's showbiz stories by 5-fold cross-validation
 * grouped by story (`npm run bench:meter`): the folds choose 0.05 to 0.15; 0.10 would find 5 more
 * derived stories and give 4 more non-derived ones an edge (README, "How much of a story is derived").
 */
export const AGENCY_DRAWN_MIN_SHARE = 0.15;
/**
 * A brief: an article of at most this many sentences, headlines aside. A brief written from an
 * agency story is often the story's lead reworded, too short to keep a run of the agency's words,
 * so its rewording (with AGENCY_DRAWN_MIN_SHARE) is enough for an agency-copy edge; a longer
 * article also needs a copied sentence or a run of the agency's words. On METER's showbiz stories
 * three derived briefs (one, three and four sentences) had no run, and no non-derived story is a
 * brief that rewords PA's copy: 4 is the least bound that finds all three. No longer story there
 * rewords 15% of PA's copy without a run, so a larger bound would give the same figures; the bound
 * keeps rewording alone from making an edge to a full article, where it is coverage of one event.
 */
export const BRIEF_MAX_SENTENCES = 4;
/** Whether `doc`'s article (sentences not boilerplate, headlines aside) is a brief (BRIEF_MAX_SENTENCES). */
export function isBrief(doc: Pick<AnalyzedDocument, 'segments'>): boolean {
  let n = 0;
  for (const s of doc.segments) if (s.label !== 'boilerplate' && s.role === undefined && ++n > BRIEF_MAX_SENTENCES) return false;
  return n > 0;
}
/** A derived document is wholly derived when its edge's share (drawnFrom's share, quotations included) reaches this (METER's task). */
export const WHOLLY_DERIVED_MIN_SHARE = 0.6;
