/**
 * Question type 5, "Quote or copy?": two outlets share words. Inside quotation marks on both sides
 * (a shared quote), or two wordings of one quoted statement (two translations), they point to a
 * common primary source; shared prose outside quotation marks points to copying.
 */
import type { Candidate } from './question.js';
import type { Random } from './seeded-random.js';
import { segmentPairs, type SegmentPair } from './segment-pairs.js';
import { type Story } from './story.js';
import { partlySpeakerWords } from '../quotes/speaker-words.js';

export const QUOTE_CHOICES = {
  source: 'A common primary source: both quote the same statement',
  copy: "Copying: one outlet reused the other's text",
} as const;

type Flavor = 'shared-quote' | 'shared-prose' | 'translation';

const PROMPTS: Record<Flavor, (a: string, b: string) => string> = {
  'shared-quote': (a, b) => `${a} and ${b} share these words. Is that a sign of a common primary source, or of one outlet copying the other?`,
  'shared-prose': (a, b) => `${a} and ${b} share these words. Is that a sign of a common primary source, or of one outlet copying the other?`,
  translation: (a, b) => `${a} and ${b} say the same thing in different words. Is that a sign of a common primary source, or of one outlet copying the other?`,
};

function flavorOf(p: SegmentPair): Flavor | undefined {
  const verbatim = p.match.relation === 'identical' || p.match.relation === 'near-verbatim';
  if (p.match.quote) return verbatim ? 'shared-quote' : 'translation';
  // Shared prose only where none of the shared words is a speaker's: a mixed pair makes no clear question.
  if (verbatim && !partlySpeakerWords(p.a.segment, p.a.document, p.b.segment, p.b.document)) return 'shared-prose';
  return undefined;
}

export function quoteOrCopyQuestions(story: Story, random: Random): Candidate[] {
  const { sources, edges } = story.result.provenance;
  return segmentPairs(story, (p) => flavorOf(p) !== undefined).map((p) => {
    const flavor = flavorOf(p)!;
    const [first, second] = random() < 0.5 ? [p.a, p.b] : [p.b, p.a];
    const A = story.outlet(first.document);
    const B = story.outlet(second.document);
    const on = (q: { document: string; segment: number }, x: typeof first): boolean => q.document === x.document && q.segment === x.segment.id;
    const source = sources.find((s) => s.quotedBy.some((q) => on(q, first)) && s.quotedBy.some((q) => on(q, second)));
    const evidence: string[] = [];
    if (flavor === 'shared-prose') {
      evidence.push(`The shared words are not inside quotation marks: they are the outlets' own prose, ${p.match.relation} (score ${p.match.score.toFixed(2)}). Matching prose is reused text.`);
      const edge = edges.find((e) => (e.from === first.document && e.to === second.document) || (e.from === second.document && e.to === first.document));
      if (edge?.directionClear) evidence.push(`The analysis finds that ${story.outlet(edge.to)} took this text from ${story.outlet(edge.from)}.`);
      else if (edge) evidence.push(`The two outlets share this text, and neither text shows which came first.`);
      else evidence.push(`Neither outlet is found to have taken it from the other: both may carry the same agency copy.`);
    } else if (flavor === 'shared-quote') {
      evidence.push(`The shared words are inside quotation marks in both versions (${p.match.relation}, score ${p.match.score.toFixed(2)}): a shared quote. Both outlets quote the same statement.`);
    } else {
      evidence.push(`Both passages quote the same statement in different words (${p.match.relation}, score ${p.match.score.toFixed(2)}): two wordings, such as two translations, of one primary source.`);
    }
    if (source) {
      const wordings = new Set(source.quotedBy.map((q) => q.variant)).size;
      const quoters = [...new Set(source.quotedBy.map((q) => story.outlet(q.document)))];
      evidence.push(
        `Common quoted source${source.speaker ? ` (${source.speaker})` : ''}: "${source.statement}", quoted by ${quoters.join(', ')} in ${wordings} wording${wordings === 1 ? '' : 's'}.`,
      );
    }
    return {
      question: {
        type: 'quote-or-copy',
        prompt: PROMPTS[flavor](A, B),
        passages: [story.passage('A', first.document, first.segment.id), story.passage('B', second.document, second.segment.id)],
        choices: [QUOTE_CHOICES.source, QUOTE_CHOICES.copy],
        answer: flavor === 'shared-prose' ? QUOTE_CHOICES.copy : QUOTE_CHOICES.source,
        evidence,
      },
      uses: [story.contentKey(first.document, first.segment.id), story.contentKey(second.document, second.segment.id)],
      flavor,
    };
  });
}
