/** The outlet list: a row per outlet (narrow) or a block per outlet (sidebar), each with its composition bar. */
import type { AnalysisResult, AnalyzedDocument } from '../types.js';
import { BAR_GLYPHS, compositionBar } from '../summary/format-summary.js';
import { percent } from '../text/percent.js';
import { clean } from './display-text.js';
import { POINTER, type Tone } from './theme.js';
import { SIDEBAR_BLOCK } from './layout.js';
import { windowStart } from './outlet-order.js';
import { type Row, type Span, fit, rowWidth } from './styled-text.js';

const GLYPH_TONES = new Map<string, Tone>([
  [BAR_GLYPHS.copied, 'copied'],
  [BAR_GLYPHS.paraphrased, 'paraphrased'],
  [BAR_GLYPHS.quote, 'quote'],
  [BAR_GLYPHS.unique, 'unique'],
]);

/** A composition bar as spans, so each part takes its label's tone. */
export function barSpans(d: AnalyzedDocument, width: number): Span[] {
  const bar = compositionBar(d.stats, width);
  const parts: Span[] = [];
  for (const ch of bar) {
    const tone = GLYPH_TONES.get(ch);
    const last = parts[parts.length - 1];
    if (last && last.tone === tone) last.text += ch;
    else parts.push(tone ? { text: ch, tone } : { text: ch });
  }
  return parts;
}

/** Copied prose, paraphrased prose, shared quotes, unique: the bar's parts in figures. */
const figures = (d: AnalyzedDocument): Span[] => [
  { text: percent(d.stats.copiedProse).padStart(4), tone: 'copied' },
  { text: percent(d.stats.paraphrasedProse).padStart(5), tone: 'paraphrased' },
  { text: percent(d.stats.sharedQuote).padStart(5), tone: 'quote' },
  { text: percent(d.stats.unique).padStart(5), tone: 'unique' },
];

const nameWidths = new WeakMap<AnalysisResult, number>();

/** The name column's width: the longest outlet name, 6 to 24 (over every outlet, so it does not change as the list scrolls). */
function nameColumn(result: AnalysisResult): number {
  let w = nameWidths.get(result);
  if (w === undefined) {
    w = Math.min(24, result.documents.reduce((n, d) => Math.max(n, [...clean(d.outlet.name)].length), 6));
    nameWidths.set(result, w);
  }
  return w;
}

/** What the list says when the outlet filter leaves nothing. */
const noOutlet = (query: string): Row => [{ text: `  No outlet's name contains “${clean(query)}” · Esc clears`, tone: 'muted' }];

/**
 * One row per outlet, for the list above the article: a window of `height` rows of the outlets
 * shown (`order`, indices into result.documents), around the current one. Only those rows are built.
 */
export function outletListRows(result: AnalysisResult, order: readonly number[], current: number, width: number, height: number, query = ''): Row[] {
  if (order.length === 0) return [noOutlet(query)];
  const docs = result.documents;
  const nameWidth = nameColumn(result);
  const barWidth = Math.max(6, Math.min(20, width - nameWidth - 4 - 21 - 2));
  const first = windowStart(Math.max(0, order.indexOf(current)), height, order.length);
  const shown = order.slice(first, first + height);
  const above = first;
  const below = order.length - first - shown.length;
  return shown.map((i, k) => {
    const d = docs[i]!;
    const on = i === current;
    const row: Row = [
      { text: on ? POINTER : ' ', tone: 'accent' },
      { text: ' ' + fit(clean(d.outlet.name), nameWidth, true) + '  ', bold: on, ...(on ? { tone: 'accent' as const } : {}) },
      ...barSpans(d, barWidth),
      ...figures(d),
    ];
    // Outlets the list has no room for are counted where the word count would stand (←/→ reach them).
    const more = k === 0 && above > 0 ? `  ↑ ${above} more` : k === shown.length - 1 && below > 0 ? `  ↓ ${below} more` : undefined;
    const tail = more ?? `  ${String(d.stats.articleWords).padStart(5)} words`;
    if (rowWidth(row) + tail.length <= width) row.push({ text: tail, tone: more ? 'accent' : 'muted' });
    return row;
  });
}

/**
 * A block of rows per outlet, for the sidebar: its heading (how many outlets, of how many when
 * filtered), then as many blocks as `height` holds, around the current outlet; only those are built.
 */
export function sidebarRows(result: AnalysisResult, order: readonly number[], current: number, width: number, height: number, query = ''): Row[] {
  const total = result.documents.length;
  const count = order.length === total ? `  ${total}` : `  ${order.length} of ${total}`;
  const rows: Row[] = [[{ text: ' Outlets', bold: true }, { text: count, tone: 'muted' }]];
  if (order.length === 0) return [...rows, [], noOutlet(query)];
  const blocks = Math.max(1, Math.floor((height - 2) / SIDEBAR_BLOCK));
  const first = windowStart(Math.max(0, order.indexOf(current)), blocks, order.length);
  const shown = order.slice(first, first + blocks);
  const below = order.length - first - shown.length;
  rows.push(first > 0 ? [{ text: `  ↑ ${first} more · [`, tone: 'accent' }] : []);
  for (const i of shown) {
    const d = result.documents[i]!;
    const on = i === current;
    const mark: Span = { text: on ? POINTER + ' ' : '  ', tone: 'accent' };
    rows.push([mark, { text: fit(clean(d.outlet.name), width - 3), bold: on, ...(on ? { tone: 'accent' as const } : {}) }]);
    rows.push([mark, ...barSpans(d, Math.min(20, width - 4))]);
    rows.push([mark, ...figures(d), { text: `  ${d.stats.articleWords} w`, tone: 'muted' }]);
    rows.push([]);
  }
  if (below > 0) rows[rows.length - 1] = [{ text: `  ↓ ${below} more · ]`, tone: 'accent' }];
  return rows;
}

/** The rule over the article: outlet, words, composition, and whether it is wire copy. */
export function articleTitleRow(d: AnalyzedDocument, width: number, hiddenNote: string): Row {
  const s = d.stats;
  const head: Span[] = [
    { text: '─ ', tone: 'muted' },
    { text: clean(d.outlet.name), bold: true },
    { text: d.outlet.wire ? ` · wire copy${d.outlet.agency ? ` (${clean(d.outlet.agency)})` : ''}` : '', tone: 'muted' },
    { text: ` · ${s.articleWords} words`, tone: 'muted' },
  ];
  const figures: Span[] = [
    { text: ' · ', tone: 'muted' },
    { text: `${percent(s.copiedProse)} copied`, tone: 'copied' },
    { text: ' · ', tone: 'muted' },
    { text: `${percent(s.paraphrasedProse)} paraphrased`, tone: 'paraphrased' },
    { text: ' · ', tone: 'muted' },
    { text: `${percent(s.sharedQuote)} quotes`, tone: 'quote' },
    { text: ' · ', tone: 'muted' },
    { text: `${percent(s.unique)} unique`, tone: 'unique' },
  ];
  const tail: Span[] = [{ text: hiddenNote, tone: 'muted' }, { text: ' ' }];
  // The figures repeat the outlet list's: they give way first when the row is too narrow.
  const withFigures = [...head, ...figures, ...tail];
  const parts = rowWidth(withFigures) <= width ? withFigures : [...head, ...tail];
  const used = rowWidth(parts);
  if (used < width) parts.push({ text: '─'.repeat(width - used), tone: 'muted' });
  return parts;
}
