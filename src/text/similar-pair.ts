/**
 * How every view names a pair of documents that share content without an edge
 * (provenance.similar): one wording for the summary, the report and the review.
 */
import type { SimilarPair } from '../types.js';
import { percent } from './percent.js';

/**
 * The heading of a list of similar pairs, from what the pairs are: coverage of one event shares no
 * copied prose, while texts of one source (siblings, versions of one agency story) may share much
 * of it, without an edge between them.
 */
export function similarTitle(pairs: readonly SimilarPair[]): string {
  const sources = pairs.filter((p) => p.kind === 'same-source').length;
  if (sources === 0) return 'Similar coverage (no copying found: no direction, no credit verdict)';
  if (sources === pairs.length) return 'Texts of one source (siblings or versions: no edge between them, no direction, no credit verdict)';
  return 'Similar texts without an edge (coverage of one event, or texts of one source: no direction, no credit verdict)';
}

/** "A and B: same-event coverage (18% and 12% of their articles alike)". */
export function similarPairLine(p: SimilarPair, name: (id: string) => string): string {
  const [a, b] = p.documents;
  const what =
    p.kind === 'same-source'
      ? `both run the same ${p.source ? `${p.source.split(', ').map(name).join(', ')} ` : 'agency '}copy (siblings)`
      : 'coverage of the same event';
  return `${name(a)} and ${name(b)}: ${what}, ${percent(p.shares[0])} and ${percent(p.shares[1])} of their articles alike`;
}
