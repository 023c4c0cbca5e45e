/**
 * Which of two documents that share copied prose is the source, from several kinds of evidence,
 * each weighed and each stated in words a student can read and as data (kind, weight, the
 * sentences involved). Weights are log-odds in favour of one direction; their sum is the margin.
 */
import type { EvidenceData, EvidenceKind } from '../types.js';
import { strongestCredit } from './attributions.js';
import { possessive } from '../text/possessive.js';
import { shortName } from './document-names.js';
import { compareStatedDates } from '../text/iso-date.js';
import type { DocumentFacts } from './document-facts.js';
import { feedAndReprint, feedMark } from './feed-form.js';
import type { PairReuse } from './pair-reuse.js';

/** Evidence weights (log-odds towards the direction they support). README: "How provenance is decided". */
export const WEIGHTS = {
  /** The copier names the source as its source. */
  credit: 3,
  /** One text carries a news agency's marks (byline, dateline, slug line, sign-off, codes, the manifest's wire flag) and the other does not. */
  agencyCopy: 2,
  /** The source writes an agency mark (instrument code "MSFT.O", mark-up "<Cominco Ltd>") that the copier's counterpart drops. */
  droppedMark: 1.5,
  /** The stated publication dates (manifest, front matter or page metadata) say one came earlier, by a calendar day or more. */
  publishedEarlier: 1,
  /**
   * One sentence carries two distinct, adjacent sentences of the other text: a merge by its
   * writer, or just as well a split by the other's (a newspaper cutting a long agency sentence in
   * two): weak, each; at most two count, so merges alone never reach MIN_DIRECTION_MARGIN.
   */
  merge: 0.25,
} as const;

/** Evidence items as data, with the sentences they point at (document ids and segment ids). */
export type EvidenceItem = EvidenceData;

/** At most this many sentences are listed with an evidence item; the rest are counted. */
export const EVIDENCE_SENTENCE_CAP = 8;

export const quote = (s: string, n = 90): string => `'${s.length <= n ? s : s.slice(0, n - 1) + '…'}'`;

export function evidenceItem(kind: EvidenceKind, weight: number, text: string, sentences: { document: string; segment: number }[] = []): EvidenceItem {
  const item: EvidenceItem = { kind, weight, text, sentences: sentences.slice(0, EVIDENCE_SENTENCE_CAP) };
  if (sentences.length > EVIDENCE_SENTENCE_CAP) item.sentencesOmitted = sentences.length - EVIDENCE_SENTENCE_CAP;
  return item;
}

/** Evidence that A is the source of B (positive weights) or B of A (negative). */
export function weighDirection(a: DocumentFacts, b: DocumentFacts, aToB: PairReuse, bToA: PairReuse): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const na = shortName(a.doc);
  const nb = shortName(b.doc);
  const at = (d: DocumentFacts, segment: number) => ({ document: d.doc.id, segment });
  const bCreditsA = strongestCredit(b, a);
  const aCreditsB = strongestCredit(a, b);
  if (bCreditsA) items.push(evidenceItem('credit', WEIGHTS.credit, `${nb} credits ${bCreditsA.source}: ${quote(bCreditsA.text)}`, [at(b, bCreditsA.segment)]));
  if (aCreditsB) items.push(evidenceItem('credit', -WEIGHTS.credit, `${na} credits ${aCreditsB.source}: ${quote(aCreditsB.text)}`, [at(a, aCreditsB.segment)]));

  if (a.agencyCopy !== b.agencyCopy) {
    const [src, sign] = a.agencyCopy ? [a, 1] : [b, -1];
    const f = src.fingerprints[0]!;
    const mark = f.kind === 'manifest' ? f.text : `${f.agency === '' ? 'a news agency' : f.agency} ${f.kind.replace('-', ' ')} ${quote(f.text, 60)}`;
    items.push(evidenceItem('agency-copy', sign * WEIGHTS.agencyCopy, `${shortName(src.doc)} reads as agency copy: ${mark}`, f.segment === undefined ? [] : [at(src, f.segment)]));
  } else if (feedAndReprint(a, b)) {
    const [src, dst, sign] = a.form === 'feed' ? [a, b, 1] : [b, a, -1];
    const f = feedMark(src.fingerprints);
    const form = f ? (f.kind === 'manifest' ? f.text : `${f.kind.replace('-', ' ')} ${quote(f.text, 60)}`) : 'paragraphs hard-wrapped';
    items.push(
      evidenceItem(
        'agency-copy',
        sign * WEIGHTS.agencyCopy,
        `${shortName(src.doc)} reads as agency copy in the form its feed sends (${form}); ${shortName(dst.doc)} prints the agency's marks as a reprint's credit`,
        f?.segment === undefined ? [] : [at(src, f.segment)],
      ),
    );
  }

  for (const [reuse, sign, src, dst] of [
    [aToB, 1, a, b],
    [bToA, -1, b, a],
  ] as const) {
    const dropped = reuse.droppedMarks[0];
    if (dropped) {
      const what = dropped.mark.kind === 'instrument-code' ? 'the instrument code' : 'the agency mark-up';
      items.push(
        evidenceItem(
          'dropped-mark',
          sign * WEIGHTS.droppedMark,
          `${shortName(src.doc)} writes ${quote(dropped.mark.text)}; ${possessive(shortName(dst.doc))} copy of that sentence drops ${what}`,
          [at(src, dropped.a), at(dst, dropped.b)],
        ),
      );
    }
    for (const m of reuse.merges.slice(0, 2)) {
      const parts = m.slice(1).map((i) => quote(src.doc.segments[i]!.text, 50));
      items.push(
        evidenceItem(
          'merge',
          sign * WEIGHTS.merge,
          `${shortName(dst.doc)} merges ${possessive(shortName(src.doc))} adjacent sentences ${parts.join(' and ')} into one (or ${shortName(src.doc)} split it)`,
          [at(dst, m[0]!), ...m.slice(1).map((i) => at(src, i))],
        ),
      );
    }
  }

  const pa = a.doc.outlet.published;
  const pb = b.doc.outlet.published;
  const order = pa && pb ? compareStatedDates(pa, pb) : 0;
  if (pa && pb && order !== 0) {
    const aFirst = order < 0;
    items.push(
      evidenceItem(
        'published-earlier',
        aFirst ? WEIGHTS.publishedEarlier : -WEIGHTS.publishedEarlier,
        `${aFirst ? na : nb} was published first (${aFirst ? pa : pb}, against ${aFirst ? pb : pa}, by their stated publication dates)`,
      ),
    );
  }
  return items;
}
