/**
 * Which of two documents that share prose is the source, from several kinds of evidence, each
 * weighed and each stated in words a student can read. Weights are log-odds in favour of one
 * direction; their sum is the margin.
 */
import { strongestCredit } from './attributions.js';
import { possessive } from '../text/possessive.js';
import { shortName } from './document-names.js';
import { compareStatedDates } from '../text/iso-date.js';
import type { DocumentFacts } from './document-facts.js';
import type { PairReuse } from './pair-reuse.js';

/** Evidence weights (log-odds towards the direction they support). */
export const WEIGHTS = {
  /** The copier names the source as its source. */
  credit: 3,
  /** One text carries a news agency's marks (or the manifest's wire flag) and the other does not. */
  agencyCopy: 2,
  /** The source writes an agency mark (instrument code "MSFT.O", mark-up "<Cominco Ltd>") that the copier's counterpart drops. */
  droppedMark: 1.5,
  /** The copier merges two of the source's sentences into one (each; at most two count). */
  merge: 1,
  /** The stated publication dates (manifest, front matter or page metadata) say one came earlier. */
  publishedEarlier: 1,
} as const;

export interface EvidenceItem {
  /** Positive: supports A → B (A the source). */
  weight: number;
  text: string;
}

const quote = (s: string, n = 90): string => `'${s.length <= n ? s : s.slice(0, n - 1) + '…'}'`;

/** Evidence that A is the source of B (positive weights) or B of A (negative). */
export function weighDirection(a: DocumentFacts, b: DocumentFacts, aToB: PairReuse, bToA: PairReuse): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const na = shortName(a.doc);
  const nb = shortName(b.doc);
  const bCreditsA = strongestCredit(b, a);
  const aCreditsB = strongestCredit(a, b);
  if (bCreditsA) items.push({ weight: WEIGHTS.credit, text: `${nb} credits ${bCreditsA.source}: ${quote(bCreditsA.text)}` });
  if (aCreditsB) items.push({ weight: -WEIGHTS.credit, text: `${na} credits ${aCreditsB.source}: ${quote(aCreditsB.text)}` });

  if (a.agencyCopy !== b.agencyCopy) {
    const [src, sign] = a.agencyCopy ? [a, 1] : [b, -1];
    const f = src.fingerprints[0]!;
    const mark = f.kind === 'manifest' ? f.text : `${f.agency} ${f.kind.replace('-', ' ')} ${quote(f.text, 60)}`;
    items.push({ weight: sign * WEIGHTS.agencyCopy, text: `${shortName(src.doc)} reads as agency copy: ${mark}` });
  }

  for (const [reuse, sign, src, dst] of [
    [aToB, 1, a, b],
    [bToA, -1, b, a],
  ] as const) {
    const dropped = reuse.droppedMarks[0];
    if (dropped) {
      const what = dropped.mark.kind === 'instrument-code' ? 'the instrument code' : 'the agency mark-up';
      items.push({
        weight: sign * WEIGHTS.droppedMark,
        text: `${shortName(src.doc)} writes ${quote(dropped.mark.text)}; ${possessive(shortName(dst.doc))} copy of that sentence drops ${what}`,
      });
    }
    for (const m of reuse.merges.slice(0, 2)) {
      const parts = m.slice(1).map((i) => quote(src.doc.segments[i]!.text, 50));
      items.push({
        weight: sign * WEIGHTS.merge,
        text: `${shortName(dst.doc)} merges ${possessive(shortName(src.doc))} sentences ${parts.join(' and ')} into one`,
      });
    }
  }

  const pa = a.doc.outlet.published;
  const pb = b.doc.outlet.published;
  const order = pa && pb ? compareStatedDates(pa, pb) : 0;
  if (pa && pb && order !== 0) {
    const aFirst = order < 0;
    items.push({
      weight: aFirst ? WEIGHTS.publishedEarlier : -WEIGHTS.publishedEarlier,
      text: `${aFirst ? na : nb} was published first (${aFirst ? pa : pb}, against ${aFirst ? pb : pa}, by their stated publication dates)`,
    });
  }
  return items;
}
