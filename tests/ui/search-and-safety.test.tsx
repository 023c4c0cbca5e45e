import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import chalk from 'chalk';
import type { AnalysisResult } from '../../src/types.js';
import { seedsAnalysis } from '../helpers.js';
import { KEYS, open, selectedLine } from './helpers.js';

afterEach(() => cleanup());

// SGR colour parameters: 30–37, 90–97 (foreground), 40–47, 100–107 (background), 38;/48; extended.
const COLOUR = /\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;|48;)[0-9;]*m/;

describe('search', () => {
  it('/ types a query, Enter jumps to the next sentence containing it (any outlet), n and N cycle', async () => {
    const r = seedsAnalysis();
    const holders = r.documents.flatMap((d) => d.segments.filter((s) => s.text.toLowerCase().includes('nonsense')).map(() => d.outlet.name));
    expect(holders.length).toBeGreaterThanOrEqual(2);
    const ui = await open(r);
    let f = await ui.press('/');
    expect(f.split('\n').at(-1)).toMatch(/^ \/ /);
    f = await ui.type('NONSENSE');
    expect(f.split('\n').at(-1)).toContain('/NONSENSE');
    f = await ui.press(KEYS.enter);
    expect(f).toContain(`─ ${holders[0]} ·`);
    expect(selectedLine(f).toLowerCase()).toContain('nonsense');
    expect(f).toContain(`“NONSENSE”: ${holders.length} sentences`);
    f = await ui.press('n');
    expect(f).toContain(`─ ${holders[1]} ·`);
    expect(selectedLine(f).toLowerCase()).toContain('nonsense');
    f = await ui.press('N');
    expect(f).toContain(`─ ${holders[0]} ·`);
  });

  it('a match in hidden boilerplate is revealed; Esc cancels typing; no match says so', async () => {
    const ui = await open(seedsAnalysis());
    await ui.press('b');
    let f = await ui.press('/', ...'accessibility links', KEYS.enter);
    expect(selectedLine(f)).toContain('Accessibility links');
    expect(f).not.toContain('boilerplate hidden');
    f = await ui.press('/', ...'zzqx', KEYS.escape);
    expect(f.split('\n').at(-1)).not.toContain('zzqx');
    f = await ui.press('/', ...'zzqx', KEYS.enter);
    expect(f).toContain('No sentence contains “zzqx”.');
    // while typing, q is text, not quit
    f = await ui.press('/', 'q');
    expect(f.split('\n').at(-1)).toContain('/q');
  });
});

describe('colour and safety', () => {
  it('uses colour by default, none with NO_COLOR, and a symbol per label either way', async () => {
    const r = seedsAnalysis();
    const level = chalk.level;
    chalk.level = 1; // as on a colour terminal (the test's stdout is not one)
    const coloured = await open(r);
    await coloured.press(KEYS.right);
    const plain = await open(r, { noColor: true, rows: 40 });
    const f = await plain.press(KEYS.right);
    expect(COLOUR.test(coloured.frame())).toBe(true);
    expect(COLOUR.test(f)).toBe(false);
    chalk.level = level;
    // dim, bold and inverse remain (NO_COLOR is about colour); strip them to read the symbols
    const article = f.replace(/\u001b\[[0-9;]*m/g, '').split('\n').slice(7, 39).join('\n');
    // sentence rows start with a label symbol: copied, paraphrased, unique and boilerplate all present
    for (const sym of ['█', '▒', '·', '╌']) expect(article).toMatch(new RegExp(`^.${sym}[ "] \\S`, 'm'));
    expect(article).toMatch(/^.█" "One of the main strategic challenges/m);
  });

  it('never draws control sequences that come with the article text', async () => {
    const evil = 'Putin \u001b[31mproposed\u001b[0m a \u001b]8;;http://x.example\u0007pact\u001b]8;;\u0007 \u009b2J today\u0007.';
    const base = seedsAnalysis();
    const r: AnalysisResult = structuredClone(base);
    const d = r.documents[0]!;
    d.outlet.name = 'Evil\u001b[2J Outlet';
    const s = d.segments.find((x) => x.role === 'headline')!;
    s.text = evil;
    const ui = await open(r, { noColor: true });
    let f = ui.frame();
    expect(selectedLine(f)).toContain('Putin proposed a pact today.');
    expect(f).toContain('Evil Outlet');
    expect(f).not.toMatch(/[\u0000-\u0009\u000b-\u001a\u001c-\u001f\u007f-\u009f]/);
    // Ink's own styling is the only escape left: SGR sequences
    expect(f.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
    f = await ui.press(KEYS.enter);
    expect(f).toContain('Putin proposed a pact today.');
    expect(f.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
  });
});
