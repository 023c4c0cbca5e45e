/** The footer as a row: the legend on the left, key hints on the right; what does not fit is dropped. */
import type { ReviewState } from './state/review-state.js';
import { clean } from './display-text.js';
import { LABEL_SYMBOL, QUOTE_SYMBOL } from './theme.js';
import { type Row, type Span, fit, rowWidth, textWidth } from './styled-text.js';

/** How many outlets the list shows, of how many. */
export interface OutletCount {
  shown: number;
  total: number;
}

export function footerHints(s: ReviewState, outlets?: OutletCount): string[] {
  if (s.help) return ['↑↓ scroll', 'Esc close', 'q quit'];
  const state: string[] = [];
  if (s.outletFilter.query !== '') state.push(`outlets “${clean(s.outletFilter.query)}”: ${outlets ? `${outlets.shown} of ${outlets.total}` : 'filtered'} · Esc clears`);
  if (s.filter !== 'all') state.push(`only ${s.filter}`);
  if (!s.showBoilerplate) state.push('boilerplate hidden');
  switch (s.view) {
    case 'outlets':
      return [...state, '←→ outlet', '⏎ detail', '? help', 'q quit'];
    case 'detail':
      return [...state, 'PgDn scroll', '? help', 'Esc back', 'q quit'];
    case 'alignment':
      return ['←→ outlet', '⏎ go to sentence', '? help', 'q quit'];
    case 'provenance':
      return ['↑↓ scroll', '? help', 'q quit'];
  }
}

const LEGEND: Span[] = [
  { text: `${LABEL_SYMBOL.copied} copied`, tone: 'copied' },
  { text: `${LABEL_SYMBOL.paraphrased} paraphrased`, tone: 'paraphrased' },
  { text: `${LABEL_SYMBOL.unique} unique`, tone: 'unique' },
  { text: `${LABEL_SYMBOL.boilerplate} boilerplate`, tone: 'boilerplate' },
  { text: `${QUOTE_SYMBOL} quote`, tone: 'quote' },
];

export function footerRow(s: ReviewState, width: number, outlets?: OutletCount): Row {
  if (s.message) return [{ text: ' ' + fit(s.message, width - 1), tone: 'accent' }];
  const hints = footerHints(s, outlets);
  // State hints (the filter, hidden boilerplate) come first and are kept; key hints are dropped
  // from the left, keeping the last two (help, quit); then legend entries from the right.
  const keys = s.help ? hints.length : s.view === 'outlets' || s.view === 'detail' ? 4 : hints.length;
  const fixed = Math.max(0, hints.length - keys);
  let legend = !s.help && (s.view === 'outlets' || s.view === 'detail') ? [...LEGEND] : [];
  const render = (h: string[], l: Span[]): Row => {
    const left: Row = [{ text: ' ' }];
    l.forEach((x, i) => left.push(...(i ? [{ text: ' ' }] : []), x));
    const right = h.join(' · ') + ' ';
    const gap = Math.max(1, width - rowWidth(left) - textWidth(right));
    return [...left, { text: ' '.repeat(gap) }, { text: right, tone: 'muted' }];
  };
  let h = hints;
  while (rowWidth(render(h, legend)) > width && h.length > fixed + 2) h = [...h.slice(0, fixed), ...h.slice(fixed + 1)];
  while (rowWidth(render(h, legend)) > width && legend.length > 0) legend = legend.slice(0, -1);
  // Very narrow: state hints go too, from the last, then the key hints are cut to the width.
  while (rowWidth(render(h, legend)) > width && h.length > 2) h = h.slice(1);
  const row = render(h, legend);
  return rowWidth(row) > width ? [{ text: fit(' ' + h.join(' · '), width), tone: 'muted' }] : row;
}
