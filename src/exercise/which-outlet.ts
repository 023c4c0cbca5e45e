/**
 * Question type 6, "Which outlet wrote this?": a sentence only one outlet has; students match it
 * to its outlet. Answer: the outlet whose article holds it.
 */
import type { Candidate } from './question.js';
import { type Story } from './story.js';
import { countWords } from '../text/tokens.js';
import { possessive } from '../text/possessive.js';

const MIN_WORDS = 12;

export function whichOutletQuestions(story: Story): Candidate[] {
  const docs = story.result.documents;
  const choices = docs.map((d) => story.outlet(d.id));
  if (new Set(choices).size !== choices.length) return [];
  const out: Candidate[] = [];
  for (const d of docs) {
    // Positions count every article sentence, headline included, as the provenance evidence does.
    const sentences = d.segments.filter((s) => s.label !== 'boilerplate');
    story.articleSegments(d.id).forEach((s) => {
      if (s.label !== 'unique' || s.quote || s.matches.length > 0 || countWords(s.text) < MIN_WORDS) return;
      out.push({
        question: {
          type: 'which-outlet',
          prompt: `Only one of the ${docs.length} outlets has this sentence. Which outlet wrote it?`,
          passages: [story.passage('A', d.id, s.id, false)],
          choices,
          answer: story.outlet(d.id),
          evidence: [
            `It is sentence ${sentences.indexOf(s) + 1} of the ${d.stats.articleSentences} of ${possessive(story.outlet(d.id))} article (counted without the page around it).`,
            `No other outlet has a counterpart: the analysis labels it unique to ${story.outlet(d.id)}.`,
          ],
        },
        uses: [story.contentKey(d.id, s.id)],
        flavor: d.id,
      });
    });
  }
  return out;
}
