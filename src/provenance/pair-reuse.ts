/**
 * What document B shares with document A, read from the segments' matches. Only article prose
 * counts: a match whose shared material is a quotation on both sides (a shared quote) is counted
 * apart, and headlines and subheadings (a few words any two reports of one event may share) are
 * not counted at all.
 */
import type { AnalyzedDocument, Match, Segment } from '../types.js';
import { countWords } from '../text/tokens.js';
import { droppedMark, type AgencyMark } from './agency-marks.js';
import { segmentDerivedWords, sharedWith } from '../label/derived-words.js';
import { stockWordCount } from '../text/stock-phrases.js';
import { speakerWords } from '../quotes/speaker-words.js';

export interface PairReuse {
  /** Article sentences of B with an identical or near-verbatim prose counterpart in A. */
  copiedSentences: number;
  /** Article sentences of B whose prose counterparts in A are all paraphrases. */
  paraphrasedSentences: number;
  copiedWords: number;
  paraphrasedWords: number;
  /**
   * B's article words derived from A (derived-words.ts): its copied sentences whole, and in its
   * other sentences the words in runs it shares with A (reuse below the sentence).
   */
  derivedWords: number;
  /**
   * Of derivedWords, those that are evidence of copying, per B sentence (`evidence`) and in all:
   * a copied sentence's words less those of stock phrases of news writing (stock-phrases.ts: "did
   * not immediately respond to a request for comment"), and run words less those only runs of
   * names and figures cover (SharedWords.nameWords): neither is copied prose. Nor are words one of the two
   * sentences prints as a quotation (speaker-words.ts; in runs, SharedWords.quotedWords): a
   * speaker's, whoever printed them.
   */
  evidentWords: number;
  evidence: Map<number, number>;
  /** B's sentences with derived words that are not copied whole: [b, derived words]. */
  tiled: [number, number][];
  /** Article sentences of B shared with A only as quotations. */
  quoteOnlySentences: number;
  /** B's article sentences with a prose counterpart in A (segment ids of B). */
  sharedSegments: number[];
  /** The copied ones among them: [b, the first of A's counterparts]. */
  copiedPairs: [number, number][];
  /** The paraphrased ones: [b, A's counterpart]. */
  paraphrasedPairs: [number, number][];
  /** B's shared-quote sentences: [b, A's counterpart]. */
  quotePairs: [number, number][];
  /** True when B's shared sentences follow A's order. */
  sameOrder: boolean;
  /**
   * B's sentences that each carry two distinct, adjacent (at most MERGE_GAP article sentences
   * apart) sentences of A: [b, a1, a2…]. A merge by B's writer, or a split by A's: weak evidence.
   */
  merges: number[][];
  /** Pairs [a, b] where A's sentence carries an agency mark (instrument code, mark-up) that B's counterpart drops. */
  droppedMarks: { a: number; b: number; mark: AgencyMark }[];
  /** B's near-verbatim copies whose edits change a figure, and those that add or drop a negation. */
  changedFigures: number[];
  changedNegations: number[];
}

/** A merge's source sentences lie at most this many article sentences apart. */
export const MERGE_GAP = 2;

const VERBATIM = (m: Match) => m.relation !== 'paraphrase';

/** Normalised text of a sentence, to tell one sentence pasted twice from two sentences. */
const plain = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The segments of A, among its verbatim counterparts, that make a real merge: distinct and adjacent. */
function mergedSources(a: AnalyzedDocument, ordinal: ReadonlyMap<number, number>, segments: readonly number[]): number[] {
  const distinct: number[] = [];
  const texts = new Set<string>();
  for (const s of [...new Set(segments)].sort((x, y) => x - y)) {
    const t = plain(a.segments[s]!.text);
    if (texts.has(t)) continue;
    texts.add(t);
    distinct.push(s);
  }
  // The longest run of sources each within MERGE_GAP article sentences of the one before.
  let best: number[] = [];
  let run: number[] = [];
  for (const s of distinct) {
    const prev = run[run.length - 1];
    if (prev !== undefined && (ordinal.get(s) ?? Infinity) - (ordinal.get(prev) ?? -Infinity) > MERGE_GAP) run = [];
    run.push(s);
    if (run.length > best.length) best = [...run];
  }
  return best.length >= 2 ? best : [];
}

/** Of the words of `s` in runs shared with document `from`, those no evidence of copying: words only runs of names and figures cover, and words one of the two quotes (Segment.shared). */
function runWordsAside(s: Segment, from: string): { named: number; spoken: number } {
  const w = sharedWith(s, from);
  return { named: w?.nameWords ?? 0, spoken: w?.quotedWords ?? 0 };
}

export function pairReuse(a: AnalyzedDocument, b: AnalyzedDocument): PairReuse {
  const r: PairReuse = {
    copiedSentences: 0,
    paraphrasedSentences: 0,
    copiedWords: 0,
    paraphrasedWords: 0,
    derivedWords: 0,
    evidentWords: 0,
    evidence: new Map(),
    tiled: [],
    quoteOnlySentences: 0,
    sharedSegments: [],
    copiedPairs: [],
    paraphrasedPairs: [],
    quotePairs: [],
    sameOrder: true,
    merges: [],
    droppedMarks: [],
    changedFigures: [],
    changedNegations: [],
  };
  const ordinal = new Map<number, number>();
  for (const s of a.segments) if (s.label !== 'boilerplate') ordinal.set(s.id, ordinal.size);
  const order: number[] = [];
  for (const s of b.segments) {
    if (s.label === 'boilerplate' || s.role !== undefined) continue;
    const derived = segmentDerivedWords(s, a.id);
    r.derivedWords += derived;
    const evident = (words: number) => {
      r.evidence.set(s.id, words);
      r.evidentWords += words;
    };
    // Run words, less runs of names and figures and words either side quotes; none in a sentence that is mostly a quotation, a speaker's words (speaker-words.ts).
    const aside = runWordsAside(s, a.id);
    const evidentRuns = () => evident(s.quote ? 0 : derived - Math.min(derived, aside.named + aside.spoken));
    const toA = s.matches.filter((m) => m.document === a.id && a.segments[m.segment]?.role === undefined);
    if (toA.length === 0 || toA.every((m) => m.quote)) {
      if (derived > 0) {
        // Runs of A's words inside a sentence that as a whole matches nothing of A's prose.
        r.tiled.push([s.id, derived]);
        evidentRuns();
        r.sharedSegments.push(s.id);
      }
    }
    if (toA.length === 0) continue;
    const prose = toA.filter((m) => !m.quote);
    if (prose.length === 0) {
      r.quoteOnlySentences++;
      r.quotePairs.push([s.id, toA[0]!.segment]);
      continue;
    }
    const words = countWords(s.text);
    const verbatim = prose.filter(VERBATIM);
    r.sharedSegments.push(s.id);
    order.push(Math.min(...prose.map((m) => m.segment)));
    if (verbatim.length > 0) {
      r.copiedSentences++;
      r.copiedWords += words;
      // Words one of the two prints as a quotation are a speaker's, not either outlet's prose:
      // none when one side is mostly a quotation, and a partial quotation's words (in the runs the
      // two share) otherwise. No more words than A's counterparts hold: a clause B adds to A's
      // sentence is not A's.
      const speakers = verbatim.every((m) => speakerWords(s, a.segments[m.segment]!));
      const held = [...new Set(verbatim.map((m) => m.segment))].reduce((n, k) => n + countWords(a.segments[k]!.text), 0);
      evident(speakers ? 0 : Math.max(0, Math.min(derived, held) - Math.min(derived, stockWordCount(s.text) + aside.spoken)));
      r.copiedPairs.push([s.id, verbatim[0]!.segment]);
    } else {
      r.paraphrasedSentences++;
      // The words in shared runs count as derived; the rest of a reworded sentence as paraphrase.
      r.paraphrasedWords += words - derived;
      r.paraphrasedPairs.push([s.id, prose[0]!.segment]);
      if (derived > 0) {
        r.tiled.push([s.id, derived]);
        evidentRuns();
      }
    }
    if (verbatim.some((m) => m.changes?.includes('number'))) r.changedFigures.push(s.id);
    if (verbatim.some((m) => m.changes?.includes('negation'))) r.changedNegations.push(s.id);
    if (verbatim.length >= 2) {
      const sources = mergedSources(a, ordinal, verbatim.map((m) => m.segment));
      if (sources.length >= 2) r.merges.push([s.id, ...sources]);
    }
    for (const m of verbatim) {
      const mark = droppedMark(a.segments[m.segment]!.text, s.text);
      if (mark) r.droppedMarks.push({ a: m.segment, b: s.id, mark });
    }
  }
  let rising = 0;
  for (let i = 1; i < order.length; i++) if (order[i]! >= order[i - 1]!) rising++;
  r.sameOrder = order.length < 2 || rising / (order.length - 1) >= 0.9;
  return r;
}
