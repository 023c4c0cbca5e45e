/**
 * The input cut into parts that can be aligned apart (align-part.ts): the candidate step's pairs
 * of documents join documents into connected groups, and alignment never looks from one group
 * into another, so a part is a set of whole groups. The parallel path aligns one part per thread;
 * the one-thread path one part of every paired document. How the groups are dealt out changes
 * only who does the work: the parts' results are joined in the input's order.
 */

/** Documents aligned together, and the pairs of them the candidate step chose. */
export interface AlignmentPart {
  /** Indices into the input, ascending. */
  documents: number[];
  /** The part's pairs of documents ([a, b], a < b, sorted); absent: every pair of its documents (the all-pairs step). */
  documentPairs?: [number, number][];
}

/**
 * Up to `count` parts of about equal `weight` (a document's, e.g. its sentences to prepare), each
 * a set of connected groups of the `documentPairs`; empty parts are left out (a list of no pairs gives one part of no
 * document: nothing is compared). Without pairs (the
 * all-pairs step compares every document with every other) there is one group: one part of all
 * `documents` documents. The groups go heaviest first to the lightest part so far (ties: the
 * group of the lowest document, the part of the lowest number), so the parts depend on the input
 * and `count` alone.
 */
export function alignmentParts(documents: number, documentPairs: readonly (readonly [number, number])[] | undefined, count: number, weight: (d: number) => number): AlignmentPart[] {
  if (!documentPairs) return [{ documents: Array.from({ length: documents }, (_, d) => d) }];
  const root = Int32Array.from({ length: documents }, (_, d) => d);
  const find = (d: number): number => {
    while (root[d] !== d) {
      root[d] = root[root[d]!]!;
      d = root[d]!;
    }
    return d;
  };
  for (const [a, b] of documentPairs) {
    const ra = find(a);
    const rb = find(b);
    // The lower document is the group's root, so a group is named by its first document.
    if (ra !== rb) root[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const paired = new Uint8Array(documents);
  for (const [a, b] of documentPairs) paired[a] = paired[b] = 1;
  const groups = new Map<number, { documents: number[]; weight: number }>();
  for (let d = 0; d < documents; d++) {
    if (!paired[d]) continue;
    const r = find(d);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { documents: [], weight: 0 }));
    g.documents.push(d);
    g.weight += weight(d);
  }
  const order = [...groups.entries()].sort((x, y) => y[1].weight - x[1].weight || x[0] - y[0]);
  const parts = Array.from({ length: Math.max(1, count) }, () => ({ documents: [] as number[], weight: 0 }));
  const partOf = new Int32Array(documents).fill(-1);
  for (const [, g] of order) {
    let p = 0;
    for (let q = 1; q < parts.length; q++) if (parts[q]!.weight < parts[p]!.weight) p = q;
    parts[p]!.weight += g.weight;
    for (const d of g.documents) {
      parts[p]!.documents.push(d);
      partOf[d] = p;
    }
  }
  const pairsOf = parts.map((): [number, number][] => []);
  for (const [a, b] of documentPairs) pairsOf[partOf[a]!]!.push([a, b]);
  const out = parts.map((p, k) => ({ documents: p.documents.sort((x, y) => x - y), documentPairs: pairsOf[k]! })).filter((p) => p.documents.length > 0);
  // No pair at all: one part of no document (nothing is compared).
  return out.length > 0 ? out : [{ documents: [], documentPairs: [] }];
}
