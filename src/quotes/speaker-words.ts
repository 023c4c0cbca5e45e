/**
 * Words two sentences share are a speaker's, not either outlet's prose, when either sentence is
 * mostly a quotation (`Segment.quote`): one outlet quotes a statement and the other prints the same
 * words without marks (as reported speech, or with the marks lost), or its quotation was opened
 * where this reading does not see it. A common primary source, as a shared quote is (both sides
 * quoted, `Match.quote`), and no evidence that one outlet copied the other.
 */
import type { Segment } from '../types.js';
import { sharedWith } from '../label/derived-words.js';

export function speakerWords(a: Pick<Segment, 'quote'>, b: Pick<Segment, 'quote'>): boolean {
  return a.quote || b.quote;
}

/**
 * Whether some of the words sentence `a` (of document `aDoc`) and sentence `b` (of `bDoc`) share
 * are a speaker's: either is mostly a quotation, or either has words in runs shared with the other's
 * document that one of the two quotes (`shared[].quotedWords`: a partial quotation one report marks
 * and the other runs into its prose).
 */
export function partlySpeakerWords(a: Pick<Segment, 'quote' | 'shared'>, aDoc: string, b: Pick<Segment, 'quote' | 'shared'>, bDoc: string): boolean {
  const quotedIn = (s: Pick<Segment, 'shared'>, other: string) => (sharedWith(s, other)?.quotedWords ?? 0) > 0;
  return speakerWords(a, b) || quotedIn(a, bDoc) || quotedIn(b, aDoc);
}
