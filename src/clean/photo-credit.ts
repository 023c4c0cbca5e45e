/**
 * A picture's caption, by the credit it ends with: a news photo's caption carries its
 * photographer and agency ("… March 13, 2021. REUTERS/Henry Nicholls", "(AP Photo/Jane Doe)",
 * "Photo: Jane Doe/Getty Images", "Sputnik/Alexei Druzhinin/Kremlin via REUTERS", "AFP via
 * Getty Images"). Independent reports that run the same agency picture print its caption word
 * for word: page furniture, not the article, and no evidence of copying between them.
 *
 * The credit stands where a credit stands: the whole line, the words after the line's last
 * sentence, or the bracket that ends it. It is names in capitalised words, joined by slashes or
 * "via", one of them an agency's (agencies.ts) or a picture agency's; or "Photo:" (or "Picture
 * by", "Credit:") and names; or an agency's "Photo". So "according to a Reuters/Ipsos poll."
 * inside a sentence is prose. Generic shapes of the trade, no site's words.
 */
import { agencyNamed, normalizeName } from '../provenance/agencies.js';

/** Picture agencies that credit a photo, beside the news agencies. */
const PICTURE_AGENCIES = [
  'getty images', 'getty', 'shutterstock', 'alamy', 'epa', 'epa-efe', 'pa images', 'pa wire', 'sopa images', 'nurphoto',
  'zuma press', 'zuma wire', 'sipa', 'sipa usa', 'wireimage', 'filmmagic',
];
const PICTURE_NAMES: ReadonlySet<string> = new Set(PICTURE_AGENCIES);

/** A credit is at most this many words. */
const MAX_CREDIT_WORDS = 14;

/** Cheap test every credit passes: a slash or backslash, or a credit word. */
const NEEDS = /[/\\]|photo|picture|image|credit|getty|via\s|shutterstock|alamy|epa|sipa|zuma/i;
/** The end of a sentence, and the white space after it. */
const SENTENCE_END = /[.!?…]["”’')\]]?\s+/g;
/** A name in capitalised words, with the small words names hold ("Jane Doe for The Times"). */
const NAME = /^\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|de|van|von|da|di|al|el|bin|for|of|the))*$/u;
const CREDIT_WORD = /^(?:photo(?:graph)?s?|pictures?|images?|(?:photo|image)\s+credit|credit|photo\s+illustration)\s*(?::\s*|by\s+)(.+)$/i;
const AGENCY_PHOTO = /^(.+?)\s+photo(?:\s*\/\s*(.+))?$/i;

/** A news agency's name (agencies.ts) or a picture agency's. */
const isCreditor = (part: string): boolean => agencyNamed(part) !== undefined || PICTURE_NAMES.has(normalizeName(part).replace(/^the /, ''));

/**
 * Names joined by slashes or "via"; with `creditor`, one of them must be an agency's, and the
 * credit must read as a picture desk writes one: the agency in capitals ("REUTERS/Stringer"), a
 * photographer's full name ("Xinhua/Li Wen"), or "via" ("AFP via Getty Images"). Two one-word
 * names in ordinary case ("Reuters/Ipsos", a poll) are not a credit.
 */
function names(text: string, creditor: boolean): boolean {
  const parts = text.split(/\s*[/\\]\s*|\s+via\s+/);
  if (!parts.every((p) => NAME.test(p))) return false;
  if (!creditor) return true;
  if (parts.length < 2 || !parts.some(isCreditor)) return false;
  const capitals = (p: string) => /\p{Lu}{2}/u.test(p) && p === p.toUpperCase();
  return /\svia\s/.test(text) || parts.some((p) => (isCreditor(p) ? capitals(p) : /\s/.test(p)));
}

function isCredit(tail: string): boolean {
  const t = tail.trim().replace(/\.$/, '');
  if (t === '' || t.split(/\s+/).length > MAX_CREDIT_WORDS) return false;
  if (PICTURE_NAMES.has(normalizeName(t))) return true;
  const word = CREDIT_WORD.exec(t);
  if (word) return names(word[1]!, false);
  const photo = AGENCY_PHOTO.exec(t);
  if (photo && isCreditor(photo[1]!) && (photo[2] === undefined || NAME.test(photo[2]))) return true;
  return names(t, true);
}

/**
 * What a line is by the photo credit it ends with: `credit` when the line is only a credit,
 * `caption` when a caption ends with one, undefined when it ends with none.
 */
export function photoCreditLine(line: string): 'credit' | 'caption' | undefined {
  const text = line.trim();
  if (!NEEDS.test(text)) return undefined;
  if (isCredit(text)) return 'credit';
  // A bracket that ends the line: "(AP Photo/Jane Doe)".
  const close = text[text.length - 1];
  if (close === ')' || close === ']') {
    const open = text.lastIndexOf(close === ')' ? '(' : '[');
    if (open >= 0 && isCredit(text.slice(open + 1, -1))) return open === 0 ? 'credit' : 'caption';
  }
  // The words after the line's last sentence.
  let after = -1;
  for (const m of text.matchAll(SENTENCE_END)) after = m.index! + m[0].length;
  return after > 0 && isCredit(text.slice(after)) ? 'caption' : undefined;
}
