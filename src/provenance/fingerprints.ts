/**
 * Marks that a text is a news agency's own copy, by generic signals of the trade: instrument codes
 * after company names ("Microsoft MSFT.O") and company mark-up ("<Cominco Ltd>"), agency datelines
 * ("MOSCOW (Reuters) -", "WASHINGTON (AP) —", "LONDON, Sept 25 (Reuters) -"), bylines that name an
 * agency ("By Jane Smith, PA News", "By Jane Smith, Associated Press Writer"), a feed's slug line
 * (a time and a date opening the text: "15:20 08/08/99: Page 1 …") and slugs ("BC-Bridge-Closure"),
 * a copyright line naming an agency, agency sign-offs ("Reporting by …; Editing by …", or the
 * agency's name alone on the last line: "Reuter"), and the manifest's `wire` flag. A mark that
 * names no agency (a slug line) gives the agency as "" unless another mark of the text names one.
 */
import type { AnalyzedDocument, Fingerprint } from '../types.js';
import { agencyNamed } from './agencies.js';
import { agencyMarks } from './agency-marks.js';
import { isWhiteSpace } from '../text/char-codes.js';
import { SLUG_LINE } from '../clean/slug-line.js';

const DATELINE = /^([A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z0-9 .'-]+)?)\s+\(([A-Za-z .'-]{2,30})\)\s*[-–—:]/;
export const SIGN_OFF = /^(?:\(?\s*)?reporting\s+by\s+[^;]+;\s*(?:additional\s+reporting\s+by\s+[^;]+;\s*)?(?:writing\s+by\s+[^;]+;\s*)?editing\s+by\b/i;
/** "By NAME[, title], AGENCY[ News| Writer| Correspondent…]" (the feed's own byline). */
const BYLINE = /^By\s+[A-Z][^,]{1,60}((?:,\s*[^,]{2,60}){1,3})[\s.<]*$/;
/** A wire slug alone on a line: "BC-Bridge-Closure,0412", "AM-Harbour-Bridge". */
const WIRE_SLUG = /^(?:BC|AM|PM)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?:,\d{3,4})?$/;
const COPYRIGHT = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s+)?(.{2,60}?)(?:\s+\d{4})?[.,]?(?:\s+all rights reserved\.?)?$/i;
/** Words after an agency's name in a byline: "PA News", "Associated Press Writer". */
const BYLINE_TAIL = /\s+(?:news|media|writer|staff|correspondent|reporter|[A-Z][a-z]+ correspondent)$/i;

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

/** The agency a byline's comma parts name ("Showbusiness Correspondent, PA News" → PA). */
function bylineAgency(parts: string): string | undefined {
  for (const raw of parts.split(',').map((p) => p.trim().replace(/[.<\s]+$/, ''))) {
    if (raw === '') continue;
    const named = agencyNamed(raw) ?? agencyNamed(raw.replace(BYLINE_TAIL, ''));
    if (named) return named.name;
    // "PA News Showbusiness Correspondent": the agency's name first, then the title.
    const words = raw.split(/\s+/);
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const head = agencyNamed(words.slice(0, n).join(' '));
      if (head && words[n] && /^[A-Z]/.test(words[n]!)) return head.name;
    }
  }
  return undefined;
}

export function findFingerprints(doc: AnalyzedDocument): Fingerprint[] {
  const out: Fingerprint[] = [];
  for (const s of doc.segments) {
    for (const m of agencyMarks(s.text)) out.push({ agency: 'Reuters', kind: m.kind, text: m.text, segment: s.id });
    const text = s.text.trim();
    const d = DATELINE.exec(text);
    const agency = d ? agencyNamed(d[2]!) : undefined;
    if (d && agency) out.push({ agency: agency.name, kind: 'dateline', text: d[0], segment: s.id });
    if (startsWithReporting(text) && SIGN_OFF.test(text)) out.push({ agency: 'Reuters', kind: 'sign-off', text, segment: s.id });
    if (text.startsWith('By ')) {
      const b = BYLINE.exec(text);
      const named = b ? bylineAgency(b[1]!) : undefined;
      if (named) out.push({ agency: named, kind: 'byline', text, segment: s.id });
    }
    if (SLUG_LINE.test(text) || WIRE_SLUG.test(text)) out.push({ agency: WIRE_SLUG.test(text) ? 'AP' : '', kind: 'slug', text, segment: s.id });
    if (s.label === 'boilerplate' && /^(?:copyright|©|\(c\))/i.test(text)) {
      const c = COPYRIGHT.exec(text);
      const named = c ? agencyNamed(c[1]!.replace(/^the\s+/i, '')) : undefined;
      if (named) out.push({ agency: named.name, kind: 'copyright', text, segment: s.id });
    }
  }
  const last = doc.segments[doc.segments.length - 1];
  const alone = last && /^\(?([A-Za-z]{2,8})\)?$/.exec(last.text.trim());
  const signer = alone ? agencyNamed(alone[1]!.replace(/^Reuter$/i, 'Reuters')) : undefined;
  if (last && signer) out.push({ agency: signer.name, kind: 'sign-off', text: last.text, segment: last.id });
  if (doc.outlet.wire === true) {
    out.push({ agency: doc.outlet.agency ?? doc.outlet.name, kind: 'manifest', text: 'the manifest marks this text as wire copy' });
  }
  // A mark that names no agency belongs to the agency another mark of the text names.
  const named = out.find((f) => f.agency !== '')?.agency;
  if (named !== undefined) for (const f of out) if (f.agency === '') f.agency = named;
  return out;
}
