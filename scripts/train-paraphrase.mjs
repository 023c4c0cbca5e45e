#!/usr/bin/env node
/**
 * Fits the paraphrase model on the whole MRPC training split and writes data/paraphrase-model.json
 * (features, weights, bias, threshold, provenance). Same code as the benchmark
 * (src/classify/train-model.ts, through dist/): build first.
 * Usage: npm run train:paraphrase -- --data ../shared/data/mrpc/msr_paraphrase_train.txt
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMrpc } from '../dist/pairs/read-mrpc.js';
import { pairRows, preparePairs, trainModel } from '../dist/classify/train-model.js';
import { FEATURE_NAMES } from '../dist/classify/features.js';

const i = process.argv.indexOf('--data');
const data = i > 0 ? process.argv[i + 1] : undefined;
if (!data) {
  console.error('usage: npm run train:paraphrase -- --data PATH/msr_paraphrase_train.txt');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'data', 'paraphrase-model.json');

const pairs = parseMrpc(readFileSync(data, 'utf8')).filter((p) => p.quality !== undefined);
const model = trainModel(pairRows(preparePairs(pairs)), { features: FEATURE_NAMES });
const file = {
  description:
    'Logistic-regression paraphrase model. Weights and threshold fitted on the training split of the Microsoft Research ' +
    'Paraphrase Corpus (MRPC; Dolan, Quirk & Brockett 2004/2005), distributed under the Microsoft Research Shared Source ' +
    'licence: non-commercial use only; see README, "Data". Synonym features use data/wordnet-synonyms.bin (WordNet licence, data/WORDNET-LICENSE).',
  trainedOn: `MRPC ${path.basename(data)} (${pairs.length.toLocaleString('en-US')} pairs), by scripts/train-paraphrase.mjs`,
  features: model.features,
  weights: model.weights,
  bias: model.bias,
  threshold: model.threshold,
};
const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, JSON.stringify(file, null, 2) + '\n');
renameSync(tmp, out);
console.log(`${out}: ${model.features.length} features, threshold ${model.threshold}`);
for (const [k, f] of model.features.entries()) console.log(`  ${f.padEnd(28)} ${model.weights[k]}`);
console.log(`  ${'(bias)'.padEnd(28)} ${model.bias}`);
