/**
 * Down-weighting of common passages, as passim and TextPAIR do: a shingle found in more documents
 * than the cut-off (which grows with the input) is boilerplate or a stock phrase, and never makes
 * two documents candidates of the index step (candidate-step.ts).
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
