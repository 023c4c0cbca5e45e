/**
 * Candidate pairs for alignment: sentences of different documents that share at least
 * CANDIDATE_MIN_SHARED_STEMS distinct content-word stems, and at least CANDIDATE_MIN_SHARED_RATIO
 * of the smaller sentence's, found through an inverted index so unrelated pairs are never scored.
 * (On MRPC, 6 of the 3,082 pairs the classifier relates fall below this bar; on the seeds, none.)
 */
import type { PreparedText } from '../classify/prepared-text.js';
import { CANDIDATE_MIN_SHARED_RATIO, CANDIDATE_MIN_SHARED_STEMS } from '../classify/thresholds.js';
import { firstAtLeast } from '../classify/sequence.js';

export interface SentenceRef {
  doc: number;
  sentence: number;
  prepared: PreparedText;
}

/**
 * The candidate rule: two sentences with `distinctA` and `distinctB` distinct content-word stems,
 * `shared` of them in common, are worth scoring. Corpus mode applies the same rule to choose which
 * sentences to prepare at all.
 */
export function sharesEnoughStems(shared: number, distinctA: number, distinctB: number): boolean {
  const smaller = Math.min(distinctA, distinctB);
  const need = Math.max(Math.min(CANDIDATE_MIN_SHARED_STEMS, smaller), Math.ceil(CANDIDATE_MIN_SHARED_RATIO * smaller));
  return shared >= Math.max(1, need);
}

/** Pairs [i, j] of indices into `refs`, i < j, from different documents; sorted. */
export function candidatePairs(refs: readonly SentenceRef[]): [number, number][] {
  const index = new Map<number, number[]>();
  const distinctStems = refs.map((r) => distinctSorted(r.prepared.sortedStems));
  for (let i = 0; i < distinctStems.length; i++) {
    const stems = distinctStems[i]!;
    for (let x = 0; x < stems.length; x++) {
      let list = index.get(stems[x]!);
      if (!list) index.set(stems[x]!, (list = []));
      list.push(i);
    }
  }
  // First index of a later document than refs[i]'s: the lists are ascending, so each sentence
  // starts its walk there instead of stepping over its own document's sentences (which made one
  // long document cost the square of its length).
  const laterFrom: number[] = new Array<number>(refs.length);
  for (let i = refs.length - 1, next = refs.length; i >= 0; i--) {
    if (i + 1 < refs.length && refs[i + 1]!.doc !== refs[i]!.doc) next = i + 1;
    laterFrom[i] = next;
  }
  const pairs: [number, number][] = [];
  // Shared-stem counts per later sentence, and which were touched (cleared after each sentence).
  const shared = new Int32Array(refs.length);
  const touched: number[] = [];
  for (let i = 0; i < refs.length; i++) {
    const ri = refs[i]!;
    const stems = distinctStems[i]!;
    for (let x = 0; x < stems.length; x++) {
      const list = index.get(stems[x]!)!;
      for (let k = firstAtLeast(list, laterFrom[i]!); k < list.length; k++) {
        const j = list[k]!;
        if (refs[j]!.doc === ri.doc) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
      }
    }
    for (let t = 0; t < touched.length; t++) {
      const j = touched[t]!;
      if (sharesEnoughStems(shared[j]!, stems.length, distinctStems[j]!.length)) pairs.push([i, j]);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * The same rule between the sentences of the given pairs of documents only (the index step,
 * candidate-step.ts): pairs [i, j] of indices into `refs`, i < j, sorted. `refs` are in document
 * order, as alignment builds them, and `documentPairs` are [a, b] with a < b.
 */
export function candidatePairsWithin(refs: readonly SentenceRef[], documentPairs: readonly (readonly [number, number])[]): [number, number][] {
  const byDoc = new Map<number, number[]>();
  refs.forEach((r, i) => {
    let list = byDoc.get(r.doc);
    if (!list) byDoc.set(r.doc, (list = []));
    list.push(i);
  });
  const distinct = new Map<number, number[]>();
  const stemsOf = (i: number): number[] => {
    let d = distinct.get(i);
    if (!d) distinct.set(i, (d = distinctSorted(refs[i]!.prepared.sortedStems)));
    return d;
  };
  const pairs: [number, number][] = [];
  const shared = new Map<number, number>();
  for (const [a, b] of documentPairs) {
    const inA = byDoc.get(a);
    const inB = byDoc.get(b);
    if (!inA || !inB) continue;
    const index = new Map<number, number[]>();
    for (const j of inB)
      for (const x of stemsOf(j)) {
        let list = index.get(x);
        if (!list) index.set(x, (list = []));
        list.push(j);
      }
    for (const i of inA) {
      shared.clear();
      const stems = stemsOf(i);
      for (const x of stems) for (const j of index.get(x) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
      for (const [j, n] of shared) if (sharesEnoughStems(n, stems.length, stemsOf(j).length)) pairs.push([i, j]);
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The distinct values of an ascending list, in order. */
function distinctSorted(xs: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) out.push(xs[i]!);
  return out;
}
