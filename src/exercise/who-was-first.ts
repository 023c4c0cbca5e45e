/**
 * Question type 2, "Who was first?": two versions of one sentence, from the two ends of a
 * provenance edge; students pick the source and name the clue. Answer: the edge's direction, with
 * its evidence: the edge's own reasons, the source's fingerprints (a ticker code such as "MSFT.O"),
 * the copier's credit line, and what the copier cut (the pair's word diff).
 */
import type { Fingerprint, ProvenanceEdge } from '../types.js';
import type { Candidate } from './question.js';
import type { Random } from './seeded-random.js';
import { segmentPairs, type SegmentPair } from './segment-pairs.js';
import { percent, shareParts } from '../text/percent.js';
import { creditLines, type Story } from './story.js';
import { describeEdit, editsOf, wordDiff } from './word-diff.js';
import { possessive } from '../text/possessive.js';

export const firstChoice = (outlet: string): string => `${outlet} came first`;

function fingerprintsIn(story: Story, document: string, segment: number, text: string): Fingerprint[] {
  const prov = story.result.provenance.documents.find((d) => d.document === document);
  return (prov?.fingerprints ?? []).filter((f) => f.segment === segment || (f.segment === undefined && f.text !== '' && text.includes(f.text)));
}

function edgeCandidates(story: Story, edge: ProvenanceEdge, random: Random): Candidate[] {
  const pairs = segmentPairs(
    story,
    (p) =>
      ((p.a.document === edge.from && p.b.document === edge.to) || (p.a.document === edge.to && p.b.document === edge.from)) &&
      (p.match.relation === 'identical' || p.match.relation === 'near-verbatim') &&
      !p.match.quote,
  );
  const From = story.outlet(edge.from);
  const To = story.outlet(edge.to);
  return pairs.map((p: SegmentPair) => {
    const src = p.a.document === edge.from ? p.a : p.b;
    const copy = p.a.document === edge.from ? p.b : p.a;
    const diff = wordDiff(src.segment.text, copy.segment.text);
    const edits = editsOf(diff);
    const prints = fingerprintsIn(story, edge.from, src.segment.id, src.segment.text);
    const evidence = [
      `${To} took ${percent(edge.share)} of its article words from ${From} (${shareParts(edge)}; confidence ${edge.confidence.toFixed(2)}), ${edge.credited ? 'and credits it' : 'without credit'}.`,
      ...edge.evidence,
      ...prints.filter((f) => !edge.evidence.some((e) => e.includes(f.text))).map(
        (f) => `${possessive(From)} version carries ${f.agency === '' ? 'a news agency' : possessive(f.agency)} fingerprint "${f.text}" (${f.kind}); ${possessive(To)} version ${copy.segment.text.includes(f.text) ? 'keeps it' : 'drops it'}.`,
      ),
      ...creditLines(story, edge.to),
      edits.length === 0
        ? `The two versions are identical word for word.`
        : `What ${To} changed in ${possessive(From)} sentence: ${edits.map(describeEdit).join('; ')}.`,
    ];
    const first = random() < 0.5 ? src : copy;
    const second = first === src ? copy : src;
    return {
      question: {
        type: 'who-was-first',
        prompt: `${story.outlet(first.document)} and ${story.outlet(second.document)} carry versions of the same sentence. Which version came first, the one the other was taken from? Name the clue that tells you.`,
        passages: [story.passage('A', first.document, first.segment.id), story.passage('B', second.document, second.segment.id)],
        choices: [firstChoice(story.outlet(first.document)), firstChoice(story.outlet(second.document))],
        answer: firstChoice(From),
        evidence,
        diff: first === src ? diff : wordDiff(copy.segment.text, src.segment.text),
      },
      uses: [story.contentKey(src.document, src.segment.id), story.contentKey(copy.document, copy.segment.id)],
      flavor: `${edge.from}>${edge.to}`,
      // Prefer pairs with a visible clue: a fingerprint, then words the copier cut.
      priority: prints.length * 2 + (edits.some((e) => e.removed !== '') ? 1 : 0),
    };
  });
}

/** Questions about the edges whose direction the texts show: "can't tell" has no answer to mark. */
export function whoWasFirstQuestions(story: Story, random: Random): Candidate[] {
  return story.result.provenance.edges.filter((e) => e.directionClear).flatMap((e) => edgeCandidates(story, e, random));
}
