/**
 * What document B shares with document A, read from the segments' matches. Only prose counts:
 * a match whose shared material is a quotation on both sides (a shared quote) is counted apart.
 */
import type { AnalyzedDocument, Match } from '../types.js';
import { countWords } from '../text/tokens.js';
import { droppedMark, type AgencyMark } from './agency-marks.js';

export interface PairReuse {
  /** Article sentences of B with an identical or near-verbatim prose counterpart in A. */
  copiedSentences: number;
  /** Article sentences of B whose prose counterparts in A are all paraphrases. */
  paraphrasedSentences: number;
  copiedWords: number;
  paraphrasedWords: number;
  /** Article sentences of B shared with A only as quotations. */
  quoteOnlySentences: number;
  /** B's article sentences with a prose counterpart in A (segment ids of B). */
  sharedSegments: number[];
  /** True when B's shared sentences follow A's order. */
  sameOrder: boolean;
  /** B's sentences that each merge two or more of A's sentences: [b, a1, a2…]. */
  merges: number[][];
  /** Pairs [a, b] where A's sentence carries an agency mark (instrument code, mark-up) that B's counterpart drops. */
  droppedMarks: { a: number; b: number; mark: AgencyMark }[];
  /** B's near-verbatim copies whose edits change a figure, and those that add or drop a negation. */
  changedFigures: number;
  changedNegations: number;
}

const VERBATIM = (m: Match) => m.relation !== 'paraphrase';

export function pairReuse(a: AnalyzedDocument, b: AnalyzedDocument): PairReuse {
  const r: PairReuse = {
    copiedSentences: 0,
    paraphrasedSentences: 0,
    copiedWords: 0,
    paraphrasedWords: 0,
    quoteOnlySentences: 0,
    sharedSegments: [],
    sameOrder: true,
    merges: [],
    droppedMarks: [],
    changedFigures: 0,
    changedNegations: 0,
  };
  const order: number[] = [];
  for (const s of b.segments) {
    if (s.label === 'boilerplate') continue;
    const toA = s.matches.filter((m) => m.document === a.id);
    if (toA.length === 0) continue;
    const prose = toA.filter((m) => !m.quote);
    if (prose.length === 0) {
      r.quoteOnlySentences++;
      continue;
    }
    const words = countWords(s.text);
    const verbatim = prose.filter(VERBATIM);
    r.sharedSegments.push(s.id);
    order.push(Math.min(...prose.map((m) => m.segment)));
    if (verbatim.length > 0) {
      r.copiedSentences++;
      r.copiedWords += words;
    } else {
      r.paraphrasedSentences++;
      r.paraphrasedWords += words;
    }
    if (verbatim.some((m) => m.changes?.includes('number'))) r.changedFigures++;
    if (verbatim.some((m) => m.changes?.includes('negation'))) r.changedNegations++;
    if (verbatim.length >= 2) r.merges.push([s.id, ...verbatim.map((m) => m.segment).sort((x, y) => x - y)]);
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
