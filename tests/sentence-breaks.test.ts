/**
 * The sentence-boundary rules of src/segment/sentence-breaks.ts against `Intl.Segmenter`, which
 * implements the same rules (UAX #29) with ICU: they must agree on real text and on generated text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_PATTERNS, COMMON_NON_ASCII, SENTENCE_BREAK_CLASSES, sentenceBreaks } from '../src/segment/sentence-breaks.js';
import { isLatinText } from '../src/text/latin.js';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuBreaks = (text: string): number[] => [...icu.segment(text)].map((s) => s.index).filter((i) => i > 0);

describe('sentence boundaries (UAX #29) agree with Intl.Segmenter', () => {
  it('on every line and every whole text of the seeds', () => {
    const files = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const text = readFileSync(`seeds/${f}`, 'utf8');
      expect(sentenceBreaks(text)).toEqual(icuBreaks(text));
      for (const line of text.split('\n')) expect(sentenceBreaks(line), line).toEqual(icuBreaks(line));
    }
  });

  it('spells out exactly the ASCII and common members of each character class', () => {
    for (const [name, { ascii, common, pattern }] of Object.entries(SENTENCE_BREAK_CLASSES)) {
      const re = new RegExp(pattern, 'u');
      for (let code = 0; code < 128; code++) {
        const c = String.fromCharCode(code);
        expect(ascii.includes(c), `${name} U+${code.toString(16).padStart(4, '0')}`).toBe(re.test(c));
      }
      for (const c of COMMON_NON_ASCII) expect(common.includes(c), `${name} ${c}`).toBe(re.test(c));
    }
  });

  it('on the rules one at a time', () => {
    const cases = [
      'It rained. Then it stopped.', // SB11 after a full stop and a space
      'He said 3.5 percent.', // SB6: no break inside a number
      'The U.S. Department said so.', // breaks after "U.S." (taken back later by an abbreviation rule)
      'in the U.S.A. today', // SB7 inside the initialism; SB8: a lower-case word follows
      '“(I propose)... exchanging guarantees,” he said.', // SB8: ellipsis before a lower-case word
      'Really? yes. Oh! No.', // STerm breaks even before a lower-case word
      'He left.” Then she did.', // Close and Sp stay with the sentence they end
      'He left.”Then she did.', // …even with no space
      'Wait… what? Fine.', // "…" is no terminator
      'First.\nSecond.\r\nThird.\u2029Fourth', // paragraph separators
      'A sentence,. and more; etc.: fine', // SB8a: SContinue after a terminator
      'Line one\n\u0301accent', // nothing attaches to a paragraph separator
      '。日本語です。次の文。', // ideographic full stop is an STerm
      'e.g. this\u00ADone. Next', // soft hyphen is Format
    ];
    for (const t of cases) expect(sentenceBreaks(t), t).toEqual(icuBreaks(t));
  });

  it('on generated text of letters, digits, terminators, quotes, brackets and spaces', () => {
    const alphabet = [
      'a', 'b', 'Z', 'Q', 'é', 'É', 'ß', '1', '9', '٣', '.', '.', '!', '?', '…', '。', '．', '﹒', ',', ';', ':', '-', '–',
      '"', '“', '”', '’', "'", '«', '»', '(', ')', '[', ']', ' ', ' ', '\u00A0', '\u3000', '\t', '\n', '\r', '\u2028',
      '\u0085', '\u00AD', '\u0301', '\u200D', '¿', '|', '*', '•',
    ];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(sentenceBreaks(t)).toEqual(icuBreaks(t));
    }), { numRuns: 3000 });
  });

  it('on generated text with any Unicode character', () => {
    const anyChar = fc.oneof(fc.constantFrom('a', 'Z', '1', '.', '!', '?', ' ', '"', ')', '\n'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    const text = fc.array(anyChar, { maxLength: 16 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(sentenceBreaks(t)).toEqual(icuBreaks(t));
    }), { numRuns: 3000 });
  });
});

describe('where breaks are looked for', () => {
  it('the terminators spelt out for Latin text are those of the property class, code point by code point', () => {
    const { unicode, latin } = CANDIDATE_PATTERNS;
    const one = (re: RegExp, c: string) => new RegExp(re.source, re.flags.replace('g', '')).test(c);
    let terminators = 0;
    for (const [from, to] of [[0, 0x24f], [0x2000, 0x206f], [0x20a0, 0x20cf]] as const) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCharCode(code);
        expect(isLatinText(c), c).toBe(true);
        expect(one(latin, c), `U+${code.toString(16)}`).toBe(one(unicode, c));
        if (one(unicode, c)) terminators++;
      }
    }
    expect(terminators).toBe(14);
    expect(isLatinText('\u3002')).toBe(false);
  });
});
