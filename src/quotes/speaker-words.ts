/**
 * Words two sentences share are a speaker's, not either outlet's prose, when either sentence is
 * mostly a quotation (`Segment.quote`): one outlet quotes a statement and the other prints the same
 * words without marks (as reported speech, or with the marks lost), or its quotation was opened
 * where this reading does not see it. A common primary source, as a shared quote is (both sides
 * quoted, `Match.quote`), and no evidence that one outlet copied the other.
 */
import type { Segment } from '../types.js';

export function speakerWords(a: Pick<Segment, 'quote'>, b: Pick<Segment, 'quote'>): boolean {
  return a.quote || b.quote;
}
