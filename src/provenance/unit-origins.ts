/**
 * The most likely origin of each content unit: the member document that kept edges lead from to
 * the other members. Units held together only by shared quotes have no origin among the
 * documents: their origin is the primary source quoted.
 */
import type { ContentUnit, ProvenanceEdge } from '../types.js';

export function unitOrigins(units: readonly ContentUnit[], edges: readonly ProvenanceEdge[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const u of units) {
    if (u.quote) continue;
    const members = u.members.map((m) => m.document);
    // Only edges whose direction the texts show say where content came from.
    const inner = edges.filter((e) => e.directionClear && members.includes(e.from) && members.includes(e.to));
    const roots = members.filter((d) => inner.some((e) => e.from === d) && !inner.some((e) => e.to === d));
    if (roots.length === 1) out.set(u.id, roots[0]!);
  }
  return out;
}
