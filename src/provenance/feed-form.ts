/**
 * Agency copy as the feed delivers it, and a client's reprint of it. Both carry the agency's
 * marks, so both read as agency copy (fingerprints.ts); they differ in form. The feed's text is
 * hard-wrapped (its paragraphs run over several physical lines: the clean stage joined them,
 * paragraphs.ts), or shows the feed's furniture (a slug line or wire slug, instrument codes,
 * company mark-up, the manifest's wire flag). A reprint is a text whose paragraphs are lines
 * longer than any feed wraps at, with none of that furniture: it carries the agency's marks (a
 * dateline, a byline, a sign-off, a copyright line) as a credit, the way a newspaper's page or a
 * client's site prints wire copy.
 *
 * Between a feed text and a reprint of one agency, the feed text is the source and the reprint's
 * marks credit it (they are listed as its credit: document-facts.ts): source and credited copy,
 * not two versions of one agency story. Two feed
 * texts, or two reprints, stay versions (siblings) of one story: nothing in their form tells
 * which is whose.
 */
import type { AnalyzedDocument, Attribution, Fingerprint } from '../types.js';
import { MAX_WRAP_WIDTH } from '../clean/paragraphs.js';

/** How a document's article paragraphs are laid out in its text, when the text shows it. */
export type TextLayout = 'hard-wrapped' | 'paragraph-lines';

/** Marks that are the feed's furniture rather than a credit a reprint would keep. */
const FEED_MARKS: ReadonlySet<Fingerprint['kind']> = new Set(['slug', 'instrument-code', 'mark-up', 'manifest']);
/** Marks a reprint prints as its credit line: what the credit names. */
const CREDIT_KIND: Partial<Record<Fingerprint['kind'], Attribution['kind']>> = { dateline: 'dateline', 'sign-off': 'sign-off', byline: 'credit', copyright: 'credit' };

/**
 * Whether [start, end) runs over a line break a wrapping made: one not followed by a blank line (a
 * sentence running on after a blank line is a paragraph broken in two, which no feed's wrapping
 * does: paragraphs.ts joins both).
 */
function hasWrapBreak(text: string, start: number, end: number): boolean {
  const blank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r';
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    let before = i - 1;
    while (before >= start && blank(text[before])) before--;
    let after = i + 1;
    while (after < end && blank(text[after])) after++;
    // Text on both sides of this break: not a blank line's.
    if (before >= start && text[before] !== '\n' && after < end && text[after] !== '\n') return true;
  }
  return false;
}

/**
 * Read from the article sentences longer than any feed wraps at (MAX_WRAP_WIDTH): a feed had to
 * break each over lines (the clean stage joined them into their paragraph), a reprint prints each
 * on one line. 'hard-wrapped' when most of them run over a line break, 'paragraph-lines' when at
 * most a third do (a paragraph a stray return broke, joined again by the clean stage, is no feed's
 * wrapping); undefined when there is none (the text is too short to show) or the text mixes both.
 */
export function textLayout(doc: AnalyzedDocument): TextLayout | undefined {
  let long = 0;
  let broken = 0;
  for (const s of doc.segments) {
    if (s.label === 'boilerplate' || s.end - s.start <= MAX_WRAP_WIDTH) continue;
    long++;
    if (hasWrapBreak(doc.text, s.start, s.end)) broken++;
  }
  if (long === 0) return undefined;
  return broken * 3 <= long ? 'paragraph-lines' : broken * 2 > long ? 'hard-wrapped' : undefined;
}

/** The form a text of agency copy has: the feed's own, a client's reprint, or not known. */
export type AgencyForm = 'feed' | 'reprint' | undefined;

/** The first of a text's marks that is the feed's furniture (slug, codes, mark-up, the manifest's flag), if any. */
export function feedMark(fingerprints: readonly Fingerprint[]): Fingerprint | undefined {
  return fingerprints.find((f) => FEED_MARKS.has(f.kind));
}

export function agencyForm(doc: AnalyzedDocument, fingerprints: readonly Fingerprint[]): AgencyForm {
  if (fingerprints.length === 0) return undefined;
  if (feedMark(fingerprints)) return 'feed';
  const layout = textLayout(doc);
  return layout === 'hard-wrapped' ? 'feed' : layout === 'paragraph-lines' ? 'reprint' : undefined;
}

interface FormFacts {
  form: AgencyForm;
  fingerprints: readonly Fingerprint[];
}

/** True when one of the two is agency copy as the feed sends it and the other a reprint of that agency's copy (a mark of theirs names one agency). */
export function feedAndReprint(a: FormFacts, b: FormFacts): boolean {
  if (!((a.form === 'feed' && b.form === 'reprint') || (a.form === 'reprint' && b.form === 'feed'))) return false;
  return a.fingerprints.some((f) => f.agency !== '' && b.fingerprints.some((g) => g.agency === f.agency));
}

/**
 * The credit a reprint gives the agency whose feed text the collection holds: its own mark
 * (dateline, sign-off, byline, copyright line) naming one of `feedAgencies`.
 */
export function reprintCredit(reprint: FormFacts, feedAgencies: ReadonlySet<string>): Attribution | undefined {
  if (reprint.form !== 'reprint') return undefined;
  for (const f of reprint.fingerprints) {
    const kind = CREDIT_KIND[f.kind];
    if (kind && f.segment !== undefined && feedAgencies.has(f.agency)) return { source: f.agency, text: f.text, segment: f.segment, kind };
  }
  return undefined;
}
