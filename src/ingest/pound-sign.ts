/**
 * `#` for `£` in 7-bit British text. The British national variant of ISO 646 (BS 4730, ISO
 * 646-GB), used by agency wires and newspaper systems on 7-bit links, has `£` at the code ASCII
 * gives to `#`; text that crossed such a link reads "#1.5 million" for "£1.5 million". Comparison
 * ignores the currency sign already, so nothing is missed, but every view would show the `#`;
 * this reads it back as `£` where it can only be money, one character for one (both are one
 * UTF-16 code unit), so every offset into the text stays exact.
 *
 * A document is read as the national variant when it has no `£` of its own (a text that can
 * write `£` does not write it as `#`) and a `#` is directly followed by an amount that reads as
 * money: thousands separators ("#500,000"), pounds and pence ("#3.50"), a magnitude ("#20m",
 * "#5bn", "#50k", "#1.5 million", the word on the next line of a wrapped text too), or a rate
 * ("#20 a week", "#5 per head"). Those are read as `£`, and so is a bare number that opens a
 * range closed by one ("#5 to #10 million"). Everything else stays: American "#1" and "the #2
 * hit" (number one, number two: a bare number is never money on its own), hashtags ("#MeToo",
 * "#2020Vision": a letter runs on), list and heading marks ("# "), and `#` inside a word, an
 * address or an entity ("page#10,000", "/#20m", "&#163;": only white space, an opening bracket
 * or quotation mark, or a dash may come before the sign).
 */
import { isAsciiDigit, isAsciiLower, isAsciiUpper, isWhiteSpace } from '../text/char-codes.js';

/** The text with `#` read as `£` where it is a currency sign, and how many were. */
export interface PoundReading {
  text: string;
  places: number;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** White space between an amount and its word: on one line, or across one line break (a wrapped line). */
const GAP = String.raw`(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)`;
/** An amount after the sign: a number, or a range of two ("5-10", "5 to 10"). */
const AMOUNT = new RegExp(String.raw`${NUMBER}(?:[ \t\u00a0]*(?:-|\u2013|to)[ \t\u00a0]*${NUMBER})?`, 'y');
/** What makes an amount money, right after it. */
const MAGNITUDE = new RegExp(String.raw`(?:(?:m|mn|bn|k|p)|${GAP}(?:million|billion|trillion|thousand|bn|mn))(?![A-Za-z0-9])`, 'iy');
const RATE = new RegExp(
  String.raw`${GAP}(?:a|an|per)${GAP}(?:week|month|year|day|night|hour|head|person|ticket|share|seat|copy|pint|annum)s?(?![A-Za-z0-9])(?!${GAP}(?:ago|earlier|later|before|running)\b)`,
  'iy',
);
const SEPARATED = /\d,\d{3}/;
const PENCE = /\.\d\d$/;
/** A bare number that opens a range: the connective before the next sign. */
const RANGE = new RegExp(String.raw`${GAP}?(?:-|\u2013|\u2014|to|and|or)${GAP}?#`, 'y');

/** Characters that may come before a currency sign besides white space: opening brackets and quotation marks, dashes. */
const OPENERS = new Set(['(', '[', '{', '"', "'", '\u2018', '\u201c', '\u00ab', '-', '\u2013', '\u2014']);

function mayPrecede(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text[at - 1]!;
  return c.charCodeAt(0) < 0x20 || isWhiteSpace(c) || OPENERS.has(c);
}

const isAsciiAlnum = (code: number): boolean => isAsciiDigit(code) || isAsciiLower(code) || isAsciiUpper(code);

/** Where the amount after the sign at `at` ends, and whether it reads as money on its own. */
function amountAfter(text: string, at: number): { end: number; money: boolean } | undefined {
  AMOUNT.lastIndex = at + 1;
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const amount = m[0];
  const end = at + 1 + amount.length;
  for (const unit of [MAGNITUDE, RATE]) {
    unit.lastIndex = end;
    if (unit.test(text)) return { end, money: true };
  }
  // Any other letter or digit runs on (a hashtag, "#1st"); so does a further ".5" or ",000".
  const next = text.charCodeAt(end);
  if (isAsciiAlnum(next)) return undefined;
  if ((next === 46 || next === 44) && isAsciiDigit(text.charCodeAt(end + 1))) return undefined;
  return { end, money: SEPARATED.test(amount) || PENCE.test(amount) };
}

/** Read `#` as `£` where it is a currency sign in a 7-bit British text (see the file's comment); other text is returned as it is. */
export function readPoundSigns(text: string): PoundReading {
  if (!text.includes('#') || text.includes('\u00a3')) return { text, places: 0 };
  const signs: { at: number; end: number; money: boolean }[] = [];
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
    if (!isAsciiDigit(text.charCodeAt(at + 1)) || !mayPrecede(text, at)) continue;
    const amount = amountAfter(text, at);
    if (amount) signs.push({ at, ...amount });
  }
  if (!signs.some((s) => s.money)) return { text, places: 0 };
  // Right to left, so that in "#5 to #10 or #20 million" each bare number takes the reading of the sign after it.
  const pounds = new Set<number>();
  for (let i = signs.length - 1; i >= 0; i--) {
    const s = signs[i]!;
    if (!s.money) {
      RANGE.lastIndex = s.end;
      if (!RANGE.test(text) || !pounds.has(RANGE.lastIndex - 1)) continue;
    }
    pounds.add(s.at);
  }
  let out = '';
  let from = 0;
  for (const at of [...pounds].sort((a, b) => a - b)) {
    out += text.slice(from, at) + '\u00a3';
    from = at + 1;
  }
  return { text: out + text.slice(from), places: pounds.size };
}

/** The warning for a document whose `#` were read as `£`. */
export const poundSignNote = (display: string, places: number): string =>
  `${display}: read "#" as "£" in ${places} ${places === 1 ? 'place' : 'places'} (7-bit British text)`;
