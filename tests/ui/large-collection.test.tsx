/**
 * The review on 2,000 generated documents (bench/synthetic-corpus.mjs: words written for it, no
 * data set), analysed once by the real engine: the outlet list scrolls, filters by name and sorts
 * by reuse, the selection stays on its outlet, and no view draws a row or column per outlet.
 * (How long a frame takes is measured by `npm run bench:review`, not here.)
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { analyzeDocuments } from '../../src/analyze.js';
import { seededRandom } from '../../src/exercise/seeded-random.js';
import type { AnalysisResult } from '../../src/types.js';
import { initialState } from '../../src/ui/state/review-state.js';
import { reduceReview, settle, shownOutlets, type ReviewAction } from '../../src/ui/state/review-reducer.js';
import { heaviestReusers, mostReusedSources, reuseFigures } from '../../src/summary/reuse-ranking.js';
import { syntheticCorpus } from '../../bench/synthetic-corpus.mjs';
import { KEYS, open } from './helpers.js';

afterEach(() => cleanup());

let result: AnalysisResult;
beforeAll(() => {
  result = analyzeDocuments(syntheticCorpus(2000, seededRandom(7)), { name: 'generated' });
});

const name = (i: number): string => result.documents[i]!.outlet.name;
/** The outlet whose article the screen shows (the rule over the article). */
const current = (frame: string): string => /─ (.+?) ·/.exec(frame.split('\n').find((l) => l.startsWith('─ ')) ?? '')?.[1] ?? '';
const listed = (frame: string): string[] => frame.split('\n').slice(1, 7).map((l) => /^.\s(\S+ \S+ \d+)/.exec(l)?.[1] ?? '');

describe('the review of 2,000 documents', () => {
  it('has 2,000 documents and reuse to sort by', () => {
    expect(result.documents).toHaveLength(2000);
    expect(result.provenance.edges.length).toBeGreaterThan(100);
  });

  it('shows a window of the outlet list, which scrolls with the selection, a page at a time with [ and ]', async () => {
    const ui = await open(result);
    let f = ui.frame();
    const lines = f.split('\n');
    expect(lines).toHaveLength(24);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
    expect(listed(f).slice(0, 5)).toEqual([0, 1, 2, 3, 4].map(name));
    expect(f).toContain('↓ 1994 more');
    expect(lines[0]).toContain('⇅ input order');
    f = await ui.press(']', ']');
    expect(current(f)).toBe(name(12));
    expect(f).toMatch(/↑ \d+ more/);
    expect(listed(f)).toContain(name(12));
    f = await ui.press('[');
    expect(current(f)).toBe(name(6));
    // ← from the first wraps to the last
    f = await ui.press('[', '[', KEYS.left);
    expect(current(f)).toBe(name(1999));
    expect(f).toContain('↑ 1994 more');
  });

  it('filters by name: o opens the prompt, the list narrows as one types, Enter keeps it, Esc clears it', async () => {
    const ui = await open(result);
    const kestrelEcho = result.documents.filter((d) => d.outlet.name.startsWith('Kestrel Echo ')).length;
    let f = await ui.press('o');
    expect(f.split('\n').at(-1)).toMatch(/outlets: .* 2000 of 2000 · Enter keep · Esc clear/);
    f = await ui.type('kestrel echo');
    expect(f.split('\n').at(-1)).toContain(`${kestrelEcho} of 2000`);
    expect(current(f)).toMatch(/^Kestrel Echo /);
    for (const n of listed(f).filter((x) => x !== '')) expect(n).toMatch(/^Kestrel Echo /);
    f = await ui.press(KEYS.enter);
    expect(f.split('\n').at(-1)).toContain(`outlets “kestrel echo”: ${kestrelEcho} of 2000 · Esc clears`);
    // ← → move among the outlets shown
    const first = current(f);
    f = await ui.press(KEYS.right);
    expect(current(f)).toMatch(/^Kestrel Echo /);
    expect(current(f)).not.toBe(first);
    const chosen = current(f);
    // clearing the filter keeps the selection on the same outlet
    f = await ui.press(KEYS.escape);
    expect(f).not.toContain('kestrel echo');
    expect(current(f)).toBe(chosen);
    expect(listed(f)).toContain(chosen);
    // a filter nothing matches says so; while typing, the outlet selected before comes back when shown again
    f = await ui.press('o');
    f = await ui.type('zzz');
    expect(f).toContain('No outlet\'s name contains “zzz” · Esc clears');
    f = await ui.press(KEYS.backspace, KEYS.backspace, KEYS.backspace);
    expect(current(f)).toBe(chosen);
    f = await ui.type('kestrel');
    expect(current(f)).toBe(chosen);
    f = await ui.type('x');
    expect(f).toContain('No outlet\'s name contains “kestrelx”');
    f = await ui.press(KEYS.escape);
    expect(current(f)).toBe(chosen);
    expect(f.split('\n').at(-1)).not.toContain('outlets “');
  });

  it('cycles the sort with s, shown in the header; the selection stays on its outlet', async () => {
    const ui = await open(result);
    let f = await ui.press(KEYS.right, KEYS.right);
    const chosen = current(f);
    f = await ui.press('s');
    expect(f.split('\n')[0]).toContain('⇅ most reused');
    expect(f.split('\n').at(-1)).toContain('Outlets in order: most reused by others first · s next order');
    expect(current(f)).toBe(chosen);
    f = await ui.press('s');
    expect(f.split('\n')[0]).toContain('⇅ most copying');
    expect(f.split('\n').at(-1)).toContain('most copied from others first');
    expect(current(f)).toBe(chosen);
    f = await ui.press('s');
    expect(f.split('\n')[0]).toContain('⇅ input order');
  });

  it('orders by the reuse figures the edges carry, and keeps the outlet across filter and sort (the reducer)', () => {
    const ctx = { result, noColor: true };
    let s = settle(ctx, initialState(result, { columns: 80, rows: 24 }));
    const act = (...as: ReviewAction[]): void => {
      for (const a of as) s = reduceReview(ctx, s, a);
    };
    const f = reuseFigures(result);
    act({ type: 'sort' });
    const reused = shownOutlets(ctx, s);
    expect(reused).toHaveLength(2000);
    expect(reused.slice(0, 10)).toEqual(mostReusedSources(result, 10));
    for (let k = 1; k < reused.length; k++) expect(f[reused[k - 1]!]!.reusedBy).toBeGreaterThanOrEqual(f[reused[k]!]!.reusedBy);
    act({ type: 'sort' });
    const taking = shownOutlets(ctx, s);
    expect(taking.slice(0, 10)).toEqual(heaviestReusers(result, 10));
    for (let k = 1; k < taking.length; k++) expect(f[taking[k - 1]!]!.takenShare).toBeGreaterThanOrEqual(f[taking[k]!]!.takenShare);
    // the first → after sorting goes to the next in the sorted list
    const at = taking.indexOf(s.doc);
    act({ type: 'outlet', by: 1 });
    expect(s.doc).toBe(taking[at + 1]);
    const chosen = s.doc;
    const town = name(chosen).split(' ')[0]!;
    act({ type: 'outlet-filter-start' }, ...[...town].map((c) => ({ type: 'outlet-filter-type', text: c }) as const), { type: 'outlet-filter-commit' });
    expect(s.doc).toBe(chosen);
    expect(shownOutlets(ctx, s).every((i) => name(i).startsWith(town))).toBe(true);
    act({ type: 'sort' });
    expect(s.doc).toBe(chosen);
  });

  it('searches every outlet: Enter, n and N walk the sentences containing the query in order, wrapping, with their count', async () => {
    const ctx = { result, noColor: true };
    const holding = (q: string) =>
      result.documents.flatMap((d, doc) => d.segments.filter((seg) => seg.text.toLowerCase().includes(q)).map((seg) => ({ doc, id: seg.id })));
    const lighthouse = holding('lighthouse');
    const harbour = holding('harbour');
    expect(new Set(lighthouse.map((m) => m.doc)).size).toBeGreaterThan(50);
    expect(harbour.length).not.toBe(lighthouse.length);
    let s = settle(ctx, initialState(result, { columns: 80, rows: 24 }));
    const act = (...as: ReviewAction[]): void => {
      for (const a of as) s = reduceReview(ctx, s, a);
    };
    const search = (q: string): void => act({ type: 'search-start' }, ...[...q].map((c) => ({ type: 'search-type', text: c }) as const), { type: 'search-commit' });
    const at = () => ({ doc: s.doc, id: s.selected[s.doc] });
    const start = at();
    // the first match after the selection, in any case; the footer counts every sentence holding it
    search('LightHouse');
    const k = lighthouse.findIndex((m) => m.doc > start.doc || (m.doc === start.doc && m.id > start.id!));
    expect(at()).toEqual(lighthouse[k]);
    expect(s.message).toBe(`“LightHouse”: ${lighthouse.length} sentences · n next · N previous`);
    for (let j = 1; j <= 5; j++) {
      act({ type: 'search-next', by: 1 });
      expect(at()).toEqual(lighthouse[k + j]);
    }
    act({ type: 'search-next', by: -1 });
    expect(at()).toEqual(lighthouse[k + 4]);
    // N from the first match wraps to the last
    for (let j = 0; j < k + 5; j++) act({ type: 'search-next', by: -1 });
    expect(at()).toEqual(lighthouse.at(-1));
    act({ type: 'search-next', by: 1 });
    expect(at()).toEqual(lighthouse[0]);
    // another query has its own matches and count, and the first is the same again after it
    search('harbour');
    expect(s.message).toBe(`“harbour”: ${harbour.length} sentences · n next · N previous`);
    expect(harbour).toContainEqual(at());
    const from = at();
    search('lighthouse');
    expect(s.message).toBe(`“lighthouse”: ${lighthouse.length} sentences · n next · N previous`);
    expect(at()).toEqual(lighthouse.find((m) => m.doc > from.doc || (m.doc === from.doc && m.id > from.id!)));
    // on the screen: the outlet of the first match, the count in the footer
    const ui = await open(result);
    const f = await ui.press('/', ...'lighthouse', KEYS.enter);
    expect(current(f)).toBe(name(lighthouse[k]!.doc));
    expect(f.split('\n').at(-1)).toContain(`“lighthouse”: ${lighthouse.length} sentences`);
  });

  it('draws the sidebar, detail, alignment and provenance views without a row or column per outlet', async () => {
    const ui = await open(result, { columns: 120, rows: 30 });
    let f = ui.frame();
    expect(f.split('\n')).toHaveLength(30);
    expect(f).toContain('Outlets  2000');
    expect(f).toMatch(/↓ \d+ more · \]/);
    f = await ui.press(KEYS.enter);
    expect(f).toContain(`${name(0)} · sentence 1 of`);
    f = await ui.press('3');
    expect(f).toMatch(/outlets \d+ of 2000, ←→/);
    for (const l of f.split('\n')) expect([...l].length).toBeLessThanOrEqual(120);
    f = await ui.press('4');
    expect(f).toMatch(/\d+ edges among 2000 outlets: .+ first, then the 20 strongest others/);
    expect(f.split('\n')).toHaveLength(30);
  });
});
