/**
 * Fitting the paraphrase model, and measuring the whole classifier by cross-validation. Used by
 * scripts/train-paraphrase.mjs and bench/paraphrase.mjs (both through dist/), so the benchmark
 * measures exactly what training ships: `classifyPair` with a model fitted as here.
 */
import { classifyPair, decidePair, pairEvidence, type PairEvidence } from './classify-pair.js';
import { FEATURE_NAMES, LCS_FEATURES, pairBasis, type FeatureName } from './features.js';
import { fitLogistic, predict, type FitOptions } from './logistic.js';
import { featureVector, type ParaphraseModel } from './paraphrase-model.js';
import { prepareText, type PreparedText } from './prepared-text.js';

export interface TrainingPair {
  a: PreparedText;
  b: PreparedText;
  /** 1 = paraphrase (related), 0 = not. */
  label: number;
}

/** A pair's rule evidence and every feature's value, computed once for all fits. */
export interface PairRow {
  pair: TrainingPair;
  /** The rule-decided part of the evidence (probability to be filled in by a model). */
  evidence: PairEvidence;
  /** Values of FEATURE_NAMES, in that order. */
  values: number[];
}

const NO_MODEL: ParaphraseModel = { features: [], weights: [], bias: 0, threshold: 1 };

export function preparePairs(pairs: readonly { text1: string; text2: string; quality?: number }[]): TrainingPair[] {
  return pairs.map((p) => ({ a: prepareText(p.text1), b: prepareText(p.text2), label: p.quality ?? 0 }));
}

export function pairRows(pairs: readonly TrainingPair[]): PairRow[] {
  return pairs.map((pair) => ({
    pair,
    evidence: pairEvidence(pair.a, pair.b, NO_MODEL),
    values: featureVector(FEATURE_NAMES, pairBasis(pair.a, pair.b)),
  }));
}

export interface TrainOptions extends FitOptions {
  features?: readonly FeatureName[];
}

/** The options the shipped model is trained with, and the benchmark measures. */
export const SHIPPED_OPTIONS: TrainOptions = { l2: 1e-4 };

/** The twelve features of the first model (before WordNet, alignment gaps and the rest), for comparison. */
export const FIRST_MODEL_FEATURES: readonly FeatureName[] = [
  'wordContainmentMin', 'wordContainmentMax', 'bigramContainmentMin', 'bigramContainmentMax', 'trigramContainmentMin',
  'lcsMin', 'lcsMax', 'stemDice', 'charDice', 'lengthRatio', 'numberAgreement', 'nameAgreement',
];

/**
 * Fit the model on `rows`: logistic regression on the pairs the rules leave to the model, weights
 * of subsequence features kept non-negative (alignment's pruning bound), then the threshold that
 * makes the whole classifier most accurate on these same rows.
 */
export function trainModel(rows: readonly PairRow[], options: TrainOptions = {}): ParaphraseModel {
  const features = [...(options.features ?? FEATURE_NAMES)];
  const columns = features.map((f) => FEATURE_NAMES.indexOf(f));
  const modelRows = rows.filter((r) => r.evidence.rule === undefined);
  const xs = modelRows.map((r) => columns.map((c) => r.values[c]!));
  const ys = modelRows.map((r) => r.pair.label);
  const nonNegative = features.flatMap((f, i) => (LCS_FEATURES.has(f) ? [i] : []));
  const fitted = fitLogistic(xs, ys, { ...SHIPPED_OPTIONS, ...options, nonNegative });
  const probabilities = rows.map((r) => predict(fitted, columns.map((c) => r.values[c]!)));
  return { features, weights: fitted.weights, bias: fitted.bias, threshold: bestThreshold(rows, probabilities) };
}

/**
 * The threshold at which the whole classifier is most accurate on `rows`, in steps of 0.005.
 * Accuracy is averaged over a window of ±0.025 around each candidate, so that a spike of a few
 * pairs does not decide it (the curve is flat near its top); ties go to the value nearest 0.5.
 */
function bestThreshold(rows: readonly PairRow[], probabilities: readonly number[]): number {
  const steps: number[] = [];
  for (let t = 150; t <= 850; t += 5) steps.push(t / 1000);
  const correct = steps.map((threshold) => {
    let n = 0;
    rows.forEach((r, k) => {
      const v = decidePair({ ...r.evidence, probability: probabilities[k]! }, threshold);
      if (Number(v.relation !== 'none') === r.pair.label) n++;
    });
    return n;
  });
  const WINDOW = 5;
  let best = 0.5;
  let bestScore = -1;
  steps.forEach((threshold, i) => {
    if (i < WINDOW || i >= steps.length - WINDOW) return;
    let sum = 0;
    for (let k = i - WINDOW; k <= i + WINDOW; k++) sum += correct[k]!;
    if (sum > bestScore || (sum === bestScore && Math.abs(threshold - 0.5) < Math.abs(best - 0.5))) {
      best = threshold;
      bestScore = sum;
    }
  });
  return best;
}

export interface Scores {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  /** Counts: true/false positives/negatives. */
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function scores(predicted: readonly number[], labels: readonly number[]): Scores {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  predicted.forEach((p, i) => {
    const y = labels[i];
    if (p && y) tp++;
    else if (p) fp++;
    else if (y) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    accuracy: (tp + tn) / Math.max(1, predicted.length),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    tp, fp, tn, fn,
  };
}

/**
 * k-fold cross-validation of the whole classifier (rules + model): pair i is in fold i mod k; the
 * model and its threshold are fitted on the other folds only, and the held-out pairs are
 * classified by `classifyPair` with that model. Deterministic.
 */
export function crossValidate(rows: readonly PairRow[], options: TrainOptions = {}, folds = 10): Scores & { thresholds: number[] } {
  const predicted = new Array<number>(rows.length).fill(0);
  const thresholds: number[] = [];
  for (let f = 0; f < folds; f++) {
    const model = trainModel(rows.filter((_, i) => i % folds !== f), options);
    thresholds.push(model.threshold);
    rows.forEach((r, i) => {
      if (i % folds === f) predicted[i] = Number(classifyPair(r.pair.a, r.pair.b, model).relation !== 'none');
    });
  }
  return { ...scores(predicted, rows.map((r) => r.pair.label)), thresholds };
}
