/**
 * The collation table: one row per content unit, one column per outlet, a symbol per cell
 * (copied, paraphrased, absent; * marks the unit's origin), and the unit's wording in the
 * selected outlet (or its first member's).
 */
import type { AnalysisResult, ContentUnit, UnitMember } from '../types.js';
import { clean, documentOf } from './display-text.js';
import { windowStart } from './outlet-order.js';
import { ABSENT_SYMBOL, LABEL_SYMBOL, ORIGIN_SYMBOL, POINTER, QUOTE_SYMBOL, RELATION_LABEL } from './theme.js';
import { type Row, type Span, fit, wrapSpans } from './styled-text.js';

/** Columns left for the wording, at least. */
const WORDING_ROOM = 41;

export function cellWidth(columns: number, width: number): number {
  return Math.max(4, Math.min(10, Math.floor((width - WORDING_ROOM) / Math.max(1, columns))));
}

/**
 * The outlets the table has columns for: every shown outlet (`order`) when they fit, else as many
 * as fit, around the selected one (`doc`, an index into result.documents). Indices, in list order.
 */
export function alignmentColumns(order: readonly number[], doc: number, width: number): number[] {
  const cw = cellWidth(order.length, width);
  const fit = Math.max(1, Math.floor((width - WORDING_ROOM) / cw));
  if (order.length <= fit) return [...order];
  return order.slice(windowStart(Math.max(0, order.indexOf(doc)), fit, order.length)).slice(0, fit);
}

/** The member to show for a unit when `docId` is selected: that outlet's, else the first. */
export function unitMember(unit: ContentUnit, docId: string | undefined): UnitMember | undefined {
  return unit.members.find((m) => m.document === docId) ?? unit.members[0];
}

export function unitText(result: AnalysisResult, unit: ContentUnit, docId: string | undefined): string {
  const m = unitMember(unit, docId);
  const d = documentOf(result, m?.document);
  return clean((m?.segments ?? []).map((i) => d?.segments[i]?.text ?? '').join(' '));
}

export function alignmentHeader(result: AnalysisResult, columns: readonly number[], width: number, doc: number): Row {
  const cw = cellWidth(columns.length, width);
  const row: Row = [{ text: '    #  ', tone: 'muted' }];
  columns.forEach((i) => {
    const d = result.documents[i]!;
    row.push({ text: fit(clean(d.outlet.name), cw - 1, true) + ' ', bold: i === doc, underline: i === doc, tone: i === doc ? 'accent' : 'muted' });
  });
  row.push({ text: 'wording', tone: 'muted' });
  return row;
}

export function alignmentRow(result: AnalysisResult, unit: ContentUnit, columns: readonly number[], width: number, doc: number, selected: boolean): Row {
  const cw = cellWidth(columns.length, width);
  const row: Row = [
    { text: selected ? POINTER : ' ', tone: 'accent' },
    { text: String(unit.id + 1).padStart(4) + ' ', tone: 'muted' }, // from 1, for people
    { text: unit.quote ? QUOTE_SYMBOL : ' ', tone: 'quote' },
    { text: ' ' },
  ];
  columns.forEach((i) => {
    const d = result.documents[i]!;
    const m = unit.members.find((x) => x.document === d.id);
    const sym = m ? LABEL_SYMBOL[RELATION_LABEL[m.relation]] : ABSENT_SYMBOL;
    const origin = unit.origin === d.id ? ORIGIN_SYMBOL : ' ';
    const cell: Span = { text: sym + origin };
    if (m) cell.tone = RELATION_LABEL[m.relation];
    else cell.tone = 'muted';
    if (selected && i === doc) cell.inverse = true;
    row.push(cell, { text: ' '.repeat(cw - 2) });
  });
  const here = unit.members.some((m) => m.document === result.documents[doc]?.id);
  const used = 7 + cw * columns.length;
  row.push({ text: fit(unitText(result, unit, result.documents[doc]?.id), Math.max(0, width - used)), tone: here ? undefined : 'muted', bold: selected });
  return row;
}

/** The selected unit in full, under the table: each member's wording. */
export function unitPreview(result: AnalysisResult, unit: ContentUnit | undefined, width: number): Row[] {
  if (!unit) return [[{ text: 'No content is shared between outlets.', tone: 'muted' }]];
  const rows: Row[] = [];
  for (const m of unit.members) {
    const d = documentOf(result, m.document);
    const tone = RELATION_LABEL[m.relation];
    const text = clean(m.segments.map((i) => d?.segments[i]?.text ?? '').join(' '));
    const name = fit(clean(d?.outlet.name ?? m.document), 12, true);
    rows.push(...wrapSpans([{ text, tone }], width, [{ text: LABEL_SYMBOL[tone] + ' ', tone }, { text: name + ' ', tone: 'muted', bold: true }], [{ text: ' '.repeat(15) }]));
  }
  return rows;
}

export function alignmentLegend(): Row {
  return [
    { text: `${LABEL_SYMBOL.copied} copied `, tone: 'copied' },
    { text: `${LABEL_SYMBOL.paraphrased} paraphrased `, tone: 'paraphrased' },
    { text: `${ABSENT_SYMBOL} absent  `, tone: 'muted' },
    { text: `${ORIGIN_SYMBOL} origin  `, tone: 'muted' },
    { text: `${QUOTE_SYMBOL} shared quote only`, tone: 'quote' },
  ];
}
