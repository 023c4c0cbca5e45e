/**
 * The collation table: one row per content unit, one column per outlet, a symbol per cell
 * (copied, paraphrased, absent; * marks the unit's origin), and the unit's wording in the
 * selected outlet (or its first member's).
 */
import type { AnalysisResult, ContentUnit, UnitMember } from '../types.js';
import { clean } from './display-text.js';
import { ABSENT_SYMBOL, LABEL_SYMBOL, ORIGIN_SYMBOL, POINTER, QUOTE_SYMBOL, RELATION_LABEL } from './theme.js';
import { type Row, type Span, fit, wrapSpans } from './styled-text.js';

export function cellWidth(result: AnalysisResult, width: number): number {
  const n = Math.max(1, result.documents.length);
  return Math.max(4, Math.min(10, Math.floor((width - 41) / n)));
}

/** The member to show for a unit when `docId` is selected: that outlet's, else the first. */
export function unitMember(unit: ContentUnit, docId: string | undefined): UnitMember | undefined {
  return unit.members.find((m) => m.document === docId) ?? unit.members[0];
}

export function unitText(result: AnalysisResult, unit: ContentUnit, docId: string | undefined): string {
  const m = unitMember(unit, docId);
  const d = result.documents.find((x) => x.id === m?.document);
  return clean((m?.segments ?? []).map((i) => d?.segments[i]?.text ?? '').join(' '));
}

export function alignmentHeader(result: AnalysisResult, width: number, doc: number): Row {
  const cw = cellWidth(result, width);
  const row: Row = [{ text: '    #  ', tone: 'muted' }];
  result.documents.forEach((d, i) => {
    row.push({ text: fit(clean(d.outlet.name), cw - 1, true) + ' ', bold: i === doc, underline: i === doc, tone: i === doc ? 'accent' : 'muted' });
  });
  row.push({ text: 'wording', tone: 'muted' });
  return row;
}

export function alignmentRow(result: AnalysisResult, unit: ContentUnit, width: number, doc: number, selected: boolean): Row {
  const cw = cellWidth(result, width);
  const row: Row = [
    { text: selected ? POINTER : ' ', tone: 'accent' },
    { text: String(unit.id + 1).padStart(4) + ' ', tone: 'muted' }, // from 1, for people
    { text: unit.quote ? QUOTE_SYMBOL : ' ', tone: 'quote' },
    { text: ' ' },
  ];
  result.documents.forEach((d, i) => {
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
  const used = 7 + cw * result.documents.length;
  row.push({ text: fit(unitText(result, unit, result.documents[doc]?.id), Math.max(0, width - used)), tone: here ? undefined : 'muted', bold: selected });
  return row;
}

/** The selected unit in full, under the table: each member's wording. */
export function unitPreview(result: AnalysisResult, unit: ContentUnit | undefined, width: number): Row[] {
  if (!unit) return [[{ text: 'No content is shared between outlets.', tone: 'muted' }]];
  const rows: Row[] = [];
  for (const m of unit.members) {
    const d = result.documents.find((x) => x.id === m.document);
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
