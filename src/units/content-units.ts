/**
 * Stage 8: group matching sentences across all documents into content units, the rows of a
 * collation table. Segments joined by a kept match fall in one unit (union-find); a unit is
 * content carried by two or more documents. Units are numbered in reading order of the first
 * document that carries them.
 */
import type { ContentUnit, Relation, Segment, UnitMember } from '../types.js';
import { RELATION_RANK } from '../label/build-segments.js';

class DisjointSets {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export interface UnitAssignment {
  units: ContentUnit[];
  /** unit id per [document][segment], or undefined. */
  unitOf: (number | undefined)[][];
}

export function contentUnits(docIds: readonly string[], segments: readonly (readonly Segment[])[]): UnitAssignment {
  const sets = new DisjointSets();
  const node: number[][] = segments.map((ss) => ss.map(() => sets.add()));
  const docIndex = new Map(docIds.map((id, i) => [id, i]));
  segments.forEach((ss, d) =>
    ss.forEach((s, i) => {
      for (const m of s.matches) sets.union(node[d]![i]!, node[docIndex.get(m.document)!]![m.segment]!);
    }),
  );

  // Collect components in reading order: document order, then segment order.
  const byRoot = new Map<number, { d: number; i: number }[]>();
  segments.forEach((ss, d) =>
    ss.forEach((s, i) => {
      if (s.matches.length === 0) return;
      const root = sets.find(node[d]![i]!);
      let list = byRoot.get(root);
      if (!list) byRoot.set(root, (list = []));
      list.push({ d, i });
    }),
  );

  const units: ContentUnit[] = [];
  const unitOf: (number | undefined)[][] = segments.map((ss) => ss.map(() => undefined));
  for (const members of byRoot.values()) {
    const docs = new Map<number, number[]>();
    for (const { d, i } of members) {
      let list = docs.get(d);
      if (!list) docs.set(d, (list = []));
      list.push(i);
    }
    if (docs.size < 2) continue;
    const id = units.length;
    let quote = true;
    const unitMembers: UnitMember[] = [...docs.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([d, segs]) => {
        let best: Relation = 'paraphrase';
        for (const i of segs) {
          unitOf[d]![i] = id;
          for (const m of segments[d]![i]!.matches) {
            if (RELATION_RANK[m.relation] > RELATION_RANK[best]) best = m.relation;
            if (!m.quote) quote = false;
          }
        }
        return { document: docIds[d]!, segments: segs, relation: best };
      });
    units.push({ id, members: unitMembers, quote });
  }
  return { units, unitOf };
}
