/**
 * The corpus's provenance edges from the pairwise verdicts. Each candidate pair gives at most one
 * directed edge (pair-analysis.ts). Then, per reusing document, sources are taken strongest first
 * and a further source is kept only for what the kept ones do not explain (explained-sources.ts,
 * shared with the small path): two outlets that both took one wire story are siblings.
 */
import type { ProvenanceEdge } from '../types.js';
import { keepExplainingSources } from '../provenance/explained-sources.js';

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
    const words = new Map<number, number>();
    for (const c of list) c.sharedSegments.forEach((s, i) => words.set(s, c.sharedWords[i]!));
    kept.push(...keepExplainingSources(list, (s) => words.get(s) ?? 0, list[0]!.articleWords));
  }
  return kept.sort((x, y) => x.from - y.from || x.to - y.to).map((c) => c.edge);
}
