/**
 * Question type 1, "Copied, paraphrased or original?": one article sentence; students label it.
 * Answer: the sentence's label in the analysis, with its counterparts in other outlets.
 * Sentences inside quotation marks are left to "Quote or copy?".
 */
import type { Label } from '../types.js';
import type { Candidate } from './question.js';
import { articleMatches, counterpartLine, type Story } from './story.js';
import { countWords } from '../text/tokens.js';

export const LABEL_CHOICES = {
  copied: 'Copied: another outlet has the same words, or nearly',
  paraphrased: 'Paraphrased: another outlet says the same in other words',
  unique: 'Original: no other outlet in this set has it',
} as const satisfies Partial<Record<Label, string>>;

const MIN_WORDS = 8;

export function copiedOrOriginalQuestions(story: Story): Candidate[] {
  const out: Candidate[] = [];
  const others = story.result.documents.length - 1;
  for (const d of story.result.documents) {
    for (const s of story.articleSegments(d.id)) {
      if (s.quote || countWords(s.text) < MIN_WORDS) continue;
      if (s.label !== 'copied' && s.label !== 'paraphrased' && s.label !== 'unique') continue;
      const matches = articleMatches(story, s);
      if (s.label !== 'unique' && (matches.length === 0 || matches.some((m) => m.quote))) continue;
      const unit = s.unit === undefined ? undefined : story.result.units.find((u) => u.id === s.unit);
      const origin = unit?.origin;
      const evidence =
        s.label === 'unique'
          ? [`No sentence of the other ${others} outlets matches it: the analysis labels it unique to ${story.outlet(d.id)}.`]
          : [
              `The analysis labels it ${s.label}; its counterparts:`,
              ...matches.map((m) => counterpartLine(story, m)),
              ...(origin === undefined
                ? []
                : [origin === d.id ? `The analysis names ${story.outlet(d.id)} as where it came from.` : `The analysis finds that it came from ${story.outlet(origin)}.`]),
            ];
      out.push({
        question: {
          type: 'copied-or-original',
          prompt: `This sentence is from ${story.outlet(d.id)}. Is it copied (another outlet has the same words), paraphrased (another outlet says it in other words), or original to ${story.outlet(d.id)}?`,
          passages: [story.passage('A', d.id, s.id)],
          choices: [LABEL_CHOICES.copied, LABEL_CHOICES.paraphrased, LABEL_CHOICES.unique],
          answer: LABEL_CHOICES[s.label],
          evidence,
        },
        uses: [story.contentKey(d.id, s.id)],
        flavor: s.label,
        // Prefer sentences the outlet took from another one: "copied" is then also the direction.
        priority: origin !== undefined && origin !== d.id ? 1 : 0,
      });
    }
  }
  return out;
}
