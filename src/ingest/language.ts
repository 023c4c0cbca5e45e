/**
 * A cheap check that a document is English, for the warning that the paraphrase model is
 * English-only. English prose has 35–55% function words (natural's English stop-word list); other
 * Latin-script languages share few of them ("a", "in", "die" is not one), and text mostly in
 * another script (Cyrillic, Arabic, CJK…) is not English whatever its words. Only prose is judged:
 * a line that is a row of figures or a list of names and codes (isTableRow: an earnings table, a
 * list of places and readings) has no function words in any language, and says nothing of the
 * text's language. Only the first SAMPLE characters are looked at, so the cost is bounded.
 */
import { STOPWORDS } from '../text/stems.js';
import { inLatinBlocks, isLatinLetter } from '../text/latin.js';
import { isAsciiDigit, isAsciiUpper } from '../text/char-codes.js';

const APOSTROPHES = /['’]/g;

/** Below this share of English function words a text with enough words of prose is taken as not English. */
export const MIN_FUNCTION_WORD_SHARE = 0.15;
/** Texts with fewer words of prose than this are not judged. */
export const MIN_WORDS = 20;
const SAMPLE = 100_000;

export interface EnglishCheck {
  english: boolean;
  /** Words of the prose lines (table rows left out). */
  words: number;
  /** Share of those words that are English function words, in [0, 1]. */
  functionWordShare: number;
  /** Share of letters that are Latin, in [0, 1] (all lines). */
  latinShare: number;
}

export function checkEnglish(text: string): EnglishCheck {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { letters, latin, words, fn } = latinCounts(sample) ?? unicodeCounts(sample);
  const functionWordShare = words ? fn / words : 0;
  const latinShare = letters ? latin / letters : 1;
  const english = words < MIN_WORDS || (latinShare >= 0.5 && functionWordShare >= MIN_FUNCTION_WORD_SHARE);
  return { english, words, functionWordShare, latinShare };
}

/** One line's words: how many, how many are function words, how many begin with a capital A–Z; and its numbers (runs of 0–9, with . or , between digits). */
export interface LineCounts {
  words: number;
  fn: number;
  capitalised: number;
  numbers: number;
}

/**
 * A line that is not prose: a row of figures (a quarter of its words and numbers are numbers:
 * "Net loss 110.6 mln vs profit 4.1 mln"), or a list of names and codes (no function word, and
 * half its words or more capitalised: "PARANA STATE: UMUARAMA NIL, LONDRINA NIL").
 */
export function isTableRow(line: LineCounts): boolean {
  if (line.numbers > 0 && 4 * line.numbers >= line.words + line.numbers) return true;
  return line.words > 0 && line.fn === 0 && 2 * line.capitalised >= line.words;
}

interface Counts {
  /** Letters of the sample, and those of them of Latin script. */
  letters: number;
  latin: number;
  /** Words of its prose lines (letters joined by apostrophes), and those of them that are function words. */
  words: number;
  fn: number;
}

/** Adds a line's words to `counts` unless it is a table row. */
function addLine(counts: Pick<Counts, 'words' | 'fn'>, line: LineCounts): void {
  if (isTableRow(line)) return;
  counts.words += line.words;
  counts.fn += line.fn;
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const NUMBER = /[0-9]+(?:[.,][0-9]+)*/g;

/** Any script: Unicode property classes, line by line. */
function unicodeCounts(sample: string): Counts {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const prose = { words: 0, fn: 0 };
  for (const text of sample.split('\n')) {
    const found = text.match(WORD) ?? [];
    const line: LineCounts = { words: found.length, fn: 0, capitalised: 0, numbers: text.match(NUMBER)?.length ?? 0 };
    for (const w of found) {
      if (STOPWORDS.has(w.toLowerCase().replace(APOSTROPHES, ''))) line.fn++;
      if (isAsciiUpper(w.charCodeAt(0))) line.capitalised++;
    }
    addLine(prose, line);
  }
  return { letters, latin, ...prose };
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const MICRO = 0xb5;
const NEWLINE = 0x0a;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;

/** A hash of a lower-case ASCII word, built letter by letter (`h * 31 + c`, 32-bit). */
const step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** The function words of letters only, by their hash (`step` over their letters), to look up without making a string. */
const FUNCTION_WORDS_BY_HASH: ReadonlyMap<number, readonly string[]> = (() => {
  const out = new Map<number, string[]>();
  for (const w of STOPWORDS) {
    if (!/^[a-z]+$/.test(w)) continue;
    let h = 0;
    for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
    const list = out.get(h);
    if (list) list.push(w);
    else out.set(h, [w]);
  }
  return out;
})();

/** Whether `sample` from `start` to `end`, lower-cased, less its apostrophes, is `word`. */
function spells(sample: string, start: number, end: number, word: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    let c = sample.charCodeAt(i);
    if (c === APOSTROPHE || c === RIGHT_QUOTE) continue;
    if (c <= 0x5a) c += 0x20;
    if (k >= word.length || word.charCodeAt(k++) !== c) return false;
  }
  return k === word.length;
}

/**
 * The counts of unicodeCounts for text of the Latin blocks (latin.ts), read code unit by code unit
 * in one pass, several times faster (regular expressions over the whole text and a string per
 * word cost most of the reading of a large folder): every letter of these blocks is Latin but µ,
 * and a word can be a function word only if it is of ASCII letters, whose lower case is one step.
 * Undefined for other text.
 */
function latinCounts(sample: string): Counts | undefined {
  let letters = 0;
  let micro = 0;
  const prose = { words: 0, fn: 0 };
  const line: LineCounts = { words: 0, fn: 0, capitalised: 0, numbers: 0 };
  const endLine = () => {
    addLine(prose, line);
    line.words = line.fn = line.capitalised = line.numbers = 0;
  };
  const n = sample.length;
  let i = 0;
  while (i < n) {
    const c = sample.charCodeAt(i);
    if (!inLatinBlocks(c)) return undefined;
    if (c === NEWLINE) endLine();
    if (isAsciiDigit(c)) {
      // A number: digits, then "." or "," each followed by digits.
      line.numbers++;
      for (i++; i < n; i++) {
        const d = sample.charCodeAt(i);
        if (isAsciiDigit(d)) continue;
        if ((d === FULL_STOP || d === COMMA) && i + 1 < n && isAsciiDigit(sample.charCodeAt(i + 1))) continue;
        break;
      }
      continue;
    }
    if (!isLatinLetter(c)) {
      i++;
      continue;
    }
    // A word: letters, then apostrophes each followed by letters.
    const start = i;
    let ascii = true;
    let h = 0;
    for (;;) {
      for (; i < n; i++) {
        const d = sample.charCodeAt(i);
        if (!isLatinLetter(d)) break;
        letters++;
        if (d >= 0x80) {
          ascii = false;
          if (d === MICRO) micro++;
        } else h = step(h, d <= 0x5a ? d + 0x20 : d);
      }
      const d = i < n ? sample.charCodeAt(i) : 0;
      if ((d === APOSTROPHE || d === RIGHT_QUOTE) && i + 1 < n && isLatinLetter(sample.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    line.words++;
    if (isAsciiUpper(c)) line.capitalised++;
    if (ascii && FUNCTION_WORDS_BY_HASH.get(h)?.some((w) => spells(sample, start, i, w))) line.fn++;
  }
  endLine();
  return { letters, latin: letters - micro, ...prose };
}
