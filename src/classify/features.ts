/**
 * Similarity features of a sentence pair, each in [0, 1] and symmetric in its two arguments (so
 * the relation found between A and B is the one found between B and A). The paraphrase model
 * names the features it was fitted on; only those are computed.
 */
import type { PreparedText } from './prepared-text.js';
import { containment, dice, lcsLength, sortedOverlap } from './sequence.js';

/** Everything the features share, computed once per pair. */
export interface PairBasis {
  a: PreparedText;
  b: PreparedText;
  lcs: number;
  sharedWords: number;
}

export function pairBasis(a: PreparedText, b: PreparedText): PairBasis {
  return { a, b, lcs: lcsLength(a.ids, b.ids), sharedWords: sortedOverlap(a.sortedWords, b.sortedWords) };
}

function setAgreement(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const v of x) if (y.has(v)) shared++;
  return (2 * shared) / (x.size + y.size);
}

function ngramContainment(p: PairBasis, n: 2 | 3, side: 0 | 1): number {
  const ga = n === 2 ? p.a.sortedBigrams : p.a.sortedTrigrams;
  const gb = n === 2 ? p.b.sortedBigrams : p.b.sortedTrigrams;
  return containment(sortedOverlap(ga, gb), ga.length, gb.length)[side];
}

export const FEATURES = {
  /** Shared words over the shorter sentence's words. */
  wordContainmentMin: (p: PairBasis) => containment(p.sharedWords, p.a.words.length, p.b.words.length)[0],
  /** Shared words over the longer sentence's words. */
  wordContainmentMax: (p: PairBasis) => containment(p.sharedWords, p.a.words.length, p.b.words.length)[1],
  bigramContainmentMin: (p: PairBasis) => ngramContainment(p, 2, 0),
  bigramContainmentMax: (p: PairBasis) => ngramContainment(p, 2, 1),
  trigramContainmentMin: (p: PairBasis) => ngramContainment(p, 3, 0),
  /** Longest common word subsequence over the shorter and the longer sentence. */
  lcsMin: (p: PairBasis) => containment(p.lcs, p.a.words.length, p.b.words.length)[0],
  lcsMax: (p: PairBasis) => containment(p.lcs, p.a.words.length, p.b.words.length)[1],
  /** Dice coefficient of content-word stems (natural's Porter stemmer). */
  stemDice: (p: PairBasis) =>
    dice(sortedOverlap(p.a.sortedStems, p.b.sortedStems), p.a.sortedStems.length, p.b.sortedStems.length),
  /** Dice coefficient of character bigrams of the normalised texts, white space removed. */
  charDice: (p: PairBasis) =>
    dice(sortedOverlap(p.a.sortedCharBigrams, p.b.sortedCharBigrams), p.a.sortedCharBigrams.length, p.b.sortedCharBigrams.length),
  lengthRatio: (p: PairBasis) => {
    const lo = Math.min(p.a.words.length, p.b.words.length);
    const hi = Math.max(p.a.words.length, p.b.words.length);
    return hi === 0 ? 1 : lo / hi;
  },
  numberAgreement: (p: PairBasis) => setAgreement(p.a.numbers, p.b.numbers),
  nameAgreement: (p: PairBasis) => setAgreement(p.a.names, p.b.names),
} satisfies Record<string, (p: PairBasis) => number>;

export type FeatureName = keyof typeof FEATURES;

export function isFeatureName(name: string): name is FeatureName {
  return Object.hasOwn(FEATURES, name);
}

/** The features that grow with the longest common subsequence (and only through it). */
export const LCS_FEATURES: ReadonlySet<FeatureName> = new Set(['lcsMin', 'lcsMax']);
