/**
 * Marks that a text is a news agency's own copy: Reuters instrument codes after company names
 * ("Microsoft MSFT.O") and company mark-up ("<Cominco Ltd>"), agency datelines ("MOSCOW (Reuters)
 * -"), agency sign-offs ("Reporting by …; Editing by …", or the agency's name alone on the last
 * line: "Reuter"), and the manifest's `wire` flag.
 */
import type { AnalyzedDocument, Fingerprint } from '../types.js';
import { agencyNamed } from './agencies.js';
import { agencyMarks } from './agency-marks.js';
import { isWhiteSpace } from '../text/char-codes.js';

const DATELINE = /^([A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]+)?)\s+\(([A-Za-z .'-]{2,30})\)\s*[-–—]/;
export const SIGN_OFF = /^(?:\(?\s*)?reporting\s+by\s+[^;]+;\s*(?:additional\s+reporting\s+by\s+[^;]+;\s*)?(?:writing\s+by\s+[^;]+;\s*)?editing\s+by\b/i;

/**
 * What every SIGN_OFF match starts with: an optional "(" and white space, then "reporting" in any
 * case (ASCII letters only: a case-insensitive expression without the u flag matches no other).
 * Checked first, so that most texts never compile SIGN_OFF.
 */
export function startsWithReporting(text: string): boolean {
  let i = text.charCodeAt(0) === 40 ? 1 : 0;
  while (i < text.length && isWhiteSpace(text[i]!)) i++;
  return text.slice(i, i + 9).toLowerCase() === 'reporting';
}

export function findFingerprints(doc: AnalyzedDocument): Fingerprint[] {
  const out: Fingerprint[] = [];
  for (const s of doc.segments) {
    for (const m of agencyMarks(s.text)) out.push({ agency: 'Reuters', kind: m.kind, text: m.text, segment: s.id });
    const d = DATELINE.exec(s.text);
    const agency = d ? agencyNamed(d[2]!) : undefined;
    if (d && agency) out.push({ agency: agency.name, kind: 'dateline', text: d[0], segment: s.id });
    if (startsWithReporting(s.text) && SIGN_OFF.test(s.text)) out.push({ agency: 'Reuters', kind: 'sign-off', text: s.text, segment: s.id });
  }
  const last = doc.segments[doc.segments.length - 1];
  const alone = last && /^\(?([A-Za-z]{2,8})\)?$/.exec(last.text.trim());
  const signer = alone ? agencyNamed(alone[1]!.replace(/^Reuter$/i, 'Reuters')) : undefined;
  if (last && signer) out.push({ agency: signer.name, kind: 'sign-off', text: last.text, segment: last.id });
  if (doc.outlet.wire === true) {
    out.push({ agency: doc.outlet.agency ?? doc.outlet.name, kind: 'manifest', text: 'the manifest marks this text as wire copy' });
  }
  return out;
}
