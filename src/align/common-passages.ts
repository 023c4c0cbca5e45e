/**
 * Down-weighting of common passages, as passim and TextPAIR do: a shingle found in more documents
 * than the cut-off (which grows with the corpus) is boilerplate or a stock phrase. It never makes
 * two documents candidates, and a sentence made mostly of such shingles is left out of alignment.
 */

/** The cut-off never falls below this many documents. */
export const MIN_MAX_DOCUMENT_FREQUENCY = 10;

/**
 * Highest document frequency a shingle may have and still count as evidence of reuse:
 * max(10, ⌈√N⌉) for N documents (10 up to 100 documents, 129 for 16,500, 1,000 for a million).
 */
export function maxDocumentFrequency(documents: number): number {
  return Math.max(MIN_MAX_DOCUMENT_FREQUENCY, Math.ceil(Math.sqrt(documents)));
}

/** A sentence is a common passage when at least this share of its shingles are common. */
export const COMMON_SENTENCE_MIN_SHARE = 0.5;

export function isCommonSentence(shingles: readonly number[], common: ReadonlySet<number>): boolean {
  if (shingles.length === 0 || common.size === 0) return false;
  let n = 0;
  for (const h of shingles) if (common.has(h)) n++;
  return n >= COMMON_SENTENCE_MIN_SHARE * shingles.length;
}
