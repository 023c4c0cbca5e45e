/** Page-furniture patterns: the lower-case twins used for speed match exactly what the patterns do. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOWER_CASE_TWINS, matchLinePattern } from '../src/clean/line-patterns.js';

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
});
