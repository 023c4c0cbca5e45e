/**
 * Two inputs with the same text (after BOM removal, with line endings and surrounding white space
 * ignored) are both analysed, and reported as duplicates: every sentence of one is "copied" from
 * the other, which is true but says nothing about who wrote it.
 */

/**
 * The text as compared. The texts themselves are the keys, not a digest of them: this runs only on
 * the documents of one analysis (at most MAX_TOTAL_CHARS in all, limits.ts), and loading
 * node:crypto for a digest cost about 4 ms of every run's start-up.
 */
export const duplicateKey = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

export class DuplicateFinder {
  private readonly seen = new Map<string, string>();

  /** The display name of an earlier document with the same text, if any; remembers this one. */
  check(text: string, display: string): string | undefined {
    return this.checkKey(duplicateKey(text), display);
  }

  /** The same for a text's key (duplicateKey) already made. */
  checkKey(k: string, display: string): string | undefined {
    const first = this.seen.get(k);
    if (first === undefined) this.seen.set(k, display);
    return first;
  }
}

/** The warning for a document whose text an earlier one (`first`) already had. */
export const duplicateWarning = (display: string, first: string): string =>
  `${display}: duplicate: the same text as ${first}; both are analysed, so each reads as copied from the other`;

/** The warning for a file reached a second time (named twice, or through a link, as `display`; first as `first`). */
export const repeatedFileWarning = (display: string, first: string): string => `${display}: the same file as ${first}; read once`;
