/**
 * A word-level diff of two sentences (jsdiff), as two lines of spans: the first sentence with its
 * deleted words highlighted, the second with its inserted words highlighted. Without colour the
 * changes are also bracketed, git-style: [-deleted-] {+inserted+}.
 */
import { diffWords } from 'diff';
import type { Span } from './styled-text.js';

export interface WordDiff {
  before: Span[];
  after: Span[];
  /** Words deleted from `before` and inserted into `after`. */
  deleted: number;
  inserted: number;
}

const words = (s: string): number => (s.match(/\S+/g) ?? []).length;

function changed(value: string, tone: 'deleted' | 'inserted', marks: boolean): Span[] {
  const m = /^(\s*)(.*?)(\s*)$/s.exec(value);
  const [lead, core, trail] = m ? [m[1]!, m[2]!, m[3]!] : ['', value, ''];
  const text = marks ? (tone === 'deleted' ? `[-${core}-]` : `{+${core}+}`) : core;
  const out: Span[] = [];
  if (lead) out.push({ text: lead });
  if (core) out.push({ text, tone });
  if (trail) out.push({ text: trail });
  return out;
}

export function wordDiff(before: string, after: string, marks = false): WordDiff {
  const d: WordDiff = { before: [], after: [], deleted: 0, inserted: 0 };
  for (const c of diffWords(before, after)) {
    if (c.removed) {
      d.before.push(...changed(c.value, 'deleted', marks));
      d.deleted += words(c.value);
    } else if (c.added) {
      d.after.push(...changed(c.value, 'inserted', marks));
      d.inserted += words(c.value);
    } else {
      d.before.push({ text: c.value });
      d.after.push({ text: c.value });
    }
  }
  return d;
}
