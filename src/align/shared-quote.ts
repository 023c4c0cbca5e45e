/**
 * Whether what two sentences share lies inside quotation marks on both sides: the words of their
 * longest common subsequence (or, for reworded pairs that share few words, all their words).
 */
import type { PreparedText } from '../classify/prepared-text.js';
import { lcsPairs } from '../classify/sequence.js';

/** Share of shared words that must be quoted on each side for a match to count as a shared quote. */
export const SHARED_QUOTE_MIN_SHARE = 0.6;
/** Below this many shared words, the whole sentences are judged instead. */
const MIN_SHARED_WORDS = 4;

const share = (flags: readonly boolean[]): number => (flags.length === 0 ? 0 : flags.filter(Boolean).length / flags.length);

/** Share of a sentence's words that lie inside quotation marks. */
export function quotedShare(p: PreparedText): number {
  return share(p.quoted);
}

export function isSharedQuote(pa: PreparedText, pb: PreparedText): boolean {
  if (!pa.quoted.includes(true) || !pb.quoted.includes(true)) return false;
  const pairs = lcsPairs(pa.ids, pb.ids);
  if (pairs.length < MIN_SHARED_WORDS) return share(pa.quoted) >= SHARED_QUOTE_MIN_SHARE && share(pb.quoted) >= SHARED_QUOTE_MIN_SHARE;
  return share(pairs.map(([i]) => pa.quoted[i]!)) >= SHARED_QUOTE_MIN_SHARE && share(pairs.map(([, j]) => pb.quoted[j]!)) >= SHARED_QUOTE_MIN_SHARE;
}
