/**
 * The classifier's named thresholds. Identical and near-verbatim are decided by word-sequence
 * rules (they are editing relations, not judgements); paraphrase by the learned model's
 * probability, whose threshold lives with its weights in data/paraphrase-model.json.
 */

/** Near-verbatim: the longest common word subsequence covers at least this share of the shorter sentence… */
export const NEAR_VERBATIM_MIN_CONTAINMENT = 0.8;
/** …and at least this share of the longer one (lower values let a clause cut or a merge through)… */
export const NEAR_VERBATIM_MIN_COVERAGE = 0.3;
/** …and at least this many words. */
export const NEAR_VERBATIM_MIN_WORDS = 5;
/** Sentences shorter than this (in words) are never called paraphrases: too little to judge. */
export const PARAPHRASE_MIN_WORDS = 4;
/** Alignment considers a pair only when the sentences share this many content-word stems. */
export const CANDIDATE_MIN_SHARED_STEMS = 3;
/** …and at least this share of the distinct content-word stems of the smaller of the two. */
export const CANDIDATE_MIN_SHARED_RATIO = 0.3;
/**
 * Two sentences that would be near-verbatim, whose quotations each hold at least
 * REWORDED_QUOTE_MIN_WORDS words and share less than this share of them in order, quote one
 * statement in two wordings (two translations): a paraphrase, not an edit.
 */
export const REWORDED_QUOTE_MAX_CONTAINMENT = 0.9;
export const REWORDED_QUOTE_MIN_WORDS = 6;
/**
 * Two sentences that frame the same quotation differently ("Evanina said Russia is "using a range
 * of measures" to "denigrate former Vice President Biden"" and "the report stated: "…Russia is
 * using a range of measures to primarily denigrate former Vice President Biden…""): when the
 * quoted words of the one with fewer hold at least SHARED_QUOTATION_MIN_WORDS words and at least
 * SHARED_QUOTATION_MIN_CONTAINMENT of them recur in order in the other's, the two carry one
 * statement: a paraphrase at least, flagged as a shared quote. (Above REWORDED_QUOTE_MAX_CONTAINMENT
 * they quote it in one wording; between the two, in two close translations.)
 */
export const SHARED_QUOTATION_MIN_WORDS = 8;
export const SHARED_QUOTATION_MIN_CONTAINMENT = 0.8;
