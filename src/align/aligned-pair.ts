import type { MeaningChange, Relation } from '../types.js';

/** One relation between sentences of two documents, as alignment found it. */
export interface AlignedPair {
  /** [document index, sentence index] of each side; a[0] < b[0]. */
  a: [number, number];
  b: [number, number];
  relation: Relation;
  score: number;
  /** The shared material lies inside quotation marks on both sides. */
  quote: boolean;
  /** For a shared quote: both quote it in the same words (not two translations). */
  sameWording?: boolean;
  /** For a near-verbatim pair: what its edits change besides wording, when anything. */
  changes?: MeaningChange[];
}
