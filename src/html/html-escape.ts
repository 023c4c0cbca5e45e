/**
 * Article text (and every manifest field) is untrusted. Before any of it goes into an HTML page,
 * terminal sequences, control characters and bidirectional overrides are removed (as for the
 * terminal), white space is collapsed to single spaces, and `& < > " '` become character
 * references, so a sentence can sit in an element or in a quoted attribute value without ending
 * it, opening a tag, closing `<style>`/`<script>`, or reordering the text around it. Nothing from
 * an article ever becomes an attribute that a browser follows (`href`, `src`, `style`, `on…`).
 */
import { sanitizeForTerminal } from '../terminal/sanitize.js';

const REFERENCE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A piece of untrusted text, its outer spaces kept (one), for joining pieces such as a word diff's. */
export function escapeHtmlPiece(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').replace(/[&<>"']/g, (c) => REFERENCE[c]!);
}

/** Untrusted text as HTML text or a quoted attribute value, trimmed. */
export function escapeHtml(text: string): string {
  return escapeHtmlPiece(text).trim();
}
