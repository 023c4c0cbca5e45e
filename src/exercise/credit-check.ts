/**
 * Question type 4, "Credit check": does outlet X say where its text came from? Asked of outlets that
 * reuse another's text (a provenance edge into them) or that carry a credit line. Answer: the
 * attribution line(s), or that there is none.
 */
import path from 'node:path';
import type { Candidate } from './question.js';
import { percent } from '../text/percent.js';
import { creditLines, type Story } from './story.js';
import { possessive } from '../text/possessive.js';

export const CREDIT_CHOICES = {
  yes: 'Yes: it names where its text came from',
  no: 'No: it does not say',
} as const;

export function creditCheckQuestions(story: Story): Candidate[] {
  const { provenance } = story.result;
  const out: Candidate[] = [];
  for (const d of story.result.documents) {
    const attributions = provenance.documents.find((p) => p.document === d.id)?.attributions ?? [];
    const sources = provenance.edges.filter((e) => e.to === d.id);
    if (attributions.length === 0 && sources.length === 0) continue;
    const X = story.outlet(d.id);
    const evidence = [
      ...(attributions.length === 0
        ? [`No line of ${possessive(X)} page names a source for its text: no "with reporting by", no agency credit, no dateline credit.`]
        : creditLines(story, d.id)),
      ...sources.map((e) =>
        e.directionClear
          ? `${X} took ${percent(e.share)} of its article words from ${story.outlet(e.from)}, and ${e.credited ? 'names it as a source' : 'does NOT name it as a source'}.`
          : `${percent(e.share)} of ${possessive(X)} article words are shared with ${story.outlet(e.from)}; neither text shows which came first.`,
      ),
    ];
    out.push({
      question: {
        type: 'credit-check',
        prompt: `Read ${possessive(X)} whole page (${path.basename(d.file)}), including the lines around the article. Does ${X} say where its text came from? If it does, copy the line.`,
        passages: [],
        choices: [CREDIT_CHOICES.yes, CREDIT_CHOICES.no],
        answer: attributions.length > 0 ? CREDIT_CHOICES.yes : CREDIT_CHOICES.no,
        evidence,
      },
      uses: [`credit:${d.id}`],
      flavor: attributions.length > 0 ? 'credited' : 'uncredited',
    });
  }
  return out;
}
