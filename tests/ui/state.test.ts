import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedsAnalysis } from '../helpers.js';
import { initialState } from '../../src/ui/state/review-state.js';
import { reduceReview, scrollToShow, settle, type ReviewAction } from '../../src/ui/state/review-reducer.js';
import { articleRows } from '../../src/ui/article-rows.js';
import { computeLayout } from '../../src/ui/layout.js';
import { footerRow } from '../../src/ui/footer-row.js';
import { rowText, rowWidth, wrapSpans } from '../../src/ui/styled-text.js';
import { wordDiff } from '../../src/ui/word-diff.js';

const ACTIONS: ReviewAction[] = [
  { type: 'move', by: 1 }, { type: 'move', by: -1 }, { type: 'page', by: 1 }, { type: 'page', by: -1 },
  { type: 'edge', to: 'first' }, { type: 'edge', to: 'last' }, { type: 'outlet', by: 1 }, { type: 'outlet', by: -1 },
  { type: 'enter' }, { type: 'escape' }, { type: 'view', view: 'outlets' }, { type: 'view', view: 'detail' },
  { type: 'view', view: 'alignment' }, { type: 'view', view: 'provenance' }, { type: 'filter' }, { type: 'boilerplate' },
  { type: 'help' }, { type: 'search-start' }, { type: 'search-type', text: 'the' }, { type: 'search-commit' },
  { type: 'search-next', by: 1 }, { type: 'resize', size: { columns: 80, rows: 24 } }, { type: 'resize', size: { columns: 200, rows: 50 } },
  { type: 'resize', size: { columns: 50, rows: 14 } },
  { type: 'sort' }, { type: 'outlet-page', by: 1 }, { type: 'outlet-page', by: -1 }, { type: 'outlet-filter-start' },
  { type: 'outlet-filter-type', text: 'r' }, { type: 'outlet-filter-erase' }, { type: 'outlet-filter-commit' },
];

describe('wrapSpans', () => {
  it('never exceeds the width, loses no word and keeps spans\' tones', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé"“-]{1,30}$/), { minLength: 1, maxLength: 40 }), fc.integer({ min: 6, max: 100 }), (words, width) => {
        const rows = wrapSpans([{ text: words.join(' '), tone: 'copied' }], width, [{ text: '>> ' }], [{ text: '   ' }]);
        for (const r of rows) expect(rowWidth(r)).toBeLessThanOrEqual(width);
        expect(rows.map((r) => rowText(r).slice(3)).join('').replace(/\s/g, '')).toBe(words.join(''));
        for (const r of rows) for (const s of r.slice(1)) expect(s.tone).toBe('copied');
      }),
    );
  });
});

describe('scrollToShow', () => {
  it('keeps the selected rows inside the window, clear of the "more" rows, whatever the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 40 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 300 }), fc.nat(), fc.integer({ min: 0, max: 3 }), (height, total, top0, at, len) => {
        const a = at % total;
        const b = Math.min(total - 1, a + len);
        const t = scrollToShow(top0, [a, b], height, total);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(Math.max(0, total - height));
        const first = t + (t > 0 ? 1 : 0);
        const last = t + height - 1 - (t + height < total ? 1 : 0);
        expect(a).toBeGreaterThanOrEqual(first);
        // a block taller than the window shows from its start
        if (b - a + 1 <= height - 2) expect(b).toBeLessThanOrEqual(last);
        else expect(a).toBeLessThanOrEqual(t + 1);
      }),
    );
  });
});

describe('the reducer', () => {
  it('after any sequence of actions, the selection is a visible sentence shown on screen', () => {
    const r = seedsAnalysis();
    const ctx = { result: r, noColor: false };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 30 }), (actions) => {
        let s = settle(ctx, initialState(r, { columns: 80, rows: 24 }));
        for (const a of actions) s = reduceReview(ctx, s, a);
        if (s.quit) return;
        const d = r.documents[s.doc]!;
        const l = computeLayout(s.size, r.documents.length);
        const { rows, spans } = articleRows(d, l.articleWidth, { filter: s.filter, showBoilerplate: s.showBoilerplate, selected: s.selected[s.doc]! });
        const span = spans.get(s.selected[s.doc]!);
        if (spans.size > 0) {
          expect(span).toBeDefined();
          const top = s.top[s.doc]!;
          expect(span![0]).toBeGreaterThanOrEqual(top);
          if (span![1] - span![0] < l.articleHeight - 2) expect(span![1]).toBeLessThan(top + l.articleHeight);
        }
        expect(rows.length >= 0).toBe(true);
        expect(s.unit).toBeGreaterThanOrEqual(0);
        expect(s.unit).toBeLessThan(Math.max(1, r.units.length));
        // the footer always fits (it once looped forever on the help overlay)
        expect(rowWidth(footerRow(s, s.size.columns))).toBeLessThanOrEqual(Math.max(40, s.size.columns));
      }),
      { numRuns: 60 },
    );
  });

  it('quit is final', () => {
    const r = seedsAnalysis();
    const ctx = { result: r, noColor: false };
    const s = reduceReview(ctx, settle(ctx, initialState(r, { columns: 80, rows: 24 })), { type: 'quit' });
    expect(s.quit).toBe(true);
    expect(reduceReview(ctx, s, { type: 'move', by: 1 })).toBe(s);
  });
});

describe('wordDiff', () => {
  it('marks the words only in each sentence', () => {
    const d = wordDiff('Microsoft MSFT.O said on Thursday', 'Microsoft said on Thursday', true);
    expect(d.before.map((s) => s.text).join('')).toBe('Microsoft [-MSFT.O-] said on Thursday');
    expect(d.after.map((s) => s.text).join('')).toBe('Microsoft said on Thursday');
    expect(d.before.find((s) => s.tone === 'deleted')?.text).toBe('[-MSFT.O-]');
    expect([d.deleted, d.inserted]).toEqual([1, 0]);
    const c = wordDiff('re-election bid', 'reelection bid');
    expect(c.before.find((s) => s.tone === 'deleted')?.text).toBe('re-election');
    expect(c.after.find((s) => s.tone === 'inserted')?.text).toBe('reelection');
  });
});
