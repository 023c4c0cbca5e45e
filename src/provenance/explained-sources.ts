/**
 * Siblings are not copier and copied. For one reusing document, candidate sources are taken
 * strongest first; each is kept only when what it shares with the document, less what the
 * sources kept before it already explain, is still substantial. Two outlets that took one wire
 * story both share it with each other: the wire explains that, so no edge joins the siblings.
 */

/** A kept source explains at least this many of the reusing document's article sentences… */
export const MIN_EDGE_SENTENCES = 2;
/** …making up at least this share of its article words. */
export const MIN_EDGE_SHARE = 0.1;

export interface SourceCandidate {
  /** The reusing document's segments that share prose with this source. */
  sharedSegments: readonly number[];
}

/**
 * The candidates to keep, in the order given (strongest first). `words(segment)` counts a shared
 * segment's words; `articleWords` is the reusing document's article length.
 */
export function keepExplainingSources<T extends SourceCandidate>(
  ranked: readonly T[],
  words: (segment: number) => number,
  articleWords: number,
  /** Whether what is left unexplained still makes an edge; by default MIN_EDGE_SENTENCES sentences and MIN_EDGE_SHARE of the words. */
  enough: (fresh: readonly number[], c: T) => boolean = (fresh) =>
    fresh.length >= MIN_EDGE_SENTENCES && articleWords > 0 && fresh.reduce((sum, s) => sum + words(s), 0) / articleWords >= MIN_EDGE_SHARE,
): T[] {
  const explained = new Set<number>();
  const kept: T[] = [];
  for (const c of ranked) {
    const fresh = c.sharedSegments.filter((s) => !explained.has(s));
    if (!enough(fresh, c)) continue;
    for (const s of c.sharedSegments) explained.add(s);
    kept.push(c);
  }
  return kept;
}
