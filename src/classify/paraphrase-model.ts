/**
 * The shipped paraphrase model: logistic-regression weights over named features, with the
 * probability threshold above which a pair is called a paraphrase. Read once, on first use, from
 * data/paraphrase-model.json (weights fitted on MRPC's training split: see README, "Data").
 */
import { readFileSync } from 'node:fs';
import { FEATURES, isFeatureName, type FeatureName, type PairBasis } from './features.js';
import { predict, type LogisticModel } from './logistic.js';

export interface ParaphraseModel extends LogisticModel {
  features: FeatureName[];
  threshold: number;
}

interface ModelFile {
  features: string[];
  weights: number[];
  bias: number;
  threshold: number;
}

export const MODEL_URL = new URL('../../data/paraphrase-model.json', import.meta.url);

export function parseModel(json: string): ParaphraseModel {
  const raw = JSON.parse(json) as ModelFile;
  const features = raw.features.map((f) => {
    if (!isFeatureName(f)) throw new Error(`paraphrase model names an unknown feature: ${f}`);
    return f;
  });
  if (raw.weights.length !== features.length) throw new Error('paraphrase model: one weight per feature expected');
  return { features, weights: raw.weights, bias: raw.bias, threshold: raw.threshold };
}

let shipped: ParaphraseModel | undefined;

export function shippedModel(): ParaphraseModel {
  shipped ??= parseModel(readFileSync(MODEL_URL, 'utf8'));
  return shipped;
}

export function featureVector(features: readonly FeatureName[], basis: PairBasis): number[] {
  return features.map((f) => FEATURES[f](basis));
}

export function paraphraseProbability(model: ParaphraseModel, basis: PairBasis): number {
  return predict(model, featureVector(model.features, basis));
}
