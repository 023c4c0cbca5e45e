/**
 * The surface form that decides "identical": the text with case, quotation-mark styles, dash
 * styles, white space and list bullets normalised, and nothing else.
 */

const QUOTES = /[“”„‟«»"″]/g;
const APOSTROPHES = /[‘’‚‛′`]/g;
const DASHES = /\s*[‐‑‒–—―−-]{1,3}\s*/g;
const BULLET = /^[\s•·▪◦‣∙*-]+(?=\S)/u;

export function surfaceForm(text: string): string {
  return text
    .replace(BULLET, '')
    .toLowerCase()
    .replace(QUOTES, '"')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
