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
  distinctStems.forEach((stems, i) => {
    for (const s of stems) {
      let list = index.get(s);
      if (!list) index.set(s, (list = []));
      list.push(i);
    }
  });
  // First index of a later document than refs[i]'s: the lists are ascending, so each sentence
  // starts its walk there instead of stepping over its own document's sentences (which made one
  // long document cost the square of its length).
  const laterFrom: number[] = new Array<number>(refs.length);
  for (let i = refs.length - 1, next = refs.length; i >= 0; i--) {
    if (i + 1 < refs.length && refs[i + 1]!.doc !== refs[i]!.doc) next = i + 1;
    laterFrom[i] = next;
  }
  const pairs: [number, number][] = [];
  const shared = new Map<number, number>();
  for (let i = 0; i < refs.length; i++) {
    shared.clear();
    const ri = refs[i]!;
    for (const s of distinctStems[i]!) {
      const list = index.get(s)!;
      for (let k = firstAtLeast(list, laterFrom[i]!); k < list.length; k++) {
        const j = list[k]!;
        if (refs[j]!.doc === ri.doc) continue;
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    shared.forEach((n, j) => {
      if (sharesEnoughStems(n, distinctStems[i]!.length, distinctStems[j]!.length)) pairs.push([i, j]);
    });
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The distinct values of an ascending list, in order. */
function distinctSorted(xs: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) out.push(xs[i]!);
  return out;
}
