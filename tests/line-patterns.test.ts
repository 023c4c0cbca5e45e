/** Page-furniture patterns: the lower-case twins used for speed match exactly what the patterns do. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_PATTERNS, LOWER_CASE_TWINS, matchLinePattern } from '../src/clean/line-patterns.js';
import { SIGN_OFF, startsWithReporting } from '../src/provenance/fingerprints.js';

const FURNITURE = [
  'Accessibility links', 'Skip to main content', 'Share this article', 'Latest Stories', 'Most Read', 'More from World News',
  "Editor's Picks", 'With reporting by Interfax and Reuters', 'Reporting by Jane Doe; Editing by John Roe', 'Photo: AP',
  'Video production: Ann Lee', '© 2020 Reuters', 'Copyright 2020 Axios Media. All rights reserved.', 'please wait',
  '0:00 0:02:02 0:00', 'No media source currently available', '3 hours -', '2 days ago —', 'Sept. 24, 2020 10:15 AM EDT - Politics',
  '2020-09-25', 'XS SM MD LG', 'Image 1 of 5', '1920x1080 image',
];

describe('line patterns', () => {
  it('find the furniture they are for', () => {
    for (const line of FURNITURE) expect(matchLinePattern(line), line).toBeDefined();
    expect(matchLinePattern('Putin proposes a pact on election meddling.')).toBeUndefined();
  });

  it('match the same lines through their lower-case twins as written, whatever the case', () => {
    const flipCase = (s: string, flips: boolean[]) => [...s].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('');
    const noise = fc.constantFrom('', ' ', '.', ':', 'x', 'É', 'ß', '’', '–', '1', 'K');
    const line = fc
      .tuple(fc.constantFrom(...FURNITURE), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), noise, noise)
      .map(([l, flips, a, b]) => a + flipCase(l, flips) + b);
    fc.assert(
      fc.property(line, (t) => {
        for (const { pattern, forLower } of LOWER_CASE_TWINS) if (forLower) expect(forLower.test(t.toLowerCase()), `${pattern} on ${t}`).toBe(pattern.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('skip a pattern only for lines it cannot match (its `needs` test holds for every match)', () => {
    const sizes = fc.constantFrom('XXS', 'XS', 'S', 'SM', 'M', 'MD', 'L', 'LG', 'XL', 'XXL', 'A', 'AA', 'AAA', 'X', 'SMX');
    const space = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', '\n');
    const line = fc.array(fc.tuple(space, sizes), { minLength: 1, maxLength: 5 }).chain((parts) =>
      space.map((end) => parts.map(([s, w]) => s + w).join('') + end),
    );
    const samples: string[] = ['XS SM MD LG', 'XS', 'S M', 'XS  SM ', ' XS SM', 'AAA\tA'];
    fc.assert(fc.property(line, (t) => void samples.push(t)), { numRuns: 2000 });
    let matched = 0;
    for (const t of samples) {
      for (const p of LINE_PATTERNS) {
        if (p.needs === undefined || !p.pattern.test(t)) continue;
        matched++;
        expect(p.needs.test(t), `${p.pattern} on ${JSON.stringify(t)}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('agency sign-offs', () => {
  it('are looked for only in texts that start as one does', () => {
    const start = fc.constantFrom('', '(', ' ', '( ', '(\u00a0', '\t(', 'x');
    const word = fc.constantFrom('Reporting', 'reporting', 'REPORTING', 'RePorting', 'Reportin', 'Reportıng', 'Additional reporting');
    const rest = fc.constantFrom(' by Jane Doe; Editing by John Roe)', ' by A; Writing by B; Editing by C', ' by A and B; editing by C', ' by A', '');
    fc.assert(
      fc.property(start, word, rest, (a, w, r) => {
        const t = a + w + r;
        if (SIGN_OFF.test(t)) expect(startsWithReporting(t), t).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(startsWithReporting('(Reporting by Jane Doe; Editing by John Roe)')).toBe(true);
    expect(SIGN_OFF.test('(Reporting by Jane Doe; Editing by John Roe)')).toBe(true);
    expect(startsWithReporting('Putin said on Friday.')).toBe(false);
  });
});
