/**
 * The one stage whose method depends on the input's size: choosing which pairs of sentences to
 * compare. Everything downstream (classify, keep, label, units, provenance) is the same either way.
 *
 * - `all-pairs`: every two sentences of different documents that pass the candidate rule
 *   (`sharesEnoughStems`, candidates.ts), found through an inverted index of content-word stems.
 *   Its cost is the number of sentence pairs that share a stem, which grows with the square of
 *   the input: a corpus repeats its common words in thousands of sentences.
 * - `index`: first the pairs of documents worth comparing, from shingles of three consecutive
 *   content-word stems (function words dropped and words stemmed, so that a reworded sentence,
 *   whose function words and inflections have changed and some of whose words have been swapped,
 *   still shares some with its source); shingles found in many documents are stock phrases and
 *   count for nothing (shingle-index.ts); then the candidate rule between the sentences of each
 *   such pair. Its cost follows the reuse.
 *
 *   Why three: a shingle of two stems ("oil price", "central bank") recurs in tens of documents
 *   of a corpus, so its weight (2 / df) is small, and a story that keeps one or two sentences of
 *   its source shared too little weight to be proposed (on Reuters-21578, 16,558 documents: 37 of
 *   45 planted one- and two-sentence excerpts); three stems in a row are rarer, so the same
 *   sentence weighs several times more (43 of 45, at the weight MIN_SHARED_WEIGHT of one sentence
 *   of six content words), rewordings keep enough of them (83 of 83, the least of them weighing 11
 *   where two stems gave 6), and the posting lists are shorter: 4,418 document pairs, against
 *   3,524, found in about a third of the time (`npm run bench:scale`; README, "Large inputs").
 *
 * `auto` measures the all-pairs cost first (counting, not comparing) and takes the index only
 * above ALL_PAIRS_MAX_COST.
 */
import type { Sentence } from '../types.js';
import { stem, STOPWORDS } from '../text/stems.js';
import { tokenize } from '../text/tokens.js';
import { maxDocumentFrequency } from './common-passages.js';
import { buildShingleIndex, candidateDocumentPairs, MAX_INDEXED_DOCUMENTS, unpackPair } from './shingle-index.js';
import { inputError } from '../errors.js';
import { distinctSorted, hashWord, combine } from './shingles.js';

export type CandidateStep = 'all-pairs' | 'index';
export type CandidateChoice = CandidateStep | 'auto';

/**
 * Sentence pairs sharing a content-word stem (the all-pairs step's work) above which `auto` takes
 * the index: about 600 Reuters-21578 articles as distributed (the first 500 give 0.64 million,
 * 1,000 give 2.7 million, 4,080 give 53 million); the seeds give 5,335.
 */
export const ALL_PAIRS_MAX_COST = 1_000_000;

/** The content-word stems of a sentence, in order: its words less function words, stemmed. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (!STOPWORDS.has(t.norm)) out.push(stem(t.norm));
  return out;
}

/**
 * A document's article sentences' content stems, hashed (hashWord): those of sentence k are
 * `hashes[starts[k]]` up to `hashes[starts[k + 1]]` (boilerplate sentences have none). Two typed
 * arrays per document, so that a worker thread hands them over cheaply.
 */
export interface DocumentStems {
  hashes: Uint32Array;
  starts: Uint32Array;
}

/** Each document's sentences' hashed content stems (DocumentStems). */
export function documentStems(sentences: readonly (readonly Sentence[])[]): DocumentStems[] {
  return sentences.map((ss) => {
    const hashes: number[] = [];
    const starts = new Uint32Array(ss.length + 1);
    ss.forEach((s, k) => {
      if (s.role !== 'boilerplate') for (const x of contentStems(s.text)) hashes.push(hashWord(x));
      starts[k + 1] = hashes.length;
    });
    return { hashes: Uint32Array.from(hashes), starts };
  });
}

/**
 * The all-pairs step's work: pairs of sentences (of any documents) sharing a stem, Σ df·(df−1)/2
 * (stems told apart by their hashes). Counting stops as soon as the sum passes `limit`: a stem's
 * n-th sentence adds n − 1 pairs, so the partial sum only grows, and past the limit the exact
 * figure changes no decision (the result is then some number above `limit`).
 */
export function allPairsCost(stems: readonly DocumentStems[], limit = Infinity): number {
  const df = new Map<number, number>();
  const seen = new Set<number>();
  let cost = 0;
  for (const { hashes, starts } of stems)
    for (let k = 0; k + 1 < starts.length; k++) {
      seen.clear();
      for (let x = starts[k]!; x < starts[k + 1]!; x++) seen.add(hashes[x]!);
      for (const h of seen) {
        const n = df.get(h) ?? 0;
        df.set(h, n + 1);
        cost += n;
      }
      if (cost > limit) return cost;
    }
  return cost;
}

/**
 * Which step runs. Tiny inputs are decided from their number of sentences alone (no pair can cost
 * more than all of them), so the small path computes nothing extra.
 */
export function chooseCandidateStep(sentenceCount: number, choice: CandidateChoice, cost: () => number): CandidateStep {
  if (choice !== 'auto') return choice;
  if ((sentenceCount * (sentenceCount - 1)) / 2 <= ALL_PAIRS_MAX_COST) return 'all-pairs';
  return cost() <= ALL_PAIRS_MAX_COST ? 'all-pairs' : 'index';
}

/** Consecutive content stems per shingle of the index step (and of the archive's keys). */
export const SHINGLE_STEMS = 3;

/**
 * A document's signature: the distinct hashes of its sentences' runs of SHINGLE_STEMS consecutive
 * content stems (a sentence with fewer: one shingle of all of them). The archive's keys too.
 */
export function stemShingles({ hashes, starts }: DocumentStems): Uint32Array {
  const lists: number[][] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    const sentence = hashes.subarray(starts[k]!, starts[k + 1]!);
    const out: number[] = [];
    if (sentence.length > 0 && sentence.length < SHINGLE_STEMS) out.push(combine(sentence, 0, sentence.length));
    for (let i = 0; i + SHINGLE_STEMS <= sentence.length; i++) out.push(combine(sentence, i, i + SHINGLE_STEMS));
    lists.push(out);
  }
  return distinctSorted(lists);
}

/** The index step's pairs of documents [i, j], i < j, sorted. */
export function indexedDocumentPairs(stems: readonly DocumentStems[]): [number, number][] {
  if (stems.length > MAX_INDEXED_DOCUMENTS) throw inputError(`the candidate index handles at most ${MAX_INDEXED_DOCUMENTS} documents, and was given ${stems.length}`);
  const signatures = stems.map(stemShingles);
  const index = buildShingleIndex(signatures, maxDocumentFrequency(stems.length));
  return Array.from(candidateDocumentPairs(signatures, index), unpackPair);
}
