/**
 * Whether what two sentences share lies inside quotation marks on both sides: the words of their
 * longest common subsequence (or, for reworded pairs that share few words, all their words).
 */
import type { PreparedText } from '../classify/prepared-text.js';
import { lcsIndices } from '../classify/sequence.js';
import type { Sentence } from '../types.js';
import { tokenize } from '../text/tokens.js';
import { isInside } from '../quotes/quote-spans.js';

/** Share of shared words that must be quoted on each side for a match to count as a shared quote. */
export const SHARED_QUOTE_MIN_SHARE = 0.6;
/** Below this many shared words, the whole sentences are judged instead. */
const MIN_SHARED_WORDS = 4;

/** Share of true flags; 0 for none. */
function share(flags: readonly boolean[]): number {
  if (flags.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < flags.length; i++) if (flags[i]) n++;
  return n / flags.length;
}

/** Share of the positions `at` whose flag is true; 0 for none. */
function shareAt(flags: readonly boolean[], at: Int32Array): number {
  if (at.length === 0) return 0;
  let n = 0;
  for (let k = 0; k < at.length; k++) if (flags[at[k]!]) n++;
  return n / at.length;
}

/**
 * Share of a sentence's words that lie inside the document's quotation spans; 0 for boilerplate.
 * `prepared`, when the sentence was prepared for comparison, already holds a flag a word (the
 * same words, the same spans: prepareText), so they are not looked up again; a sentence the
 * candidate step pairs with none is not prepared, and its words are read here (if any lie in a
 * quotation span at all).
 */
export function quotedShare(s: Sentence, prepared?: PreparedText): number {
  if (s.role === 'boilerplate') return 0;
  if (prepared) return share(prepared.quoted);
  // No quotation span, no quoted word: most sentences, read without tokenising them.
  if (s.quoted.length === 0) return 0;
  const tokens = tokenize(s.text, s.start);
  if (tokens.length === 0) return 0;
  let n = 0;
  for (const t of tokens) if (isInside(t.start, t.end, s.quoted)) n++;
  return n / tokens.length;
}

export function isSharedQuote(pa: PreparedText, pb: PreparedText): boolean {
  if (!pa.quoted.includes(true) || !pb.quoted.includes(true)) return false;
  const [ia, ib] = lcsIndices(pa.ids, pb.ids);
  if (ia.length < MIN_SHARED_WORDS) return share(pa.quoted) >= SHARED_QUOTE_MIN_SHARE && share(pb.quoted) >= SHARED_QUOTE_MIN_SHARE;
  return shareAt(pa.quoted, ia) >= SHARED_QUOTE_MIN_SHARE && shareAt(pb.quoted, ib) >= SHARED_QUOTE_MIN_SHARE;
}
