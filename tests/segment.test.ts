import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInitialism, trailingAbbreviation } from '../src/segment/abbreviations.js';
import { splitSentences } from '../src/segment/sentences.js';
import { doc, seedsAnalysis, segment } from './helpers.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('sentence segmentation: the traps of the seeds', () => {
  it('does not break after month abbreviations before a day', () => {
    expect(split('Microsoft said on Sept. 10 that cyberattacks continued. Russia denied it.')).toEqual([
      'Microsoft said on Sept. 10 that cyberattacks continued.',
      'Russia denied it.',
    ]);
    expect(split('ahead of the U.S. presidential election on Nov. 3, Putin called for a reset.')).toHaveLength(1);
  });

  it('keeps "St. Petersburg" and "U.S. Department" together but ends a sentence at "U.S. The"', () => {
    expect(split('people associated with a St. Petersburg-based organisation accused by U.S. officials.')).toHaveLength(1);
    expect(split('An investigation carried out by U.S. Department of Justice Special Counsel Robert Mueller.')).toHaveLength(1);
    expect(split('He flew to the U.S. The talks began on Monday.')).toEqual(['He flew to the U.S.', 'The talks began on Monday.']);
  });

  it('reads the word after an initialism the same whether it is written in ASCII or not', () => {
    // "Élysée" and "Über" start outside ASCII, where the upper-case and word tests use Unicode's classes.
    expect(split('Talks with U.S. Élysée officials went on.')).toHaveLength(1);
    expect(split('Talks with U.S. Über drivers went on.')).toHaveLength(1);
    expect(split('He left the U.S. Élysée officials stayed.')).toHaveLength(1);
    expect(split('He flew to the U.S. “The talks” began on Monday.')).toEqual(['He flew to the U.S.', '“The talks” began on Monday.']);
    expect(split('He flew to the U.S. éclairs were served.')).toHaveLength(1);
  });

  it('keeps an ellipsis followed by a lower-case word inside the sentence', () => {
    const t = '“(I propose)... exchanging guarantees of non-interference,” he said.';
    expect(split(t)).toEqual([t]);
  });

  it('does not split an instrument code', () => {
    const t = 'Microsoft MSFT.O said two weeks ago that hackers were active. Russia and China dismissed the allegations.';
    expect(split(t)).toEqual(['Microsoft MSFT.O said two weeks ago that hackers were active.', 'Russia and China dismissed the allegations.']);
  });

  it('splits a quotation that holds several sentences', () => {
    const t = '“Evidence began to surface in mid-2016. In June, the committee announced a breach.”';
    expect(split(t)).toHaveLength(2);
  });

  it('keeps title-case headlines with "U.S." whole and apart from the next line', () => {
    const r = seedsAnalysis();
    const h = segment(r, 'rferl', 'Putin Calls For Pact');
    expect(h.text).toBe("Putin Calls For Pact With U.S. To Avoid 'Digital Sphere' Election Confrontations");
    expect(h.role).toBe('headline');
    expect(h.label).not.toBe('boilerplate');
    expect(segment(r, 'polygraph', 'U.S. Has Targets').text).toBe('U.S. Has Targets, Too');
  });

  it('finds bullets and headlines without a final period in the seeds', () => {
    const r = seedsAnalysis();
    expect(segment(r, 'axios', 'Evanina added').text.startsWith('• Evanina added')).toBe(true);
    expect(segment(r, 'ibtimes', 'Vladimir Putin Claims').role).toBe('headline');
    expect(segment(r, 'axios', 'Putin proposes non-interference pact').role).toBe('headline');
  });

  it('segments every seed so that each segment is exactly the text between its offsets', async () => {
    const r = seedsAnalysis();
    const { readFileSync } = await import('node:fs');
    for (const d of r.documents) {
      const text = readFileSync(d.file, 'utf8');
      for (const s of d.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(doc(r, 'polygraph').segments.some((s) => s.text === 'XS')).toBe(true);
  });
});

describe('sentence segmentation: names with initials', () => {
  it("keeps a name whole when a nickname in quotes or brackets follows its middle initial, and still ends a sentence at a single letter before a sentence", () => {
    expect(split("New York - Charles M. (''Sparky'') Schulz, creator of the strip, will retire.")).toHaveLength(1);
    expect(split('John F. “Jack” Kennedy spoke first. Others followed.')).toEqual(['John F. “Jack” Kennedy spoke first.', 'Others followed.']);
    expect(split('They chose plan B. “The talks” began on Monday.')).toEqual(['They chose plan B.', '“The talks” began on Monday.']);
    expect(split('He flew to the U.S. (Reporting by Ann Lee)')).toEqual(['He flew to the U.S.', '(Reporting by Ann Lee)']);
  });
});

describe('the abbreviation a piece ends with', () => {
  it('reads initialisms, short words with a dot, and closing quotes and spaces after them', () => {
    expect(trailingAbbreviation('He flew to the U.S.')).toBe('u.s');
    expect(trailingAbbreviation('a St.')).toBe('st');
    expect(trailingAbbreviation('“We met Gen.” ')).toBe('gen');
    expect(trailingAbbreviation('(I propose)...')).toBeUndefined();
    expect(trailingAbbreviation('in Washington.')).toBeUndefined();
    expect(trailingAbbreviation('MSFT.O')).toBeUndefined();
    expect(trailingAbbreviation('x-St.')).toBeUndefined();
  });

  it('agrees with the regular expression that defines it', () => {
    const definition = (text: string): string | undefined =>
      /(?:^|[\s("“‘'(])((?:\p{L}\.){1,4}|\p{L}{1,6}\.)["”’')]*\s*$/u.exec(text)?.[1]!.toLowerCase().replace(/\.$/, '');
    const chars = ['a', 'B', 'é', '𝐀', '.', '.', ' ', '\u00A0', '\n', '"', '”', '’', "'", ')', '(', '“', '‘', 'S', 'U', '1', '-'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(trailingAbbreviation(t)).toBe(definition(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('calls initialisms what the regular expression that defines them does', () => {
    expect(isInitialism('u.s')).toBe(true);
    expect(isInitialism('j')).toBe(true);
    expect(isInitialism('st')).toBe(false);
    const text = fc.array(fc.constantFrom('a', 'B', 'é', '𝐀', '.', '.', '1', '-'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(isInitialism(t)).toBe(/^(\p{L}\.)*\p{L}$/u.test(t));
      }),
      { numRuns: 5000 },
    );
  });
});
