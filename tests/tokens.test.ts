/** Words: the fast pattern for Latin text finds exactly what the Unicode pattern finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../src/ingest/language.js';
import { STOPWORDS } from '../src/text/stems.js';
import { inLatinBlocks, isLatinLetter, isLatinText, LATIN_LETTERS, LATIN_NUMBERS } from '../src/text/latin.js';
import { americanSpelling, SPELLING_LISTS } from '../src/text/spelling.js';
import { countWords, tokenize, WORD_PATTERNS } from '../src/text/tokens.js';

const { unicode, latin } = WORD_PATTERNS;
const matches = (re: RegExp, text: string): string[] => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);

describe('word tokens', () => {
  it('spells out exactly the letters, digits and Latin-script letters of the Latin blocks', () => {
    const letter = new RegExp(`^[${LATIN_LETTERS}]$`);
    const number = new RegExp(`^[${LATIN_NUMBERS}]$`);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(inLatinBlocks(c), `U+${c.toString(16)}`).toBe(isLatinText(ch));
      if (!isLatinText(ch)) continue;
      const at = `U+${c.toString(16)}`;
      expect(isLatinLetter(c), at).toBe(letter.test(ch));
      expect(letter.test(ch), at).toBe(/\p{L}/u.test(ch));
      expect(number.test(ch), at).toBe(/\p{N}/u.test(ch));
      if (/\p{L}/u.test(ch)) expect(/\p{Script=Latin}/u.test(ch), at).toBe(ch !== 'µ');
    }
  });

  it('finds the same words either way in Latin text', () => {
    const chars = ['a', 'Z', 'é', 'ß', 'ø', 'ª', '1', '²', '½', '-', "'", '’', '.', ',', ' ', '‐', '‑', '“', '”', '—', '€', '\u00A0', '\n', '$', '%'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(isLatinText(t)).toBe(true);
        expect(matches(latin, t)).toEqual(matches(unicode, t));
      }),
      { numRuns: 3000 },
    );
  });

  it('uses the Unicode pattern for other scripts', () => {
    expect(tokenize('Путин сказал 3,5 раза').map((t) => t.norm)).toEqual(['путин', 'сказал', '35', 'раза']);
    expect(countWords('東京 and Zürich, 1,000 “words”')).toBe(5);
    expect(tokenize('re-election of Microsoft MSFT.O, 1,000 times').map((t) => t.norm)).toEqual(['reelection', 'of', 'microsoft', '1000', 'times']);
  });

  it('judges English the same way on Latin text as the Unicode classes do', () => {
    const unicodeCheck = (text: string) => {
      const letters = text.match(/\p{L}/gu)?.length ?? 0;
      const latinLetters = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
      const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
      const functionWords = words.filter((w) => STOPWORDS.has(w.replace(/['’]/g, ''))).length;
      return { words: words.length, latinShare: letters ? latinLetters / letters : 1, functionWordShare: words.length ? functionWords / words.length : 0 };
    };
    // Letters and marks that test the edges (µ is not of Latin script, İ lower-cases to two
    // characters, Ⱥ to one outside the Latin blocks), and function words in several cases.
    const chars = ['a', 'Z', 'é', 'µ', 'ß', 'İ', 'Ⱥ', '1', "'", '’', ' ', '-', '.', '“', 'the', 'THE', 'Of', 'it', 's', 'Ther', 'thé', 'i'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const c = checkEnglish(t);
        expect({ words: c.words, latinShare: c.latinShare, functionWordShare: c.functionWordShare }).toEqual(unicodeCheck(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('spells every listed British form the American way, and nothing else', () => {
    const table = new Map(Object.entries(SPELLING_LISTS.IRREGULAR));
    for (const w of SPELLING_LISTS.OUR_WORDS) for (const x of SPELLING_LISTS.OUR_SUFFIXES) table.set(w + x, w.replace(/our$/, 'or') + x);
    for (const w of SPELLING_LISTS.ISE_STEMS) for (const x of SPELLING_LISTS.ISE_ENDINGS) table.set(w + x, w.replace(/is$/, 'iz') + x);
    for (const [british, american] of table) expect(americanSpelling(british), british).toBe(american);
    for (const w of ['hour', 'tour', 'favourites', 'crisis', 'analysis', 'this', 'organism', 'ourfavour', 'colouris', 'emphasis'])
      expect(americanSpelling(w), w).toBe(table.get(w) ?? w);
  });
});

describe('the shared-content sentence of the summaries', () => {
  it('counts one piece of content and several in good English, quotes only when there are some', async () => {
    const { sharedContentSentence } = await import('../src/text/shared-content.js');
    expect(sharedContentSentence(1, 0, 'outlet')).toBe('1 piece of content is carried by more than one outlet.');
    expect(sharedContentSentence(1, 1, 'outlet')).toBe('1 piece of content is carried by more than one outlet (only as a shared quote).');
    expect(sharedContentSentence(16, 4, 'document')).toBe('16 pieces of content are carried by more than one document (4 of them only as shared quotes).');
    expect(sharedContentSentence(0, 0, 'outlet')).toBe('0 pieces of content are carried by more than one outlet.');
  });
});
