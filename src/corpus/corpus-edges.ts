/**
 * The corpus's provenance edges from the pairwise verdicts. Each candidate pair gives at most one
 * directed edge (pair-analysis.ts). Then, per reusing document, sources are taken strongest first
 * and a further source is kept only for what the kept ones do not explain, as the small path does:
 * two outlets that both took one wire story are siblings, not copier and copied.
 */
import type { ProvenanceEdge } from '../types.js';

/** A further source must explain at least this many sentences not explained already… */
export const MIN_FRESH_SENTENCES = 2;
/** …making up at least this share of the reusing document's article words. */
export const MIN_FRESH_SHARE = 0.1;

export interface PairEdge {
  edge: ProvenanceEdge;
  /** Index of `from` and `to` in corpus order. */
  from: number;
  to: number;
  /** `to`'s segments that share prose with `from`, and their words. */
  sharedSegments: number[];
  sharedWords: number[];
  /** `to`'s article words. */
  articleWords: number;
}

export function corpusEdges(candidates: readonly PairEdge[]): ProvenanceEdge[] {
  const byTo = new Map<number, PairEdge[]>();
  for (const c of candidates) {
    let list = byTo.get(c.to);
    if (!list) byTo.set(c.to, (list = []));
    list.push(c);
  }
  const kept: PairEdge[] = [];
  for (const list of byTo.values()) {
    list.sort((x, y) => y.edge.confidence - x.edge.confidence || y.edge.share - x.edge.share || x.from - y.from);
    const explained = new Set<number>();
    list.forEach((c, k) => {
      let freshSentences = 0;
      let freshWords = 0;
      c.sharedSegments.forEach((s, i) => {
        if (explained.has(s)) return;
        freshSentences++;
        freshWords += c.sharedWords[i]!;
      });
      const fresh = c.articleWords === 0 ? 0 : freshWords / c.articleWords;
      if (k > 0 && (freshSentences < MIN_FRESH_SENTENCES || fresh < MIN_FRESH_SHARE)) return;
      for (const s of c.sharedSegments) explained.add(s);
      kept.push(c);
    });
  }
  return kept.sort((x, y) => x.from - y.from || x.to - y.to).map((c) => c.edge);
}
