/**
 * Word tokens with their offsets, and the normalisation every comparison uses: case, apostrophes,
 * hyphens ("re-election" = "reelection"), abbreviations' dots ("U.S." = "US"), possessives,
 * month abbreviations ("Nov." = "November"), British spelling, and agency instrument codes
 * ("Microsoft MSFT.O said" = "Microsoft said").
 */
import { americanSpelling } from './spelling.js';
import { isLatinText, LATIN_LETTERS, LATIN_NUMBERS } from './latin.js';
import { lazy } from './lazy.js';
import { memoByText } from './text-memo.js';

export interface Token {
  /** The word as written. */
  raw: string;
  /** The word as compared. */
  norm: string;
  /** Offsets relative to the string tokenised, plus the offset given. */
  start: number;
  end: number;
}

/**
 * A word: letters and digits, joined by hyphens, apostrophes, dots, and commas between digits.
 * Made on first use: most text is Latin (LATIN_WORD).
 */
const unicodeWord = lazy(() => /[\p{L}\p{N}]+(?:(?:[-'’.‐‑]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*/gu);

/** The word pattern for Latin text (latin.ts): the same matches, with the letters and digits spelt out. */
const LATIN_WORD_CHAR = `[${LATIN_LETTERS}${LATIN_NUMBERS}]`;
const LATIN_WORD = new RegExp(`${LATIN_WORD_CHAR}+(?:(?:[-'’.‐‑]|(?<=[${LATIN_NUMBERS}]),(?=[${LATIN_NUMBERS}]))${LATIN_WORD_CHAR}+)*`, 'g');

/** For tests: the two patterns (isLatinText, latin.ts, chooses between them). */
export const WORD_PATTERNS = {
  get unicode(): RegExp {
    return unicodeWord();
  },
  latin: LATIN_WORD,
};

/** The word pattern for `text`, reset to its start. Callers run it to the end before the next call. */
function wordPattern(text: string): RegExp {
  const re = isLatinText(text) ? LATIN_WORD : unicodeWord();
  re.lastIndex = 0;
  return re;
}

/** Reuters instrument codes: an upper-case ticker and an exchange suffix, "MSFT.O", "7203.T", "VOWG_p.DE". */
const INSTRUMENT_CODE = /^[A-Z0-9][A-Za-z0-9_]{0,6}\.(?:O|N|OQ|L|T|PA|DE|HK|SS|SZ|TO|AS|MI|MC|SW|ST|CO|HE|OL|BR|VI|AX|KS|NS|BO|SA|MX|F|K|A|P)$/;

const MONTHS: Record<string, string> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july',
  aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

/** True for a token that is an agency instrument code ("MSFT.O"), which copiers drop. */
export function isInstrumentCode(raw: string): boolean {
  return raw.length >= 3 && raw.includes('.') && INSTRUMENT_CODE.test(raw) && /[A-Z]{2}|\d{3}/.test(raw);
}

/** Normalised form of one written word; '' when the word is dropped from comparison. */
const POSSESSIVE_S = /[’']s$/;
const JOINERS = /[-'’.‐‑,]/g;

export function normalizeWord(raw: string, followedByDot = false): string {
  let w = raw.toLowerCase().replace(POSSESSIVE_S, '').replace(JOINERS, '');
  if (followedByDot && MONTHS[w] !== undefined) w = MONTHS[w]!;
  else if (w === 'sept') w = 'september';
  return americanSpelling(w);
}

/** Tokenise `text`; offsets are `offset` plus the position in `text`. Instrument codes are dropped. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const word = wordPattern(text);
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const raw = m[0];
    const start = offset + m.index;
    if (isInstrumentCode(raw)) continue;
    const norm = normalizeWord(raw, text[m.index + raw.length] === '.');
    if (norm === '') continue;
    out.push({ raw, norm, start, end: start + raw.length });
  }
  return out;
}

/** The normalised word sequence of a text, joined by single spaces: equal strings mean identical. */
export function normalizedText(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

/** Number of words in a text, as every figure in the output counts them (remembered: text-memo.ts). */
export const countWords = memoByText((text: string): number => {
  const words = text.match(wordPattern(text)) ?? [];
  let n = 0;
  for (let i = 0; i < words.length; i++) if (!isInstrumentCode(words[i]!)) n++;
  return n;
});
