/** Words: the fast pattern for Latin text finds exactly what the Unicode pattern finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEnglish, isTableRow } from '../src/ingest/language.js';
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

  it('judges English the same way on Latin text as the Unicode classes do, line by line', () => {
    const unicodeCheck = (text: string) => {
      const letters = text.match(/\p{L}/gu)?.length ?? 0;
      const latinLetters = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
      let words = 0;
      let functionWords = 0;
      for (const line of text.split('\n')) {
        const found = line.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
        const fn = found.filter((w) => STOPWORDS.has(w.toLowerCase().replace(/['’]/g, ''))).length;
        const counts = { words: found.length, fn, capitalised: found.filter((w) => /^[A-Z]/.test(w)).length, numbers: line.match(/[0-9]+(?:[.,][0-9]+)*/g)?.length ?? 0 };
        if (isTableRow(counts)) continue;
        words += counts.words;
        functionWords += fn;
      }
      return { words, latinShare: letters ? latinLetters / letters : 1, functionWordShare: words ? functionWords / words : 0 };
    };
    // Letters and marks that test the edges (µ is not of Latin script, İ lower-cases to two
    // characters, Ⱥ to one outside the Latin blocks), function words in several cases, numbers
    // with separators, capitalised words and line breaks (table rows are left out).
    const chars = ['a', 'Z', 'é', 'µ', 'ß', 'İ', 'Ⱥ', '1', '42', "'", '’', ' ', '-', '.', ',', '\n', '“', 'the', 'THE', 'Of', 'it', 's', 'Ther', 'thé', 'i', 'NIL', 'Net'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const c = checkEnglish(t);
        expect({ words: c.words, latinShare: c.latinShare, functionWordShare: c.functionWordShare }).toEqual(unicodeCheck(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('judges prose only: tables of figures and lists of names say nothing of the language', () => {
    // Written for this test, in the shape of a wire's earnings table and weather list.
    const earnings = [
      'ACME WIDGET CORP <ACW> 4TH QTR NET',
      '',
      'Shr loss 1.12 dlrs vs profit 31 cts',
      '    Net loss 48.2 mln vs profit 13.5 mln',
      '    Revs 610.4 mln vs 702.9 mln',
      '    Year',
      '    Shr loss 2.04 dlrs vs profit 1.77 dlrs',
      '    Net loss 88.0 mln vs profit 76.1 mln',
      '    Revs 2.41 billion vs 2.66 billion',
      '    Avg shrs 43.1 mln vs 42.9 mln',
      ' Wire',
    ].join('\n');
    const rainfall = [
      'NORTHERN PLAINS RAINFALL',
      '',
      'THE FOLLOWING RAINFALL WAS RECORDED IN',
      'THE AREAS OVER THE PAST 24 HOURS',
      '    EAST PROVINCE: ALDER NIL, BRIGHTWATER NIL, CASTLEFORD NIL,',
      'DUNMORE NIL, ELMSTEAD NIL.',
      '    WEST PROVINCE: FAIRHOLT NIL, GLENVALE 0.4 MILLIMETRES, HARTLAND NIL,',
      'IVYBRIDGE NIL, JUNIPER CREEK NIL, KESTON NIL. WIRE',
    ].join('\n');
    for (const t of [earnings, rainfall]) expect(checkEnglish(t).english, t).toBe(true);
    expect(checkEnglish(earnings).words).toBe(0);
    // Prose in another language is judged, with or without a table beside it.
    const french =
      'Le président a proposé mercredi un accord sur la non-ingérence dans les élections, a indiqué le Kremlin. Les deux pays échangeraient des garanties et des informations sur les attaques informatiques.';
    for (const t of [french, `${earnings}\n${french}`]) {
      const c = checkEnglish(t);
      expect(c.english).toBe(false);
      expect(c.functionWordShare).toBeLessThan(0.1);
    }
    expect(isTableRow({ words: 6, fn: 0, capitalised: 1, numbers: 2 })).toBe(true);
    expect(isTableRow({ words: 12, fn: 3, capitalised: 2, numbers: 2 })).toBe(false);
    expect(isTableRow({ words: 6, fn: 0, capitalised: 2, numbers: 0 })).toBe(false);
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
