/** The library's pair classifier on two plain sentences: the one classifier `analyze` and `pairs` use. */
import { classifyPair as classifyPrepared, type PairVerdict } from '../classify/classify-pair.js';
import { prepareText } from '../classify/prepared-text.js';

/**
 * How two sentences relate: `identical`, `near-verbatim`, `paraphrase` or `none`, with its score
 * (for a relation, as a match's `score`; for `none`, the paraphrase model's probability). What
 * `wiretrace pairs` prints for each pair.
 */
export function classifyPair(a: string, b: string): PairVerdict {
  return classifyPrepared(prepareText(a), prepareText(b));
}
