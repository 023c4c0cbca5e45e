/** Words: the fast pattern for Latin text finds exactly what the Unicode pattern finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, tokenize, WORD_PATTERNS } from '../src/text/tokens.js';

const { unicode, latin, latinText } = WORD_PATTERNS;
const matches = (re: RegExp, text: string): string[] => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);

describe('word tokens', () => {
  it('spells out exactly the letters and digits of the blocks the Latin pattern is used for', () => {
    const letterOrDigit = /[\p{L}\p{N}]/u;
    const latinLetterOrDigit = new RegExp(`^${/\[[^\]]+\]/.exec(latin.source)![0]}$`);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!latinText.test(ch)) continue;
      expect(latinLetterOrDigit.test(ch), `U+${c.toString(16)}`).toBe(letterOrDigit.test(ch));
    }
  });

  it('finds the same words either way in Latin text', () => {
    const chars = ['a', 'Z', 'é', 'ß', 'ø', 'ª', '1', '²', '½', '-', "'", '’', '.', ',', ' ', '‐', '‑', '“', '”', '—', '€', '\u00A0', '\n', '$', '%'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(latinText.test(t)).toBe(true);
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
});
