/** The help overlay: every key, grouped. */
import { LABEL_SYMBOL, ORIGIN_SYMBOL, QUOTE_SYMBOL, POINTER } from './theme.js';
import { type Row, fit, wrapSpans } from './styled-text.js';

export const KEYS: readonly [string, string][] = [
  ['↑ ↓  j k', 'move to the previous / next sentence (or table row)'],
  ['PgUp PgDn  space', 'scroll a page'],
  ['g  G', 'first / last'],
  ['← →  Tab  S-Tab', 'previous / next outlet (of those the list shows)'],
  ['[  ]', 'a page of outlets up / down'],
  ['o', 'filter the outlets by name (type; Enter keeps it, Esc clears it)'],
  ['s', 'sort the outlets: input order → most reused by others → most copied from others'],
  ['Enter', 'detail of the sentence; in the table, jump to the sentence'],
  ['Esc', 'close the detail, the help or the search; clear the outlet filter'],
  ['1 2 3 4', 'outlets · detail · alignment · provenance'],
  ['f', 'filter: all → copied → paraphrased → unique'],
  ['b', 'show / hide boilerplate'],
  ['/', 'search the text; Enter jumps to the first match'],
  ['n  N', 'next / previous match'],
  ['?', 'this help'],
  ['q  Ctrl-C', 'quit'],
];

export function helpRows(width: number): Row[] {
  const rows: Row[] = [[{ text: 'Keys', bold: true, underline: true }]];
  for (const [k, what] of KEYS) rows.push(...wrapSpans([{ text: what }], width, [{ text: '  ' }, { text: fit(k, 18, true), tone: 'accent', bold: true }, { text: ' ' }], [{ text: ' '.repeat(21) }]));
  rows.push([]);
  rows.push([{ text: 'Symbols', bold: true, underline: true }]);
  const sym: [string, string, Row[number]['tone']][] = [
    [LABEL_SYMBOL.copied, 'copied: an identical or near-verbatim counterpart in another outlet', 'copied'],
    [LABEL_SYMBOL.paraphrased, 'paraphrased: the same content reworded', 'paraphrased'],
    [LABEL_SYMBOL.unique, 'unique: only this outlet has it', 'unique'],
    [LABEL_SYMBOL.boilerplate, 'boilerplate: navigation, captions, credits, footers (dimmed)', 'boilerplate'],
    [QUOTE_SYMBOL, 'shared quote: words inside quotation marks, evidence of a common source, not of copying (counted apart in the composition bars and figures)', 'quote'],
    [ORIGIN_SYMBOL, 'the outlet the content most likely came from (alignment table)', 'muted'],
    [POINTER, 'the selected sentence', 'accent'],
  ];
  for (const [s, what, tone] of sym) rows.push(...wrapSpans([{ text: what }], width, [{ text: '  ' }, { text: s, tone }, { text: '  ' }], [{ text: '     ' }]));
  rows.push([]);
  rows.push(...wrapSpans([{ text: 'A diff reads from the counterpart to this outlet\'s sentence, as in the report: words only in the counterpart are marked −, words only in this outlet +. With NO_COLOR set they are bracketed: [-deleted-] {+inserted+}.', tone: 'muted' }], width));
  return rows;
}
