#!/usr/bin/env node
/**
 * The paraphrase classifier measured on the Microsoft Research Paraphrase Corpus (MRPC): 10-fold
 * cross-validation of the whole classifier (identical / near-verbatim rules + the model) on the
 * training split, "relation != none" against the human labels. Pair i is in fold i mod 10; on each
 * fold the model is refitted and its threshold chosen on the other nine folds only, then the
 * held-out pairs are classified by `classifyPair` (src/classify/train-model.ts). Deterministic.
 * Also: the first model's twelve features fitted the same way, and an ablation (each feature group
 * removed in turn).
 * Usage: npm run bench:paraphrase -- --data ../shared/data/mrpc[/msr_paraphrase_train.txt] [--folds 10] [--no-ablation]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseMrpc } from '../dist/pairs/read-mrpc.js';
import { crossValidate, FIRST_MODEL_FEATURES, pairRows, preparePairs } from '../dist/classify/train-model.js';
import { FEATURE_GROUPS, FEATURE_NAMES } from '../dist/classify/features.js';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const usage = 'usage: npm run bench:paraphrase -- --data PATH/msr_paraphrase_train.txt (or the folder holding it) [--folds N] [--no-ablation]';
const given = arg('--data');
// A folder stands for the training split inside it, as the other benchmarks take a data folder.
const data = given && existsSync(given) && statSync(given).isDirectory() ? path.join(given, 'msr_paraphrase_train.txt') : given;
if (!data || !existsSync(data) || !statSync(data).isFile()) {
  console.error(given ? `${given}: neither msr_paraphrase_train.txt nor a folder holding it\n${usage}` : usage);
  process.exit(2);
}
const folds = Number(arg('--folds') ?? 10);

const pairs = parseMrpc(readFileSync(data, 'utf8')).filter((p) => p.quality !== undefined);
const rows = pairRows(preparePairs(pairs));
const positives = rows.filter((r) => r.pair.label === 1).length;
console.log(`MRPC ${data}: ${rows.length} pairs, ${positives} paraphrases (${pct(positives / rows.length)}%); ${folds}-fold cross-validation, fold = index mod ${folds}`);
const byRule = {};
for (const r of rows) {
  const k = r.evidence.rule ?? 'left to the model';
  byRule[k] ??= [0, 0];
  byRule[k][r.pair.label]++;
}
console.log('decided by rule: ' + Object.entries(byRule).map(([k, [n, p]]) => `${k} ${n + p} (${p} labelled paraphrase)`).join('; '));

function pct(x) {
  return (100 * x).toFixed(1);
}
function line(name, s) {
  return `${name.padEnd(36)} ${pct(s.accuracy).padStart(5)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(5)}`;
}

console.log(`\n${'classifier (relation != none)'.padEnd(36)} ${'acc'.padStart(5)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(5)}`);
const all = crossValidate(rows, { features: FEATURE_NAMES }, folds);
console.log(line(`shipped features (${FEATURE_NAMES.length})`, all));
const first = crossValidate(rows, { features: FIRST_MODEL_FEATURES }, folds);
console.log(line(`first model's features (${FIRST_MODEL_FEATURES.length})`, first));
console.log(`thresholds chosen per fold (shipped features): ${all.thresholds.join(' ')}`);

console.log('\npublished, MRPC test split (accuracy / F1)');
for (const [name, acc, f1] of [
  ['always "paraphrase"', 66.5, 79.9],
  ['Mihalcea et al. 2006', 70.3, 81.3],
  ['Fernando & Stevenson 2008', 74.1, 82.4],
  ['Wan et al. 2006', 75.6, 83.0],
  ['Madnani et al. 2012', 77.4, 84.1],
  ['Ji & Eisenstein 2013', 80.4, 85.9],
])
  console.log(`${name.padEnd(36)} ${acc.toFixed(1).padStart(5)} ${''.padStart(6)} ${''.padStart(6)} ${f1.toFixed(1).padStart(5)}`);

if (!process.argv.includes('--no-ablation')) {
  console.log('\nablation: shipped features without one group (change in accuracy / F1 points)');
  for (const [group, names] of Object.entries(FEATURE_GROUPS)) {
    const s = crossValidate(rows, { features: FEATURE_NAMES.filter((f) => !names.includes(f)) }, folds);
    const d = (x, y) => `${x >= y ? '+' : ''}${(100 * (x - y)).toFixed(1)}`;
    console.log(`${line(`- ${group}`, s)}   ${d(s.accuracy, all.accuracy).padStart(5)} ${d(s.f1, all.f1).padStart(5)}`);
  }
}
