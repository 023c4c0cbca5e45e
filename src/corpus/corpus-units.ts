/**
 * Content units over the whole corpus, with the small path's rules (src/units/content-units.ts):
 * sentences joined by a kept relation fall in one unit; units are numbered in reading order of
 * their first sentence (document order, then sentence order); a member's relation is the
 * strongest among its sentences' matches; a unit is a quote unit when every match in it is a
 * shared quote. Only sentences that have matches take part, so the work follows the relations.
 */
import type { ContentUnit, ProvenanceEdge, Relation, UnitMember } from '../types.js';
import { RELATION_RANK } from '../label/build-segments.js';
import type { AlignedStore } from './aligned-store.js';

const SEGMENT_FACTOR = 2 ** 22;

export interface CorpusUnits {
  units: ContentUnit[];
  /** (document * 2^22 + segment) → unit id. */
  unitOf: Map<number, number>;
}

export const unitKey = (doc: number, segment: number): number => doc * SEGMENT_FACTOR + segment;

export function corpusUnits(store: AlignedStore, ids: readonly string[]): CorpusUnits {
  const node = new Map<number, number>();
  const keys: number[] = [];
  const parent: number[] = [];
  const nodeOf = (key: number): number => {
    let n = node.get(key);
    if (n === undefined) {
      node.set(key, (n = keys.length));
      keys.push(key);
      parent.push(n);
    }
    return n;
  };
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const best: Relation[] = [];
  const allQuote: boolean[] = [];
  for (let k = 0; k < store.size; k++) {
    const [da, sa, db, sb] = store.ends(k);
    const relation = store.relation(k);
    const quote = store.isQuote(k);
    for (const n of [nodeOf(unitKey(da, sa)), nodeOf(unitKey(db, sb))]) {
      if (best[n] === undefined || RELATION_RANK[relation] > RELATION_RANK[best[n]!]) best[n] = relation;
      allQuote[n] = (allQuote[n] ?? true) && quote;
    }
    const ra = find(node.get(unitKey(da, sa))!);
    const rb = find(node.get(unitKey(db, sb))!);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // Reading order: sort the sentences by (document, segment); a unit's number is given by its first.
  const order = keys.map((_, n) => n).sort((x, y) => keys[x]! - keys[y]!);
  const byRoot = new Map<number, number[]>();
  for (const n of order) {
    const r = find(n);
    let list = byRoot.get(r);
    if (!list) byRoot.set(r, (list = []));
    list.push(n);
  }
  const units: ContentUnit[] = [];
  const unitOf = new Map<number, number>();
  for (const members of byRoot.values()) {
    const id = units.length;
    const perDoc = new Map<number, { segments: number[]; relation: Relation }>();
    let quote = true;
    for (const n of members) {
      const key = keys[n]!;
      const d = Math.floor(key / SEGMENT_FACTOR);
      let m = perDoc.get(d);
      if (!m) perDoc.set(d, (m = { segments: [], relation: 'paraphrase' }));
      m.segments.push(key - d * SEGMENT_FACTOR);
      if (RELATION_RANK[best[n]!] > RELATION_RANK[m.relation]) m.relation = best[n]!;
      if (!allQuote[n]) quote = false;
      unitOf.set(key, id);
    }
    const list: UnitMember[] = [...perDoc.entries()].map(([d, m]) => ({ document: ids[d]!, segments: m.segments, relation: m.relation }));
    units.push({ id, members: list, quote });
  }
  return { units, unitOf };
}

/**
 * Each unit's origin, with the provenance stage's rule (src/provenance/unit-origins.ts): the one
 * member that kept edges among the members lead from and never to. Quote units have none.
 */
export function setUnitOrigins(units: readonly ContentUnit[], edges: readonly ProvenanceEdge[]): void {
  // Only edges whose direction the texts show say where content came from.
  const clear = edges.filter((e) => e.directionClear);
  const edgeSet = new Set(clear.map((e) => `${e.from}\u0000${e.to}`));
  const touched = new Set(clear.flatMap((e) => [e.from, e.to]));
  for (const u of units) {
    if (u.quote) continue;
    const members = u.members.map((m) => m.document).filter((d) => touched.has(d));
    const roots = members.filter(
      (d) => members.some((o) => o !== d && edgeSet.has(`${d}\u0000${o}`)) && !members.some((o) => o !== d && edgeSet.has(`${o}\u0000${d}`)),
    );
    if (roots.length === 1) u.origin = roots[0]!;
  }
}
