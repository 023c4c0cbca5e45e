/**
 * The one pair classifier: `analyze`, `pairs` and the benchmark all call this.
 *   identical      same surface form (case, quotes, dashes, white space normalised)
 *   near-verbatim  the same words in the same order with small edits, a clause cut, or merged
 *                  into a longer sentence (longest common subsequence rules, thresholds.ts)
 *   paraphrase     the model's probability reaches its threshold; or the pair would be near-verbatim
 *                  but its quotations are worded differently (two translations of one statement)
 *   none           otherwise
 */
import type { PairRelation } from '../types.js';
import { LCS_FEATURES, pairBasis, type PairBasis } from './features.js';
import { paraphraseProbability, shippedModel, type ParaphraseModel } from './paraphrase-model.js';
import type { PreparedText } from './prepared-text.js';
import { lcsLength, sortedOverlap } from './sequence.js';
import {
  NEAR_VERBATIM_MIN_CONTAINMENT,
  REWORDED_QUOTE_MAX_CONTAINMENT,
  REWORDED_QUOTE_MIN_WORDS,
  NEAR_VERBATIM_MIN_COVERAGE,
  NEAR_VERBATIM_MIN_WORDS,
  PARAPHRASE_MIN_WORDS,
} from './thresholds.js';

export interface PairVerdict {
  relation: PairRelation;
  /** Confidence in the relation given, in [0, 1]; for `none`, the paraphrase probability. */
  score: number;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

const quotedIds = (p: PreparedText): number[] => Array.from(p.ids).filter((_, i) => p.quoted[i]);

/** Both sentences quote at some length, and the quotations themselves are worded differently. */
function rewordedQuote(a: PreparedText, b: PreparedText): boolean {
  const qa = quotedIds(a);
  const qb = quotedIds(b);
  if (qa.length < REWORDED_QUOTE_MIN_WORDS || qb.length < REWORDED_QUOTE_MIN_WORDS) return false;
  return lcsLength(qa, qb) / Math.min(qa.length, qb.length) < REWORDED_QUOTE_MAX_CONTAINMENT;
}

/**
 * False when the pair is certainly `none`, decided without the longest common subsequence (which
 * is at most the number of shared words): alignment skips such pairs. The bound holds only for a
 * model whose weights on the subsequence features are not negative; otherwise every pair is kept.
 */
export function mayRelate(a: PreparedText, b: PreparedText, model: ParaphraseModel = shippedModel()): boolean {
  if (a.surface === b.surface) return true;
  const shared = sortedOverlap(a.sortedWords, b.sortedWords);
  const shorter = Math.min(a.words.length, b.words.length);
  if (shorter > 0 && shared >= NEAR_VERBATIM_MIN_CONTAINMENT * shorter) return true;
  if (!lcsWeightsNonNegative(model)) return true;
  const upper: PairBasis = { a, b, lcs: shared, sharedWords: shared };
  return paraphraseProbability(model, upper) >= model.threshold;
}

function lcsWeightsNonNegative(model: ParaphraseModel): boolean {
  return model.features.every((f, i) => !LCS_FEATURES.has(f) || model.weights[i]! >= 0);
}

export function classifyPair(a: PreparedText, b: PreparedText, model: ParaphraseModel = shippedModel()): PairVerdict {
  if (a.surface === b.surface && a.words.length > 0) return { relation: 'identical', score: 1 };
  const basis = pairBasis(a, b);
  const shorter = Math.min(a.words.length, b.words.length);
  const longer = Math.max(a.words.length, b.words.length);
  if (shorter > 0) {
    const lcsMin = basis.lcs / shorter;
    const lcsMax = basis.lcs / longer;
    if (
      basis.lcs >= Math.min(NEAR_VERBATIM_MIN_WORDS, longer) &&
      lcsMin >= NEAR_VERBATIM_MIN_CONTAINMENT &&
      lcsMax >= NEAR_VERBATIM_MIN_COVERAGE
    ) {
      if (!rewordedQuote(a, b)) return { relation: 'near-verbatim', score: round(lcsMin * (0.9 + 0.1 * lcsMax)) };
      return { relation: 'paraphrase', score: round(Math.max(model.threshold, paraphraseProbability(model, basis))) };
    }
  }
  const p = paraphraseProbability(model, basis);
  if (shorter >= PARAPHRASE_MIN_WORDS && p >= model.threshold) return { relation: 'paraphrase', score: round(p) };
  return { relation: 'none', score: round(p) };
}
