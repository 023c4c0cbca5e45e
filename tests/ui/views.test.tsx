import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { HARBOUR_WIRE, seedsAnalysis, segment, unclearPair } from '../helpers.js';
import { possessive } from '../../src/text/possessive.js';
import { KEYS, open, selectedLine } from './helpers.js';

afterEach(() => cleanup());

describe('detail', () => {
  it('Enter shows every counterpart with relation and score, and a word diff against near-verbatim ones', async () => {
    const r = seedsAnalysis();
    const ui = await open(r, { rows: 40 });
    // RFE/RL: "In a statement ahead of the U.S. presidential election on November 3, ..." (near-verbatim of Reuters)
    await ui.press(KEYS.right, 'j', 'j', 'j', 'j');
    expect(selectedLine(ui.frame())).toContain('In a statement ahead');
    const f = await ui.press(KEYS.enter);
    expect(f.split('\n')[0]).toMatch(/ 2 Detail /);
    expect(f).toContain('RFE/RL · sentence 7 of 26');
    expect(f).toContain('Counterparts (1)');
    expect(f).toMatch(/█ Reuters, syndicated copy · sentence 2 · near-verbatim · score 0\.9\d/);
    // From the counterpart to this sentence, as in the report: − Reuters, + RFE/RL.
    const minus = f.split('\n').find((l) => l.includes('− Reuters'))!;
    const plus = f.split('\n').find((l) => l.includes('+ RFE/RL'))!;
    expect(minus).toContain('In a statement ahead of the U.S.');
    expect(plus).toContain('In a statement ahead of the U.S.');
    expect(f).toMatch(/\d+ words? only in Reuters, syndicated copy, \d+ only here/);
    // Esc goes back to the article, selection unchanged
    const back = await ui.press(KEYS.escape);
    expect(back.split('\n')[0]).toMatch(/ 1 Outlets /);
    expect(selectedLine(back)).toContain('In a statement ahead');
  });

  it('highlights the changed words within the lines (bracketed without colour)', async () => {
    const r = seedsAnalysis();
    const reuters = r.documents.findIndex((d) => d.id === 'reuters');
    const target = segment(r, 'rferl', 'Trump is currently campaigning');
    expect(target.matches.some((m) => m.relation === 'near-verbatim')).toBe(true);
    const ui = await open(r, { rows: 60, noColor: true });
    await ui.press(KEYS.right);
    for (let i = 0; i < 20 && !selectedLine(ui.frame()).includes('Trump is currently'); i++) await ui.press('j');
    const f = await ui.press(KEYS.enter);
    // Reuters writes "re-election", RFE/RL "reelection": cut from Reuters' wording, added in RFE/RL's.
    expect(f).toMatch(/\[-re-election-\]/);
    expect(f).toMatch(/\{\+reelection\+\}/);
    expect(reuters).toBeGreaterThan(0);
  });

  it('2 opens the detail too; ↑/↓ move to the neighbouring sentence', async () => {
    const ui = await open(seedsAnalysis());
    let f = await ui.press('2');
    expect(f).toContain('Axios · sentence 2 of 15');
    f = await ui.press('j');
    expect(f).toContain('Axios · sentence 3 of 15');
    expect(f).toContain('boilerplate: page furniture');
  });
});

describe('a copy that changes a figure', () => {
  it('is flagged in the detail, under the word diff', async () => {
    const { analyzeDocuments } = await import('../../src/analyze.js');
    const wire = [HARBOUR_WIRE[0], HARBOUR_WIRE[3]];
    const r = analyzeDocuments([
      { id: 'wire', file: 'wire.txt', outlet: { name: 'Wire' }, text: wire.join('\n') },
      { id: 'blog', file: 'blog.txt', outlet: { name: 'Blog' }, text: [wire[0], wire[1]!.replace('14 million', '40 million')].join('\n') },
    ]);
    const ui = await open(r, { noColor: true });
    await ui.press(KEYS.right);
    for (let i = 0; i < 5 && !selectedLine(ui.frame()).includes('40 million'); i++) await ui.press('j');
    const f = await ui.press(KEYS.enter);
    expect(f).toMatch(/\[-14-\]/);
    expect(f).toMatch(/\{\+40\+\}/);
    expect(f).toContain('! the edits change a figure');
  });
});

describe('alignment table', () => {
  it('shows units × outlets with a symbol per cell, and Enter jumps to the unit\'s sentence', async () => {
    const r = seedsAnalysis();
    const ui = await open(r);
    let f = await ui.press('3');
    expect(f.split('\n')[0]).toMatch(/ 3 Alignment /);
    expect(f).toMatch(/#\s+Axios\s+RFE\/RL/);
    // More units than rows: the rule under the table says which are shown.
    expect(f).toMatch(new RegExp(`── units 1–\\d+ of ${r.units.length} · j/k ─`));
    const rows = f.split('\n').filter((l) => /^\s[▌ ]\s+\d+ /.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(Math.min(10, r.units.length));
    // unit 2: Axios near-verbatim, RFE/RL identical, IBTimes near-verbatim, Polygraph paraphrase, Reuters identical
    const u = r.units[1]!;
    // the table numbers units from 1, for people (their ids start at 0)
    const row = rows.find((l) => new RegExp(`^\\s[▌ ]\\s+${u.id + 1} `).test(l))!;
    const symbols = row.replace(/^\s[▌ ]\s+\d+ ./, '').match(/[█▒─]/g)!.slice(0, r.documents.length);
    expect(symbols).toEqual(r.documents.map((d) => {
      const m = u.members.find((x) => x.document === d.id);
      return m ? (m.relation === 'paraphrase' ? '▒' : '█') : '─';
    }));
    // select that unit, move to the RFE/RL column (its wording shows in the table), jump
    const rferl = u.members.find((m) => m.document === 'rferl')!;
    const text = r.documents.find((d) => d.id === 'rferl')!.segments[rferl.segments[0]!]!.text;
    f = await ui.press('j', KEYS.right);
    expect(f.split('\n').find((l) => l.startsWith(' ▌'))).toContain(text.slice(0, 20));
    f = await ui.press(KEYS.enter);
    expect(f.split('\n')[0]).toMatch(/ 1 Outlets /);
    expect(f).toContain('─ RFE/RL ·');
    expect(selectedLine(f)).toContain(text.slice(0, 40));
  });

  it('says so when the selected outlet does not carry the unit Enter jumps to', async () => {
    const r = seedsAnalysis();
    const k = r.units.findIndex((u) => !u.members.some((m) => m.document === 'axios'));
    expect(k).toBeGreaterThanOrEqual(0);
    const first = r.units[k]!.members[0]!;
    const ui = await open(r);
    await ui.press('3');
    for (let i = 0; i < k; i++) await ui.press('j');
    const f = await ui.press(KEYS.enter);
    const outlet = r.documents.find((d) => d.id === first.document)!.outlet.name;
    expect(f).toContain(`Axios does not carry this; showing it in ${outlet}.`);
    expect(f).toContain(`─ ${outlet} ·`);
  });
});

describe('provenance of two texts that do not show which came first', () => {
  it('joins them with ↔ and gives no credit verdict', async () => {
    const { analyzeDocuments } = await import('../../src/analyze.js');
    const r = analyzeDocuments(unclearPair());
    const ui = await open(r, { rows: 40 });
    const f = await ui.press('4');
    expect(f).toMatch(/One ↔ Two/);
    expect(f).toContain('which came first is unclear');
    expect(f).not.toMatch(/NOT credited|does not credit/);
  });
});

describe('provenance', () => {
  it('lists who took from whom and, apart, the common quoted sources', async () => {
    const r = seedsAnalysis();
    const ui = await open(r, { rows: 200 });
    const f = await ui.press('4');
    expect(f.split('\n')[0]).toMatch(/ 4 Provenance /);
    expect(f).toContain('Who took from whom');
    expect(f).toContain('Common quoted sources');
    expect(f.indexOf('Who took from whom')).toBeLessThan(f.indexOf('Common quoted sources'));
    for (const e of r.provenance.edges) {
      const from = r.documents.find((d) => d.id === e.from)!.outlet.name;
      const to = r.documents.find((d) => d.id === e.to)!.outlet.name;
      expect(f).toContain(`${from} → ${to} ${Math.round(e.share * 100)}% of ${possessive(to)} article`);
      expect(f).toContain(e.credited ? '✓ credited' : '✗ NOT credited');
    }
    if (r.provenance.edges.length === 0) expect(f).toContain('No outlet reuses another');
  });

  it('scrolls with ↓ and PgDn', async () => {
    const ui = await open(seedsAnalysis());
    const before = await ui.press('4');
    const after = await ui.press(KEYS.pageDown);
    if (before.includes('more lines')) {
      expect(after).not.toEqual(before);
      expect(after).toMatch(/↑ \d+ lines above/);
    }
  });
});

describe('help, quitting', () => {
  it('? opens the help over any view; Esc closes it', async () => {
    const ui = await open(seedsAnalysis());
    await ui.press('3');
    let f = await ui.press('?');
    expect(f).toContain('Keys');
    for (const k of ['j k', 'Tab', 'Enter', 'Esc', '1 2 3 4', 'filter', 'boilerplate', 'search', 'quit']) expect(f).toContain(k);
    f = await ui.press(KEYS.escape);
    expect(f).not.toContain('Symbols');
    expect(f.split('\n')[0]).toMatch(/ 3 Alignment /);
  });

  it('q quits from every view and from the help', async () => {
    for (const keys of [[], ['2'], ['3'], ['4'], ['?']]) {
      const onQuit = vi.fn();
      const ui = await open(seedsAnalysis(), { onQuit });
      await ui.press(...keys);
      expect(onQuit).not.toHaveBeenCalled();
      ui.stdin.write('q');
      await vi.waitFor(() => expect(onQuit).toHaveBeenCalledTimes(1));
      ui.unmount();
    }
  });
});
