/**
 * Two inputs with the same text (after BOM removal, with line endings and surrounding white space
 * ignored) are both analysed, and reported as duplicates: every sentence of one is "copied" from
 * the other, which is true but says nothing about who wrote it.
 */
import { createHash } from 'node:crypto';

const key = (text: string): string => createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');

export class DuplicateFinder {
  private readonly seen = new Map<string, string>();

  /** The display name of an earlier document with the same text, if any; remembers this one. */
  check(text: string, display: string): string | undefined {
    const k = key(text);
    const first = this.seen.get(k);
    if (first === undefined) this.seen.set(k, display);
    return first;
  }
}
