/**
 * Text inside SVG does not wrap or measure itself: labels are broken into lines here, and boxes
 * sized from an estimate of the text's width (a fixed width per character of the graph's font
 * size), so the layout and the page's bytes never depend on the fonts of the machine that made it.
 */
import { plainText, truncateText } from '../report/markdown-escape.js';

/** Estimated width of a character at the graph's 13 px font (a little over the average of sans-serif fonts). */
export const CHAR_WIDTH = 7.4;
export const LINE_HEIGHT = 17;

/** At most `maxLines` lines of at most `width` characters, broken at spaces; the last cut with an ellipsis. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = plainText(text).split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line === '' ? word : `${line} ${word}`;
    if ([...next].length <= width || line === '') {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines - 1) {
      lines.push(truncateText(words.slice(i).join(' '), width));
      return lines.map((l) => truncateText(l, width));
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => truncateText(l, width));
}

export const textWidth = (lines: readonly string[]): number => Math.max(0, ...lines.map((l) => [...l].length)) * CHAR_WIDTH;
