/** The outlet list: a row per outlet (narrow) or a block per outlet (sidebar), each with its composition bar. */
import type { AnalysisResult, AnalyzedDocument } from '../types.js';
import { BAR_GLYPHS, compositionBar } from '../summary/format-summary.js';
import { percent } from '../text/percent.js';
import { clean } from './display-text.js';
import { POINTER, type Tone } from './theme.js';
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

/** One row per outlet, for the list above the article. */
export function outletListRows(result: AnalysisResult, current: number, width: number, height: number): Row[] {
  const docs = result.documents;
  const nameWidth = Math.min(24, Math.max(6, ...docs.map((d) => [...clean(d.outlet.name)].length)));
  const barWidth = Math.max(6, Math.min(20, width - nameWidth - 4 - 21 - 2));
  const first = Math.max(0, Math.min(current - Math.floor(height / 2), docs.length - height));
  const shown = docs.slice(first, first + height);
  const above = first;
  const below = docs.length - first - shown.length;
  return shown.map((d, k) => {
    const i = first + k;
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

/** A block of rows per outlet, for the sidebar. */
export function sidebarRows(result: AnalysisResult, current: number, width: number): Row[] {
  const rows: Row[] = [[{ text: ' Outlets', bold: true }, { text: `  ${result.documents.length}`, tone: 'muted' }], []];
  result.documents.forEach((d, i) => {
    const on = i === current;
    const mark: Span = { text: on ? POINTER + ' ' : '  ', tone: 'accent' };
    rows.push([mark, { text: fit(clean(d.outlet.name), width - 3), bold: on, ...(on ? { tone: 'accent' as const } : {}) }]);
    rows.push([mark, ...barSpans(d, Math.min(20, width - 4))]);
    rows.push([mark, ...figures(d), { text: `  ${d.stats.articleWords} w`, tone: 'muted' }]);
    rows.push([]);
  });
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
