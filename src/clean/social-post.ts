/**
 * A social-media post embedded in a page, as its text copy prints it: the post's words, then its
 * signature, a line naming the author by a handle and the date ("— Jane Doe (@janedoe) March 14,
 * 2021", how an embedded post's fallback text ends; "A post shared by Jane Doe (@janedoe)", "Posted
 * by Jane Doe on Sunday, March 14, 2021"). The
 * signature is the embed's credit, not the article (boilerplate); the words before it are the
 * author's, quoted though no mark is printed (document-quotes.ts): two reports embedding one post
 * share a primary source, not each other's prose. Generic shapes of embeds, no site's words.
 */

/** The author's name before the handle: at most 61 characters, no sentence punctuation. */
const AUTHOR = String.raw`[^\s.!?()@][^.!?()@]{0,60}?`;
/** "(@handle)". */
const HANDLE = String.raw`\(@[A-Za-z0-9_.]{1,30}(?:@[A-Za-z0-9_.-]{1,60})?\)`;
/** An optional date after the handle: "March 14, 2021", "14 March 2021", "Mar 14, 2021 at 3:02pm PDT", "on Sunday, March 14, 2021". */
const DATE = String.raw`(?:\s+(?:on\s+)?(?:[A-Za-z]{6,9},\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\s+(?:on\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})?(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]m)?(?:\s+[A-Z]{2,5})?)?`;

/** A signature's dash form, to the end of the line: "— Jane Doe (@janedoe) March 14, 2021". */
const DASH_SIGNATURE = String.raw`(?:—|–|--|-|&mdash;)\s*${AUTHOR}\s*${HANDLE}${DATE}\s*\.?$`;
/** The signature, from its dash (or "A post shared by", "Posted by") to the end of the line. */
const SIGNATURE_SOURCE = String.raw`(?:${DASH_SIGNATURE}|a post shared by\s+(?:${AUTHOR}\s*)?(?:${HANDLE}|@[A-Za-z0-9_.]{1,30})${DATE}|posted by\s+${AUTHOR}\s+on\s+(?:[A-Za-z]{6,9},\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*\.?$`;

/** A line that is only a post's signature: the embed's credit (a line pattern, line-patterns.ts). */
export const POST_SIGNATURE_LINE = new RegExp(`^${SIGNATURE_SOURCE}`, 'i');
/** A signature closing a line that holds the post's words before it (only the dash form: an embed whose line breaks were lost). */
const SIGNATURE_AFTER_WORDS = new RegExp(String.raw`\s${DASH_SIGNATURE}`, 'i');

/** Cheap test every signature passes: a handle, or a post's "posted by". */
export const POST_SIGNATURE_NEEDS = /@[A-Za-z0-9_]|posted by/i;

/**
 * Where a line's post signature starts (an offset into `text`, the line trimmed), or -1 when it
 * has none: 0 for a line that is only a signature, more for a post's words followed by their
 * signature on one line (an embed whose line breaks were lost).
 */
export function postSignatureAt(text: string): number {
  if (!POST_SIGNATURE_NEEDS.test(text)) return -1;
  if (POST_SIGNATURE_LINE.test(text)) return 0;
  const m = SIGNATURE_AFTER_WORDS.exec(text);
  return m ? m.index + 1 : -1;
}

/** A line that is only a post's signature. */
export const isPostSignature = (text: string): boolean => postSignatureAt(text.trim()) === 0;

const AUTHOR_OF = new RegExp(String.raw`^(?:(?:—|–|--|-|&mdash;)\s*|a post shared by\s+|posted by\s+)(${AUTHOR})\s*(?:${HANDLE}|\s+on\s)`, 'i');

/** The author a post signature line names ("— Jane Doe (@janedoe) …" → "Jane Doe"), if it is one. */
export function postAuthor(text: string): string | undefined {
  const t = text.trim();
  return isPostSignature(t) ? AUTHOR_OF.exec(t)?.[1]?.trim() || undefined : undefined;
}
