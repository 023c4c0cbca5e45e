/**
 * Word-level differences between two versions of a passage (jsdiff's diffWordsWithSpace, so the
 * parts rebuild both texts exactly), as parts for
 * display and as a list of edits ("Nov." → "November", cut "MSFT.O").
 */
import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from './question.js';

export function wordDiff(a: string, b: string): DiffPart[] {
  return diffWordsWithSpace(a, b).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

export interface Edit {
  removed: string;
  added: string;
}

/** The edits of a diff: each run of removed and/or added text between unchanged words. */
export function editsOf(parts: readonly DiffPart[]): Edit[] {
  const edits: Edit[] = [];
  let current: Edit | undefined;
  for (const p of parts) {
    if (p.kind === 'same' && p.text.trim() !== '') {
      if (current) edits.push(current);
      current = undefined;
      continue;
    }
    if (p.kind === 'same') {
      // White space between two changed words belongs to both sides of the edit.
      if (current) {
        current.removed += p.text;
        current.added += p.text;
      }
      continue;
    }
    current ??= { removed: '', added: '' };
    if (p.kind === 'removed') current.removed += p.text;
    else current.added += p.text;
  }
  if (current) edits.push(current);
  return edits
    .map((e) => ({ removed: e.removed.replace(/\s+/g, ' ').trim(), added: e.added.replace(/\s+/g, ' ').trim() }))
    .filter((e) => e.removed !== e.added && (e.removed !== '' || e.added !== ''));
}

/** One edit in words: `"Nov." → "November"`, `cut "MSFT.O"`, `added "on September 25"`. */
export function describeEdit(e: Edit): string {
  if (e.removed === '') return `added "${e.added}"`;
  if (e.added === '') return `cut "${e.removed}"`;
  return `"${e.removed}" → "${e.added}"`;
}

/** True when an edit changes words, not only punctuation or spacing. */
export function changesWords(e: Edit): boolean {
  return /[\p{L}\p{N}]/u.test(e.removed + e.added);
}
