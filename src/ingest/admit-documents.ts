/**
 * The checks every document passes before it is analysed, whether it was read from a file
 * (load-documents.ts) or handed to the library in memory (src/library/analyze-texts.ts): the
 * character limits (a document over one is skipped with a warning), `#` read as `£` in 7-bit
 * British text (pound-sign.ts; warned about, the length unchanged), duplicates and text that does
 * not look English (warned about, analysed).
 */
import type { OutletInfo } from '../types.js';
import { DuplicateFinder, duplicateWarning } from './duplicates.js';
import { checkEnglish } from './language.js';
import { MAX_TOTAL_CHARS, overCharLimit } from './limits.js';
import { poundSignNote, readPoundSigns } from './pound-sign.js';

function languageWarning(display: string, outlet: OutletInfo, text: string): string | undefined {
  const model = 'analysed, but the paraphrase model is English-only, so reworded passages may be missed';
  if (outlet.language !== undefined && !/^en\b/i.test(outlet.language)) return `${display}: its language is given as "${outlet.language}"; ${model}`;
  if (outlet.language !== undefined) return undefined;
  const check = checkEnglish(text);
  if (check.english) return undefined;
  const why = check.latinShare < 0.5 ? 'mostly not in Latin script' : `${Math.round(check.functionWordShare * 100)}% English function words`;
  return `${display}: does not look like English (${why}); ${model}`;
}

/** How the checks may be relaxed (the archive adds documents one by one and skips duplicates itself). */
export interface AdmissionOptions {
  /** The limit on the characters of all documents (default MAX_TOTAL_CHARS). */
  maxTotalChars?: number;
  /** Warn about a document with the same text as an earlier one (default true). */
  warnDuplicates?: boolean;
}

/**
 * A check for the documents of one analysis, in order: the text to analyse when the document is
 * admitted (the text given, or the same length with `#` read as `£`), else undefined.
 * `note` receives each warning; `display` names the document in them.
 */
export function documentAdmission(
  note: (warning: string) => void,
  options: AdmissionOptions = {},
): (display: string, text: string, outlet: OutletInfo) => string | undefined {
  const duplicates = new DuplicateFinder();
  const maxTotal = options.maxTotalChars ?? MAX_TOTAL_CHARS;
  let totalChars = 0;
  return (display, given, outlet) => {
    const over = overCharLimit(given.length);
    if (over !== undefined) {
      note(`${display}: ${over}; skipped`);
      return undefined;
    }
    if (totalChars + given.length > maxTotal) {
      note(`${display}: the documents before it already hold ${totalChars.toLocaleString('en')} characters, and the limit for all is ${maxTotal.toLocaleString('en')}; skipped`);
      return undefined;
    }
    totalChars += given.length;
    const { text, places } = readPoundSigns(given);
    if (places > 0) note(poundSignNote(display, places));
    const first = options.warnDuplicates === false ? undefined : duplicates.check(text, display);
    if (first !== undefined) note(duplicateWarning(display, first));
    const language = languageWarning(display, outlet, text);
    if (language) note(language);
    return text;
  };
}

/** The error when fewer than two documents can be analysed. */
export const TOO_FEW_DOCUMENTS = (found: number): string => `wiretrace compares documents: it needs at least two usable ones, and found ${found}`;
