/**
 * Marks that a text is a news agency's own copy: Reuters instrument codes after company names
 * ("Microsoft MSFT.O"), agency datelines ("MOSCOW (Reuters) -"), agency sign-offs ("Reporting by
 * …; Editing by …"), and the manifest's `wire` flag.
 */
import type { AnalyzedDocument, Fingerprint } from '../types.js';
import { isInstrumentCode } from '../text/tokens.js';
import { agencyNamed } from './agencies.js';

const CODE_AFTER_NAME = /\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+<?([A-Z0-9][A-Za-z0-9_]{0,6}\.[A-Z]{1,2})>?(?=[\s,.;:)]|$)/g;
const DATELINE = /^([A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]+)?)\s+\(([A-Za-z .'-]{2,30})\)\s*[-–—]/;
const SIGN_OFF = /^(?:\(?\s*)?reporting\s+by\s+[^;]+;\s*(?:additional\s+reporting\s+by\s+[^;]+;\s*)?(?:writing\s+by\s+[^;]+;\s*)?editing\s+by\b/i;

export function findFingerprints(doc: AnalyzedDocument): Fingerprint[] {
  const out: Fingerprint[] = [];
  for (const s of doc.segments) {
    for (const m of s.text.matchAll(CODE_AFTER_NAME)) {
      if (isInstrumentCode(m[2]!)) out.push({ agency: 'Reuters', kind: 'instrument-code', text: `${m[1]} ${m[2]}`, segment: s.id });
    }
    const d = DATELINE.exec(s.text);
    const agency = d ? agencyNamed(d[2]!) : undefined;
    if (d && agency) out.push({ agency: agency.name, kind: 'dateline', text: d[0], segment: s.id });
    if (SIGN_OFF.test(s.text)) out.push({ agency: 'Reuters', kind: 'sign-off', text: s.text, segment: s.id });
  }
  if (doc.outlet.wire === true) {
    out.push({ agency: doc.outlet.agency ?? doc.outlet.name, kind: 'manifest', text: 'the manifest marks this text as wire copy' });
  }
  return out;
}
