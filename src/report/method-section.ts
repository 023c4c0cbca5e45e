/**
 * The report's method section: what each label means, the thresholds the classifier used (read
 * from their named constants and from the shipped model), and what the evidence cannot show.
 */
import {
  CANDIDATE_MIN_SHARED_RATIO,
  CANDIDATE_MIN_SHARED_STEMS,
  NEAR_VERBATIM_MIN_CONTAINMENT,
  NEAR_VERBATIM_MIN_COVERAGE,
  NEAR_VERBATIM_MIN_WORDS,
  PARAPHRASE_MIN_WORDS,
  REWORDED_QUOTE_MAX_CONTAINMENT,
  REWORDED_QUOTE_MIN_WORDS,
} from '../classify/thresholds.js';
import { shippedModel } from '../classify/paraphrase-model.js';
import { percent } from '../text/percent.js';

export function renderMethodSection(): string[] {
  const threshold = shippedModel().threshold;
  return [
    '### Labels',
    '',
    'Relations between two sentences of different outlets:',
    '',
    '- **identical**: the same words after normalising case, quotation marks, dashes and white space.',
    '- **near-verbatim**: the same sentence with small edits (a dropped ticker, a spelling variant, a date written out, a clause cut, two sentences merged).',
    '- **paraphrase**: the same content in other words, including two translations of one quotation.',
    '',
    'Each sentence is then **copied** (it has an identical or near-verbatim counterpart in another outlet), **paraphrased** (only paraphrases), ' +
      '**unique** (no counterpart), or **boilerplate** (navigation, captions, credits, footers, related-story lists: not part of the article and left out of every figure). ' +
      'Material inside quotation marks on both sides of a pair is a **shared quote**.',
    '',
    '### Thresholds',
    '',
    '| threshold | value |',
    '|---|--:|',
    `| near-verbatim: longest common word subsequence, share of the shorter sentence | at least ${percent(NEAR_VERBATIM_MIN_CONTAINMENT)} |`,
    `| near-verbatim: the same, share of the longer sentence | at least ${percent(NEAR_VERBATIM_MIN_COVERAGE)} |`,
    `| near-verbatim: words in common | at least ${NEAR_VERBATIM_MIN_WORDS} |`,
    `| paraphrase: probability from the logistic model (\`data/paraphrase-model.json\`, fitted on MRPC) | at least ${threshold} |`,
    `| paraphrase: words in each sentence | at least ${PARAPHRASE_MIN_WORDS} |`,
    `| pair considered at all: content-word stems in common | at least ${CANDIDATE_MIN_SHARED_STEMS}, and ${Math.round(CANDIDATE_MIN_SHARED_RATIO * 100)}% of the shorter sentence's |`,
    `| two wordings of one quotation (a paraphrase, not an edit): quotations of at least ${REWORDED_QUOTE_MIN_WORDS} words sharing, in order | less than ${percent(REWORDED_QUOTE_MAX_CONTAINMENT)} |`,
    '',
    '### Limits',
    '',
    '- A shared quote is not evidence of copying: two outlets quoting the same statement point to a common primary source (a speech, a press release, a translation).',
    '- Similar text shows that content was reused, not by itself who took from whom: the direction of each arrow is an inference from the evidence listed with it, and carries a confidence.',
    '- Only the articles given were compared: text that two outlets took from a source not among them looks as if one took it from the other.',
    '- A paraphrase is a statistical judgement (a model trained on news sentence pairs); near-verbatim and identical are editing rules. Scores are confidences, not proofs.',
    '- Boilerplate is recognised by shape, repetition and position; a misjudged line changes the figures.',
  ];
}
