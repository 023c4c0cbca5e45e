/**
 * Article text (and manifest fields) is untrusted: before it goes into the Markdown report,
 * control characters and terminal sequences are dropped, line breaks become spaces, and every
 * character that Markdown, GitHub's extensions or HTML would act on is escaped, so that a
 * sentence can sit inside a table cell or a list item without breaking it or injecting markup.
 */
import { sanitizeForTerminal } from '../terminal/sanitize.js';

/** Text as a single line with no control characters (line breaks become spaces, runs collapse). */
export function plainText(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}

/** Cut a plain text to at most `max` characters, at a word break when one is near, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return (space >= cut.length * 0.7 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escape a text for inline use anywhere in the report (paragraphs, list items, table cells):
 * HTML's `& < >` become entities; Markdown's emphasis, code, link, strikethrough, math and table
 * characters, `@` and the `://` of URLs are backslash-escaped (nothing becomes a link or a
 * mention); a leading `#`, `>`, `-`, `+`, `=` or `1.` cannot start a block.
 */
export function escapeMarkdown(text: string): string {
  const escaped = plainText(text)
    .replace(/[&<>]/g, (c) => HTML_ENTITY[c]!)
    .replace(/[\\`*_[\]|~$@]/g, (c) => `\\${c}`)
    // GitHub would turn bare URLs and www. names into links: break the pattern with an escape.
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Escape a text and cut it first (the cut is made on the plain text, never inside an escape). */
export function escapeExcerpt(text: string, max: number): string {
  return escapeMarkdown(truncateText(plainText(text), max));
}
