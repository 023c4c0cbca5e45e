/**
 * Stage 7: turn sentences and aligned pairs into the labelled segments of the contract.
 *   boilerplate  the line is page furniture
 *   copied       an identical or near-verbatim counterpart in another document
 *   paraphrased  only paraphrase counterparts
 *   unique       no counterpart
 */
import type { Label, Match, Relation, Segment, Sentence, SharedWords } from '../types.js';
import type { SharedRuns } from '../align/shared-runs.js';
import type { AlignedPair } from '../align/aligned-pair.js';

/** A segment counts as a quote when at least this share of its words lie inside quotation marks. */
export const QUOTE_SEGMENT_MIN_SHARE = 0.5;

export const RELATION_RANK: Record<Relation, number> = { identical: 3, 'near-verbatim': 2, paraphrase: 1 };

export function labelFor(sentence: Sentence, matches: readonly Match[]): Label {
  if (sentence.role === 'boilerplate') return 'boilerplate';
  if (matches.some((m) => m.relation !== 'paraphrase')) return 'copied';
  if (matches.length > 0) return 'paraphrased';
  return 'unique';
}

/** Best first: score, then relation strength, then document order, then position. */
export function compareMatches(docOrder: ReadonlyMap<string, number>) {
  return (x: Match, y: Match): number =>
    y.score - x.score ||
    RELATION_RANK[y.relation] - RELATION_RANK[x.relation] ||
    docOrder.get(x.document)! - docOrder.get(y.document)! ||
    x.segment - y.segment;
}

export function buildSegments(
  docIds: readonly string[],
  sentences: readonly (readonly Sentence[])[],
  quotedShares: readonly (readonly number[])[],
  pairs: readonly AlignedPair[],
  shared?: SharedRuns,
): Segment[][] {
  const matches: Match[][][] = sentences.map((ss) => ss.map(() => []));
  for (const p of pairs) {
    const [da, sa] = p.a;
    const [db, sb] = p.b;
    const common: Omit<Match, 'segment' | 'document'> = { relation: p.relation, score: p.score, quote: p.quote };
    if (p.sameWording !== undefined) common.sameWording = p.sameWording;
    if (p.changes !== undefined) common.changes = p.changes;
    matches[da]![sa]!.push({ segment: sb, document: docIds[db]!, ...common });
    matches[db]![sb]!.push({ segment: sa, document: docIds[da]!, ...common });
  }
  const order = new Map(docIds.map((id, i) => [id, i]));
  const cmp = compareMatches(order);
  return sentences.map((ss, d) =>
    ss.map((s, i) => {
      const ms = matches[d]![i]!.sort(cmp);
      const seg: Segment = {
        id: i,
        text: s.text,
        start: s.start,
        end: s.end,
        label: labelFor(s, ms),
        quote: (quotedShares[d]![i] ?? 0) >= QUOTE_SEGMENT_MIN_SHARE,
        matches: ms,
      };
      if (s.role === 'headline' || s.role === 'subheading') seg.role = s.role;
      if (s.boilerplate !== undefined) seg.boilerplate = s.boilerplate;
      const runs = shared?.[d]?.[i];
      if (runs !== undefined && runs.size > 0 && s.role !== 'boilerplate')
        seg.shared = [...runs]
          .sort((x, y) => x[0] - y[0])
          .map(([e, r]): SharedWords => {
            const w: SharedWords = { document: docIds[e]!, words: r.words };
            if (r.nameWords > 0) w.nameWords = r.nameWords;
            if (r.quotedWords > 0) w.quotedWords = r.quotedWords;
            return w;
          });
      return seg;
    }),
  );
}
