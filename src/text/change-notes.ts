/** What a near-verbatim copy's edits change besides wording, in words, for every view (types.ts, MeaningChange). */
import type { MeaningChange } from '../types.js';

export const CHANGE_NOTE: Record<MeaningChange, string> = {
  number: 'the edits change a figure',
  negation: 'the edits add or drop a negation',
};
