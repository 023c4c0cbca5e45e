/**
 * The screen as data: a row is a list of spans, each with a tone and a few attributes. Views are
 * pure functions that build rows for a width; one component draws them. Widths count code points
 * (article text is sanitised first; Ink truncates whatever still overflows).
 */
import type { Tone } from './theme.js';

export interface Span {
  text: string;
  tone?: Tone;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
  underline?: boolean;
}
export type Row = Span[];

export const textWidth = (s: string): number => [...s].length;
export const rowWidth = (row: Row): number => row.reduce((n, s) => n + textWidth(s.text), 0);
export const rowText = (row: Row): string => row.map((s) => s.text).join('');

/** Cut to `width` code points with an ellipsis; pad with spaces when `pad`. */
export function fit(text: string, width: number, pad = false): string {
  if (width <= 0) return '';
  const chars = [...text];
  const out = chars.length <= width ? text : chars.slice(0, width - 1).join('') + '…';
  return pad ? out + ' '.repeat(Math.max(0, width - textWidth(out))) : out;
}

/** Keep the first `width` columns of a row, cutting the last span with an ellipsis. */
export function clipRow(row: Row, width: number): Row {
  if (rowWidth(row) <= width) return row;
  const out: Row = [];
  let left = width;
  for (const s of row) {
    const w = textWidth(s.text);
    if (w < left) {
      out.push(s);
      left -= w;
      continue;
    }
    out.push({ ...s, text: fit(s.text, left) });
    break;
  }
  return out;
}

/**
 * Word-wrap spans into rows of at most `width` columns. The first row starts after `first` (a
 * gutter), later rows after `rest`; words longer than a row are broken.
 */
export function wrapSpans(spans: readonly Span[], width: number, first: Row = [], rest: Row = first): Row[] {
  const rows: Row[] = [];
  let row: Row = first.map((s) => ({ ...s }));
  let gutter = row.length;
  let room = Math.max(1, width - rowWidth(first));
  const restRoom = Math.max(1, width - rowWidth(rest));
  let empty = true;
  const same = (a: Span, b: Omit<Span, 'text'>): boolean =>
    a.tone === b.tone && a.bold === b.bold && a.dim === b.dim && a.inverse === b.inverse && a.underline === b.underline;
  const push = (text: string, style: Omit<Span, 'text'>): void => {
    const last = row[row.length - 1];
    if (last && row.length > gutter && same(last, style)) last.text += text;
    else row.push({ ...style, text });
  };
  const newline = (): void => {
    const last = row[row.length - 1];
    if (last && row.length > gutter) last.text = last.text.replace(/\s+$/, '');
    rows.push(row.filter((s, i) => i < gutter || s.text.length > 0));
    row = rest.map((s) => ({ ...s }));
    gutter = row.length;
    room = restRoom;
    empty = true;
  };
  for (const span of spans) {
    const { text, ...style } = span;
    for (const token of text.match(/\S+|\s+/g) ?? []) {
      if (/^\s/.test(token)) {
        if (empty) continue; // no white space at the start of a row
        if (room <= 1) newline();
        else {
          push(' ', style);
          room -= 1;
        }
        continue;
      }
      let word = [...token];
      while (word.length > 0) {
        if (word.length <= room) {
          push(word.join(''), style);
          room -= word.length;
          empty = false;
          word = [];
        } else if (!empty && word.length <= restRoom) {
          newline();
        } else {
          push(word.slice(0, room).join(''), style);
          word = word.slice(room);
          empty = false;
          newline();
        }
      }
    }
  }
  if (!empty || rows.length === 0) newline();
  return rows;
}
