/**
 * Word-level differences as HTML: words only in one version in <del>, words only in the other in
 * <ins> (struck out and underlined by the style sheet, so they read without colour). jsdiff's
 * `diffWords`, as the Markdown report uses it; every piece escaped.
 */
import { diffWords } from 'diff';
import type { DiffPart } from '../exercise/question.js';
import { plainText } from '../report/markdown-escape.js';
import { escapeHtmlPiece } from './html-escape.js';

const tagged = (tag: 'del' | 'ins', text: string): string => {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1] ? ' ' : ''}<${tag}>${escapeHtmlPiece(m[2])}</${tag}>${m[3] ? ' ' : ''}` : escapeHtmlPiece(text);
};

/** The two sides of a pair: `before` with the words only it has struck out, `after` with its own words inserted. */
export function diffSides(before: string, after: string): { before: string; after: string } {
  let left = '';
  let right = '';
  for (const p of diffWords(plainText(before), plainText(after))) {
    if (p.removed) left += tagged('del', p.value);
    else if (p.added) right += tagged('ins', p.value);
    else {
      left += escapeHtmlPiece(p.value);
      right += escapeHtmlPiece(p.value);
    }
  }
  return { before: left.trim(), after: right.trim() };
}

/** A diff the exercise model already holds (passage A → B), in one line. */
export function inlineDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.kind === 'removed' ? tagged('del', p.text) : p.kind === 'added' ? tagged('ins', p.text) : escapeHtmlPiece(p.text)))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}
