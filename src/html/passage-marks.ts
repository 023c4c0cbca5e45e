/**
 * A passage as the pages mark it: wrapped in the span of its kind (colour and underline from the
 * style sheet) with the kind's symbol before it, and the legend that explains them.
 */
import { escapeHtml } from './html-escape.js';
import { PASSAGE_STYLE, type PassageKind } from './label-palette.js';

/** The symbol of a kind, hidden from screen readers (the span's title names the kind). */
export const kindSymbol = (kind: PassageKind): string => `<span class="sym" aria-hidden="true">${escapeHtml(PASSAGE_STYLE[kind].symbol)}</span>`;

/**
 * `inner` is HTML already (escaped text, a word diff); `title` is plain text of our own (escaped
 * here); `attributes` are our own (ids, data-unit).
 */
export function markedPassage(kind: PassageKind, inner: string, options: { title?: string; attributes?: string } = {}): string {
  const title = escapeHtml(options.title ?? PASSAGE_STYLE[kind].name);
  return `<span class="s k-${kind}" title="${title}"${options.attributes ?? ''}>${kindSymbol(kind)}${inner}</span>`;
}

export function passageLegend(kinds: readonly PassageKind[]): string {
  const items = kinds.map((k) => `<li>${markedPassage(k, escapeHtml(PASSAGE_STYLE[k].name))}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}
