/**
 * A word-level diff of two sentences (jsdiff's `diffWords`) as Markdown: words only in the first
 * as <del>…</del>, words only in the second as <ins>…</ins> (GitHub renders both tags), every
 * piece of text escaped. White space stays outside the tags.
 */
import { diffWords } from 'diff';
import { escapeMarkdown, plainText } from './markdown-escape.js';

function wrap(tag: 'del' | 'ins', value: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(value)!;
  return m[2] ? `${m[1] ? ' ' : ''}<${tag}>${escapeMarkdown(m[2])}</${tag}>${m[3] ? ' ' : ''}` : value ? ' ' : '';
}

export function markdownWordDiff(before: string, after: string): string {
  const parts = diffWords(plainText(before), plainText(after));
  let out = '';
  for (const p of parts) {
    if (p.removed) out += wrap('del', p.value);
    else if (p.added) out += wrap('ins', p.value);
    else {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.value)!;
      out += `${m[1] ? ' ' : ''}${m[2] ? escapeMarkdown(m[2]) : ''}${m[3] ? ' ' : ''}`;
    }
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
