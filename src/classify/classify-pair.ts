/**
 * The one pair classifier: `analyze`, `pairs` and the benchmark all call this.
 *   identical      same surface form (case, quotes, dashes, white space normalised)
 *   near-verbatim  the same words in the same order with small edits, a clause cut, or merged
 *                  into a longer sentence (longest common subsequence rules, thresholds.ts)
 *   paraphrase     the model's probability reaches its threshold; or the pair would be near-verbatim
 *                  but its quotations are worded differently (two translations of one statement);
 *                  or the two quote one statement in the same words, framed differently
 *   none           otherwise
 */
import type { PairRelation, Relation } from '../types.js';
import { BOUNDED_FEATURES, FEATURES, LCS_FEATURES, SYNONYM_FEATURES, makeBasis, negates, pairBasis, synonymFeatureRange, type PairBasis } from './features.js';
import { predict } from './logistic.js';
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
  SHARED_QUOTATION_MIN_CONTAINMENT,
  SHARED_QUOTATION_MIN_WORDS,
} from './thresholds.js';

/** The pair classifier's answer: the relation, and its score in [0, 1]. */
export interface PairVerdict {
  relation: PairRelation;
  /** Confidence in the relation given, in [0, 1]; for `none`, the paraphrase probability. */
  score: number;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Per sentence, on first use: ids of its words inside quotation marks, in order. */
const quotedIdsCache = new WeakMap<PreparedText, number[]>();

function quotedIds(p: PreparedText): number[] {
  let ids = quotedIdsCache.get(p);
  if (!ids) {
    ids = [];
    for (let i = 0; i < p.ids.length; i++) if (p.quoted[i]) ids.push(p.ids[i]!);
    quotedIdsCache.set(p, ids);
  }
  return ids;
}

/** A word outside the sentence's quotations negates or denies ("officials rejected the claim that …"). */
function framingNegated(p: PreparedText): boolean {
  for (let i = 0; i < p.tokens.length; i++) if (!p.quoted[i] && negates(p.tokens[i]!)) return true;
  return false;
}

/** Both sentences quote at some length, and the quotations themselves are worded differently. */
function rewordedQuote(a: PreparedText, b: PreparedText): boolean {
  const qa = quotedIds(a);
  const qb = quotedIds(b);
  if (qa.length < REWORDED_QUOTE_MIN_WORDS || qb.length < REWORDED_QUOTE_MIN_WORDS) return false;
  return lcsLength(qa, qb) / Math.min(qa.length, qb.length) < REWORDED_QUOTE_MAX_CONTAINMENT;
}

/**
 * How much of the shorter quotation recurs in order in the other's (0 when either quotes fewer
 * than SHARED_QUOTATION_MIN_WORDS words).
 */
export function quotationContainment(a: PreparedText, b: PreparedText): number {
  const qa = quotedIds(a);
  const qb = quotedIds(b);
  const fewer = Math.min(qa.length, qb.length);
  return fewer < SHARED_QUOTATION_MIN_WORDS ? 0 : lcsLength(qa, qb) / fewer;
}

/**
 * The two quote one statement, nearly word for word, however differently they frame it
 * (thresholds.ts); not when one frame denies or negates and the other does not ("officials
 * rejected the claim that Russia "has never interfered…"" against "Putin said Russia "has never…"").
 */
export function sharedQuotation(a: PreparedText, b: PreparedText): boolean {
  return quotationContainment(a, b) >= SHARED_QUOTATION_MIN_CONTAINMENT && framingNegated(a) === framingNegated(b);
}

/** …in one wording: not two translations of it (REWORDED_QUOTE_MAX_CONTAINMENT tells them apart). */
export function sameQuotation(a: PreparedText, b: PreparedText): boolean {
  return quotationContainment(a, b) >= REWORDED_QUOTE_MAX_CONTAINMENT;
}

/**
 * False when the pair is certainly `none`, decided without the longest common subsequence (which
 * is at most the number of shared words): alignment skips such pairs. (A third step with the
 * subsequence's length, computed exactly, stops half the pairs that pass and costs as much as it
 * saves: measured, not kept.) The bound holds only for a
 * model whose weights on the subsequence features are not negative; otherwise every pair is kept.
 */
export function mayRelate(a: PreparedText, b: PreparedText, model: ParaphraseModel = shippedModel()): boolean {
  if (a.surface === b.surface) return true;
  const shared = sortedOverlap(a.sortedWords, b.sortedWords);
  const shorter = Math.min(a.words.length, b.words.length);
  if (shorter > 0 && shared >= NEAR_VERBATIM_MIN_CONTAINMENT * shorter) return true;
  if (!lcsWeightsNonNegative(model)) return true;
  // The most favourable values the features can take: the subsequence as long as the shared words,
  // each alignment feature at whichever of its bounds its weight prefers, and first the WordNet
  // features too, so that synonyms are looked up only for pairs that pass without them.
  const upper = makeBasis(a, b, shared, shared);
  const bound: LastBound = { basis: upper, vector: undefined, model: undefined };
  lastBound = bound;
  const favourable = (bounds: [number, number], i: number) => (model.weights[i]! >= 0 ? bounds[1] : bounds[0]);
  const x = model.features.map((f, i) => {
    const bounds = BOUNDED_FEATURES[f];
    if (bounds) return favourable(bounds(upper), i);
    return SYNONYM_FEATURES.has(f) ? favourable(synonymFeatureRange(upper, f), i) : FEATURES[f](upper);
  });
  if (predict(model, x) < model.threshold) return false;
  model.features.forEach((f, i) => {
    if (SYNONYM_FEATURES.has(f)) x[i] = FEATURES[f](upper);
  });
  if (predict(model, x) < model.threshold) return false;
  bound.vector = x;
  bound.model = model;
  return true;
}

/**
 * What mayRelate last computed, reused when the same pair is then classified: its basis (overlaps
 * and WordNet matches do not depend on the subsequence), and for a pair that passed, the feature
 * values under `model`, of which classification recomputes only the subsequence and alignment ones.
 */
interface LastBound {
  basis: PairBasis;
  vector: number[] | undefined;
  model: ParaphraseModel | undefined;
}
let lastBound: LastBound | undefined;

const isLastPair = (a: PreparedText, b: PreparedText): boolean => lastBound !== undefined && lastBound.basis.a === a && lastBound.basis.b === b;

function basisFor(a: PreparedText, b: PreparedText): PairBasis {
  const basis = pairBasis(a, b);
  if (lastBound && isLastPair(a, b)) {
    basis.matches = lastBound.basis.matches;
    basis.overlaps = lastBound.basis.overlaps;
    basis.absent = lastBound.basis.absent;
  }
  return basis;
}

/** The model's probability for the pair, from mayRelate's values when it has them for this pair. */
function probabilityOf(model: ParaphraseModel, basis: PairBasis): number {
  const vector = lastBound && isLastPair(basis.a, basis.b) && lastBound.model === model ? lastBound.vector : undefined;
  if (!vector) return paraphraseProbability(model, basis);
  const x = vector.slice();
  model.features.forEach((f, i) => {
    if (LCS_FEATURES.has(f) || BOUNDED_FEATURES[f]) x[i] = FEATURES[f](basis);
  });
  return predict(model, x);
}

function lcsWeightsNonNegative(model: ParaphraseModel): boolean {
  return model.features.every((f, i) => !LCS_FEATURES.has(f) || model.weights[i]! >= 0);
}

/**
 * What the classifier knows of a pair before the model's threshold is applied: the relation the
 * word-sequence rules fix (if any) and the model's paraphrase probability. `classifyPair` is
 * `decidePair(pairEvidence(…))`; training calls the two apart to choose the threshold on exactly
 * the classifier it will be used in.
 */
export interface PairEvidence {
  /**
   * identical / near-verbatim by the rules; 'reworded-quote' is near-verbatim with reworded
   * quotations; 'shared-quotation' is a pair quoting one statement in the same words.
   */
  rule?: 'identical' | 'near-verbatim' | 'reworded-quote' | 'shared-quotation';
  /** Score of a near-verbatim pair. */
  ruleScore?: number;
  /** Shorter sentence, in words (too short to be called a paraphrase below PARAPHRASE_MIN_WORDS). */
  shorter: number;
  /** The model's paraphrase probability (0 for identical pairs, which need no model). */
  probability: number;
}

export function pairEvidence(a: PreparedText, b: PreparedText, model: ParaphraseModel = shippedModel()): PairEvidence {
  const shorter = Math.min(a.words.length, b.words.length);
  if (a.surface === b.surface && a.words.length > 0) return { rule: 'identical', shorter, probability: 0 };
  const basis = basisFor(a, b);
  const longer = Math.max(a.words.length, b.words.length);
  if (shorter > 0) {
    const lcsMin = basis.lcs / shorter;
    const lcsMax = basis.lcs / longer;
    if (
      basis.lcs >= Math.min(NEAR_VERBATIM_MIN_WORDS, longer) &&
      lcsMin >= NEAR_VERBATIM_MIN_CONTAINMENT &&
      lcsMax >= NEAR_VERBATIM_MIN_COVERAGE
    ) {
      if (!rewordedQuote(a, b)) return { rule: 'near-verbatim', ruleScore: round(lcsMin * (0.9 + 0.1 * lcsMax)), shorter, probability: 0 };
      return { rule: 'reworded-quote', shorter, probability: probabilityOf(model, basis) };
    }
  }
  const probability = probabilityOf(model, basis);
  return sharedQuotation(a, b) ? { rule: 'shared-quotation', shorter, probability } : { shorter, probability };
}

/** The verdict on a pair's evidence with the paraphrase threshold `threshold`. */
export function decidePair(e: PairEvidence, threshold: number): PairVerdict {
  if (e.rule === 'identical') return { relation: 'identical', score: 1 };
  if (e.rule === 'near-verbatim') return { relation: 'near-verbatim', score: e.ruleScore! };
  if (e.rule === 'reworded-quote' || e.rule === 'shared-quotation') return { relation: 'paraphrase', score: round(Math.max(threshold, e.probability)) };
  const p = e.probability;
  if (e.shorter >= PARAPHRASE_MIN_WORDS && p >= threshold) return { relation: 'paraphrase', score: round(p) };
  return { relation: 'none', score: round(p) };
}

export function classifyPair(a: PreparedText, b: PreparedText, model: ParaphraseModel = shippedModel()): PairVerdict {
  return decidePair(pairEvidence(a, b, model), model.threshold);
}

/**
 * classifyPair for alignment's candidates, the same verdicts, with less work: undefined for a pair
 * that is certainly `none` (mayRelate). A pair the bound rules out that quotes one statement is
 * still a paraphrase, decided without the model: it cannot be near-verbatim (mayRelate keeps
 * those), and its probability is below the threshold, so the verdict's score is the threshold.
 */
export function classifyCandidate(a: PreparedText, b: PreparedText, model: ParaphraseModel = shippedModel()): RelatedVerdict | undefined {
  const v = mayRelate(a, b, model)
    ? classifyPair(a, b, model)
    : sharedQuotation(a, b)
      ? decidePair({ rule: 'shared-quotation', shorter: Math.min(a.words.length, b.words.length), probability: 0 }, model.threshold)
      : undefined;
  return v === undefined || v.relation === 'none' ? undefined : { relation: v.relation, score: v.score };
}

/** A verdict that relates the two sentences. */
export interface RelatedVerdict {
  relation: Relation;
  score: number;
}
