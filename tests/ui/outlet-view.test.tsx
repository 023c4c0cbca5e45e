import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { seedsAnalysis } from '../helpers.js';
import { KEYS, open, selectedLine } from './helpers.js';

afterEach(() => cleanup());

describe('outlet view', () => {
  it('lists every outlet with a composition bar and opens on the first article at its headline', async () => {
    const r = seedsAnalysis();
    const ui = await open(r);
    const f = ui.frame();
    const lines = f.split('\n');
    expect(lines).toHaveLength(24);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
    expect(lines[0]).toContain('1 Outlets');
    for (const d of r.documents) expect(f).toContain(d.outlet.name.slice(0, 20));
    const reuters = r.documents.find((d) => d.id === 'reuters')!.stats;
    // The bar and figures: copied prose, paraphrased prose, shared quotes, unique.
    const figures = (s: typeof reuters) => [s.copiedProse, s.paraphrasedProse, s.sharedQuote, s.unique].map((x) => `${Math.round(x * 100)}%`).join('\\s+');
    expect(f).toMatch(new RegExp(`Reuters, syndicated copy\\s+█+▒+"+·+\\s+${figures(reuters)}\\s+359 words`));
    const axios = r.documents[0]!.stats;
    expect(f).toMatch(new RegExp(`Axios\\s+▒+"+·+\\s+${figures(axios)}`));
    const pc = (x: number) => `${Math.round(x * 100)}%`;
    expect(f).toContain(`─ Axios · ${axios.articleWords} words · ${pc(axios.copiedProse)} copied · ${pc(axios.paraphrasedProse)} paraphrased · ${pc(axios.sharedQuote)} quotes · ${pc(axios.unique)} unique`);
    expect(selectedLine(f)).toContain('Putin proposes non-interference pact');
    expect(f).toContain('█ copied ▒ paraphrased · unique ╌ boilerplate " quote');
  });

  it('moves with j/k and the arrows, and switches outlet with ←/→ and Tab', async () => {
    const r = seedsAnalysis();
    const ui = await open(r);
    expect(selectedLine(await ui.press('j'))).toContain('Russian President Vladimir Putin during a conference');
    expect(selectedLine(await ui.press('k'))).toContain('Putin proposes');
    expect(selectedLine(await ui.press(KEYS.down, KEYS.down, KEYS.down))).toContain('Russian President Vladimir Putin on Friday proposed');
    expect(selectedLine(await ui.press(KEYS.up))).toContain('Russian President Vladimir Putin during');
    let f = await ui.press(KEYS.right);
    expect(f).toContain('─ RFE/RL ·');
    expect(selectedLine(f)).toContain('Putin Calls For Pact');
    f = await ui.press(KEYS.tab);
    expect(f).toContain('─ IBTimes ·');
    f = await ui.press(KEYS.left, KEYS.left);
    expect(f).toContain('─ Axios ·');
    // each outlet keeps its own selection
    expect(selectedLine(f)).toContain('Russian President Vladimir Putin during');
  });

  it('scrolls so that the selection stays visible, long sentences wrapped', async () => {
    const r = seedsAnalysis();
    const ui = await open(r);
    const f = await ui.press('G');
    const lines = f.split('\n');
    expect(lines).toHaveLength(24);
    const last = r.documents[0]!.segments.at(-1)!;
    expect(selectedLine(f)).toContain(last.text.slice(0, 30));
    expect(f).toMatch(/↑ \d+ lines above/);
    // a wrapped sentence carries the bar on its continuation rows
    const g = await ui.press('g', 'j', 'j', 'j');
    expect(g.split('\n').filter((l) => l.startsWith('▌   ')).length).toBeGreaterThan(0);
  });

  it('f cycles the label filter: only copied, then paraphrased, unique, all', async () => {
    const r = seedsAnalysis();
    const ui = await open(r);
    await ui.press(KEYS.right); // RFE/RL
    let f = await ui.press('f');
    const article = (s: string): string[] => s.split('\n').slice(7, 23).filter((l) => /^.[█▒·╌]/.test(l));
    expect(f).toContain('only copied');
    expect(article(f).length).toBeGreaterThan(3);
    for (const l of article(f)) expect(l[1]).toBe('█');
    f = await ui.press('f');
    expect(f).toContain('only paraphrased');
    for (const l of article(f)) expect(l[1]).toBe('▒');
    f = await ui.press('f');
    for (const l of article(f)) expect(l[1]).toBe('·');
    f = await ui.press('f');
    expect(f).not.toContain('only ');
    expect(article(f).some((l) => l[1] === '╌')).toBe(true);
  });

  it('counts the outlets a short terminal has no room for', async () => {
    const ui = await open(seedsAnalysis(), { rows: 14 });
    let lines = ui.frame().split('\n');
    expect(lines.filter((l) => /^[▌ ] \S/.test(l) && l.includes('%'))).toHaveLength(4);
    expect(lines.find((l) => l.includes('Polygraph'))).toMatch(/↓ 1 more$/);
    lines = (await ui.press(KEYS.left)).split('\n');
    expect(lines.find((l) => l.includes('RFE/RL'))).toMatch(/↑ 1 more$/);
    expect(lines.find((l) => l.startsWith('▌ Reuters'))).toBeDefined();
  });

  it('takes each key when several arrive in one read (a key held down)', async () => {
    const r = seedsAnalysis();
    const one = await open(r);
    const steps: string[] = [];
    for (let i = 0; i < 4; i++) steps.push(selectedLine(await one.press('j')));
    const held = await open(r);
    expect(selectedLine(await held.press('jjjj'))).toBe(steps[3]);
    expect(selectedLine(await held.press('kk'))).toBe(steps[1]);
  });

  it('runs no command from pasted text or an escape sequence Ink does not know, and takes a pasted search whole', async () => {
    const r = seedsAnalysis();
    const quit: string[] = [];
    const ui = await open(r, { onQuit: () => quit.push('quit') });
    const start = ui.frame();
    // A paste holding q, 1–4, b, j…; keypad "1" in application mode (ESC O q); Shift-F1 (ESC [1;2P).
    for (const input of ['Moscow denies that charge and quits', '\u001bOq', '\u001b[1;2P']) {
      ui.stdin.write(input);
      await new Promise((done) => setTimeout(done, 60));
    }
    expect(quit).toEqual([]);
    expect(ui.frame()).toBe(start);
    // While typing a search, several characters in one read are text.
    await ui.press('/');
    const f = await ui.press('nonsense');
    expect(f.split('\n').at(-1)).toContain('/nonsense');
  });

  it('b hides and shows the boilerplate', async () => {
    const r = seedsAnalysis();
    const ui = await open(r);
    await ui.press(KEYS.right);
    expect(ui.frame()).toContain('Accessibility links');
    let f = await ui.press('b');
    expect(f).not.toContain('Accessibility links');
    expect(f).toContain('boilerplate hidden');
    expect(f).toContain('10 hidden');
    expect(f).not.toMatch(/^.╌/m);
    f = await ui.press('b');
    expect(f).toContain('Accessibility links');
  });

  it('uses a wide terminal: outlets in a sidebar, the counterparts of the selection beside the article', async () => {
    const r = seedsAnalysis();
    const ui = await open(r, { columns: 200, rows: 50 });
    const f = await ui.press(KEYS.right, 'j', 'j', 'j', 'j');
    const lines = f.split('\n');
    expect(lines).toHaveLength(50);
    expect(lines[1]).toMatch(/^ Outlets\s+5\s+─ RFE\/RL/);
    expect(selectedLine(f.split('\n').map((l) => l.slice(33)).join('\n'))).toContain('In a statement ahead of the U.S. presidential');
    expect(f).toContain('│ Counterparts (1)');
    expect(f).toMatch(/Reuters, syndicated copy · sentence 2 ·\s*\n.*near-verbatim · score 0\.9\d/);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(200);
  });
});
