/**
 * Input limits (README, "Limits"). A news article is a few kilobytes; these bound memory and time
 * by design, so no input (tens of megabytes, one line of 20 MB) can exhaust memory or hang.
 */

/** Bytes read from one file or from standard input; a larger file is skipped unread. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** Characters of text in one document (after HTML extraction); ~150,000 words (a long book), analysed in a few seconds. */
export const MAX_DOCUMENT_CHARS = 1_000_000;
/**
 * Characters of text over all documents; documents beyond it are skipped. About 30,000 news
 * articles: Reuters-21578's 16,233 bodies of 40 words or more, with their titles and 325 planted
 * derivatives (bench/scale.mjs), hold 16.5 million.
 */
export const MAX_TOTAL_CHARS = 32_000_000;

/** Why a text of `length` characters is over the limit for one document, if it is. */
export const overCharLimit = (length: number): string | undefined =>
  length > MAX_DOCUMENT_CHARS
    ? `${length.toLocaleString('en')} characters of text is over the limit of ${MAX_DOCUMENT_CHARS.toLocaleString('en')} for one document`
    : undefined;

export const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
