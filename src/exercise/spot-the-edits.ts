/**
 * Question type 3, "Spot the edits": a near-verbatim pair; students find what changed.
 * The choices are one real edit of this pair and edits taken from other near-verbatim pairs of the
 * story (which this pair does not have). Answer: that edit; the evidence lists the whole word diff.
 */
import type { Candidate } from './question.js';
import { type Random, randomIndex, shuffled } from './seeded-random.js';
import { segmentPairs, sourceFirst } from './segment-pairs.js';
import { type Story } from './story.js';
import { countWords } from '../text/tokens.js';
import { changesWords, describeEdit, type Edit, editsOf, wordDiff } from './word-diff.js';

/** An edit from another pair that might still describe this one (its cut words vanish, its added words appear). */
function couldBeTrue(e: Edit, a: string, b: string): boolean {
  const cut = e.removed !== '' && a.includes(e.removed) && !b.includes(e.removed);
  const added = e.added !== '' && b.includes(e.added) && !a.includes(e.added);
  return cut || added;
}

const MAX_CHOICES = 3;
/** Edits longer than this are poor choices (a merged sentence): they stay in the evidence only. */
const MAX_CHOICE_WORDS = 6;
const short = (e: Edit): boolean => changesWords(e) && Math.max(countWords(e.removed), countWords(e.added)) <= MAX_CHOICE_WORDS;

export function spotTheEditsQuestions(story: Story, random: Random): Candidate[] {
  const pairs = segmentPairs(story, (p) => p.match.relation === 'near-verbatim' && !p.match.quote && !p.a.segment.quote && !p.b.segment.quote)
    .map((p) => sourceFirst(story, p))
    .map((p) => {
      const diff = wordDiff(p.a.segment.text, p.b.segment.text);
      return { pair: p, diff, edits: editsOf(diff) };
    })
    .filter((x) => x.edits.some(short));
  const seen = new Set<string>();
  const pool = pairs.flatMap((x) => x.edits.filter(short)).filter((e) => !seen.has(describeEdit(e)) && seen.add(describeEdit(e)));
  const out: Candidate[] = [];
  for (const { pair, diff, edits } of pairs) {
    const own = new Set(edits.map(describeEdit));
    const real = edits.filter(short).map(describeEdit);
    const plausible = (e: Edit): boolean => !own.has(describeEdit(e)) && !couldBeTrue(e, pair.a.segment.text, pair.b.segment.text);
    const distractors = shuffled(pool.filter(plausible).map(describeEdit), random).slice(0, MAX_CHOICES - 1);
    if (distractors.length === 0) continue;
    const answer = real[randomIndex(real.length, random)]!;
    const { a, b } = pair;
    const A = story.outlet(a.document);
    const B = story.outlet(b.document);
    out.push({
      question: {
        type: 'spot-the-edits',
        prompt: `${A} and ${B} carry nearly the same sentence. Which of these edits turns version A into version B? Then find every other change.`,
        passages: [story.passage('A', a.document, a.segment.id), story.passage('B', b.document, b.segment.id)],
        choices: shuffled([answer, ...distractors], random),
        answer,
        evidence: [
          `The analysis pairs them as near-verbatim (score ${pair.match.score.toFixed(2)}).`,
          `All the edits from A (${A}) to B (${B}): ${edits.map(describeEdit).join('; ')}.`,
        ],
        diff,
      },
      uses: [story.contentKey(a.document, a.segment.id), story.contentKey(b.document, b.segment.id)],
      flavor: `${a.document}/${b.document}`,
      // Prefer pairs whose every edit is small: a merged or cut sentence is hard to "spot".
      priority: edits.every((e) => Math.max(countWords(e.removed), countWords(e.added)) <= MAX_CHOICE_WORDS) ? 1 : 0,
    });
  }
  return out;
}
