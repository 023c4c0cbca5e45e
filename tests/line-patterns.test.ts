/** Page-furniture patterns: the lower-case twins used for speed match exactly what the patterns do. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_PATTERNS, LOWER_CASE_TWINS, matchLinePattern } from '../src/clean/line-patterns.js';
import { SIGN_OFF, startsWithReporting } from '../src/provenance/fingerprints.js';
import { photoCreditLine } from '../src/clean/photo-credit.js';

const FURNITURE = [
  'Accessibility links', 'Skip to main content', 'Share this article', 'Latest Stories', 'Most Read', 'More from World News',
  "Editor's Picks", 'With reporting by Interfax and Reuters', 'Reporting by Jane Doe; Editing by John Roe', 'Photo: AP',
  'Video production: Ann Lee', '© 2020 Reuters', 'Copyright 2020 Axios Media. All rights reserved.', 'please wait',
  '0:00 0:02:02 0:00', 'No media source currently available', '3 hours -', '2 days ago —', 'Sept. 24, 2020 10:15 AM EDT - Politics',
  '2020-09-25', 'XS SM MD LG', 'Image 1 of 5', '1920x1080 image', '— Jane Doe (@janedoe) March 14, 2021',
  'A post shared by Jane Doe (@janedoe) on Mar 14, 2021 at 3:02pm PDT', 'Posted by Jane Doe on Sunday, March 14, 2021',
  '— Jane Doe (@jane@mastodon.social) March 14, 2021',
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

describe('photo credits', () => {
  it('make a line that ends with one a caption, and a line of one alone a credit', () => {
    const captions = [
      'Protesters hold placards in central London, Britain, March 13, 2021. REUTERS/Henry Nicholls',
      'Protesters hold placards in London on March 13, 2021. (AP Photo/Henry Nicholls)',
      'Protesters hold placards in London. Photo by Henry Nicholls/Getty Images',
      'The president at a meeting on Sept. 24. Photo: Mikhail Klimentyev\\TASS via Getty Images',
      'The president chairs a meeting in Moscow, September 25, 2020. Sputnik/Alexei Druzhinin/Kremlin via REUTERS',
      'Fans cheer at the stadium on Sunday. AFP via Getty Images',
      'Fans cheer at the stadium on Sunday. (Getty Images)',
      'Children play in the snow in Kyiv, January 5, 2022. REUTERS/Gleb Garanich/File Photo',
      'The prime minister speaks in London. Photograph: Stefan Rousseau/PA',
      'She left the court with her lawyer. Picture: Jane Doe for The Times',
      'A view of the damaged building. Xinhua/Li Wen',
    ];
    for (const c of captions) expect(photoCreditLine(c), c).toBe('caption');
    for (const c of ['REUTERS/Stringer', 'EPA-EFE/ANDY RAIN', 'Photo: AP', '(AP Photo/Jane Doe)']) expect(photoCreditLine(c), c).toBe('credit');
  });

  it('are not read into prose that names an agency, a picture or a slash', () => {
    const prose = [
      'Support for the plan fell to 38 percent, according to a Reuters/Ipsos poll.',
      'The plan was backed by 60% of voters, according to an Ipsos/Reuters survey.',
      'The picture was taken by a photographer from the agency in 2019.',
      'Photographs by the artist are on show at the gallery until March.',
      'The footage was obtained via Reuters.',
      'Sales rose 5 percent year/year in March, the company said. AP',
      'The talks ended without agreement (Reuters)',
      'Support for the plan fell to 38 percent (Reuters/Ipsos)',
    ];
    for (const p of prose) expect(photoCreditLine(p), p).toBeUndefined();
  });
});
