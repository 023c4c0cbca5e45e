/**
 * Pairs of matching article sentences in two different documents, each pair once, in document
 * order; and which of the two the analysis says came first.
 */
import type { Match, Segment } from '../types.js';
import type { Story } from './story.js';

export interface SegmentPair {
  a: { document: string; segment: Segment };
  b: { document: string; segment: Segment };
  /** The match as recorded on `a`. */
  match: Match;
}

export function segmentPairs(story: Story, keep: (p: SegmentPair) => boolean): SegmentPair[] {
  const docs = story.result.documents;
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const out: SegmentPair[] = [];
  for (const d of docs) {
    for (const s of story.articleSegments(d.id)) {
      for (const m of s.matches) {
        if ((order.get(m.document) ?? -1) <= order.get(d.id)!) continue;
        const other = story.segment(m.document, m.segment);
        if (other.label === 'boilerplate' || other.role !== undefined) continue;
        const pair = { a: { document: d.id, segment: s }, b: { document: m.document, segment: other }, match: m };
        if (keep(pair)) out.push(pair);
      }
    }
  }
  return out;
}

/** The pair with its earlier version first: by the unit's origin, else a provenance edge, else as given. */
export function sourceFirst(story: Story, p: SegmentPair): SegmentPair {
  const unit = p.a.segment.unit === undefined ? undefined : story.result.units.find((u) => u.id === p.a.segment.unit);
  const edge = story.result.provenance.edges.find(
    (e) => e.directionClear && ((e.from === p.b.document && e.to === p.a.document) || (e.from === p.a.document && e.to === p.b.document)),
  );
  const first = unit?.origin ?? edge?.from;
  return first === p.b.document ? { a: p.b, b: p.a, match: p.match } : p;
}
