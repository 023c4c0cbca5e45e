/**
 * Candidate pairs for alignment: sentences of different documents that share at least
 * CANDIDATE_MIN_SHARED_STEMS content-word stems, found through an inverted index so unrelated
 * pairs are never scored.
 */
import type { PreparedText } from '../classify/prepared-text.js';
import { CANDIDATE_MIN_SHARED_STEMS } from '../classify/thresholds.js';

export interface SentenceRef {
  doc: number;
  sentence: number;
  prepared: PreparedText;
}

/** Pairs [i, j] of indices into `refs`, i < j, from different documents; sorted. */
export function candidatePairs(refs: readonly SentenceRef[], minShared = CANDIDATE_MIN_SHARED_STEMS): [number, number][] {
  const index = new Map<number, number[]>();
  refs.forEach((r, i) => {
    for (const s of new Set(r.prepared.sortedStems)) {
      let list = index.get(s);
      if (!list) index.set(s, (list = []));
      list.push(i);
    }
  });
  const pairs: [number, number][] = [];
  const shared = new Map<number, number>();
  for (let i = 0; i < refs.length; i++) {
    shared.clear();
    const ri = refs[i]!;
    for (const s of new Set(ri.prepared.sortedStems)) {
      for (const j of index.get(s)!) {
        if (j <= i || refs[j]!.doc === ri.doc) continue;
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    const need = (j: number) => Math.min(minShared, ri.prepared.sortedStems.length, refs[j]!.prepared.sortedStems.length);
    for (const [j, n] of shared) if (n >= Math.max(1, need(j))) pairs.push([i, j]);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
